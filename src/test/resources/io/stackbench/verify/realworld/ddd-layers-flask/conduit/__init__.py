from flask import Flask
from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

from conduit.application.articles import ArticleService
from conduit.application.profiles import ProfileService
from conduit.config import Config
from conduit.infrastructure.persistence.models import Base
from conduit.infrastructure.persistence.repositories import SqlArticleRepository, SqlUserRepository
from conduit.presentation import articles, profiles


def create_app(config_object: type = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    engine = create_engine(app.config["DATABASE_URL"])
    Base.metadata.create_all(engine)
    session = scoped_session(sessionmaker(bind=engine))

    app.extensions["conduit.article_service"] = ArticleService(SqlArticleRepository(session))
    app.extensions["conduit.profile_service"] = ProfileService(SqlUserRepository(session))

    app.register_blueprint(articles.bp)
    app.register_blueprint(profiles.bp)

    @app.teardown_appcontext
    def remove_session(exc=None):
        session.remove()

    return app
