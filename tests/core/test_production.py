"""`make serve`'s settings check, and pages served with DEBUG off before collectstatic."""

from __future__ import annotations

import secrets

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from directcontracts.core.management.commands.check_production import production_problems

_GOOD_KEY = secrets.token_urlsafe(50)


@pytest.fixture
def production(settings):
    settings.SECRET_KEY_FROM_ENVIRONMENT = True
    settings.SECRET_KEY = _GOOD_KEY
    settings.DEBUG = False
    return settings


def test_check_production_accepts_a_key_from_the_environment_with_debug_off(production, capsys):
    call_command("check_production")
    assert "OK" in capsys.readouterr().out


def test_check_production_refuses_a_generated_key_and_says_what_to_set(production):
    production.SECRET_KEY_FROM_ENVIRONMENT = False
    with pytest.raises(CommandError, match="SECRET_KEY is not set"):
        call_command("check_production")


def test_check_production_refuses_a_short_key(production):
    production.SECRET_KEY = "short"
    assert any("too weak" in problem for problem in production_problems())


def test_check_production_refuses_a_key_of_one_repeated_character(production):
    production.SECRET_KEY = "a" * 80
    assert any("too weak" in problem for problem in production_problems())


def test_check_production_refuses_debug(production):
    production.DEBUG = True
    assert production_problems() == ["DEBUG is on: unset it or set DEBUG=false."]


def test_pages_render_with_debug_off_before_collectstatic(settings, client, tmp_path, db):
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "never-collected"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "directcontracts.core.staticfiles.ForgivingManifestStorage"},
    }
    response = client.get("/accounts/sign-in/", secure=True)
    assert response.status_code == 200
    assert b"/static/" in response.content
