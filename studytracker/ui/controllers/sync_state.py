"""How a sync's state reads: the status bar's words for it, and a sync place as the learner
reads it. Shared by the sync controller (the status bar) and the sync dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from studytracker.store.sync.service import SyncStatus

Sync = Context("Sync")


def indicator_text(status: SyncStatus, running: bool) -> tuple[str, str]:
    """(the status bar's text, its tooltip) for a sync's state; no text when sync is not set up."""
    if not status.configured:
        return "", ""
    place = shown_address(status.address)
    if running:
        return Sync.tr("Syncing…"), place
    if status.last_error:
        offline = "cannot reach it" in status.last_error or "not there" in status.last_error
        text = Sync.tr("Sync: offline") if offline else Sync.tr("Sync: not done")
        return text, status.last_error
    if status.waiting:
        return Sync.tr("Sync: %n change(s) waiting", None, status.waiting), place
    if status.conflicts:
        return Sync.tr("Synced · %n note(s) to compare", None, status.conflicts), place
    if status.last_sync:
        from datetime import datetime

        moment = datetime.fromisoformat(status.last_sync)
        return Sync.tr("Synced {time}").format(time=current().time(moment)), place
    return Sync.tr("Not synced yet"), place


def shown_address(address: str | None) -> str:
    """A sync place as the learner reads it: a hub's address without the account it is used as
    (a cohort's generated role name means nothing to them)."""
    if not address or not address.startswith("postgresql://") or "@" not in address:
        return address or ""
    return "postgresql://" + address.rsplit("@", 1)[1]
