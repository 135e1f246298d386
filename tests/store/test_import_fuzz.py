"""The full-export importer under arbitrary values: it raises only its own error, and a refused
file changes nothing."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.store.errors import InputError
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all, merge_all
from tests.conftest import examples

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
SECTIONS = ("sessions", "progress", "notes", "settings", "attachments", "roadmaps", "version", "format")


def _state(tracker: Tracker) -> tuple[Any, ...]:
    reads = tracker.reads
    with reads.snapshot() as snapshot:
        return (
            snapshot.progress.status(),
            snapshot.sessions.log(),
            snapshot.notes.of_roadmap(),
            snapshot.settings.all(),
            [r.id for r in snapshot.roadmaps.all()],
        )


def _replace(data: dict[str, Any], path: list[int | str], value: Any) -> None:
    """Put `value` somewhere inside `data`, following `path` as far as it leads."""
    node: Any = data
    for step in path[:-1]:
        if isinstance(node, dict) and node:
            key = list(node)[int(step) % len(node)] if isinstance(step, int) else step
            if isinstance(node.get(key), (dict, list)):
                node = node[key]
                continue
        elif isinstance(node, list) and node:
            item = node[int(step) % len(node)] if isinstance(step, int) else None
            if isinstance(item, (dict, list)):
                node = item
                continue
        break
    last = path[-1]
    if isinstance(node, dict):
        key = list(node)[int(last) % len(node)] if isinstance(last, int) and node else str(last)
        node[key] = value
    elif isinstance(node, list) and node:
        node[int(last) % len(node) if isinstance(last, int) else 0] = value


@settings(
    max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    section=st.sampled_from(SECTIONS),
    path=st.lists(st.integers(min_value=0, max_value=50) | st.text(max_size=8), min_size=1, max_size=5),
    value=JSON_VALUES,
)
def test_any_value_anywhere_is_merged_or_refused_with_nothing_changed(
    tracker: Tracker, section: str, path: list[int | str], value: Any
) -> None:
    if not tracker.reads.sessions.log():  # the same data for every example (the fixture is shared)
        tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")
        tracker.notes.save("a note", step_id="sql")
        tracker.study.log("sql", 30, day=date(2026, 11, 20))
    data = copy.deepcopy(export_all(tracker))
    if isinstance(data.get(section), (dict, list)) and data[section]:
        _replace(data[section], path, value)
    else:
        data[section] = value
    before = _state(tracker)
    try:
        merge_all(tracker, data, source="fuzz.json")
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.json")
        assert _state(tracker) == before
