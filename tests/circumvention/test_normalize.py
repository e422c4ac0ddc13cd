import pytest

from directcontracts.circumvention import normalize as n


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("John.Smith+freelance@Gmail.com", "johnsmith@gmail.com"),
        ("  j.o.h.n.smith@googlemail.com\t", "johnsmith@gmail.com"),
        ("JOHNSMITH@GMAIL.COM", "johnsmith@gmail.com"),
        ("jane.doe+work@outlook.com", "jane.doe@outlook.com"),
        ("jane.doe+work@icloud.com", "jane.doe@icloud.com"),
        ("jane.doe@me.com", "jane.doe@icloud.com"),
        ("anna@protonmail.com", "anna@proton.me"),
        ("bob-shopping@yahoo.com", "bob@yahoo.com"),
        ("first.last+tag@acme-studio.com", "first.last+tag@acme-studio.com"),
    ],
)
def test_email_key_applies_provider_rules(raw, key):
    assert n.email_key(raw) == key


def test_email_key_rejects_text_that_is_not_an_address():
    assert n.email_key("not an email") is None


def test_dots_matter_at_providers_that_keep_them():
    assert n.email_key("i.mendonca@hotmail.com") != n.email_key("imendonca@hotmail.com")


def test_custom_domain_alias_is_a_separate_weaker_key():
    assert n.email_loose_key("first.last+dc@acme-studio.com") == n.email_loose_key(
        "firstlast@acme-studio.com"
    )
    assert n.email_loose_key("first.last@gmail.com") is None


def test_company_domain_ignores_mailbox_providers_in_any_country():
    assert n.company_domain("a@hotmail.co.uk") is None
    assert n.company_domain("a@yahoo.com.br") is None
    assert n.company_domain("a@Acme-Studio.com") == "acme-studio.com"


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("+49 30 1234567", None),
        ("030 1234567", "DE"),
        ("0049 30 1234567", "FR"),
        ("030/1234567", "DE"),
        ("(030) 123-4567", "de"),
    ],
)
def test_phone_e164_reads_international_and_national_formats(raw, country):
    assert n.phone_e164(raw, country) == "+49301234567"


def test_us_phone_formats_agree():
    forms = ["(415) 555-0132", "415-555-0132", "415.555.0132", "+1 415 555 0132", "1-415-555-0132"]
    assert {n.phone_e164(f, "US") for f in forms} == {"+14155550132"}


def test_russian_trunk_prefix_8_is_understood():
    assert n.phone_e164("8 (935) 811-85-02", "RU") == "+79358118502"


def test_phone_without_country_is_not_guessed_but_compares_by_line():
    assert n.phone_e164("(48) 98665-7912", None) is None
    assert n.same_phone_line(
        n.phone_national("(48) 98665-7912"), n.phone_national("(048) 98665-7912", "BR")
    )


def test_short_digit_strings_are_not_phones():
    assert n.phone_e164("12345", "US") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Robert Smith", "Bob Smith"),
        ("William Turner", "Bill TURNER"),
        ("Müller, Jürgen", "Jurgen Mueller"),
        ("José Núñez", "Jose Nunez"),
        ("Katarzyna Wiśniewska", "Kasia Wisniewska"),
        ("Smith, John A.", "John Smith"),
        ("Александр Иванов", "Aleksandr Ivanov"),
        ("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos"),
    ],
)
def test_names_fold_nicknames_order_accents_and_scripts(a, b):
    assert n.name_key(a) == n.name_key(b)


def test_different_people_keep_different_name_keys():
    assert n.name_key("Robert Smith") != n.name_key("Richard Smith")


def test_company_key_drops_legal_form_case_and_order():
    assert n.company_key("Bonbach Gröttner KGaA") == n.company_key("bonbach grottner")
    assert n.company_key("ACME Studio, Inc.") == n.company_key("Acme Studio LLC")
    assert n.company_key("Inc.") is None


def test_ip_networks_are_ipv4_24_and_ipv6_64():
    assert n.ip_network_key("203.0.113.77") == "203.0.113.0/24"
    assert n.ip_network_key("2001:db8:abcd:12::1") == "2001:db8:abcd:12::/64"
    assert n.ip_network_key("::ffff:203.0.113.9") == "203.0.113.0/24"
    assert n.ip_network_key("not-an-ip") is None


def test_device_model_is_the_part_before_the_identifier():
    assert n.device_model("iPhone15,2:13deef86ab1031d0") == "iphone15,2"
    assert n.device_model("opaque-cookie-value") is None
