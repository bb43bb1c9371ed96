from flask import Blueprint

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id
from conduit.routes.context import services
from conduit.routes.parsing import query_int, query_string, wrapped_body

bp = Blueprint("articles", __name__)


@bp.get("/articles")
@auth_optional
def list_articles():
    page = services().articles.search(
        caller_id(),
        tag=query_string("tag"),
        author=query_string("author"),
        favorited=query_string("favorited"),
        limit=query_int("limit"),
        offset=query_int("offset"),
    )
    return serializers.articles(page)


@bp.get("/articles/feed")
@auth_required
def feed():
    page = services().articles.feed(caller_id(), limit=query_int("limit"), offset=query_int("offset"))
    return serializers.articles(page)


@bp.post("/articles")
@auth_required
def create_article():
    return serializers.article(services().articles.create(caller_id(), wrapped_body("article"))), 201


@bp.get("/articles/<slug>")
@auth_optional
def get_article(slug: str):
    return serializers.article(services().articles.get(slug, caller_id()))


@bp.put("/articles/<slug>")
@auth_required
def update_article(slug: str):
    return serializers.article(services().articles.update(slug, caller_id(), wrapped_body("article")))


@bp.delete("/articles/<slug>")
@auth_required
def delete_article(slug: str):
    services().articles.delete(slug, caller_id())
    return {}


@bp.post("/articles/<slug>/favorite")
@auth_required
def favorite(slug: str):
    return serializers.article(services().articles.favorite(slug, caller_id()))


@bp.delete("/articles/<slug>/favorite")
@auth_required
def unfavorite(slug: str):
    return serializers.article(services().articles.unfavorite(slug, caller_id()))
