from aiohttp import web

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required
from conduit.routes.context import caller, current_user, services
from conduit.routes.parsing import wrapped_body

routes = web.RouteTableDef()


@routes.get("/articles/{slug}/comments")
@auth_optional
async def list_comments(request: web.Request) -> web.Response:
    views = await services(request).comments.of_article(request.match_info["slug"], caller(request))
    return web.json_response(serializers.comments(views))


@routes.post("/articles/{slug}/comments")
@auth_required
async def add_comment(request: web.Request) -> web.Response:
    view = await services(request).comments.add(
        request.match_info["slug"], current_user(request), await wrapped_body(request, "comment")
    )
    return web.json_response(serializers.comment(view))


# A non-numeric id matches no route and answers 404, like an unknown one.
@routes.delete(r"/articles/{slug}/comments/{id:\d+}")
@auth_required
async def delete_comment(request: web.Request) -> web.Response:
    await services(request).comments.delete(
        request.match_info["slug"], int(request.match_info["id"]), current_user(request)
    )
    return web.json_response({})
