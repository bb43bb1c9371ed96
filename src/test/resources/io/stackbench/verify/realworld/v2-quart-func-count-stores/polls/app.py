from quart import Quart, g
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from polls import settings
from polls.blueprints.polls import bp as polls_bp
from polls.stores.poll_store import PollStore
from polls.usecases.voting import Voting


def create_app() -> Quart:
    app = Quart(__name__)
    engine = create_async_engine(settings.DATABASE_URL)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    @app.before_request
    async def open_store() -> None:
        g.db_session = sessions()
        g.voting = Voting(PollStore(g.db_session))

    @app.teardown_appcontext
    async def close_store(_exc) -> None:
        if "db_session" in g:
            await g.db_session.close()

    app.register_blueprint(polls_bp)
    return app
