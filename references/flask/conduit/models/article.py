from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conduit.models.associations import article_tags, favorites
from conduit.models.base import Base
from conduit.models.tag import Tag
from conduit.models.user import User

if TYPE_CHECKING:
    from conduit.models.comment import Comment


class Article(Base):
    __tablename__ = "articles"
    # Every list is ordered newest first with the id as tie-breaker.
    __table_args__ = (Index("ix_articles_created_at_id", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # Naive UTC with microseconds, so that articles created in quick succession still order.
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    author: Mapped[User] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, order_by=Tag.name)
    favorited_by: Mapped[list[User]] = relationship(secondary=favorites)
    comments: Mapped[list["Comment"]] = relationship(back_populates="article", cascade="all, delete-orphan")
