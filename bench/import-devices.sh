#!/usr/bin/env bash
# Scripted benchmark: imports N devices (8 csv-profile parameters and a group each) into a running Dialtone,
# then times a Device Monitor search and a full export. Prints one line per step with the wall-clock time.
#
#   bench/import-devices.sh [N] [base-url]        (defaults: 10000, https://localhost:8443)
#
# Needs the admin password: DIALTONE_ADMIN_PASSWORD, or data/dialtone/initial-admin-password under DIALTONE_HOME.
set -euo pipefail
N=${1:-10000}
BASE=${2:-https://localhost:8443}
HOME_DIR=${DIALTONE_HOME:-karaf-distro/target/assembly}
PASSWORD=${DIALTONE_ADMIN_PASSWORD:-$(cat "$HOME_DIR/data/dialtone/initial-admin-password")}
API="$BASE/api/v1"
CURL=(curl -sk --fail-with-body -u "admin:$PASSWORD")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
took() { printf '%-44s %8.2f s\n' "$1" "$(echo "$(now) - $2" | bc)"; }

GROUP="Bench-$(date +%s)"
"${CURL[@]}" -X POST -H 'Content-Type: application/json' -d "{\"name\":\"$GROUP\"}" "$API/device-groups" > /dev/null

PREFIX=$(printf '%06x' $((RANDOM * 32768 + RANDOM)) | cut -c1-4)
{
  echo "mac_address,endpoint_type,endpoint_name,endpoint_group,reg.1.address,reg.1.displayname,reg.1.auth.userId,reg.1.auth.password,reg.1.label,device.hostname,device.sntp.serverName,voIpProt.SIP.outboundProxy.address"
  for ((i = 0; i < N; i++)); do
    printf '%s%08x,VVX,Bench-%d,%s,%d,"User %d",%d,secret%d,Line %d,vvx%d,pool.ntp.org,proxy.example.com\n' \
      "$PREFIX" "$i" "$i" "$GROUP" $((1000 + i)) "$i" $((1000 + i)) "$i" "$i" "$i"
  done
} > "$WORK/devices.csv"
echo "$N devices, $(du -h "$WORK/devices.csv" | cut -f1) of CSV"

t=$(now)
"${CURL[@]}" -H 'Content-Type: text/csv' --data-binary "@$WORK/devices.csv" "$API/devices/import" > "$WORK/report.json"
took "import (new devices)" "$t"
cat "$WORK/report.json"; echo

t=$(now)
"${CURL[@]}" -H 'Content-Type: text/csv' --data-binary "@$WORK/devices.csv" "$API/devices/import?updateExisting=overwrite" > /dev/null
took "import again, overwrite" "$t"

t=$(now)
"${CURL[@]}" "$API/devices?q=bench-99&limit=50" > /dev/null
took "search 'bench-99', first page" "$t"

t=$(now)
"${CURL[@]}" "$API/devices?sort=site&order=desc&offset=5000&limit=100" > /dev/null
took "list sorted by site, page at offset 5000" "$t"

t=$(now)
"${CURL[@]}" "$API/devices/export" -o "$WORK/export.csv"
took "export all devices ($(wc -l < "$WORK/export.csv") lines)" "$t"
