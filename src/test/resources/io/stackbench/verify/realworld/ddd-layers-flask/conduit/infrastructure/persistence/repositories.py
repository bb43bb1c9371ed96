from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.domain.article import Article
from conduit.domain.repositories import ArticleRepository, UserRepository
from conduit.domain.user import User
from conduit.infrastructure.persistence.models import ArticleRecord, UserRecord


class SqlArticleRepository(ArticleRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def _to_domain(self, r: ArticleRecord) -> Article:
        return Article(id=r.id, slug=r.slug, title=r.title, description=r.description, body=r.body,
                       author_id=r.author_id, tags=[t for t in r.tags.split(",") if t], created_at=r.created_at)

    def get_by_slug(self, slug: str) -> Article | None:
        record = self._session.scalars(select(ArticleRecord).filter_by(slug=slug)).first()
        return self._to_domain(record) if record else None

    def list_recent(self, limit: int, offset: int) -> list[Article]:
        stmt = select(ArticleRecord).order_by(ArticleRecord.created_at.desc()).limit(limit).offset(offset)
        return [self._to_domain(r) for r in self._session.scalars(stmt)]

    def save(self, article: Article) -> Article:
        record = ArticleRecord(slug=article.slug, title=article.title, description=article.description,
                               body=article.body, tags=",".join(article.tags), author_id=article.author_id,
                               created_at=article.created_at)
        self._session.add(record)
        self._session.commit()
        article.id = record.id
        return article


class SqlUserRepository(UserRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def get_by_username(self, username: str) -> User | None:
        r = self._session.scalars(select(UserRecord).filter_by(username=username)).first()
        return User(id=r.id, username=r.username, email=r.email, password_hash=r.password_hash,
                    bio=r.bio, image=r.image) if r else None

    def save(self, user: User) -> User:
        record = UserRecord(username=user.username, email=user.email, password_hash=user.password_hash)
        self._session.add(record)
        self._session.commit()
        user.id = record.id
        return user
