"""The registry's JSON API: patterns, their counters and the authenticated event endpoint.

Errors always have the shape ``{"error": "...", "did_you_mean": [...]}`` (the second key
only where a pattern reference was not found). POST /api/events checks, in order: the
bearer token (401, nothing read or counted), the body size (413), the JSON and its fields
(422), the pattern (422 with suggestions), the per-source rate limit (429 + Retry-After),
and only then stores the event.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from starlette.responses import Response

from lostwrite import __version__
from lostwrite.catalog import Pattern
from lostwrite.serve.httputil import (
    COUNTER_CACHE,
    JSON,
    MAX_BODY,
    PATTERN_CACHE,
    BodyTooLarge,
    cached,
    json_error,
    json_response,
    read_body,
)
from lostwrite.serve.registry import CachedJSON, Registry
from lostwrite.serve.schemas import (
    CountersOut,
    ErrorOut,
    EventAcceptedOut,
    EventIn,
    PatternListOut,
    PatternOut,
)
from lostwrite.serve.search import FilterError, apply_filters, parse_filters
from lostwrite.serve.store import Event


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


def describe_validation_error(exc: ValidationError | Any) -> str:
    """One readable line from pydantic/FastAPI errors: ``field: problem; field: problem``."""
    parts = []
    for error in exc.errors():
        loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path")]
        where = ".".join(loc) or "body"
        message = error.get("msg", "is invalid")
        if error.get("type") == "extra_forbidden":
            message = "is not a known field"
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def _summary(pattern: Pattern) -> dict[str, Any]:
    return {
        "code": pattern.code,
        "slug": pattern.slug,
        "title": pattern.title,
        "family": pattern.family,
        "severity": pattern.severity,
        "confidence": pattern.confidence,
        "summary": pattern.summary.strip(),
        "aliases": list(pattern.aliases),
        "href": f"/api/patterns/{pattern.code}",
    }


def _unknown(registry: Registry, ref: str, status_code: int = 404) -> Response:
    return json_error(
        status_code,
        f"unknown pattern {ref!r}",
        did_you_mean=registry.catalog.suggestions(ref),
    )


def build_api(registry: Registry) -> APIRouter:
    """The ``/api`` routes bound to ``registry``."""
    router = APIRouter(prefix="/api", tags=["api"])
    catalog = registry.catalog

    @router.get(
        "/patterns",
        summary="List patterns",
        response_model=PatternListOut,
        response_description="the matching patterns, in code order",
        responses={422: _error("a filter value is invalid")},
    )
    async def list_patterns(
        request: Request,
        family: Annotated[str | None, Query(description="only this family")] = None,
        severity_min: Annotated[
            int | None, Query(ge=1, le=10, description="only severity >= N (1-10)")
        ] = None,
        q: Annotated[
            str | None, Query(max_length=200, description="full text: every word must occur")
        ] = None,
    ) -> Response:
        """The catalog, optionally filtered. Cached: ETag and `Cache-Control`."""
        try:
            filters = parse_filters(catalog, family, severity_min, q)
        except FilterError as exc:
            return json_error(422, str(exc))
        patterns = apply_filters(catalog, filters)
        listing = CachedJSON.of(
            {"count": len(patterns), "patterns": [_summary(p) for p in patterns]}
        )
        return cached(request, listing.body, JSON, PATTERN_CACHE, listing.etag)

    @router.get(
        "/patterns/{ref}",
        summary="Get one pattern",
        response_model=PatternOut,
        response_description="the pattern",
        responses={404: _error("no pattern has this code or alias")},
    )
    async def get_pattern(request: Request, ref: str) -> Response:
        """One pattern by any alias: `045`, `45`, `LW045`, `ALEF-PAT-045` or its slug.
        Cached: ETag and `Cache-Control`; answers 304 to a matching `If-None-Match`."""
        pattern = catalog.find(ref)
        if pattern is None:
            return _unknown(registry, ref)
        entry = registry.pattern_json[pattern.code]
        return cached(request, entry.body, JSON, PATTERN_CACHE, entry.etag)

    @router.get(
        "/patterns/{ref}/counters",
        summary="Get a pattern's counters",
        response_model=CountersOut,
        response_description="the three counters",
        responses={404: _error("no pattern has this code or alias")},
    )
    async def get_counters(request: Request, ref: str) -> Response:
        """How often the pattern was diagnosed in the wild, healed and cited."""
        pattern = catalog.find(ref)
        if pattern is None:
            return _unknown(registry, ref)
        counts = await registry.counts(pattern)
        body = orjson.dumps({"code": pattern.code, **counts})
        return cached(request, body, JSON, COUNTER_CACHE)

    @router.post(
        "/events",
        summary="Count an event",
        status_code=201,
        response_model=EventAcceptedOut,
        response_description="counted",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {JSON: {"schema": EventIn.model_json_schema()}},
            }
        },
        responses={
            200: {"model": EventAcceptedOut, "description": "a retry of an event already counted"},
            401: _error("no or wrong bearer token; nothing counted"),
            413: _error(f"body larger than {MAX_BODY} bytes"),
            422: _error("invalid JSON, unknown field or unknown pattern"),
            429: _error("too many events from this source; see Retry-After"),
            503: _error("the counter store failed; nothing counted"),
        },
    )
    async def post_event(request: Request) -> Response:
        """Add `count` to one of the pattern's counters. Needs `Authorization: Bearer
        <token>` (the server's `LOSTWRITE_TOKEN` or `--token-file`)."""
        if registry.token is None:
            return json_error(
                401,
                "this registry accepts no events: it was started without "
                "LOSTWRITE_TOKEN or --token-file",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not registry.token_ok(request.headers.get("authorization")):
            return json_error(
                401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"}
            )
        try:
            body = await read_body(request)
        except BodyTooLarge:
            return json_error(413, f"request body is larger than {MAX_BODY} bytes")
        try:
            event = EventIn.model_validate_json(body)
        except ValidationError as exc:
            return json_error(422, describe_validation_error(exc))
        pattern = catalog.find(event.pattern)
        if pattern is None:
            return _unknown(registry, event.pattern, status_code=422)
        client = request.client.host if request.client else ""
        wait = registry.limiter.acquire((event.source, client))
        if wait > 0:
            return json_error(
                429,
                f"rate limit of {registry.rate_limit} events per minute for source "
                f"{event.source!r} reached",
                headers={"Retry-After": str(math.ceil(wait))},
            )
        try:
            counted = await registry.writer.submit(
                Event(event.kind, pattern.code, event.source, event.count, event.id)
            )
        except Exception as exc:
            return json_error(503, f"the counter store failed, nothing was counted: {exc}")
        answer = {
            "counted": counted,
            "code": pattern.code,
            "kind": event.kind,
            "count": event.count,
        }
        return json_response(answer, 201 if counted else 200)

    @router.get("/health", summary="Liveness and catalog size", response_description="ok")
    async def health() -> dict[str, Any]:
        """`{"status": "ok", "patterns": N, "version": ...}`."""
        return {"status": "ok", "patterns": len(catalog), "version": __version__}

    return router
