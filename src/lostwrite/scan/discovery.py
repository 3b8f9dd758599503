"""Find the source files a scan covers.

Directories are walked recursively; ``.gitignore`` files are honoured at every level; VCS,
dependency, cache, build and virtualenv directories are skipped; directory symlinks are
followed once, and a symlink that leads back into its own ancestry is reported as a loop.
Files named explicitly on the command line are always scanned if their type is supported.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pathspec

PYTHON_SUFFIXES = frozenset({".py", ".pyi"})
JS_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"})
SOURCE_SUFFIXES = PYTHON_SUFFIXES | JS_SUFFIXES
# TypeScript declaration files hold types only, no code that could write: not walked into
# (named on the command line, they are still scanned).
DECLARATION_SUFFIXES = (".d.ts", ".d.mts", ".d.cts")
SKIPPED_DIRS = frozenset(
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", ".tox", ".nox",
        ".mypy_cache", ".pytest_cache", ".ruff_cache", ".lostwrite_cache", ".eggs",
        "site-packages", "build", "built", "dist", ".next", ".nuxt", ".svelte-kit", ".output",
        ".wrangler",
    }
)  # fmt: skip


def language_of(path: str) -> str | None:
    """``"python"``, ``"js"`` or None for a path's extension."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in PYTHON_SUFFIXES:
        return "python"
    if suffix in JS_SUFFIXES:
        return "js"
    return None


@dataclass(frozen=True, slots=True)
class Discovered:
    """A file to scan (``error`` is None) or a path that could not be walked."""

    path: str
    error: str | None = None


class _Ignores:
    """The gitignore specs in force in one directory, each relative to where it was found."""

    def __init__(self, specs: tuple[tuple[str, pathspec.PathSpec], ...]) -> None:
        self.specs = specs

    def with_dir(self, directory: str) -> _Ignores:
        gitignore = os.path.join(directory, ".gitignore")
        try:
            with open(gitignore, encoding="utf-8", errors="replace") as handle:
                spec = pathspec.GitIgnoreSpec.from_lines(handle)
        except OSError:
            return self
        return _Ignores((*self.specs, (directory, spec)))

    def ignored(self, path: str, is_dir: bool) -> bool:
        for base, spec in self.specs:
            rel = os.path.relpath(path, base)
            if rel.startswith(".."):
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _is_virtualenv(path: str) -> bool:
    return os.path.exists(os.path.join(path, "pyvenv.cfg"))


def discover(paths: list[str], root: Path, exclude: tuple[str, ...] = ()) -> Iterator[Discovered]:
    """Yield the files under ``paths`` (as the user spelled them) and walk errors."""
    base = _Ignores(())
    if exclude:
        base = _Ignores(((str(root), pathspec.GitIgnoreSpec.from_lines(exclude)),))
    for given in paths:
        try:
            st = os.stat(given)
        except OSError as exc:
            yield Discovered(given, _describe(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            ignores = base
            for parent in reversed(Path(given).resolve().parents):
                if str(parent).startswith(str(root)) and parent != Path(given).resolve():
                    ignores = ignores.with_dir(str(parent))
            yield from _walk(given, ignores, [(st.st_dev, st.st_ino)])
        elif language_of(given) is None:
            yield Discovered(given, "not a Python or JavaScript/TypeScript file")
        else:
            yield Discovered(given)


def _walk(
    directory: str, ignores: _Ignores, ancestry: list[tuple[int, int]]
) -> Iterator[Discovered]:
    ignores = ignores.with_dir(directory)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield Discovered(directory, _describe(exc))
        return
    for entry in entries:
        path = os.path.normpath(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Discovered(path, _describe(exc))
            continue
        if is_dir:
            if entry.name in SKIPPED_DIRS or ignores.ignored(path, True) or _is_virtualenv(path):
                continue
            try:
                st = os.stat(path)
            except OSError as exc:
                yield Discovered(path, _describe(exc))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestry:
                yield Discovered(path, "symlink loop: this directory contains itself")
                continue
            yield from _walk(path, ignores, [*ancestry, key])
            continue
        if (
            language_of(entry.name) is None
            or entry.name.endswith(DECLARATION_SUFFIXES)
            or ignores.ignored(path, False)
        ):
            continue
        if entry.is_symlink() and not os.path.exists(path):
            problem = "symlink loop" if _is_loop(path) else "broken symlink"
            yield Discovered(path, problem)
            continue
        yield Discovered(path)


def _is_loop(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return f"cannot read: {exc.strerror or exc}"
