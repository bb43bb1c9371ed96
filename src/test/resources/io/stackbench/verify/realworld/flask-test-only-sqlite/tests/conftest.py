import pytest

from conduit import create_app
from conduit.extensions import db as _db
from conduit.models import User


@pytest.fixture
def app():
    app = create_app("testing")
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
    with app.app_context():
        _db.create_all()
        _db.session.add(User(username="jake", email="jake@jake.jake", password_hash="x"))
        _db.session.commit()
        yield app
        _db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()
