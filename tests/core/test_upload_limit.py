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


# --- Pages outside the API --------------------------------------------------------------


def test_a_page_refuses_a_form_body_above_the_limit_before_reading_it(client, settings):
    """Bodies outside /api/ had no cap: a multipart form went to disk, however large."""
    settings.WEB_MAX_BODY_BYTES = 2048
    response = client.post(
        "/accounts/sign-in/",
        "email=a%40example.com&password=" + "x" * 5000,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_a_page_refuses_a_multipart_body_above_the_upload_limit(client, settings):
    settings.WEB_MAX_BODY_BYTES = 1024
    settings.API_MAX_UPLOAD_BYTES = 4096
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("big.txt", b"x" * 8000, content_type="text/plain")
    response = client.post("/contracts/1/milestones/1/submit/", {"attachments": upload})
    assert response.status_code == 413


def test_a_multipart_page_upload_within_the_upload_limit_is_let_through(client, settings):
    settings.WEB_MAX_BODY_BYTES = 1024
    settings.API_MAX_UPLOAD_BYTES = 100_000
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("ok.txt", b"x" * 8000, content_type="text/plain")
    response = client.post("/contracts/1/milestones/1/submit/", {"attachments": upload})
    assert response.status_code != 413
