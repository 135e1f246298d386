#!/usr/bin/env bash
# Smoke test of the built one-folder app, run with no virtual environment on PATH:
# --version, status, a report and a screenshot offscreen, then the window on a real X server (Xvfb).
set -euo pipefail
app=$(realpath "${1:-dist/studytracker/studytracker}")
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
clean_env=(env -i "HOME=$work" "PATH=/usr/bin:/bin" "LANG=C.UTF-8")

echo "smoke: $app"
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$app" --version
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$app" --data-dir "$work/data" log --step sql --minutes 25 >/dev/null
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$app" --data-dir "$work/data" status --json | grep -q '"minutes_total": 25'
"${clean_env[@]}" "$app" --data-dir "$work/data" report --out "$work/report.pdf"
head -c 4 "$work/report.pdf" | grep -q '%PDF'
# The compiled translations travel with the app: a Spanish report, then the file it was made from.
"${clean_env[@]}" "$app" --data-dir "$work/data" report --out "$work/informe.pdf" --lang es >/dev/null
head -c 4 "$work/informe.pdf" | grep -q '%PDF'
find "$(dirname "$app")" -name studytracker_es.qm | grep -q . || { echo "smoke: no Spanish translation in the app" >&2; exit 1; }
"${clean_env[@]}" "$app" --data-dir "$work/data" screenshot --out "$work/window.png" --view statistics
test "$(head -c 8 "$work/window.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a"
# The markdown importer and its parser's plugins travel too: a curriculum of weeks with a bare address.
printf '# Course\n\n## Week 1: Basics\n\n- Read https://docs.python.org/3/tutorial\n\n## Week 2: More\n\n- [x] Lists\n' >"$work/course.md"
"${clean_env[@]}" "$app" --data-dir "$work/data" roadmap import "$work/course.md" --dry-run | grep -q '2 steps, 2 topics, 1 resource'
echo "smoke: offscreen command line, report, screenshot and markdown import ok"

# Offline reading travels too (httpx, trafilatura and their data files): a page and a PDF saved
# from a server on loopback, then read back from the data folder.
mkdir "$work/site"
{ printf '<html><head><title>Gradient descent</title></head><body><article><h1>Gradient descent</h1>'
  for step in first second third; do printf '<p>The %s step: gradient descent finds a minimum of a function by moving against its gradient, a little at a time, as training goes on.</p>' "$step"; done
  printf '</article></body></html>'; } >"$work/site/article.html"
cp "$work/report.pdf" "$work/site/paper.pdf"
"${PYTHON:-python3}" -c 'import functools, http.server, sys
http.server.SimpleHTTPRequestHandler.log_message = lambda *args: None
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
server.serve_forever()' "$work/site" >"$work/port" &
server_pid=$!
trap 'kill "${xvfb_pid:-}" "${app_pid:-}" "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
site="http://127.0.0.1:$(cat "$work/port")"
printf '# Offline course

## Week 1: Reading

- [Article](%s/article.html)

## Week 2: Paper

- [Paper](%s/paper.pdf)
' \
    "$site" "$site" >"$work/offline.md"
"${clean_env[@]}" "$app" --data-dir "$work/offline" roadmap import "$work/offline.md" >/dev/null
"${clean_env[@]}" "$app" --data-dir "$work/offline" offline save --roadmap offline-course >"$work/offline.log" || { cat "$work/offline.log" >&2; exit 1; }
saved=$("${clean_env[@]}" "$app" --data-dir "$work/offline" offline status --roadmap offline-course --json | grep -c '"state": "saved"')
[ "$saved" = 2 ] || { echo "smoke: offline save kept $saved of 2 resources" >&2; exit 1; }
kill "$server_pid"; server_pid=""
echo "smoke: a page and a PDF saved for offline reading"

# The hub: a PostgreSQL server of the smoke's own, and a sync through it (psycopg's libpq, which
# the app runs on the same OpenSSL as Python's own).
"${PYTHON:-python3}" tools/local_postgres.py hubadmin smoke-secret >"$work/pg-port" &
pg_pid=$!
trap 'kill "${xvfb_pid:-}" "${app_pid:-}" "${server_pid:-}" "${pg_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 300); do [ -s "$work/pg-port" ] && break; sleep 0.1; done
[ -s "$work/pg-port" ] || { echo "smoke: the PostgreSQL server did not start" >&2; exit 1; }
hub="postgresql://hubadmin:smoke-secret@127.0.0.1:$(cat "$work/pg-port")/postgres"
"${clean_env[@]}" "$app" --data-dir "$work/data" sync setup --hub "$hub" --device-name smoke >/dev/null
"${clean_env[@]}" LD_BIND_NOW=1 "$app" --data-dir "$work/data" sync >/dev/null  # every symbol bound at load
"${clean_env[@]}" "$app" --data-dir "$work/data" sync status --json | grep -q '"transport": "hub"'
"${clean_env[@]}" "$app" --data-dir "$work/data" sync status --json | grep -q '"last_sync": "'
"${clean_env[@]}" "$app" --data-dir "$work/data" sync forget >/dev/null
kill "$pg_pid"; wait "$pg_pid" 2>/dev/null || true; pg_pid=""
echo "smoke: synced through a PostgreSQL hub"

# A real display: the window must open, show its title, and quit cleanly on Ctrl+Q.
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || {
    echo "smoke: Xvfb and xdotool are needed for the real-display check" >&2; exit 1; }
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdotool -v >/dev/null 2>&1 && DISPLAY=$display xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
launched=$(date +%s%N)
"${clean_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$app" --data-dir "$work/data" >"$work/app.log" 2>&1 &
app_pid=$!
window=$(DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name '^StudyTracker$' | head -n 1)
shown=$(( ($(date +%s%N) - launched) / 1000000 ))
echo "smoke: window $window is open on a real X display"
# No window manager runs here, so focus the window directly, then press the Quit shortcut.
DISPLAY=$display xdotool windowfocus --sync "$window"
DISPLAY=$display xdotool key --clearmodifiers ctrl+q
status=0
timeout 30 tail --pid="$app_pid" -f /dev/null || status=$?
wait "$app_pid" || status=$?
app_pid=""
if [ "$status" -ne 0 ]; then
    echo "smoke: the window did not quit cleanly ($status)" >&2
    cat "$work/app.log" >&2
    exit 1
fi
ls "$work/data/backups" | grep -q '^studytracker-' || { echo "smoke: no backup made on close" >&2; exit 1; }
echo "smoke: the window opened, quit on Ctrl+Q and backed up on close"
folder=$(dirname "$app")
echo "smoke: the app is $(du -sm "$folder" | cut -f1) MiB on disk ($(du -sm --apparent-size "$folder" | cut -f1) MiB of files); its window was on screen $shown ms after launch"
