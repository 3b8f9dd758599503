# positive LW005: a Litestar handler returns Response(..., background=BackgroundTask(persist, data)) with 201
from litestar import Litestar, Response, post
from litestar.background_tasks import BackgroundTask
from reviews.repository import ReviewRepository

repo = ReviewRepository()


async def persist(review: dict) -> None:
    await repo.add(review)


@post("/reviews")
async def create_review(data: dict) -> Response[dict]:
    return Response(
        {"id": data["id"], "status": "created"},
        status_code=201,
        background=BackgroundTask(persist, data),
    )


app = Litestar(route_handlers=[create_review])
