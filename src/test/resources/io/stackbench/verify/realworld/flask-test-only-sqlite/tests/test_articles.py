def test_create_and_fetch_article(client):
    res = client.post("/api/articles", json={"article": {"title": "How to train your dragon",
                                                         "description": "Ever wonder how?", "body": "Very carefully."}},
                      headers={"X-User-Id": "1"})
    assert res.status_code == 201
    res = client.get("/api/articles/how-to-train-your-dragon")
    assert res.get_json()["article"]["title"] == "How to train your dragon"
