# positive LW003: an asyncio log shipper rewrites its watermark state file in place with aiofiles.open(path, "w")
import asyncio
import json

import aiofiles

STATE = "/var/lib/shipper/watermark.json"


async def read_watermark() -> int:
    try:
        async with aiofiles.open(STATE) as fh:
            return json.loads(await fh.read())["offset"]
    except FileNotFoundError:
        return 0


async def write_watermark(offset: int) -> None:
    async with aiofiles.open(STATE, "w") as fh:
        await fh.write(json.dumps({"offset": offset}))


async def ship_forever(source: str, sink) -> None:
    offset = await read_watermark()
    while True:
        async with aiofiles.open(source, "rb") as fh:
            await fh.seek(offset)
            chunk = await fh.read(1 << 20)
        if chunk:
            await sink.send(chunk)
            offset += len(chunk)
            await write_watermark(offset)
        else:
            await asyncio.sleep(1)
