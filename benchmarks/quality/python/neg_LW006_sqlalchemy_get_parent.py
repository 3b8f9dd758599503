# negative LW006: the CommentAdded handler loads the post with session.get and skips when it is gone
import logging

from blog.events import CommentAdded, PostDeleted, handles
from blog.models import Comment, Post
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


@handles(PostDeleted)
async def on_post_deleted(session: AsyncSession, event: PostDeleted) -> None:
    await session.execute(delete(Post).where(Post.id == event.post_id))
    await session.commit()


@handles(CommentAdded)
async def on_comment_added(session: AsyncSession, event: CommentAdded) -> None:
    post = await session.get(Post, event.post_id)
    if post is None:
        logger.warning("post %s removed; comment %s not projected", event.post_id, event.comment_id)
        return
    await session.merge(Comment(id=event.comment_id, post_id=post.id, body=event.body))
    await session.commit()
