"""Titles from markdown text, as the outline reader makes them: a heading's, a list item's (and
its detail), a table cell's, a bare link's, and the one YAML front matter gives. Decoration
(emoji, arrows, trailing colons and dashes) and bare addresses are left out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studytracker.roadmap.markdown_blocks import Block, Inline, Link

URL = re.compile(r"<?\bhttps?://\S+>?")
_LABEL_ONLY = re.compile(r"^(.{1,80}?)\s*[:：]\s*$")
_LINK_LEAD = re.compile(r"^\s*[-–—:→|]*\s*")


def front_matter_title(front: str) -> str:
    """The title YAML front matter gives: its `title:`, else a VitePress home page's `hero:`
    `name:`. Read a line at a time (a pattern over the whole of it took exponential time on a
    long run of indented lines)."""
    title = hero_name = ""
    in_hero = False
    for line in front.splitlines():
        key, colon, value = line.strip().partition(":")
        value = " ".join(value.strip().strip("\"'").split())
        if not colon:
            continue
        if not line[:1].isspace():
            in_hero = key == "hero"
            title = title or (value if key == "title" else "")
        elif in_hero and key == "name":
            hero_name = hero_name or value
    return title or hero_name


def heading_title(block: Block) -> str:
    return clean_title(block.text)


#: What a title does not end with: spaces, colons, arrows, bars and dashes ("Week 1 —").
#: (str.rstrip rather than a "[…]+$" search, which is quadratic on a long run of them.)
_TRAILING = "".join(chr(code) for code in range(0x3001) if chr(code).isspace()) + ":：→|–—-"


#: Unicode categories of what only decorates a title's end: symbols (emoji), their modifiers,
#: variation selectors and joiners.
_DECORATION = frozenset({"So", "Sk", "Mn", "Cf"})


def clean_title(text: str) -> str:
    without_urls = URL.sub("", text)
    if len(without_urls) < len(text) and without_urls.count("(") > without_urls.count(")"):
        # "Install it (see https://…)" lost its address and the bracket's end with it
        without_urls = without_urls[: without_urls.rindex("(")]
    text = without_urls
    text = re.sub(r"^[^\w\[(\"'¿¡]+", "", text)  # emoji and arrows before the words
    text = text.rstrip(_TRAILING)
    while text and unicodedata.category(text[-1]) in _DECORATION:  # "30 Days of OpenTofu 🧊"
        text = text[:-1].rstrip(_TRAILING)
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return " ".join(text.split()).strip("* ")


def cell_title(cell: Inline) -> str:
    text = clean_title(cell.text)
    if not text or not re.search(r"[^\W\d_]", text):
        return ""
    return text


def url_name(url: str) -> str:
    """A title for a link written as its bare address: its last path part, else its host."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[x": a bracket that is no IPv6 address
        return url
    segments = [part for part in unquote(parts.path).split("/") if part]
    return segments[-1] if segments else parts.netloc or url


def label_before(inline: Inline, link: Link) -> str:
    """ "Слайды: https://…" -> "Слайды"."""
    text = inline.text
    at = text.find(link.url) if link.url else -1
    if at <= 0:
        return ""
    sentence = re.split(r"(?<=[.!?;])\s", text[:at].strip())[-1]  # the label's own sentence
    label = _LABEL_ONLY.match(sentence)
    return label.group(1).strip() if label else ""


def words_around(inline: Inline, link: Link, most: int = 12) -> str:
    """A bare address's title from its sentence: the words before it in that sentence (its
    first `most` when there are more), else the first after it; never the whole paragraph."""
    text = inline.text
    at = text.find(link.url) if link.url else -1
    if at < 0:
        return ""
    before = re.split(r"(?<=[.!?;])\s", URL.sub(" ", text[:at]))[-1].split()
    after = re.split(r"[.!?;](?:\s|$)", URL.sub(" ", text[at + len(link.url) :]), maxsplit=1)[0].split()
    chosen = before[:most] if before else after[:most]
    return " ".join(chosen).strip(" :-–—,")


#: An emoji drawn as a task box ("[✔️]", "[✅]"): decoration, not the title's.
_PSEUDO_BOX = re.compile(r"^\[[^\w\]\s]{1,4}\]\s*")
#: A day's number before the title, behind an emoji and before an arrow ("🐧 2 > Linux commands").
_NUMBER_ARROW = re.compile(r"^[^\w\[(]*?0*(\d{1,3})\s*(?:>|»|→|⇒)\s*")


def item_title(inline: Inline) -> tuple[str, str]:
    """A list item's title and detail: "**Term**: detail", "[Title](url) - note", "Label: url";
    a day list's decoration is left out ("[✔️] 🐧 2 > [Linux commands](…)" is "Linux commands",
    its detail "Day 2")."""
    text = _PSEUDO_BOX.sub("", inline.text)
    numbered = _NUMBER_ARROW.match(text)
    if numbered:
        title, detail = item_title(replace(inline, text=text[numbered.end() :], bold_lead=""))
        return title, " — ".join(part for part in (f"Day {numbered.group(1)}", detail) if part)
    links = [link for link in inline.links if not link.image]
    if links and links[0].text and text.startswith(links[0].text) and not URL.fullmatch(links[0].text):
        rest = text[len(links[0].text) :]
        return clean_title(links[0].text), _LINK_LEAD.sub("", URL.sub("", rest)).strip()
    if inline.bold_lead and len(inline.bold_lead) < len(text):
        rest = text[len(inline.bold_lead) :] if text.startswith(inline.bold_lead) else ""
        rest = _LINK_LEAD.sub("", rest).strip()
        if rest:
            return clean_title(inline.bold_lead), rest
    return clean_title(text), ""


#: Labels of a step's particulars, written as a list item ("- **Duration:** 1-2 weeks"): about
#: the step, not something to learn in it.
PARTICULAR_LABELS = frozenset(
    {
        "duration", "time", "estimated time", "time needed", "time to complete", "length", "effort",
        "workload", "level", "difficulty", "prerequisite", "prerequisites", "pre-requisites",
        "duración", "duração", "durée", "dauer", "nivel", "nível", "niveau", "requisitos previos",
        "pré-requisitos", "prérequis", "voraussetzungen", "时长", "前置要求", "难度",
    }
)  # fmt: skip


def is_particular(inline: Inline) -> bool:
    """Whether a list item is one of its step's particulars ("**Duration:** 1-2 weeks",
    "**Prerequisites:** Module 2") rather than a topic: a known label, a value after it, no link."""
    label = inline.bold_lead.strip().rstrip(":：").strip().casefold()
    rest = (
        inline.text[len(inline.bold_lead) :].strip(" :：") if inline.text.startswith(inline.bold_lead) else ""
    )
    return bool(label in PARTICULAR_LABELS and rest and not inline.links)
