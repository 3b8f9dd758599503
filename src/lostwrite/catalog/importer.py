"""``lostwrite catalog import``: turn an ALEF-style pattern JSON into a pattern TOML file.

The ALEF format carries ``id``, ``slug``, ``family``, ``severity``, ``confidence``,
``summary``, ``signature`` (``log_regex``, ``alt_regex``, ``behavior``) and
``fix_archetypes`` (``name``, ``cost``, ``text``). Our pattern files need more (a title, why it
is bad, examples per language, a cite-as block); those fields get texts derived from what the
JSON has, worded so that a reader sees the pattern was imported and what is still missing. The
result is validated with the catalog loader before anything is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lostwrite.catalog.loader import (
    COSTS,
    SLUG_RE,
    Pattern,
    load_catalog,
    parse_pattern,
)
from lostwrite.catalog.toml_writer import dumps
from lostwrite.errors import UsageError

PROSE_KEYS = ("summary", "behavior", "why", "text", "cite_as", "python", "typescript")
_ID_NUMBER = re.compile(r"(?<!\d)(\d{1,3})$")
_COMMENT = {"python": "#", "typescript": "//"}
_LANGUAGE_NAMES = {"python": "Python", "typescript": "TypeScript"}


class _Json:
    """Typed access to one JSON object that names the file and field on error."""

    def __init__(self, source: Path, data: Mapping[str, Any], prefix: str = "") -> None:
        self.source = source
        self.data = data
        self.prefix = prefix

    def fail(self, name: str, problem: str) -> UsageError:
        return UsageError(f"{self.source}: field '{self.prefix}{name}' {problem}")

    def optional_text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "must be a non-empty string")
        return value

    def text(self, name: str) -> str:
        value = self.optional_text(name)
        if value is None:
            raise self.fail(name, "is missing" if self.data.get(name) is None else "is empty")
        return value

    def number(self, name: str, kind: type, low: float, high: float) -> Any:
        value = self.data.get(name)
        if value is None:
            raise self.fail(name, "is missing")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(name, f"must be a number from {low:g} to {high:g}, got {value!r}")
        if kind is int and value != int(value):
            raise self.fail(name, f"must be a whole number from {low:g} to {high:g}, got {value}")
        if not low <= value <= high:
            raise self.fail(name, f"must be from {low:g} to {high:g}, got {value}")
        return kind(value)

    def objects(self, name: str) -> list[_Json]:
        value = self.data.get(name)
        if value is None:
            raise self.fail(name, "is missing")
        if not isinstance(value, list) or not value:
            raise self.fail(name, "must be a non-empty list")
        items = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{name}[{i}]", "must be an object")
            items.append(_Json(self.source, item, f"{self.prefix}{name}[{i}]."))
        return items

    def regexes(self, name: str) -> list[str]:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(name, "must be a list of non-empty strings")
        return value


def read_alef(path: Path) -> dict[str, Any]:
    """Read and decode the JSON file; one-line :class:`UsageError` on any problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{path}: invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object, got {type(data).__name__}")
    return data


def _title_from_slug(slug: str) -> str:
    return slug.replace("-", " ").capitalize()


def _family(raw: str) -> str:
    # ALEF pages show "persist \u00d7 race-loses-late-data": the family, then the mechanism.
    return "-".join(raw.split("\u00d7")[0].lower().split())


def alef_to_pattern_data(alef: Mapping[str, Any], source: Path) -> dict[str, Any]:
    """The pattern-file table for an ALEF pattern object (field order as in our files)."""
    f = _Json(source, alef)
    alef_id = f.text("id")
    number = _ID_NUMBER.search(alef_id)
    if number is None or int(number.group(1)) == 0:
        raise f.fail(
            "id", f"must end in a pattern number 1-999, like ALEF-PAT-045; got {alef_id!r}"
        )
    code = f"LW{int(number.group(1)):03d}"
    slug = f.text("slug")
    if not SLUG_RE.match(slug):
        raise f.fail("slug", f"must be lower-case words joined by '-', got {slug!r}")
    family = _family(f.text("family"))
    if not family:
        raise f.fail("family", "must name a family, like 'persist'")
    severity = f.number("severity", int, 1, 10)
    confidence = f.number("confidence", float, 0, 1)
    summary = f.text("summary")
    signature_raw = alef.get("signature")
    if signature_raw is None:
        signature_raw = {}
    if not isinstance(signature_raw, dict):
        raise f.fail("signature", "must be an object")
    sig = _Json(source, signature_raw, "signature.")
    log_regex = sig.optional_text("log_regex")
    alt_regex = sig.regexes("alt_regex")
    regexes = [("log_regex", log_regex)] if log_regex is not None else []
    regexes += [(f"alt_regex[{i}]", regex) for i, regex in enumerate(alt_regex)]
    for name, regex in regexes:
        try:
            re.compile(regex)
        except re.error as exc:
            raise sig.fail(name, f"is not a valid regular expression: {exc}") from None
    archetypes = []
    for a in f.objects("fix_archetypes"):
        cost = a.text("cost").lower()
        if cost not in COSTS:
            raise a.fail("cost", f"must be one of {', '.join(COSTS)}, got {cost!r}")
        archetypes.append({"name": a.text("name"), "cost": cost, "text": a.text("text")})
    behavior = sig.optional_text("behavior") or (
        f"{alef_id} describes no separate behavior; the summary above is all it says."
    )
    signature: dict[str, Any] = {"detector": slug}
    if log_regex is not None:
        signature["log_regex"] = log_regex
    if alt_regex:
        signature["alt_regex"] = alt_regex
    return {
        "code": code,
        "slug": slug,
        "title": f.optional_text("title") or _title_from_slug(slug),
        "family": family,
        "severity": severity,
        "confidence": confidence,
        "summary": summary,
        "behavior": behavior,
        "why": (
            f"Imported from {alef_id}, which gives no separate reason why the pattern is harmful. "
            f"The loss it describes: {summary}"
        ),
        "aliases": [alef_id, slug],
        "references": [],
        "cite_as": f"fixes pattern {code} ({slug}), also known as {alef_id}\n"
        f"ref: lostwrite explain {code}",
        "signature": signature,
        "example": _no_example(alef_id, "example"),
        "fix_example": _no_example(alef_id, "fix example"),
        "fix_archetypes": archetypes,
    }


def _no_example(alef_id: str, what: str) -> dict[str, str]:
    return {
        language: f"{_COMMENT[language]} No {_LANGUAGE_NAMES[language]} {what}: this pattern was "
        f"imported from {alef_id}, which has none.\n"
        for language in _COMMENT
    }


def convert(alef: Mapping[str, Any], source: Path) -> tuple[Pattern, str]:
    """Convert and validate; returns the loaded pattern and the TOML text of its file."""
    data = alef_to_pattern_data(alef, source)
    text = dumps(
        data,
        multiline_keys=PROSE_KEYS,
        comment=f"Imported from {data['aliases'][0]} by `lostwrite catalog import {source.name}`.",
    )
    pattern = parse_pattern(source, tomllib.loads(text))  # the loader's checks, as for any file
    return pattern, text


def _note_clashes(pattern: Pattern) -> None:
    """Tell the user which names the built-in catalog already uses (--catalog would refuse)."""
    builtin = load_catalog()
    clashes: dict[str, list[str]] = {}
    for name in dict.fromkeys(pattern.names()):
        owner = builtin.find(name)
        if owner is not None:
            clashes.setdefault(owner.code, []).append(name)
    for code, names in clashes.items():
        print(
            f"lostwrite: note: built-in {code} already answers to {', '.join(names)}; change "
            "the code and aliases before putting this file in a --catalog directory",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    """``lostwrite catalog import FILE.json [-o PATH] [--force]``."""
    source = Path(args.file)
    pattern, text = convert(read_alef(source), source)
    _note_clashes(pattern)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    if target.is_dir():
        target = target / f"{pattern.code}.toml"
    if target.exists() and not args.force:
        raise UsageError(f"{target} already exists; pass --force to replace it")
    from lostwrite.guard import atomic_write_text

    try:
        atomic_write_text(target, text)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write: {exc.strerror or exc}") from None
    print(f"wrote {target} ({pattern.code} {pattern.slug})", file=sys.stderr)
    return 0
