from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload, selectinload

from conduit.models import Article, Tag, User, favorites, follows
from conduit.repositories.session import SessionBound


@dataclass(frozen=True)
class ArticleCriteria:
    """Filters of an article list; None means "not filtered by this"."""

    tag: str | None = None
    author: str | None = None
    favorited_by: str | None = None
    followed_by: int | None = None


class ArticleRepository(SessionBound):
    def add(self, article: Article) -> Article:
        self._session.add(article)
        self._flush()
        return article

    def save(self, article: Article) -> Article:
        self._flush()
        return article

    def delete(self, article: Article) -> None:
        self._session.delete(article)
        self._flush()

    def by_slug(self, slug: str) -> Article | None:
        stmt = select(Article).where(Article.slug == slug).options(joinedload(Article.author), selectinload(Article.tags))
        return self._session.scalars(stmt).one_or_none()

    def slug_in_use(self, slug: str, ignoring: int | None = None) -> bool:
        stmt = select(Article.id).where(Article.slug == slug)
        if ignoring is not None:
            stmt = stmt.where(Article.id != ignoring)
        return self._session.scalars(stmt.limit(1)).first() is not None

    def find(self, criteria: ArticleCriteria, limit: int, offset: int) -> tuple[list[Article], int]:
        """One page, newest first (id breaks ties), and how many articles match in total."""
        matching = self._matching(criteria)
        total = self._session.scalar(select(func.count()).select_from(matching.subquery())) or 0
        page = (
            matching.options(joinedload(Article.author), selectinload(Article.tags))
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(page)), total

    @staticmethod
    def _matching(criteria: ArticleCriteria) -> Select:
        stmt = select(Article)
        if criteria.tag is not None:
            stmt = stmt.where(Article.tags.any(Tag.name == criteria.tag))
        if criteria.author is not None:
            stmt = stmt.where(Article.author.has(User.username == criteria.author))
        if criteria.favorited_by is not None:
            stmt = stmt.where(Article.favorited_by.any(User.username == criteria.favorited_by))
        if criteria.followed_by is not None:
            followed = select(follows.c.followed_id).where(follows.c.follower_id == criteria.followed_by)
            stmt = stmt.where(Article.author_id.in_(followed))
        return stmt

    def favorites_count(self, article_ids: Iterable[int]) -> dict[int, int]:
        ids = set(article_ids)
        if not ids:
            return {}
        stmt = (
            select(favorites.c.article_id, func.count(favorites.c.user_id))
            .where(favorites.c.article_id.in_(ids))
            .group_by(favorites.c.article_id)
        )
        return {article_id: count for article_id, count in self._session.execute(stmt)}

    def favorited_ids(self, user_id: int, among: Iterable[int]) -> set[int]:
        """Which of the articles `among` the user has favorited."""
        ids = set(among)
        if not ids:
            return set()
        stmt = select(favorites.c.article_id).where(favorites.c.user_id == user_id, favorites.c.article_id.in_(ids))
        return set(self._session.scalars(stmt))

    def add_favorite(self, article: Article, user: User) -> None:
        if user not in article.favorited_by:
            article.favorited_by.append(user)
            self._flush()

    def remove_favorite(self, article: Article, user: User) -> None:
        if user in article.favorited_by:
            article.favorited_by.remove(user)
            self._flush()
