# Positive LW045: Django review is saved, then a worker thread computes sentiment and sets it on the instance without saving.
import threading

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from reviews.models import Review
from reviews.nlp import score_sentiment


def _attach_sentiment(review: Review) -> None:
    review.sentiment = score_sentiment(review.body)


@require_POST
def post_review(request: HttpRequest, product_id: int) -> JsonResponse:
    review = Review(
        product_id=product_id,
        author=request.user,
        body=request.POST["body"],
        stars=int(request.POST["stars"]),
    )
    review.save()
    threading.Thread(target=_attach_sentiment, args=(review,), daemon=True).start()
    return JsonResponse({"id": review.pk}, status=201)
