# positive LW006: the CommentAdded handler merges a comment keyed by post_id; PostDeleted deletes the post (FK cascade)
from blog.events import CommentAdded, PostDeleted, handles
from blog.models import Comment, Post
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession


@handles(PostDeleted)
async def on_post_deleted(session: AsyncSession, event: PostDeleted) -> None:
    await session.execute(delete(Post).where(Post.id == event.post_id))
    await session.commit()


@handles(CommentAdded)
async def on_comment_added(session: AsyncSession, event: CommentAdded) -> None:
    await session.merge(Comment(id=event.comment_id, post_id=event.post_id, body=event.body))
    await session.commit()
