"""The site header on a phone and on a wide screen: on a phone every link is one tap on
"Menu" away (a <details>, no script), never off the side of the screen; the unread count
shows on the closed menu; the skip link reads clearly when focused."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import check_accessibility
from tests.e2e.signing import sign_in, sign_in_staff
from tests.notifications.factories import NoticeFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
SMALLEST_PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1366, "height": 900}


def _navigation(page):
    return page.get_by_role("navigation", name="Main")


def _menu_button(page):
    return page.locator("header summary")


def _nav_items_off_the_screen(page) -> list[str]:
    return page.evaluate(
        """[...document.querySelectorAll('header nav li')]
            .filter(li => { const r = li.getBoundingClientRect();
                            return r.width === 0 || r.left < 0 || r.right > innerWidth; })
            .map(li => li.innerText)"""
    )


def _nothing_runs_off(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= innerWidth")


def test_on_a_phone_every_staff_link_is_on_the_screen_once_the_menu_is_open(
    new_page, support_staff
):
    page = new_page(**PHONE)
    sign_in_staff(page, support_staff)
    page.goto("/support/staff/")
    _menu_button(page).click()
    # Every staff link is there (a staff-only account has Staff home in place of Dashboard).
    assert page.locator("header nav li").count() >= 9
    assert _navigation(page).get_by_role("link", name="Staff home").is_visible()
    assert _nav_items_off_the_screen(page) == []
    assert _nothing_runs_off(page)
    check_accessibility(page, "staff-navigation-open-390")


def test_on_the_smallest_phone_sign_up_is_whole_on_the_screen_once_the_menu_is_open(new_page):
    page = new_page(**SMALLEST_PHONE)
    page.goto("/")
    _menu_button(page).click()
    assert _nav_items_off_the_screen(page) == []
    assert _navigation(page).get_by_role("link", name="Sign up").is_visible()
    assert _nothing_runs_off(page)


def test_on_a_phone_the_closed_menu_shows_the_unread_count(new_page, freelancer):
    NoticeFactory.create_batch(3, recipient=freelancer)
    page = new_page(**SMALLEST_PHONE)
    sign_in(page, freelancer.email)
    button = _menu_button(page)
    assert button.is_visible()
    assert button.locator(".badge").is_visible()
    assert " ".join(button.text_content().split()) == "Menu 3 unread notifications"
    assert _nothing_runs_off(page)
    check_accessibility(page, "freelancer-navigation-closed-320")


def test_on_a_phone_the_menu_opens_from_the_keyboard_and_reaches_sign_out(new_page, client_user):
    page = new_page(**PHONE)
    sign_in(page, client_user.email)
    _menu_button(page).focus()
    page.keyboard.press("Enter")
    navigation = _navigation(page)
    navigation.get_by_role("link", name="Settings").focus()
    page.keyboard.press("Tab")
    sign_out = navigation.get_by_role("button", name="Sign out")
    assert sign_out.evaluate("e => e === document.activeElement")
    assert sign_out.is_visible()


def test_on_a_wide_screen_the_links_show_without_a_menu_button(new_page, freelancer):
    page = new_page(**WIDE)
    sign_in(page, freelancer.email)
    assert not _menu_button(page).is_visible()
    assert _navigation(page).get_by_role("link", name="Notifications").is_visible()
    assert _navigation(page).get_by_role("button", name="Sign out").is_visible()
    assert _nav_items_off_the_screen(page) == []


def _contrast(foreground: str, background: str) -> float:
    def luminance(css: str) -> float:
        channels = [int(v) / 255 for v in css[css.index("(") + 1 : -1].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_focused_skip_link_reads_at_four_and_a_half_to_one_or_more(new_page):
    page = new_page(**WIDE)
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("e => e === document.activeElement")
    colours = skip.evaluate(
        "e => { const s = getComputedStyle(e); return [s.color, s.backgroundColor]; }"
    )
    assert _contrast(*colours) >= 4.5, colours


def test_a_freelancer_who_is_also_a_client_has_the_header_on_one_line_at_1366(new_page, freelancer):
    from directcontracts.accounts.services import turn_on_role

    turn_on_role(user=freelancer, role="client")
    NoticeFactory.create_batch(3, recipient=freelancer)
    page = new_page(**WIDE)
    sign_in(page, freelancer.email)
    navigation = _navigation(page)
    assert navigation.get_by_role("link", name="Earnings").is_visible()
    assert navigation.get_by_role("link", name="Billing").is_visible()
    # The name and every link share one line: nothing sits below the name's own line.
    lines = page.evaluate(
        """(() => { const brand = document.querySelector('header .brand').getBoundingClientRect();
            return [...document.querySelectorAll('header nav li')]
              .filter(li => li.getBoundingClientRect().top >= brand.bottom)
              .map(li => li.innerText); })()"""
    )
    assert lines == []
    assert _nav_items_off_the_screen(page) == []
    assert _nothing_runs_off(page)


def test_on_a_phone_a_freelancer_who_is_also_a_client_reaches_billing_from_the_menu(
    new_page, freelancer
):
    from directcontracts.accounts.services import turn_on_role

    turn_on_role(user=freelancer, role="client")
    page = new_page(**PHONE)
    sign_in(page, freelancer.email)
    _menu_button(page).click()
    assert _navigation(page).get_by_role("link", name="Billing").is_visible()
    assert _nav_items_off_the_screen(page) == []
    assert _nothing_runs_off(page)
