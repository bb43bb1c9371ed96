from collections.abc import Mapping
from typing import Any

from conduit.models import Article, User
from conduit.repositories import ArticleCriteria, ArticleRepository, TagRepository, Transaction, UserRepository
from conduit.services.clock import now
from conduit.services.errors import Forbidden, NotFound, Unauthenticated
from conduit.services.presenters import profile_of
from conduit.services.results import ArticleListResult, ArticleResult
from conduit.services.rules import changed_text, paging, required_text, slug_for, tag_names
from conduit.services.transactions import atomically

DEFAULT_LIMIT = 20


class ArticleService:
    """Writing, reading, listing and favoriting articles."""

    def __init__(
        self, articles: ArticleRepository, users: UserRepository, tags: TagRepository, transaction: Transaction
    ):
        self._articles = articles
        self._users = users
        self._tags = tags
        self._transaction = transaction

    def create(self, author_id: int, data: Mapping[str, Any]) -> ArticleResult:
        fields = required_text(data, "title", "description", "body")
        names = tag_names(data.get("tagList"))

        def work() -> Article:
            created = now()
            article = Article(
                slug=self._free_slug(fields["title"]),
                title=fields["title"],
                description=fields["description"],
                body=fields["body"],
                created_at=created,
                updated_at=created,
                author=self._caller(author_id),
                tags=self._tags.named(names),
            )
            return self._articles.add(article)

        return self._result(atomically(self._transaction, work), author_id)

    def get(self, slug: str, viewer_id: int | None) -> ArticleResult:
        return self._result(self._existing(slug), viewer_id)

    def update(self, slug: str, user_id: int, data: Mapping[str, Any]) -> ArticleResult:
        changes = changed_text(data, "title", "description", "body")
        names = tag_names(data["tagList"]) if "tagList" in data else None

        def work() -> Article:
            article = self._owned(slug, user_id)
            if "title" in changes and changes["title"] != article.title:
                article.slug = self._free_slug(changes["title"], ignoring=article.id)
            for name, value in changes.items():
                setattr(article, name, value)
            if names is not None:
                article.tags = self._tags.named(names)
            article.updated_at = now()
            return self._articles.save(article)

        return self._result(atomically(self._transaction, work), user_id)

    def delete(self, slug: str, user_id: int) -> None:
        self._articles.delete(self._owned(slug, user_id))
        self._transaction.commit()

    def favorite(self, slug: str, user_id: int) -> ArticleResult:
        def work() -> Article:
            article = self._existing(slug)
            self._articles.add_favorite(article, self._caller(user_id))
            return article

        return self._result(atomically(self._transaction, work), user_id)

    def unfavorite(self, slug: str, user_id: int) -> ArticleResult:
        def work() -> Article:
            article = self._existing(slug)
            self._articles.remove_favorite(article, self._caller(user_id))
            return article

        return self._result(atomically(self._transaction, work), user_id)

    def search(
        self,
        viewer_id: int | None,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> ArticleListResult:
        criteria = ArticleCriteria(tag=tag, author=author, favorited_by=favorited)
        return self._page(criteria, viewer_id, limit, offset)

    def feed(self, user_id: int, *, limit: int | None = None, offset: int | None = None) -> ArticleListResult:
        return self._page(ArticleCriteria(followed_by=user_id), user_id, limit, offset)

    def _page(
        self, criteria: ArticleCriteria, viewer_id: int | None, limit: int | None, offset: int | None
    ) -> ArticleListResult:
        limit, offset = paging(limit, offset, DEFAULT_LIMIT)
        articles, total = self._articles.find(criteria, limit, offset)
        return ArticleListResult(articles=tuple(self._results(articles, viewer_id)), total=total)

    def _free_slug(self, title: str, ignoring: int | None = None) -> str:
        slug = slug_for(title)
        while self._articles.slug_in_use(slug, ignoring):
            slug = slug_for(title, unique_suffix=True)
        return slug

    def _existing(self, slug: str) -> Article:
        article = self._articles.by_slug(slug)
        if article is None:
            raise NotFound(fields={"article": ["not found"]})
        return article

    def _owned(self, slug: str, user_id: int) -> Article:
        article = self._existing(slug)
        if article.author_id != user_id:
            raise Forbidden(fields={"article": ["can only be changed by its author"]})
        return article

    def _caller(self, user_id: int) -> User:
        user = self._users.by_id(user_id)
        if user is None:
            raise Unauthenticated("the token's user no longer exists")
        return user

    def _result(self, article: Article, viewer_id: int | None) -> ArticleResult:
        return self._results([article], viewer_id)[0]

    def _results(self, articles: list[Article], viewer_id: int | None) -> list[ArticleResult]:
        ids = [article.id for article in articles]
        counts = self._articles.favorites_count(ids)
        favorited = self._articles.favorited_ids(viewer_id, ids) if viewer_id is not None else set()
        authors = {article.author_id for article in articles}
        followed = self._users.followed_ids(viewer_id, authors) if viewer_id is not None else set()
        return [
            ArticleResult(
                slug=article.slug,
                title=article.title,
                description=article.description,
                body=article.body,
                tags=tuple(tag.name for tag in article.tags),
                created_at=article.created_at,
                updated_at=article.updated_at,
                favorited=article.id in favorited,
                favorites_count=counts.get(article.id, 0),
                author=profile_of(article.author, article.author_id in followed),
            )
            for article in articles
        ]
