# negative LW045: the Beanie document gets its summary (awaited) before insert()
from beanie import Document
from kb.llm import summarize


class Article(Document):
    title: str
    body: str
    summary: str | None = None


async def create_article(title: str, body: str) -> Article:
    article = Article(title=title, body=body)
    article.summary = await summarize(body)
    await article.insert()
    return article
