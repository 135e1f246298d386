"""One window per data folder: a lock file, and a local socket by which a second start asks the
first window to come to the front."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from studytracker.paths import LOCK_NAME

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


#: Longer socket paths do not fit a Unix socket address (108 bytes with its end).
MAX_SOCKET_PATH = 100


def _server_name(data_dir: Path) -> str:
    """The window's socket: in the learner's runtime folder (private to them, emptied at log-out),
    else in the data folder itself; never under a predictable name in the shared /tmp."""
    import hashlib  # here, not at the top: the lock is taken before the first paint, this after

    from PySide6.QtCore import QStandardPaths

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    for folder in (runtime, str(data_dir)):
        path = Path(folder) / f"studytracker-{digest}.socket"
        if folder and len(str(path)) <= MAX_SOCKET_PATH:
            return str(path)
    return f"studytracker-{digest}"  # Qt's own place; the socket is still the user's alone


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # a lock left by a crashed window is taken over (its pid is gone)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder; False when another window has it. Then `listen`."""
        return self.lock.tryLock(200)

    def listen(self) -> None:
        """Answer a second start's request to come to the front. (QtNetwork is imported here,
        after the window's first paint: it is not needed for that.)"""
        from PySide6.QtNetwork import QLocalServer

        name = _server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket left behind by a crash (the lock is ours now)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if self.server.listen(name):
            self.server.newConnection.connect(self._connected)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _connected(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.raise_requested.emit()

    def holder_pid(self) -> int | None:
        pid, _host, _app = self.lock.getLockInfo()
        return pid or None

    def ask_running_to_raise(self, timeout_ms: int = 1000) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        socket.connectToServer(_server_name(self.data_dir))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True
