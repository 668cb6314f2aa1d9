"""A visitor who uses only the keyboard can skip to the content, use the menu and leave at once."""

import re

from playwright.sync_api import expect

FOCUSED = "document.activeElement"


def tab_to(page, selector, limit=40):
    """Press Tab until the element matching ``selector`` has focus; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"{FOCUSED}.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_first_tab_shows_the_skip_link_and_enter_moves_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")

    skip_link = page.locator(".skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert page.evaluate(f"getComputedStyle({FOCUSED}).outlineStyle") != "none"

    page.keyboard.press("Enter")
    assert page.evaluate(f"{FOCUSED}.id") == "main"


def test_the_main_menu_is_reachable_and_followed_with_the_keyboard(page):
    page.goto("/")
    tab_to(page, ".main-nav__link")
    target = page.evaluate(f"{FOCUSED}.getAttribute('href')")

    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator("h1")).to_have_count(1)


def test_quick_exit_by_keyboard_leaves_and_back_does_not_return(page):
    page.goto("/")
    neutral_url = page.locator("[data-quick-exit]").first.get_attribute("href")
    tab_to(page, "[data-quick-exit]")

    page.keyboard.press("Enter")

    expect(page).to_have_title("Het weer")
    assert page.url.startswith(neutral_url.rstrip("/"))
    page.go_back()
    assert "Herstelnetwerk" not in page.title()


def test_pressing_escape_twice_leaves_at_once(page):
    page.goto("/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")

    expect(page).to_have_title("Het weer")
