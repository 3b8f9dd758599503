"""The example highlighter (tokens, escaping) and the per-source token buckets."""

from __future__ import annotations

import pytest

from lostwrite.catalog import Catalog
from lostwrite.serve.highlight import LANGUAGES, highlight, tokens
from lostwrite.serve.ratelimit import RateLimiter


def kinds(source: str, language: str) -> dict[str, str | None]:
    return {text: kind for kind, text in tokens(source, language) if text.strip()}


def test_python_tokens() -> None:
    source = '@app.post("/x")\nasync def save(row):  # keep\n    await db.insert(row, 3, None)\n'
    found = kinds(source, "python")
    assert found["@app.post"] == "decorator"
    assert found['"/x"'] == "string"
    assert found["async"] == found["def"] == found["await"] == "keyword"
    assert found["save"] == found["insert"] == "function"
    assert found["# keep"] == "comment"
    assert found["3"] == "number"
    assert found["None"] == "constant"


def test_typescript_tokens() -> None:
    source = "const r = `a${b}`; // c\n/* d */ await fetch('x').then((m) => true);"
    found = kinds(source, "typescript")
    assert found["const"] == found["await"] == "keyword"
    assert found["`a${b}`"] == found["'x'"] == "string"
    assert found["// c"] == found["/* d */"] == "comment"
    assert found["fetch"] == found["then"] == "function"
    assert found["true"] == "constant"


def test_keywords_inside_strings_and_comments_stay_there() -> None:
    found = kinds("x = 'await def'  # return now\n", "python")
    assert found["'await def'"] == "string"
    assert found["# return now"] == "comment"
    assert "await" not in found and "return" not in found


@pytest.mark.parametrize("language", [*LANGUAGES, "cobol"])
def test_tokens_cover_the_source_exactly(catalog: Catalog, language: str) -> None:
    for pattern in catalog:
        for source in [*pattern.example.values(), *pattern.fix_example.values()]:
            assert "".join(text for _, text in tokens(source, language)) == source


def test_highlight_escapes_everything() -> None:
    html = str(highlight('s = "</code><script>alert(1)</script>" & x < y', "python"))
    assert "<script>" not in html and "</code>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "&lt; y" in html
    assert '<span class="tok-string">' in html


def test_rate_limiter_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, clock=lambda: now[0])  # one a second, burst of 60
    assert all(limiter.acquire("a") == 0.0 for _ in range(60))
    wait = limiter.acquire("a")
    assert wait == pytest.approx(1.0)
    assert limiter.acquire("b") == 0.0  # buckets are per key
    now[0] += 0.5
    assert limiter.acquire("a") == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.acquire("a") == 0.0
    now[0] += 3600
    assert all(limiter.acquire("a") == 0.0 for _ in range(60))  # full again, never more
    assert limiter.acquire("a") > 0


def test_rate_limiter_memory_is_bounded() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=10, clock=lambda: now[0], max_keys=100)
    for i in range(1000):
        limiter.acquire(i)
    assert len(limiter._buckets) <= 101
    with pytest.raises(ValueError):
        RateLimiter(per_minute=0)
