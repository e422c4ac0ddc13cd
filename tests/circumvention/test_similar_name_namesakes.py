"""Issue 14, nineteenth round: the namesakes of a similar name include those who write it
another way.

A weak attribute (a handle of the same shape, an address, a device model) weighs less the more
accounts hold the name beside it: among 30 Li Huangs, one with a handle like the candidate's is
to be expected. For a "similar" name (Lei Huang / Li Huang) only the candidate's own spelling
was counted, so a Lei Huang found no namesakes and the Li Huangs' handle shape weighed in full.
Now the holders of the name's skeleton count too, as they do for a name in another script.
"""

from directcontracts.circumvention.matcher import (
    ALLOW,
    Result,
    Thresholds,
    build_index,
    profile_from_record,
)

CANDIDATE = {"id": "c", "name": "Lei Huang", "country": "CN", "email": "noisycomet1571@outlook.com"}


def _match_among(other_li_huangs: int, thresholds: Thresholds) -> Result:
    """The candidate matched among a Li Huang with a handle of its shape, other Li Huangs and
    3,000 accounts elsewhere."""
    account = {"id": "acc", "name": "Li Huang", "country": "CN", "email": "noisycomet36@qq.com"}
    namesakes = [
        {"id": f"li{i}", "name": "Li Huang", "country": "CN", "email": f"li.huang{i}@qq.com"}
        for i in range(other_li_huangs)
    ]
    fillers = [
        {"id": f"f{i}", "name": f"Filler Person{i}", "country": "US", "email": f"f{i}@aol.com"}
        for i in range(3000)
    ]
    index = build_index([account, *namesakes, *fillers])
    return index.match(profile_from_record(CANDIDATE), thresholds)


def _handle_shape_weight(other_li_huangs: int) -> float:
    result = _match_among(other_li_huangs, Thresholds(review=0.1))
    assert result.match == "acc"
    assert ("name", "similar") in {(s.field, s.level) for s in result.signals}
    return next(s.weight for s in result.signals if s.field == "email_local")


def test_a_handle_shape_beside_a_similar_name_weighs_less_among_many_who_write_it_so():
    assert _handle_shape_weight(other_li_huangs=30) < _handle_shape_weight(other_li_huangs=0)


def test_a_similar_name_no_one_else_writes_so_keeps_the_handle_shape_in_full():
    assert _handle_shape_weight(other_li_huangs=0) == 4.0


def test_a_similar_name_among_many_who_write_it_so_is_not_flagged_on_a_handle_shape():
    assert _match_among(other_li_huangs=30, thresholds=Thresholds()).decision == ALLOW
