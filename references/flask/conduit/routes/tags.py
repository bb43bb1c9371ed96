from flask import Blueprint

from conduit.routes.context import services

bp = Blueprint("tags", __name__)


@bp.get("/tags")
def list_tags():
    return {"tags": services().tags.all()}
