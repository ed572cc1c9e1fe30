"""A stand-in Modern.gov: a local HTTP server answering the four calls from recorded XML.

``answers`` maps a call to its answer: "GetCouncillorsByWard", "GetCommittees",
"GetMeetings-<committee id>" and "GetMeeting-<meeting id>". An answer is bytes (200), or
an ``Answer`` for a status (and a redirect's Location), a delay, a body cut short of its
Content-Length, or a whole answer, headers included, sent a byte at a time. Every request
is kept in ``requests``, so a test can say which calls were made.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parent / "data"
PREFIX = "/mgWebService.asmx/"


@dataclass(frozen=True)
class Answer:
    body: bytes = b""
    status: int = 200
    delay: float = 0.0  # seconds before the body is sent
    claimed_length: int | None = None  # a Content-Length longer than the body: cut short
    location: str = ""  # where a 3xx answer points
    drip: float = 0.0  # seconds between bytes of the whole answer, status line onwards


def recorded() -> dict[str, bytes | Answer]:
    """The recorded answers in tests/moderngov/data, by call."""
    return {path.stem: path.read_bytes() for path in DATA.glob("Get*.xml")}


def _key(path: str) -> str:
    parts = urlsplit(path)
    call = parts.path.removeprefix(PREFIX)
    query = parse_qs(parts.query)
    if call == "GetMeetings":
        return f"GetMeetings-{query.get('lCommitteeId', [''])[0]}"
    if call == "GetMeeting":
        return f"GetMeeting-{query.get('lMeetingId', [''])[0]}"
    return call


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        answer = self.server.answers.get(_key(self.path)) if self.path.startswith(PREFIX) else None
        if answer is None:
            answer = Answer(b"<html>Not found</html>", status=404)
        elif isinstance(answer, bytes):
            answer = Answer(answer)
        time.sleep(answer.delay)
        if answer.drip:
            self._drip(answer)
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(answer.claimed_length or len(answer.body)))
        if answer.location:
            self.send_header("Location", answer.location)
        self.end_headers()
        try:
            self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass

    def _drip(self, answer: Answer) -> None:
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n"
            f"Content-Length: {len(answer.body)}\r\nX-Padding: {'.' * 100}\r\n\r\n"
        )
        try:
            for byte in head.encode() + answer.body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(answer.drip)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests say what matters."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answers: dict[str, bytes | Answer]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers = answers
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def modern_gov(answers: dict[str, bytes | Answer] | None = None) -> Iterator[_Server]:
    server = _Server(recorded() if answers is None else answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
