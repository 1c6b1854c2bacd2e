"""A network receipt printer for tests: a TCP server on 127.0.0.1 (port 0) that records
the bytes it gets and answers ``DLE EOT n`` with scripted status bytes.

States: ``online``, ``paper_out``, ``cover_open``, ``paper_low``, ``silent`` (never answers
a status query), ``stalled`` (accepts the connection but never reads: writes time out).
Change ``state`` at any time ("paper back": ``printer.state = "online"``).
"""

from __future__ import annotations

import select
import socket
import threading
from types import TracebackType

# Replies to DLE EOT 1 (printer), 2 (offline cause), 4 (paper roll): fixed bits 0x12.
REPLIES = {
    "online": {1: 0x12, 2: 0x12, 4: 0x12},
    "paper_low": {1: 0x12, 2: 0x12, 4: 0x1E},
    "paper_out": {1: 0x1A, 2: 0x32, 4: 0x72},
    "cover_open": {1: 0x1A, 2: 0x16, 4: 0x12},
}
STATES = (*REPLIES, "silent", "stalled")


class FakePrinter:
    def __init__(self, state: str = "online") -> None:
        assert state in STATES
        self.state = state
        self.connections: list[bytearray] = []
        self._lock = threading.Condition()
        self._open = 0
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        if state == "stalled":
            self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.port = self._server.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._accepted: list[socket.socket] = []

    def uri(self, **options: object) -> str:
        query = "&".join(f"{key}={value}" for key, value in options.items())
        return f"tcp://127.0.0.1:{self.port}" + (f"?{query}" if query else "")

    @property
    def received(self) -> bytes:
        """Everything received on every connection, status queries included."""
        with self._lock:
            return b"".join(bytes(data) for data in self.connections)

    @property
    def jobs(self) -> list[bytes]:
        """What each connection sent, status queries removed (one receipt per connection).

        Waits (up to 2 s) for the connections the client has closed to be read to the end.
        """
        with self._lock:
            self._lock.wait_for(lambda: self._open == 0, timeout=2)
            out = []
            for data in self.connections:
                payload = bytes(data)
                for n in (1, 2, 4):
                    payload = payload.replace(b"\x10\x04" + bytes((n,)), b"")
                if payload:
                    out.append(payload)
            return out

    def start(self) -> FakePrinter:
        thread = threading.Thread(target=self._accept_loop, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._server], [], [], 0.02)
            if not ready:
                continue
            connection, _ = self._server.accept()
            self._accepted.append(connection)
            data = bytearray()
            with self._lock:
                self.connections.append(data)
                self._open += 1
            thread = threading.Thread(target=self._serve, args=(connection, data), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, connection: socket.socket, data: bytearray) -> None:
        try:
            self._read(connection, data)
        finally:
            with self._lock:
                self._open -= 1
                self._lock.notify_all()

    def _read(self, connection: socket.socket, data: bytearray) -> None:
        answered = 0
        with connection:
            while not self._stop.is_set():
                if self.state == "stalled":
                    self._stop.wait(0.02)
                    continue
                ready, _, _ = select.select([connection], [], [], 0.02)
                if not ready:
                    continue
                try:
                    chunk = connection.recv(65536)
                except OSError:
                    return
                if not chunk:
                    return
                with self._lock:
                    data.extend(chunk)
                    tail = bytes(data[-3:])
                    length = len(data)
                # A query is sent alone and waited for, so it ends what has arrived.
                if length > answered and tail[:2] == b"\x10\x04" and tail[2] in (1, 2, 4):
                    answered = length
                    replies = REPLIES.get(self.state)
                    if replies is not None:
                        connection.sendall(bytes((replies[tail[2]],)))

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        for connection in self._accepted:
            connection.close()
        self._server.close()

    def __enter__(self) -> FakePrinter:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
