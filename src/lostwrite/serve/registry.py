"""The state one registry app works with: catalog, counter store, token, writer, rate limiter.

Pattern JSON never changes while the server runs, so each pattern's body and ETag are
serialised once here; the API answers ``GET /api/patterns/{ref}`` from that cache.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

import anyio.to_thread
import orjson

from lostwrite.catalog import Catalog, Pattern
from lostwrite.serve.httputil import etag_for
from lostwrite.serve.ratelimit import RateLimiter
from lostwrite.serve.store import CounterStore
from lostwrite.serve.writer import EventWriter

DEFAULT_RATE_LIMIT = 120  # events per minute per (source, client address)


@dataclass(frozen=True)
class CachedJSON:
    """A serialised JSON body and its ETag."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, data: object) -> CachedJSON:
        body = orjson.dumps(data)
        return cls(body, etag_for(body))


@dataclass
class Registry:
    """Everything the routes need; built once per app by :func:`create_app`."""

    catalog: Catalog
    store: CounterStore
    token: str | None
    rate_limit: int = DEFAULT_RATE_LIMIT
    writer: EventWriter = field(init=False)
    limiter: RateLimiter = field(init=False)
    pattern_json: dict[str, CachedJSON] = field(init=False)

    def __post_init__(self) -> None:
        self.writer = EventWriter(self.store)
        self.limiter = RateLimiter(self.rate_limit)
        self.pattern_json = {p.code: CachedJSON.of(p.to_dict()) for p in self.catalog}

    def token_ok(self, authorization: str | None) -> bool:
        """True when ``authorization`` is ``Bearer <the token>`` (constant-time compare)."""
        if self.token is None or not authorization:
            return False
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(value.strip().encode(), self.token.encode())

    async def counts(self, pattern: Pattern) -> dict[str, int]:
        """The pattern's three counters, read in a worker thread."""
        return await anyio.to_thread.run_sync(self.store.counts, pattern.code)
