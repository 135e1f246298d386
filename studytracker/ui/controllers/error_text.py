"""An error as the window shows it: a refusal of the catalogue (`studytracker.messages`: the
database's failures, a file that cannot be imported, a curriculum with no steps) in the learner's
language, its path and details kept; any other error as its one-line message, which the store and
the readers write in English for the command line."""

from __future__ import annotations

from studytracker.i18n import translate
from studytracker.messages import CATALOGUE


def error_text(error: BaseException) -> str:
    """The one line to show for `error`."""
    kind = getattr(error, "kind", None)
    params = getattr(error, "params", None)
    if isinstance(kind, str) and kind in CATALOGUE and isinstance(params, dict):
        try:
            return translate("Errors", CATALOGUE[kind]).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            pass
    return str(error) or type(error).__name__
