# positive LW005: a Starlette endpoint returns JSONResponse(..., background=BackgroundTask(ledger.write, entry)): stored after the 200
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


class Ledger:
    def __init__(self, path: str) -> None:
        self.path = path

    async def write(self, entry: dict) -> None:
        import aiosqlite

        async with aiosqlite.connect(self.path) as db:
            await db.execute(
                "INSERT INTO entries (account, amount) VALUES (?, ?)",
                (entry["account"], entry["amount"]),
            )
            await db.commit()


ledger = Ledger("ledger.db")


async def post_entry(request: Request) -> JSONResponse:
    entry = await request.json()
    return JSONResponse(
        {"status": "recorded", "account": entry["account"]},
        background=BackgroundTask(ledger.write, entry),
    )


app = Starlette(routes=[Route("/entries", post_entry, methods=["POST"])])
