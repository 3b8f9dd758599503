"""The registry in a real headless Chromium, against a real ``lostwrite serve`` subprocess.

Opens the index, searches, opens ``/patterns/045``, checks the counters, the cite-as block
and its copy button, checks the pages without JavaScript and on a phone-sized screen, and
saves screenshots to ``tests/artifacts/``. Without Chromium or Playwright the test is
skipped, unless ``LOSTWRITE_REQUIRE_CHROMIUM=1`` (CI), which makes that a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.chromium import ARTIFACTS
from tests.serve.conftest import AUTH, LiveServer, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("browser"))
    for kind, count in [("diagnosed", 1742), ("healed", 38), ("cited", 5)]:
        body = {"kind": kind, "pattern": "ALEF-PAT-045", "source": "browser-test", "count": count}
        assert httpx.post(f"{live.url}/api/events", json=body, headers=AUTH).status_code == 201
    yield live
    live.stop()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)


def test_search_open_pattern_counters_and_cite(browser: Any, server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None
    )

    page.goto(f"{server.url}/")
    assert page.title().startswith("Lost-write patterns")
    for role in ("banner", "navigation", "main", "contentinfo", "search"):
        assert page.get_by_role(role).count() >= 1, role
    shot(page, "index")

    page.get_by_label("Search", exact=True).fill("enrichment callback")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=enrichment+callback**")
    results = page.locator("ol.patterns > li.card")
    assert results.count() >= 1
    link = page.get_by_role("link", name="LW045", exact=False)
    assert link.count() == 1
    shot(page, "search")
    link.click()
    page.wait_for_url("**/patterns/LW045")

    page.goto(f"{server.url}/patterns/045")
    assert page.get_by_role("heading", level=1).inner_text() == "enrichment-after-commit"
    counters = {
        kind: page.locator(f'dd[data-kind="{kind}"]').inner_text()
        for kind in ("diagnosed", "healed", "cited")
    }
    assert counters == {"diagnosed": "1,742", "healed": "38", "cited": "5"}
    assert page.get_by_text("diagnosed in the wild").is_visible()

    cite = page.locator("#cite-text")
    cite_text = cite.inner_text()
    assert "fixes pattern LW045" in cite_text
    assert f"GET {server.url}/api/patterns/045" in cite_text
    copy = page.get_by_role("button", name="Copy")
    assert copy.is_visible()
    copy.click()
    page.get_by_role("status").filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == cite.text_content()
    assert page.locator(".tok-keyword").count() > 5  # highlighted on the server
    shot(page, "pattern-045")
    assert problems == []
    context.close()


def test_pages_work_without_javascript(browser: Any, server: LiveServer) -> None:
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1024, "height": 800}
    )
    page = context.new_page()
    page.goto(f"{server.url}/")
    page.get_by_label("Minimum severity").select_option("6")
    page.get_by_label("Search", exact=True).fill("enrichment")
    page.get_by_label("Search", exact=True).press("Enter")
    page.wait_for_url("**severity_min=6**")
    assert page.get_by_role("link", name="LW045", exact=False).count() == 1
    page.goto(f"{server.url}/patterns/045")
    assert page.locator('dd[data-kind="diagnosed"]').inner_text() == "1,742"
    assert page.locator("#cite-text").is_visible()
    assert not page.get_by_role("button", name="Copy").is_visible()  # needs the script
    shot(page, "pattern-045-nojs")
    context.close()


def test_keyboard_and_small_screen(browser: Any, server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    page = context.new_page()
    page.goto(f"{server.url}/patterns/045")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a phone"
    shot(page, "pattern-045-phone")
    page.goto(f"{server.url}/patterns/LW0455")
    assert page.get_by_role("heading", name="Pattern not found").is_visible()
    page.goto(f"{server.url}/docs")
    assert page.get_by_role("heading", name="POST /api/events").is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the API reference scrolls sideways by {overflow}px on a phone"
    shot(page, "docs-phone")
    context.close()
