# positive LW045: the ticket is inserted, then a done-callback of the tagging future writes the tag into the in-memory dict only
import asyncio

from helpdesk.db import tickets
from helpdesk.tagging import suggest_tags


async def open_ticket(subject: str, body: str) -> dict:
    ticket = {"subject": subject, "body": body, "status": "open"}
    result = await tickets.insert_one(ticket)
    ticket["_id"] = result.inserted_id
    future = asyncio.ensure_future(suggest_tags(body))
    future.add_done_callback(lambda f: ticket.update(tags=f.result()))
    return ticket
