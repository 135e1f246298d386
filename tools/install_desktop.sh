#!/usr/bin/env bash
# Put StudyTracker in the desktop's application menu (~/.local/share), for the built one-folder
# app when there is one (make dist), else for the one in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
if [ -x dist/studytracker/studytracker ]; then
    exec_path=$(realpath dist/studytracker/studytracker)
elif [ -x .venv/bin/studytracker ]; then
    exec_path=$(realpath .venv/bin/studytracker)
else
    echo "install-desktop: build the app first (make dist) or set it up (make setup)" >&2
    exit 2
fi
mkdir -p "$data_home/applications" "$data_home/icons/hicolor/scalable/apps" "$data_home/icons/hicolor/256x256/apps" \
    "$data_home/metainfo"
sed "s|@EXEC@|\"$exec_path\"|" resources/studytracker.desktop >"$data_home/applications/studytracker.desktop"
cp resources/icons/studytracker.svg "$data_home/icons/hicolor/scalable/apps/studytracker.svg"
cp resources/icons/studytracker-256.png "$data_home/icons/hicolor/256x256/apps/studytracker.png"
# what software centres show of it (AppStream)
cp resources/studytracker.metainfo.xml "$data_home/metainfo/io.github.studytracker.StudyTracker.metainfo.xml"
command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" || true
echo "installed $data_home/applications/studytracker.desktop (runs $exec_path)"
