#!/usr/bin/env bash
# Smoke test of the Linux bundle: build it, unpack the tarball somewhere else, and run the frozen app
# as a user would: --version, the sandbox answering HTTP, a CLI sync against it, and the GUI on the
# demo clinic (offscreen) starting and quitting by itself.
#
#   bash packaging/smoke_test.sh               # build, then test
#   SMOKE_SKIP_BUILD=1 bash packaging/smoke_test.sh   # test the tarball already in dist/
#
# Only loopback traffic; every process it starts is stopped by its own id on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
USER_AGENT="Frontdesk smoke test (smoke@example.com)"
GUI_TIMEOUT_S=${SMOKE_GUI_TIMEOUT_S:-180}
SMOKE_ENV=FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

WORK=$(mktemp -d -t frontdesk-smoke.XXXXXX)
SANDBOX_PID=""
GUI_PID=""
cleanup() {
  for pid in "$SANDBOX_PID" "$GUI_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# The frozen app must not write into the real home of whoever runs this.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_STATE_HOME="$WORK/home/.local/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset FRONTDESK_API_KEY QT_API

version=$("$PYTHON" -c "import sys; sys.path.insert(0, 'packaging'); import bundle_rules; print(bundle_rules.read_version())")
arch=$(uname -m)
tarball="dist/frontdesk-$version-linux-$arch.tar.gz"

# --- build -------------------------------------------------------------------------------------
if [ "${SMOKE_SKIP_BUILD:-0}" != "1" ]; then
  echo "== build"
  "$PYTHON" packaging/build.py
fi
[ -f "$tarball" ] || { echo "FAIL: $tarball was not built"; exit 1; }
pass "built $tarball ($(du -h "$tarball" | cut -f1))"

# --- unpack ------------------------------------------------------------------------------------
echo "== unpack"
tar -xzf "$tarball" -C "$WORK"
BUNDLE="$WORK/frontdesk-$version-linux-$arch"
FRONTDESK="$BUNDLE/frontdesk"
[ -x "$FRONTDESK" ] && pass "unpacked: $(du -sh "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files" \
  || fail "no executable at $FRONTDESK"
INTERNAL="$BUNDLE/_internal"

# --- contents ----------------------------------------------------------------------------------
echo "== contents"
missing=()
for wanted in app/store/migrations/env.py app/store/migrations/script.py.mako resources/icons/frontdesk.png \
              tzdata/zoneinfo/Australia/Sydney PySide6/Qt/plugins/platforms/libqxcb.so \
              PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/imageformats/libqsvg.so; do
  [ -e "$INTERNAL/$wanted" ] || missing+=("$wanted")
done
revisions=$(find "$INTERNAL/app/store/migrations/versions" -name '*.py' ! -name '__init__.py' | wc -l)
[ "$revisions" -ge 1 ] || missing+=("app/store/migrations/versions/*.py")
for ts in translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="translations/$(basename "${ts%.ts}").qm"
  [ -e "$INTERNAL/$qm" ] || missing+=("$qm")
done
[ "${#missing[@]}" -eq 0 ] && pass "bundle holds migrations ($revisions revision files), resources, tzdata, Qt plugins" \
  || fail "missing from the bundle: ${missing[*]}"

# QtNetwork is wanted only while the app imports it (app/ui watches reachability with QNetworkInformation).
network_pattern='libQt6Network*'
grep -rqE '^\s*from PySide6\.QtNetwork|^\s*import PySide6\.QtNetwork' app && network_pattern='no-such-file'
unwanted=$(cd "$INTERNAL" && find . \( -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name "$network_pattern" \
  -o -name 'libQt6Pdf*' -o -name 'libQt6Wayland*' -o -name 'libqwayland*' -o -name 'libqgtk3*' \
  -o -path '*/tkinter' -o -path '*/pytest' -o -path '*/PyInstaller' \) -print | head -5)
[ -z "$unwanted" ] && pass "no unused Qt modules or plugins, no test tools" || fail "unwanted files: $unwanted"

# Every Qt library a kept plugin or module links must be in the bundle (system libraries may be
# the user's: those are only listed).
unresolved=$(find "$INTERNAL" -type f -name '*.so*' -exec ldd {} + 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
qt_unresolved=$(echo "$unresolved" | grep -E '^libQt6' || true)
[ -z "$qt_unresolved" ] && pass "every linked Qt library is bundled" || fail "unresolved Qt libraries: $qt_unresolved"
other_unresolved=$(echo "$unresolved" | grep -vE '^libQt6' | tr '\n' ' ' || true)
[ -z "${other_unresolved// /}" ] || echo "note: system libraries not on this machine: $other_unresolved"

# --- frontdesk --version -----------------------------------------------------------------------
echo "== frontdesk --version"
if out=$("$FRONTDESK" --version 2>&1) && [ "$out" = "Frontdesk $version" ]; then
  pass "frontdesk --version: $out"
else
  fail "frontdesk --version printed: $out"
fi

# --- frontdesk sandbox -------------------------------------------------------------------------
echo "== frontdesk sandbox"
"$FRONTDESK" sandbox --port 0 --api-key demo-au1 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
SANDBOX_PID=$!
base_url=""
for _ in $(seq 1 600); do  # bounded wait (60 s) for the server to say where it listens
  base_url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/v1' "$WORK/sandbox.err" | head -1 || true)
  [ -n "$base_url" ] && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$base_url" ]; then
  fail "the sandbox did not start: $(tail -5 "$WORK/sandbox.err")"
else
  for endpoint in user businesses; do
    status=$(curl -sS -o "$WORK/$endpoint.json" -w '%{http_code}' --max-time 20 \
      -u demo-au1: -H "User-Agent: $USER_AGENT" -H 'Accept: application/json' "$base_url/$endpoint")
    if [ "$status" = 200 ] && grep -q '"id"' "$WORK/$endpoint.json"; then
      pass "GET $base_url/$endpoint -> 200 ($(wc -c <"$WORK/$endpoint.json") bytes)"
    else
      fail "GET $base_url/$endpoint -> $status: $(head -c 200 "$WORK/$endpoint.json")"
    fi
  done

  # A headless sync runs the Alembic migrations from disk, SQLAlchemy, httpx and zoneinfo frozen.
  echo "== frontdesk sync (against the frozen sandbox)"
  if timeout 180 "$FRONTDESK" sync --data-dir "$WORK/cli-data" --base-url "$base_url" --api-key demo-au1 \
      >"$WORK/sync.out" 2>"$WORK/sync.err" && grep -qE '"pulled": *[1-9]' "$WORK/sync.out"; then
    pass "frontdesk sync: $(tail -1 "$WORK/sync.out")"
  else
    fail "frontdesk sync: $(tail -3 "$WORK/sync.err") $(tail -1 "$WORK/sync.out")"
  fi
  if timeout 60 "$FRONTDESK" agenda --data-dir "$WORK/cli-data" --date "$(date +%F)" --json >"$WORK/agenda.out" \
      2>"$WORK/agenda.err" && head -c 1 "$WORK/agenda.out" | grep -q '\['; then
    pass "frontdesk agenda --json reads the synced cache"
  else
    fail "frontdesk agenda: $(tail -3 "$WORK/agenda.err")"
  fi

  kill -TERM "$SANDBOX_PID"
  sandbox_rc=0
  wait "$SANDBOX_PID" || sandbox_rc=$?
  SANDBOX_PID=""
  [ "$sandbox_rc" = 0 ] && pass "the sandbox stopped cleanly on SIGTERM" || fail "the sandbox exited $sandbox_rc on SIGTERM"
fi

# --- the GUI on the demo clinic, offscreen -----------------------------------------------------
echo "== frontdesk --demo (QT_QPA_PLATFORM=offscreen)"
gui_rc=0
if grep -rqs "$SMOKE_ENV" app; then
  # The app quits by itself (exit 0) once the first sync is done and the calendar painted.
  QT_QPA_PLATFORM=offscreen env "$SMOKE_ENV=1" timeout "$GUI_TIMEOUT_S" "$FRONTDESK" --demo \
    --data-dir "$WORK/gui-data" >"$WORK/gui.out" 2>"$WORK/gui.err" || gui_rc=$?
  if [ "$gui_rc" = 0 ]; then
    pass "the GUI synced the demo clinic, painted the calendar and quit with 0"
  else
    fail "the GUI exited $gui_rc (124 = still running after ${GUI_TIMEOUT_S}s): $(tail -5 "$WORK/gui.err")"
  fi
else
  # Until the app supports $SMOKE_ENV: it must still be running (no crash) after a while; the clean
  # quit itself cannot be checked, so it is stopped.
  echo "note: app/ does not read $SMOKE_ENV yet; checking only that the GUI starts and keeps running"
  QT_QPA_PLATFORM=offscreen "$FRONTDESK" --demo --data-dir "$WORK/gui-data" >"$WORK/gui.out" 2>"$WORK/gui.err" &
  GUI_PID=$!
  for _ in $(seq 1 "${SMOKE_GUI_FALLBACK_S:-20}"); do
    kill -0 "$GUI_PID" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$GUI_PID" 2>/dev/null; then
    kill -TERM "$GUI_PID"
    wait "$GUI_PID" || true
    GUI_PID=""
    if grep -q "Traceback" "$WORK/gui.err"; then
      fail "the GUI logged a traceback: $(grep -A5 Traceback "$WORK/gui.err" | tail -6)"
    else
      pass "the GUI started on the demo clinic and kept running (stopped by the test)"
    fi
  else
    wait "$GUI_PID" || gui_rc=$?
    GUI_PID=""
    fail "the GUI exited early with $gui_rc: $(tail -5 "$WORK/gui.err")"
  fi
fi

echo "== sizes: unpacked $(du -sh "$BUNDLE" | cut -f1), tarball $(du -h "$tarball" | cut -f1)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
