"""The content check (issue 16): the demo reads as a real, fictional region, never as a demo.

On the demo site as ``load_demo`` builds it and gunicorn serves it: every page a visitor reaches by links, plus every
organisation page, is read. None says it is a demo or holds placeholder text, none links to a reserved example domain,
and no two organisations, activities or stories share their text.
"""

import json
import re
from collections import Counter
from html import unescape

import pytest
import requests

from herstelnetwerk.links import host_of, is_reserved
from tests.support.crawl import crawl
from tests.support.demo_server import DemoSite, Server

pytestmark = pytest.mark.gate

FORBIDDEN = ("verzonnen", "demonstratie", "voorbeeldstraat", "lorem", "demo-inhoud", "demo content")
HREF = re.compile(r'href="([^"]*)"')
LEAD = re.compile(r'<p class="lead">(.*?)</p>', re.S)

DEMO_DATA = """
import json
from django.utils import timezone
from herstelnetwerk.agenda.models import ActivityPage
from herstelnetwerk.socialmap.models import Organisation
from verhalen.models import StoryPage
from vrijwilligers.models import TrainingCohort
print(json.dumps({
    "organisations": list(Organisation.objects.values_list("slug", "description", "email")),
    "activities": [(page.url, page.intro + str(page.body.render_as_block())) for page in ActivityPage.objects.live()],
    "stories": [(page.url, str(page.body.render_as_block()), page.reading_minutes) for page in StoryPage.objects.live()],
    "cohorts": [
        (cohort.name, timezone.localtime(min(s.starts_at for s in cohort.sessions.all())).strftime("%m %Y"))
        for cohort in TrainingCohort.objects.prefetch_related("sessions")
    ],
}))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A demo site of its own, as ``load_demo`` leaves it: the browser tests change the shared one (they publish
    activities and stories of their own)."""
    site = DemoSite.build(tmp_path_factory.mktemp("content"), name="content")
    yield site
    site.drop()


@pytest.fixture(scope="module")
def server(site):
    with Server(site) as server:
        yield server


@pytest.fixture(scope="module")
def data(site):
    return json.loads(site.query(DEMO_DATA))


@pytest.fixture(scope="module")
def pages(server, data):
    """path -> html of every crawled page and every organisation page (the list pages are paginated)."""
    found = {page.path: page.html for page in crawl(server.url)}
    for slug, _description, _email in data["organisations"]:
        path = f"/sociale-kaart/{slug}/"
        if path not in found:
            response = requests.get(server.url + path, timeout=30)
            assert response.status_code == 200, path
            found[path] = response.text
    return found


def duplicates(texts):
    return [text for text, count in Counter(texts).items() if count > 1]


def text_of(html):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_every_page_and_every_organisation_is_read(pages, data):
    assert len(data["organisations"]) > 40
    assert all(f"/sociale-kaart/{slug}/" in pages for slug, _d, _e in data["organisations"])
    assert {"/", "/agenda/", "/verhalen/een-nieuwe-dag/", "/privacy/", "/toegankelijkheid/"} <= set(pages)


def test_no_page_says_it_is_a_demo_or_holds_placeholder_text(pages):
    found = [(path, word) for path, html in pages.items() for word in FORBIDDEN if word in html.lower()]
    assert found == []


def test_no_page_links_to_a_reserved_example_domain(pages, data):
    dead = [
        (path, href)
        for path, html in pages.items()
        for href in HREF.findall(unescape(html))
        if ("//" in href or href.startswith("mailto:")) and is_reserved(host_of(href))
    ]
    assert dead == []
    # The data keeps its safe, reserved addresses (nobody's real mailbox); the pages leave them out.
    assert all(is_reserved(host_of(email)) for _slug, _description, email in data["organisations"])
    shown = [
        path
        for path, html in pages.items()
        if ".example" in text_of(re.sub(r"<script\b.*?</script>", "", html, flags=re.S))
    ]
    assert shown == []


def test_organisations_activities_and_stories_each_have_their_own_text(pages, data):
    descriptions = [description for _slug, description, _email in data["organisations"]]
    assert all(descriptions) and duplicates(descriptions) == []
    assert duplicates([text for _url, text in data["activities"]]) == []
    assert duplicates([text for _url, text, _minutes in data["stories"]]) == []
    # and as the pages show them
    leads = [
        LEAD.search(html).group(1)
        for path, html in pages.items()
        if path.startswith("/sociale-kaart/") and LEAD.search(html)
    ]
    assert len(leads) > 40 and duplicates(leads) == []


def test_stories_are_300_to_900_words_and_take_different_times_to_read(data):
    words = {url: len(text_of(body).split()) for url, body, _minutes in data["stories"]}
    assert len(words) >= 12
    assert all(300 <= count <= 900 for count in words.values()), words
    assert len({minutes for _url, _body, minutes in data["stories"]}) > 1


def test_places_read_right_in_a_sentence(pages):
    texel = text_of(pages["/texel/"])
    assert "op Texel" in texel and "in Texel" not in texel
    assert "BUCH staat voor Bergen, Uitgeest, Castricum en Heiloo" in text_of(pages["/buch/"])


def test_no_label_ends_in_a_stray_colon_and_no_technical_words(pages):
    stray = [
        (path, label)
        for path, html in pages.items()
        for label in re.findall(r"<label[^>]*>([^<]*?):\s*</label>", html)
    ]
    assert stray == []
    technical = [
        (path, word)
        for path, html in pages.items()
        for word in ("Atom", "HSDS", "iCalendar")
        if re.search(rf"\b{word}\b", text_of(re.sub(r"<(script|head)\b.*?</\1>", "", html, flags=re.S)))
    ]
    assert technical == []


def test_stories_activities_and_organisations_link_to_each_other(pages):
    story = pages["/verhalen/schulden-en-slapeloze-nachten/"]
    assert 'href="/agenda/spreekuur-geldzaken/"' in story
    assert 'href="/sociale-kaart/schuldhulp-noord-holland-noord/"' in story

    organisation = pages["/sociale-kaart/schuldhulp-noord-holland-noord/"]
    assert 'href="/verhalen/schulden-en-slapeloze-nachten/"' in organisation
    assert 'href="/agenda/spreekuur-geldzaken/"' in organisation

    activity = pages["/agenda/spreekuur-geldzaken/"]
    assert 'href="/sociale-kaart/schuldhulp-noord-holland-noord/"' in activity


def test_training_cohorts_are_named_after_their_start_and_sessions_carry_the_year(pages, data):
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    for name, month_year in data["cohorts"]:
        month, year = month_year.split()
        assert f"{months[int(month) - 1]} {year}" in name, name
    track = pages["/vrijwilligers/wrap/"]
    assert re.search(r"\b\d{1,2} \w+ 20\d\d, \d\d:\d\d", text_of(track))
    assert text_of(track).count("In zes bijeenkomsten maak je een persoonlijk plan") == 1
