"""Rebuild resources/roadmap.json from the Machine Learning Engineer roadmap markdown.

The markdown importer does the reading; this script adds the few editorial choices a generic
importer cannot make: a repaired section title and resource kinds the address alone does not tell. Run it from the project folder:

    .venv/bin/python tools/build_bundled_roadmap.py [MARKDOWN]

MARKDOWN defaults to resources/roadmaps/machine-learning-engineer-2025-26.md, kept beside the JSON.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from studytracker.roadmap.markdown_import import load_roadmap_markdown
from studytracker.roadmap.model import Resource, Roadmap
from studytracker.roadmap.schema import validate_roadmap_json

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MARKDOWN = RESOURCES / "roadmaps" / "machine-learning-engineer-2025-26.md"

# Ids stay exactly as the markdown importer makes them, so importing the same markdown later
# (or a newer edition of it) finds the learner's progress under the same ids.
STEP_TITLES = {"addition-language": "Additional Language"}
RESOURCE_KINDS = {
    "https://spinningup.openai.com/": "docs",
    "https://huggingface.co/models": "tool",
    "https://opencv.org/": "tool",
    "https://github.com/rashakil-ds/Roadmap-Docs": "link",
}


def curate(roadmap: Roadmap) -> Roadmap:
    steps = tuple(
        dataclasses.replace(
            step,
            title=STEP_TITLES.get(step.id, step.title),
            resources=tuple(_with_kind(r) for r in step.resources),
        )
        for step in roadmap.steps
    )
    return dataclasses.replace(
        roadmap,
        steps=steps,
        resources=tuple(_with_kind(r) for r in roadmap.resources),
        source="machine-learning-engineer-2025-26.md",
    )


def _with_kind(resource: Resource) -> Resource:
    return dataclasses.replace(resource, kind=RESOURCE_KINDS.get(resource.url, resource.kind))


def main(markdown_path: Path = MARKDOWN) -> None:
    roadmap = curate(load_roadmap_markdown(markdown_path))
    data = roadmap.to_json()
    validate_roadmap_json(data)
    out = RESOURCES / "roadmap.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    steps, topics, resources = roadmap.counts()
    print(f"wrote {out}: {steps} steps, {topics} topics, {resources} resources")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MARKDOWN)
