#!/usr/bin/env bash
# Times what each console page asks the server for before its first view, against a running Dialtone holding a
# large inventory (fill it first with bench/import-devices.sh 50000). Each page's calls run in the order the page
# makes them; the printed time is their sum plus the page itself, over HTTPS with a warm connection pool per call.
#
#   bench/console-first-view.sh [base-url]        (default https://localhost:8443)
#
# Needs the admin password: DIALTONE_ADMIN_PASSWORD, or data/dialtone/initial-admin-password under DIALTONE_HOME.
set -euo pipefail
BASE=${1:-https://localhost:8443}
HOME_DIR=${DIALTONE_HOME:-karaf-distro/target/assembly}
PASSWORD=${DIALTONE_ADMIN_PASSWORD:-$(cat "$HOME_DIR/data/dialtone/initial-admin-password")}
CURL=(curl -sk --fail-with-body -o /dev/null -w '%{time_total}\n' -u "admin:$PASSWORD")

page() {
  local name=$1; shift
  local total=0 t
  for path in "$@"; do
    t=$("${CURL[@]}" "$BASE$path")
    total=$(echo "$total + $t" | bc)
  done
  printf '%-46s %6.0f ms\n' "$name" "$(echo "$total * 1000" | bc)"
}

DEVICES=$(curl -sk -u "admin:$PASSWORD" "$BASE/api/v1/devices?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
GROUP=$(curl -sk -u "admin:$PASSWORD" "$BASE/api/v1/device-groups?q=Bench&limit=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
FIRST=$(curl -sk -u "admin:$PASSWORD" "$BASE/api/v1/devices?limit=1" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
echo "$DEVICES devices"
for round in cold warm; do
  echo "-- $round"
  page "Dashboard" /system/console/dialtone.dashboard /api/v1/devices/summary /api/v1/software/status /api/v1/system/health "/api/v1/alerts?state=open&limit=1"
  page "Device Monitor, first page of 50" /system/console/dialtone.devices /api/v1/device-types "/api/v1/devices?offset=0&limit=50"
  page "Device Monitor, sorted by site, descending" "/api/v1/devices?sort=site&order=desc&offset=0&limit=50"
  page "Device Monitor, a group's devices, page 100" "/api/v1/devices?groupId=$GROUP&offset=5000&limit=50"
  page "Device Monitor, search 'bench-4999'" "/api/v1/devices?q=bench-4999&offset=0&limit=50"
  page "Device Monitor, SIP unregistered" "/api/v1/devices?registration=unregistered&offset=0&limit=50"
  page "Device Monitor, sorted by call status" "/api/v1/devices?sort=callStatus&order=desc&offset=0&limit=50"
  page "Device status of one device" "/api/v1/devices/$FIRST/status"
  page "Activity log, first page" "/api/v1/activity?offset=0&limit=50"
  page "Alerts, open" "/api/v1/alerts?state=open&offset=0&limit=50"
  page "Device Groups" /system/console/dialtone.groups "/api/v1/device-groups?offset=0&limit=50" /api/v1/device-groups/defaults
  page "Sites" /system/console/dialtone.sites "/api/v1/sites?offset=0&limit=50"
  page "Configuration Profiles" /system/console/dialtone.profiles "/api/v1/profiles?offset=0&limit=50"
done
