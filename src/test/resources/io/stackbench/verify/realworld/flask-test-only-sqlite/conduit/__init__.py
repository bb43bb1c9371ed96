import os

from flask import Flask

from config import config
from conduit.extensions import db, migrate


def create_app(config_name: str | None = None) -> Flask:
    config_name = config_name or os.environ.get("FLASK_CONFIG", "default")
    app = Flask(__name__)
    app.config.from_object(config[config_name])

    db.init_app(app)
    migrate.init_app(app, db)

    from conduit.articles import bp as articles_bp
    app.register_blueprint(articles_bp)

    return app
