"""The URL fetcher refuses what a server-side request must never reach: loopback in every spelling,
link-local and private addresses, other schemes, and redirects to any of them; one deadline bounds
the whole fetch, however slowly a page drips. Only servers on 127.0.0.1 made by these tests are hit.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsfacts.web.fetch import FetchError, FetchPolicy, fetch

PAGE = "<html><body><p>外交部发言人周一表示，中方欢迎各方对话。</p></body></html>".encode("utf-8")


def _serve(handler_get):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            handler_get(self)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def other_site():
    """A second local server: the target of the redirects below."""
    def get(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        request.wfile.write(PAGE)

    server, address = _serve(get)
    yield address
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def site(other_site):
    """Pages, redirects (to the other local server, to ftp, to link-local) and a page that drips."""
    def get(request):
        targets = {"/to-other": f"http://{other_site}/", "/to-ftp": f"ftp://{other_site}/",
                   "/to-metadata": "http://169.254.169.254/latest/meta-data/", "/to-self": "/page",
                   "/loop": "/loop"}
        if request.path in targets:
            request.send_response(302)
            request.send_header("Location", targets[request.path])
            request.end_headers()
            return
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        if request.path == "/drip":
            for _ in range(40):  # one byte every 0.1 s: no single read ever waits long
                request.wfile.write(b"x")
                request.wfile.flush()
                time.sleep(0.1)
            return
        request.wfile.write(PAGE)

    server, address = _serve(get)
    yield address
    server.shutdown()
    server.server_close()


def _policy(site, **kw):
    return FetchPolicy(allow=(site,), **kw)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "0x7f000001", "2130706433", "127.1", "[::1]",
                                  "169.254.169.254", "10.0.0.1", "192.168.1.1", "0.0.0.0", "[::ffff:127.0.0.1]"])
def test_loopback_private_and_link_local_are_refused_before_connecting(host):
    began = time.monotonic()
    with pytest.raises(FetchError) as refused:
        fetch(f"http://{host}:9/", FetchPolicy(timeout_s=5))
    assert refused.value.status == 403 and "not a public address" in refused.value.reason
    assert time.monotonic() - began < 1  # refused on the address, not after a connection attempt


@pytest.mark.parametrize("url", ["ftp://example.org/", "file:///etc/passwd", "gopher://example.org/", "http:///x"])
def test_other_schemes_are_refused(url):
    with pytest.raises(FetchError) as refused:
        fetch(url, FetchPolicy())
    assert refused.value.status == 422


def test_an_allowed_page_and_a_redirect_within_it_are_fetched(site):
    body, kind, final = fetch(f"http://{site}/to-self", _policy(site))
    assert body == PAGE and "html" in kind and final.endswith("/page")


@pytest.mark.parametrize("path,status", [("/to-other", 403), ("/to-metadata", 403), ("/to-ftp", 422)])
def test_every_redirect_is_checked_again(site, path, status):
    with pytest.raises(FetchError) as refused:
        fetch(f"http://{site}{path}", _policy(site))
    assert refused.value.status == status


def test_a_redirect_loop_ends(site):
    with pytest.raises(FetchError) as refused:
        fetch(f"http://{site}/loop", _policy(site))
    assert refused.value.status == 502 and "redirects" in refused.value.reason


def test_a_dripping_page_is_cut_at_the_total_deadline(site):
    began = time.monotonic()
    with pytest.raises(FetchError) as slow:
        fetch(f"http://{site}/drip", _policy(site, timeout_s=1.0))
    assert slow.value.status == 504
    assert time.monotonic() - began < 2.0  # the page would take 4 s; each read alone is fast
