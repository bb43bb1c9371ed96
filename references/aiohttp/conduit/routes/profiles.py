from aiohttp import web

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required
from conduit.routes.context import caller, current_user, services

routes = web.RouteTableDef()


@routes.get("/profiles/{username}")
@auth_optional
async def get_profile(request: web.Request) -> web.Response:
    view = await services(request).profiles.get(request.match_info["username"], caller(request))
    return web.json_response(serializers.profile(view))


@routes.post("/profiles/{username}/follow")
@auth_required
async def follow(request: web.Request) -> web.Response:
    view = await services(request).profiles.follow(request.match_info["username"], current_user(request))
    return web.json_response(serializers.profile(view))


@routes.delete("/profiles/{username}/follow")
@auth_required
async def unfollow(request: web.Request) -> web.Response:
    view = await services(request).profiles.unfollow(request.match_info["username"], current_user(request))
    return web.json_response(serializers.profile(view))
