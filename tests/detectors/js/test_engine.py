"""JS/TS through the scan engine: grammars, unparseable files, character columns, noqa,
configured write calls, the audit sites, and one real ``lostwrite scan`` subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lostwrite.detectors.js import DETECTORS, run_detectors
from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions

ALL = AnalysisOptions(
    codes=frozenset({"LW001", "LW002", "LW003", "LW004", "LW005", "LW006", "LW007", "LW045"})
)
FIRE_AND_FORGET = "export function record(e) { db.insert(events).values(e); }\n"


@pytest.mark.parametrize("suffix", [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"])
def test_every_suffix_is_parsed_with_its_grammar(suffix: str) -> None:
    body = {
        ".tsx": "const C = (p: Props) => <div onClick={() => { db.insert(events).values(e); }} />;\n",
        ".jsx": "const C = () => <div onClick={() => { db.insert(events).values(e); }} />;\n",
    }.get(suffix, FIRE_AND_FORGET)
    result = analyze(f"x{suffix}", body.encode(), ALL)
    assert result.error is None
    assert [f.code for f in result.findings] == ["LW001"]


def test_typescript_only_syntax_in_a_js_file_is_still_analysed_when_errors_are_small() -> None:
    source = "const genMsg = () => {\n  return 1\n}\n\n[a, b].forEach(go)\n" + FIRE_AND_FORGET
    result = analyze("asi.js", source.encode(), ALL)
    assert result.error is None
    assert [(f.code, f.line) for f in result.findings] == [("LW001", 6)]


def test_an_unparseable_file_is_an_error_not_a_traceback() -> None:
    result = analyze(
        "broken.ts", b"db.insert(t).values(v);\n}}}} ))) ((( class class class {{{ \n" * 2, ALL
    )
    assert result.error is not None and result.error.startswith("syntax error at line")
    assert result.findings == []


def test_columns_are_characters_not_bytes() -> None:
    source = (
        'function f() { const greeting = "héllo wörld"; db.insert(events).values({ greeting }); }\n'
    )
    [finding] = analyze("x.ts", source.encode(), ALL).findings
    assert (finding.line, finding.column) == (1, source.index("db.insert") + 1)
    assert finding.end_column == source.index(";", source.index("db.insert")) + 1


def test_top_level_of_a_script_is_kept_alive_unless_it_exits() -> None:
    assert (
        analyze(
            "s.mjs", b"main();\nasync function main() { await db.insert(t).values(v); }\n", ALL
        ).findings
        == []
    )
    exits = b"db.insert(t).values(v);\nprocess.exit(0);\n"
    assert [f.code for f in analyze("s.mjs", exits, ALL).findings] == ["LW001"]


def test_noqa_with_the_code_suppresses_bare_noqa_does_not() -> None:
    source = "function f() {\n  db.insert(a).values(x); // noqa: LW001\n  db.insert(b).values(y); // noqa\n}\n"
    findings = analyze("x.ts", source.encode(), ALL).findings
    assert [(f.code, f.line) for f in findings] == [("LW001", 3)]


def test_configured_write_calls_are_writes() -> None:
    # run_detectors directly: the engine's byte prefilter (Detector.wanted) does not know
    # about configured write calls yet, so a file whose only write is one is skipped there.
    source = "export function book(entry) {\n  ledger.book(entry);\n}\n"
    detectors = list(DETECTORS)
    assert run_detectors("x.js", source, detectors, ALL) == ([], [])
    options = AnalysisOptions(codes=ALL.codes, write_calls=("ledger.book",))
    findings, _ = run_detectors("x.js", source, detectors, options)
    assert [f.code for f in findings] == ["LW001"]
    assert "ledger.book() (configured write call)" in findings[0].message


def test_sites_record_both_verdicts_for_the_audit() -> None:
    source = (
        "export async function f(db) {\n"
        "  await db.insert(a).values(x);\n"
        "  db.insert(b).values(y);\n"
        "}\n"
    )
    sites = analyze("x.ts", source.encode(), AnalysisOptions(codes=frozenset({"LW001"}))).sites
    assert [(s.line, s.verdict, s.reason, s.context) for s in sites] == [
        (2, "ok", "awaited", "f"),
        (3, "at risk", sites[1].reason, "f"),
    ]
    assert sites[1].reason.startswith("drizzle insert(b) is started and never awaited")


def test_scan_subprocess_reports_json(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    project = tmp_path / "worker"
    (project / "src").mkdir(parents=True)
    seed = fixtures / "LW002" / "positive" / "hono_middleware_same_file.ts"
    (project / "src" / "authors.ts").write_bytes(seed.read_bytes())
    (project / "src" / "broken.js").write_bytes(b"\xff\xfe not utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lostwrite", "scan", "--no-cache", "--format", "json", "src"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["files_scanned"] == 1
    assert [e["path"] for e in report["errors"]] == ["src/broken.js"]
    found = [
        (f["code"], f["path"], f["line"], f["column"], f["fix_available"])
        for f in report["findings"]
    ]
    assert found == [
        ("LW001", "src/authors.ts", 21, 8, True),
        ("LW002", "src/authors.ts", 21, 8, False),
        ("LW004", "src/authors.ts", 21, 8, False),
    ]
