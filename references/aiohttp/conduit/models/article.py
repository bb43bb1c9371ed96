from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conduit.models.base import Base
from conduit.models.favorite import Favorite
from conduit.models.tag import Tag
from conduit.models.user import User

if TYPE_CHECKING:
    from conduit.models.comment import Comment


class ArticleTag(Base):
    """One tag of an article; `position` keeps the order the author gave."""

    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(default=0)

    # Loaded together with the link: asyncio sessions cannot lazy-load on attribute access.
    tag: Mapped[Tag] = relationship(lazy="joined")


class Article(Base):
    __tablename__ = "articles"
    # Lists are ordered newest first, the id breaking ties.
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

    # Every view of an article needs its author and tags: load them with it.
    author: Mapped[User] = relationship(lazy="joined")
    tag_links: Mapped[list[ArticleTag]] = relationship(
        lazy="selectin", order_by=ArticleTag.position, cascade="all, delete-orphan"
    )
    # Only there so that deleting an article deletes its favorites and comments through the ORM;
    # the asyncio session's delete() loads them first.
    favorites: Mapped[list[Favorite]] = relationship(cascade="all, delete-orphan")
    comments: Mapped[list["Comment"]] = relationship(cascade="all, delete-orphan")

    @property
    def tag_names(self) -> list[str]:
        return [link.tag.name for link in self.tag_links]
