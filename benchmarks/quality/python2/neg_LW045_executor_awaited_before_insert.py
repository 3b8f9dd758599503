# negative LW045: the priority is predicted in an executor and awaited before the ticket document is inserted
import asyncio

from motor.motor_asyncio import AsyncIOMotorCollection
from support.triage import predict_priority


async def open_ticket(tickets: AsyncIOMotorCollection, subject: str, body: str) -> str:
    loop = asyncio.get_running_loop()
    priority = await loop.run_in_executor(None, predict_priority, body)
    doc = {"subject": subject, "body": body, "status": "open", "priority": priority}
    result = await tickets.insert_one(doc)
    return str(result.inserted_id)
