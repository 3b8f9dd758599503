# positive LW045: a Django view saves the article, then a thread detects its language and sets article.language without saving again
import threading

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from news.models import Article


def detect_language(text: str) -> str:
    from langdetect import detect

    return detect(text)


@require_POST
def publish(request: HttpRequest) -> JsonResponse:
    article = Article.objects.create(title=request.POST["title"], body=request.POST["body"])

    def enrich() -> None:
        article.language = detect_language(article.body)

    threading.Thread(target=enrich, daemon=True).start()
    return JsonResponse({"id": article.pk}, status=201)
