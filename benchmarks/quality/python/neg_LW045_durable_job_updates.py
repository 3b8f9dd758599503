# negative LW045: the enrichment runs as a durable arq job (enqueue awaited) that UPDATEs the stored row itself
# ruff: noqa: RUF012
from arq.connections import ArqRedis
from support.db import pool
from support.nlp import classify_urgency


async def enrich_ticket(ctx: dict, ticket_id: int, body: str) -> None:
    urgency = classify_urgency(body)
    await pool.execute("UPDATE tickets SET urgency = $1 WHERE id = $2", urgency, ticket_id)


async def open_ticket(arq: ArqRedis, subject: str, body: str) -> int:
    ticket_id = await pool.fetchval(
        "INSERT INTO tickets (subject, body) VALUES ($1, $2) RETURNING id", subject, body
    )
    await arq.enqueue_job("enrich_ticket", ticket_id, body)
    return ticket_id


class WorkerSettings:
    functions = [enrich_ticket]
