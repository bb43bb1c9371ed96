from typing import Any

from conduit.models import Article, ArticleTag, Tag, User
from conduit.repositories import ArticleFilter, UnitOfWork, UnitOfWorkFactory
from conduit.services.clock import utcnow
from conduit.services.errors import AuthenticationError, NotFound, PermissionDenied
from conduit.services.retry import retry_on_conflict
from conduit.services.slugs import disambiguated, slugify
from conduit.services.validation import optional, page_bounds, required, tag_names
from conduit.services.views import ArticlePage, ArticleView, profile_view

DEFAULT_LIMIT = 20


class ArticleService:
    def __init__(self, units: UnitOfWorkFactory):
        self._units = units

    @retry_on_conflict
    async def create(self, author_id: int, data: dict[str, Any]) -> ArticleView:
        fields = required(data, "title", "description", "body")
        names = tag_names(data.get("tagList"))
        async with self._units() as uow:
            author = await self._user(uow, author_id)
            now = utcnow()
            article = Article(
                slug=await self._free_slug(uow, fields["title"]),
                title=fields["title"],
                description=fields["description"],
                body=fields["body"],
                created_at=now,
                updated_at=now,
                author=author,
                tag_links=self._links([], await uow.tags.get_or_create(names)),
            )
            await uow.articles.add(article)
            await uow.commit()
            return await self._view(uow, article, author_id)

    async def get(self, slug: str, viewer_id: int | None) -> ArticleView:
        async with self._units() as uow:
            return await self._view(uow, await self._existing(uow, slug), viewer_id)

    @retry_on_conflict
    async def update(self, slug: str, user_id: int, data: dict[str, Any]) -> ArticleView:
        fields = optional(data, "title", "description", "body")
        names = tag_names(data["tagList"]) if "tagList" in data else None
        async with self._units() as uow:
            article = await self._owned(uow, slug, user_id)
            if "title" in fields and fields["title"] != article.title:
                article.slug = await self._free_slug(uow, fields["title"], except_id=article.id)
            for name, value in fields.items():
                setattr(article, name, value)
            if names is not None:
                article.tag_links = self._links(article.tag_links, await uow.tags.get_or_create(names))
            article.updated_at = utcnow()
            await uow.articles.save()
            await uow.commit()
            return await self._view(uow, article, user_id)

    async def delete(self, slug: str, user_id: int) -> None:
        async with self._units() as uow:
            await uow.articles.delete(await self._owned(uow, slug, user_id))
            await uow.commit()

    @retry_on_conflict
    async def favorite(self, slug: str, user_id: int) -> ArticleView:
        async with self._units() as uow:
            article = await self._existing(uow, slug)
            await uow.articles.favorite(article.id, user_id)
            await uow.commit()
            return await self._view(uow, article, user_id)

    @retry_on_conflict
    async def unfavorite(self, slug: str, user_id: int) -> ArticleView:
        async with self._units() as uow:
            article = await self._existing(uow, slug)
            await uow.articles.unfavorite(article.id, user_id)
            await uow.commit()
            return await self._view(uow, article, user_id)

    async def search(
        self,
        viewer_id: int | None,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> ArticlePage:
        criteria = ArticleFilter(tag=tag, author=author, favorited_by=favorited)
        return await self._page(criteria, viewer_id, limit, offset)

    async def feed(self, user_id: int, *, limit: int | None = None, offset: int | None = None) -> ArticlePage:
        return await self._page(ArticleFilter(feed_of=user_id), user_id, limit, offset)

    async def _page(
        self, criteria: ArticleFilter, viewer_id: int | None, limit: int | None, offset: int | None
    ) -> ArticlePage:
        limit, offset = page_bounds(limit, offset, DEFAULT_LIMIT)
        async with self._units() as uow:
            articles, count = await uow.articles.page(criteria, limit, offset)
            return ArticlePage(articles=await self._views(uow, articles, viewer_id), count=count)

    @staticmethod
    def _links(current: list[ArticleTag], tags: list[Tag]) -> list[ArticleTag]:
        """Links to `tags` in this order, reusing the article's existing links to the same tags."""
        kept = {link.tag.name: link for link in current}
        links = []
        for position, tag in enumerate(tags):
            link = kept.get(tag.name) or ArticleTag(tag=tag)
            link.position = position
            links.append(link)
        return links

    @staticmethod
    async def _free_slug(uow: UnitOfWork, title: str, except_id: int | None = None) -> str:
        base = slug = slugify(title)
        while await uow.articles.slug_taken(slug, except_id):
            slug = disambiguated(base)
        return slug

    @staticmethod
    async def _existing(uow: UnitOfWork, slug: str) -> Article:
        article = await uow.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    @classmethod
    async def _owned(cls, uow: UnitOfWork, slug: str, user_id: int) -> Article:
        article = await cls._existing(uow, slug)
        if article.author_id != user_id:
            raise PermissionDenied("only the author of an article may change it")
        return article

    @staticmethod
    async def _user(uow: UnitOfWork, user_id: int) -> User:
        user = await uow.users.get(user_id)
        if user is None:
            raise AuthenticationError("the token's user no longer exists")
        return user

    async def _view(self, uow: UnitOfWork, article: Article, viewer_id: int | None) -> ArticleView:
        return (await self._views(uow, [article], viewer_id))[0]

    @staticmethod
    async def _views(uow: UnitOfWork, articles: list[Article], viewer_id: int | None) -> list[ArticleView]:
        # Three batched look-ups per page rather than three per article.
        ids = [a.id for a in articles]
        counts = await uow.articles.favorite_counts(ids)
        favorited = await uow.articles.favorited_among(viewer_id, ids) if viewer_id is not None else set()
        authors = {a.author_id for a in articles}
        followed = await uow.users.followed_among(viewer_id, authors) if viewer_id is not None else set()
        return [
            ArticleView(
                slug=a.slug,
                title=a.title,
                description=a.description,
                body=a.body,
                tag_list=a.tag_names,
                created_at=a.created_at,
                updated_at=a.updated_at,
                favorited=a.id in favorited,
                favorites_count=counts.get(a.id, 0),
                author=profile_view(a.author, a.author_id in followed),
            )
            for a in articles
        ]
