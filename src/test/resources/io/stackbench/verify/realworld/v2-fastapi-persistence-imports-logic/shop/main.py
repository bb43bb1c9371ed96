from fastapi import FastAPI

from shop.web import orders

app = FastAPI(title="shop")
app.include_router(orders.router)
