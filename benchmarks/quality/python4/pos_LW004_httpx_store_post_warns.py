# positive LW004: the POST that stores the measurement is caught on httpx.HTTPError, warned about, and the function reports "ok"
"""Weather station uplink: forwards measurements to the time-series store."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger(__name__)
TSDB_URL = "http://tsdb.internal/api/v1/write"


@dataclass
class Measurement:
    station: str
    ts: int
    temperature: float
    humidity: float


class Uplink:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def forward(self, m: Measurement) -> dict[str, str]:
        try:
            resp = await self.client.post(TSDB_URL, json=asdict(m))
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("tsdb write for %s@%s failed: %s", m.station, m.ts, exc)
        return {"status": "ok", "station": m.station}
