"""Python detectors on the stdlib ``ast``: one module per pattern, sharing one parse per file."""

from __future__ import annotations

from lostwrite.detectors import Detector
from lostwrite.detectors.python import (
    lw001_fire_and_forget_persist,
    lw002_resource_closed_under_background_write,
    lw003_non_atomic_state_write,
    lw004_swallowed_write_error,
    lw005_acknowledged_before_durable,
    lw006_orphan_write_after_delete,
    lw007_silent_crash_on_write_failure,
    lw045_enrichment_after_commit,
)

DETECTORS: tuple[Detector, ...] = tuple(
    Detector.from_module(module)
    for module in (
        lw001_fire_and_forget_persist,
        lw002_resource_closed_under_background_write,
        lw003_non_atomic_state_write,
        lw004_swallowed_write_error,
        lw006_orphan_write_after_delete,
        lw005_acknowledged_before_durable,
        lw007_silent_crash_on_write_failure,
        lw045_enrichment_after_commit,
    )
)
