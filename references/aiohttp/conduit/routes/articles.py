from aiohttp import web

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required
from conduit.routes.context import caller, current_user, services
from conduit.routes.parsing import query_int, query_string, wrapped_body

routes = web.RouteTableDef()


@routes.get("/articles")
@auth_optional
async def list_articles(request: web.Request) -> web.Response:
    page = await services(request).articles.search(
        caller(request),
        tag=query_string(request, "tag"),
        author=query_string(request, "author"),
        favorited=query_string(request, "favorited"),
        limit=query_int(request, "limit"),
        offset=query_int(request, "offset"),
    )
    return web.json_response(serializers.articles(page))


@routes.post("/articles")
@auth_required
async def create_article(request: web.Request) -> web.Response:
    view = await services(request).articles.create(current_user(request), await wrapped_body(request, "article"))
    return web.json_response(serializers.article(view), status=201)


# Registered before /articles/{slug}, which would otherwise take "feed" for a slug.
@routes.get("/articles/feed")
@auth_required
async def feed(request: web.Request) -> web.Response:
    page = await services(request).articles.feed(
        current_user(request), limit=query_int(request, "limit"), offset=query_int(request, "offset")
    )
    return web.json_response(serializers.articles(page))


@routes.get("/articles/{slug}")
@auth_optional
async def get_article(request: web.Request) -> web.Response:
    view = await services(request).articles.get(request.match_info["slug"], caller(request))
    return web.json_response(serializers.article(view))


@routes.put("/articles/{slug}")
@auth_required
async def update_article(request: web.Request) -> web.Response:
    view = await services(request).articles.update(
        request.match_info["slug"], current_user(request), await wrapped_body(request, "article")
    )
    return web.json_response(serializers.article(view))


@routes.delete("/articles/{slug}")
@auth_required
async def delete_article(request: web.Request) -> web.Response:
    await services(request).articles.delete(request.match_info["slug"], current_user(request))
    return web.json_response({})


@routes.post("/articles/{slug}/favorite")
@auth_required
async def favorite(request: web.Request) -> web.Response:
    view = await services(request).articles.favorite(request.match_info["slug"], current_user(request))
    return web.json_response(serializers.article(view))


@routes.delete("/articles/{slug}/favorite")
@auth_required
async def unfavorite(request: web.Request) -> web.Response:
    view = await services(request).articles.unfavorite(request.match_info["slug"], current_user(request))
    return web.json_response(serializers.article(view))
