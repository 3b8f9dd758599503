# negative LW001: a blocking vault write goes to a thread pool with run_in_executor and the future is awaited
import asyncio
import functools
from pathlib import Path

from flask import Flask

app = Flask(__name__)


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, name: str, data: bytes) -> None:
        with open(self.root / name, "xb") as fh:  # new file per object, never rewritten
            fh.write(data)


async def store_attachment(vault: Vault, name: str, data: bytes) -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, functools.partial(vault.put, name, data))


@app.post("/attachments/<name>")
async def upload(name: str):
    from flask import request

    await store_attachment(app.config["VAULT"], name, request.get_data())
    return {"name": name}, 201
