"""Who a log file is: device, inode and a fingerprint of its first bytes.

The inode tells a rotated file (new inode) from the same file grown; the fingerprint (a hash of
the first KiB) catches an inode reused for different content and a file truncated and
rewritten in place. A file shorter than one KiB is fingerprinted over what it has; the
fingerprint is extended as the file grows, after checking that the old prefix is unchanged.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

FINGERPRINT_BYTES = 1024


def fingerprint(data: bytes) -> str:
    """A short stable hash of ``data`` (the first bytes of a file)."""
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def read_head(fd: int) -> bytes:
    """The first :data:`FINGERPRINT_BYTES` bytes of the open file ``fd`` (fewer if it is short)."""
    return os.pread(fd, FINGERPRINT_BYTES, 0)


@dataclass(frozen=True)
class Identity:
    """The saved identity of one log file."""

    dev: int
    ino: int
    fingerprint: str
    fingerprint_len: int

    def same_content(self, head: bytes) -> bool:
        """True if ``head`` (the current first bytes) starts with the fingerprinted prefix."""
        if len(head) < self.fingerprint_len:
            return False
        return fingerprint(head[: self.fingerprint_len]) == self.fingerprint


def find_moved(directory: str, identity: Identity) -> str | None:
    """The path in ``directory`` that now holds the file ``identity`` describes, if any.

    Used on restart when a log was rotated by rename while the watcher was down: the old
    file usually sits next to the new one (``app.jsonl.1``).
    """
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return None
    for entry in entries:
        try:
            if entry.inode() != identity.ino or not entry.is_file():
                continue
            if entry.stat().st_dev == identity.dev:
                return entry.path
        except OSError:
            continue
    return None
