"""Fetching one answer from a Modern.gov web service, bounded in time and size.

A council's site can be slow, down, or answer with something that is not the service's
XML; none of that may hang a sync or fill the server's memory. So:

- each call has one deadline for everything (``MODERNGOV_TIMEOUT_SECONDS``): when it
  passes, the connection is shut wherever the call is waiting, so a site that sends its
  status line, headers or body a byte at a time cannot hold a sync beyond it;
- an answer larger than ``MODERNGOV_MAX_RESPONSE_BYTES`` is refused as it arrives;
- redirects are refused (an address that moved is for the officer to correct, and a
  redirect could lead anywhere), and with DEBUG off only HTTPS is spoken;
- unless ``MODERNGOV_ALLOW_PRIVATE_ADDRESSES`` is on (it follows DEBUG), a site whose name
  leads to a loopback, private, link-local or otherwise non-public address is never asked.
  The address is typed by a council's officer and the sync runs on Nolan's server, whose
  network and the cloud's metadata address are no business of any council; and the sync
  log would tell the officer how each internal address answered. The check is made on the
  address actually connected to, after the name is looked up, so a name that changes its
  answer between a check and the connection gains nothing. For the same reason Nolan
  connects directly, never through a proxy named in the environment.

Refusals are ``FetchError`` with a stable ``code``.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
from collections.abc import Mapping
from functools import partial
from urllib.parse import urlencode, urlsplit

from django.conf import settings

from nolan.core.errors import Refused

_CHUNK = 64 * 1024


class FetchError(Refused):
    """A call refused, or not answered within the limits set out above; ``code`` is stable."""


def call_url(base_url: str, call: str, params: Mapping[str, str]) -> str:
    query = "?" + urlencode(params, safe="/") if params else ""
    return f"{base_url.rstrip('/')}/mgWebService.asmx/{call}{query}"


class _Deadline:
    """One call's deadline: once it passes, every connection the call made is shut down.

    A socket's own time-out bounds each wait, not their sum, so it cannot stop a site
    that sends a byte just before each one would expire. Shutting the connection from a
    timer wakes whatever read is waiting. A duplicate of each socket's descriptor is kept
    because TLS takes over the original socket object; both name the same connection.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            watched = sock.dup()
            self._sockets.append(watched)
            if self.expired:
                _shut(watched)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # not connected yet, or already closed: nothing is waiting on it
        pass


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip.is_global and not ip.is_multicast


def _connect(
    address: tuple[str, int],
    timeout: float,
    source_address: tuple[str, int] | None = None,
    *,
    deadline: _Deadline,
) -> socket.socket:
    """``socket.create_connection`` that refuses non-public addresses and obeys the deadline."""
    host, port = address
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise FetchError("unreachable", f"{host} could not be found ({error})") from None
    if not settings.MODERNGOV_ALLOW_PRIVATE_ADDRESSES:
        inside = [info[4][0] for info in found if not _public(info[4][0])]
        if inside:
            raise FetchError(
                "private-address",
                f"{host} is at {inside[0]}, which is not a public address; "
                "Nolan reads only a council's public Modern.gov site",
            )
    failure: OSError | None = None
    for family, kind, proto, _, where in found:
        sock = socket.socket(family, kind, proto)
        try:
            deadline.watch(sock)
            sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(where)
            return sock
        except OSError as error:
            sock.close()
            failure = error
    raise failure or OSError(f"no address for {host}")


class _Connection(http.client.HTTPConnection):
    def __init__(self, netloc: str, *, timeout: float, deadline: _Deadline) -> None:
        super().__init__(netloc, timeout=timeout)
        self._create_connection = partial(_connect, deadline=deadline)


class _SecureConnection(http.client.HTTPSConnection):
    def __init__(self, netloc: str, *, timeout: float, deadline: _Deadline) -> None:
        super().__init__(netloc, timeout=timeout, context=ssl.create_default_context())
        self._create_connection = partial(_connect, deadline=deadline)


def fetch(base_url: str, call: str, params: Mapping[str, str]) -> bytes:
    url = call_url(base_url, call, params)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("bad-address", f"{base_url!r} is not a web address")
    if scheme != "https" and not settings.DEBUG:
        raise FetchError(
            "not-https", "Modern.gov is read over HTTPS only; give its https:// address"
        )
    try:
        parts.port  # noqa: B018 (urlsplit checks the port only when asked for it)
    except ValueError:
        raise FetchError("bad-address", f"{base_url!r} has no valid port") from None
    if not parts.hostname or "@" in parts.netloc:
        raise FetchError("bad-address", f"{base_url!r} is not a site's address")
    timeout = settings.MODERNGOV_TIMEOUT_SECONDS
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection_class = _SecureConnection if scheme == "https" else _Connection
    with _Deadline(timeout) as deadline:
        connection = connection_class(parts.netloc, timeout=timeout, deadline=deadline)
        try:
            return _get(connection, target, deadline)
        except FetchError:
            raise
        except (http.client.HTTPException, OSError) as error:
            if deadline.expired or isinstance(error, TimeoutError):
                raise FetchError("timeout", f"no complete answer within {timeout} s") from None
            if isinstance(error, http.client.IncompleteRead):
                raise FetchError("truncated", "the answer stopped before its end") from None
            raise FetchError("unreachable", f"the connection failed ({error})") from None
        finally:
            connection.close()


def _get(connection: http.client.HTTPConnection, target: str, deadline: _Deadline) -> bytes:
    limit = settings.MODERNGOV_MAX_RESPONSE_BYTES
    connection.request(
        "GET", target, headers={"User-Agent": "Nolan (Modern.gov sync)", "Accept": "text/xml"}
    )
    response = connection.getresponse()
    if 300 <= response.status < 400:
        where = response.getheader("Location", "elsewhere")
        raise FetchError("redirected", f"the site redirects to {where}")
    if response.status != 200:
        raise FetchError("http-error", f"the site answered HTTP {response.status}")
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise FetchError("too-large", f"the answer is larger than {limit:,} bytes")
        chunks.append(chunk)
    if deadline.expired:  # the deadline shut the connection: what came is not the answer
        raise TimeoutError
    if response.length:  # the connection closed short of the promised length
        raise FetchError("truncated", "the answer stopped before its end")
    return b"".join(chunks)
