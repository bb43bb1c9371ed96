import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from expenses.models import Base


@pytest.fixture
def session():
    engine = create_engine("sqlite+pysqlite:///:memory:")
    Base.metadata.create_all(engine)
    with sessionmaker(bind=engine)() as s:
        yield s
