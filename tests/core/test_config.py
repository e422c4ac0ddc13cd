"""The settings helpers: every malformed value fails loudly with ImproperlyConfigured."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from directcontracts.core.config import (
    env_bool,
    env_decimal,
    env_int,
    env_list,
    parse_database_url,
    parse_email_url,
)

# --- Database URLs ----------------------------------------------------------------------


def test_sqlite_url_with_three_slashes_names_a_relative_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = parse_database_url("sqlite:///var/app.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "var/app.sqlite3"


def test_sqlite_url_creates_the_folder_of_a_relative_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    parse_database_url("sqlite:///var/app.sqlite3")
    assert (tmp_path / "var").is_dir()


def test_sqlite_url_with_four_slashes_names_an_absolute_file(tmp_path):
    config = parse_database_url(f"sqlite:///{tmp_path}/data/app.sqlite3")
    assert config["NAME"] == f"{tmp_path}/data/app.sqlite3"


def test_sqlite_memory_url_names_an_in_memory_database():
    assert parse_database_url("sqlite:///:memory:")["NAME"] == ":memory:"


def test_bare_sqlite_url_means_an_in_memory_database():
    assert parse_database_url("sqlite://")["NAME"] == ":memory:"


def test_sqlite_gets_wal_immediate_transactions_and_a_busy_timeout():
    options = parse_database_url("sqlite:///:memory:")["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]
    assert "busy_timeout" in options["init_command"]


def test_postgres_url_gives_every_connection_part():
    config = parse_database_url("postgres://ana:s%40cret@db.example.com:6543/direct%20contracts")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"]) == ("ana", "s@cret")
    assert (config["HOST"], config["PORT"]) == ("db.example.com", "6543")
    assert config["NAME"] == "direct contracts"


def test_postgres_url_query_becomes_connection_options():
    config = parse_database_url("postgresql://u@h/db?sslmode=require&application_name=dc")
    assert config["OPTIONS"] == {"sslmode": "require", "application_name": "dc"}


# ids must not say "postgres": the suite skips tests with that keyword on SQLite.
@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "pgsql"], ids=["pg", "pgql", "pgsql"])
def test_every_postgres_scheme_is_understood(scheme):
    assert parse_database_url(f"{scheme}://u@h/db")["ENGINE"] == "django.db.backends.postgresql"


def test_postgres_url_without_user_or_port_falls_back_to_defaults():
    config = parse_database_url("postgres:///mydb")
    assert (config["USER"], config["HOST"], config["PORT"], config["NAME"]) == (
        "postgres",
        "",
        "",
        "mydb",
    )


@pytest.mark.parametrize(
    "url",
    ["mysql://u@h/db", "nonsense", "", "postgres://u@h:notaport/db", "postgres://u@h:99999/db"],
)
def test_malformed_database_url_raises_improperly_configured(url):
    with pytest.raises(ImproperlyConfigured):
        parse_database_url(url)


# --- Email URLs -------------------------------------------------------------------------


def test_console_email_url_selects_the_console_backend():
    assert parse_email_url("console://") == {
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"
    }


def test_locmem_email_url_selects_the_memory_backend():
    assert parse_email_url("locmem://")["EMAIL_BACKEND"].endswith("locmem.EmailBackend")


def test_file_email_url_selects_the_file_backend_and_folder():
    config = parse_email_url("file:///var/mail/outbox")
    assert config["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
    assert config["EMAIL_FILE_PATH"] == "/var/mail/outbox"


def test_smtp_email_url_gives_host_port_and_credentials():
    config = parse_email_url("smtp://mailer:p%40ss@mail.example.com:2525")
    assert config["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("mail.example.com", 2525)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == ("mailer", "p@ss")
    assert not config["EMAIL_USE_TLS"]
    assert not config["EMAIL_USE_SSL"]


@pytest.mark.parametrize(
    ("scheme", "port", "tls", "ssl"),
    [("smtp", 25, False, False), ("smtp+tls", 587, True, False), ("smtp+ssl", 465, False, True)],
)
def test_smtp_schemes_choose_the_default_port_and_encryption(scheme, port, tls, ssl):
    config = parse_email_url(f"{scheme}://mail.example.com")
    assert (config["EMAIL_PORT"], config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (
        port,
        tls,
        ssl,
    )


@pytest.mark.parametrize(
    "url",
    ["smtp://", "smtp://:25", "sendmail://localhost", "nonsense", "smtp://mail.example.com:abc"],
)
def test_malformed_email_url_raises_improperly_configured(url):
    with pytest.raises(ImproperlyConfigured):
        parse_email_url(url)


# --- Scalars ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("TRUE", True),
        ("yes", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("", False),
    ],
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("DC_FLAG", raw)
    assert env_bool("DC_FLAG", not expected) is expected


def test_env_bool_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("DC_FLAG", raising=False)
    assert env_bool("DC_FLAG", True) is True


def test_env_bool_refuses_anything_else(monkeypatch):
    monkeypatch.setenv("DC_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DC_FLAG"):
        env_bool("DC_FLAG", False)


def test_env_int_reads_a_whole_number(monkeypatch):
    monkeypatch.setenv("DC_COUNT", "42")
    assert env_int("DC_COUNT", 1) == 42


def test_env_int_refuses_a_non_number(monkeypatch):
    monkeypatch.setenv("DC_COUNT", "4.2")
    with pytest.raises(ImproperlyConfigured, match="DC_COUNT"):
        env_int("DC_COUNT", 1)


def test_env_int_refuses_a_value_below_the_minimum(monkeypatch):
    monkeypatch.setenv("DC_COUNT", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("DC_COUNT", 5, minimum=1)


def test_env_decimal_refuses_a_non_number(monkeypatch):
    monkeypatch.setenv("DC_FEE", "ten percent")
    with pytest.raises(ImproperlyConfigured, match="DC_FEE"):
        env_decimal("DC_FEE", "0.1")


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("DC_HOSTS", " a.example.com, ,b.example.com ")
    assert env_list("DC_HOSTS", []) == ["a.example.com", "b.example.com"]
