"""Checking roadmap JSON against `resources/roadmap.schema.json`.

The check reads the schema file itself, so the file stays the single definition. It supports the
part of JSON Schema that file uses (type, required, properties, items, enum, pattern, minLength,
maxLength, minimum, minItems, $ref to $defs), and reports the JSON path of the first problem.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from studytracker.resources import ROADMAP_SCHEMA, resource_path
from studytracker.roadmap.model import MAX_TOPIC_DEPTH, Roadmap, RoadmapError
from studytracker.roadmap.reading import check_json_depth, read_json_file

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "number": (int, float),
    "integer": (int,),
}


@cache
def roadmap_schema() -> dict[str, Any]:
    with open(resource_path(ROADMAP_SCHEMA), encoding="utf-8") as handle:
        return json.load(handle)


def _path_text(path: list[str | int]) -> str:
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _type_matches(value: Any, type_name: str) -> bool:
    if isinstance(value, bool) and type_name in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES[type_name])


def _check(value: Any, schema: dict[str, Any], path: list[str | int], root: dict[str, Any]) -> None:
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref!r} in the roadmap schema")
        _check(value, root["$defs"][ref.removeprefix("#/$defs/")], path, root)
        return
    where = _path_text(path)
    expected = schema.get("type")
    if expected is not None:
        names = expected if isinstance(expected, list) else [expected]
        if not any(_type_matches(value, name) for name in names):
            raise RoadmapError(f"{where}: expected {' or '.join(names)}, found {_json_name(value)}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(json.dumps(v) for v in schema["enum"])
        raise RoadmapError(f"{where}: {json.dumps(value)} is not one of {allowed}")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise RoadmapError(f"{where}: not valid Unicode (holds a lone surrogate)") from None
        if len(value) < schema.get("minLength", 0):
            raise RoadmapError(f"{where}: must not be empty")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise RoadmapError(f"{where}: longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise RoadmapError(f"{where}: {json.dumps(value)} does not match {schema['pattern']}")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < schema.get("minimum", value):
            raise RoadmapError(f"{where}: must be at least {schema['minimum']}")
        if not -(2**63) <= value < 2**63:  # what the database holds
            raise RoadmapError(f"{where}: {value} is too large")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            raise RoadmapError(f"{where}: needs at least {schema['minItems']} item(s)")
        if "items" in schema:
            for index, item in enumerate(value):
                _check(item, schema["items"], [*path, index], root)
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise RoadmapError(f"{where}: missing required key {key!r}")
        for key, sub_schema in schema.get("properties", {}).items():
            if key in value:
                _check(value[key], sub_schema, [*path, key], root)


def _json_name(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _type_matches(value, name):
            return name
    return type(value).__name__


def _check_unique_ids(data: dict[str, Any]) -> None:
    """Ids must be unique within the roadmap (steps, topics and resources alike): progress,
    sessions and notes hang on them."""
    seen: dict[str, str] = {}

    def claim(item: dict[str, Any], path: list[str | int]) -> None:
        where = _path_text([*path, "id"])
        if item["id"] in seen:
            raise RoadmapError(f"{where}: duplicate id {item['id']!r} (first at {seen[item['id']]})")
        seen[item["id"]] = where

    def topics(items: list[dict[str, Any]], path: list[str | int]) -> None:
        for index, topic in enumerate(items):
            claim(topic, [*path, index])
            topics(topic.get("children", []), [*path, index, "children"])

    for index, resource in enumerate(data.get("resources", [])):
        claim(resource, ["resources", index])
    for step_index, step in enumerate(data["steps"]):
        claim(step, ["steps", step_index])
        topics(step["topics"], ["steps", step_index, "topics"])
        for index, resource in enumerate(step["resources"]):
            claim(resource, ["steps", step_index, "resources", index])


def _check_topic_depth(topics: list[dict[str, Any]], path: list[str | int], depth: int = 1) -> None:
    """Topics nest at most MAX_TOPIC_DEPTH levels (the walk stops there, so it cannot recurse deeper)."""
    for index, topic in enumerate(topics):
        if depth > MAX_TOPIC_DEPTH:
            raise RoadmapError(
                f"{_path_text([*path, index])}: topics nested more than {MAX_TOPIC_DEPTH} levels deep"
            )
        _check_topic_depth(topic.get("children", []), [*path, index, "children"], depth + 1)


def validate_roadmap_json(data: Any) -> Roadmap:
    """Check parsed JSON against the schema and the id rules; return the roadmap it describes."""
    check_json_depth(data, "$")  # before the checks below, which recurse level by level
    schema = roadmap_schema()
    _check(data, schema, [], schema)
    for index, step in enumerate(data["steps"]):
        _check_topic_depth(step["topics"], ["steps", index, "topics"])
    _check_unique_ids(data)
    return Roadmap.from_json(data)


def load_roadmap_json(path: Path) -> Roadmap:
    """Read and check a roadmap JSON file; errors name the file and the JSON path."""
    data = read_json_file(path)
    try:
        return validate_roadmap_json(data)
    except RoadmapError as error:
        raise RoadmapError(f"{path}: {error}") from None
