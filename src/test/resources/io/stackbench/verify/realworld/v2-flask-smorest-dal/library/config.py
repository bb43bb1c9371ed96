import os


class Config:
    API_TITLE = "Library Loans"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql+psycopg://library:library@localhost:5432/library"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
