import os

DB_URL = os.environ.get("STOCK_DB_URL", "mysql+pymysql://stock:stock@127.0.0.1:3306/stock?charset=utf8mb4")
PORT = int(os.environ.get("STOCK_PORT", "8888"))
