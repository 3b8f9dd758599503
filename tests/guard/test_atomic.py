"""atomic_write_*: content, permissions, symlinks, and failures that leave the target untouched."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from lostwrite.guard import (
    atomic_write,
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_text,
)


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_creates_then_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "state.bin"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write_bytes(str(target), bytearray(b"second, longer"))
    assert target.read_bytes() == b"second, longer"
    atomic_write_bytes(target, memoryview(b"3"))
    assert target.read_bytes() == b"3"
    assert _leftovers(tmp_path) == []


def test_text_is_utf8_without_newline_translation(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    atomic_write_text(target, "héllo\r\nwörld\n")
    assert target.read_bytes() == "héllo\r\nwörld\n".encode()
    atomic_write_text(target, "é", encoding="latin-1")
    assert target.read_bytes() == b"\xe9"


def test_atomic_write_takes_text_or_bytes(tmp_path: Path) -> None:
    target = tmp_path / "either"
    atomic_write(target, "ünï")
    assert target.read_bytes() == "ünï".encode()
    atomic_write(target, b"\x00\xff", mode=0o600)
    assert target.read_bytes() == b"\x00\xff"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_json_bytes_match_json_dump(tmp_path: Path) -> None:
    data = {"b": [1, 2.5, None], "a": "ü", "nested": {"ok": True}}
    reference = tmp_path / "reference.json"
    with open(reference, "w") as handle:
        json.dump(data, handle)
    target = tmp_path / "state.json"
    atomic_write_json(target, data)
    assert target.read_bytes() == reference.read_bytes()
    atomic_write_json(target, data, indent=2, sort_keys=True)
    assert target.read_text() == json.dumps(data, indent=2, sort_keys=True)


def test_wrong_data_types_are_rejected_before_touching_the_target(tmp_path: Path) -> None:
    target = tmp_path / "state"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        atomic_write_text(target, b"bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("bits", [0o600, 0o640, 0o604, 0o755])
def test_existing_permission_bits_are_kept(tmp_path: Path, bits: int) -> None:
    target = tmp_path / "config.json"
    target.write_text("{}")
    target.chmod(bits)
    atomic_write_json(target, {"v": 1})
    assert stat.S_IMODE(target.stat().st_mode) == bits
    assert json.loads(target.read_text()) == {"v": 1}


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_keeps_the_owner_of_a_service_file(tmp_path: Path) -> None:
    target = tmp_path / "service.json"
    target.write_text("{}")
    os.chown(target, 65534, 65534)
    atomic_write_json(target, {"v": 2})
    assert (target.stat().st_uid, target.stat().st_gid) == (65534, 65534)


def test_explicit_mode_wins(tmp_path: Path) -> None:
    target = tmp_path / "secret"
    target.write_text("x")
    target.chmod(0o644)
    atomic_write_text(target, "y", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh"
    atomic_write_text(fresh, "z", mode=0o640)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_new_file_gets_the_default_permissions_of_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "new.txt"
    plain = tmp_path / "plain.txt"
    script = (
        "import os, sys\n"
        "from lostwrite.guard import atomic_write_text\n"
        f"os.umask({umask})\n"
        "atomic_write_text(sys.argv[1], 'new')\n"
        "open(sys.argv[2], 'w').close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(target), str(plain)], check=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write_json(link, [1])
    assert link.is_symlink()
    assert real.read_text() == "[1]"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_unserialisable_json_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text('{"old": true}')
    with pytest.raises(TypeError):
        atomic_write_json(target, {"when": object()})
    with pytest.raises(ValueError):
        atomic_write_json(target, {"x": float("nan")}, allow_nan=False)
    assert target.read_text() == '{"old": true}'
    assert _leftovers(tmp_path) == []


def test_failed_replace_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "inside").write_text("keep")
    with pytest.raises(IsADirectoryError):
        atomic_write_bytes(target, b"x" * 100_000)
    assert (target / "inside").read_text() == "keep"
    assert _leftovers(tmp_path) == []


def test_missing_directory_raises_without_creating_anything(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "nope" / "state.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_write_error_midway_leaves_the_target_and_no_temp(tmp_path: Path) -> None:
    """A file-size limit makes the write fail after the temp file got part of the data."""
    target = tmp_path / "big.bin"
    target.write_bytes(b"old content")
    script = (
        "import resource, signal, sys\n"
        "from lostwrite.guard import atomic_write_bytes\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))\n"
        "try:\n"
        "    atomic_write_bytes(sys.argv[1], b'n' * (1024 * 1024))\n"
        "except OSError as error:\n"
        "    print(error.errno)\n"
        "    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True
    )
    assert done.returncode == 3, done.stderr
    assert int(done.stdout) == 27  # EFBIG, the out-of-space errors' cousin
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path) == []


def test_unwritable_directory_fails_cleanly() -> None:
    """The target itself is writable; only the directory refuses new files."""
    directory = Path(tempfile.mkdtemp(prefix="lostwrite-ro-", dir="/tmp"))
    try:
        directory.chmod(0o755)
        target = directory / "state.json"
        target.write_text('{"old": 1}')
        target.chmod(0o666)
        outcome = _write_without_directory_write_access(directory, target)
        assert outcome == "PermissionError"
        assert target.read_text() == '{"old": 1}'
        assert _leftovers(directory) == []
    finally:
        directory.chmod(0o755)
        for entry in directory.iterdir():
            entry.unlink()
        directory.rmdir()


def _write_without_directory_write_access(directory: Path, target: Path) -> str:
    """Try an atomic write in a forked child that may not create files in ``directory``.

    As root permission bits do not apply, so the child drops to the ``nobody`` user;
    otherwise the directory is made read-only.
    """
    if os.geteuid() != 0:
        directory.chmod(0o555)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        outcome = "no error"
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            atomic_write_json(target, {"new": 2})
        except Exception as error:
            outcome = type(error).__name__
        finally:
            os.write(write_end, outcome.encode())
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        outcome = pipe.read()
    os.waitpid(pid, 0)
    return outcome
