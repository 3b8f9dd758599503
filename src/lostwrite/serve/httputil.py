"""Small HTTP helpers of the registry: ETags and 304s, JSON errors, bounded request bodies."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

JSON = "application/json"
MAX_BODY = 16 * 1024
PATTERN_CACHE = "public, max-age=300"  # pattern JSON changes only when the server restarts
COUNTER_CACHE = "no-cache"


class BodyTooLarge(Exception):
    """The request body is larger than allowed."""


def etag_for(body: bytes) -> str:
    """A strong ETag for ``body``."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """True when an If-None-Match header value names ``etag`` (weak comparison, ``*`` too)."""
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        candidate = candidate.strip().removeprefix("W/")
        if candidate in (etag, "*"):
            return True
    return False


def cached(
    request: Request,
    body: bytes,
    media_type: str,
    cache_control: str,
    etag: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """``body`` with ETag and Cache-Control, or an empty 304 if the client already has it."""
    etag = etag or etag_for(body)
    all_headers = {"ETag": etag, "Cache-Control": cache_control, **(headers or {})}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=all_headers)
    return Response(body, media_type=media_type, headers=all_headers)


def json_response(
    data: Any, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """``data`` as JSON (orjson) with ``status_code``."""
    return Response(orjson.dumps(data), status_code=status_code, media_type=JSON, headers=headers)


def json_error(
    status_code: int,
    message: str,
    *,
    did_you_mean: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The API's error shape: ``{"error": …}`` plus ``did_you_mean`` where it helps."""
    data: dict[str, Any] = {"error": message}
    if did_you_mean is not None:
        data["did_you_mean"] = did_you_mean
    return json_response(data, status_code, headers)


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refusing (before reading it all) anything over ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)
