# Positive LW045: article is committed, then a background task sets ORM tags after the session is done, never committed.
from __future__ import annotations

import asyncio
import logging

from newsroom.models import Article
from newsroom.taxonomy import TaxonomyClient
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class ArticlePublisher:
    def __init__(self, session: AsyncSession, taxonomy: TaxonomyClient) -> None:
        self.session = session
        self.taxonomy = taxonomy
        self.pending: set[asyncio.Task[None]] = set()

    async def _annotate(self, article: Article) -> None:
        article.topics = await self.taxonomy.topics_for(article.headline, article.body)
        logger.debug("annotated article %s", article.id)

    async def publish(self, headline: str, body: str, desk: str) -> Article:
        article = Article(headline=headline, body=body, desk=desk, status="published")
        self.session.add(article)
        await self.session.commit()
        task = asyncio.create_task(self._annotate(article))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)
        return article
