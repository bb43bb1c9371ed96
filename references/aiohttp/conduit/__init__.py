"""Conduit (RealWorld) API on aiohttp with an SQLAlchemy asyncio data layer."""
