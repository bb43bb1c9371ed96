from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload, selectinload

from conduit.models import Article, Tag, User, favorites, follows
from conduit.repositories.base import Repository


@dataclass(frozen=True)
class ArticleFilter:
    tag: str | None = None
    author: str | None = None
    favorited_by: str | None = None
    feed_of: int | None = None


class ArticleRepository(Repository):
    def add(self, article: Article) -> Article:
        self._session.add(article)
        self._flush()
        return article

    def by_slug(self, slug: str) -> Article | None:
        stmt = (
            select(Article).where(Article.slug == slug).options(joinedload(Article.author), selectinload(Article.tags))
        )
        return self._session.scalar(stmt)

    def slug_taken(self, slug: str, except_id: int | None = None) -> bool:
        stmt = select(Article.id).where(Article.slug == slug)
        if except_id is not None:
            stmt = stmt.where(Article.id != except_id)
        return self._session.scalar(stmt) is not None

    def delete(self, article: Article) -> None:
        self._session.delete(article)
        self._flush()

    def page(self, criteria: ArticleFilter, limit: int, offset: int) -> tuple[list[Article], int]:
        stmt = self._filtered(criteria)
        total = self._session.scalar(select(func.count()).select_from(stmt.subquery()))
        stmt = (
            stmt.options(joinedload(Article.author), selectinload(Article.tags))
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(stmt)), total or 0

    def _filtered(self, criteria: ArticleFilter) -> Select:
        stmt = select(Article)
        if criteria.tag is not None:
            stmt = stmt.where(Article.tags.any(Tag.name == criteria.tag))
        if criteria.author is not None:
            stmt = stmt.where(Article.author.has(User.username == criteria.author))
        if criteria.favorited_by is not None:
            stmt = stmt.where(Article.favorited_by.any(User.username == criteria.favorited_by))
        if criteria.feed_of is not None:
            followed = select(follows.c.followee_id).where(follows.c.follower_id == criteria.feed_of)
            stmt = stmt.where(Article.author_id.in_(followed))
        return stmt

    def favorite_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        ids = set(article_ids)
        if not ids:
            return {}
        stmt = (
            select(favorites.c.article_id, func.count())
            .where(favorites.c.article_id.in_(ids))
            .group_by(favorites.c.article_id)
        )
        return {article_id: count for article_id, count in self._session.execute(stmt)}

    def favorited_among(self, user_id: int, article_ids: Iterable[int]) -> set[int]:
        ids = set(article_ids)
        if not ids:
            return set()
        stmt = select(favorites.c.article_id).where(favorites.c.user_id == user_id, favorites.c.article_id.in_(ids))
        return set(self._session.scalars(stmt))

    def favorite(self, article: Article, user: User) -> None:
        if user not in article.favorited_by:
            article.favorited_by.append(user)
            self._flush()

    def unfavorite(self, article: Article, user: User) -> None:
        if user in article.favorited_by:
            article.favorited_by.remove(user)
            self._flush()
