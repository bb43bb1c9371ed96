from collections.abc import Mapping, Sequence
from typing import Any

from conduit.models import Article
from conduit.repositories import ArticleCriteria, ArticleRow, UnitOfWork
from conduit.services.clock import utc_now
from conduit.services.errors import Forbidden, InvalidInput, NotFound
from conduit.services.profiles import profile_of
from conduit.services.results import ArticleData, ArticlePage
from conduit.services.slugs import disambiguated, slugify
from conduit.services.transactions import transactional
from conduit.services.validation import require_text, tag_names

DEFAULT_LIMIT = 20
_TEXT_FIELDS = ("title", "description", "body")


class ArticleService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def create(
        self, author_id: int, title: str, description: str, body: str, tag_list: Sequence[str] | None = None
    ) -> ArticleData:
        require_text(title=title, description=description, body=body)
        names = tag_names(tag_list)

        def create() -> int:
            now = utc_now()
            article = Article(
                slug=self._free_slug(title),
                title=title,
                description=description,
                body=body,
                created_at=now,
                updated_at=now,
                author_id=author_id,
                tags=self._uow.tags.get_or_create(names),
            )
            return self._uow.articles.add(article).id

        return self._data(transactional(self._uow, create), author_id)

    def get(self, slug: str, viewer_id: int | None) -> ArticleData:
        return self._data(self._existing(slug).id, viewer_id)

    def update(self, slug: str, user_id: int, changes: Mapping[str, Any]) -> ArticleData:
        """Applies the fields present in `changes` (title, description, body, tag_list)."""
        texts = require_text(**{name: changes[name] for name in _TEXT_FIELDS if name in changes})

        def apply() -> int:
            article = self._owned(slug, user_id)
            if "title" in texts and texts["title"] != article.title:
                article.slug = self._free_slug(texts["title"], except_id=article.id)
            for name, value in texts.items():
                setattr(article, name, value)
            if changes.get("tag_list") is not None:
                article.tags = self._uow.tags.get_or_create(tag_names(changes["tag_list"]))
            article.updated_at = utc_now()
            self._uow.articles.save(article)
            return article.id

        return self._data(transactional(self._uow, apply), user_id)

    def delete(self, slug: str, user_id: int) -> None:
        self._uow.articles.remove(self._owned(slug, user_id))
        self._uow.commit()

    def favorite(self, slug: str, user_id: int) -> ArticleData:
        def favorite() -> int:
            article = self._existing(slug)
            self._uow.articles.add_favorite(user_id, article.id)
            return article.id

        return self._data(transactional(self._uow, favorite), user_id)

    def unfavorite(self, slug: str, user_id: int) -> ArticleData:
        def unfavorite() -> int:
            article = self._existing(slug)
            self._uow.articles.remove_favorite(user_id, article.id)
            return article.id

        return self._data(transactional(self._uow, unfavorite), user_id)

    def search(
        self,
        viewer_id: int | None,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited: str | None = None,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
    ) -> ArticlePage:
        criteria = ArticleCriteria(tag=tag, author=author, favorited_by=favorited)
        return self._page(criteria, viewer_id, limit, offset)

    def feed(self, user_id: int, *, limit: int = DEFAULT_LIMIT, offset: int = 0) -> ArticlePage:
        return self._page(ArticleCriteria(followed_by=user_id), user_id, limit, offset)

    def _page(self, criteria: ArticleCriteria, viewer_id: int | None, limit: int, offset: int) -> ArticlePage:
        if limit < 1 or offset < 0:
            raise InvalidInput("limit must be at least 1 and offset at least 0")
        rows, total = self._uow.articles.page(criteria, viewer_id, limit, offset)
        return ArticlePage(articles=[_article_data(row) for row in rows], articles_count=total)

    def _data(self, article_id: int, viewer_id: int | None) -> ArticleData:
        return _article_data(self._uow.articles.row(article_id, viewer_id))

    def _free_slug(self, title: str, except_id: int | None = None) -> str:
        base = slugify(title)
        slug = base
        while self._uow.articles.slug_in_use(slug, except_id):
            slug = disambiguated(base)
        return slug

    def _existing(self, slug: str) -> Article:
        article = self._uow.articles.find_by_slug(slug)
        if article is None:
            raise NotFound(f"article {slug!r} not found")
        return article

    def _owned(self, slug: str, user_id: int) -> Article:
        article = self._existing(slug)
        if article.author_id != user_id:
            raise Forbidden("only the author of an article may change it")
        return article


def _article_data(row: ArticleRow) -> ArticleData:
    article = row.article
    return ArticleData(
        slug=article.slug,
        title=article.title,
        description=article.description,
        body=article.body,
        tag_list=[tag.name for tag in article.tags],
        created_at=article.created_at,
        updated_at=article.updated_at,
        favorited=row.favorited,
        favorites_count=row.favorites_count,
        author=profile_of(article.author, row.author_followed),
    )
