"""The audit as one JSON object: totals, rows and the paths that could not be scanned."""

from __future__ import annotations

import orjson

from lostwrite import __version__
from lostwrite.audit.model import Audit


def render(audit: Audit) -> str:
    document = {
        "version": __version__,
        "totals": audit.totals(),
        "sites": [row.to_dict() for row in audit.rows],
        "errors": [{"path": p, "message": m} for p, m in audit.errors],
    }
    return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n"
