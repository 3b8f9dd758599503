"""Loading and calling the user's enrichment function (``--enrich module:function``).

The module is imported with the current directory on ``sys.path`` (like ``python -m``); a path
to a ``.py`` file works too (``scripts/fix.py:enrich``). The function receives one record (a
dict) and returns the fields to set. It may be sync or async; awaitables of one batch run
concurrently on one event loop kept for the whole run, at most ``concurrency`` at a time. An
exception for one record comes back as a :class:`Failure` in its place; it is never raised.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lostwrite.errors import UsageError

EnrichFunction = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Failure:
    """The enrichment raised ``error`` for a record."""

    error: Exception

    def describe(self) -> str:
        """``ValueError: boom`` (first line of the message only)."""
        lines = str(self.error).splitlines()
        return f"{type(self.error).__name__}: {lines[0]}" if lines else type(self.error).__name__


def _import_module(name: str, spec: str) -> Any:
    if name.endswith(".py") or os.sep in name or "/" in name:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"--enrich {spec}: no such file {name}")
        module_spec = importlib.util.spec_from_file_location(f"_lostwrite_enrich_{path.stem}", path)
        if module_spec is None or module_spec.loader is None:
            raise UsageError(f"--enrich {spec}: cannot load {name} as a Python module")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[module_spec.name] = module
        module_spec.loader.exec_module(module)
        return module
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    return importlib.import_module(name)


def load_enrichment(spec: str) -> EnrichFunction:
    """Resolve ``module:function``; any failure is a one-line usage error."""
    module_name, sep, func_name = spec.rpartition(":")
    if not sep or not module_name or not func_name:
        raise UsageError(f"--enrich expects MODULE:FUNCTION, got {spec!r}")
    try:
        module = _import_module(module_name, spec)
    except UsageError:
        raise
    except (Exception, SystemExit) as exc:  # any import-time failure of user code
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise UsageError(
            f"--enrich {spec}: cannot import {module_name}: {type(exc).__name__}: {detail}"
        ) from None
    function = module
    for part in func_name.split("."):
        function = getattr(function, part, None)
        if function is None:
            raise UsageError(f"--enrich {spec}: {module_name} has no attribute {func_name!r}")
    if not callable(function):
        raise UsageError(f"--enrich {spec}: {func_name} is not callable")
    return function  # type: ignore[return-value]


class Enricher:
    """Calls the enrichment for a batch of records; results or exceptions, in order."""

    def __init__(self, function: EnrichFunction, concurrency: int) -> None:
        self.function = function
        self.concurrency = concurrency
        self._runner: asyncio.Runner | None = None

    def run(self, records: list[dict[str, Any]]) -> list[Any]:
        """Enrich every record; an item is the returned value or a :class:`Failure`."""
        results: list[Any] = []
        pending: list[tuple[int, Awaitable[Any]]] = []
        for record in records:
            try:
                value = self.function(record)
            except Exception as exc:
                value = Failure(exc)
            if inspect.isawaitable(value):
                pending.append((len(results), value))
            results.append(value)
        if pending:
            if self._runner is None:
                self._runner = asyncio.Runner()
            outcomes = self._runner.run(self._gather([aw for _, aw in pending]))
            for (index, _), outcome in zip(pending, outcomes, strict=True):
                results[index] = outcome
        return results

    async def _gather(self, awaitables: list[Awaitable[Any]]) -> list[Any]:
        limit = asyncio.Semaphore(self.concurrency)

        async def one(awaitable: Awaitable[Any]) -> Any:
            async with limit:
                try:
                    return await awaitable
                except Exception as exc:
                    return Failure(exc)

        return await asyncio.gather(*(one(aw) for aw in awaitables))

    def close(self) -> None:
        """Close the event loop, if one was started."""
        if self._runner is not None:
            self._runner.close()
            self._runner = None
