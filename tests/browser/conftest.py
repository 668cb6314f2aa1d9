"""Headless Debian Chromium, driven by Playwright, looking at the demo site served by gunicorn."""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
NEUTRAL_SITE = "<!doctype html><title>Het weer</title><h1>Het weer</h1>"
# A transparent 1x1 PNG for map tiles and other images from other hosts.
BLANK_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("demo_server"))


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "the browser tests need Debian's Chromium: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


def offline(context, demo_server):
    """Answer every request for another site (the quick exit's neutral site, say) locally: tests run offline."""

    def answer(route):
        if route.request.resource_type == "image":
            route.fulfill(status=200, body=BLANK_PNG, content_type="image/png")
        else:
            route.fulfill(status=200, body=NEUTRAL_SITE, content_type="text/html")

    context.route(lambda url: not url.startswith(demo_server.url), answer)


@pytest.fixture
def page(browser, demo_server):
    """A visitor's tab. Fails the test when the page breaks its Content-Security-Policy or throws an error."""
    context = browser.new_context(base_url=demo_server.url, locale="nl-NL")
    offline(context, demo_server)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response",
        lambda response: response.status >= 400 and problems.append(f"{response.status} {response.url}"),
    )
    yield page
    context.close()
    assert not problems, problems


@pytest.fixture
def axe_page(browser, demo_server):
    """A tab that lets axe-core in: Playwright injects it as an inline script, which our CSP rightly refuses."""
    context = browser.new_context(base_url=demo_server.url, locale="nl-NL", bypass_csp=True)
    offline(context, demo_server)
    yield context.new_page()
    context.close()
