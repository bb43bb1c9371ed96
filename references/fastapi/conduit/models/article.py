from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conduit.models.base import Base
from conduit.models.tag import Tag, article_tags
from conduit.models.user import User

if TYPE_CHECKING:
    from conduit.models.comment import Comment


class Article(Base):
    __tablename__ = "articles"
    # Lists are read newest first, with the id breaking ties between equal timestamps.
    __table_args__ = (Index("ix_articles_newest_first", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # UTC, stored without a zone but with microseconds, so quick successive writes still order.
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, order_by=Tag.name, lazy="selectin")
    # Deleting an article through the ORM deletes its favorites and comments first, so no
    # database-level cascade setting is needed.
    favorites: Mapped[list["Favorite"]] = relationship(cascade="all, delete-orphan")
    comments: Mapped[list["Comment"]] = relationship(cascade="all, delete-orphan", back_populates="article")


class Favorite(Base):
    """`user` favorited `article`; one row per pair."""

    __tablename__ = "favorites"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
