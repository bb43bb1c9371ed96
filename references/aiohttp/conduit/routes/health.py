from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/health-check")
async def health_check(request: web.Request) -> web.Response:
    # The server only accepts connections once the schema exists, so being here means ready.
    return web.json_response({"status": "ok"})
