from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conduit.models.base import Base
from conduit.models.links import article_tags, favorites
from conduit.models.tag import Tag
from conduit.models.user import User

if TYPE_CHECKING:
    from conduit.models.comment import Comment


class Article(Base):
    __tablename__ = "articles"
    # Lists are ordered newest first, ties broken by id.
    __table_args__ = (Index("ix_articles_created_at_id", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    # UTC without a zone, to the microsecond, so quick successive creations keep their order.
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    author: Mapped[User] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, order_by=Tag.name)
    # Deleting an article removes its link rows and comments through the ORM as well.
    favorited_by: Mapped[list[User]] = relationship(secondary=favorites)
    comments: Mapped[list["Comment"]] = relationship(back_populates="article", cascade="all, delete-orphan")
