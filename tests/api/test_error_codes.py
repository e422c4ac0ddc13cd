"""docs/api.md lists every error code the code can answer with (issue 11)."""

from __future__ import annotations

from pathlib import Path

from directcontracts import error_codes

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_the_api_docs_list_every_error_code():
    documented = DOCS.read_text(encoding="utf-8")
    missing = sorted(code for code in error_codes.all_codes() if f"`{code}`" not in documented)
    assert missing == [], f"add to docs/api.md (python -m directcontracts.error_codes): {missing}"


def test_the_docs_table_is_the_generated_one():
    assert error_codes.markdown_table() in DOCS.read_text(encoding="utf-8")


def test_every_app_enum_is_found():
    names = {enum.__name__ for enum in error_codes.enums()}
    assert {"CoreErrorCode", "ContractErrorCode", "AccountErrorCode"} <= names


def test_literal_codes_are_found():
    assert "proposal_not_found" in error_codes.literal_codes()
