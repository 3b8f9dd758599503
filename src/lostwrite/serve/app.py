"""The FastAPI application factory of the pattern registry.

``create_app(catalog, store, token)`` wires the JSON API (``/api``), the HTML pages, the
static files and the error handlers around one :class:`Registry`. The caller owns the
store (``lostwrite serve`` opens it from ``--db`` and closes it on shutdown).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from lostwrite import __version__
from lostwrite.catalog import Catalog
from lostwrite.serve.api import build_api, describe_validation_error
from lostwrite.serve.fastpath import PatternFastPath
from lostwrite.serve.httputil import json_error
from lostwrite.serve.pages import build_pages, error_page, make_environment
from lostwrite.serve.registry import DEFAULT_RATE_LIMIT, Registry
from lostwrite.serve.store import CounterStore

STATIC = Path(__file__).parent / "static"

DESCRIPTION = """
The lostwrite pattern registry: every lost-write pattern of the catalog, how to recognise
and fix it, and three counters — diagnosed in the wild, healed, cited. Reading is open;
counting (`POST /api/events`) needs the server's bearer token.
"""


def create_app(
    catalog: Catalog,
    store: CounterStore,
    token: str | None,
    *,
    rate_limit: int = DEFAULT_RATE_LIMIT,
) -> FastAPI:
    """The registry app for ``catalog``, counting into ``store``; ``token`` guards POSTs
    (None: the registry is read-only and every POST is refused with 401)."""
    registry = Registry(catalog, store, token, rate_limit)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await registry.writer.aclose()

    app = FastAPI(
        title="lostwrite registry",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.registry = registry
    env = make_environment()

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        return json_error(422, describe_validation_error(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return json_error(exc.status_code, message, headers=exc.headers)
        return error_page(env, exc.status_code, message, f"{request.url.path}: {message}")

    app.add_middleware(PatternFastPath, registry=registry)
    app.include_router(build_api(registry))
    app.include_router(build_pages(registry, env))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
