import pytest

from polls.app import create_app


@pytest.mark.asyncio
async def test_missing_poll_is_404(monkeypatch):
    monkeypatch.setenv("POLLS_DATABASE_URL", "sqlite+aiosqlite:///:memory:")
    client = create_app().test_client()
    response = await client.get("/polls/999/results")
    assert response.status_code == 404
