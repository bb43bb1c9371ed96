from flask import Blueprint, abort, current_app, jsonify

from conduit.application.profiles import ProfileNotFound, ProfileService

bp = Blueprint("profiles", __name__, url_prefix="/api/profiles")


@bp.get("/<username>")
def get_profile(username: str):
    service: ProfileService = current_app.extensions["conduit.profile_service"]
    try:
        user = service.get_profile(username)
    except ProfileNotFound:
        abort(404)
    return jsonify(profile={"username": user.username, "bio": user.bio, "image": user.image, "following": False})
