"""Issue 14, eighth round: a name written by a scheme whose strict skeleton differs from the
native form's is still found (х as kh or h; Greek μπ, ντ, γκ as b, d, g inside a word).

Each test names one behaviour."""

import pytest

from directcontracts.circumvention import normalize as n
from directcontracts.circumvention.matcher import Thresholds, build_index, profile_from_record


def _population(country, count):
    return [{"id": f"u{i}", "name": f"Some One{i}", "country": "US" if i % 4 else country}
            for i in range(count)]  # fmt: skip


@pytest.mark.parametrize(
    ("native", "latin"),
    [("Жанна Харитонова", "Zhanna Haritonova"), ("Елена Петухова", "Elena Petuhova"),
     ("Γεώργιος Εμπορόπουλος", "Georgios Eboropoulos"), ("Αικατερίνη Αντωνίου", "Ekaterini Adoniou"),
     ("Κατερίνα Γκαλίου", "Katerina Galiou")],
    ids=["kh-as-h", "kh-as-h-inside", "greek-mp-inside", "greek-nt-inside", "greek-gk"],
)  # fmt: skip
def test_a_name_romanised_by_another_scheme_finds_the_native_holder(native, latin):
    holder = {"id": "h", "name": native, "country": "RU"}
    index = build_index([holder, *_population("RU", 400)])
    candidate = profile_from_record({"id": "c", "name": latin, "country": "RU"})
    assert "h" in {p.id for p in index.candidates_for(candidate)}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kharitonova", "Haritonova"), ("Emporopoulos", "Eboropoulos"), ("Antoniou", "Adoniou"),
     ("Gkaliou", "Galiou")],
)  # fmt: skip
def test_the_loose_skeleton_folds_what_the_schemes_write_differently(a, b):
    def loose(name):
        return n.loose_skeleton(n.name_parts(name)[0][0])

    assert loose(a) == loose(b)


def test_a_loose_name_held_by_many_accounts_finds_nobody():
    # Sixty accounts whose loose skeletons agree with the candidate's ("Haritonova" /
    # "Kharitonova" and friends): the weak key is skipped, as a carrier's address is.
    rows = [{"id": f"k{i}", "name": "Жанна Харитонова", "country": "RU"} for i in range(60)]
    index = build_index(rows)
    candidate = profile_from_record({"id": "c", "name": "Zhanna Haritonova", "country": "RU"})
    result = index.match(candidate, Thresholds())
    assert result.decision == "allow"
