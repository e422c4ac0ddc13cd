import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_interactive_api_docs_work_offline_under_the_content_security_policy(page):
    errors = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.goto("/api/v1/docs")
    page.get_by_text("Create a draft contract").first.wait_for()
    page.screenshot(path="test-artifacts/api-docs.png")
    assert not [e for e in errors if "Content Security Policy" in e]
