"""What a markdown import is asked (the learner's ImportOptions) and what it found (MarkdownImport),
whichever reader read the file: the roadmap family's (`markdown_family`) or any curriculum's
(`markdown_outline`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from studytracker.roadmap.model import Roadmap

#: The kinds of unit a learner may name (`roadmap import --units KIND`, the preview's "Units are").
UNIT_KINDS = ("headings", "bold", "items", "rows")


@dataclass(frozen=True)
class ImportOptions:
    """The learner's overrides: the heading level of the steps, sections to leave out, the
    address relative links resolve against, whether ticked task items count as done, the
    roadmap's title, and steps (by id) marked optional or required whatever the file says."""

    step_level: int | None = None
    exclude: tuple[str, ...] = ()
    base_url: str = ""
    ticked_done: bool = False
    title: str = ""
    optional_steps: tuple[str, ...] = ()
    required_steps: tuple[str, ...] = ()
    #: what a unit of the curriculum is, when the learner says so ("" lets the reader guess):
    #: "headings" only, "bold" paragraphs on a line of their own, list "items" holding others, or
    #: table "rows" (each a step)
    units: str = ""
    #: the heading level whose sections group the steps ("Month 1" over its weeks): None lets
    #: the reader guess, 0 asks for no groups
    group_level: int | None = None

    def command_line(self, file: str) -> str:
        """The command that imports `file` as these options do (shown in the window's preview)."""
        import shlex

        parts = ["studytracker", "roadmap", "import", file]
        if self.step_level is not None:
            parts += ["--step-level", str(self.step_level)]
        for title in self.exclude:
            parts += ["--exclude", title]
        if self.base_url:
            parts += ["--base-url", self.base_url]
        if self.ticked_done:
            parts.append("--ticked-done")
        if self.title:
            parts += ["--title", self.title]
        for step in self.optional_steps:
            parts += ["--optional", step]
        for step in self.required_steps:
            parts += ["--required", step]
        if self.units:
            parts += ["--units", self.units]
        if self.group_level is not None:
            parts += ["--group-level", str(self.group_level)]
        return " ".join(shlex.quote(part) for part in parts)


@dataclass(frozen=True)
class MarkdownImport:
    """A roadmap read from markdown and what the reader decided on the way."""

    roadmap: Roadmap
    left_out: tuple[tuple[str, str], ...] = ()  # (section title, why)
    unresolved: tuple[str, ...] = ()  # relative links that point nowhere known
    step_level: int | None = None  # the heading level the steps are at (None: the family's rules)
    levels: tuple[int, ...] = ()  # the heading levels there are to choose from
    group_level: int | None = None  # the heading level of the sections grouping the steps, if any
    done_topics: tuple[str, ...] = ()  # ids of ticked task items, when asked to import them as done
    ticked_topics: tuple[str, ...] = ()  # ids of the task items ticked [x] in the file, asked or not
    sections: tuple[str, ...] = field(default=())  # the top sections, which the learner may leave out


def with_overrides(found: MarkdownImport, options: ImportOptions, source: str) -> MarkdownImport:
    """What was read, with the learner's title and optional or required steps; a step id the
    reading does not have is the one-line error."""
    from dataclasses import replace

    from studytracker.roadmap.drafts import MarkdownRoadmapError

    roadmap = found.roadmap
    ids = {step.id for step in roadmap.steps}
    for step_id in (*options.optional_steps, *options.required_steps):
        if step_id not in ids:
            order = [step.id for step in roadmap.steps]
            shown = ", ".join(order[:8]) + (" …" if len(order) > 8 else "")
            raise MarkdownRoadmapError(f"{source}: no step {step_id!r} in this reading (its steps: {shown})")
    if not (options.title.strip() or options.optional_steps or options.required_steps):
        return found
    steps = tuple(
        replace(step, optional=True)
        if step.id in options.optional_steps
        else replace(step, optional=False)
        if step.id in options.required_steps
        else step
        for step in roadmap.steps
    )
    title = " ".join(options.title.split()) or roadmap.title
    return replace(found, roadmap=replace(roadmap, title=title, steps=steps))
