# negative LW045: the Django view sets the category before article.save()
from django.http import HttpRequest, JsonResponse
from news.classify import categorize
from news.models import Article


def publish(request: HttpRequest) -> JsonResponse:
    article = Article(title=request.POST["title"], body=request.POST["body"])
    article.category = categorize(article.body)
    article.save()
    return JsonResponse({"id": article.pk, "category": article.category}, status=201)
