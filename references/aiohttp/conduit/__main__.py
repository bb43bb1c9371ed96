"""`python -m conduit [--host H] [--port P]`: serves the API with aiohttp's runner."""

import argparse
import logging

from aiohttp import web

from conduit.app import create_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m conduit", description="Conduit API server")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    web.run_app(create_app(), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
