# negative LW045: the Django view detects the language synchronously and creates the article with it in one write
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from langdetect import detect
from news.models import Article


@require_POST
def publish(request: HttpRequest) -> JsonResponse:
    body = request.POST["body"]
    article = Article.objects.create(title=request.POST["title"], body=body, language=detect(body))
    return JsonResponse({"id": article.pk, "language": article.language}, status=201)
