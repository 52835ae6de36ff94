"""Fetching one page for POST /analyze {"url": …}: only public http(s) addresses, checked again on
every redirect, against one deadline for the whole fetch (connects, redirects and the slowest drip).
"""
from __future__ import annotations

# Why not urllib's opener: it resolves the host once to check it and again to connect (a DNS
# answer can change in between), follows redirects to any scheme and host, and its timeout is per
# socket operation, so a page that sends a byte every few seconds never times out. Here the host
# is resolved once, every address it has must be public, and the connection goes to that checked
# address (TLS still verifies the host name); each redirect is a new URL that goes through the
# same checks; each read gets only the time left.

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin, urlsplit

from .. import __version__

USER_AGENT = f"newsfacts/{__version__} (fetching one article to analyse)"
MAX_REDIRECTS = 5
CHUNK = 65_536


class FetchError(Exception):
    """A URL that could not be fetched: status says how the server answers (403, 422, 502, 504)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class FetchPolicy:
    """The limits of one fetch. `allow` names addresses ("ip" or "ip:port") that may be fetched
    although they are not public: an operator's own intranet site, or a test server."""

    timeout_s: float = 10.0
    max_bytes: int = 5_000_000
    allow: tuple[str, ...] = ()


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an absolute http(s) URL; FetchError 422 otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(422, f"not an http(s) URL: {url[:200]!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(422, f"not a valid port in {url[:200]!r}") from None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path


def public_address(host: str, port: int, policy: FetchPolicy, deadline: float) -> str:
    """The address to connect to; FetchError 403 when any address of host is not public (loopback in
    any spelling, private, link-local, multicast, reserved, unspecified) and not allowed."""
    if time.monotonic() >= deadline:
        raise FetchError(504, f"fetching the URL took longer than {policy.timeout_s:g} s")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(502, f"cannot resolve {host[:100]!r}: {err}") from None
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        if not _allowed(address, port, policy) and not _is_public(address):
            raise FetchError(403, f"refusing to fetch {host[:100]!r}: it resolves to {address}, which is not a "
                                  "public address")
    return addresses[0]


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _allowed(address: str, port: int, policy: FetchPolicy) -> bool:
    return address in policy.allow or f"{address}:{port}" in policy.allow


def fetch(url: str, policy: FetchPolicy) -> tuple[bytes, Optional[str], str]:
    """(body, content type, final URL) of url, following at most MAX_REDIRECTS checked redirects."""
    deadline = time.monotonic() + policy.timeout_s
    for _ in range(MAX_REDIRECTS + 1):
        status, headers, body = _get(url, policy, deadline)
        if status in (301, 302, 303, 307, 308):
            location = headers.get("Location")
            if not location:
                raise FetchError(502, f"the server answered HTTP {status} without a Location")
            url = urljoin(url, location)
            continue
        if status >= 400:
            raise FetchError(502, f"the server answered HTTP {status}")
        return body, headers.get("Content-Type"), url
    raise FetchError(502, f"more than {MAX_REDIRECTS} redirects")


def _get(url: str, policy: FetchPolicy, deadline: float) -> tuple[int, http.client.HTTPMessage, bytes]:
    scheme, host, port, path = check_url(url)
    address = public_address(host, port, policy, deadline)
    connection = _connection(scheme, host, address, port, _left(deadline, policy))
    watchdog = None
    try:
        connection.connect()
        # Socket timeouts bound each read, not their sum; the watchdog cuts the socket at the
        # deadline, so a server that drips its headers or body still answers within it.
        watchdog = threading.Timer(_left(deadline, policy), _cut, args=(connection.sock,))
        watchdog.daemon = True
        watchdog.start()
        connection.request("GET", path, headers={"Host": _host_header(host, port, scheme), "User-Agent": USER_AGENT,
                                                 "Accept": "text/html, text/plain;q=0.9, */*;q=0.5"})
        response = connection.getresponse()
        if response.status in (301, 302, 303, 307, 308) or response.status >= 400:
            return response.status, response.headers, b""
        return response.status, response.headers, _read(response, policy, deadline)
    except FetchError:
        raise
    except (OSError, http.client.HTTPException) as err:
        if isinstance(err, TimeoutError) or time.monotonic() >= deadline:
            raise FetchError(504, f"fetching the URL took longer than {policy.timeout_s:g} s") from None
        raise FetchError(502, f"cannot fetch the URL: {type(err).__name__}: {str(err)[:200]}") from None
    finally:
        if watchdog is not None:
            watchdog.cancel()
        connection.close()


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _read(response: http.client.HTTPResponse, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(502, f"the page is over the fetch limit of {policy.max_bytes:,} bytes")
    chunks, size = [], 0
    while True:
        chunk = response.read1(CHUNK)
        if not chunk:
            if time.monotonic() >= deadline:  # the watchdog cut a page that was still arriving
                raise FetchError(504, f"fetching the URL took longer than {policy.timeout_s:g} s")
            return b"".join(chunks)
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(502, f"the page is over the fetch limit of {policy.max_bytes:,} bytes")
        chunks.append(chunk)


def _left(deadline: float, policy: FetchPolicy) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(504, f"fetching the URL took longer than {policy.timeout_s:g} s")
    return left


def _host_header(host: str, port: int, scheme: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return shown if port == (443 if scheme == "https" else 80) else f"{shown}:{port}"


def _connection(scheme: str, host: str, address: str, port: int, timeout: float) -> http.client.HTTPConnection:
    """A connection to the checked address; for https the certificate is verified against host."""
    if scheme == "http":
        return _PinnedHTTP(host, address, port, timeout)
    return _PinnedHTTPS(host, address, port, timeout)


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)
