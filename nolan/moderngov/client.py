"""Fetching one answer from a Modern.gov web service, bounded in time and size.

A council's site can be slow, down, or answer with something that is not the service's
XML; none of that may hang a sync or fill the server's memory. So each call has one
deadline for the whole answer (``MODERNGOV_TIMEOUT_SECONDS``, not merely per read) and a
ceiling on its size (``MODERNGOV_MAX_RESPONSE_BYTES``), redirects are refused (an address
that moved is for the officer to correct, and a redirect could lead anywhere), and with
DEBUG off only HTTPS is spoken. Refusals are ``FetchError`` with a stable ``code``.
"""

import http.client
import time
from collections.abc import Mapping
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from django.conf import settings

_CHUNK = 64 * 1024


class FetchError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError for the 3xx, which says where it points


_OPENER = build_opener(_NoRedirect)


def call_url(base_url: str, call: str, params: Mapping[str, str]) -> str:
    query = "?" + urlencode(params, safe="/") if params else ""
    return f"{base_url.rstrip('/')}/mgWebService.asmx/{call}{query}"


def fetch(base_url: str, call: str, params: Mapping[str, str]) -> bytes:
    url = call_url(base_url, call, params)
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("bad-address", f"{base_url!r} is not a web address")
    if scheme != "https" and not settings.DEBUG:
        raise FetchError(
            "not-https", "Modern.gov is read over HTTPS only; give its https:// address"
        )
    timeout = settings.MODERNGOV_TIMEOUT_SECONDS
    limit = settings.MODERNGOV_MAX_RESPONSE_BYTES
    deadline = time.monotonic() + timeout
    request = Request(  # noqa: S310 (the scheme is checked above)
        url, headers={"User-Agent": "Nolan (Modern.gov sync)", "Accept": "text/xml"}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            chunks, size = [], 0
            while chunk := response.read1(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError("too-large", f"the answer is larger than {limit:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchError("timeout", f"no complete answer within {timeout} s")
                chunks.append(chunk)
            if response.length:  # the connection closed short of the promised length
                raise FetchError("truncated", "the answer stopped before its end")
            return b"".join(chunks)
    except HTTPError as error:
        if 300 <= error.code < 400:
            where = error.headers.get("Location", "elsewhere")
            raise FetchError("redirected", f"the site redirects to {where}") from None
        raise FetchError("http-error", f"the site answered HTTP {error.code}") from None
    except http.client.IncompleteRead:
        raise FetchError("truncated", "the answer stopped before its end") from None
    except TimeoutError:
        raise FetchError("timeout", f"no answer within {timeout} s") from None
    except URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError("timeout", f"no answer within {timeout} s") from None
        raise FetchError("unreachable", f"the site could not be reached ({error.reason})") from None
    except (http.client.HTTPException, OSError) as error:
        raise FetchError("unreachable", f"the connection failed ({error})") from None
