from conduit.models import Article, Comment
from conduit.repositories import UnitOfWork
from conduit.services.clock import utc_now
from conduit.services.errors import Forbidden, NotFound
from conduit.services.profiles import profile_of
from conduit.services.results import CommentData
from conduit.services.validation import require_text


class CommentService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def add(self, slug: str, author_id: int, body: str) -> CommentData:
        article = self._article(slug)
        require_text(body=body)
        now = utc_now()
        comment = self._uow.comments.add(
            Comment(body=body, created_at=now, updated_at=now, article_id=article.id, author_id=author_id)
        )
        self._uow.commit()
        return self._data([comment], author_id)[0]

    def of_article(self, slug: str, viewer_id: int | None) -> list[CommentData]:
        article = self._article(slug)
        return self._data(self._uow.comments.of_article(article.id), viewer_id)

    def delete(self, slug: str, comment_id: int, user_id: int) -> None:
        article = self._article(slug)
        comment = self._uow.comments.find(article.id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found")
        if comment.author_id != user_id:
            raise Forbidden("only the author of a comment may delete it")
        self._uow.comments.remove(comment)
        self._uow.commit()

    def _article(self, slug: str) -> Article:
        article = self._uow.articles.find_by_slug(slug)
        if article is None:
            raise NotFound(f"article {slug!r} not found")
        return article

    def _data(self, comments: list[Comment], viewer_id: int | None) -> list[CommentData]:
        authors = {comment.author_id for comment in comments}
        followed = self._uow.users.followed_among(viewer_id, authors) if viewer_id is not None else set()
        return [
            CommentData(
                id=comment.id,
                body=comment.body,
                created_at=comment.created_at,
                updated_at=comment.updated_at,
                author=profile_of(comment.author, comment.author_id in followed),
            )
            for comment in comments
        ]
