# positive LW045: a Beanie document is inserted, then a background task sets doc.summary and never calls doc.save()
# ruff: noqa: RUF006
import asyncio

from beanie import Document
from kb.llm import summarize


class Article(Document):
    title: str
    body: str
    summary: str | None = None


async def add_summary(article: Article) -> None:
    article.summary = await summarize(article.body)


async def create_article(title: str, body: str) -> Article:
    article = Article(title=title, body=body)
    await article.insert()
    asyncio.create_task(add_summary(article))
    return article
