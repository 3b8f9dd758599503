"""Rewrite a source file only if it still holds the bytes the rewrite was computed from."""

from __future__ import annotations

from lostwrite.guard import atomic_write_bytes


def replace_if_unchanged(path: str, original: bytes, updated: bytes) -> str | None:
    """Atomically write ``updated`` over ``path`` if it still holds ``original``.

    Returns None on success, else why nothing was written (for a one-line warning).
    """
    try:
        with open(path, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        return str(exc.strerror or exc)
    if current != original:
        return "the file changed on disk meanwhile"
    atomic_write_bytes(path, updated)
    return None
