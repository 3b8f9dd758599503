# Positive LW007: a multiprocessing writer child dies with os._exit on OSError; the parent never learns which chunk was lost.
from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path


def write_chunk(out_dir: Path, index: int, payload: bytes) -> None:
    target = out_dir / f"chunk-{index:05d}.bin"
    with target.open("xb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())


def writer_loop(out_dir: Path, inbox: mp.Queue) -> None:
    while True:
        item = inbox.get()
        if item is None:
            return
        index, payload = item
        try:
            write_chunk(out_dir, index, payload)
        except OSError:
            os._exit(70)


def start_writer(out_dir: Path) -> tuple[mp.Process, mp.Queue]:
    inbox: mp.Queue = mp.Queue(maxsize=64)
    proc = mp.Process(target=writer_loop, args=(out_dir, inbox), daemon=True)
    proc.start()
    return proc, inbox
