"""``lostwrite scan`` end to end through the real CLI: formats, exit codes, config, noqa,
bad input, cache and the process pool."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.scan.conftest import CLI, STATE_WRITE

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_examples_have_findings(cli: CLI) -> None:
    result = cli("scan", str(EXAMPLES), "--no-cache")
    assert result.returncode == 1, result.stderr
    assert "LW003" in result.stdout
    assert "GUIDANCE_PATH" in result.stdout
    assert "Traceback" not in result.stderr


def test_text_format_and_exit_codes(cli: CLI, tmp_path: Path) -> None:
    write(tmp_path, "svc/state.py", STATE_WRITE)
    result = cli("scan", "svc")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("svc/state.py:4:10: LW003 [*] state file 'state.json' is rewritten")
    assert result.stdout.rstrip().endswith(
        "Found 1 finding in 1 file scanned (1 fixable with `lostwrite scan --fix`, marked [*])."
    )
    assert cli("scan", "svc", "--exit-zero").returncode == 0
    write(tmp_path, "clean/ok.py", "print('hi')\n")
    clean = cli("scan", "clean")
    assert clean.returncode == 0
    assert "Found 0 findings in 1 file scanned." in clean.stdout


def test_json_contract(cli: CLI, tmp_path: Path) -> None:
    write(tmp_path, "svc/state.py", STATE_WRITE)
    result = cli("scan", "svc", "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"version", "findings", "errors", "files_scanned"}
    assert data["files_scanned"] == 1 and data["errors"] == []
    finding = data["findings"][0]
    for key in (
        "code",
        "slug",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "severity",
        "message",
        "fix_available",
    ):
        assert key in finding
    assert finding["path"] == "svc/state.py"  # relative stays relative
    assert (finding["code"], finding["slug"]) == ("LW003", "non-atomic-state-write")
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (
        4,
        10,
        4,
        33,
    )
    absolute = json.loads(cli("scan", str(tmp_path / "svc"), "--format", "json").stdout)
    assert absolute["findings"][0]["path"] == str(tmp_path / "svc" / "state.py")


def test_sarif_validates_against_schema(cli: CLI, tmp_path: Path) -> None:
    write(tmp_path, "svc/state.py", STATE_WRITE)
    write(tmp_path, "svc/broken.py", "def f(:\n  open('state.json', 'w')\n")
    result = cli("scan", "svc", "--format", "sarif")
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    run = log["runs"][0]
    assert run["results"][0]["ruleId"] == "LW003"
    assert run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith(
        "syntax error"
    )


def test_github_annotations(cli: CLI, tmp_path: Path) -> None:
    write(tmp_path, "svc/state.py", STATE_WRITE)
    out = cli("scan", "svc", "--format", "github").stdout
    assert out.startswith(
        "::error file=svc/state.py,line=4,col=10,endLine=4,endColumn=33,title=LW003 non-atomic-state-write::"
    )


def test_noqa_requires_codes(cli: CLI, tmp_path: Path) -> None:
    code = STATE_WRITE.replace('"w") as f:', '"w") as f:  # noqa')
    write(tmp_path, "a/bare.py", code)
    write(tmp_path, "a/coded.py", STATE_WRITE.replace('"w") as f:', '"w") as f:  # noqa: LW003'))
    write(tmp_path, "a/other.py", STATE_WRITE.replace('"w") as f:', '"w") as f:  # noqa: LW001'))
    data = json.loads(cli("scan", "a", "--format", "json").stdout)
    assert sorted(f["path"] for f in data["findings"]) == ["a/bare.py", "a/other.py"]


def test_bad_files_are_errors_and_the_rest_is_scanned(cli: CLI, tmp_path: Path) -> None:
    write(tmp_path, "tree/good.py", STATE_WRITE)
    write(tmp_path, "tree/syntax.py", "def broken(:\n    open('state.json', 'w')\n")
    write(tmp_path, "tree/binary.py", b"\x00\x01\x02open(")
    write(tmp_path, "tree/latin1.py", "x = 'caf\xe9'\n".encode("latin-1"))
    unreadable = write(tmp_path, "tree/secret.py", STATE_WRITE)
    unreadable.chmod(0)
    os.symlink("loop_b.py", tmp_path / "tree" / "loop_a.py")
    os.symlink("loop_a.py", tmp_path / "tree" / "loop_b.py")
    os.symlink(".", tmp_path / "tree" / "again")
    args = [sys.executable, "-m", "lostwrite", "scan", "tree", "--format", "json", "--no-cache"]
    if os.geteuid() == 0:  # root reads a 0000 file anyway: drop the capabilities that allow it
        args = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *args]

    result = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    errors = {e["path"]: e["message"] for e in data["errors"]}
    assert errors["tree/syntax.py"].startswith("syntax error at line 1")
    assert errors["tree/binary.py"].startswith("binary file")
    assert errors["tree/latin1.py"].startswith("not valid UTF-8")
    assert "Permission denied" in errors["tree/secret.py"]
    assert errors["tree/loop_a.py"] == "symlink loop"
    assert errors["tree/again"].startswith("symlink loop")
    assert [f["path"] for f in data["findings"]] == ["tree/good.py"]


def test_missing_path_is_an_error(cli: CLI) -> None:
    result = cli("scan", "does-not-exist")
    assert result.returncode == 2
    assert "does-not-exist: error: cannot read: No such file or directory" in result.stdout


def test_config_select_ignore_exclude_per_file(cli: CLI, tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        """
[tool.lostwrite]
exclude = ["generated/"]
[tool.lostwrite.per-file-ignores]
"legacy/*" = ["LW003"]
""",
    )
    write(tmp_path, "app/state.py", STATE_WRITE)
    write(tmp_path, "legacy/state.py", STATE_WRITE)
    write(tmp_path, "generated/state.py", STATE_WRITE)
    write(tmp_path, "node_modules/pkg/state.py", STATE_WRITE)
    write(tmp_path, ".gitignore", "ignored_dir/\n")
    write(tmp_path, "ignored_dir/state.py", STATE_WRITE)
    data = json.loads(cli("scan", "--format", "json").stdout)
    assert [f["path"] for f in data["findings"]] == ["app/state.py"]
    assert cli("scan", "--ignore", "LW003").returncode == 0
    assert cli("scan", "--select", "LW001").returncode == 0
    assert cli("scan", "--pattern", "non-atomic-state-write").returncode == 1
    assert cli("scan", "--pattern", "3").returncode == 1


def test_declaration_files_and_minified_bundles_are_not_analysed(cli: CLI, tmp_path: Path) -> None:
    fire = "export function track(db, id) {\n  db.insert(views).values({ id });\n}\n"
    write(tmp_path, "web/track.ts", fire)
    write(tmp_path, "web/types.d.ts", "export declare function track(db: unknown): void;\n")
    bundle = fire.replace("\n", " ") * 400  # one 20 KB line: what a minifier emits
    write(tmp_path, "web/vendor.min.js", bundle + "\n")
    data = json.loads(cli("scan", "web", "--format", "json", "--no-cache").stdout)
    assert data["files_scanned"] == 2 and data["errors"] == []
    assert {f["path"] for f in data["findings"]} == {"web/track.ts"}
    named = json.loads(cli("scan", "web/types.d.ts", "--format", "json").stdout)
    assert named["files_scanned"] == 1


def test_bad_options_are_one_line_errors(cli: CLI, tmp_path: Path) -> None:
    for args in (["--select", "LW999"], ["--pattern", "nope"], ["--jobs", "0"]):
        result = cli("scan", *args)
        assert result.returncode == 2
        assert result.stderr.startswith("lostwrite: error: ")
        assert len(result.stderr.strip().splitlines()) == 1
    write(tmp_path, "pyproject.toml", "[tool.lostwrite]\nselekt = ['LW001']\n")
    result = cli("scan")
    assert result.returncode == 2 and "unknown key tool.lostwrite.selekt" in result.stderr


def test_cache_is_used_and_invalidated(cli: CLI, tmp_path: Path) -> None:
    path = write(tmp_path, "svc/state.py", STATE_WRITE)
    assert cli("scan", "svc").returncode == 1
    cache_files = list((tmp_path / ".lostwrite_cache").glob("results-*.json"))
    assert len(cache_files) == 1
    cache = json.loads(cache_files[0].read_text())
    assert len(cache["results"]) == 1
    assert list(cache["stat"]) == [str(path)]  # the stat index: unchanged files are not re-read
    assert cli("scan", "svc").returncode == 1  # served from the cache
    path.write_text("print('fixed')\n")
    assert cli("scan", "svc").returncode == 0  # content changed: analysed again
    assert cli("scan", "svc", "--no-cache").returncode == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pool_gives_the_same_results(cli: CLI, tmp_path: Path, jobs: str) -> None:
    for i in range(60):
        write(tmp_path, f"many/m{i:02d}.py", STATE_WRITE if i % 3 == 0 else "x = open('out.txt')\n")
    data = json.loads(cli("scan", "many", "--format", "json", "--no-cache", "--jobs", jobs).stdout)
    assert data["files_scanned"] == 60
    assert [f["path"] for f in data["findings"]] == [f"many/m{i:02d}.py" for i in range(0, 60, 3)]


def test_version_and_module_entry(cli: CLI) -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("lostwrite ")


def test_regex_signatures_only_on_request(cli: CLI, tmp_path: Path) -> None:
    write(
        tmp_path,
        "web/enrich.js",
        'export async function record(row) {\n  await appendFile(LOG, JSON.stringify(row) + "\\n");\n'
        '  import("./classifier").then((m) => { row.verdict = m.classify(row.text); });\n}\n',
    )
    plain = json.loads(cli("scan", "web", "--format", "json", "--select", "LW045").stdout)
    assert all("(low confidence)" not in f["message"] for f in plain["findings"])
    data = json.loads(
        cli("scan", "web", "--format", "json", "--select", "LW045", "--regex-signatures").stdout
    )
    low = [f for f in data["findings"] if f["message"].startswith("(low confidence)")]
    assert low and all(f["code"] == "LW045" for f in low)
    assert [f["line"] for f in low] == [2, 3]


def test_regex_signatures_honour_noqa(cli: CLI, tmp_path: Path) -> None:
    write(
        tmp_path,
        "web/enrich.js",
        "export async function record(row) {\n"
        '  await appendFile(LOG, JSON.stringify(row) + "\\n"); // noqa: LW045\n'
        '  import("./classifier").then((m) => { row.verdict = m.classify(row.text); });\n}\n',
    )
    data = json.loads(
        cli("scan", "web", "--format", "json", "--select", "LW045", "--regex-signatures").stdout
    )
    low = [f for f in data["findings"] if f["message"].startswith("(low confidence)")]
    assert [f["line"] for f in low] == [3]


def test_configured_write_calls_reach_the_detectors(cli: CLI, tmp_path: Path) -> None:
    code = (
        "import logging\n\nlog = logging.getLogger(__name__)\n\n\n"
        "def settle(ledger, entry):\n    try:\n        ledger.book(entry)\n"
        "    except Exception:\n        log.warning('booking failed')\n"
    )
    write(tmp_path, "app/settle.py", code)
    assert cli("scan", "app").returncode == 0  # `book` is not a known write
    write(tmp_path, "pyproject.toml", '[tool.lostwrite]\nwrite-calls = ["ledger.book"]\n')
    data = json.loads(cli("scan", "app", "--format", "json").stdout)
    assert [(f["code"], f["line"]) for f in data["findings"]] == [("LW004", 9)]
