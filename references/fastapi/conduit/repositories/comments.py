from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.models import Comment
from conduit.repositories.session import flush


class CommentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, comment: Comment) -> Comment:
        self._session.add(comment)
        flush(self._session)
        return comment

    def remove(self, comment: Comment) -> None:
        self._session.delete(comment)
        flush(self._session)

    def find(self, article_id: int, comment_id: int) -> Comment | None:
        query = select(Comment).where(Comment.id == comment_id, Comment.article_id == article_id)
        return self._session.scalars(query).one_or_none()

    def of_article(self, article_id: int) -> list[Comment]:
        # Oldest first, as a conversation reads.
        query = select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at, Comment.id)
        return list(self._session.scalars(query))
