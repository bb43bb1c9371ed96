from fastapi import Depends, FastAPI, Header
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app import crud
from app.db import engine, get_db
from app.models import Base

Base.metadata.create_all(bind=engine)
app = FastAPI(title="Conduit comments")


class CommentIn(BaseModel):
    body: str


def _out(c) -> dict:
    return {"id": c.id, "body": c.body, "createdAt": c.created_at, "author": {"username": c.author.username}}


@app.get("/api/articles/{slug}/comments")
def get_comments(slug: str, db: Session = Depends(get_db)):
    return {"comments": [_out(c) for c in crud.list_comments(db, slug)]}


@app.post("/api/articles/{slug}/comments", status_code=201)
def post_comment(slug: str, payload: CommentIn, x_user_id: int = Header(...), db: Session = Depends(get_db)):
    return {"comment": _out(crud.add_comment(db, slug, x_user_id, payload.body))}
