"""A TCP proxy on 127.0.0.1 that breaks HTTP exchanges the way bad networks do.

Each connection carries one request (every response is rewritten to ``Connection: close``,
so the client opens a new connection per request and each request meets its own luck):

- ``pass``: forwarded, answered;
- ``drop``: the connection is reset before the request reaches the platform;
- ``lose``: the platform gets the request and answers; the answer is lost (reset);
- ``cut``: the platform answers; half the answer arrives, then a reset;
- ``unavailable``: a 503 from "a load balancer", the platform never saw the request;
- ``bad_gateway``: the platform handled the request, the client gets a 502;
- ``delay``: forwarded after a pause (sometimes longer than the client waits).

The fake is the network, nothing else: bytes in, bytes out. ``counts`` says what happened.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
from collections import Counter
from types import TracebackType

FAULTS = ("pass", "drop", "lose", "cut", "unavailable", "bad_gateway", "delay")
PROBLEM = b'{"type":"about:blank","title":"Service Unavailable","status":%d,"detail":"fault proxy"}'


def _read_message(sock: socket.socket) -> bytes | None:
    """One HTTP/1.1 message (headers and a Content-Length body), or None at EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise ValueError("chunked messages are not expected from the platform")
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _closing(response: bytes) -> bytes:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


def _canned(status: int, reason: bytes) -> bytes:
    body = PROBLEM % status
    return (
        b"HTTP/1.1 %d %s\r\nContent-Type: application/problem+json\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % (status, reason, len(body))
    ) + body


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0): the peer sees 'connection reset', not a clean end."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int,
        weights: dict[str, float] | None = None,
        longest_delay: float = 0.8,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.weights = weights or {
            "pass": 52,
            "drop": 8,
            "lose": 9,
            "cut": 8,
            "unavailable": 8,
            "bad_gateway": 7,
            "delay": 8,
        }
        self.longest_delay = longest_delay
        self.enabled = True
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.port = self._server.getsockname()[1]
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _choose(self) -> tuple[str, float]:
        with self._lock:
            if not self.enabled:
                return "pass", 0.0
            fault = self.rng.choices(list(self.weights), list(self.weights.values()))[0]
            delay = self.rng.uniform(0.02, self.longest_delay) if fault == "delay" else 0.0
            self.counts[fault] += 1
            return fault, delay

    def start(self) -> FaultProxy:
        thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, client: socket.socket) -> None:
        try:
            self._exchange(client)
        except OSError:
            client.close()  # the client gave up first (its timeout): nothing to do

    def _exchange(self, client: socket.socket) -> None:
        client.settimeout(10)
        request = _read_message(client)
        if request is None:
            client.close()
            return
        fault, delay = self._choose()
        if fault == "drop":
            _reset(client)
            return
        if fault == "unavailable":
            client.sendall(_canned(503, b"Service Unavailable"))
            client.close()
            return
        if delay:
            self._stop.wait(delay)  # a slow link; the client may time out meanwhile
        with socket.create_connection(self.upstream, timeout=30) as upstream:
            upstream.sendall(request)
            response = _read_message(upstream)
        if response is None or fault == "lose":
            _reset(client)
            return
        if fault == "cut":
            client.sendall(response[: max(1, len(response) // 2)])
            _reset(client)
            return
        if fault == "bad_gateway":
            client.sendall(_canned(502, b"Bad Gateway"))
        else:
            client.sendall(_closing(response))
        client.close()

    def stop(self) -> None:
        self._stop.set()
        self._server.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
