"""The recovery loop shared by every source: select, enrich, plan under lock, write, checkpoint.

Per batch: keep the candidates that match the predicate and the window; call the enrichment on
them outside any transaction; then, in one source transaction, re-read the records under a lock,
plan the compare-and-set writes, write them, append the report lines (fsynced) and commit;
finally save the checkpoint. A dry run walks the same batches, counts, and enriches a sample.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO

from lostwrite.recover.batching import BatchSizer
from lostwrite.recover.checkpoint import Checkpoint
from lostwrite.recover.enrich import Enricher, Failure
from lostwrite.recover.plan import Marker, Outcome, normalize_fields, plan
from lostwrite.recover.report import Report, outcome_line
from lostwrite.recover.sources.base import Candidate, Selection, Source

COUNTS = ("read", "damaged", "recovered", "fields", "skipped", "unchanged", "failed")
_PRINTED_FAILURES = 20


def utc_now() -> str:
    """The current time, ISO-8601 UTC with seconds precision."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Sample:
    """A dry-run example: the record's key and what would be written (or why not)."""

    key: Any
    outcome: Outcome


@dataclass
class Recovery:
    """One recover run over one source."""

    source: Source
    selection: Selection
    enricher: Enricher
    marker: Marker | None
    sizer: BatchSizer
    err: TextIO
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    timing: dict[str, float] = field(
        default_factory=lambda: {"batches": 0, "slowest_batch_s": 0.0, "longest_commit_s": 0.0}
    )
    _printed: int = 0

    def _damaged(self, candidates: list[Candidate]) -> list[Candidate]:
        predicate, window = self.selection.predicate, self.selection.window
        return [c for c in candidates if predicate.matches(c.document) and window.contains(c.time)]

    def _fields(self, key: Any, result: Any) -> dict[str, Any] | Outcome:
        """The validated fields an enrichment returned, or a ``failed`` outcome."""
        if isinstance(result, Failure):
            return Outcome(key, "failed", f"enrichment failed: {result.describe()}")
        try:
            fields = normalize_fields(result)
            for name in fields:
                self.source.validate_field(name)
        except ValueError as exc:
            return Outcome(key, "failed", str(exc))
        return fields

    def _planner(self, at: str) -> Callable[[Any, Any, dict[str, Any]], Outcome]:
        predicate, marker = self.selection.predicate, self.marker

        def planner(key: Any, current: Any, fields: dict[str, Any]) -> Outcome:
            return plan(key, current, fields, predicate=predicate, marker=marker, at=at)

        return planner

    def dry_run(self, sample_size: int) -> list[Sample]:
        """Count the damaged records and plan a sample of them; writes nothing."""
        samples: list[Sample] = []
        started = time.perf_counter()
        for batch in self.source.batches(None, self.sizer):
            self.counts["read"] += batch.scanned
            damaged = self._damaged(batch.candidates)
            self.counts["damaged"] += len(damaged)
            wanted = damaged[: max(0, sample_size - len(samples))]
            if wanted:
                samples += self._sample(wanted)
            finished = time.perf_counter()
            self.sizer.observe(finished - started)
            started = finished
        return samples

    def _sample(self, wanted: list[Candidate]) -> list[Sample]:
        """Enrich copies of ``wanted`` and plan them against the records as read."""
        samples = []
        results = self.enricher.run([copy.deepcopy(c.document) for c in wanted])
        planner = self._planner(utc_now())
        for candidate, result in zip(wanted, results, strict=True):
            fields = self._fields(candidate.key, result)
            if isinstance(fields, Outcome):
                outcome = fields
                self.counts["failed"] += 1
            else:
                outcome = planner(candidate.key, candidate.document, fields)
            samples.append(Sample(candidate.key, outcome))
        return samples

    def apply(self, checkpoint: Checkpoint, report: Report) -> None:
        """Recover every damaged record, batch by batch, saving the checkpoint after each."""
        self.counts.update(checkpoint.counts)
        started = time.perf_counter()
        for batch in self.source.batches(checkpoint.position, self.sizer):
            damaged = self._damaged(batch.candidates)
            early, items = self._enrich(damaged)
            at = utc_now()
            number = checkpoint.batches + 1

            def write_report(
                outcomes: list[Outcome],
                at: str = at,
                number: int = number,
                early: list[Outcome] = early,
            ) -> None:
                report.write(
                    outcome_line(
                        o, run=checkpoint.run_id, batch=number, at=at,
                        key=self.source.report_key(o.key),
                    )
                    for o in [*early, *outcomes]
                )  # fmt: skip

            committing = time.perf_counter()
            if items:
                outcomes = self.source.commit(items, self._planner(at), write_report)
            else:
                write_report([])
                outcomes = []
            committed = time.perf_counter()
            self._count(batch.scanned, len(damaged), [*early, *outcomes])
            checkpoint.position = batch.position
            checkpoint.batches = number
            checkpoint.counts = dict(self.counts)
            checkpoint.save()
            finished = time.perf_counter()
            self._time(finished - started, committed - committing)
            self.sizer.observe(finished - started)
            started = finished

    def _enrich(
        self, damaged: list[Candidate]
    ) -> tuple[list[Outcome], list[tuple[Candidate, dict[str, Any]]]]:
        """Enrich a batch: outcomes settled already (failed, nothing to set), and the rest."""
        results = self.enricher.run([c.document for c in damaged])
        settled: list[Outcome] = []
        items: list[tuple[Candidate, dict[str, Any]]] = []
        for candidate, result in zip(damaged, results, strict=True):
            fields = self._fields(candidate.key, result)
            if isinstance(fields, Outcome):
                settled.append(fields)
            elif not fields:
                settled.append(Outcome(candidate.key, "unchanged", "enrichment returned nothing"))
            else:
                items.append((candidate, fields))
        return settled, items

    def _time(self, batch: float, commit: float) -> None:
        """Track the slowest batch (read to checkpoint) and the longest write transaction."""
        timing = self.timing
        timing["batches"] += 1
        timing["slowest_batch_s"] = round(max(timing["slowest_batch_s"], batch), 4)
        timing["longest_commit_s"] = round(max(timing["longest_commit_s"], commit), 4)

    def _count(self, read: int, damaged: int, outcomes: list[Outcome]) -> None:
        self.counts["read"] += read
        self.counts["damaged"] += damaged
        for outcome in outcomes:
            if outcome.kind == "set":
                self.counts["recovered"] += 1
                self.counts["fields"] += len(outcome.fields)
            else:
                self.counts[outcome.kind] += 1
            if outcome.kind == "failed":
                self._report_failure(outcome)

    def _report_failure(self, outcome: Outcome) -> None:
        self._printed += 1
        if self._printed <= _PRINTED_FAILURES:
            key = self.source.report_key(outcome.key)
            print(
                f"lostwrite: recover: {self.selection.key}={key}: {outcome.reason}", file=self.err
            )
        elif self._printed == _PRINTED_FAILURES + 1:
            print("lostwrite: recover: more failures; see the report file", file=self.err)
