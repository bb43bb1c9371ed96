"""initial schema

Revision ID: 001
Revises:
Create Date: 2024-02-01 10:00:00
"""
from alembic import op

revision = "001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE tags (id SERIAL PRIMARY KEY, name VARCHAR(64) NOT NULL UNIQUE)")
    op.execute(
        "CREATE TABLE articles (id SERIAL PRIMARY KEY, slug VARCHAR(255) NOT NULL UNIQUE, "
        "title VARCHAR(255) NOT NULL, body TEXT NOT NULL)"
    )
    op.execute(
        "CREATE TABLE article_tags (article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE, "
        "tag_id INTEGER REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (article_id, tag_id))"
    )
    op.execute("INSERT INTO tags (name) VALUES ('welcome')")


def downgrade() -> None:
    op.execute("DROP TABLE article_tags")
    op.execute("DROP TABLE articles")
    op.execute("DROP TABLE tags")
