"""Following one log path through rotation, truncation, deletion and restarts.

A :class:`Follower` holds the cursor on the file currently at the path and the cursors on
files rotated away from it (``retired``), which are finished before the new file is read.
Each poll it compares the path with the open file:

* another inode at the path, or no file: the old file was rotated or deleted; it is retired
  (read to its end, then let go once it stops growing) and the new file is read from 0;
* the same inode but smaller than the offset (truncation, copytruncate) or with different
  first bytes (rewritten in place): read again from 0.

On restart the saved cursor is checked the same way; a file rotated while the watcher was
down is looked for by inode in the log's directory and finished from the saved offset.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from lostwrite.watch.cursor import Cursor
from lostwrite.watch.identity import find_moved
from lostwrite.watch.report import Reporter
from lostwrite.watch.state import LogState, SavedCursor


@dataclass
class Retired:
    """A file rotated away from the path, still being finished."""

    cursor: Cursor
    size: int
    grew_at: float


def saved_cursor(cursor: Cursor) -> SavedCursor:
    """The state entry for ``cursor``."""
    identity = cursor.identity()
    return SavedCursor(
        path=cursor.path,
        dev=identity.dev,
        ino=identity.ino,
        fingerprint=identity.fingerprint,
        fingerprint_len=identity.fingerprint_len,
        offset=cursor.offset,
        line_no=cursor.line_no,
    )


def _open_saved(path: str, saved: SavedCursor) -> Cursor | None:
    """A cursor on ``path`` at the saved offset if it is still the saved file, else None."""
    try:
        cursor = Cursor.open(path, saved.offset, saved.line_no)
    except OSError:
        return None
    if (
        (cursor.dev, cursor.ino) != (saved.dev, saved.ino)
        or not saved.identity.same_content(cursor.head)
        or cursor.size() < saved.offset
    ):
        cursor.close()
        return None
    return cursor


class Follower:
    """One watched log path."""

    def __init__(self, path: str, reporter: Reporter) -> None:
        self.path = path
        self.key = os.path.abspath(path)
        self.current: Cursor | None = None
        self.retired: list[Retired] = []
        self._reporter = reporter

    def restore(self, saved: LogState, now: float) -> None:
        """Reopen the files of a previous run at their saved offsets."""
        for old in saved.retired:
            self._restore_rotated(old, now)
        if saved.current is None:
            return
        cursor = _open_saved(self.key, saved.current)
        if cursor is not None:
            self.current = cursor
            return
        try:
            st = os.stat(self.path)
        except OSError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) == (saved.current.dev, saved.current.ino):
            self._reporter.note(
                f"{self.path}: truncated or rewritten since the last run; reading it from the start"
            )
            return
        self._restore_rotated(saved.current, now)

    def _restore_rotated(self, saved: SavedCursor, now: float) -> None:
        cursor = None
        for candidate in (saved.path, find_moved(os.path.dirname(self.key), saved.identity)):
            if candidate is not None and os.path.abspath(candidate) != self.key:
                cursor = _open_saved(candidate, saved)
                if cursor is not None:
                    break
        if cursor is None:
            self._reporter.note(
                f"{self.path}: the file read before the restart is gone; what it got after "
                f"offset {saved.offset} (if anything) could not be read"
            )
            return
        self._reporter.note(f"{self.path}: finishing the rotated file {cursor.path}")
        self.retired.append(Retired(cursor, cursor.size(), now))

    def refresh(self, now: float) -> None:
        """Compare the path with the open file and react to rotation, truncation, deletion."""
        try:
            st: os.stat_result | None = os.stat(self.path)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            self._reporter.read_error(self.key, f"{self.path}: cannot read: {exc.strerror}")
            return
        cursor = self.current
        if cursor is not None:
            if st is None or (st.st_dev, st.st_ino) != (cursor.dev, cursor.ino):
                what = "deleted" if st is None else "rotated (a new file took its place)"
                self._reporter.note(f"{self.path}: {what}; finishing the old file")
                self.retired.append(Retired(cursor, cursor.size(), now))
                self.current = None
            elif cursor.size() < cursor.offset:
                self._reporter.note(f"{self.path}: truncated; reading it again from the start")
                cursor.reset()
            elif cursor.head_changed():
                self._reporter.note(f"{self.path}: rewritten in place; reading it from the start")
                cursor.reset()
        if self.current is None and st is not None:
            self._open_new(st)
        elif self.current is None:
            self._reporter.condition(self.key, f"{self.path}: does not exist (yet)")

    def _open_new(self, st: os.stat_result) -> None:
        if not stat.S_ISREG(st.st_mode):
            self._reporter.read_error(self.key, f"{self.path}: not a regular file")
            return
        try:
            self.current = Cursor.open(self.key)
        except FileNotFoundError:
            return  # removed between stat and open: next poll
        except OSError as exc:
            self._reporter.read_error(self.key, f"{self.path}: cannot read: {exc.strerror}")
            return
        self._reporter.condition(self.key, None)

    def cursors(self) -> list[Cursor]:
        """The cursors to read this poll: rotated files first, then the current one."""
        cursors = [r.cursor for r in self.retired]
        if self.current is not None:
            cursors.append(self.current)
        return cursors

    def idle_retired(self, now: float, grace: float) -> list[Retired]:
        """Rotated files that have not grown for ``grace`` seconds (ready to be let go)."""
        done = []
        for retired in self.retired:
            size = retired.cursor.size()
            if size != retired.size:
                retired.size, retired.grew_at = size, now
            elif now - retired.grew_at >= grace:
                done.append(retired)
        return done

    def let_go(self, retired: Retired) -> None:
        """Close a finished rotated file."""
        self.retired.remove(retired)
        retired.cursor.close()

    def state(self) -> LogState:
        """What to save for this log."""
        return LogState(
            current=saved_cursor(self.current) if self.current is not None else None,
            retired=tuple(saved_cursor(r.cursor) for r in self.retired),
        )

    def close(self) -> None:
        """Close every open file."""
        for cursor in self.cursors():
            cursor.close()
        self.current = None
        self.retired = []
