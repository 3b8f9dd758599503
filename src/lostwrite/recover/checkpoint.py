"""The checkpoint file that lets an interrupted ``recover --apply`` resume where it stopped.

It is rewritten atomically after every committed batch and holds the run's identity (source,
predicate, window, key, marker), the source position after the last committed batch (the last
key, or for JSONL the index into the damaged records), the running counts and the report path.
A crash between a commit and the checkpoint write makes the next run redo one batch, which the
compare-and-set writes turn into a no-op. The file is removed when a run completes.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lostwrite.errors import UsageError
from lostwrite.recover import jsontext
from lostwrite.recover.fsutil import atomic_write

FORMAT = 1


def run_digest(identity: dict[str, Any]) -> str:
    """A short stable hash of a run identity, used for default file names."""
    return hashlib.sha256(jsontext.dumps(identity)).hexdigest()[:12]


def default_paths(identity: dict[str, Any]) -> tuple[Path, Path]:
    """The default checkpoint and report paths under ``.lostwrite/`` for this run identity."""
    digest = run_digest(identity)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = Path(".lostwrite")
    return (
        base / f"recover-{digest}.checkpoint.json",
        base / f"recover-{digest}-{stamp}.report.jsonl",
    )


@dataclass
class Checkpoint:
    """Progress of one recovery run, persisted after each committed batch."""

    path: Path
    identity: dict[str, Any]
    run_id: str
    report_path: str
    position: dict[str, Any] | None = None
    batches: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def open(
        cls, path: Path, identity: dict[str, Any], report_path: Path
    ) -> tuple[Checkpoint, bool]:
        """Load the checkpoint at ``path`` (resume) or start a new one; True if resuming."""
        if not path.exists():
            return cls(path, identity, uuid.uuid4().hex[:16], str(report_path)), False
        try:
            data = jsontext.loads(path.read_bytes())
            if data.get("format") != FORMAT:
                raise ValueError("unknown format")
            stored = data["identity"]
            checkpoint = cls(
                path,
                stored,
                str(data["run"]),
                str(data["report"]),
                data["position"],
                int(data["batches"]),
                {str(k): int(v) for k, v in data["counts"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UsageError(
                f"checkpoint {path} is unreadable ({exc}); remove it to start over"
            ) from None
        if stored != identity:
            raise UsageError(
                f"checkpoint {path} belongs to a different run (source, predicate, window, key or "
                "marker differ); remove it or choose another --checkpoint"
            )
        return checkpoint, True

    def save(self) -> None:
        """Write the checkpoint atomically (temp file, fsync, rename)."""
        data = {
            "format": FORMAT,
            "run": self.run_id,
            "identity": self.identity,
            "report": self.report_path,
            "position": self.position,
            "batches": self.batches,
            "counts": self.counts,
            "saved_at": datetime.now(UTC).isoformat(),
        }
        atomic_write(self.path, jsontext.dumps(data) + b"\n")

    def remove(self) -> None:
        """Delete the checkpoint (the run finished)."""
        self.path.unlink(missing_ok=True)
