"""A request's canonical text is the same bytes however it is produced.

The batch formats each request's canonical text directly (`_canonical_text`); the
records of earlier transfers hold hashes of `_canonical_json(request.canonical())`. A
retry must hash to the same value, so both must agree byte for byte.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from directcontracts.ledger.models import TransferKind
from directcontracts.ledger.services import TransferRequest, _canonical_json, _canonical_text

_text = st.text(max_size=12)  # any code points: quotes, controls, non-ASCII, surrogates
_ids = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63), st.booleans())

requests = st.builds(
    TransferRequest,
    id=st.text(min_size=1, max_size=8),
    debit_account_id=_ids,
    credit_account_id=_ids,
    amount=st.one_of(_ids, st.floats(allow_nan=False)),
    currency=_text,
    code=_text,
    reference=_text,
    metadata=st.one_of(st.just({}), st.dictionaries(_text, st.one_of(st.integers(), _text))),
    kind=st.sampled_from(list(TransferKind)),
    pending_id=st.one_of(st.none(), _text),
    timeout_seconds=st.one_of(st.integers(), st.booleans()),
)


@given(requests)
def test_the_direct_canonical_text_equals_the_canonical_json(request):
    assert _canonical_text(request) == _canonical_json(request.canonical())


def test_a_plain_request_takes_the_direct_format():
    request = TransferRequest(
        id="t1", debit_account_id=1, credit_account_id=2, amount=5, currency="USD", code="c"
    )
    assert _canonical_text(request) == (
        '{"amount":5,"code":"c","credit_account_id":2,"currency":"USD",'
        '"debit_account_id":1,"kind":"single","metadata":{},"pending_id":null,'
        '"reference":"","timeout_seconds":0}'
    )
