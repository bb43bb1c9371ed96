from flask import Blueprint

bp = Blueprint("articles", __name__, url_prefix="/api/articles")

from conduit.articles import routes  # noqa: E402,F401
