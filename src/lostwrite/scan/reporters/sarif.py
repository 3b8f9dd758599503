"""SARIF 2.1.0 output for code-scanning dashboards."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import orjson

from lostwrite import __version__
from lostwrite.catalog import Catalog, Pattern
from lostwrite.scan.engine import ScanReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _level(severity: int) -> str:
    if severity >= 7:
        return "error"
    return "warning" if severity >= 4 else "note"


def _rule(pattern: Pattern) -> dict[str, Any]:
    return {
        "id": pattern.code,
        "name": pattern.slug,
        "shortDescription": {"text": pattern.title},
        "fullDescription": {"text": " ".join(pattern.summary.split())},
        "help": {"text": f"Run `lostwrite explain {pattern.code}`."},
        "defaultConfiguration": {"level": _level(pattern.severity)},
        "properties": {"tags": [pattern.family], "precision": "high"},
    }


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def render(report: ScanReport, catalog: Catalog) -> str:
    rules = [_rule(p) for p in catalog]
    rule_index = {p.code: i for i, p in enumerate(catalog)}
    results = []
    for path, f in report.findings():
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": _level(catalog.find(f.code).severity) if catalog.find(f.code) else "warning",
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
        }
        if f.code in rule_index:
            result["ruleIndex"] = rule_index[f.code]
        results.append(result)
    notifications = [
        {
            "level": "error",
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}],
        }
        for path, message in report.errors()
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lostwrite",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/lostwrite/",
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }
    return orjson.dumps(log, option=orjson.OPT_INDENT_2).decode() + "\n"
