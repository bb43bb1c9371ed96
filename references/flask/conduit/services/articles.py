from typing import Any

from conduit.models import Article, User
from conduit.repositories import ArticleRepository, TagRepository, UnitOfWork, UserRepository
from conduit.repositories.articles import ArticleFilter
from conduit.services.clock import utcnow
from conduit.services.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from conduit.services.presenters import profile_of
from conduit.services.retry import retry_on_conflict
from conduit.services.slugs import slugify, with_suffix
from conduit.services.validation import optional_fields, required_fields, tag_names
from conduit.services.views import ArticlePage, ArticleView

DEFAULT_LIMIT = 20


class ArticleService:
    def __init__(self, articles: ArticleRepository, users: UserRepository, tags: TagRepository, uow: UnitOfWork):
        self._articles = articles
        self._users = users
        self._tags = tags
        self._uow = uow

    @retry_on_conflict
    def create(self, author_id: int, data: dict[str, Any]) -> ArticleView:
        fields = required_fields(data, "title", "description", "body")
        names = tag_names(data.get("tagList"))
        now = utcnow()
        article = Article(
            slug=self._free_slug(fields["title"]),
            title=fields["title"],
            description=fields["description"],
            body=fields["body"],
            created_at=now,
            updated_at=now,
            author=self._user(author_id),
            tags=self._tags.get_or_create(names),
        )
        self._articles.add(article)
        self._uow.commit()
        return self._view(article, author_id)

    def get(self, slug: str, viewer_id: int | None) -> ArticleView:
        return self._view(self._existing(slug), viewer_id)

    @retry_on_conflict
    def update(self, slug: str, user_id: int, data: dict[str, Any]) -> ArticleView:
        article = self._owned(slug, user_id)
        fields = optional_fields(data, "title", "description", "body")
        if "title" in fields and fields["title"] != article.title:
            article.slug = self._free_slug(fields["title"], except_id=article.id)
        for name, value in fields.items():
            setattr(article, name, value)
        if "tagList" in data:
            article.tags = self._tags.get_or_create(tag_names(data["tagList"]))
        article.updated_at = utcnow()
        self._uow.commit()
        return self._view(article, user_id)

    def delete(self, slug: str, user_id: int) -> None:
        self._articles.delete(self._owned(slug, user_id))
        self._uow.commit()

    @retry_on_conflict
    def favorite(self, slug: str, user_id: int) -> ArticleView:
        article = self._existing(slug)
        self._articles.favorite(article, self._user(user_id))
        self._uow.commit()
        return self._view(article, user_id)

    @retry_on_conflict
    def unfavorite(self, slug: str, user_id: int) -> ArticleView:
        article = self._existing(slug)
        self._articles.unfavorite(article, self._user(user_id))
        self._uow.commit()
        return self._view(article, user_id)

    def search(
        self,
        viewer_id: int | None,
        tag: str | None = None,
        author: str | None = None,
        favorited: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> ArticlePage:
        criteria = ArticleFilter(tag=tag, author=author, favorited_by=favorited)
        return self._page(criteria, viewer_id, limit, offset)

    def feed(self, user_id: int, limit: int | None = None, offset: int | None = None) -> ArticlePage:
        return self._page(ArticleFilter(feed_of=user_id), user_id, limit, offset)

    def _page(
        self, criteria: ArticleFilter, viewer_id: int | None, limit: int | None, offset: int | None
    ) -> ArticlePage:
        limit = DEFAULT_LIMIT if limit is None else limit
        offset = 0 if offset is None else offset
        if limit < 1:
            raise ValidationError("limit must be at least 1")
        if offset < 0:
            raise ValidationError("offset must not be negative")
        articles, count = self._articles.page(criteria, limit, offset)
        return ArticlePage(articles=self._views(articles, viewer_id), count=count)

    def _free_slug(self, title: str, except_id: int | None = None) -> str:
        slug = slugify(title)
        while self._articles.slug_taken(slug, except_id):
            slug = with_suffix(slugify(title))
        return slug

    def _existing(self, slug: str) -> Article:
        article = self._articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    def _owned(self, slug: str, user_id: int) -> Article:
        article = self._existing(slug)
        if article.author_id != user_id:
            raise PermissionDenied("only the author may change this article")
        return article

    def _user(self, user_id: int) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise AuthenticationError("user no longer exists")
        return user

    def _view(self, article: Article, viewer_id: int | None) -> ArticleView:
        return self._views([article], viewer_id)[0]

    def _views(self, articles: list[Article], viewer_id: int | None) -> list[ArticleView]:
        # Three batched look-ups per page instead of three per article.
        ids = [a.id for a in articles]
        counts = self._articles.favorite_counts(ids)
        favorited = self._articles.favorited_among(viewer_id, ids) if viewer_id else set()
        followed = self._users.followed_among(viewer_id, {a.author_id for a in articles}) if viewer_id else set()
        return [
            ArticleView(
                slug=a.slug,
                title=a.title,
                description=a.description,
                body=a.body,
                tag_list=[t.name for t in a.tags],
                created_at=a.created_at,
                updated_at=a.updated_at,
                favorited=a.id in favorited,
                favorites_count=counts.get(a.id, 0),
                author=profile_of(a.author, a.author_id in followed),
            )
            for a in articles
        ]
