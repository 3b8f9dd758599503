"""``lostwrite audit`` (Markdown, JSON, HTML in a real Chromium), baselines and ``--add-noqa``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.chromium import ARTIFACTS

SERVICE = """import asyncio
import logging

logger = logging.getLogger(__name__)
background = set()


async def create_order(repo, order):
    asyncio.create_task(repo.save(order))
    return {"ok": True}


async def create_invoice(repo, invoice):
    await repo.save(invoice)


async def create_refund(repo, refund):
    task = asyncio.create_task(repo.save(refund))
    background.add(task)
    task.add_done_callback(background.discard)


async def persist(repo, row):
    try:
        await repo.save(row)
    except Exception as exc:
        logger.error("save failed: %s", exc)
"""


def lostwrite(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lostwrite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def project(tmp_path: Path) -> Path:
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "orders.py").write_text(SERVICE)
    return tmp_path


def test_audit_lists_at_risk_and_ok_sites_with_reasons(tmp_path: Path) -> None:
    root = project(tmp_path)
    data = json.loads(lostwrite("audit", "svc", "--format", "json", cwd=root).stdout)
    sites = {(s["line"], s["code"]): s for s in data["sites"]}
    assert sites[(9, "LW001")]["status"] == "at risk"
    assert sites[(9, "LW001")]["risk"] == "critical"
    assert sites[(18, "LW001")]["status"] == "ok"
    assert "kept" in sites[(18, "LW001")]["reason"]
    assert sites[(26, "LW004")]["status"] == "at risk"
    assert data["totals"]["status"]["at risk"] == 2
    markdown = lostwrite("audit", "svc", cwd=root).stdout
    assert markdown.startswith("# lostwrite audit\n")
    assert "| `svc/orders.py:9` | LW001 fire-and-forget-persist |" in markdown
    assert "✅ OK (" in markdown
    # scan output is unchanged by the audit bookkeeping
    scan = json.loads(lostwrite("scan", "svc", "--format", "json", cwd=root).stdout)
    assert [(f["code"], f["line"]) for f in scan["findings"]] == [("LW001", 9), ("LW004", 26)]


def test_baseline_survives_unrelated_edits_and_reports_new_findings(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert lostwrite("baseline", "write", "base.json", "svc", cwd=root).returncode == 0
    assert lostwrite("scan", "svc", "--baseline", "base.json", cwd=root).returncode == 0
    source = root / "svc" / "orders.py"
    edited = "# header comment\n\n\n" + SERVICE.replace("create_invoice", "create_bill")
    source.write_text(edited)  # lines shift, an unrelated function is renamed
    assert lostwrite("scan", "svc", "--baseline", "base.json", cwd=root).returncode == 0
    source.write_text(
        edited + "\n\nasync def audit_log(repo, e):\n    asyncio.create_task(repo.save(e))\n"
    )
    result = lostwrite("scan", "svc", "--baseline", "base.json", "--format", "json", cwd=root)
    assert result.returncode == 1
    assert [f["context"] for f in json.loads(result.stdout)["findings"]] == ["audit_log"]
    # a moved file is new: its findings are reported again
    shutil.move(root / "svc", root / "service")
    moved = json.loads(
        lostwrite("scan", "service", "--baseline", "base.json", "--format", "json", cwd=root).stdout
    )
    assert len(moved["findings"]) == 3
    # the scan JSON itself is a valid baseline
    (root / "scan.json").write_text(
        lostwrite("scan", "service", "--format", "json", cwd=root).stdout
    )
    assert lostwrite("scan", "service", "--baseline", "scan.json", cwd=root).returncode == 0


def test_audit_marks_disappeared_findings_fixed(tmp_path: Path) -> None:
    root = project(tmp_path)
    lostwrite("baseline", "write", "base.json", "svc", cwd=root)
    source = root / "svc" / "orders.py"
    source.write_text(
        SERVICE.replace("    asyncio.create_task(repo.save(order))", "    await repo.save(order)")
    )
    data = json.loads(
        lostwrite("audit", "svc", "--baseline", "base.json", "--format", "json", cwd=root).stdout
    )
    fixed = [s for s in data["sites"] if s["status"] == "fixed"]
    assert [(s["code"], s["path"], s["context"]) for s in fixed] == [
        ("LW001", "svc/orders.py", "create_order")
    ]
    markdown = lostwrite("audit", "svc", "--baseline", "base.json", cwd=root).stdout
    assert "✅ fixed" in markdown


def test_bad_baseline_is_a_one_line_error(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "corrupt.json").write_text("{not json")
    (root / "wrong.json").write_text('{"findings": [{"code": "LW001"}]}')
    for name in ("missing.json", "corrupt.json", "wrong.json"):
        for command in ("scan", "audit"):
            result = lostwrite(command, "svc", "--baseline", name, cwd=root)
            assert result.returncode == 2, (command, name)
            assert result.stderr.startswith("lostwrite: error: --baseline ")
            assert len(result.stderr.strip().splitlines()) == 1


def test_add_noqa_is_byte_exact_and_idempotent(tmp_path: Path) -> None:
    root = project(tmp_path)
    source = root / "svc" / "orders.py"
    original = SERVICE.replace("\n", "\r\n").encode()  # CRLF endings survive
    source.write_bytes(original)
    ts = root / "svc" / "views.ts"
    ts.write_text(
        "export default {\n  async fetch(request, env, ctx) {\n"
        '    env.VIEWS.put("k", "v");\n    return new Response("ok");\n  },\n};\n'
    )
    result = lostwrite("scan", "svc", "--add-noqa", cwd=root)
    assert result.returncode == 0, result.stderr
    after = source.read_bytes()
    assert after.count(b"# noqa: LW001") == 1 and after.count(b"# noqa: LW004") == 1
    removed = after.replace(b"  # noqa: LW001", b"").replace(b"  # noqa: LW004", b"")
    assert removed == original
    assert '    env.VIEWS.put("k", "v");  // noqa: LW001\n' in ts.read_text()
    assert lostwrite("scan", "svc", cwd=root).returncode == 0
    again = lostwrite("scan", "svc", "--add-noqa", cwd=root)
    assert "Added noqa to 0 lines" in again.stdout
    assert source.read_bytes() == after


def test_add_noqa_leaves_multiline_strings_alone(tmp_path: Path) -> None:
    source = tmp_path / "state.py"
    code = 'import json\n\n\ndef save(state):\n    open("state.json", "w").write("""\n{}\n""")\n'
    source.write_text(code)
    result = lostwrite("scan", ".", "--add-noqa", cwd=tmp_path)
    assert "noqa not added" in result.stderr
    assert source.read_text() == code


def test_html_audit_sorts_and_filters_in_chromium(browser: Any, tmp_path: Path) -> None:
    root = project(tmp_path)
    shutil.copytree(Path(__file__).resolve().parents[2] / "examples", root / "examples")
    lostwrite("baseline", "write", "base.json", "svc", "examples", cwd=root)
    source = root / "svc" / "orders.py"
    source.write_text(
        SERVICE.replace("    asyncio.create_task(repo.save(order))", "    await repo.save(order)")
    )
    result = lostwrite(
        "audit",
        "svc",
        "examples",
        "--format",
        "html",
        "--baseline",
        "base.json",
        "-o",
        "audit.html",
        cwd=root,
    )
    assert result.returncode == 0, result.stderr
    html = (root / "audit.html").read_text()
    assert "<script src" not in html and "<link" not in html  # self-contained
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((root / "audit.html").as_uri())
    rows = page.locator("#sites tbody tr")
    total = rows.count()
    assert total >= 6
    page.select_option("select[name=status]", "at risk")
    visible = page.locator("#sites tbody tr:not([hidden])")
    assert 0 < visible.count() < total
    assert all(s == "at risk" for s in visible.evaluate_all("rs => rs.map(r => r.dataset.status)"))
    page.select_option("select[name=status]", "")
    page.fill("input[name=q]", "orders.py")
    assert page.locator("#count").inner_text().endswith(f"of {total} sites shown")
    page.fill("input[name=q]", "")
    page.click("th[data-key=path] button")
    paths = page.locator("#sites tbody tr").evaluate_all("rs => rs.map(r => r.dataset.path)")
    assert paths == sorted(paths)
    assert page.locator("th[data-key=path]").get_attribute("aria-sort") == "ascending"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "audit-html.png"), full_page=True)
    assert errors == []
