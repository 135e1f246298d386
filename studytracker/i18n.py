"""The learner's language: which one (the system's, or a choice kept in QSettings), Qt's compiled
translations (`translations/*.qm`, built from the `.ts` sources by `make`), and dates, times and
numbers written the way that language's locale writes them.

The window installs its language once (`install_translator`); the report may be written in
another (`studytracker report --lang es`) inside `using(code)`, which changes only the calling
thread. Code that runs with neither (the command line) gets English with fixed formats, so its
output never depends on the machine it runs on.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

#: The choices Preferences offers, each in its own language (a learner looks for their own).
LANGUAGES = {
    "system": "System",
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}
#: Languages with a translation shipped in `translations/`.
SHIPPED = ("en", "es", "pt_BR", "zh_CN")
#: The shipped language a learner of each language gets: a Portuguese system reads Brazilian
#: Portuguese, any Chinese one Simplified Chinese, rather than falling back to English.
_FOR_LANGUAGE = {code.split("_")[0]: code for code in SHIPPED}
#: Where the window keeps the choice, beside the theme (QSettings "StudyTracker"/"StudyTracker").
LANGUAGE_KEY = "appearance/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
#: Compiled translations are named `studytracker_<code>.qm`.
CATALOGUE = "studytracker"

_NEUTRAL = "C"
_WEEKDAY = re.compile(r"^\s*dddd[\s,.]*|[\s,.]*dddd\s*$")
#: A date pattern's year, with what belongs to it: "yyyy", " 'de' yyyy", "yyyy年".
_YEAR = re.compile(r"[\s,.]*(?:'[^']*'\s*)?y+(?:\.|年)?")


def language_choice(value: object) -> str:
    """A stored or given choice as one of LANGUAGES ("system" for anything unknown)."""
    text = str(value or "system").strip().replace("-", "_")
    for code in LANGUAGES:
        if text.lower() == code.lower():
            return code
    return _FOR_LANGUAGE.get(text.split("_")[0].lower(), "system")


def saved_language(settings: QSettings | None = None) -> str:
    """The learner's choice in QSettings: "system" or a shipped code ("en", "es", "pt_BR", "zh_CN")."""
    from PySide6.QtCore import QSettings

    return language_choice((settings if settings is not None else QSettings()).value(LANGUAGE_KEY, "system"))


def system_language() -> str:
    """The first shipped language among the system's UI languages, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = language_choice(name)
        if code != "system":
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """A choice ("system", a language code, None) as a shipped language code."""
    chosen = language_choice(choice)
    return system_language() if chosen == "system" else chosen


def _strip_weekday(pattern: str) -> str:
    return _WEEKDAY.sub("", pattern).strip()


class Language:
    """One language: its translator and its locale's ways of writing dates, times and numbers.

    Built once per code and cached (`language(code)`); the translator is read-only once loaded,
    so one Language serves every thread.
    """

    def __init__(self, code: str, locale: QLocale, translator: QTranslator | None) -> None:
        from PySide6.QtCore import QLocale

        self.code = code
        self._locale = locale
        self.translator = translator
        long = _strip_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
        self._long = long
        self._medium = long.replace("MMMM", "MMM")
        self._short = "ddd " + locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._day_month = _YEAR.sub("", self._medium).strip(" ,.")
        self._time = locale.timeFormat(QLocale.FormatType.ShortFormat)

    def make_default_locale(self) -> None:
        """Make this language's formats the default of every QLocale made from now on."""
        from PySide6.QtCore import QLocale

        QLocale.setDefault(self._locale)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in this language (the source text where there is no translation); `%n` is `n`."""
        try:
            found = self.translator.translate(context, text, disambiguation, n) if self.translator else ""
        except RuntimeError:  # Qt deleted the translator (the very end of a process): the source text
            found = ""
        result = found or text
        if n >= 0:
            result = result.replace("%Ln", self._locale.toString(n)).replace("%n", str(n))
        return result

    # --- dates and times, by the locale's own patterns

    def long_date(self, day: date) -> str:
        """ "24 November 2026", "November 24, 2026", "24 de noviembre de 2026"."""
        return self._locale.toString(_qdate(day), self._long)

    def medium_date(self, day: date) -> str:
        """ "24 Nov 2026", "Nov 24, 2026", "24 de nov de 2026"."""
        return self._locale.toString(_qdate(day), self._medium)

    def short_date(self, day: date) -> str:
        """A day in a table, with its weekday: "Tue 11/24/26", "mar 24/11/26"."""
        return self._locale.toString(_qdate(day), self._short)

    def day_month(self, day: date) -> str:
        """A day on a chart's axis: "24 Nov", "Nov 24", "24 de nov"."""
        return self._locale.toString(_qdate(day), self._day_month)

    def time(self, moment: time | datetime) -> str:
        """ "18:05", "6:05 PM"."""
        from PySide6.QtCore import QTime

        return self._locale.toString(QTime(moment.hour, moment.minute), self._time)

    def month_name(self, month: int) -> str:
        """A month's short name (1 is January): "Nov", "nov"."""
        from PySide6.QtCore import QLocale

        return self._locale.monthName(month, QLocale.FormatType.ShortFormat)

    def day_name(self, weekday: int) -> str:
        """A weekday's short name, 0 for Monday as `date.weekday()` counts: "Mon", "lun"."""
        from PySide6.QtCore import QLocale

        return self._locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)

    # --- numbers

    def number(self, value: float, decimals: int = 0) -> str:
        """ "1,234.5", "1234,5" (grouping as the locale does it)."""
        if decimals == 0:
            return self._locale.toString(round(value))
        return self._locale.toString(float(value), "f", decimals)


def _qdate(day: date) -> QDate:
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_PLURAL_WORD = re.compile(r"(\w+)\(s\)")


class FixedEnglish(Language):
    """The command line's English: the source texts, English plurals, and dates written the same
    on every machine ("04 November 2026"), with no Qt loaded (a command starts the faster)."""

    def __init__(self) -> None:  # noqa: D107 - no locale, no translator
        self.code = _NEUTRAL
        self.translator = None

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n < 0:
            return text
        return _PLURAL_WORD.sub(lambda m: m.group(1) + ("" if n == 1 else "s"), text).replace("%n", str(n))

    def long_date(self, day: date) -> str:
        return f"{day.day:02d} {_LONG_MONTHS[day.month - 1]} {day.year}"

    def medium_date(self, day: date) -> str:
        return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"

    def short_date(self, day: date) -> str:
        return f"{_DAYS[day.weekday()]} {self.medium_date(day)}"

    def day_month(self, day: date) -> str:
        return f"{day.day:02d} {_MONTHS[day.month - 1]}"

    def time(self, moment: time | datetime) -> str:
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def month_name(self, month: int) -> str:
        return _MONTHS[month - 1]

    def day_name(self, weekday: int) -> str:
        return _DAYS[weekday]

    def number(self, value: float, decimals: int = 0) -> str:
        return str(round(value)) if decimals == 0 else f"{value:.{decimals}f}"


_cache: dict[str, Language] = {}
_lock = threading.Lock()
_active: ContextVar[Language | None] = ContextVar("studytracker_language", default=None)
_application: Language | None = None


def _load(code: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(f"{CATALOGUE}_{code}", str(TRANSLATIONS_DIR)):
        return translator
    return None


def _locale_for(code: str) -> QLocale:
    """The system's locale when it speaks `code` (its region's dates and numbers), else the
    language's main one."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if system.name() != "C" and system.name().split("_")[0] == code.split("_")[0]:
        return system
    return QLocale(code)


def language(code: str) -> Language:
    """The Language of a shipped code (or "C", the command line's fixed English), loaded once."""
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = FixedEnglish() if code == _NEUTRAL else Language(code, _locale_for(code), _load(code))
            _cache[code] = found
        return found


def current() -> Language:
    """The language in force here: the report's (`using`), else the window's, else fixed English."""
    return _active.get() or _application or language(_NEUTRAL)


def stamp_day(stamp: str) -> str:
    """An ISO-8601 stamp's day in the language in force ("3 Dec 2026"); the stamp as it is
    when it names no moment."""
    from datetime import datetime

    try:
        return current().medium_date(datetime.fromisoformat(stamp).date())
    except ValueError:
        return stamp


def application_language() -> str | None:
    """The code `install_translator` set for the application (the window), or None."""
    return _application.code if _application is not None else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate into the current language; `n` picks the plural form (Qt's numerus) and
    replaces `%n`."""
    return current().translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context` where it is written (a table of texts made before
    any language is chosen); `translate(context, text)` translates it where it is shown."""
    return text


class Context:
    """The strings of one translation context, for code that is not a QObject (the report).

    Bind it to a module-level name equal to the context, `Report = Context("Report")`, and mark
    strings as `Report.tr("Progress report")` or `Report.tr("%n day(s)", None, days)`:
    pyside6-lupdate takes the name before `.tr` as the context and the third argument as the
    plural count, as it does for a QObject's `tr`.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return current().translate(self.name, text, disambiguation, n)


@contextmanager
def using(choice: str | None) -> Iterator[Language]:
    """Work in a language ("system", "en", "es") in this thread until the block ends."""
    token = _active.set(language(resolve(choice)))
    try:
        yield _active.get() or language(_NEUTRAL)
    finally:
        _active.reset(token)


def install_translator(app: QCoreApplication, choice: str | None = "system") -> str:
    """Translate the application (`tr`, `QCoreApplication.translate`) and format for the chosen
    language ("system", "en", "es"); returns the code used. Qt's own strings (standard buttons,
    dialogs) come from Qt's translations. Cheap: a few small files, read once, at start-up."""

    global _application
    chosen = language(resolve(choice))
    if _application is not None and _application is not chosen:
        _remove(app, _application)
    _application = chosen
    chosen.make_default_locale()
    if chosen.translator is not None:
        app.installTranslator(chosen.translator)
    qt = _qt_translator(chosen.code)
    if qt is not None:
        app.installTranslator(qt)
    return chosen.code


_qt_translators: dict[str, QTranslator] = {}


def _qt_translator(code: str) -> QTranslator | None:
    """Qt's own strings (qtbase_<code>.qm), from the bundle's or Qt's translations folder."""
    if code == "en":
        return None  # Qt's source strings are English
    if code not in _qt_translators:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        translator = QTranslator()
        folders = (TRANSLATIONS_DIR, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        if not any(translator.load(f"qtbase_{code}", str(folder)) for folder in folders):
            return None
        _qt_translators[code] = translator
    return _qt_translators[code]


def remove_translator(app: QCoreApplication) -> None:
    """Undo `install_translator`: the source English and the system's locale again (a rendering
    in another language, in a process that goes on)."""
    from PySide6.QtCore import QLocale

    global _application
    if _application is not None:
        _remove(app, _application)
        _application = None
    QLocale.setDefault(QLocale.system())


def _remove(app: QCoreApplication, old: Language) -> None:
    if old.translator is not None:
        app.removeTranslator(old.translator)
    qt = _qt_translators.get(old.code)
    if qt is not None:
        app.removeTranslator(qt)
