from fastapi import FastAPI

from app.routers import auth

app = FastAPI(title="conduit-auth")
app.include_router(auth.router)
