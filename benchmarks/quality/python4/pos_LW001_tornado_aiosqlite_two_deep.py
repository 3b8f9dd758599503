# positive LW001: Tornado handler creates a task for a helper that (two calls down) inserts a draft with aiosqlite; the task is dropped
# ruff: noqa: RUF006
"""Draft autosave for the editor (Tornado + aiosqlite)."""

import asyncio
import json
import time

import aiosqlite
import tornado.web

DB_FILE = "drafts.sqlite3"


async def _insert_draft(doc_id: str, author: str, body: str) -> None:
    async with aiosqlite.connect(DB_FILE) as db:
        await db.execute(
            "INSERT INTO drafts (doc_id, author, body, saved_at) VALUES (?, ?, ?, ?)",
            (doc_id, author, body, time.time()),
        )
        await db.commit()


async def autosave(doc_id: str, author: str, body: str) -> None:
    trimmed = body.rstrip()
    await _insert_draft(doc_id, author, trimmed)


class DraftHandler(tornado.web.RequestHandler):
    async def put(self, doc_id: str) -> None:
        payload = json.loads(self.request.body)
        asyncio.create_task(autosave(doc_id, self.current_user, payload["body"]))
        self.write({"doc": doc_id, "saved": True})


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/drafts/([^/]+)", DraftHandler)])
