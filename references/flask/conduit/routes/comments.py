from flask import Blueprint

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id
from conduit.routes.context import services
from conduit.routes.parsing import wrapped_body

bp = Blueprint("comments", __name__)


@bp.get("/articles/<slug>/comments")
@auth_optional
def list_comments(slug: str):
    return serializers.comments(services().comments.of_article(slug, caller_id()))


@bp.post("/articles/<slug>/comments")
@auth_required
def add_comment(slug: str):
    return serializers.comment(services().comments.add(slug, caller_id(), wrapped_body("comment")))


@bp.delete("/articles/<slug>/comments/<int:comment_id>")
@auth_required
def delete_comment(slug: str, comment_id: int):
    services().comments.delete(slug, comment_id, caller_id())
    return {}
