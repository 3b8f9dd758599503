# negative LW045: topic tagging runs in a Celery task queued on_commit that loads the article and saves the topic fields (update_fields)
"""Newsroom CMS: publishing endpoint (Django + Celery)."""

from __future__ import annotations

import json

from celery import shared_task
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from newsroom.models import Article
from newsroom.tagging import get_tagger


@shared_task(bind=True, max_retries=5, acks_late=True)
def tag_article(self, article_id: int) -> None:
    article = Article.objects.get(pk=article_id)
    tagger = get_tagger()
    article.topic = tagger.topic(article.body)
    article.keywords = tagger.keywords(article.body, limit=8)
    article.save(update_fields=["topic", "keywords"])


@require_POST
def publish(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    with transaction.atomic():
        article = Article.objects.create(
            title=data["title"], body=data["body"], author=request.user, status="published"
        )
        transaction.on_commit(lambda: tag_article.delay(article.pk))
    return JsonResponse({"id": article.pk, "slug": article.slug}, status=201)
