import os

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import sessionmaker

url = URL.create(
    "mysql+pymysql",
    username=os.environ.get("MYSQL_USER", "clinic"),
    password=os.environ.get("MYSQL_PASSWORD", ""),
    host=os.environ.get("MYSQL_HOST", "127.0.0.1"),
    port=int(os.environ.get("MYSQL_PORT", "3306")),
    database=os.environ.get("MYSQL_DATABASE", "clinic"),
    query={"charset": "utf8mb4"},
)

engine = create_engine(url, pool_pre_ping=True)
Session = sessionmaker(bind=engine)
