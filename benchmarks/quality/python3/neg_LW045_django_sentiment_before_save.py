# Negative LW045: Django review view scores sentiment first and saves the review once, complete.
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from reviews.models import Review
from reviews.nlp import score_sentiment


@require_POST
def post_review(request: HttpRequest, product_id: int) -> JsonResponse:
    body = request.POST["body"]
    review = Review(
        product_id=product_id,
        author=request.user,
        body=body,
        stars=int(request.POST["stars"]),
        sentiment=score_sentiment(body),
    )
    review.save()
    return JsonResponse({"id": review.pk, "sentiment": review.sentiment}, status=201)
