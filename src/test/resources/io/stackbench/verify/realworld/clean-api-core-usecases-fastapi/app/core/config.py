from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    database_url: str = "postgresql+asyncpg://conduit:conduit@localhost:5432/conduit"
    jwt_secret: str = "change-me"
    api_prefix: str = "/api"


settings = Settings()
