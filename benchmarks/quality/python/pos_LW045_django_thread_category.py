# positive LW045: a Django view saves the article, then a thread sets article.category with no save() afterwards
import threading

from django.http import HttpRequest, JsonResponse
from news.classify import categorize
from news.models import Article


def publish(request: HttpRequest) -> JsonResponse:
    article = Article(title=request.POST["title"], body=request.POST["body"])
    article.save()

    def enrich() -> None:
        article.category = categorize(article.body)

    threading.Thread(target=enrich, daemon=True).start()
    return JsonResponse({"id": article.pk}, status=201)
