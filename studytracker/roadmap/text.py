"""Small text helpers for roadmaps: slugs for ids, markup stripping, mojibake repair."""

from __future__ import annotations

import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_DASHES = re.compile("[\u2010-\u2015\u2212]")
_MOJIBAKE_RUN = re.compile(r"[^\x00-\x7f]{2,}")


_FILLER_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"})


def slugify(text: str, max_words: int = 6) -> str:
    """A lower-case, dash-separated id part: "Pandas & Polars" -> "pandas-polars".

    Repeated and filler words are dropped so ids stay short enough to type.
    """
    text = _DASHES.sub(" ", text)  # "Week 3–4" -> "week-3-4", not "week-34"
    ascii_text = unicodedata.normalize("NFKD", transliterate(text)).encode("ascii", "ignore").decode("ascii")
    words = list(dict.fromkeys(word for word in _NON_SLUG.split(ascii_text.lower()) if word))
    meaningful = [word for word in words if word not in _FILLER_WORDS]
    # a title of filler words alone ("A", "To and fro") keeps them
    return "-".join((meaningful or words)[:max_words]) or "item"


def transliterate(text: str) -> str:
    """Letters of other scripts in Latin ("Модуль" -> "Modul'", "第3周" -> "Di3Zhou"); Latin
    letters, digits, symbols and emoji are left as they are."""
    if text.isascii():
        return text
    from anyascii import anyascii

    out: list[str] = []
    for char in text:
        if char.isascii() or not unicodedata.category(char).startswith("L"):
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        out.append(decomposed if decomposed[0].isascii() else anyascii(char))
    return "".join(out)


def shorten_id(wanted: str, limit: int) -> str:
    """An id of at most `limit` characters, shortened so it still reads as its path.

    While too long, the longest slash-separated part (the first of equal ones) loses its last
    word, or, a single word, its last letters down to the length of the next longest part:
    "step/alpha-beta-gamma/delta" -> "step/alpha-beta/delta" -> "step/alpha/delta".
    """
    if len(wanted) <= limit:
        return wanted
    parts = [part.split("-") for part in wanted.split("/")]
    lengths = [len(part) for part in wanted.split("/")]
    total = len(wanted)
    while total > limit:
        longest = max(range(len(parts)), key=lambda index: (lengths[index], -index))
        words = parts[longest]
        if len(words) > 1:
            cut = len(words.pop()) + 1
        else:
            others = [length for index, length in enumerate(lengths) if index != longest]
            keep = max(1, lengths[longest] - (total - limit), max(others, default=0))
            if keep >= lengths[longest]:
                keep = lengths[longest] - 1
            if keep < 1:  # every part is down to one letter
                return "/".join("-".join(part) for part in parts)[:limit].rstrip("/-")
            cut = lengths[longest] - keep
            words[0] = words[0][:keep]
        lengths[longest] -= cut
        total -= cut
    return "/".join("-".join(part) for part in parts)


#: The five bytes Windows-1252 leaves undefined: a decoder that lets them through as U+0081 …
#: (as Windows does) leaves them in the text, and an emoji with a variation selector ("🗺️")
#: holds one.
_CP1252_UNDEFINED = "\x81\x8d\x8f\x90\x9d"


def _mac_roman_bytes(run: str) -> bytes:
    return run.encode("mac_roman")


def _cp1252_bytes(run: str) -> bytes:
    if not any(char in _CP1252_UNDEFINED for char in run):
        return run.encode("cp1252")
    return b"".join(
        char.encode("latin-1") if char in _CP1252_UNDEFINED else char.encode("cp1252") for char in run
    )


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Mac Roman or Windows-1252 ("‚âà" -> "≈").

    Only runs of two or more non-ASCII characters that decode cleanly are replaced, so text
    that is already right ("≈", "→", "Google’s") is left alone.
    """

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        for encode in (_mac_roman_bytes, _cp1252_bytes):
            try:
                repaired = encode(run).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if len(repaired) < len(run):
                return repaired
        return run

    return _MOJIBAKE_RUN.sub(fix, text)


_EMPHASIS = re.compile(r"(\*\*|__|`)")
#: A markdown link written inline, "[label](address)". No bracket in a label or an address: from
#: each "[" the pattern stops at the next one (linear on a line of "[](a" repeated).
MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\(([^\s()\[\]]+)\)")


def strip_markup(text: str) -> str:
    """Plain text from inline markdown: links become their text, emphasis and code marks go."""
    text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub("", text)
    text = re.sub(r"(?<!\w)\*(?!\s)([^*]+)(?<!\s)\*(?!\w)", r"\1", text)
    return " ".join(text.split())


def tidy_title(text: str) -> str:
    """A heading or list item as a title: no markup, no trailing colon or full stop."""
    title = strip_markup(text).strip()
    title = title.rstrip(":").rstrip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1].rstrip()
    return title
