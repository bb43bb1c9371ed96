from dataclasses import asdict

from flask import Blueprint, abort, current_app, jsonify, request

from conduit.application.articles import ArticleNotFound, ArticleService, CreateArticleCommand

bp = Blueprint("articles", __name__, url_prefix="/api/articles")


def _service() -> ArticleService:
    return current_app.extensions["conduit.article_service"]


@bp.get("")
def list_articles():
    articles = _service().feed(limit=request.args.get("limit", 20, type=int),
                               offset=request.args.get("offset", 0, type=int))
    return jsonify(articles=[asdict(a) for a in articles], articlesCount=len(articles))


@bp.get("/<slug>")
def get_article(slug: str):
    try:
        return jsonify(article=asdict(_service().get(slug)))
    except ArticleNotFound:
        abort(404)


@bp.post("")
def create_article():
    data = request.get_json()["article"]
    cmd = CreateArticleCommand(author_id=1, title=data["title"], description=data["description"],
                               body=data["body"], tags=data.get("tagList", []))
    return jsonify(article=asdict(_service().create(cmd))), 201
