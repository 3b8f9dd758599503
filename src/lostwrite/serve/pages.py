"""The registry's HTML pages: the index with search, one page per pattern, the API reference.

Pages are rendered on the server with Jinja2 (autoescaping on: every catalog string and
every user-supplied value is escaped) and work without JavaScript; the only script adds a
copy button to the cite-as block. Responses carry a strict Content-Security-Policy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from markupsafe import Markup, escape
from starlette.responses import Response

from lostwrite import __version__
from lostwrite.catalog import Pattern
from lostwrite.serve.highlight import highlight
from lostwrite.serve.httputil import cached
from lostwrite.serve.registry import Registry
from lostwrite.serve.search import FilterError, Filters, apply_filters, families, parse_filters

TEMPLATES = Path(__file__).parent / "templates"
HTML = "text/html; charset=utf-8"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
LANGUAGE_LABELS = {"python": "Python", "typescript": "TypeScript"}
COUNTER_LABELS = {
    "diagnosed": "diagnosed in the wild",
    "healed": "healed",
    "cited": "cited in posts",
}


def prose(text: str) -> Markup:
    """Catalog text as HTML: blank lines make paragraphs, `backticks` make inline code.
    The text is escaped first, so markup in a pattern file is shown, never interpreted."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    html = []
    for paragraph in paragraphs:
        escaped = str(escape(" ".join(paragraph.split())))
        html.append("<p>" + re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped) + "</p>")
    return Markup("\n".join(html))


def _number(value: object) -> str:
    if value is None:
        return "…"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def schema_type(schema: dict[str, Any]) -> str:
    """A short description of a JSON schema for the API reference: ``integer (1 to 10)``."""
    if "enum" in schema:
        return " | ".join(json.dumps(value) for value in schema["enum"])
    if "anyOf" in schema:
        return " or ".join(schema_type(option) for option in schema["anyOf"])
    kind = str(schema.get("type", "any"))
    bounds = []
    if "minimum" in schema or "maximum" in schema:
        low, high = (_number(schema.get(key)) for key in ("minimum", "maximum"))
        bounds.append(f"{low} to {high}")
    if "maxLength" in schema:
        bounds.append(f"at most {schema['maxLength']} characters")
    if "default" in schema and schema["default"] is not None:
        bounds.append(f"default {json.dumps(schema['default'])}")
    return f"{kind} ({', '.join(bounds)})" if bounds else kind


def make_environment() -> jinja2.Environment:
    """The Jinja2 environment of the registry templates (autoescape on for everything)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["version"] = __version__
    env.filters["prose"] = prose
    env.filters["schema_type"] = schema_type
    return env


def html_response(body: str, status_code: int = 200) -> Response:
    """An HTML page with the security headers and no caching."""
    headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache"}
    return Response(body, status_code=status_code, media_type=HTML, headers=headers)


def base_url(request: Request) -> str:
    """The server's own URL as the client reached it, without the trailing slash."""
    return str(request.base_url).rstrip("/")


def cite_block(pattern: Pattern, base: str) -> str:
    """The text of the cite-as block: how to cite, query and scan for the pattern."""
    return "\n".join(
        [
            "# In a PR description / issue / RFC:",
            pattern.cite_as.strip(),
            f"see: {base}/patterns/{pattern.code}",
            "",
            "# Machine query:",
            f"GET {base}/api/patterns/{pattern.number:03d}",
            "",
            "# Scan your repo for this pattern:",
            f"lostwrite scan . --pattern {pattern.code}",
        ]
    )


def _examples(pattern: Pattern) -> list[dict[str, Any]]:
    return [
        {
            "language": language,
            "label": LANGUAGE_LABELS.get(language, language),
            "before": highlight(pattern.example[language].strip("\n"), language),
            "after": highlight(pattern.fix_example[language].strip("\n"), language),
        }
        for language in pattern.example
        if language in pattern.fix_example
    ]


def _pattern_context(pattern: Pattern, counts: dict[str, int], base: str) -> dict[str, Any]:
    signature = pattern.to_dict()["signature"]
    return {
        "pattern": pattern,
        "counters": [
            {"kind": kind, "label": label, "value": counts.get(kind, 0)}
            for kind, label in COUNTER_LABELS.items()
        ],
        "signature_json": json.dumps(signature, indent=2, ensure_ascii=False),
        "examples": _examples(pattern),
        "cite": cite_block(pattern, base),
        "base": base,
        "references": [
            {"text": ref, "link": ref.startswith(("https://", "http://"))}
            for ref in pattern.references
        ],
    }


def build_pages(registry: Registry, env: jinja2.Environment) -> APIRouter:
    """The HTML routes bound to ``registry``."""
    router = APIRouter(include_in_schema=False)
    catalog = registry.catalog

    def render(name: str, **context: Any) -> str:
        return env.get_template(name).render(**context)

    @router.get("/")
    async def index(
        request: Request,
        q: str | None = None,
        family: str | None = None,
        severity_min: str | None = None,
    ) -> Response:
        error = None
        try:
            filters = parse_filters(catalog, family, severity_min, q)
        except FilterError as exc:
            error = str(exc)
            filters = Filters()
        patterns = [] if error else apply_filters(catalog, filters)
        body = render(
            "index.html",
            patterns=patterns,
            total=len(catalog),
            families=families(catalog),
            filters=filters,
            raw={"q": q or "", "family": family or "", "severity_min": severity_min or ""},
            error=error,
        )
        return html_response(body, 422 if error else 200)

    @router.get("/patterns/{ref}")
    async def pattern_page(request: Request, ref: str) -> Response:
        pattern = catalog.find(ref)
        if pattern is None:
            body = render(
                "error.html",
                status=404,
                title="Pattern not found",
                message=f"No pattern is called {ref!r}.",
                suggestions=[catalog.find(code) for code in catalog.suggestions(ref)],
            )
            return html_response(body, 404)
        counts = await registry.counts(pattern)
        body = render("pattern.html", **_pattern_context(pattern, counts, base_url(request)))
        return cached(request, body.encode(), HTML, "no-cache", headers=SECURITY_HEADERS)

    @router.get("/docs")
    async def api_docs(request: Request) -> Response:
        schema = request.app.openapi()
        return html_response(render("docs.html", schema=schema, base=base_url(request)))

    return router


def error_page(env: jinja2.Environment, status: int, title: str, message: str) -> Response:
    """A plain HTML error page (unknown path, wrong method)."""
    body = env.get_template("error.html").render(
        status=status, title=title, message=message, suggestions=[]
    )
    return html_response(body, status)
