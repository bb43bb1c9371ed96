from datetime import datetime

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///todos.db"
db = SQLAlchemy(app)


class Todo(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    done = db.Column(db.Boolean, default=False)
    created = db.Column(db.DateTime, default=datetime.utcnow)


@app.get("/todos")
def list_todos():
    todos = Todo.query.filter_by(done=request.args.get("done") == "1").order_by(Todo.created.desc()).all()
    return jsonify([{"id": t.id, "text": t.text, "done": t.done} for t in todos])


@app.post("/todos")
def add_todo():
    todo = Todo(text=request.json["text"].strip())
    db.session.add(todo)
    db.session.commit()
    return jsonify(id=todo.id), 201


@app.patch("/todos/<int:todo_id>")
def toggle(todo_id):
    todo = db.session.get(Todo, todo_id) or abort(404)
    todo.done = not todo.done
    db.session.commit()
    return jsonify(id=todo.id, done=todo.done)


with app.app_context():
    db.create_all()
