"""Words that name a phase of a learning path ("Week 3", "Módulo 2", "第3周", "### 1. Git"), and
titles of sections that are not content (table of contents, sponsors, licence…)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each key is what counts as one kind of phase; the words are its names in several languages.
_PHASE_WORDS: dict[str, tuple[str, ...]] = {
    "step": ("step", "paso", "passo", "étape", "etape", "schritt", "шаг", "bước"),
    "week": ("week", "semana", "semaine", "woche", "settimana", "неделя", "тиждень", "tuần", "hafta"),
    "module": ("module", "módulo", "modulo", "modul", "модуль"),
    "day": ("day", "día", "dia", "jour", "tag", "giorno", "день", "ngày", "gün"),
    "phase": ("phase", "fase", "фаза", "этап", "giai đoạn"),
    "part": ("part", "parte", "partie", "teil", "часть"),
    "chapter": (
        "chapter",
        "ch",
        "capítulo",
        "capitulo",
        "chapitre",
        "kapitel",
        "capitolo",
        "глава",
        "chương",
    ),
    "month": ("month", "mes", "mês", "mois", "monat", "mese", "месяц", "tháng"),
    "level": ("level", "nivel", "nível", "niveau", "stufe", "livello", "уровень"),
    "stage": ("stage", "etapa", "stadium"),
    "lecture": ("lecture", "лекция", "conferencia"),
    "lesson": (
        "lesson",
        "lección",
        "leccion",
        "lição",
        "licao",
        "aula",
        "leçon",
        "lecon",
        "lektion",
        "lezione",
        "урок",
        "bài",
    ),
    "unit": ("unit", "unidad", "unidade", "unité", "unite", "einheit", "раздел"),
    "sprint": ("sprint",),
    "tier": ("tier",),
    "session": ("session", "sesión", "sessão"),
    "milestone": ("milestone",),
}
_WORD_KEY = {word: key for key, words in _PHASE_WORDS.items() for word in words}
_WORDS = "|".join(sorted((re.escape(word) for word in _WORD_KEY), key=len, reverse=True))
# A number, a numeral or a code ("SEF1"); a range of numbers ("Week 3-4") is one phase.
_NUMBER = (
    r"(\d{1,3}(?:\s*[-–]\s*\d{1,3}(?=$|[\s:.)|,/]))?|[ivxlc]{1,6}(?![a-z\d])|[a-z]{1,5}\d{1,3})([a-z])?\+?"
)
_PARENTHESISED = re.compile(r"^([^()]{1,40})\)\s*(?:[:\-–—]\s*|$)(.*)$")
_RANGE = re.compile(r"(\d)\s*[-–]\s*(\d)")
_SEPARATOR = r"[\s:.)\-–—|,/]*"
_PREFIX = re.compile(
    rf"^(?:the\s+)?({_WORDS})(?:s|es)?\s*[-#№]?\s*{_NUMBER}(?=$|[\s:.)\-–—|,/])\s*(?:\(|{_SEPARATOR})(.*)$",
    re.IGNORECASE,
)
_SUFFIX = re.compile(rf"^(.*?)[\s]*[|:–—\-(,]\s*({_WORDS})\s*{_NUMBER}\)?\s*$", re.IGNORECASE)
_CJK = re.compile(
    r"^第\s*([0-9]{1,3}|[一二三四五六七八九十百〇零两]+)\s*(周|週|章|阶段|階段|天|日|课|課|部分|节|節|讲|講|月|步|单元|單元|回|期)\s*[:：、.\s-]*(.*)$"
)
_CJK_KEYS = {
    "周": "week",
    "週": "week",
    "章": "chapter",
    "阶段": "phase",
    "階段": "phase",
    "天": "day",
    "日": "day",
    "课": "lesson",
    "課": "lesson",
    "部分": "part",
    "节": "lesson",
    "節": "lesson",
    "讲": "lecture",
    "講": "lecture",
    "月": "month",
    "步": "step",
    "单元": "unit",
    "單元": "unit",
    "回": "lesson",
    "期": "stage",
}
_NUMBERED = re.compile(r"^0*(\d{1,3})(?:\s*[.)]|\s+[-–—])\s+(.+)$")  # "1. X", "3) X", "01 - X"
_LEAD = re.compile(r"^[^\w\[(]+")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


@dataclass(frozen=True)
class PhaseMatch:
    """A title that names a phase: its kind ("week", or "#" for a numbered heading), number and
    the rest of the title."""

    kind: str
    word: str
    number: int | None
    label: str  # "Week 3", "Weeks 14+"
    rest: str

    @property
    def title(self) -> str:
        """The title as shown: "Week 3: Databases", or the rest alone for numbered headings."""
        rest = self.rest if any(char.isalnum() for char in self.rest) else ""  # not "Week 1: 🚀"
        if self.kind in ("#", "step") or not rest:
            return rest or self.label
        return f"{self.label}: {rest}"


def _roman(text: str) -> int | None:
    values = [_ROMAN.get(char, 0) for char in text.lower()]
    if not all(values):  # "ı" and "İ" match [ivxlc] case-blind, but are no numerals
        return None
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total < 200 else None


def _cjk_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        elif char in _CJK_DIGITS:
            current = _CJK_DIGITS[char]
        else:
            return None
    return total + current


def _number(digits: str) -> int | None:
    digits = re.split(r"\s*[-–]", digits, maxsplit=1)[0]  # a range ("3-4") is numbered by its start
    if digits.isdigit():
        return int(digits)
    code = re.search(r"\d+$", digits)  # "SEF1"
    return int(code.group(0)) if code else _roman(digits)


def _tidy_rest(rest: str) -> str:
    rest = rest.strip().strip(":.–—-|,").strip()
    return rest.rstrip(")").strip() if rest.count(")") > rest.count("(") else rest


def match_phase(title: str) -> PhaseMatch | None:
    """The phase a heading (or a row's first cell) names, if any."""
    text = _LEAD.sub("", title).strip()
    cjk = _CJK.match(text)
    if cjk:
        number = _cjk_number(cjk.group(1))
        return PhaseMatch(
            _CJK_KEYS[cjk.group(2)],
            cjk.group(2),
            number,
            text[: cjk.start(3)].strip(" :：、.-"),
            _tidy_rest(cjk.group(3)),
        )
    prefix = _PREFIX.match(text)
    if prefix:
        number = _number(prefix.group(2))
        if number is not None:
            label = _RANGE.sub(r"\1–\2", text[: prefix.start(4)].strip(" :.)–—-|,/("))
            rest = prefix.group(4)
            if prefix.end(1) == prefix.start(2) and prefix.group(2).isdigit():
                label = f"{prefix.group(1).capitalize()} {number}"  # "week01" -> "Week 1"
            dated = _PARENTHESISED.match(rest) if text[prefix.start(4) - 1 : prefix.start(4)] == "(" else None
            if dated:  # "Week 1 (2025-08-26): Intro": the date is the label's
                label, rest = f"{label} ({dated.group(1).strip()})", dated.group(2)
            return PhaseMatch(
                _WORD_KEY[prefix.group(1).lower()], prefix.group(1), number, label, _tidy_rest(rest)
            )
    suffix = _SUFFIX.match(text)
    if suffix and suffix.group(1).strip():
        number = _number(suffix.group(3))
        if number is not None:
            label = f"{suffix.group(2)} {suffix.group(3)}{suffix.group(4) or ''}"
            return PhaseMatch(
                _WORD_KEY[suffix.group(2).lower()],
                suffix.group(2),
                number,
                label,
                _tidy_rest(suffix.group(1)),
            )
    numbered = _NUMBERED.match(text)
    if numbered:
        return PhaseMatch("#", "", int(numbered.group(1)), numbered.group(1), _tidy_rest(numbered.group(2)))
    return None


# Sections that are not content, with the reason the summary gives.
_NOT_CONTENT: tuple[tuple[str, str], ...] = (
    (
        r"table of contents|^contents$|^toc$|^índice|^indice$|^содержание|^оглавление|^目录|^目錄"
        r"|^sommaire|^inhalt",
        "table of contents",
    ),
    (
        r"sponsor|backers|donat|support (my|this|the) (work|project)|buy me a coffee|^support$|patreon",
        "sponsors and support",
    ),
    (
        r"^contributors?$|^authors?$|about the author|about me|^credits?$|^team$|^the team|^maintainers?",
        "contributors and authors",
    ),
    (
        r"^contribut|how to contribute|^how to help|^pull requests?|note on (prs|pull requests)",
        "how to contribute",
    ),
    (r"^(announcements?|news|updates|latest news)$", "announcements"),
    (
        r"^(coordinates|logistics|course (info|information|logistics|staff)|office hours|grading( policy)?"
        r"|teaching staff|instructors?|ta'?s|syllabus at a glance)$",
        "course logistics",
    ),
    (r"^(stuff|misc|miscellaneous|other stuff)$", "page chrome"),
    (r"licen[cs]e|licença|licencia|лицензия|许可", "licence"),
    (r"acknowledg|^thanks|^thank you|agradecimentos|agradecimientos|благодарност|致谢", "acknowledgements"),
    (r"^faqs?$|frequently asked|^q ?& ?a$|^questions\?*$|perguntas frequentes|preguntas frecuentes", "FAQ"),
    (r"^certificates?$|^certification of completion|get (your|a) certificate", "certificates"),
    (
        # whole titles only: "Community Detection" or "Chat models" are content
        r"^(join )?(the |our )?community( (chat|forum|channels?|server|support))?$"
        r"|^(join (us |the |our )?)?(on )?(discord|slack|telegram)( (server|channel|group|community))?$"
        r"|^chat( with us)?$|^socialize|^social media|^follow (me|us)|^connect with( (me|us))?$"
        r"|^stay in touch|^contact( (us|me|info|information))?$"
        r"|^(contact|community|support)( ?(&|and) ?(support|help|contact|community|feedback))?$",
        "community and contact",
    ),
    (
        r"^star history|^stargazers|give (it |us |me |this )?a star|^disclaimer|please read"
        r"|^pdf version|^translations?$",
        "page chrome",
    ),
    (r"other awesome|related (lists|projects)|^see also$|admired compan", "other lists"),
    (r"^changelog|^change log|^release notes|^todo$|^roadmap of this (repo|project)", "project housekeeping"),
    (
        r"^how to use (this|the)( (guide|repo|repository|roadmap|course|curriculum))?$|^who (this|it) is for"
        r"|^estimated (commitment|time)$",
        "about this guide",
    ),
)
_NOT_CONTENT_PATTERNS = tuple(
    (re.compile(pattern, re.IGNORECASE), reason) for pattern, reason in _NOT_CONTENT
)


def not_content_reason(title: str) -> str:
    """Why a section with this title is not part of the learning path ("" when it is)."""
    text = _LEAD.sub("", title).strip()
    for pattern, reason in _NOT_CONTENT_PATTERNS:
        if pattern.search(text):
            return reason
    return ""


_INTRO = re.compile(
    r"^(what is|what are|why|how to use|about|introduction|intro$|overview$|welcome|purpose|note)",
    re.IGNORECASE,
)


def is_intro_title(title: str) -> bool:
    """A section that introduces the roadmap rather than teaching ("What is it?", "How to use it")."""
    return bool(_INTRO.match(_LEAD.sub("", title).strip()))


_CONTENTS_TITLE = re.compile(
    r"^\W*(table of contents|contents|toc|notebooks|index|índice|indice|sommaire|inhalt"
    r"|目次|目录|目錄|はじめに)\W*$",
    re.IGNORECASE,
)


def is_contents_title(title: str) -> bool:
    """Whether a heading names a contents list ("Contents", "Notebooks", "はじめに"): never a
    roadmap's title."""
    return bool(_CONTENTS_TITLE.match(title))


#: An announcement's date at an item's start: "2024-01-05", "05/01/2024", "Jan 5", "**Mar 3:**".
_DATED = re.compile(
    r"^\W*(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(/\d{2,4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.? \d{1,2}\b)",
    re.IGNORECASE,
)


def is_dated_log(items: list[str]) -> bool:
    """Whether a section's list is a log of announcements: items nearly all opening on a date."""
    dated = sum(1 for item in items if _DATED.match(item))
    return len(items) >= 3 and dated * 5 >= len(items) * 4
