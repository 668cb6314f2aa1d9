"""Every page right on a phone and a desktop: no sideways scrolling, images with size and alt, the logo and favicon,
"Snel weg" always in reach, content on the first screen, and a light home page. Screenshots in test-artifacts/layout/.
"""

import re

import pytest
import requests
from playwright.sync_api import expect

from tests.support.artifacts import artifact_path, record_counts
from tests.support.crawl import one_per_shape

WIDTHS = (320, 390, 1280)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: Page kinds the gate must see, by crawl shape (tests/support/crawl.py); every other crawled shape is checked too.
REQUIRED_SHAPES = {
    "home": "/",
    "subregion": "/texel",
    "standard page": "/over-ons",
    "agenda": "/agenda",
    "activity": "/agenda/*",
    "stories": "/verhalen",
    "story": "/verhalen/*",
    "social map": "/sociale-kaart",
    "organisation": "/sociale-kaart/*",
    "wegwijzer": "/wegwijzer",
    "wegwijzer result": "/wegwijzer/*",
    "volunteering": "/vrijwilligers",
    "training": "/vrijwilligers/*",
}
SEARCH_WITH_RESULTS = "/zoeken/?q=inloop"

PAGE_FACTS = """() => {
    const exit = document.querySelector("[data-quick-exit]");
    window.scrollTo(0, document.documentElement.scrollHeight);
    const box = exit && exit.getBoundingClientRect();
    return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        images: [...document.images].filter((img) => !img.closest(".leaflet-container")).map((img) => ({
            src: img.currentSrc || img.src,
            width: img.getAttribute("width"),
            height: img.getAttribute("height"),
            alt: img.getAttribute("alt"),
        })),
        exitInView: Boolean(box && box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight),
    };
}"""


@pytest.fixture(scope="module")
def layout_urls(demo_server, public_pages):
    shapes = {page.shape: page.url for page in one_per_shape(public_pages)}
    missing = [name for name, shape in REQUIRED_SHAPES.items() if shape not in shapes]
    assert not missing, f"the crawl found no page of these kinds: {missing}"
    return [*shapes.values(), demo_server.url + SEARCH_WITH_RESULTS]


def file_name(url, width):
    path = re.sub(r"[^a-z0-9]+", "-", url.split("//", 1)[-1].split("/", 1)[-1].lower()).strip("-") or "home"
    return f"layout/{path}-{width}px.png"


def test_no_page_scrolls_sideways_and_every_image_has_size_and_alt_at_every_width(page, layout_urls):
    problems, checked = [], 0
    artifact_path("layout").mkdir(exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for url in layout_urls:
            page.goto(url)
            page.screenshot(path=artifact_path(file_name(url, width)))
            facts = page.evaluate(PAGE_FACTS)
            checked += 1
            if facts["scrollWidth"] > facts["innerWidth"]:
                problems.append(f"{url} at {width}px is {facts['scrollWidth']}px wide")
            for image in facts["images"]:
                if not image["width"] or not image["height"] or image["alt"] is None:
                    problems.append(f"{url}: an image without width, height or alt: {image}")
            if not facts["exitInView"]:
                problems.append(f"{url} at {width}px: 'Snel weg' is out of sight at the bottom of the page")
    record_counts("layout", page_views=checked, problems=len(problems))
    assert not problems, "\n".join(problems)


def test_the_home_page_shows_its_illustration_in_a_picture_with_webp_and_a_fallback(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    hero = page.locator(".picture--hero picture")
    expect(hero.locator('source[type="image/webp"]')).to_have_count(1)
    image = hero.locator("img")
    assert image.get_attribute("fetchpriority") == "high"
    assert image.get_attribute("loading") != "lazy"
    assert image.get_attribute("alt"), "the hero's alt text comes from the image's description"
    assert image.evaluate("(img) => img.complete && img.naturalWidth > 0")
    assert image.evaluate("(img) => img.currentSrc").endswith(".webp")
    assert len(image.get_attribute("srcset").split(",")) == 3


def test_the_logo_and_the_favicons_load(page, demo_server):
    page.goto("/")
    logo = page.locator(".brand__mark")
    assert logo.evaluate("(img) => img.complete && img.naturalWidth > 0")
    icons = [demo_server.url + "/favicon.ico"]
    icons += page.eval_on_selector_all(
        'link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]',
        "links => links.map(l => l.href)",
    )
    for url in [*icons, logo.evaluate("(img) => img.src")]:
        response = requests.get(url, timeout=10)
        assert response.status_code == 200, url
        assert len(response.content) > 100, url
    assert (
        requests.get(demo_server.url + "/favicon.ico", timeout=10)
        .headers["Content-Type"]
        .startswith("image/")
    )


def test_the_header_search_sits_on_the_menu_line_on_a_desktop(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    menu, search = (
        page.locator(".main-nav__list").bounding_box(),
        page.locator(".header-search").bounding_box(),
    )
    menu_middle = menu["y"] + menu["height"] / 2
    assert search["y"] <= menu_middle <= search["y"] + search["height"], (menu, search)
    expect(page.locator(".menu-button")).to_be_hidden()


def test_on_a_phone_the_first_screen_shows_the_page_and_the_menu_opens_behind_a_button(page):
    page.set_viewport_size(PHONE)
    page.goto("/agenda/")
    heading = page.locator("main h1")
    expect(heading).to_be_in_viewport(ratio=1)
    assert heading.bounding_box()["y"] < PHONE["height"] / 2, "the page starts in the top half of a phone"
    # The crisis help is one line with a disclosure, and "Snel weg" stays on that line.
    banner = page.locator(".crisis-banner")
    assert banner.bounding_box()["height"] < 70
    help_now = page.locator(".crisis-banner__help")
    help_now.locator("summary").click()
    expect(help_now.locator(".crisis-banner__contacts a").first).to_be_visible()
    # The menu: a button that says whether it is open.
    button, menu = page.locator(".menu-button"), page.locator(".main-nav")
    expect(menu).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    menu.locator("a").first.focus()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("/agenda/", "Filters"),
        ("/agenda/?free=on&online=on", "Filters (2)"),
        ("/sociale-kaart/?walk_in=on", "Filters (1)"),
        (SEARCH_WITH_RESULTS, "Filters"),
    ],
)
def test_filters_fold_behind_a_count_on_a_phone_and_stay_open_on_a_desktop(page, url, label):
    page.set_viewport_size(PHONE)
    page.goto(url)
    filters = page.locator("details.filters")
    expect(filters).not_to_have_attribute("open", "")
    summary = filters.locator("summary")
    assert summary.inner_text().strip() == label
    summary.click()
    expect(filters.locator('[type="submit"]')).to_be_visible()

    page.set_viewport_size(DESKTOP)
    page.goto(url)
    expect(filters).to_have_attribute("open", "")
    expect(summary).to_be_hidden()


TRANSFERRED = """() => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    const bytes = (list) => list.reduce((sum, entry) => sum + entry.transferSize, 0);
    const images = entries.filter((entry) => entry.initiatorType === "img" || /\\.(webp|jpe?g|png|avif)$/.test(entry.name));
    return {all: bytes(entries), images: bytes(images), count: entries.length};
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_home_page_is_light_on_first_load(browser, demo_server, viewport):
    context = browser.new_context(base_url=demo_server.url, viewport=viewport)  # a fresh cache
    page = context.new_page()
    page.goto("/", wait_until="load")
    page.wait_for_load_state("networkidle")
    weight = page.evaluate(TRANSFERRED)
    context.close()
    name = "phone" if viewport is PHONE else "desktop"
    record_counts(f"home_weight_{name}", total_bytes=weight["all"], image_bytes=weight["images"])
    assert weight["images"] > 0, "the hero illustration was loaded"
    assert weight["all"] <= 250_000, weight
    assert weight["all"] - weight["images"] <= 60_000, weight
