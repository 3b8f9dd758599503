# positive LW045: Article is created (committed), then a thread sets article.topic from the tagger without ever calling save()
"""Newsroom CMS: publishing endpoint (Django)."""

from __future__ import annotations

import json
import threading

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from newsroom.models import Article
from newsroom.tagging import get_tagger


def _tag(article: Article) -> None:
    tagger = get_tagger()  # loads a large model on first use
    article.topic = tagger.topic(article.body)
    article.keywords = tagger.keywords(article.body, limit=8)


@require_POST
def publish(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    article = Article.objects.create(
        title=data["title"], body=data["body"], author=request.user, status="published"
    )
    threading.Thread(target=_tag, args=(article,), name=f"tag-{article.pk}").start()
    return JsonResponse({"id": article.pk, "slug": article.slug}, status=201)
