"""The recovery window: ISO-8601 and epoch bounds, half-open, exact to the microsecond."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from lostwrite.errors import UsageError
from lostwrite.recover.window import Window, to_micros

MAY_1 = 1_714_521_600_000_000  # 2024-05-01T00:00:00Z in microseconds


@pytest.mark.parametrize(
    "value",
    [
        "2024-05-01T00:00:00Z",
        "2024-05-01T02:00:00+02:00",
        "2024-05-01T00:00:00",  # naive: UTC
        "2024-05-01 00:00:00+00:00",
        1_714_521_600,  # epoch seconds
        "1714521600",
        1_714_521_600_000,  # epoch milliseconds (JavaScript Date.now())
        1_714_521_600.0,
        datetime(2024, 5, 1, 2, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 5, 1),
    ],
)
def test_every_spelling_of_the_same_instant_is_equal(value: object) -> None:
    assert to_micros(value) == MAY_1


@pytest.mark.parametrize("value", [None, True, "yesterday", "", {"t": 1}, float("nan")])
def test_non_times_are_none(value: object) -> None:
    assert to_micros(value) is None


def test_window_is_half_open() -> None:
    window = Window.from_cli("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z")
    assert window.contains("2024-05-01T00:00:00Z")
    assert window.contains("2024-05-01T23:59:59.999999Z")
    assert not window.contains("2024-05-02T00:00:00Z")
    assert not window.contains("2024-04-30T23:59:59.999999Z")
    assert not window.contains(None)
    assert not window.contains("not a time")
    assert window.describe() == "[2024-05-01T00:00:00Z, 2024-05-02T00:00:00Z)"


def test_open_ends() -> None:
    assert Window.from_cli(None, None).contains(None)  # unbounded: time not needed
    since_only = Window.from_cli("1714521600", None)
    assert since_only.contains(datetime(2030, 1, 1, tzinfo=UTC))
    assert not since_only.contains(1_714_521_599)
    assert since_only.describe() == "[2024-05-01T00:00:00Z, +inf)"


@pytest.mark.parametrize(
    ("since", "until", "needle"),
    [
        ("tomorrow", None, "--since 'tomorrow'"),
        (None, "2024-13-01", "--until '2024-13-01'"),
        ("2024-05-02", "2024-05-01", "is empty"),
        ("2024-05-01", "2024-05-01", "is empty"),
        ("1e30", None, "--since"),
    ],
)
def test_bad_bounds_are_usage_errors(since: str | None, until: str | None, needle: str) -> None:
    with pytest.raises(UsageError, match=needle.replace("(", r"\(")):
        Window.from_cli(since, until)
