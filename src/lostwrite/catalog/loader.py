"""Load, validate and resolve the pattern files in ``catalog/patterns/*.toml``.

Every file is validated field by field; a broken file raises :class:`CatalogError`
naming the file and the field. References resolve through every alias a user may
type: ``LW045``, ``lw045``, ``045``, ``45``, ``ALEF-PAT-045`` and the slug.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lostwrite.errors import UsageError
from lostwrite.predicate import Predicate

PATTERNS_DIR = Path(__file__).parent / "patterns"
CODE_RE = re.compile(r"^LW\d{3}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGES = ("python", "typescript")
COSTS = ("small", "medium", "large")


class CatalogError(UsageError):
    """A pattern file is missing, unreadable or has a bad field."""


@dataclass(frozen=True)
class FixArchetype:
    """One way to fix a pattern, with its rough cost."""

    name: str
    cost: str
    text: str


@dataclass(frozen=True)
class Pattern:
    """One lost-write pattern as described by its catalog file."""

    code: str
    slug: str
    title: str
    family: str
    severity: int
    confidence: float
    summary: str
    behavior: str
    why: str
    example: Mapping[str, str]
    fix_example: Mapping[str, str]
    fix_archetypes: tuple[FixArchetype, ...]
    detector: str
    log_regex: str | None
    alt_regex: tuple[str, ...]
    runtime: Predicate | None
    aliases: tuple[str, ...]
    references: tuple[str, ...]
    cite_as: str
    source: Path = field(compare=False)

    @property
    def number(self) -> int:
        """The numeric part of the code: 45 for ``LW045``."""
        return int(self.code[2:])

    def names(self) -> list[str]:
        """Every string that resolves to this pattern (before normalisation)."""
        return [self.code, f"{self.number:03d}", str(self.number), self.slug, *self.aliases]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view of the pattern (used by ``patterns --format json`` and the API)."""
        signature: dict[str, Any] = {"detector": self.detector}
        if self.log_regex is not None:
            signature["log_regex"] = self.log_regex
        if self.alt_regex:
            signature["alt_regex"] = list(self.alt_regex)
        if self.runtime is not None:
            signature["runtime"] = {
                "when": dict(self.runtime.when),
                "missing": list(self.runtime.missing),
                "null": list(self.runtime.null),
                "missing_or_null": list(self.runtime.missing_or_null),
            }
        return {
            "code": self.code,
            "slug": self.slug,
            "title": self.title,
            "family": self.family,
            "severity": self.severity,
            "confidence": self.confidence,
            "summary": self.summary,
            "behavior": self.behavior,
            "why": self.why,
            "example": dict(self.example),
            "fix_example": dict(self.fix_example),
            "fix_archetypes": [
                {"name": a.name, "cost": a.cost, "text": a.text} for a in self.fix_archetypes
            ],
            "signature": signature,
            "aliases": list(self.aliases),
            "references": list(self.references),
            "cite_as": self.cite_as,
        }


def _normalise(ref: str) -> str:
    return ref.strip().lower()


@dataclass(frozen=True)
class Catalog:
    """All loaded patterns, ordered by code, with alias resolution."""

    patterns: tuple[Pattern, ...]
    _index: Mapping[str, Pattern] = field(repr=False, compare=False)

    @classmethod
    def from_patterns(cls, patterns: list[Pattern]) -> Catalog:
        index: dict[str, Pattern] = {}
        by_code: dict[str, Pattern] = {}
        for pattern in sorted(patterns, key=lambda p: p.code):
            first = by_code.setdefault(pattern.code, pattern)
            if first is not pattern:
                raise CatalogError(
                    f"{pattern.source}: field 'code' {pattern.code} is already used by {first.source}"
                )
            for name in pattern.names():
                key = _normalise(name)
                owner = index.get(key)
                if owner is not None and owner.code != pattern.code:
                    raise CatalogError(
                        f"{pattern.source}: alias {name!r} is already used by {owner.code}"
                    )
                index[key] = pattern
        return cls(tuple(sorted(patterns, key=lambda p: p.code)), index)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def find(self, ref: str) -> Pattern | None:
        """The pattern ``ref`` names, or None."""
        key = _normalise(ref)
        found = self._index.get(key)
        if found is None and key.isdigit():
            found = self._index.get(str(int(key)))
        return found

    def suggestions(self, ref: str, limit: int = 3) -> list[str]:
        """Codes of the patterns whose names are closest to ``ref``."""
        key = _normalise(ref)
        close = difflib.get_close_matches(key, list(self._index), n=limit * 3, cutoff=0.5)
        codes: dict[str, None] = {}
        for name in close:
            codes[self._index[name].code] = None
        return list(codes)[:limit]

    def resolve(self, ref: str) -> Pattern:
        """The pattern ``ref`` names; raises :class:`UsageError` with close matches otherwise."""
        found = self.find(ref)
        if found is None:
            close = self.suggestions(ref)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            known = ", ".join(p.code for p in self.patterns)
            raise UsageError(f"unknown pattern {ref!r}{hint} (known: {known})")
        return found


class _Fields:
    """Typed access to one TOML table that reports the file and field on error."""

    def __init__(self, source: Path, data: Mapping[str, Any], prefix: str = "") -> None:
        self.source = source
        self.data = data
        self.prefix = prefix

    def fail(self, name: str, problem: str) -> CatalogError:
        return CatalogError(f"{self.source}: field '{self.prefix}{name}' {problem}")

    def get(self, name: str, kind: type | tuple[type, ...], *, required: bool = True) -> Any:
        if name not in self.data:
            if required:
                raise self.fail(name, "is missing")
            return None
        value = self.data[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in kinds):
            expected = (
                kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            )
            raise self.fail(name, f"must be {expected}, got {type(value).__name__}")
        return value

    def text(self, name: str, *, required: bool = True) -> str:
        value = self.get(name, str, required=required)
        if required and not value.strip():
            raise self.fail(name, "must not be empty")
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.get(name, list, required=False) or []
        if not all(isinstance(item, str) for item in value):
            raise self.fail(name, "must be a list of strings")
        return tuple(value)

    def table(self, name: str, *, required: bool = True) -> _Fields | None:
        value = self.get(name, dict, required=required)
        if value is None:
            return None
        return _Fields(self.source, value, f"{self.prefix}{name}.")

    def reject_unknown(self, known: set[str]) -> None:
        unknown = sorted(set(self.data) - known)
        if unknown:
            raise self.fail(unknown[0], "is not a known field")

    def per_language(self, name: str) -> dict[str, str]:
        table = self.table(name)
        assert table is not None
        result = {lang: table.text(lang) for lang in LANGUAGES}
        extra = set(table.data) - set(LANGUAGES)
        if extra:
            raise self.fail(name, f"has unknown languages {sorted(extra)}")
        return result


def parse_pattern(source: Path, data: Mapping[str, Any]) -> Pattern:
    """Validate one decoded pattern file and build the :class:`Pattern`."""
    f = _Fields(source, data)
    code = f.text("code")
    if not CODE_RE.match(code):
        raise f.fail("code", f"must look like LW001, got {code!r}")
    slug = f.text("slug")
    if not SLUG_RE.match(slug):
        raise f.fail("slug", f"must be lower-case words joined by '-', got {slug!r}")
    severity = f.get("severity", int)
    if not 1 <= severity <= 10:
        raise f.fail("severity", f"must be between 1 and 10, got {severity}")
    confidence = float(f.get("confidence", (int, float)))
    if not 0.0 <= confidence <= 1.0:
        raise f.fail("confidence", f"must be between 0 and 1, got {confidence}")
    archetypes = []
    raw_archetypes = f.get("fix_archetypes", list)
    if not raw_archetypes:
        raise f.fail("fix_archetypes", "must list at least one fix")
    for i, raw in enumerate(raw_archetypes):
        if not isinstance(raw, dict):
            raise f.fail(f"fix_archetypes[{i}]", "must be a table")
        a = _Fields(source, raw, f"fix_archetypes[{i}].")
        cost = a.text("cost")
        if cost not in COSTS:
            raise a.fail("cost", f"must be one of {', '.join(COSTS)}, got {cost!r}")
        archetypes.append(FixArchetype(a.text("name"), cost, a.text("text")))
        a.reject_unknown({"name", "cost", "text"})
    sig = f.table("signature")
    assert sig is not None
    sig.reject_unknown({"detector", "log_regex", "alt_regex", "runtime"})
    alt_regex = sig.strings("alt_regex")
    log_regex = sig.text("log_regex", required=False)
    regexes = [("log_regex", log_regex)] if log_regex is not None else []
    regexes += [(f"alt_regex[{i}]", regex) for i, regex in enumerate(alt_regex)]
    for name, regex in regexes:
        try:
            re.compile(regex)
        except re.error as exc:
            raise sig.fail(name, f"is not a valid regular expression: {exc}") from None
    runtime_table = sig.table("runtime", required=False)
    runtime = None
    if runtime_table is not None:
        unknown = set(runtime_table.data) - {"when", "missing", "null", "missing_or_null"}
        if unknown:
            raise sig.fail("runtime", f"has unknown keys {sorted(unknown)}")
        runtime_table.get("when", dict, required=False)
        for key in ("missing", "null", "missing_or_null"):
            runtime_table.strings(key)
        runtime = Predicate.from_mapping(runtime_table.data, label=code)
        if runtime.is_empty():
            raise sig.fail("runtime", "must hold at least one condition")
    known = {
        "code", "slug", "title", "family", "severity", "confidence", "summary", "behavior",
        "why", "example", "fix_example", "fix_archetypes", "signature", "aliases",
        "references", "cite_as",
    }  # fmt: skip
    f.reject_unknown(known)
    return Pattern(
        code=code,
        slug=slug,
        title=f.text("title"),
        family=f.text("family"),
        severity=severity,
        confidence=confidence,
        summary=f.text("summary"),
        behavior=f.text("behavior"),
        why=f.text("why"),
        example=f.per_language("example"),
        fix_example=f.per_language("fix_example"),
        fix_archetypes=tuple(archetypes),
        detector=sig.text("detector"),
        log_regex=log_regex,
        alt_regex=alt_regex,
        runtime=runtime,
        aliases=f.strings("aliases"),
        references=f.strings("references"),
        cite_as=f.text("cite_as"),
        source=source,
    )


def load_pattern_file(path: Path) -> Pattern:
    """Read and validate one pattern file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CatalogError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: invalid TOML: {exc}") from None
    pattern = parse_pattern(path, data)
    if path.stem != pattern.code and path.parent == PATTERNS_DIR:
        raise CatalogError(f"{path}: field 'code' is {pattern.code} but the file is {path.name}")
    return pattern


def load_catalog(extra_dirs: tuple[Path, ...] = ()) -> Catalog:
    """The built-in catalog plus the patterns in ``extra_dirs`` (``--catalog DIR``)."""
    return _load(tuple(Path(d) for d in extra_dirs))


@functools.cache
def _load(extra_dirs: tuple[Path, ...]) -> Catalog:
    patterns = [load_pattern_file(p) for p in sorted(PATTERNS_DIR.glob("*.toml"))]
    for directory in extra_dirs:
        if not directory.is_dir():
            raise CatalogError(f"{directory}: --catalog must be a directory of pattern files")
        patterns.extend(load_pattern_file(p) for p in sorted(directory.glob("*.toml")))
    return Catalog.from_patterns(patterns)
