# negative LW002: several POSTs to the store run concurrently but are gathered inside the ClientSession block
"""Replicate a tenant's settings to every regional config store (aiohttp client)."""

from __future__ import annotations

import asyncio
import logging

import aiohttp

log = logging.getLogger(__name__)
REGIONS = ("eu-west", "us-east", "ap-south")


async def push(http: aiohttp.ClientSession, region: str, tenant: str, settings: dict) -> None:
    url = f"https://config-{region}.internal/tenants/{tenant}"
    async with http.post(url, json=settings) as resp:
        resp.raise_for_status()


async def replicate(tenant: str, settings: dict) -> None:
    async with aiohttp.ClientSession(raise_for_status=True) as http:
        tasks = [asyncio.create_task(push(http, r, tenant, settings)) for r in REGIONS]
        results = await asyncio.gather(*tasks, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise BaseExceptionGroup(
            f"replicating {tenant} failed in {len(failures)} regions", failures
        )
    log.info("replicated %s to %d regions", tenant, len(REGIONS))
