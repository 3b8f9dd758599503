"""JSON encoding and decoding for recover: fast by default, exact when a record is re-written.

``orjson`` is used for speed. It cannot encode integers beyond 64 bits and decodes them as
floats, so :func:`loads_exact` (stdlib ``json``) is used for a record that will be written back
whole, and :func:`dumps` falls back to the stdlib encoder for such integers.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


class NotJSON(ValueError):
    """A value that cannot be encoded as JSON."""


def loads(data: bytes | str) -> Any:
    """Decode JSON quickly (big integers may come back as floats); raises ValueError."""
    return orjson.loads(data)


def loads_exact(data: bytes | str) -> Any:
    """Decode JSON keeping integers of any size exact; raises ValueError."""
    return json.loads(data)


def dumps(value: Any) -> bytes:
    """Encode compact UTF-8 JSON; raises :class:`NotJSON` for values JSON cannot hold."""
    try:
        return orjson.dumps(value)
    except TypeError as exc:
        try:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError):
            raise NotJSON(str(exc)) from None
        return text.encode()
