"""What every recover source provides: keyset batches of candidates and locked batch commits."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lostwrite.predicate import Predicate
from lostwrite.recover.batching import BatchSizer
from lostwrite.recover.plan import Outcome
from lostwrite.recover.window import Window


class SourceFailure(Exception):
    """The source failed while running (connection lost, database locked, file changed)."""


@dataclass(frozen=True)
class Selection:
    """Which records a run looks at: the predicate, the window and the fields naming them."""

    predicate: Predicate
    window: Window
    key: str
    time_field: str


@dataclass
class Candidate:
    """A record read without a lock: its key, its document and its time value."""

    key: Any
    document: Any
    time: Any


@dataclass
class Batch:
    """Candidates in key order, and the source position once this batch is done."""

    candidates: list[Candidate]
    position: dict[str, Any]
    scanned: int


Planner = Callable[[Any, Any, dict[str, Any]], Outcome]
"""``planner(key, current_document, fields) -> Outcome``, see :meth:`Source.commit`."""


class Source(ABC):
    """A store of JSON records that recover can read in batches and repair."""

    label: str
    """How to show the source to the user (no password)."""

    @abstractmethod
    def identity(self) -> dict[str, Any]:
        """What identifies this source in a checkpoint."""

    @abstractmethod
    def batches(self, position: dict[str, Any] | None, sizer: BatchSizer) -> Iterator[Batch]:
        """Candidates after ``position`` (None: from the start), ``sizer.size`` at a time."""

    @abstractmethod
    def commit(
        self,
        items: list[tuple[Candidate, dict[str, Any]]],
        planner: Planner,
        before_commit: Callable[[list[Outcome]], None],
    ) -> list[Outcome]:
        """In one transaction: plan against the records as they are now, write, report, commit.

        Either re-read the records under a lock and plan on that, or plan on the candidates and
        write with a condition that the planned fields are still as they were (see ``Op``).
        """

    @abstractmethod
    def validate_field(self, name: str) -> None:
        """Raise ValueError if this source cannot store a field named ``name``."""

    def report_key(self, key: Any) -> Any:
        """The key as it appears in the report and the checkpoint (JSON-friendly)."""
        if type(key) is int or type(key) is str:
            return key
        return key if isinstance(key, int | str | float) or key is None else str(key)

    def finish(self) -> list[str]:
        """Work after the last batch (JSONL ``--rewrite``); returns lines to print."""
        return []

    @abstractmethod
    def close(self) -> None:
        """Release connections and files."""
