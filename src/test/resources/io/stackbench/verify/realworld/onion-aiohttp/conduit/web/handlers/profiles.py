from aiohttp import web

from conduit.core.services.profiles import ProfileNotFound, ProfileService

routes = web.RouteTableDef()


@routes.get("/api/profiles/{username}")
async def get_profile(request: web.Request) -> web.Response:
    service: ProfileService = request.app["profile_service"]
    try:
        user = await service.get(request.match_info["username"])
    except ProfileNotFound:
        raise web.HTTPNotFound()
    return web.json_response({"profile": {"username": user.username, "bio": user.bio,
                                          "image": user.image, "following": False}})
