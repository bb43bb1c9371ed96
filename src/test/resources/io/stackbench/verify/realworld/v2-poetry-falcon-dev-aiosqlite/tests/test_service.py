from datetime import date
from decimal import Decimal

import pytest

from expenses import service
from expenses.repository import ClaimRepository


def test_over_limit_is_rejected(session):
    repo = ClaimRepository(session)
    service.submit_claim(repo, "ana", "travel", Decimal("1400"), date(2024, 5, 2))
    with pytest.raises(service.OverLimit):
        service.submit_claim(repo, "ana", "meals", Decimal("200"), date(2024, 5, 9))
