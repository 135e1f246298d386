#!/usr/bin/env bash
# The wheel as a learner gets it (`pip install .`, `pipx install .`): built from the clone in an
# isolated build, installed into a new virtual environment outside the clone, and run from another
# folder: --version, status --json, a report in Spanish read back as Spanish, and a screenshot.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/.venv/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$work/wheel" "$root"
wheel=$(ls "$work"/wheel/studytracker-*.whl)
echo "smoke-wheel: $(basename "$wheel")"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"

cd "$work"  # nothing of the clone beside it
app=("env" "-i" "HOME=$work" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen" "$work/venv/bin/studytracker")
"${app[@]}" --version
"${app[@]}" --data-dir "$work/data" status --json | grep -q '"id": "machine-learning-engineer"'
"${app[@]}" --data-dir "$work/data" log --step sql --minutes 25 >/dev/null
"${app[@]}" --data-dir "$work/data" report --out "$work/informe.pdf" --lang es >/dev/null
pdftotext "$work/informe.pdf" - | grep -q "Informe de progreso" \
    || { echo "smoke-wheel: the Spanish report is not in Spanish (no compiled translation in the wheel?)" >&2; exit 1; }
pdftotext "$work/informe.pdf" - | grep -q "0 de 69 temas terminados" \
    || { echo "smoke-wheel: the Spanish report's counts are not in Spanish" >&2; exit 1; }
"${app[@]}" --data-dir "$work/data" report --out "$work/report.pdf" --lang en >/dev/null
pdftotext "$work/report.pdf" - | grep -q "0 of 69 topics done" \
    || { echo "smoke-wheel: the English report's plurals are missing (no compiled English catalogue?)" >&2; exit 1; }
"${app[@]}" --data-dir "$work/data" screenshot --out "$work/window.png"
test "$(head -c 8 "$work/window.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a"
echo "smoke-wheel: installed outside the clone; version, status, Spanish and English reports, screenshot ok"
