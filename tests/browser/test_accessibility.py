"""Accessibility gate: axe-core finds no WCAG 2.1 A/AA violation and breaks none of its best practices on any page
type, in any form state, on a desktop and (one page of each type) on a phone."""

import requests

from tests.browser.axe import violations
from tests.support.artifacts import artifact_path, record_counts
from tests.support.crawl import one_per_shape


def page_states(demo_server, public_pages):
    """One page of each shape, each GET form filtered, each page with a POST form (sent empty: its error state)."""
    urls, form_pages = [page.url for page in one_per_shape(public_pages)], []
    for page in public_pages:
        for form in page.forms:
            if form.method == "get" and form.choices:
                params = {name: values[-1] for name, values in form.choices.items() if values}
                urls.append(requests.Request("GET", form.action, params=params).prepare().url)
            elif form.method == "post" and page.url not in form_pages:
                form_pages.append(page.url)
    return [*dict.fromkeys(urls), f"{demo_server.url}/bestaat-niet/"], form_pages


def test_no_wcag_violations_on_any_page_type_or_form_state(axe_page, demo_server, public_pages):
    urls, form_pages = page_states(demo_server, public_pages)
    problems = {}
    for url in urls:
        axe_page.goto(url)
        problems[url] = violations(axe_page)
    for url in form_pages:
        axe_page.goto(url)
        # A form tucked into a disclosure (suggest a correction) is opened first, as a visitor would.
        axe_page.evaluate(
            "document.querySelectorAll('details').forEach((details) => { details.open = true; })"
        )
        axe_page.locator('form[method="post"] [type="submit"]').first.click()
        axe_page.wait_for_load_state()
        problems[f"{url} (sent empty)"] = violations(axe_page)

    found = {url: found for url, found in problems.items() if found}
    record_counts("accessibility", states_checked=len(problems), violations=sum(map(len, found.values())))
    assert not found, "\n".join(f"{url}: {v}" for url, items in found.items() for v in items)


def test_no_violations_on_a_phone_either(axe_page, public_pages):
    """The phone layout folds the crisis help, the menu and the filters: one page of each type at 390 px."""
    axe_page.set_viewport_size({"width": 390, "height": 844})
    problems = {}
    for page in one_per_shape(public_pages):
        axe_page.goto(page.url)
        problems[page.url] = violations(axe_page)
    found = {url: found for url, found in problems.items() if found}
    record_counts(
        "accessibility_phone", states_checked=len(problems), violations=sum(map(len, found.values()))
    )
    assert not found, "\n".join(f"{url}: {v}" for url, items in found.items() for v in items)


def test_home_page_screenshots_on_a_phone_and_a_desktop(axe_page):
    for width, height in ((375, 812), (1280, 900)):
        axe_page.set_viewport_size({"width": width, "height": height})
        axe_page.goto("/")
        axe_page.screenshot(path=artifact_path(f"home-{width}px.png"), full_page=True)
        assert artifact_path(f"home-{width}px.png").stat().st_size > 10_000
