"""Python detectors on the stdlib ``ast``: one module per pattern, sharing one parse per file."""

from __future__ import annotations

from dataclasses import replace

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
    prefilters,
)

# Rules whose trigger tokens occur in most files get a sharper byte test (``prefilters``).
SHARPER = {
    lw004_swallowed_write_error.CODE: prefilters.can_swallow_a_write_failure,
    lw045_enrichment_after_commit.CODE: prefilters.can_enrich_after_a_write,
}

DETECTORS: tuple[Detector, ...] = tuple(
    replace(detector, prefilter=SHARPER[detector.code]) if detector.code in SHARPER else detector
    for detector in map(
        Detector.from_module,
        (
            lw001_fire_and_forget_persist,
            lw002_resource_closed_under_background_write,
            lw003_non_atomic_state_write,
            lw004_swallowed_write_error,
            lw006_orphan_write_after_delete,
            lw005_acknowledged_before_durable,
            lw007_silent_crash_on_write_failure,
            lw045_enrichment_after_commit,
        ),
    )
)
