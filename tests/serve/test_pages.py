"""The HTML pages through the TestClient: content, escaping, no-JS forms, labels, contrast."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lostwrite.catalog import Catalog, load_catalog
from lostwrite.serve.app import STATIC, create_app
from lostwrite.serve.store import SQLiteStore
from tests.serve.conftest import AUTH, TOKEN, hostile_pattern_file, make_client


class Page(HTMLParser):
    """Collects what the accessibility and content checks need from a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def test_index_lists_every_pattern_with_landmarks(client: TestClient, catalog: Catalog) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = Page(response.text)
    for landmark in ("header", "nav", "main", "footer"):
        assert page.all(landmark), landmark
    assert page.all("html")[0]["lang"] == "en"
    links = {a["href"] for a in page.all("a")}
    for pattern in catalog:
        assert f"/patterns/{pattern.code}" in links
    assert f"{len(catalog)} of {len(catalog)} patterns" in page.plain


def test_every_form_control_has_a_label(client: TestClient) -> None:
    page = Page(client.get("/").text)
    labelled = {label["for"] for label in page.all("label")}
    controls = [*page.all("input"), *page.all("select")]
    assert len(controls) == 3
    for control in controls:
        assert control["id"] in labelled
    form = page.all("form")[0]
    assert form["method"] == "get" and form["action"] == "/" and form["role"] == "search"


def test_search_without_javascript_is_a_plain_get(client: TestClient, catalog: Catalog) -> None:
    page = Page(client.get("/", params={"q": "enrichment", "severity_min": "6"}).text)
    assert "/patterns/LW045" in {a["href"] for a in page.all("a")}
    selected = [o for o in page.all("option") if "selected" in o]
    assert [o["value"] for o in selected] == ["6"]
    assert page.all("input")[0]["value"] == "enrichment"
    family = catalog.find("LW045").family  # type: ignore[union-attr]
    filtered = Page(client.get("/", params={"family": family}).text)
    shown = {a["href"] for a in filtered.all("a") if a["href"].startswith("/patterns/")}  # type: ignore[union-attr]
    assert shown == {f"/patterns/{p.code}" for p in catalog if p.family == family}
    empty = client.get("/", params={"q": "no-such-words-anywhere"})
    assert "No pattern matches" in empty.text


def test_index_with_bad_filter_says_why(client: TestClient) -> None:
    response = client.get("/", params={"severity_min": "eleven"})
    assert response.status_code == 422
    page = Page(response.text)
    assert "severity_min: must be a whole number from 1 to 10" in page.plain
    assert [p for p in page.all("p") if p.get("role") == "alert"]


def test_every_pattern_page_has_all_sections(client: TestClient, catalog: Catalog) -> None:
    for pattern in catalog:
        response = client.get(f"/patterns/{pattern.number:03d}")
        assert response.status_code == 200, pattern.code
        page = Page(response.text)
        text = page.plain
        for heading in [
            "Behaviour",
            "Observable signature",
            "Examples",
            "Fix archetypes",
            "Cite as",
        ]:
            assert heading in text, (pattern.code, heading)
        assert pattern.slug in text and pattern.family in text
        assert re.search(rf"severity {pattern.severity} ?/10", text)
        for fix in pattern.fix_archetypes:
            assert fix.name in text and f"cost: {fix.cost}" in text
        assert f"lostwrite scan . --pattern {pattern.code}" in text
        assert f"GET http://registry.test/api/patterns/{pattern.number:03d}" in text
        counters = {a["data-kind"] for a in page.all("dd")}
        assert counters == {"diagnosed", "healed", "cited"}
        assert page.all("link")[-1]["href"] == f"/api/patterns/{pattern.code}"


def test_pattern_page_shows_the_counters(client: TestClient) -> None:
    for kind, count in [("diagnosed", 1200), ("healed", 3), ("cited", 1)]:
        body = {"kind": kind, "pattern": "045", "source": "t", "count": count}
        assert client.post("/api/events", json=body, headers=AUTH).status_code == 201
    html = client.get("/patterns/ALEF-PAT-045").text
    values = dict(re.findall(r'<dd data-kind="(\w+)">([\d,]+)</dd>', html))
    assert values == {"diagnosed": "1,200", "healed": "3", "cited": "1"}
    assert "diagnosed in the wild" in html and "cited in posts" in html


def test_signature_is_escaped_code(client: TestClient, catalog: Catalog) -> None:
    pattern = catalog.find("LW045")
    assert pattern is not None and pattern.log_regex is not None
    html = client.get("/patterns/045").text
    signature = re.search(
        r'<pre class="codeblock signature"[^>]*><code>(.*?)</code></pre>', html, re.S
    )
    assert signature is not None
    assert "<" not in signature.group(1)
    assert "&#34;detector&#34;" in signature.group(1) or "&quot;detector&quot;" in signature.group(
        1
    )


def test_examples_are_highlighted_on_the_server(client: TestClient) -> None:
    html = client.get("/patterns/045").text
    assert 'class="language-python"' in html and 'class="language-typescript"' in html
    assert '<span class="tok-keyword">async</span>' in html
    assert '<span class="tok-comment">' in html
    page = Page(html)
    assert [s for s in page.all("script")] == [{"src": "/static/registry.js", "defer": None}]


def test_cite_block_and_copy_button(client: TestClient) -> None:
    page = Page(client.get("/patterns/045").text)
    buttons = [b for b in page.all("button") if b.get("data-copy")]
    assert len(buttons) == 1
    button = buttons[0]
    assert "hidden" in button  # revealed by the script; without JS the text is still selectable
    assert button["data-copy"] in {p.get("id") for p in page.all("pre")}
    status = next(s for s in page.all("span") if s.get("id") == button["data-status"])
    assert status["role"] == "status"
    assert "fixes pattern LW045" in page.plain


def test_pattern_page_etag_follows_the_counters(client: TestClient) -> None:
    first = client.get("/patterns/045")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    assert client.get("/patterns/045", headers={"If-None-Match": etag}).status_code == 304
    client.post(
        "/api/events", json={"kind": "healed", "pattern": "45", "source": "t"}, headers=AUTH
    )
    assert client.get("/patterns/045", headers={"If-None-Match": etag}).status_code == 200


def test_unknown_pattern_page_is_404_with_suggestions(client: TestClient) -> None:
    response = client.get("/patterns/LW0455")
    assert response.status_code == 404
    page = Page(response.text)
    assert "Pattern not found" in page.plain
    assert "/patterns/LW045" in {a["href"] for a in page.all("a")}
    hostile = client.get("/patterns/<script>alert(1)<%2Fscript>")
    assert hostile.status_code == 404
    assert "<script>alert(1)" not in hostile.text
    assert "&lt;script&gt;alert(1)" in hostile.text


def test_unknown_page_is_an_html_404(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Not Found" in response.text


def test_html_in_catalog_strings_is_escaped(tmp_path: Path, store: SQLiteStore) -> None:
    catalog = load_catalog((hostile_pattern_file(tmp_path / "mine"),))
    with make_client(create_app(catalog, store, TOKEN)) as c:
        for path in ["/patterns/LW902", "/", "/?q=script"]:
            html = c.get(path).text
            assert "<script>alert" not in html, path
            assert "<b>bold</b>" not in html, path
            assert "<img src=x" not in html, path
            assert "&lt;script&gt;alert" in html, path
        page = Page(c.get("/patterns/LW902").text)
        assert "javascript:alert(1)" in page.plain
        assert all(not (a["href"] or "").startswith("javascript:") for a in page.all("a"))


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ["/", "/patterns/045", "/docs", "/patterns/none"]:
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_docs_page_lists_every_endpoint_without_a_cdn(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    schema = client.get("/openapi.json").json()
    page = Page(response.text)
    for path in schema["paths"]:
        assert path in page.plain
    assert "Authorization: Bearer" in page.plain
    external = [
        attrs.get("src") or attrs.get("href")
        for tag, attrs in page.tags
        if tag in ("script", "link")
        and re.match(r"https?://", attrs.get("src") or attrs.get("href") or "")
    ]
    assert external == []


def test_static_files_are_served(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "--tok-keyword" in css.text
    js = client.get("/static/registry.js")
    assert js.status_code == 200 and "clipboard" in js.text


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_palette_meets_wcag_aa_contrast() -> None:
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    palette = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6});", css))
    texts = ["fg", "muted", "link", "accent", "error"] + [
        k for k in palette if k.startswith("tok-")
    ]
    failures = [
        (text, background, round(contrast(palette[text], palette[background]), 2))
        for text in texts
        for background in ("bg", "surface", "code-bg")
        if contrast(palette[text], palette[background]) < 4.5
    ]
    assert failures == []
    assert contrast("#ffffff", palette["link"]) >= 4.5  # button text


@pytest.mark.parametrize("ref", ["045", "LW045", "enrichment-after-commit"])
def test_pattern_page_aliases(client: TestClient, ref: str) -> None:
    page = Page(client.get(f"/patterns/{ref}").text)
    canonical = [link for link in page.all("link") if link.get("rel") == "canonical"]
    assert canonical[0]["href"] == "http://registry.test/patterns/LW045"
