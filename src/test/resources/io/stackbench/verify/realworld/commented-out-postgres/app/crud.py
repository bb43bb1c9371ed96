from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.models import Comment


def list_comments(db: Session, slug: str) -> list[Comment]:
    stmt = (select(Comment).options(joinedload(Comment.author))
            .where(Comment.article_slug == slug).order_by(Comment.created_at.desc()))
    return list(db.scalars(stmt))


def add_comment(db: Session, slug: str, author_id: int, body: str) -> Comment:
    comment = Comment(article_slug=slug, author_id=author_id, body=body)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
