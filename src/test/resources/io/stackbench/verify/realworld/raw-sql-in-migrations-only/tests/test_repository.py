import pytest
from sqlalchemy import text

from app import repository
from app.database import Session, engine


@pytest.fixture
def session():
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM article_tags"))
        conn.execute(text("DELETE FROM articles"))
        conn.execute(text("INSERT INTO articles (id, slug, title, body) VALUES (1, 'hello', 'Hello', 'World')"))
    yield Session()
    Session.remove()


def test_article_by_slug(session):
    article = repository.article_by_slug(session, "hello")
    assert article is not None and article.title == "Hello"
