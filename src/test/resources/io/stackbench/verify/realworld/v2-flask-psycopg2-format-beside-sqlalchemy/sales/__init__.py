import os

from flask import Flask

from sales.extensions import db


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    db.init_app(app)

    from sales.views import bp

    app.register_blueprint(bp)
    return app
