# positive LW001: asyncio.run_coroutine_threadsafe(repo.persist(...), loop) from a worker thread, the concurrent future is dropped
import asyncio
import threading

from telemetry.repository import ReadingRepository


class SensorBridge:
    def __init__(self, loop: asyncio.AbstractEventLoop, repo: ReadingRepository) -> None:
        self.loop = loop
        self.repo = repo
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        for reading in read_serial_port():
            asyncio.run_coroutine_threadsafe(self.repo.persist(reading), self.loop)


def read_serial_port():
    import serial

    with serial.Serial("/dev/ttyUSB0", 9600) as port:
        while True:
            yield port.readline().decode().strip()
