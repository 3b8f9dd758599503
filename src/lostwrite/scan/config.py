"""``[tool.lostwrite]`` in ``pyproject.toml`` and the effective settings of a scan.

Keys (all optional)::

    [tool.lostwrite]
    select = ["LW001", "LW003"]        # default: every pattern
    ignore = ["LW006"]
    exclude = ["migrations/", "*_pb2.py"]   # gitignore-style, relative to the project root
    write-calls = ["ledger.book", "emit_audit_row"]  # extra persistence calls (name or dotted suffix)
    [tool.lostwrite.per-file-ignores]
    "tests/*" = ["LW003"]

Command-line ``--select/--ignore/--pattern`` override the file.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lostwrite import __version__
from lostwrite.errors import UsageError

KNOWN_KEYS = {"select", "ignore", "exclude", "write-calls", "per-file-ignores"}


@dataclass(frozen=True)
class AnalysisOptions:
    """What the detectors in a worker need to know; picklable and part of the cache key."""

    codes: frozenset[str]
    write_calls: tuple[str, ...] = ()
    regex_signatures: bool = False
    catalogs: tuple[str, ...] = ()  # extra pattern directories (their regex signatures)

    @property
    def write_call_tokens(self) -> tuple[bytes, ...]:
        """Byte tokens of the configured write calls, for the prefilter (``ledger.book`` -> ``book``)."""
        return tuple(name.rsplit(".", 1)[-1].encode() for name in self.write_calls if name)


@dataclass(frozen=True)
class Settings:
    """Effective settings of one scan run."""

    root: Path
    options: AnalysisOptions
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()

    def cache_key(self) -> str:
        """A digest of everything that changes what a file's analysis yields."""
        parts = [
            __version__,
            analysis_code_fingerprint(),
            ",".join(sorted(self.options.codes)),
            ",".join(self.options.write_calls),
            str(self.options.regex_signatures),
            ",".join(self.options.catalogs),
        ]
        return hashlib.blake2b("|".join(parts).encode(), digest_size=8).hexdigest()


@functools.cache
def analysis_code_fingerprint() -> str:
    """A digest of the detector and analysis sources (and the catalog), so that an edited
    detector — in development, or a patched install with an unchanged version — never serves
    stale cached results."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=8)
    for pattern in ("detectors/**/*.py", "scan/analyze.py", "catalog/patterns/*.toml"):
        for path in sorted(package.glob(pattern)):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` that has a ``[tool.lostwrite]`` table."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "lostwrite" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None


def _codes(value: Any, where: str, known: set[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where} must be a list of pattern codes")
    return [normalise_code(v, where, known) for v in value]


def normalise_code(value: str, where: str, known: set[str]) -> str:
    """``lw1`` / ``001`` / ``LW001`` -> ``LW001``; unknown codes are a usage error."""
    raw = value.strip().upper().removeprefix("LW")
    code = f"LW{int(raw):03d}" if raw.isdigit() else value.strip().upper()
    if code not in known:
        raise UsageError(
            f"{where}: unknown pattern code {value!r} (known: {', '.join(sorted(known))})"
        )
    return code


def load_settings(
    *,
    paths: list[str],
    known_codes: set[str],
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    only: str | None = None,
    config: str | None = None,
    regex_signatures: bool = False,
    extra_catalogs: tuple[Path, ...] = (),
) -> Settings:
    """Merge ``[tool.lostwrite]`` and command-line options into :class:`Settings`.

    ``only`` is the pattern code ``--pattern`` resolved to, if given.
    """
    config_file = Path(config) if config else find_config(Path(paths[0]) if paths else Path.cwd())
    table: dict[str, Any] = {}
    if config_file is not None:
        if not config_file.is_file():
            raise UsageError(f"--config {config_file}: no such file")
        table = _read_toml(config_file).get("tool", {}).get("lostwrite", {})
        unknown = set(table) - KNOWN_KEYS
        if unknown:
            raise UsageError(
                f"{config_file}: unknown key tool.lostwrite.{sorted(unknown)[0]} "
                f"(known: {', '.join(sorted(KNOWN_KEYS))})"
            )
    where = f"{config_file}: tool.lostwrite"
    enabled = (
        set(_codes(table["select"], f"{where}.select", known_codes))
        if "select" in table
        else set(known_codes)
    )
    enabled -= set(_codes(table.get("ignore", []), f"{where}.ignore", known_codes))
    if select:
        enabled = {normalise_code(c, "--select", known_codes) for c in select}
    if ignore:
        enabled -= {normalise_code(c, "--ignore", known_codes) for c in ignore}
    if only:
        enabled = {only}
    exclude = table.get("exclude", [])
    write_calls = table.get("write-calls", [])
    for key, value in (("exclude", exclude), ("write-calls", write_calls)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{where}.{key} must be a list of strings")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise UsageError(f"{where}.per-file-ignores must be a table of glob = [codes]")
    per_file_ignores = tuple(
        (glob, frozenset(_codes(codes, f"{where}.per-file-ignores.{glob!r}", known_codes)))
        for glob, codes in per_file.items()
    )
    root = config_file.parent.resolve() if config_file else Path(os.getcwd())
    return Settings(
        root=root,
        options=AnalysisOptions(
            codes=frozenset(enabled),
            write_calls=tuple(write_calls),
            regex_signatures=regex_signatures,
            catalogs=tuple(str(Path(c).resolve()) for c in extra_catalogs),
        ),
        exclude=tuple(exclude),
        per_file_ignores=per_file_ignores,
    )
