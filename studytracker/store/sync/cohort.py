"""Cohorts on the PostgreSQL hub: a mentor makes one and invites learners; each learner is a
PostgreSQL role of its own, joined with a one-time code, and row-level security (the hub's
migration h002) keeps each role to its own rows and a mentor to reading its cohorts' shares.

An invitation code carries a new role's name and a first password. Joining changes that
password at once to one only the joining device knows (kept in the data folder's pgpass file),
so the code works once. Passwords reach the server already hashed (SCRAM), never in clear.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studytracker.store.errors import InputError, StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from studytracker.store.sync.hub import HubTransport

CODE_PREFIX = "ST1-"
LEARNER_GROUP, MENTOR_GROUP = "studytracker_learner", "studytracker_mentor"
#: What a code lets its holder do: join as a new learner or mentor (once), or add a device.
CODE_KINDS = ("learner", "mentor", "device")
MAX_COHORT_NAME = 100


@dataclass(frozen=True)
class Invitation:
    role: str
    password: str
    kind: str
    cohort: str = ""

    def code(self) -> str:
        payload = json.dumps(
            {"r": self.role, "p": self.password, "k": self.kind, "c": self.cohort}, separators=(",", ":")
        )
        return CODE_PREFIX + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")

    @classmethod
    def parse(cls, code: str) -> Invitation:
        wrong = InputError(
            f"--join {code[:40]!r}: not a StudyTracker invitation code (it starts {CODE_PREFIX})"
        )
        text = code.strip()
        if not text.startswith(CODE_PREFIX) or len(text) > 2000:
            raise wrong
        body = text[len(CODE_PREFIX) :]
        try:
            data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise wrong from None
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in "rpkc"):
            raise wrong
        if data["k"] not in CODE_KINDS or not data["r"] or not data["p"]:
            raise wrong
        return cls(data["r"], data["p"], data["k"], data["c"])


@dataclass(frozen=True)
class Cohort:
    id: int
    name: str
    roadmap: str
    target: date | None
    mentor: str


@dataclass(frozen=True)
class SharedLearner:
    """A learner of a cohort as its mentor sees it: what they share, if anything yet."""

    role: str
    name: str
    joined_at: datetime | None
    shared_at: datetime | None
    figures: dict[str, Any] | None
    notes: list[tuple[str, str, str, str]] = field(default_factory=list)  # (step, topic or "", heading, text)


def _new_role(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(6)}"


def _driver(connection: Connection) -> Any:
    """psycopg's own connection under SQLAlchemy's: role statements take no bound parameters, so
    they are composed with psycopg's quoting."""
    raw = connection.connection.driver_connection
    assert raw is not None  # an open connection's
    return raw


def _scram(connection: Connection, role: str, password: str) -> str:
    """The password as the server keeps it (SCRAM), made here: the clear text never travels."""
    encrypted: bytes = _driver(connection).pgconn.encrypt_password(
        password.encode(), role.encode(), b"scram-sha-256"
    )
    return encrypted.decode()


def _create_login_role(
    connection: Connection, invitation: Invitation, group: str, may_create_roles: bool = False
) -> None:
    """The invitation's role, able to log in with its first password, in a StudyTracker group."""
    from psycopg import sql

    statement = (
        "CREATE ROLE {} LOGIN CREATEROLE PASSWORD {} IN ROLE {}"
        if may_create_roles
        else ("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}")
    )
    _driver(connection).execute(
        sql.SQL(statement).format(
            sql.Identifier(invitation.role),
            sql.Literal(_scram(connection, invitation.role, invitation.password)),
            sql.Identifier(group),
        )
    )


def _cohort(row: Any) -> Cohort:
    return Cohort(row.id, row.name, row.roadmap, row.target, row.mentor)


class HubCohorts:
    """A role's cohort work on the hub, through the transport's connection and error wording."""

    def __init__(self, transport: HubTransport) -> None:
        self.transport = transport

    def _run(self, action: Any) -> Any:
        def in_transaction() -> Any:
            with self.transport.engine.begin() as connection:
                return action(connection)

        return self.transport.guard(in_transaction)

    # -- the administrator and the mentor -----------------------------------------------------------

    def add_mentor(self, name: str) -> Invitation:
        """A new mentor role (it may make its learners' roles), with its one-time code."""
        from psycopg import sql

        display = _checked_name(name, "the mentor's name")
        invitation = Invitation(_new_role("st_mentor"), secrets.token_urlsafe(18), "mentor", display)

        def make(connection: Connection) -> None:
            self._require_groups(connection)
            _create_login_role(connection, invitation, MENTOR_GROUP, may_create_roles=True)
            # a mentor syncs its own devices like a learner, and brings learners into that group
            _driver(connection).execute(
                sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
                    sql.Identifier(LEARNER_GROUP), sql.Identifier(invitation.role)
                )
            )

        self._run(make)
        return invitation

    def create(self, name: str, roadmap: str, target: date | None) -> Cohort:
        from sqlalchemy import select
        from sqlalchemy.dialects.postgresql import insert

        from studytracker.store.sync.hub_models import HubCohort

        name = _checked_name(name, "the cohort's name")
        if not roadmap or len(roadmap) > 200:
            raise InputError("--roadmap: give the id of the roadmap the cohort follows")

        def make(connection: Connection) -> Cohort:
            self._require_groups(connection)
            done = connection.execute(
                insert(HubCohort)
                .values(name=name, roadmap=roadmap, target=target)
                .on_conflict_do_nothing()
                .returning(HubCohort.id)
            ).first()
            if done is None:
                raise InputError(f"a cohort named {name!r} is already yours on this hub")
            row = connection.execute(select(HubCohort).where(HubCohort.id == done[0])).one()
            return _cohort(row)

        result: Cohort = self._run(make)
        return result

    def cohort(self, name: str) -> Cohort:
        """One of this mentor's cohorts, by name."""
        from sqlalchemy import select

        from studytracker.store.sync.hub_models import HubCohort, current_role

        def find(connection: Connection) -> Cohort | None:
            row = connection.execute(
                select(HubCohort).where(HubCohort.name == name, HubCohort.mentor == current_role())
            ).first()
            return _cohort(row) if row else None

        found: Cohort | None = self._run(find)
        if found is None:
            raise InputError(f"no cohort named {name!r} of yours on {self.transport.where}")
        return found

    def cohorts(self) -> list[Cohort]:
        """The cohorts this role runs (empty for a learner)."""
        from sqlalchemy import select

        from studytracker.store.sync.hub_models import HubCohort, current_role

        def find(connection: Connection) -> list[Cohort]:
            rows = connection.execute(
                select(HubCohort).where(HubCohort.mentor == current_role()).order_by(HubCohort.name)
            ).all()
            return [_cohort(row) for row in rows]

        return list(self._run(find))

    def invite(self, cohort_name: str, learner_name: str) -> Invitation:
        """A new learner role in one of this mentor's cohorts, with its one-time code."""
        from sqlalchemy import insert

        from studytracker.store.sync.hub_models import HubMember

        cohort = self.cohort(cohort_name)
        display = _checked_name(learner_name, "--learner")
        invitation = Invitation(_new_role("st_learner"), secrets.token_urlsafe(18), "learner", cohort.name)

        def make(connection: Connection) -> None:
            _create_login_role(connection, invitation, LEARNER_GROUP)
            connection.execute(
                insert(HubMember).values(cohort_id=cohort.id, learner=invitation.role, display_name=display)
            )

        self._run(make)
        return invitation

    def shares(self, cohort: Cohort) -> list[SharedLearner]:
        """Every learner of a cohort with what each shares (read in one transaction)."""
        from sqlalchemy import select

        from studytracker.store.sync.hub_models import HubMember, HubShare, HubSharedNote

        def read(connection: Connection) -> list[SharedLearner]:
            members = sorted(
                connection.execute(select(HubMember).where(HubMember.cohort_id == cohort.id)).all(),
                key=lambda member: _natural(member.display_name),
            )
            shares = {
                row.learner: row
                for row in connection.execute(select(HubShare).where(HubShare.cohort_id == cohort.id))
            }
            notes: dict[str, list[tuple[str, str, str, str]]] = {}
            for row in connection.execute(
                select(HubSharedNote)
                .where(HubSharedNote.cohort_id == cohort.id)
                .order_by(HubSharedNote.learner, HubSharedNote.step, HubSharedNote.topic)
            ):
                notes.setdefault(row.learner, []).append((row.step, row.topic, row.heading, row.body))
            learners = []
            for member in members:
                share = shares.get(member.learner)
                figures = _figures(share.figures) if share else None
                learners.append(
                    SharedLearner(
                        member.learner,
                        member.display_name,
                        member.joined_at,
                        share.updated_at if share else None,
                        figures,
                        notes.get(member.learner, []),
                    )
                )
            return learners

        return list(self._run(read))

    def _require_groups(self, connection: Connection) -> None:
        from sqlalchemy import text

        found = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname IN (:learner, :mentor)"),
            {"learner": LEARNER_GROUP, "mentor": MENTOR_GROUP},
        ).scalar()
        if found != 2:
            raise StoreError(
                f"{self.transport.where}: its StudyTracker roles are missing; set the hub up first as a "
                "user who may create roles (its administrator)"
            )

    # -- the learner ----------------------------------------------------------------------------------

    def memberships(self) -> list[tuple[int, str]]:
        """(cohort id, roadmap id) of each cohort this role is a learner of."""
        from sqlalchemy import select

        from studytracker.store.sync.hub_models import HubCohort, HubMember, current_role

        def read(connection: Connection) -> list[tuple[int, str]]:
            rows = connection.execute(
                select(HubCohort.id, HubCohort.roadmap)
                .join(HubMember, HubMember.cohort_id == HubCohort.id)
                .where(HubMember.learner == current_role())
            ).all()
            return [(row.id, row.roadmap) for row in rows]

        return list(self._run(read))

    def publish(
        self, cohort_id: int, figures: dict[str, Any] | None, notes: list[tuple[str, str, str, str]]
    ) -> None:
        """Put what the learner shares with a cohort in place of what was there, in one
        transaction: figures None and no notes remove every shared copy."""
        from sqlalchemy import delete, func, select
        from sqlalchemy.dialects.postgresql import insert

        from studytracker.store.sync.hub_models import HubShare, HubSharedNote, current_role

        def write(connection: Connection) -> None:
            me = connection.execute(select(current_role())).scalar()
            mine = (HubShare.cohort_id == cohort_id, HubShare.learner == me)
            if figures is None:
                connection.execute(delete(HubShare).where(*mine))
            else:
                statement = insert(HubShare).values(
                    cohort_id=cohort_id,
                    learner=me,
                    figures=json.dumps(figures, ensure_ascii=False),
                    updated_at=func.now(),
                )
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=[HubShare.cohort_id, HubShare.learner],
                        set_={"figures": statement.excluded.figures, "updated_at": func.now()},
                    )
                )
            connection.execute(
                delete(HubSharedNote).where(HubSharedNote.cohort_id == cohort_id, HubSharedNote.learner == me)
            )
            if notes:
                connection.execute(
                    insert(HubSharedNote),
                    [
                        {
                            "cohort_id": cohort_id,
                            "learner": me,
                            "step": s,
                            "topic": t,
                            "heading": h,
                            "body": b,
                        }
                        for s, t, h, b in notes
                    ],
                )

        self._run(write)


def join_hub(url: str, code: str, data_dir: Path) -> str:
    """Join the hub with an invitation code: connect as the code's role, change a learner's or
    mentor's password to one of this device's own (so the code works once), keep it in the
    pgpass file, and mark a learner joined. The hub's address, with the role and no password."""
    from psycopg import sql
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    from studytracker.store.sync.hub import (
        PASSFILE_NAME,
        hub_address,
        hub_failure,
        parse_hub_url,
        refused_code,
    )

    invitation = Invitation.parse(code)
    address = parse_hub_url(url)._replace(drivername="postgresql", password=None)
    as_role = address.set(
        drivername="postgresql+psycopg", username=invitation.role, password=invitation.password
    )
    where = f"hub {address.host}:{address.port or 5432}/{address.database}"
    password = invitation.password if invitation.kind == "device" else secrets.token_urlsafe(24)
    passfile = data_dir / PASSFILE_NAME
    before = passfile.read_bytes() if passfile.is_file() else None
    engine = create_engine(as_role, connect_args={"connect_timeout": 10, "application_name": "StudyTracker"})
    joined = address.set(username=invitation.role, password=password)
    hub_address(joined.render_as_string(hide_password=False), data_dir)  # the pgpass line, first
    try:
        with engine.begin() as connection:
            if invitation.kind != "device":
                _driver(connection).execute(
                    sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(
                        sql.Literal(_scram(connection, invitation.role, password))
                    )
                )
            if invitation.kind == "learner":
                connection.execute(
                    text(
                        "UPDATE studytracker_member SET joined_at = now()"
                        " WHERE learner = current_user AND joined_at IS NULL"
                    )
                )
    except DBAPIError as error:
        if before is None:
            passfile.unlink(missing_ok=True)
        else:
            passfile.write_bytes(before)
        reason = hub_failure(error)
        if refused_code(error) == "28P01":
            reason = "the hub refused the code: it was used already, or its learner was removed"
        raise StoreError(f"{where}: {reason}") from None
    finally:
        engine.dispose()
    return address.set(username=invitation.role).render_as_string(hide_password=False)


def device_code(transport: HubTransport, data_dir: Path) -> Invitation:
    """A code for another device of this learner's: the role and its password (from the pgpass
    file), joined without changing the password, so both devices go on working."""
    from sqlalchemy.engine import make_url

    from studytracker.store.sync.hub import PASSFILE_NAME

    role = make_url(str(transport.engine.url)).username or ""
    passfile = data_dir / PASSFILE_NAME
    line = passfile.read_text(encoding="utf-8").strip() if passfile.is_file() else ""
    password = _pgpass_password(line)
    if not role or password is None:
        raise InputError("this device has no hub password of its own to hand on (sync setup --hub first)")
    return Invitation(role, password, "device")


def _pgpass_password(line: str) -> str | None:
    """The password of a pgpass line (the fifth field; `\\:` and `\\\\` escaped)."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields[4] if len(fields) == 5 else None


def _natural(name: str) -> tuple[tuple[int, int | str], ...]:
    """A name's sort key with its numbers as numbers: "Learner 2" before "Learner 10"."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold()) for part in re.split(r"(\d+)", name)
    )


def _checked_name(name: str, what: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_COHORT_NAME or any(ord(c) < 32 for c in name):
        raise InputError(f"{what}: 1 to {MAX_COHORT_NAME} characters, on one line")
    return name


def _figures(text: str) -> dict[str, Any] | None:
    """A share's figures; a share the learner's newer StudyTracker wrote in a shape this one does
    not know, or that is damaged, reads as nothing shared."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and data.get("format") == 1 else None
