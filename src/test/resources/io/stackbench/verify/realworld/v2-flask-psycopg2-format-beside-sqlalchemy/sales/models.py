from sales.extensions import db


class Order(db.Model):
    __tablename__ = "orders"

    id = db.Column(db.Integer, primary_key=True)
    region = db.Column(db.String(32), index=True, nullable=False)
    customer = db.Column(db.String(120), nullable=False)
    total = db.Column(db.Numeric(12, 2), nullable=False)
    placed_at = db.Column(db.DateTime, nullable=False)
