"""The JavaScript half of ``scan_bench.py --js``: lostwrite vs type-aware ESLint and Semgrep.

ESLint runs ``@typescript-eslint/no-floating-promises`` with type information (a tsconfig with
``allowJs`` over exactly the files lostwrite scans); Semgrep runs one generic rule for dropped
promise chains. All three get the same file list; every tool is timed cold (no cache).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from js_bench import copy_tree

from lostwrite.scan.discovery import JS_SUFFIXES, discover

NPM_SOURCES = Path("/usr/lib/node_modules/npm")
ESLINT_CONFIG = """import tseslint from "typescript-eslint";

export default [
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
];
"""
SEMGREP_RULE = """rules:
  - id: dropped-promise-chain
    languages: [javascript]
    severity: WARNING
    message: a promise chain whose result nobody awaits
    patterns:
      - pattern-either:
          - pattern: $P.then(...);
          - pattern: $P.catch(...);
      - pattern-not-inside: await $X;
      - pattern-not-inside: return $X;
"""


def install_peers(peers: Path) -> tuple[Path, Path]:
    """ESLint (+ typescript-eslint, TypeScript) and Semgrep, installed once into ``peers``."""
    peers.mkdir(parents=True, exist_ok=True)
    eslint = peers / "node_modules" / ".bin" / "eslint"
    if not eslint.exists():
        subprocess.run(
            ["npm", "install", "--silent", "--no-audit", "--no-fund", "eslint@9",
             "typescript-eslint", "typescript@5"],
            cwd=peers, check=True,
        )  # fmt: skip
    semgrep = peers / "venv" / "bin" / "semgrep"
    if not semgrep.exists():
        subprocess.run([sys.executable, "-m", "venv", str(peers / "venv")], check=True)
        subprocess.run(
            [str(peers / "venv" / "bin" / "pip"), "install", "-q", "semgrep"], check=True
        )
    return eslint, semgrep


def timed(
    cmd: list[str], cwd: Path, runs: int, env: dict[str, str] | None = None
) -> tuple[float, str]:
    times = []
    out = ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, check=False)
        times.append(time.perf_counter() - start)
        out = done.stdout
    return statistics.median(times), out


def compare(workdir: Path, peers: Path, runs: int) -> None:
    eslint, semgrep = install_peers(peers)
    corpus_parent = workdir / "npm-corpus"
    if corpus_parent.exists():
        shutil.rmtree(corpus_parent)
    corpus_parent.mkdir()
    root = copy_tree(NPM_SOURCES, corpus_parent)
    files = sorted(
        os.path.relpath(d.path, root)
        for d in discover([str(root)], root)
        if d.error is None and Path(d.path).suffix in JS_SUFFIXES
    )
    (root / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {"allowJs": True, "checkJs": False, "noEmit": True,
                                    "target": "es2022", "module": "nodenext", "skipLibCheck": True},
                "files": files,
            }
        )
    )  # fmt: skip
    (root / "eslint.config.mjs").write_text(ESLINT_CONFIG)
    (root / "node_modules").symlink_to(peers / "node_modules")  # for the config's imports
    (root / "rule.yml").write_text(SEMGREP_RULE)
    print(f"corpus: {root} ({len(files)} JavaScript files, the ones lostwrite scans)")
    lw_s, lw_out = timed(
        [sys.executable, "-m", "lostwrite", "scan", "--no-cache", "--exit-zero", "--format",
         "json", *files], root, runs,
    )  # fmt: skip
    lw_findings = len(json.loads(lw_out)["findings"]) if lw_out else -1
    env = dict(os.environ, NODE_OPTIONS="--max-old-space-size=8192")
    es_s, es_out = timed(
        [str(eslint), "--no-warn-ignored", "--format", "json",
         *files], root, runs, env,
    )  # fmt: skip
    try:
        es_findings = sum(len(f["messages"]) for f in json.loads(es_out))
    except (json.JSONDecodeError, TypeError):
        es_findings = -1
    sg_env = dict(os.environ, SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
    sg_s, sg_out = timed(
        [str(semgrep), "scan", "--config", "rule.yml", "--metrics", "off", "--disable-version-check",
         "--json", "--quiet", "-j", "2", *files], root, runs, sg_env,
    )  # fmt: skip
    try:
        sg_findings = len(json.loads(sg_out)["results"])
    except (json.JSONDecodeError, KeyError):
        sg_findings = -1
    print(f"lostwrite scan --no-cache (all JS detectors): {lw_s:6.2f} s  {lw_findings} findings")
    print(
        f"eslint no-floating-promises (type-aware):     {es_s:6.2f} s  {es_findings} findings  -> lostwrite {es_s / lw_s:.1f}x faster"
    )
    print(
        f"semgrep, one generic rule:                    {sg_s:6.2f} s  {sg_findings} findings  -> lostwrite {sg_s / lw_s:.1f}x faster"
    )
