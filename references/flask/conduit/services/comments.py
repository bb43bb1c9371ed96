from typing import Any

from conduit.models import Article, Comment
from conduit.repositories import ArticleRepository, CommentRepository, UnitOfWork, UserRepository
from conduit.services.clock import utcnow
from conduit.services.errors import AuthenticationError, NotFound, PermissionDenied
from conduit.services.presenters import profile_of
from conduit.services.validation import required_fields
from conduit.services.views import CommentView


class CommentService:
    def __init__(
        self, comments: CommentRepository, articles: ArticleRepository, users: UserRepository, uow: UnitOfWork
    ):
        self._comments = comments
        self._articles = articles
        self._users = users
        self._uow = uow

    def add(self, slug: str, author_id: int, data: dict[str, Any]) -> CommentView:
        article = self._article(slug)
        fields = required_fields(data, "body")
        author = self._users.get(author_id)
        if author is None:
            raise AuthenticationError("user no longer exists")
        now = utcnow()
        comment = Comment(body=fields["body"], created_at=now, updated_at=now, article=article, author=author)
        self._comments.add(comment)
        self._uow.commit()
        return self._views([comment], author_id)[0]

    def of_article(self, slug: str, viewer_id: int | None) -> list[CommentView]:
        article = self._article(slug)
        return self._views(self._comments.list_for_article(article.id), viewer_id)

    def delete(self, slug: str, comment_id: int, user_id: int) -> None:
        article = self._article(slug)
        comment = self._comments.get_for_article(article.id, comment_id)
        if comment is None:
            raise NotFound("comment not found")
        if comment.author_id != user_id:
            raise PermissionDenied("only the author may delete this comment")
        self._comments.delete(comment)
        self._uow.commit()

    def _article(self, slug: str) -> Article:
        article = self._articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    def _views(self, comments: list[Comment], viewer_id: int | None) -> list[CommentView]:
        followed = self._users.followed_among(viewer_id, {c.author_id for c in comments}) if viewer_id else set()
        return [
            CommentView(
                id=c.id,
                body=c.body,
                created_at=c.created_at,
                updated_at=c.updated_at,
                author=profile_of(c.author, c.author_id in followed),
            )
            for c in comments
        ]
