from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, Row, Select, delete, exists, false, func, select
from sqlalchemy.orm import Session

from conduit.models import Article, Favorite, Follow, Tag, User
from conduit.repositories.session import flush


@dataclass(frozen=True)
class ArticleCriteria:
    """Which articles a list holds; unset fields do not filter."""

    tag: str | None = None
    author: str | None = None
    favorited_by: str | None = None
    followed_by: int | None = None


class ArticleRow(NamedTuple):
    """An article with what depends on the other rows and on who is asking."""

    article: Article
    favorites_count: int
    favorited: bool
    author_followed: bool


class ArticleRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, article: Article) -> Article:
        self._session.add(article)
        flush(self._session)
        return article

    def save(self, article: Article) -> None:
        flush(self._session)

    def remove(self, article: Article) -> None:
        self._session.delete(article)
        flush(self._session)

    def find_by_slug(self, slug: str) -> Article | None:
        return self._session.scalars(select(Article).where(Article.slug == slug)).one_or_none()

    def slug_in_use(self, slug: str, except_id: int | None = None) -> bool:
        condition = Article.slug == slug
        if except_id is not None:
            condition = condition & (Article.id != except_id)
        return bool(self._session.scalar(select(exists().where(condition))))

    def row(self, article_id: int, viewer_id: int | None) -> ArticleRow:
        query = self._rows(viewer_id).where(Article.id == article_id)
        return _as_row(self._session.execute(query).one())

    def page(
        self, criteria: ArticleCriteria, viewer_id: int | None, limit: int, offset: int
    ) -> tuple[list[ArticleRow], int]:
        conditions = self._conditions(criteria)
        total = self._session.scalar(select(func.count(Article.id)).where(*conditions)) or 0
        query = (
            self._rows(viewer_id)
            .where(*conditions)
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [_as_row(row) for row in self._session.execute(query)], total

    def is_favorite(self, user_id: int, article_id: int) -> bool:
        query = select(exists().where(Favorite.user_id == user_id, Favorite.article_id == article_id))
        return bool(self._session.scalar(query))

    def add_favorite(self, user_id: int, article_id: int) -> None:
        if not self.is_favorite(user_id, article_id):
            self._session.add(Favorite(user_id=user_id, article_id=article_id))
            flush(self._session)

    def remove_favorite(self, user_id: int, article_id: int) -> None:
        self._session.execute(delete(Favorite).where(Favorite.user_id == user_id, Favorite.article_id == article_id))

    @staticmethod
    def _rows(viewer_id: int | None) -> Select:
        """One query for the articles and, per article, its favorites and the viewer's flags."""
        favorites_count = (
            select(func.count()).where(Favorite.article_id == Article.id).correlate(Article).scalar_subquery()
        )
        favorited: ColumnElement[bool]
        author_followed: ColumnElement[bool]
        if viewer_id is None:
            favorited = author_followed = false()
        else:
            favorited = exists().where(Favorite.article_id == Article.id, Favorite.user_id == viewer_id)
            author_followed = exists().where(Follow.followee_id == Article.author_id, Follow.follower_id == viewer_id)
        return select(
            Article,
            favorites_count.label("favorites_count"),
            favorited.label("favorited"),
            author_followed.label("author_followed"),
        )

    @staticmethod
    def _conditions(criteria: ArticleCriteria) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if criteria.tag is not None:
            conditions.append(Article.tags.any(Tag.name == criteria.tag))
        if criteria.author is not None:
            conditions.append(Article.author.has(User.username == criteria.author))
        if criteria.favorited_by is not None:
            fans = select(Favorite.article_id).join(User, User.id == Favorite.user_id)
            conditions.append(Article.id.in_(fans.where(User.username == criteria.favorited_by)))
        if criteria.followed_by is not None:
            followees = select(Follow.followee_id).where(Follow.follower_id == criteria.followed_by)
            conditions.append(Article.author_id.in_(followees))
        return conditions


def _as_row(row: Row) -> ArticleRow:
    # Some databases hand EXISTS back as 0/1; the row says bool.
    article, favorites_count, favorited, author_followed = row
    return ArticleRow(article, int(favorites_count), bool(favorited), bool(author_followed))
