def test_home_page_renders_for_visitors(client):
    response = client.get("/")
    assert response.status_code == 200
