# positive LW045: a Mongo insert commits the ticket; a later run_in_executor future's callback writes doc["priority"] in memory only
import asyncio

from motor.motor_asyncio import AsyncIOMotorCollection
from support.triage import predict_priority


async def open_ticket(tickets: AsyncIOMotorCollection, subject: str, body: str) -> str:
    doc = {"subject": subject, "body": body, "status": "open"}
    result = await tickets.insert_one(doc)
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, predict_priority, body)
    fut.add_done_callback(lambda f: doc.__setitem__("priority", f.result()))
    return str(result.inserted_id)
