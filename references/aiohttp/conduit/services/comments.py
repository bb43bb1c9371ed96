from typing import Any

from conduit.models import Article, Comment
from conduit.repositories import UnitOfWork, UnitOfWorkFactory
from conduit.services.clock import utcnow
from conduit.services.errors import AuthenticationError, NotFound, PermissionDenied
from conduit.services.validation import required
from conduit.services.views import CommentView, profile_view

# Comment ids are stored in a 32-bit integer column; larger ids cannot exist.
_MAX_ID = 2**31 - 1


class CommentService:
    def __init__(self, units: UnitOfWorkFactory):
        self._units = units

    async def add(self, slug: str, author_id: int, data: dict[str, Any]) -> CommentView:
        async with self._units() as uow:
            article = await self._article(uow, slug)
            fields = required(data, "body")
            author = await uow.users.get(author_id)
            if author is None:
                raise AuthenticationError("the token's user no longer exists")
            now = utcnow()
            comment = Comment(body=fields["body"], created_at=now, updated_at=now, article_id=article.id, author=author)
            await uow.comments.add(comment)
            await uow.commit()
            return (await self._views(uow, [comment], author_id))[0]

    async def of_article(self, slug: str, viewer_id: int | None) -> list[CommentView]:
        async with self._units() as uow:
            article = await self._article(uow, slug)
            return await self._views(uow, await uow.comments.list_for_article(article.id), viewer_id)

    async def delete(self, slug: str, comment_id: int, user_id: int) -> None:
        async with self._units() as uow:
            article = await self._article(uow, slug)
            comment = await uow.comments.get_for_article(article.id, comment_id) if 0 < comment_id <= _MAX_ID else None
            if comment is None:
                raise NotFound("comment not found")
            if comment.author_id != user_id:
                raise PermissionDenied("only the author of a comment may delete it")
            await uow.comments.delete(comment)
            await uow.commit()

    @staticmethod
    async def _article(uow: UnitOfWork, slug: str) -> Article:
        article = await uow.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    @staticmethod
    async def _views(uow: UnitOfWork, comments: list[Comment], viewer_id: int | None) -> list[CommentView]:
        authors = {c.author_id for c in comments}
        followed = await uow.users.followed_among(viewer_id, authors) if viewer_id is not None else set()
        return [
            CommentView(
                id=c.id,
                body=c.body,
                created_at=c.created_at,
                updated_at=c.updated_at,
                author=profile_view(c.author, c.author_id in followed),
            )
            for c in comments
        ]
