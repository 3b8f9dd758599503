"""The JSON API through FastAPI's TestClient: every route, every error, caching and auth."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from lostwrite.catalog import Catalog, load_catalog
from lostwrite.serve.app import create_app
from lostwrite.serve.store import SQLiteStore
from tests.serve.conftest import AUTH, TOKEN, make_client

LW045_REFS = ["045", "45", "LW045", "lw045", "ALEF-PAT-045", "enrichment-after-commit"]


def event(**fields: object) -> dict[str, object]:
    return {"kind": "diagnosed", "pattern": "LW045", "source": "tests", **fields}


# --- GET /api/patterns ------------------------------------------------------------------


def test_list_returns_every_pattern_in_code_order(client: TestClient, catalog: Catalog) -> None:
    response = client.get("/api/patterns")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == len(catalog) == len(data["patterns"])
    assert [p["code"] for p in data["patterns"]] == [p.code for p in catalog]
    first = data["patterns"][0]
    assert set(first) == {
        "code", "slug", "title", "family", "severity", "confidence", "summary", "aliases", "href",
    }  # fmt: skip
    assert first["href"] == f"/api/patterns/{first['code']}"


def test_list_filters_by_family_and_severity(client: TestClient, catalog: Catalog) -> None:
    for pattern in catalog:
        data = client.get("/api/patterns", params={"family": pattern.family}).json()
        assert {p["family"] for p in data["patterns"]} == {pattern.family}
        assert pattern.code in [p["code"] for p in data["patterns"]]
    for minimum in range(1, 11):
        data = client.get("/api/patterns", params={"severity_min": minimum}).json()
        expected = [p.code for p in catalog if p.severity >= minimum]
        assert [p["code"] for p in data["patterns"]] == expected


def test_list_full_text_query_needs_every_word(client: TestClient) -> None:
    codes = [p["code"] for p in client.get("/api/patterns?q=Enrichment").json()["patterns"]]
    assert "LW045" in codes
    assert client.get("/api/patterns?q=ALEF-PAT-045").json()["patterns"][0]["code"] == "LW045"
    both = client.get("/api/patterns", params={"q": "enrichment callback"}).json()
    assert "LW045" in [p["code"] for p in both["patterns"]]
    none = client.get("/api/patterns", params={"q": "enrichment zzzqqq"}).json()
    assert none == {"count": 0, "patterns": []}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("severity_min=abc", "severity_min"),
        ("severity_min=0", "severity_min"),
        ("severity_min=11", "severity_min"),
        ("family=no-such-family", "family"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_list_bad_filter_is_422_with_a_clear_message(
    client: TestClient, query: str, field: str
) -> None:
    response = client.get(f"/api/patterns?{query}")
    assert response.status_code == 422
    message = response.json()["error"]
    assert message.startswith(f"{field}: ")
    assert "\n" not in message


def test_unknown_family_message_lists_the_known_ones(client: TestClient, catalog: Catalog) -> None:
    message = client.get("/api/patterns?family=nope").json()["error"]
    for pattern in catalog:
        assert pattern.family in message


# --- GET /api/patterns/{ref} --------------------------------------------------------------


@pytest.mark.parametrize("ref", LW045_REFS)
def test_every_alias_resolves(client: TestClient, ref: str) -> None:
    response = client.get(f"/api/patterns/{ref}")
    assert response.status_code == 200
    data = response.json()
    assert data["code"] == "LW045"
    assert data["signature"]["runtime"]["missing"] == ["classifier_verdict"]
    assert data["fix_archetypes"][0]["cost"] in {"small", "medium", "large"}


def test_every_catalog_pattern_matches_its_file(client: TestClient, catalog: Catalog) -> None:
    for pattern in catalog:
        for name in pattern.names():
            response = client.get(f"/api/patterns/{name}")
            assert response.status_code == 200, name
            assert response.json() == pattern.to_dict()


def test_unknown_pattern_is_json_404_with_suggestions(client: TestClient) -> None:
    response = client.get("/api/patterns/enrichment-after-comit")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data["error"] == "unknown pattern 'enrichment-after-comit'"
    assert data["did_you_mean"][0] == "LW045"
    far = client.get("/api/patterns/zzzzzzzzzzzzzzzz").json()
    assert far["did_you_mean"] == []


def test_pattern_has_etag_cache_control_and_304(client: TestClient) -> None:
    first = client.get("/api/patterns/045")
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert "max-age" in first.headers["cache-control"]
    # the same representation under every alias: same ETag
    assert client.get("/api/patterns/ALEF-PAT-045").headers["etag"] == etag
    again = client.get("/api/patterns/LW045", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    weak = client.get("/api/patterns/LW045", headers={"If-None-Match": f'"nope", W/{etag}'})
    assert weak.status_code == 304
    stale = client.get("/api/patterns/LW045", headers={"If-None-Match": '"stale"'})
    assert stale.status_code == 200
    other = client.get("/api/patterns/LW001", headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_list_has_etag_and_304(client: TestClient) -> None:
    first = client.get("/api/patterns?severity_min=5")
    assert first.headers["cache-control"].startswith("public")
    again = client.get(
        "/api/patterns?severity_min=5", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    different = client.get(
        "/api/patterns?severity_min=9", headers={"If-None-Match": first.headers["etag"]}
    )
    assert different.status_code in (200, 304)
    if different.status_code == 304:  # only if both filters happen to select the same patterns
        assert different.headers["etag"] == first.headers["etag"]


# --- counters and POST /api/events --------------------------------------------------------


def counters(client: TestClient, ref: str = "LW045") -> dict[str, int]:
    response = client.get(f"/api/patterns/{ref}/counters")
    assert response.status_code == 200
    return response.json()


def test_counters_start_at_zero_and_count_each_kind(client: TestClient) -> None:
    assert counters(client) == {"code": "LW045", "diagnosed": 0, "healed": 0, "cited": 0}
    for kind, count in [("diagnosed", 3), ("healed", 1), ("cited", 2), ("diagnosed", 1)]:
        response = client.post("/api/events", json=event(kind=kind, count=count), headers=AUTH)
        assert response.status_code == 201, response.text
        assert response.json() == {"counted": True, "code": "LW045", "kind": kind, "count": count}
    assert counters(client, "ALEF-PAT-045") == {
        "code": "LW045", "diagnosed": 4, "healed": 1, "cited": 2,
    }  # fmt: skip
    assert counters(client, "LW001") == {"code": "LW001", "diagnosed": 0, "healed": 0, "cited": 0}


def test_event_pattern_accepts_any_alias(client: TestClient) -> None:
    for ref in LW045_REFS:
        assert client.post("/api/events", json=event(pattern=ref), headers=AUTH).status_code == 201
    assert counters(client)["diagnosed"] == len(LW045_REFS)


def test_counters_have_etag_but_no_long_caching(client: TestClient) -> None:
    first = client.get("/api/patterns/045/counters")
    assert first.headers["cache-control"] == "no-cache"
    assert (
        client.get(
            "/api/patterns/045/counters", headers={"If-None-Match": first.headers["etag"]}
        ).status_code
        == 304
    )
    client.post("/api/events", json=event(), headers=AUTH)
    changed = client.get(
        "/api/patterns/045/counters", headers={"If-None-Match": first.headers["etag"]}
    )
    assert changed.status_code == 200
    assert changed.json()["diagnosed"] == 1


def test_counters_of_unknown_pattern_is_404(client: TestClient) -> None:
    response = client.get("/api/patterns/LW999/counters")
    assert response.status_code == 404
    assert "did_you_mean" in response.json()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token-0123456789"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": "Bearer"},
    ],
)
def test_post_without_the_right_token_is_401_and_counts_nothing(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post("/api/events", json=event(), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["error"]
    assert counters(client)["diagnosed"] == 0


def test_registry_without_token_refuses_every_post(catalog: Catalog, store: SQLiteStore) -> None:
    with make_client(create_app(catalog, store, None)) as c:
        response = c.post("/api/events", json=event(), headers=AUTH)
        assert response.status_code == 401
        assert "LOSTWRITE_TOKEN" in response.json()["error"]
        assert c.get("/api/patterns/045/counters").json()["diagnosed"] == 0
    assert store.totals() == (0, 0)


def test_oversized_body_is_413(client: TestClient, store: SQLiteStore) -> None:
    big = event(source="s" * 90, padding="x" * 17000)
    response = client.post("/api/events", json=big, headers=AUTH)
    assert response.status_code == 413
    # without a Content-Length: a chunked body is cut off while it is read
    chunks = (b'{"kind": "cited", "pattern": "LW045", "source": "' + b"x" * 1024 for _ in range(20))
    response = client.post("/api/events", content=chunks, headers=AUTH)
    assert response.status_code == 413
    assert store.totals() == (0, 0)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (event(extra="field"), "extra"),
        (event(kind="fixed"), "kind"),
        (event(count=0), "count"),
        (event(count="3"), "count"),
        (event(count=10_001), "count"),
        (event(source=""), "source"),
        (event(source="line\nbreak"), "source"),
        (event(source="s" * 101), "source"),
        (event(id="not an id!"), "id"),
        ({"kind": "cited", "source": "t"}, "pattern"),
    ],
)
def test_invalid_event_is_422_naming_the_field(
    client: TestClient, store: SQLiteStore, body: dict[str, object], field: str
) -> None:
    response = client.post("/api/events", json=body, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"].startswith(f"{field}: ")
    assert store.totals() == (0, 0)


def test_malformed_json_is_422(client: TestClient) -> None:
    for content in [b"{not json", b"[]", b"", b'"text"']:
        response = client.post("/api/events", content=content, headers=AUTH)
        assert response.status_code == 422, content
        assert response.json()["error"]


def test_event_for_unknown_pattern_is_422_with_suggestions(client: TestClient) -> None:
    response = client.post("/api/events", json=event(pattern="LW04"), headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"] == "unknown pattern 'LW04'"
    assert response.json()["did_you_mean"]


def test_retry_with_the_same_id_is_counted_once(client: TestClient, store: SQLiteStore) -> None:
    first = client.post("/api/events", json=event(id="scan-1", count=5), headers=AUTH)
    retry = client.post("/api/events", json=event(id="scan-1", count=5), headers=AUTH)
    assert (first.status_code, first.json()["counted"]) == (201, True)
    assert (retry.status_code, retry.json()["counted"]) == (200, False)
    assert counters(client)["diagnosed"] == 5
    assert store.totals() == (1, 5)


def test_rate_limit_per_source(catalog: Catalog, store: SQLiteStore) -> None:
    with make_client(create_app(catalog, store, TOKEN, rate_limit=3)) as c:
        statuses = [c.post("/api/events", json=event(), headers=AUTH).status_code for _ in range(5)]
        assert statuses == [201, 201, 201, 429, 429]
        limited = c.post("/api/events", json=event(), headers=AUTH)
        assert int(limited.headers["retry-after"]) >= 1
        assert "rate limit" in limited.json()["error"]
        # another source has its own bucket
        other = c.post("/api/events", json=event(source="other-team"), headers=AUTH)
        assert other.status_code == 201
        assert c.get("/api/patterns/045/counters").json()["diagnosed"] == 4
    assert store.totals() == (4, 4)


def test_store_failure_is_503_and_counts_nothing(tmp_path: Path, catalog: Catalog) -> None:
    broken = SQLiteStore(str(tmp_path / "broken.db"))
    with make_client(create_app(catalog, broken, TOKEN)) as c:
        broken._conn.execute("DROP TABLE lostwrite_counters")
        response = c.post("/api/events", json=event(), headers=AUTH)
        assert response.status_code == 503
        assert "nothing was counted" in response.json()["error"]
    assert broken.totals() == (0, 0)  # the event row was rolled back with the failed increment
    broken.close()


def test_concurrent_posts_through_the_app_are_each_counted_once(
    tmp_path: Path, catalog: Catalog
) -> None:
    """400 POSTs in flight at once: the group-commit writer must neither lose nor repeat one."""
    store = SQLiteStore(str(tmp_path / "concurrent.db"))
    app = create_app(catalog, store, TOKEN, rate_limit=100_000)
    kinds = ["diagnosed", "healed", "cited"]

    async def main() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            posts = [
                c.post("/api/events", json=event(kind=kinds[i % 3], count=1 + i % 4), headers=AUTH)
                for i in range(400)
            ]
            return [r.status_code for r in await asyncio.gather(*posts)]

    statuses = asyncio.run(main())
    assert statuses == [201] * 400
    expected = {kind: sum(1 + i % 4 for i in range(400) if kinds[i % 3] == kind) for kind in kinds}
    assert store.counts("LW045") == expected
    assert store.totals() == (400, sum(expected.values()))
    store.close()


# --- the rest -----------------------------------------------------------------------------


def test_health(client: TestClient, catalog: Catalog) -> None:
    data = client.get("/api/health").json()
    assert data["status"] == "ok"
    assert data["patterns"] == len(catalog)


def test_unknown_api_path_and_method_are_json_errors(client: TestClient) -> None:
    missing = client.get("/api/nothing-here")
    assert missing.status_code == 404
    assert missing.json() == {"error": "Not Found"}
    wrong_method = client.delete("/api/patterns/045")
    assert wrong_method.status_code == 405
    assert "error" in wrong_method.json()


def test_openapi_schema_documents_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/patterns", "/api/patterns/{ref}", "/api/patterns/{ref}/counters",
        "/api/events", "/api/health",
    }  # fmt: skip
    post = schema["paths"]["/api/events"]["post"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert body["additionalProperties"] is False
    assert set(body["required"]) == {"kind", "pattern", "source"}
    assert {"201", "401", "413", "422", "429"} <= set(post["responses"])
    params = {p["name"] for p in schema["paths"]["/api/patterns"]["get"]["parameters"]}
    assert params == {"family", "severity_min", "q"}


def test_user_catalog_patterns_are_served(tmp_path: Path, store: SQLiteStore) -> None:
    from tests.serve.conftest import hostile_pattern_file

    extra = load_catalog((hostile_pattern_file(tmp_path / "mine"),))
    with make_client(create_app(extra, store, TOKEN)) as c:
        assert c.get("/api/patterns/LW902").json()["slug"] == "hostile-html"
        assert c.get("/api/patterns/902").status_code == 200
