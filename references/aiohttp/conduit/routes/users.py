from aiohttp import web

from conduit.routes import serializers
from conduit.routes.auth import auth_required
from conduit.routes.context import current_user, services
from conduit.routes.parsing import wrapped_body

routes = web.RouteTableDef()


@routes.post("/users")
async def register(request: web.Request) -> web.Response:
    view = await services(request).users.register(await wrapped_body(request, "user"))
    return web.json_response(serializers.user(view), status=201)


@routes.post("/users/login")
async def login(request: web.Request) -> web.Response:
    view = await services(request).users.login(await wrapped_body(request, "user"))
    return web.json_response(serializers.user(view))


@routes.get("/user")
@auth_required
async def get_current_user(request: web.Request) -> web.Response:
    view = await services(request).users.current(current_user(request))
    return web.json_response(serializers.user(view))


@routes.put("/user")
@auth_required
async def update_current_user(request: web.Request) -> web.Response:
    view = await services(request).users.update(current_user(request), await wrapped_body(request, "user"))
    return web.json_response(serializers.user(view))
