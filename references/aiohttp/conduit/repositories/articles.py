from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from conduit.models import Article, ArticleTag, Favorite, Follow, Tag, User
from conduit.repositories.base import Repository


@dataclass(frozen=True)
class ArticleFilter:
    """What a list or feed is restricted to; unset fields do not filter."""

    tag: str | None = None
    author: str | None = None
    favorited_by: str | None = None
    feed_of: int | None = None


class ArticleRepository(Repository):
    async def add(self, article: Article) -> Article:
        self._session.add(article)
        await self._flush()
        return article

    async def save(self) -> None:
        await self._flush()

    async def by_slug(self, slug: str) -> Article | None:
        return await self._session.scalar(select(Article).where(Article.slug == slug))

    async def slug_taken(self, slug: str, except_id: int | None = None) -> bool:
        stmt = select(Article.id).where(Article.slug == slug)
        if except_id is not None:
            stmt = stmt.where(Article.id != except_id)
        return await self._session.scalar(stmt.limit(1)) is not None

    async def delete(self, article: Article) -> None:
        # The asyncio session loads the article's comments, favorites and tag links and deletes
        # them with it (cascades declared on the model).
        await self._session.delete(article)
        await self._flush()

    async def page(self, criteria: ArticleFilter, limit: int, offset: int) -> tuple[list[Article], int]:
        """One page, newest first (id as tie-breaker), and the number of all matching articles."""
        conditions = self._conditions(criteria)
        total = await self._session.scalar(select(func.count(Article.id)).where(*conditions))
        stmt = (
            select(Article)
            .where(*conditions)
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(await self._session.scalars(stmt)), total or 0

    @staticmethod
    def _conditions(criteria: ArticleFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if criteria.tag is not None:
            tagged = select(ArticleTag.article_id).join(Tag, Tag.id == ArticleTag.tag_id).where(Tag.name == criteria.tag)
            conditions.append(Article.id.in_(tagged))
        if criteria.author is not None:
            author = select(User.id).where(User.username == criteria.author)
            conditions.append(Article.author_id.in_(author))
        if criteria.favorited_by is not None:
            favorited = (
                select(Favorite.article_id)
                .join(User, User.id == Favorite.user_id)
                .where(User.username == criteria.favorited_by)
            )
            conditions.append(Article.id.in_(favorited))
        if criteria.feed_of is not None:
            followed = select(Follow.followee_id).where(Follow.follower_id == criteria.feed_of)
            conditions.append(Article.author_id.in_(followed))
        return conditions

    async def favorite_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        ids = set(article_ids)
        if not ids:
            return {}
        stmt = (
            select(Favorite.article_id, func.count())
            .where(Favorite.article_id.in_(ids))
            .group_by(Favorite.article_id)
        )
        return {article_id: count for article_id, count in (await self._session.execute(stmt)).all()}

    async def favorited_among(self, user_id: int, article_ids: Iterable[int]) -> set[int]:
        """The subset of `article_ids` that `user_id` has favorited."""
        ids = set(article_ids)
        if not ids:
            return set()
        stmt = select(Favorite.article_id).where(Favorite.user_id == user_id, Favorite.article_id.in_(ids))
        return set(await self._session.scalars(stmt))

    async def favorite(self, article_id: int, user_id: int) -> None:
        if await self._favorite(article_id, user_id) is None:
            self._session.add(Favorite(user_id=user_id, article_id=article_id))
            await self._flush()

    async def unfavorite(self, article_id: int, user_id: int) -> None:
        favorite = await self._favorite(article_id, user_id)
        if favorite is not None:
            await self._session.delete(favorite)
            await self._flush()

    async def _favorite(self, article_id: int, user_id: int) -> Favorite | None:
        return await self._session.get(Favorite, {"user_id": user_id, "article_id": article_id})
