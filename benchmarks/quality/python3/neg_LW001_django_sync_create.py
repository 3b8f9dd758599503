# Negative LW001: Django view creates the comment synchronously and defers only a read-only count refresh to a thread it joins.
from concurrent.futures import ThreadPoolExecutor

from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from forum.models import Comment, Thread

_pool = ThreadPoolExecutor(max_workers=2)


def _count_comments(thread_id: int) -> int:
    return Comment.objects.filter(thread_id=thread_id).count()


@require_POST
def add_comment(request: HttpRequest, thread_id: int) -> JsonResponse:
    thread = Thread.objects.get(pk=thread_id)
    with transaction.atomic():
        comment = Comment.objects.create(
            thread=thread, author=request.user, body=request.POST["body"]
        )
    count = _pool.submit(_count_comments, thread_id).result(timeout=5)
    return JsonResponse({"id": comment.pk, "comments": count}, status=201)
