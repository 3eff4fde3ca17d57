"""A local stand-in for the trade register's open data API (YTJ, version 3).

It serves the recorded answers of ``tests/data/trade_register`` the way the real API
answers ``/companies``: ``?businessId=`` gives ``company_<id>.json``, ``?name=`` gives
``search_<name>.json``, and an unknown company an empty result. A test can make it fail
the ways the real one may: an HTTP status, a slow answer, a body that is not JSON, or an
answer in a changed format. It listens on 127.0.0.1 on a free port, in a thread.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

DATA = Path(__file__).resolve().parent / "data" / "trade_register"
API_PATH = "/opendata-ytj-api/v3"


class RecordedRegister:
    """The server and how it answers now.

    Attributes:
        status: HTTP status of every answer; 200 serves the recorded data.
        delay: Seconds to wait before answering.
        body: A fixed body to send instead of the recorded data (not JSON, say).
        answer_file: A recorded file to send for every request (a changed format).
        requests: The query strings asked, in order.
    """

    def __init__(self) -> None:
        self.status = 200
        self.delay = 0.0
        self.body: bytes | None = None
        self.answer_file = ""
        self.requests: list[dict[str, str]] = []
        self._release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.register = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{API_PATH}"

    def __enter__(self) -> RecordedRegister:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._release.set()  # a slow answer stops waiting
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def wait(self) -> None:
        if self.delay:
            self._release.wait(self.delay)

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, str, bytes]:
        """Status, content type and body for a request."""
        if path != f"{API_PATH}/companies":
            return 404, "application/json", _error(404, "Not found")
        self.requests.append(query)
        if self.status == 429:
            return 429, "text/plain", b"Too many requests"
        if self.status != 200:
            return self.status, "application/json", _error(self.status, "Server error")
        if self.body is not None:
            return 200, "text/html", self.body
        return 200, "application/json", (DATA / self._file(query)).read_bytes()

    def _file(self, query: dict[str, str]) -> str:
        if self.answer_file:
            return self.answer_file
        candidates = []
        if "businessId" in query:
            candidates.append(f"company_{query['businessId']}.json")
        if "name" in query:
            candidates.append(f"search_{query['name'].casefold()}.json")
        return next((c for c in candidates if (DATA / c).is_file()), "empty.json")


def _error(status: int, message: str) -> bytes:
    """The API's ErrorResponse."""
    body = {"timestamp": "2026-01-15 10:00:00", "message": message, "errorcode": status}
    return json.dumps(body).encode()


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_GET(self) -> None:
        register: RecordedRegister = self.server.register  # type: ignore[attr-defined]
        parts = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        register.wait()
        status, content_type, body = register.answer(parts.path, query)
        try:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up waiting (a timeout test)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest shows no access log."""
