# Negative LW045: article is flushed to get its id, annotated, and only then committed, all in one transaction.
from __future__ import annotations

from newsroom.models import Article
from newsroom.taxonomy import TaxonomyClient
from sqlalchemy.ext.asyncio import AsyncSession


class ArticlePublisher:
    def __init__(self, session: AsyncSession, taxonomy: TaxonomyClient) -> None:
        self.session = session
        self.taxonomy = taxonomy

    async def publish(self, headline: str, body: str, desk: str) -> Article:
        async with self.session.begin():
            article = Article(headline=headline, body=body, desk=desk, status="published")
            self.session.add(article)
            await self.session.flush()
            article.topics = await self.taxonomy.topics_for(article.headline, article.body)
        return article
