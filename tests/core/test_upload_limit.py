def test_a_multipart_upload_may_exceed_the_json_body_limit(client, settings):
    settings.API_MAX_BODY_BYTES = 1024
    settings.API_MAX_UPLOAD_BYTES = 10_000
    body = "x" * 5000
    json_response = client.post("/api/v1/accounts", data=body, content_type="application/json")
    assert json_response.status_code == 413
    upload_response = client.post("/api/v1/contracts/1/milestones/1/submit", data={"message": body})
    assert upload_response.status_code != 413


def test_an_upload_above_the_upload_limit_is_refused(client, settings):
    settings.API_MAX_UPLOAD_BYTES = 2048
    response = client.post("/api/v1/contracts/1/milestones/1/submit", data={"message": "x" * 5000})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
