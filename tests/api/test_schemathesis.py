"""The OpenAPI document stays true: schemathesis fuzzes every operation (issue 11).

Every operation of /api/v1/openapi.json, whichever router it comes from, is called with
generated data, valid and invalid, as a freelancer, as a client and anonymously, and every
answer is checked against the document with all of schemathesis's checks (status codes,
content types, headers, response schemas, rejection of invalid data, no 5xx ...). Path ids
are now and then the persona's real objects, so answers other than 404 are reached too.

A bounded number of examples (SCHEMATHESIS_EXAMPLES, 2 per operation, persona and mode)
keeps this to a few minutes; `make fuzz` runs a longer pass (50).
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from directcontracts.accounts.services import create_api_token
from directcontracts.api import api
from tests.contracts.factories import funded_milestone

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "2"))
ROLES = ("freelancer", "client", "anonymous")
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
DOCUMENTED_CODES = re.compile(r"`([a-z][a-z0-9_]+)`")

load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())
OPERATIONS = sorted(
    (method.upper(), path)
    for path, methods in api.get_openapi_schema()["paths"].items()
    for method in methods
)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI handler closes the database connection after each request; Django's test
    client stops that (the test's transaction lives on it), and so must we."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def world(freelancer, monkeypatch, frozen_clock) -> dict[str, Any]:
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    tokens = {
        "freelancer": create_api_token(user=freelancer, name="fuzz")[1],
        "client": create_api_token(user=client, name="fuzz")[1],
    }
    return {
        "tokens": tokens,
        "ids": {"contract_id": contract.pk, "milestone_id": milestone.pk},
    }


def _documented_codes() -> set[str]:
    from pathlib import Path

    table = Path(__file__).resolve().parents[2] / "docs" / "api.md"
    return set(DOCUMENTED_CODES.findall(table.read_text(encoding="utf-8")))


def _error_code_is_documented(ctx: Any, response: Any, case: Any) -> bool | None:
    """A refusal's `code` must be one that docs/api.md explains."""
    if response.status_code < 400 or response.status_code >= 500:
        return None
    try:
        code = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None  # the schema checks report a body that is not an error
    assert code in _documented_codes(), f"error code {code!r} is not in docs/api.md"
    return True


# Valid data may still break a rule the schema can't say (a common password, an amount under
# a currency's minimum, a state that doesn't allow it): any documented refusal but 422 is
# an acceptable answer to it. 422 means the document promised what the API refused.
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "positive_data_acceptance": {
                "expected-statuses": [
                    "2xx",
                    "400",
                    "401",
                    "402",
                    "403",
                    "404",
                    "409",
                    "410",
                    "413",
                    "429",
                ]
            }
        }
    }
)


@functools.cache
def _schema() -> Any:
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler(), config=CONFIG)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_the_operation_answers_as_its_document_says(world, method, path):
    operation = _schema()[path][method]
    for role in ROLES:
        headers = {}
        if role != "anonymous":
            headers["Authorization"] = f"Bearer {world['tokens'][role]}"
        for mode in MODES:
            _fuzz(operation, mode, headers, world["ids"])


def _fuzz(operation: Any, mode: GenerationMode, headers: dict[str, str], ids: dict) -> None:
    @seed(20261)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode), real_ids=st.booleans())
    def run(case: Any, real_ids: bool) -> None:
        if real_ids and mode == GenerationMode.POSITIVE and case.path_parameters:
            for name in case.path_parameters:
                if name in ids:
                    case.path_parameters[name] = ids[name]
        response = case.call(headers=headers)
        case.validate_response(
            response,
            checks=ALL_CHECKS,
            additional_checks=[_error_code_is_documented],
            headers=headers,
        )

    try:
        run()
    except Unsatisfiable:
        if mode == GenerationMode.POSITIVE:
            raise
        # No parameter and no body: there is no invalid request to make.
