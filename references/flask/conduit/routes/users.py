from flask import Blueprint

from conduit.routes import serializers
from conduit.routes.auth import auth_required, caller_id
from conduit.routes.context import services
from conduit.routes.parsing import wrapped_body

bp = Blueprint("users", __name__)


@bp.post("/users")
def register():
    return serializers.user(services().users.register(wrapped_body("user"))), 201


@bp.post("/users/login")
def login():
    return serializers.user(services().users.login(wrapped_body("user")))


@bp.get("/user")
@auth_required
def current_user():
    return serializers.user(services().users.current(caller_id()))


@bp.put("/user")
@auth_required
def update_user():
    return serializers.user(services().users.update(caller_id(), wrapped_body("user")))
