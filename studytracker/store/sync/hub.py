"""A PostgreSQL hub (`postgresql://user@host/db`): devices push their operations and pull the
others' in transactions; replication and backups are PostgreSQL's own.

The hub's address is kept without its password: a password given in the address goes to a
pgpass file in the data folder (the learner's alone, 0600), which PostgreSQL's own client reads;
TLS settings in the address (`?sslmode=require`) are PostgreSQL's own too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studytracker.store.errors import InputError, StoreError
from studytracker.store.safety import private_file
from studytracker.store.sync.hub_models import (
    HUB_HEAD,
    HUB_VERSION_TABLE,
    HubDevice,
    HubOperation,
    current_role,
)
from studytracker.store.sync.operations import DamagedOperation, Operation
from studytracker.store.sync.transport import DeviceSeen, Fetched

if TYPE_CHECKING:
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import DBAPIError

PASSFILE_NAME = "sync-hub.pgpass"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "hub_migrations"
#: PostgreSQL's error codes the learner can act on, in their words.
HUB_FAILURES = {
    "25006": "the hub is read-only (a standby, or a read-only account)",
    "53100": "the hub's disk is full",
    "53200": "the hub is out of memory",
    "28P01": "the hub refused the password",
    "28000": "the hub refused this user",
    "3D000": "the hub has no such database",
    "42501": "this user may not do that on the hub",
}


def _escape(part: str) -> str:
    return part.replace("\\", "\\\\").replace(":", "\\:")


def parse_hub_url(url: str) -> URL:
    """A hub's address, checked: postgresql://user@host/database."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    wrong = InputError(f"--hub {url!r}: not a PostgreSQL address (postgresql://user@host/database)")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise wrong from None
    if parsed.get_backend_name() != "postgresql" or not parsed.host or not parsed.database:
        raise wrong
    return parsed


def hub_address(url: str, data_dir: Path) -> str:
    """The hub's address as kept in the settings: checked, and without its password (which goes
    to the data folder's pgpass file)."""
    parsed = parse_hub_url(url)
    if parsed.password is not None:
        user = parsed.username or ""
        line = ":".join(
            _escape(part)
            for part in (
                str(parsed.host),
                str(parsed.port or 5432),
                str(parsed.database),
                user,
                str(parsed.password),
            )
        )
        passfile = data_dir / PASSFILE_NAME
        private_file(passfile)
        passfile.write_text(line + "\n", encoding="utf-8")
    # (URL.set ignores a None; the URL is a named tuple, and _replace is its public way to clear one)
    return parsed._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)


def refused_code(error: DBAPIError) -> str | None:
    """The error's SQLSTATE; a password refused while connecting has none, only its words."""
    code = getattr(error.orig, "sqlstate", None)
    if code is None and "password authentication failed" in str(error.orig):
        return "28P01"
    return code


def hub_failure(error: DBAPIError) -> str:
    """A database error from the hub in words the learner can act on."""
    from sqlalchemy.exc import OperationalError

    code = refused_code(error)
    reason = HUB_FAILURES.get(code or "")
    if reason is None:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        if isinstance(error, OperationalError) or error.connection_invalidated:
            reason = f"cannot reach it ({reason})"
    return reason


def forget_password(data_dir: Path) -> None:
    (data_dir / PASSFILE_NAME).unlink(missing_ok=True)


class HubTransport:
    """Operations in the hub's `studytracker_operation` table, one row each."""

    def __init__(self, address: str, data_dir: Path) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        url = make_url(address).set(drivername="postgresql+psycopg")
        self.where = f"hub {url.host}:{url.port or 5432}/{url.database}"
        connect_args: dict[str, Any] = {"connect_timeout": 10, "application_name": "StudyTracker"}
        passfile = data_dir / PASSFILE_NAME
        if passfile.is_file():
            connect_args["passfile"] = str(passfile)
        self.engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        self.guard(self._migrate)

    def close(self) -> None:
        self.engine.dispose()

    def guard(self, action: Any, *args: Any) -> Any:
        """Run a step against the hub; its failure as the one-line error the learner can act on."""
        from sqlalchemy.exc import DBAPIError

        try:
            return action(*args)
        except DBAPIError as error:
            raise StoreError(
                f"{self.where}: {hub_failure(error)}; what you study is kept here and syncs later"
            ) from None

    def _migrate(self) -> None:
        """Create or upgrade the hub's tables; a hub set up by a newer StudyTracker is refused."""
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory
        from sqlalchemy import inspect, text

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        with self.engine.begin() as connection:
            if inspect(connection).has_table(HUB_VERSION_TABLE):
                current = connection.execute(text(f"SELECT version_num FROM {HUB_VERSION_TABLE}")).scalar()
                if current == HUB_HEAD:
                    return
                if current is not None and current not in known:
                    raise StoreError(
                        f"{self.where}: set up by a newer StudyTracker; update StudyTracker on this device"
                    )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def devices(self) -> list[DeviceSeen]:
        from sqlalchemy import func, select

        def read() -> list[DeviceSeen]:
            with self.engine.connect() as connection:
                # (row-level security keeps a role to its own rows; the hub's owner or a
                # superuser sees everyone's, so its own are asked for by name as well)
                heads = connection.execute(
                    select(HubOperation.device, func.max(HubOperation.seq))
                    .where(HubOperation.owner == current_role())
                    .group_by(HubOperation.device)
                ).all()
                names = {
                    row.device: row
                    for row in connection.execute(
                        select(HubDevice).where(HubDevice.owner == current_role())
                    ).all()
                }
            return [
                DeviceSeen(
                    device,
                    int(last),
                    names[device].name if device in names else "",
                    names[device].last_seen if device in names else None,
                )
                for device, last in heads
            ]

        return list(self.guard(read))

    def fetch(self, device: str, after_seq: int, limit: int) -> Fetched:
        from sqlalchemy import select

        def read() -> Fetched:
            with self.engine.connect() as connection:
                rows = connection.execute(
                    select(HubOperation)
                    .where(
                        HubOperation.owner == current_role(),
                        HubOperation.device == device,
                        HubOperation.seq > after_seq,
                    )
                    .order_by(HubOperation.seq)
                    .limit(limit)
                ).all()
            fetched = Fetched()
            expected = after_seq + 1
            for row in rows:
                if row.seq != expected:
                    break  # never a gap: a device pushes its operations in order
                try:
                    item = {
                        "device": row.device,
                        "seq": row.seq,
                        "hlc": row.hlc,
                        "schema": row.schema,
                        "kind": row.kind,
                        "key": row.key,
                        "data": None if row.data is None else json.loads(row.data),
                    }
                    fetched.operations.append(Operation.from_json(item, f"{self.where}: {device}#{row.seq}"))
                except (ValueError, RecursionError, DamagedOperation) as error:
                    fetched.problems.append(f"{error}; skipped (nothing after it was applied)")
                    break
                expected += 1
            return fetched

        result: Fetched = self.guard(read)
        return result

    def put(self, device: str, device_name: str, operations: list[Operation], written_at: str) -> None:
        from sqlalchemy.dialects.postgresql import insert

        def write() -> None:
            with self.engine.begin() as connection:
                connection.execute(
                    insert(HubOperation).on_conflict_do_nothing(),
                    [
                        {
                            "device": op.device,
                            "seq": op.seq,
                            "hlc": op.hlc,
                            "schema": op.schema,
                            "kind": op.kind,
                            "key": op.key,
                            "data": None if op.data is None else json.dumps(op.data, ensure_ascii=False),
                        }
                        for op in operations
                    ],
                )
                statement = insert(HubDevice).values(device=device, name=device_name, last_seen=written_at)
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=[HubDevice.owner, HubDevice.device],
                        set_={"name": statement.excluded.name, "last_seen": statement.excluded.last_seen},
                    )
                )

        if operations:
            self.guard(write)
