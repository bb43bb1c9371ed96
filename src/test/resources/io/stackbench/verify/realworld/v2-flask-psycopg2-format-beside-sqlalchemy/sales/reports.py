import os

import psycopg2
import psycopg2.extras

from sales.extensions import db
from sales.models import Order


def recent_orders(limit=20):
    return Order.query.order_by(Order.placed_at.desc()).limit(limit).all()


def _connect():
    return psycopg2.connect(os.environ["DATABASE_URL"], cursor_factory=psycopg2.extras.RealDictCursor)


def revenue_by_region(since):
    sql = "SELECT region, SUM(total) AS revenue FROM orders WHERE placed_at >= '{}' GROUP BY region".format(since)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def top_customers(region, n):
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT customer, SUM(total) AS spent FROM orders WHERE region = '%s' "
            "GROUP BY customer ORDER BY spent DESC LIMIT %d" % (region, n)
        )
        return cur.fetchall()


def delete_order(order_id):
    db.session.delete(db.get_or_404(Order, order_id))
    db.session.commit()
