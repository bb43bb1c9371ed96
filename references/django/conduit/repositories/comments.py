from sqlalchemy import select
from sqlalchemy.orm import joinedload

from conduit.models import Comment
from conduit.repositories.session import SessionBound


class CommentRepository(SessionBound):
    def add(self, comment: Comment) -> Comment:
        self._session.add(comment)
        self._flush()
        return comment

    def of_article(self, article_id: int) -> list[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.article_id == article_id)
            .options(joinedload(Comment.author))
            .order_by(Comment.created_at, Comment.id)
        )
        return list(self._session.scalars(stmt))

    def in_article(self, article_id: int, comment_id: int) -> Comment | None:
        stmt = select(Comment).where(Comment.id == comment_id, Comment.article_id == article_id)
        return self._session.scalars(stmt).one_or_none()

    def delete(self, comment: Comment) -> None:
        self._session.delete(comment)
        self._flush()
