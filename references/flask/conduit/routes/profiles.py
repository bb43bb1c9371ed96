from flask import Blueprint

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id
from conduit.routes.context import services

bp = Blueprint("profiles", __name__)


@bp.get("/profiles/<username>")
@auth_optional
def get_profile(username: str):
    return serializers.profile(services().profiles.get(username, caller_id()))


@bp.post("/profiles/<username>/follow")
@auth_required
def follow(username: str):
    return serializers.profile(services().profiles.follow(username, caller_id()))


@bp.delete("/profiles/<username>/follow")
@auth_required
def unfollow(username: str):
    return serializers.profile(services().profiles.unfollow(username, caller_id()))
