"""The ``lostwrite patterns`` and ``lostwrite explain`` commands: list and document the catalog."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

from lostwrite.catalog.loader import PATTERNS_DIR, Catalog, FixArchetype, Pattern, load_catalog
from lostwrite.errors import UsageError

_LANGUAGE_LABELS = {"python": "Python", "typescript": "TypeScript"}


def _catalog(args: argparse.Namespace) -> Catalog:
    return load_catalog(tuple(Path(d) for d in args.catalog))


def select_patterns(
    catalog: Catalog, severity_min: int | None = None, family: str | None = None
) -> list[Pattern]:
    """The patterns with ``severity >= severity_min`` in ``family`` (both optional)."""
    if severity_min is not None and not 1 <= severity_min <= 10:
        raise UsageError(f"--severity-min must be between 1 and 10, got {severity_min}")
    selected = list(catalog)
    if family is not None:
        families = sorted({p.family.lower() for p in catalog})
        wanted = family.strip().lower()
        if wanted not in families:
            raise UsageError(f"unknown family {family!r} (families: {', '.join(families)})")
        selected = [p for p in selected if p.family.lower() == wanted]
    if severity_min is not None:
        selected = [p for p in selected if p.severity >= severity_min]
    return selected


def render_table(patterns: Iterable[Pattern]) -> str:
    """An aligned plain-text table: code, severity, family, slug, title."""
    header = ("CODE", "SEV", "FAMILY", "SLUG", "TITLE")
    rows = [header] + [(p.code, str(p.severity), p.family, p.slug, p.title) for p in patterns]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]))
    return "\n".join(lines) + "\n"


def run_patterns(args: argparse.Namespace) -> int:
    """``lostwrite patterns``: list the catalog as a table or as JSON."""
    patterns = select_patterns(_catalog(args), args.severity_min, args.family)
    if args.output_format == "json":
        sys.stdout.write(json.dumps([p.to_dict() for p in patterns], indent=2) + "\n")
    else:
        sys.stdout.write(render_table(patterns))
    return 0


def _text(value: str) -> str:
    return value.strip("\n")


def _code_block(language: str, code: str) -> str:
    return f"```{language}\n{_text(code)}\n```"


def _examples(examples: dict[str, str]) -> list[str]:
    blocks = []
    for language, code in examples.items():
        blocks.append(f"{_LANGUAGE_LABELS.get(language, language)}:")
        blocks.append(_code_block(language, code))
    return blocks


def render_explain(pattern: Pattern) -> str:
    """The rule documentation of one pattern, as Markdown (sections modelled on Ruff's)."""
    other_names = [
        n for n in dict.fromkeys(pattern.names()) if n not in (pattern.code, pattern.slug)
    ]
    header = (
        f"{pattern.code} ({pattern.slug}) · severity {pattern.severity}/10 · "
        f"confidence {pattern.confidence:g} · family {pattern.family} · "
        f"aliases: {', '.join(other_names)}"
    )
    parts = [
        f"# {pattern.title} ({pattern.code})",
        header,
        "## What it does",
        _text(pattern.summary),
        _text(pattern.behavior),
        "## Why is this bad?",
        _text(pattern.why),
        "## Example",
        *_examples(dict(pattern.example)),
        "## Use instead",
        *_examples(dict(pattern.fix_example)),
        "## Fix archetypes",
        *(_archetype(a) for a in pattern.fix_archetypes),
        "## Cite as",
        _code_block("text", pattern.cite_as),
        "## Signature",
        _signature(pattern),
    ]
    if pattern.references:
        parts += ["## References", "\n".join(f"- {ref}" for ref in pattern.references)]
    return "\n\n".join(parts) + "\n"


def _archetype(archetype: FixArchetype) -> str:
    text = textwrap.fill(" ".join(archetype.text.split()), width=96)
    return f"- **{archetype.name}** (cost: {archetype.cost})\n\n{textwrap.indent(text, '  ')}"


def _signature(pattern: Pattern) -> str:
    if pattern.source.parent == PATTERNS_DIR:
        how = f"`lostwrite scan --select {pattern.code}`"
    else:
        how = "a user pattern: lostwrite has no detector for it"
    lines = [f"- static detector: `{pattern.detector}` ({how})"]
    if pattern.runtime is not None:
        lines.append(
            f"- runtime predicate: {pattern.runtime.describe()} "
            f"(`lostwrite watch LOG --pattern {pattern.code}`)"
        )
    regexes = [r for r in (pattern.log_regex, *pattern.alt_regex) if r]
    if regexes:
        lines.append(
            f"- {len(regexes)} regex signature(s), low confidence "
            "(`lostwrite scan --regex-signatures`):"
        )
        lines += [f"  - `{regex}`" for regex in regexes]
    return "\n".join(lines)


def run_explain(args: argparse.Namespace) -> int:
    """``lostwrite explain CODE``: print the documentation of one pattern."""
    sys.stdout.write(render_explain(_catalog(args).resolve(args.code)))
    return 0
