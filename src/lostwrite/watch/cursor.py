"""Reading one open log file from a byte offset, a block of complete lines at a time.

A :class:`Cursor` owns a file descriptor, so it keeps reading the same file after the path
was renamed or deleted. It reads in large chunks with ``os.pread`` and hands out only whole
lines; a partial last line is left for the next read. A line longer than :data:`CHUNK` is
skipped without being held in memory and reported as oversized once its end is seen. The
committed ``offset`` always sits at the start of a line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from lostwrite.watch.identity import FINGERPRINT_BYTES, Identity, fingerprint, read_head

CHUNK = 1 << 20
"""Bytes per read; also the longest line ``watch`` decodes."""


@dataclass(frozen=True)
class Block:
    """Complete lines read from a file: ``data`` starts at ``offset``, after line ``line_no``."""

    data: bytes
    offset: int
    line_no: int


@dataclass(frozen=True)
class Oversized:
    """A line longer than :data:`CHUNK` that was skipped."""

    offset: int
    length: int
    line_no: int


class Cursor:
    """An open log file, its identity, and how far it has been read."""

    def __init__(self, fd: int, path: str, offset: int = 0, line_no: int = 0) -> None:
        self.fd = fd
        self.path = path
        st = os.fstat(fd)
        self.dev = st.st_dev
        self.ino = st.st_ino
        self.head = read_head(fd)
        self.offset = offset
        self.line_no = line_no
        self._skip_from: int | None = None
        self._scan_pos = 0
        self._owned: tuple[int, set[str]] = (-1, set())

    @classmethod
    def open(cls, path: str, offset: int = 0, line_no: int = 0) -> Cursor:
        """Open ``path`` for reading (raises ``OSError`` if it cannot be opened)."""
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            return cls(fd, path, offset, line_no)
        except OSError:
            os.close(fd)
            raise

    def identity(self) -> Identity:
        """The identity to save: device, inode and the fingerprint of the current head."""
        return Identity(self.dev, self.ino, fingerprint(self.head), len(self.head))

    def size(self) -> int:
        """The current size of the open file."""
        return os.fstat(self.fd).st_size

    def head_changed(self) -> bool:
        """True if the file's first bytes are no longer those seen before (rewritten in place).

        Also extends the remembered head while the file is still shorter than one KiB.
        """
        head = read_head(self.fd)
        if not head.startswith(self.head):
            return True
        self.head = head
        return False

    def row_fingerprint(self, end: int) -> str:
        """The fingerprint identifying a row that ends at byte ``end`` of this file.

        It covers the first ``min(end, 1 KiB)`` bytes, which are all on disk once the row is,
        so the same row in the same file always gets the same key — also after a restart.
        """
        length = min(end, FINGERPRINT_BYTES)
        if len(self.head) < length:
            self.head = read_head(self.fd)
        return fingerprint(self.head[:length])

    def owns(self, row_fingerprint: str) -> bool:
        """True if a row of this file can carry ``row_fingerprint`` (see :meth:`row_fingerprint`)."""
        if self._owned[0] != len(self.head):
            head = self.head
            ends = [i for i in range(len(head)) if head[i] == 0x0A] + [len(head)]
            self._owned = (len(head), {fingerprint(head[:end]) for end in ends})
        return row_fingerprint in self._owned[1]

    def next_block(self) -> Block | Oversized | None:
        """The next complete lines, a skipped oversized line, or None if nothing is complete.

        After a :class:`Block`, the caller reports its line count with :meth:`lines_done`
        (counting them is part of scanning them; doing it here would cost a second pass).
        """
        while True:
            if self._skip_from is not None:
                data = os.pread(self.fd, CHUNK, self._scan_pos)
                if not data:
                    return None
                newline = data.find(b"\n")
                if newline < 0:
                    self._scan_pos += len(data)
                    continue
                end = self._scan_pos + newline + 1
                skipped = Oversized(self._skip_from, end - self._skip_from, self.line_no + 1)
                self._skip_from = None
                self.offset = end
                self.line_no += 1
                return skipped
            data = os.pread(self.fd, CHUNK, self.offset)
            last = data.rfind(b"\n")
            if last < 0:
                if len(data) < CHUNK:
                    return None  # a partial last line (or nothing): wait for the rest
                self._skip_from = self.offset
                self._scan_pos = self.offset + len(data)
                continue
            if last + 1 < len(data):
                data = data[: last + 1]
            block = Block(data, self.offset, self.line_no)
            self.offset += len(data)
            return block

    def lines_done(self, block: Block, nlines: int) -> None:
        """Record that ``block`` held ``nlines`` lines (counted by whoever scanned it)."""
        self.line_no = block.line_no + nlines

    def tail_fragment(self) -> Block | Oversized | None:
        """Like :meth:`next_block`, but a last line without newline is returned as a line.

        For a file being let go (rotated away or deleted): nothing will complete that line.
        """
        while True:
            item = self.next_block()
            if item is not None:
                return item
            if self._skip_from is not None:
                end = max(self._scan_pos, self.size())
                skipped = Oversized(self._skip_from, end - self._skip_from, self.line_no + 1)
                self._skip_from = None
                self.offset = end
                self.line_no += 1
                return skipped
            data = os.pread(self.fd, CHUNK, self.offset)
            if b"\n" in data or len(data) == CHUNK:
                continue  # it grew since next_block looked
            if not data:
                return None
            block = Block(data + b"\n", self.offset, self.line_no)
            self.offset += len(data)
            return block

    def reset(self) -> None:
        """Start over from byte 0 (the file was truncated or rewritten)."""
        self.head = read_head(self.fd)
        self.offset = 0
        self.line_no = 0
        self._skip_from = None

    def close(self) -> None:
        """Release the file descriptor."""
        os.close(self.fd)
