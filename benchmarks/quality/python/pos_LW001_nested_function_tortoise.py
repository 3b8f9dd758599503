# positive LW001: a nested async function creates a Tortoise row and is spawned with create_task, handle dropped
# ruff: noqa: RUF006
import asyncio

from fastapi import FastAPI
from tortoise import fields
from tortoise.models import Model

app = FastAPI()


class Comment(Model):
    id = fields.IntField(pk=True)
    post_id = fields.IntField()
    body = fields.TextField()


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id: int, body: str) -> dict:
    async def _save() -> None:
        await Comment.create(post_id=post_id, body=body)

    asyncio.create_task(_save())
    return {"post": post_id, "status": "posted"}
