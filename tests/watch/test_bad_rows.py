"""Bad rows never stop ``watch``: each is counted and reported on stderr with its offset."""

from __future__ import annotations

from tests.watch.conftest import WatchDir, lost, row

HUGE = b'{"id": "big", "would_have_asked": true, "pad": "' + b"x" * 10_000_000 + b'"}\n'


def offsets(lines: list[bytes]) -> list[int]:
    positions, total = [], 0
    for line in lines:
        positions.append(total)
        total += len(line)
    return positions


def test_every_kind_of_bad_row(wd: WatchDir) -> None:
    lines = [
        lost(1),
        b'{"id": "b1", "would_have_asked": tr\n',  # malformed JSON
        b"[1, 2]\n",  # not an object
        b"42\n",
        b'"text"\n',
        b'{"id": "b2", "would_have_asked": true, "text": "\xff\xfe"}\n',  # invalid UTF-8
        b"\n",  # blank: not a row
        HUGE,  # a 10 MB single line
        lost(2),
    ]
    wd.append(*lines)
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t2"]
    at = offsets(lines)
    err = result.stderr
    assert f"app.jsonl:2 (offset {at[1]}): malformed JSON" in err
    assert f"app.jsonl:3 (offset {at[2]}): not a JSON object but an array" in err
    assert f"app.jsonl:4 (offset {at[3]}): not a JSON object but a number" in err
    assert f"app.jsonl:5 (offset {at[4]}): not a JSON object but a string" in err
    assert f"app.jsonl:6 (offset {at[5]}): malformed JSON: str is not valid UTF-8" in err
    assert f"app.jsonl:8 (offset {at[7]}): row of {len(HUGE)} bytes is longer than" in err
    assert "8 rows read from 1 log, 2 matches, 6 malformed" in err
    assert wd.signal_rows()[1]["offset"] == at[8]
    assert wd.signal_rows()[1]["line_no"] == 9
    assert "Traceback" not in err


def test_malformed_row_among_well_formed_ones(wd: WatchDir) -> None:
    # Every line looks like an object, so only prefilter candidates are decoded.
    lines = [row(n) for n in range(50)]
    lines += [b'{"id":"b","would_have_asked":true,,}\n', lost(99)]
    wd.append(*lines)
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t99"]
    assert f"app.jsonl:51 (offset {offsets(lines)[50]}): malformed JSON" in result.stderr
    assert "52 rows read from 1 log, 1 matches, 1 malformed" in result.stderr


def test_oversized_line_still_being_written(wd: WatchDir) -> None:
    head = HUGE[: 3 << 20]
    wd.append(lost(1), head)
    first = wd.once()
    assert first.returncode == 1
    assert "longer than" not in first.stderr
    assert wd.saved()["logs"][str(wd.log)]["current"]["offset"] == len(lost(1))
    wd.append(HUGE[len(head) :], lost(2))
    second = wd.once()
    assert second.returncode == 1, second.stderr
    assert f"app.jsonl:2 (offset {len(lost(1))}): row of {len(HUGE)} bytes" in second.stderr
    assert wd.signalled_ids() == ["t1", "t2"]
    assert wd.signal_rows()[1]["line_no"] == 3


def test_report_is_capped_but_every_row_counted(wd: WatchDir) -> None:
    wd.append(*[b"not json\n"] * 150, lost(1))
    result = wd.once()
    assert result.returncode == 1
    assert result.stderr.count("malformed JSON") == 100
    assert "100 bad rows shown; further ones this hour are only counted" in result.stderr
    assert "151 rows read from 1 log, 1 matches, 150 malformed" in result.stderr
