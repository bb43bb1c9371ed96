from datetime import date
from decimal import Decimal

from expenses.models import Claim
from expenses.repository import ClaimRepository

MONTHLY_LIMIT = Decimal("1500.00")


class OverLimit(Exception):
    pass


def submit_claim(repo: ClaimRepository, employee: str, category: str, amount: Decimal, spent_on: date) -> Claim:
    spent = repo.monthly_total(employee, spent_on.year, spent_on.month)
    if spent + amount > MONTHLY_LIMIT:
        raise OverLimit(f"{employee} would exceed {MONTHLY_LIMIT}")
    return repo.add(Claim(employee=employee, category=category, amount=amount, spent_on=spent_on))
