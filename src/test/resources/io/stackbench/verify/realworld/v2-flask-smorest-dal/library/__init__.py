from flask import Flask
from flask_smorest import Api

from library.config import Config
from library.extensions import db


def create_app(config_object: type = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)

    api = Api(app)
    from library.resources.books import blp as books_blp
    from library.resources.loans import blp as loans_blp

    api.register_blueprint(books_blp)
    api.register_blueprint(loans_blp)
    return app
