"""Drives SQLAlchemy 2.0 (ORM and Core) over psycopg 3, sync or asyncio, through what a Conduit
backend does, so that PostgreSQL's statement log holds real SQLAlchemy output. A marker query
separates the ORM part from the hand-built part (see extract.py).

Usage: python sqlalchemy_corpus.py sync|async postgresql+psycopg://user@host:port/db
"""
import asyncio
import sys
from datetime import datetime

from sqlalchemy import (Column, DateTime, ForeignKey, String, Table, Text, create_engine, delete, exists, false,
                        func, insert, select, text, update)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.orm import (DeclarativeBase, Mapped, Session, aliased, contains_eager, joinedload, mapped_column,
                            relationship, selectinload, subqueryload)


class Base(DeclarativeBase):
    pass


follows = Table("follows", Base.metadata,
                Column("follower_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
                Column("followee_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True))
favorites = Table("favorites", Base.metadata,
                  Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
                  Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True))
article_tags = Table("article_tags", Base.metadata,
                     Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
                     Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    bio: Mapped[str | None] = mapped_column(Text)
    image: Mapped[str | None] = mapped_column(Text)
    following: Mapped[list["User"]] = relationship(
        secondary=follows, primaryjoin=id == follows.c.follower_id, secondaryjoin=id == follows.c.followee_id)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=datetime.now, onupdate=datetime.now)
    author: Mapped[User] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, order_by=Tag.name)
    favorited_by: Mapped[list[User]] = relationship(secondary=favorites)
    comments: Mapped[list["Comment"]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Comment(Base):
    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=datetime.now)
    article: Mapped[Article] = relationship(back_populates="comments")
    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)


def orm_work(s: Session) -> None:
    jake = User(username="jake", email="jake@x.io", password_hash="h")
    jane = User(username="jane", email="jane@x.io", password_hash="h")
    s.add_all([jake, jane])
    s.flush()
    s.scalar(select(User).where(User.email == "jake@x.io"))
    s.scalars(select(User).where(User.username == "jane")).one_or_none()
    s.get(User, jake.id)
    s.execute(select(User.username, User.email).where((User.username == "jake") | (User.email == "x"), User.id != jane.id)).all()
    jake.bio = "I work"
    s.flush()
    s.execute(update(User).where(User.id == jane.id).values(bio="b"))
    jake.following.append(jane)
    s.flush()
    s.scalar(select(exists().where(follows.c.follower_id == jake.id, follows.c.followee_id == jane.id)))
    s.scalars(select(follows.c.followee_id).where(follows.c.follower_id == jake.id, follows.c.followee_id.in_([jane.id, 7]))).all()
    s.execute(insert(follows).values(follower_id=jane.id, followee_id=jake.id))

    tags = [Tag(name="dragons"), Tag(name="training")]
    s.add_all(tags)
    s.flush()
    known = s.scalars(select(Tag).where(Tag.name.in_(["dragons", "training", "x"]))).all()
    for i in range(3):
        s.add(Article(slug=f"how-{i}", title=f"How {i}", description="d", body="b", author=jake if i != 1 else jane,
                      tags=list(known) if i == 0 else []))
    s.commit()
    s.expire_all()
    a = s.scalars(select(Article).where(Article.slug == "how-0").options(joinedload(Article.author), selectinload(Article.tags))).unique().one()
    a.tags
    a.author
    a.comments
    s.scalar(select(Article.id).where(Article.slug == "how-0", Article.id != a.id))
    s.scalar(select(exists().where((Article.slug == "how-0") & (Article.id != a.id))))
    base = (select(Article).options(joinedload(Article.author), selectinload(Article.tags))
            .where(Article.tags.any(Tag.name == "dragons"), Article.author.has(User.username == "jake"),
                   Article.favorited_by.any(User.username == "jane"),
                   Article.author_id.in_(select(follows.c.followee_id).where(follows.c.follower_id == jane.id))))
    s.scalar(select(func.count()).select_from(base.subquery()))
    s.scalars(base.order_by(Article.created_at.desc(), Article.id.desc()).limit(20).offset(0)).unique().all()
    s.scalars(select(Article).options(subqueryload(Article.tags)).order_by(Article.created_at.desc()).limit(2).offset(1)).all()
    ids = [1, 2, 3]
    s.execute(select(favorites.c.article_id, func.count()).where(favorites.c.article_id.in_(ids)).group_by(favorites.c.article_id)).all()
    s.scalars(select(favorites.c.article_id).where(favorites.c.user_id == jane.id, favorites.c.article_id.in_(ids))).all()
    fav_count = select(func.count()).where(favorites.c.article_id == Article.id).correlate(Article).scalar_subquery()
    favd = exists().where(favorites.c.article_id == Article.id, favorites.c.user_id == jane.id)
    followed = exists().where(follows.c.followee_id == Article.author_id, follows.c.follower_id == jane.id)
    rows = select(Article, fav_count.label("favorites_count"), favd.label("favorited"), followed.label("author_followed"))
    s.execute(rows.where(Article.id == a.id)).all()
    s.execute(select(Article, fav_count.label("favorites_count"), false().label("favorited")).order_by(Article.created_at.desc()).limit(20).offset(0)).all()
    s.scalar(select(func.count(Article.id)).where(Article.author_id == jake.id))
    fans = select(favorites.c.article_id).join(User, User.id == favorites.c.user_id)
    s.scalars(select(Article).where(Article.id.in_(fans.where(User.username == "jane")))).all()
    s.scalars(select(Tag.name).where(Tag.id.in_(select(article_tags.c.tag_id))).order_by(Tag.name)).all()
    s.scalars(select(Tag.name).join(article_tags).group_by(Tag.name).order_by(Tag.name)).all()
    author = aliased(User)
    s.execute(select(Article).join(Article.author.of_type(author)).options(contains_eager(Article.author.of_type(author))).where(author.username == "jake")).unique().all()
    a.favorited_by.append(jane)
    a.title = "New"
    a.tags = [known[0]]
    s.flush()
    s.execute(delete(favorites).where(favorites.c.user_id == jane.id, favorites.c.article_id == a.id))
    c = Comment(body="nice", article=a, author=jane)
    s.add(c)
    s.flush()
    s.scalars(select(Comment).where(Comment.article_id == a.id).order_by(Comment.created_at, Comment.id)).all()
    s.scalar(select(Comment).where(Comment.id == c.id, Comment.article_id == a.id))
    s.delete(c)
    s.flush()
    s.execute(select(func.max(Article.id), func.lower(User.username)).join(User, Article.author_id == User.id).group_by(User.username)).all()
    s.execute(delete(follows).where(follows.c.follower_id == jake.id, follows.c.followee_id == jane.id))
    s.execute(pg_insert(favorites).values(user_id=jane.id, article_id=a.id).on_conflict_do_nothing())
    s.execute(insert(Tag), [{"name": "bulk-a"}, {"name": "bulk-b"}])
    last = s.scalar(select(Article).where(Article.slug == "how-2"))
    s.delete(last)
    aid = a.id  # read before the commit: afterwards the ORM would reload it, amid the hand-built part
    s.commit()
    s.execute(text("SELECT 1 AS corpus_marker_hand_built"))
    # Hand-built from here on: SQL text written by the application.
    slug = "how-1"
    s.execute(text(f"SELECT id, title FROM articles WHERE slug = '{slug}'")).all()
    s.execute(text("SELECT * FROM articles WHERE slug = :slug"), {"slug": slug}).all()
    s.execute(text("select a.id, a.title, u.username from articles a join users u on u.id = a.author_id "
                   "where u.username = :u order by a.created_at desc limit 20 offset 0"), {"u": "jane"}).all()
    s.execute(text(f"SELECT count(*) FROM favorites WHERE article_id = {aid}")).all()
    s.execute(text("UPDATE articles SET title = :t WHERE slug = :s"), {"t": "T", "s": slug})
    s.execute(text("DELETE FROM comments WHERE id = 42"))
    s.execute(text("SELECT name FROM tags ORDER BY name")).all()
    s.execute(text("SELECT tags.name FROM tags JOIN article_tags ON article_tags.tag_id = tags.id GROUP BY name")).all()
    s.execute(text("SELECT articles.id FROM articles WHERE slug = :s"), {"s": slug}).all()
    s.commit()


def run_sync(url: str) -> None:
    engine = create_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        orm_work(s)
    engine.dispose()


async def run_async(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.run_sync(Base.metadata.create_all)
    from sqlalchemy.ext.asyncio import AsyncSession
    async with AsyncSession(engine, expire_on_commit=False) as s:
        # The same ORM work, issued through the asyncio engine (psycopg's AsyncConnection).
        await s.run_sync(orm_work)
    await engine.dispose()


if __name__ == "__main__":
    mode, url = sys.argv[1], sys.argv[2]
    if mode == "sync":
        run_sync(url)
    else:
        asyncio.run(run_async(url))
