"""How figures read to a learner, shared by the command line, the window and the report."""

from __future__ import annotations

import re
from datetime import date


def format_minutes(minutes: int) -> str:
    """45 -> "45 min", 125 -> "2 h 05 min"."""
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def format_size(size_bytes: int) -> str:
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size_bytes} bytes"


def count_of(count: int, one: str, many: str) -> str:
    """1, "day", "days" -> "1 day"; 4 -> "4 days"."""
    return f"{count} {one if count == 1 else many}"


def a_year_after(day: date) -> date:
    """The same day a year later; 29 February gives 28 February (a date form's default)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def names_its_number(title: str, number: int | None) -> bool:
    """Whether a step's title already says its number ("Week 0: Pre-Work", "Module 3 – Loops"),
    so that "Step 0: " is not put before it."""
    if number is None:
        return False
    return re.match(rf"\W*[^\W\d_]{{2,}}\.?\s*0*{number}(?!\d)", title) is not None
