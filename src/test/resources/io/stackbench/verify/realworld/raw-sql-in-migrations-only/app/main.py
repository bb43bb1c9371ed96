from flask import Flask, abort, jsonify

from app import repository
from app.database import Session


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/api/tags")
    def tags():
        return jsonify(tags=repository.popular_tags(Session()))

    @app.get("/api/articles/<slug>")
    def article(slug: str):
        found = repository.article_by_slug(Session(), slug)
        if found is None:
            abort(404)
        return jsonify(article={"slug": found.slug, "title": found.title, "body": found.body,
                                "tagList": [t.name for t in found.tags]})

    @app.teardown_appcontext
    def cleanup(exc=None):
        Session.remove()

    return app
