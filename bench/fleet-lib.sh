# Shared by bench/reboot-fleet and bench/status-fleet (sourced, not run): a throwaway distribution on H2 with a simulated
# VVX fleet that has contacted it once. The caller sets ROOT, KEEP, DEVICES, HTTPS_PORT and the port base PORTS
# (ssh PORTS+101, RMI registry PORTS+99, RMI server PORTS+445), calls fleet_unpack, writes its etc/ files under
# $HOME_DIR, then fleet_start, fleet_prepare, fleet_first_contact, its measurement (fleet_java CLASS args…), and
# fleet_heap and fleet_result at the end.

TARBALL="$(ls "$ROOT"/karaf-distro/target/dialtone-distro-*.tar.gz 2>/dev/null | head -1 || true)"
[ -n "$TARBALL" ] || { echo "no distribution: run mvn -B -DskipTests install first" >&2; exit 2; }
KARAF_PID=""

fleet_cleanup() {
  if [ -n "$KARAF_PID" ]; then
    "$HOME_DIR/bin/stop" >/dev/null 2>&1 || kill "$KARAF_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$KARAF_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$KARAF_PID" 2>/dev/null || true
  fi
  if [ "$KEEP" = 0 ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}

fleet_unpack() {
  WORK="$(mktemp -d "/tmp/dialtone-$1.XXXXXX")"
  trap fleet_cleanup EXIT
  echo "== unpacking $(basename "$TARBALL") into $WORK"
  tar xzf "$TARBALL" -C "$WORK"
  HOME_DIR="$(find "$WORK" -mindepth 1 -maxdepth 1 -type d | head -1)"
  sed -i "s/org.osgi.service.http.port.secure = 8443/org.osgi.service.http.port.secure = $HTTPS_PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg"
  sed -i "s/sshPort = 8101/sshPort = $((PORTS + 101))/" "$HOME_DIR/etc/org.apache.karaf.shell.cfg"
  sed -i "s/rmiRegistryPort = 1099/rmiRegistryPort = $((PORTS + 99))/; s/rmiServerPort = 44444/rmiServerPort = $((PORTS + 445))/" \
    "$HOME_DIR/etc/org.apache.karaf.management.cfg"
}

api() {
  local out code
  for _ in $(seq 1 60); do
    out="$(curl -sk -u "$ADMIN" -w '\n%{http_code}' "$@")"; code="${out##*$'\n'}"; out="${out%$'\n'*}"
    [ "$code" != 503 ] && ! { [ "$code" = 404 ] && [[ "$out" == *"No service was found"* ]]; } && break; sleep 1
  done
  printf '%s' "$out"
  [ "${code:0:1}" = 2 ] || { echo " <- HTTP $code for $*" >&2; return 1; }
}

json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }

fleet_start() {
  echo "== starting Dialtone (H2, -Xmx1g)"
  # Karaf's Unix scripts read EXTRA_JAVA_OPTS (JAVA_MAX_MEM only the Windows ones).
  EXTRA_JAVA_OPTS="-Xmx1g" "$HOME_DIR/bin/karaf" server > "$WORK/karaf-console.log" 2>&1 &
  KARAF_PID=$!
  API="https://127.0.0.1:$HTTPS_PORT/api/v1"
  for _ in $(seq 1 180); do [ -s "$HOME_DIR/data/dialtone/initial-admin-password" ] && break; sleep 1; done
  ADMIN="admin:$(cat "$HOME_DIR/data/dialtone/initial-admin-password")"
  for _ in $(seq 1 180); do
    [ "$(curl -sk -o /dev/null -w '%{http_code}' -u "$ADMIN" "$API/system/health")" = 200 ] && break; sleep 1
  done
  TRUST=(--trust-store "$HOME_DIR/etc/dialtone-tls.p12" --trust-password-file "$HOME_DIR/etc/dialtone-tls.password")
  printf '%s' "${ADMIN#admin:}" > "$WORK/admin-password"
}

# The provisioning account (fleet / SECRET) and the VVX management baseline on Global.
fleet_prepare() {
  SECRET="fleet-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  api -X PUT -H 'Content-Type: application/json' -d "{\"accountUser\":\"fleet\",\"accountPassword\":\"$SECRET\"}" "$API/provisioning/settings" >/dev/null
  BASELINE=$(api "$API/profiles?q=VVX-Management-Baseline" | json '["items"][0]["id"]')
  api -X PUT -H 'Content-Type: application/json' -d "{\"profileIds\":[$BASELINE]}" "$API/deployment/global/profiles" >/dev/null
}

fleet_first_contact() {
  echo "== first contact of $DEVICES VVX phones"
  "$ROOT/bench/simulate" --url "https://127.0.0.1:$HTTPS_PORT/prov" --count "$DEVICES" --mix vvx=1 --seed 1 --mac-prefix 0c0000 \
    --user fleet --password "$SECRET" --auth basic --concurrency 32 --max-seconds 900 "${TRUST[@]}" > "$WORK/first-contact.txt" || true
  tail -3 "$WORK/first-contact.txt"
}

# A simulator class against this node: RESULT is what it prints.
fleet_java() {
  local class=$1; shift
  local module="$ROOT/simulator"
  RESULT="$(java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" \
    "org.dialtone.simulator.$class" --url "https://127.0.0.1:$HTTPS_PORT" --admin-password-file "$WORK/admin-password" \
    --prov-user fleet --prov-password "$SECRET" "${TRUST[@]}" "$@")"
  echo "$RESULT"
}

fleet_heap() {
  local pid
  pid="$(pgrep -f "karaf.home=$HOME_DIR" | head -1 || true)"
  heap_used() { jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -1; }
  HEAP_USED="$( [ -n "$pid" ] && heap_used || true)"
  HEAP_LIVE="$( [ -n "$pid" ] && jcmd "$pid" GC.run >/dev/null 2>&1 && heap_used || true)"
  echo "server heap after the run: $HEAP_USED used, $HEAP_LIVE live after a full GC"
}

# bench/results/<name>-<time>.json: RESULT with the heap, the machine and the JSON object of extra settings in $2.
fleet_result() {
  mkdir -p "$ROOT/bench/results"
  local out="$ROOT/bench/results/$1-$(date -u +%Y%m%dT%H%M%SZ).json"
  python3 - "$out" "$HEAP_USED" "$HEAP_LIVE" "$2" "$RESULT" <<'PY'
import json, sys, platform, os
out, used, live, extra, result = sys.argv[1:]
data = json.loads(result)
data.update(json.loads(extra))
data.update({"serverHeapUsed": used, "serverHeapLive": live, "machine": {"cpus": os.cpu_count(), "system": platform.platform()}})
open(out, "w").write(json.dumps(data, indent=2) + "\n")
print("wrote", out)
PY
}
