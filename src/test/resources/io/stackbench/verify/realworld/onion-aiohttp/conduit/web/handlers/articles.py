from aiohttp import web

from conduit.core.services.articles import ArticleNotFound, ArticleService

routes = web.RouteTableDef()


def _serialize(article) -> dict:
    return {"slug": article.slug, "title": article.title, "description": article.description,
            "body": article.body, "createdAt": article.created_at.isoformat()}


@routes.get("/api/articles")
async def list_articles(request: web.Request) -> web.Response:
    service: ArticleService = request.app["article_service"]
    articles = await service.list(int(request.query.get("limit", 20)), int(request.query.get("offset", 0)))
    return web.json_response({"articles": [_serialize(a) for a in articles], "articlesCount": len(articles)})


@routes.get("/api/articles/{slug}")
async def get_article(request: web.Request) -> web.Response:
    service: ArticleService = request.app["article_service"]
    try:
        article = await service.get(request.match_info["slug"])
    except ArticleNotFound:
        raise web.HTTPNotFound()
    return web.json_response({"article": _serialize(article)})


@routes.post("/api/articles")
async def create_article(request: web.Request) -> web.Response:
    service: ArticleService = request.app["article_service"]
    data = (await request.json())["article"]
    article = await service.publish(request["user_id"], data["title"], data["description"], data["body"])
    return web.json_response({"article": _serialize(article)}, status=201)
