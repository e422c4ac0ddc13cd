from django.template import Context, Template

from directcontracts.core.templatetags.policy_links import policy_links
from directcontracts.screening.engine import POLICY_URL


def test_a_refusal_links_to_what_is_never_allowed():
    html = policy_links(f"This looks like fraud. Read what is never allowed: {POLICY_URL}")
    assert html == (
        f'This looks like fraud. <a href="{POLICY_URL}">Read what is never allowed</a>.'
    )


def test_a_hold_links_to_the_work_policy():
    html = policy_links(f"Part of this may be fraud. Read the work policy: {POLICY_URL}")
    assert html.endswith(f'<a href="{POLICY_URL}">Read the work policy</a>.')


def test_the_quoted_text_of_the_brief_stays_escaped():
    html = policy_links(f"(“<script>x</script>”). Read the work policy: {POLICY_URL}")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_the_error_box_of_every_page_shows_the_link():
    rendered = Template("{% load policy_links %}{{ text|policy_links }}").render(
        Context({"text": f"No. Read what is never allowed: {POLICY_URL}"})
    )
    assert f'<a href="{POLICY_URL}">' in rendered


def test_a_refusal_that_sends_you_to_a_page_of_this_site_links_it_by_its_words(settings):
    settings.BASE_URL = "https://dc.example"
    html = policy_links(
        "The escrow is frozen by a dispute. Go to dispute #3: https://dc.example/disputes/3/"
    )
    assert html == (
        'The escrow is frozen by a dispute. <a href="https://dc.example/disputes/3/">'
        "Go to dispute #3</a>"
    )


def test_an_address_of_another_site_stays_text(settings):
    settings.BASE_URL = "https://dc.example"
    html = policy_links("Pay here: https://evil.example/dc.example/ <b>now</b>")
    assert "<a " not in html
    assert "&lt;b&gt;" in html


def test_a_support_reference_in_a_message_is_kept_on_one_line():
    html = policy_links("We've received your request HLP-7KQ2M9XA. We'll answer here.")
    assert html == (
        'We&#x27;ve received your request <span class="nowrap">HLP-7KQ2M9XA</span>. '
        "We&#x27;ll answer here."
    )


def test_a_support_reference_inside_a_site_address_is_left_alone(settings):
    address = settings.BASE_URL.rstrip("/") + "/support/HLP-7KQ2M9XA/"
    html = policy_links(f"Open your request: {address}")
    assert html == f'<a href="{address}">Open your request</a>'
