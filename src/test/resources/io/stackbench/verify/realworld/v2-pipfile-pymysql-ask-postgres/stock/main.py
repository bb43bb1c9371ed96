import asyncio

import tornado.web

from stock import settings
from stock.handlers import PartHandler, ReorderHandler


def make_app() -> tornado.web.Application:
    return tornado.web.Application([
        (r"/reorder", ReorderHandler),
        (r"/parts/([A-Z0-9-]+)", PartHandler),
    ])


async def main() -> None:
    make_app().listen(settings.PORT)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
