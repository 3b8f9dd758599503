"""lostwrite.guard: small runtime primitives that keep writes from getting lost (stdlib only).

- ``atomic_write_bytes`` / ``atomic_write_text`` / ``atomic_write_json`` (and ``atomic_write``
  for either str or bytes): crash-safe file replacement (temp file in the same directory,
  fsync, ``os.replace``, directory fsync).
- ``TaskKeeper``: background tasks with strong references, failure logging and ``drain``.
- ``lostwrite.guard.pytest_plugin``: an opt-in pytest plugin that fails tests losing tasks.
"""

from lostwrite.guard.atomic import (
    atomic_write,
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_text,
)
from lostwrite.guard.keeper import DrainTimeout, TaskKeeper

__all__ = [
    "DrainTimeout",
    "TaskKeeper",
    "atomic_write",
    "atomic_write_bytes",
    "atomic_write_json",
    "atomic_write_text",
]
