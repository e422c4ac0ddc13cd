from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.notifications.factories import NoticeFactory

pytestmark = pytest.mark.django_db


def test_the_list_needs_sign_in(client):
    response = client.get("/notifications/")
    assert response.status_code == 302
    assert "/accounts/sign-in/" in response["Location"]


def test_the_list_shows_my_notices_and_not_a_strangers(client, freelancer, stranger_freelancer):
    NoticeFactory(recipient=freelancer, title="Your milestone is funded")
    NoticeFactory(recipient=stranger_freelancer, title="Someone else's news")
    client.force_login(freelancer)
    response = client.get("/notifications/")
    assert response.status_code == 200
    assert "Your milestone is funded" in response.text
    assert "Someone else" not in response.text


def test_the_list_names_the_contract_each_notice_is_about(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Milestone funded", about="Contract #12: Logo")
    client.force_login(freelancer)
    response = client.get("/notifications/")
    assert '<p class="notice-about">Contract #12: Logo</p>' in response.text


def test_the_list_escapes_the_contract_title(client, freelancer):
    NoticeFactory(recipient=freelancer, about="Contract #12: <b>Logo</b> & co")
    client.force_login(freelancer)
    response = client.get("/notifications/")
    assert "Contract #12: &lt;b&gt;Logo&lt;/b&gt; &amp; co" in response.text
    assert "<b>Logo</b>" not in response.text


def test_a_notice_about_nothing_in_particular_shows_no_empty_line(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Your payout was paid", about="")
    client.force_login(freelancer)
    assert "notice-about" not in client.get("/notifications/").text


def test_the_mark_read_button_names_the_contract_for_screen_readers(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Milestone funded", about="Contract #12: Logo")
    client.force_login(freelancer)
    response = client.get("/notifications/")
    assert ": Milestone funded (Contract #12: Logo)</span>" in response.text


def test_unread_notices_are_marked_new(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Fresh")
    client.force_login(freelancer)
    response = client.get("/notifications/")
    assert "<strong>New:</strong>" in response.text
    assert "1 unread" in response.text


def test_the_list_is_paginated(client, freelancer):
    NoticeFactory.create_batch(25, recipient=freelancer)
    client.force_login(freelancer)
    assert len(client.get("/notifications/").context["page_obj"]) == 20
    assert len(client.get("/notifications/?page=2").context["page_obj"]) == 5


def test_marking_one_read_on_the_web(client, freelancer):
    notice = NoticeFactory(recipient=freelancer)
    client.force_login(freelancer)
    response = client.post(reverse("notifications:mark_read", args=[notice.pk]), {"page": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/notifications/?page=1"
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_a_stranger_marking_my_notice_gets_404(client, freelancer, stranger_freelancer):
    notice = NoticeFactory(recipient=freelancer)
    client.force_login(stranger_freelancer)
    response = client.post(reverse("notifications:mark_read", args=[notice.pk]))
    assert response.status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_marking_all_read_on_the_web(client, freelancer):
    NoticeFactory.create_batch(3, recipient=freelancer)
    client.force_login(freelancer)
    response = client.post(reverse("notifications:mark_all_read"), follow=True)
    assert "Marked 3 notifications as read." in response.text
    assert "You are all caught up." in response.text


def test_marking_read_is_post_only(client, freelancer):
    notice = NoticeFactory(recipient=freelancer)
    client.force_login(freelancer)
    assert client.get(reverse("notifications:mark_read", args=[notice.pk])).status_code == 405


def test_marking_read_without_the_csrf_token_is_refused(freelancer):
    notice = NoticeFactory(recipient=freelancer)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(freelancer)
    response = browser.post(reverse("notifications:mark_read", args=[notice.pk]))
    assert response.status_code == 403
    notice.refresh_from_db()
    assert notice.read_at is None


def test_the_list_page_has_csrf_tokens_in_its_forms(client, freelancer):
    NoticeFactory(recipient=freelancer)
    client.force_login(freelancer)
    assert 'name="csrfmiddlewaretoken"' in client.get("/notifications/").text
