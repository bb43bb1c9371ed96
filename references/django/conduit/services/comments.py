from collections.abc import Mapping
from typing import Any

from conduit.models import Article, Comment
from conduit.repositories import ArticleRepository, CommentRepository, Transaction, UserRepository
from conduit.services.clock import now
from conduit.services.errors import Forbidden, NotFound, Unauthenticated
from conduit.services.presenters import profile_of
from conduit.services.results import CommentResult
from conduit.services.rules import required_text


class CommentService:
    """Comments on an article."""

    def __init__(
        self,
        comments: CommentRepository,
        articles: ArticleRepository,
        users: UserRepository,
        transaction: Transaction,
    ):
        self._comments = comments
        self._articles = articles
        self._users = users
        self._transaction = transaction

    def add(self, slug: str, author_id: int, data: Mapping[str, Any]) -> CommentResult:
        article = self._article(slug)
        fields = required_text(data, "body")
        author = self._users.by_id(author_id)
        if author is None:
            raise Unauthenticated("the token's user no longer exists")
        written = now()
        comment = Comment(body=fields["body"], created_at=written, updated_at=written, article=article, author=author)
        self._comments.add(comment)
        self._transaction.commit()
        return self._results([comment], author_id)[0]

    def of_article(self, slug: str, viewer_id: int | None) -> list[CommentResult]:
        article = self._article(slug)
        return self._results(self._comments.of_article(article.id), viewer_id)

    def delete(self, slug: str, comment_id: int, user_id: int) -> None:
        article = self._article(slug)
        comment = self._comments.in_article(article.id, comment_id)
        if comment is None:
            raise NotFound(fields={"comment": ["not found"]})
        if comment.author_id != user_id:
            raise Forbidden(fields={"comment": ["can only be deleted by its author"]})
        self._comments.delete(comment)
        self._transaction.commit()

    def _article(self, slug: str) -> Article:
        article = self._articles.by_slug(slug)
        if article is None:
            raise NotFound(fields={"article": ["not found"]})
        return article

    def _results(self, comments: list[Comment], viewer_id: int | None) -> list[CommentResult]:
        authors = {comment.author_id for comment in comments}
        followed = self._users.followed_ids(viewer_id, authors) if viewer_id is not None else set()
        return [
            CommentResult(
                id=comment.id,
                body=comment.body,
                created_at=comment.created_at,
                updated_at=comment.updated_at,
                author=profile_of(comment.author, comment.author_id in followed),
            )
            for comment in comments
        ]
