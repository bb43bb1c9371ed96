from datetime import date, timedelta

from flask import Blueprint, jsonify, request

from sales import reports

bp = Blueprint("sales", __name__, url_prefix="/sales")


@bp.get("/orders/recent")
def recent():
    return jsonify([{"id": o.id, "customer": o.customer, "total": str(o.total)} for o in reports.recent_orders()])


@bp.get("/revenue")
def revenue():
    since = request.args.get("since") or (date.today() - timedelta(days=30)).isoformat()
    return jsonify(reports.revenue_by_region(since))


@bp.get("/regions/<region>/top-customers")
def top_customers(region):
    return jsonify(reports.top_customers(region, int(request.args.get("n", 10))))
