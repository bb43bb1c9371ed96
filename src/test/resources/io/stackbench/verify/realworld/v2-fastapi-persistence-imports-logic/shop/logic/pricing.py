from decimal import ROUND_HALF_UP, Decimal

VAT = Decimal("0.20")
BULK_DISCOUNT_FROM = 10


def gross_line_total(net_price: Decimal, quantity: int) -> Decimal:
    total = net_price * quantity
    if quantity >= BULK_DISCOUNT_FROM:
        total *= Decimal("0.95")
    return (total * (1 + VAT)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
