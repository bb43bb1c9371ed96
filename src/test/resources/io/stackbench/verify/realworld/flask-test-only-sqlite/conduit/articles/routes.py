import re

from flask import abort, current_app, jsonify, request

from conduit.articles import bp
from conduit.extensions import db
from conduit.models import Article


@bp.get("")
def list_articles():
    page = request.args.get("page", 1, type=int)
    pagination = db.paginate(db.select(Article).order_by(Article.created_at.desc()), page=page,
                             per_page=current_app.config["ARTICLES_PER_PAGE"], error_out=False)
    return jsonify(articles=[a.to_json() for a in pagination.items], articlesCount=pagination.total)


@bp.get("/<slug>")
def get_article(slug):
    article = db.session.execute(db.select(Article).filter_by(slug=slug)).scalar_one_or_none()
    if article is None:
        abort(404)
    return jsonify(article=article.to_json())


@bp.post("")
def create_article():
    data = request.get_json()["article"]
    article = Article(slug=re.sub(r"[^a-z0-9]+", "-", data["title"].lower()).strip("-"), title=data["title"],
                      description=data["description"], body=data["body"],
                      author_id=int(request.headers["X-User-Id"]))
    db.session.add(article)
    db.session.commit()
    return jsonify(article=article.to_json()), 201
