"""Crash-safe file replacement: the target holds the old content or the new one, never a mix.

Each write goes to a new, uniquely named temporary file in the target's own directory, is
flushed and fsynced, gets the target's permission bits, and is then moved over the target
with ``os.replace`` (atomic on POSIX); the directory is fsynced so the rename itself survives
a power cut. On any failure the target is left untouched and the temporary file is removed.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from typing import Any

__all__ = ["atomic_write", "atomic_write_bytes", "atomic_write_json", "atomic_write_text"]

_TEMP_SUFFIX = ".tmp"
_MAX_NAME_PART = 100  # keeps ".<name>.<random>.tmp" under NAME_MAX for long file names
_CREATE_ATTEMPTS = 100


def atomic_write_bytes(
    path: str | os.PathLike[str],
    data: bytes | bytearray | memoryview,
    *,
    mode: int | None = None,
) -> None:
    """Replace the file at ``path`` with ``data`` atomically and durably.

    ``mode=None`` keeps the permission bits (and, where allowed, the owner) of an existing
    target; a new file gets the default permissions (``0o666`` minus the umask), as
    ``open(path, "w")`` would. An explicit ``mode`` is applied exactly. A symbolic link is
    followed: the file it points to is replaced, the link stays.
    """
    payload = memoryview(data).cast("B")
    target = os.path.realpath(os.fspath(path))
    directory, name = os.path.split(target)
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    fd, temp = _create_temp(directory, name, private=existing is not None or mode is not None)
    replaced = False
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        elif existing is not None:
            _copy_metadata(fd, existing)
        _write_all(fd, payload)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temp, target)
        replaced = True
        _fsync_directory(directory)
    finally:
        if fd >= 0:
            os.close(fd)
        if not replaced:
            _remove_quietly(temp)


def atomic_write_text(
    path: str | os.PathLike[str],
    data: str,
    *,
    mode: int | None = None,
    encoding: str = "utf-8",
) -> None:
    """Replace the file at ``path`` with the text ``data`` (no newline translation)."""
    if not isinstance(data, str):
        raise TypeError(f"atomic_write_text() needs str data, not {type(data).__name__}")
    atomic_write_bytes(path, data.encode(encoding), mode=mode)


def atomic_write_json(
    path: str | os.PathLike[str],
    data: Any,
    *,
    mode: int | None = None,
    **dumps_options: Any,
) -> None:
    """Replace the file at ``path`` with ``data`` serialised as JSON.

    The document is serialised before any file is touched, so an unserialisable value raises
    (``TypeError``/``ValueError``) with the target untouched. ``dumps_options`` go to
    ``json.dumps`` unchanged (``indent``, ``sort_keys``, ``default`` ...): with none, the bytes
    are exactly those ``json.dump(data, f)`` would write.
    """
    document = json.dumps(data, **dumps_options)
    atomic_write_bytes(path, document.encode("utf-8"), mode=mode)


def atomic_write(
    path: str | os.PathLike[str],
    data: str | bytes | bytearray | memoryview,
    *,
    mode: int | None = None,
) -> None:
    """``atomic_write_text`` for ``str`` data (UTF-8), ``atomic_write_bytes`` otherwise."""
    if isinstance(data, str):
        atomic_write_text(path, data, mode=mode)
    else:
        atomic_write_bytes(path, data, mode=mode)


def _create_temp(directory: str, name: str, *, private: bool) -> tuple[int, str]:
    """Create a new temporary file next to the target (unique name, ``O_EXCL``).

    ``private`` files start as ``0o600`` and get their final mode before any byte is written;
    otherwise the file is created with ``0o666`` so the kernel applies the umask (and any
    default ACL) exactly as for a plain ``open(path, "w")``.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    create_mode = 0o600 if private else 0o666
    for _ in range(_CREATE_ATTEMPTS):
        temp = os.path.join(
            directory, f".{name[:_MAX_NAME_PART]}.{secrets.token_hex(6)}{_TEMP_SUFFIX}"
        )
        try:
            return os.open(temp, flags, create_mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a unique temporary file in {directory!r}")


def _copy_metadata(fd: int, existing: os.stat_result) -> None:
    """Give the temporary file the permission bits and, if permitted, the owner of the target."""
    current = os.fstat(fd)
    if (current.st_uid, current.st_gid) != (existing.st_uid, existing.st_gid):
        try:
            os.fchown(fd, existing.st_uid, existing.st_gid)
        except PermissionError:
            pass  # only a privileged process may give a file away; the mode is still kept
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def _write_all(fd: int, payload: memoryview) -> None:
    """Write every byte of ``payload`` (``os.write`` may write less than asked)."""
    view = payload
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_directory(directory: str) -> None:
    """Make the rename durable by syncing the directory entry."""
    dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _remove_quietly(temp: str) -> None:
    try:
        os.unlink(temp)
    except FileNotFoundError:
        pass
