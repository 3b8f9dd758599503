"""``lostwrite scan --report URL``: send a scan's per-pattern counts to a registry.

Only pattern codes and numbers leave the machine — never code, paths or repository names.
Each pattern with findings becomes one ``diagnosed`` event (split in chunks of at most
``MAX_COUNT``) with a random event id, so a retry after a lost answer is not counted twice.
Standard library only (urllib), so the scan does not import the web stack. Any failure is a
one-line :class:`UsageError`.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
import uuid

from lostwrite import __version__
from lostwrite.errors import UsageError

MAX_COUNT = 10_000  # the registry's per-event limit (schemas.MAX_COUNT)
SOURCE = "lostwrite-scan"
TIMEOUT = 10.0
ATTEMPTS = 2


def events_url(url: str) -> str:
    """The events endpoint of the registry at ``url`` (a base URL or the endpoint itself)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--report: expected an http(s) URL of a registry, got {url!r}")
    path = parts.path.rstrip("/")
    if not path.endswith("/api/events"):
        path = f"{path}/api/events"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _error_message(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read().decode("utf-8", "replace"))["error"])
    except (ValueError, KeyError, TypeError, OSError):
        return exc.reason if isinstance(exc.reason, str) else f"HTTP {exc.code}"


def _post(endpoint: str, body: dict[str, object], token: str | None) -> None:
    headers = {"Content-Type": "application/json", "User-Agent": f"lostwrite/{__version__}"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode()
    for attempt in range(1, ATTEMPTS + 1):
        request = urllib.request.Request(endpoint, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT):
                return
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 and attempt < ATTEMPTS:
                continue
            hint = " (set LOSTWRITE_TOKEN to the registry's token)" if exc.code == 401 else ""
            raise UsageError(
                f"--report: {endpoint} refused the counts: HTTP {exc.code}: "
                f"{_error_message(exc)}{hint}"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            if attempt < ATTEMPTS:
                continue
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise UsageError(f"--report: cannot reach {endpoint}: {reason}") from None


def post_scan_counts(url: str, counts: dict[str, int], token: str | None) -> None:
    """Post ``counts`` (pattern code -> number of findings) to the registry at ``url``.

    ``token`` None means ``LOSTWRITE_TOKEN`` from the environment, if set. Codes with a
    count of 0 are skipped; nothing is sent when there is nothing to count.
    """
    endpoint = events_url(url)
    if token is None:
        token = os.environ.get("LOSTWRITE_TOKEN", "").strip() or None
    for code, total in sorted(counts.items()):
        if total < 0:
            raise UsageError(f"--report: negative count {total} for {code}")
        remaining = total
        while remaining > 0:
            count = min(remaining, MAX_COUNT)
            event = {
                "kind": "diagnosed",
                "pattern": code,
                "source": SOURCE,
                "count": count,
                "id": uuid.uuid4().hex,
            }
            _post(endpoint, event, token)
            remaining -= count
