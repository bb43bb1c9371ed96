from sqlalchemy import select

from conduit.models import Comment
from conduit.repositories.base import Repository


class CommentRepository(Repository):
    async def add(self, comment: Comment) -> Comment:
        self._session.add(comment)
        await self._flush()
        return comment

    async def get_for_article(self, article_id: int, comment_id: int) -> Comment | None:
        stmt = select(Comment).where(Comment.id == comment_id, Comment.article_id == article_id)
        return await self._session.scalar(stmt)

    async def list_for_article(self, article_id: int) -> list[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.article_id == article_id)
            .order_by(Comment.created_at.desc(), Comment.id.desc())
        )
        return list(await self._session.scalars(stmt))

    async def delete(self, comment: Comment) -> None:
        await self._session.delete(comment)
        await self._flush()
