# negative LW004: a failing GET of exchange rates is logged and a cached fallback is used; the error swallowed is a read, not a write
import logging

import httpx

log = logging.getLogger("fx")
FALLBACK = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}


class RatesClient:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.last_good = dict(FALLBACK)

    def latest(self) -> dict[str, float]:
        try:
            resp = self.client.get("https://rates.example.com/latest?base=EUR", timeout=2)
            resp.raise_for_status()
            self.last_good = resp.json()["rates"]
        except httpx.HTTPError as exc:
            log.warning("rates unavailable, using last known: %s", exc)
        return self.last_good

    def convert(self, amount: float, currency: str) -> float:
        return amount * self.latest()[currency]
