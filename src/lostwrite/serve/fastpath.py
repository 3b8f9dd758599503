"""A shortcut for the registry's hottest request: ``GET /api/patterns/{ref}`` of a known pattern.

The answer is a pre-serialised body with its ETag, so the full FastAPI routing and validation
stack would only add latency. This ASGI middleware answers such requests itself — with exactly
the headers of the API route (ETag, Cache-Control, 304 on a matching ``If-None-Match``) — and
passes everything else on, unknown patterns included (their JSON 404 comes from the route).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from lostwrite.serve.httputil import JSON, PATTERN_CACHE, etag_matches
from lostwrite.serve.registry import CachedJSON, Registry

PREFIX = "/api/patterns/"


class PatternFastPath:
    """ASGI middleware serving cached pattern JSON; everything else goes to ``app``."""

    def __init__(self, app: ASGIApp, registry: Registry) -> None:
        self.app = app
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            path: str = scope["path"]
            if path.startswith(PREFIX) and "/" not in path[len(PREFIX) :]:
                pattern = self.registry.catalog.find(path[len(PREFIX) :])
                if pattern is not None:
                    await self._answer(scope, send, self.registry.pattern_json[pattern.code])
                    return
        await self.app(scope, receive, send)

    @staticmethod
    async def _answer(scope: Scope, send: Send, entry: CachedJSON) -> None:
        body, etag = entry.body, entry.etag
        if_none_match = None
        for name, value in scope["headers"]:
            if name == b"if-none-match":
                if_none_match = value.decode("latin-1")
        headers = [(b"etag", etag.encode()), (b"cache-control", PATTERN_CACHE.encode())]
        if etag_matches(if_none_match, etag):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        headers += [
            (b"content-type", JSON.encode()),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
