from sqlalchemy.orm import Session

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.session import commit
from conduit.repositories.tags import TagRepository
from conduit.repositories.users import UserRepository


class UnitOfWork:
    """The repositories of one request, sharing its session, and the end of its transaction.

    Services commit through this object, so they never touch the session. A failed write has
    already rolled the session back when its Conflict reaches them."""

    def __init__(self, session: Session):
        self._session = session
        self.users = UserRepository(session)
        self.articles = ArticleRepository(session)
        self.comments = CommentRepository(session)
        self.tags = TagRepository(session)

    def commit(self) -> None:
        commit(self._session)
