"""A PostgreSQL server of its own on 127.0.0.1, for the sync tests and the benchmark: Debian's
PostgreSQL (`.ci/run` installs it), in a fresh folder, run by a user other than root when the
caller is root (initdb refuses root), with a password (scram-sha-256), stopped on exit.

    with local_postgres("hubadmin", "secret") as port:
        ...  # postgresql://hubadmin:secret@127.0.0.1:{port}/postgres
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ServerError(Exception):
    """The server could not be started: what failed, with the end of its log."""


def postgres_binary(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if found:
        return str(found[-1])
    path = shutil.which(name)
    if path is None:
        raise ServerError(f"PostgreSQL's {name} is not installed (.ci/run installs Debian's postgresql)")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unprivileged_user() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ServerError("no unprivileged user (postgres or nobody) to run PostgreSQL as")


@contextmanager
def local_postgres(user: str, password: str) -> Iterator[int]:
    """Start a server; its port. It is stopped, and its folder removed, on leaving."""
    initdb, pg_ctl = postgres_binary("initdb"), postgres_binary("pg_ctl")
    # Not under the caller's temporary folder: that may be readable by its owner alone.
    folder = Path(
        tempfile.mkdtemp(prefix="studytracker-postgres-", dir="/tmp" if os.path.isdir("/tmp") else None)
    )
    run_as: dict[str, object] = {}
    password_file = folder / "password"
    password_file.write_text(password + "\n")
    if os.geteuid() == 0:
        entry = _unprivileged_user()
        for path in (folder, password_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        run_as = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    folder.chmod(0o700)
    data, log, port = folder / "data", folder / "log", _free_port()

    def run(*command: str) -> None:
        done = subprocess.run(command, capture_output=True, text=True, cwd=folder, timeout=120, **run_as)  # type: ignore[call-overload]
        if done.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServerError(
                f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr.strip()} {tail}"
            )

    try:
        run(
            initdb,
            "-D",
            str(data),
            "-U",
            user,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400"
        run(pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
        yield port
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, **run_as
            )  # type: ignore[call-overload]
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    """`python tools/local_postgres.py USER PASSWORD`: start a server, print its port, and keep it
    until stopped (SIGTERM or SIGINT), for a shell script's test (tools/smoke_dist.sh)."""
    import signal
    import sys

    if len(argv) != 3:
        print(main.__doc__, file=sys.stderr)
        return 2

    def stop(_signal: int, _frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    try:
        with local_postgres(argv[1], argv[2]) as port:
            print(port, flush=True)
            signal.pause()  # (stop raises SystemExit, which leaves the block and stops the server)
    except ServerError as error:
        print(f"local_postgres: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv))
