"""The agenda page: occurrences by day, filters that combine, bad input that never breaks it.

Its query budget, with 10 and with 2,000 activities, is in tests/herstelnetwerk/test_query_budget.py.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from herstelnetwerk.models import Theme
from tests.agenda.factories import ActivityPageFactory, LocationFactory, cancel, weekly
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory

WEEKDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def today():
    return timezone.localdate()


@pytest.fixture
def places(subregion, home_page):
    other = SubregionPageFactory(parent=home_page, title="Texel", slug="texel")
    texel = MunicipalityFactory(subregion=other, name="Texel", slug="texel")
    schagen = subregion.municipalities.get(slug="schagen")
    return {
        "schagen": LocationFactory(municipality=schagen, city="Schagen"),
        "texel": LocationFactory(municipality=texel, city="Den Burg"),
    }


def test_upcoming_occurrences_are_grouped_by_day_with_today_first(client, agenda, places):
    weekly(
        agenda,
        title="Inloop Schagen",
        days=[WEEKDAY[today().weekday()]],
        start_date=today() - timedelta(days=14),
        location=places["schagen"],
    )
    ActivityPageFactory(
        parent=agenda,
        title="Informatieavond",
        start_date=today() + timedelta(days=1),
        location=places["texel"],
    )

    html = client.get("/agenda/").content.decode()

    assert (
        html.index("Vandaag, ")
        < html.index("Inloop Schagen")
        < html.index("Morgen, ")
        < html.index("Informatieavond")
    )
    assert html.count("Inloop Schagen") == 5  # today and the next four weeks


def test_filters_combine_and_stay_in_the_url(client, agenda, places):
    theme = Theme.objects.create(name="Eenzaamheid", slug="eenzaamheid")
    match = weekly(agenda, title="Gratis inloop", days=["MO"], start_date=today(), location=places["texel"])
    match.themes.add(theme)
    match.save()
    weekly(
        agenda,
        title="Betaalde lunch",
        days=["MO"],
        start_date=today(),
        location=places["texel"],
        is_free=False,
    ).themes.add(theme)
    weekly(agenda, title="Inloop elders", days=["MO"], start_date=today(), location=places["schagen"])

    response = client.get("/agenda/", {"subregion": "texel", "theme": "eenzaamheid", "free": "on"})
    html = response.content.decode()

    assert "Gratis inloop" in html
    assert "Betaalde lunch" not in html
    assert "Inloop elders" not in html
    assert 'value="texel" selected' in html
    assert "feed.ics?subregion=texel&amp;theme=eenzaamheid&amp;free=on" in html


def test_online_only_and_type_filters(client, agenda, places):
    weekly(
        agenda,
        title="Online groep",
        activity_type="online",
        days=["WE"],
        start_date=today(),
        location=None,
        online_url="https://meet.example/groep",
    )
    weekly(
        agenda,
        title="Soep en brood",
        activity_type="wijklunch",
        days=["WE"],
        start_date=today(),
        location=places["schagen"],
    )

    online = client.get("/agenda/", {"online": "on"}).content.decode()
    lunches = client.get("/agenda/", {"type": "wijklunch"}).content.decode()

    assert "Online groep" in online and "Soep en brood" not in online
    assert "Soep en brood" in lunches and "Online groep" not in lunches


def test_cancelled_occurrences_are_shown_as_cancelled(client, agenda, places):
    activity = weekly(
        agenda,
        title="Creatief atelier",
        days=[WEEKDAY[today().weekday()]],
        start_date=today(),
        location=places["schagen"],
    )
    cancel(activity, today() + timedelta(days=7))

    html = client.get(
        "/agenda/", {"period": "week", "date": (today() + timedelta(days=7)).isoformat()}
    ).content.decode()

    assert "occurrence--cancelled" in html
    assert "Gaat niet door" in html


@pytest.mark.parametrize(
    "params",
    [
        {"date": "9999-99-99"},
        {"date": "1900-01-01"},
        {"date": "9999-12-31"},
        {"period": "eeuw"},
        {"subregion": "atlantis", "theme": "<script>", "type": "x" * 300},
        {"page": "99999999999999999999999"},
        {"page": "-1"},
        {"free": "misschien", "online": "\x00"},
    ],
)
def test_bad_input_gives_a_normal_page_with_a_message(client, agenda, places, params):
    weekly(agenda, title="Inloop", days=["MO"], start_date=today(), location=places["schagen"])

    response = client.get("/agenda/", params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_a_date_too_far_ahead_is_explained(client, agenda):
    html = client.get("/agenda/", {"date": "2999-01-01"}).content.decode()

    assert "Kies een datum vanaf vandaag, tot een jaar vooruit." in html


def test_empty_state_offers_to_clear_the_filters(client, agenda):
    html = client.get("/agenda/", {"type": "creatief"}).content.decode()

    assert "Er zijn geen activiteiten die passen bij je keuzes" in html
    assert "Wis je keuzes" in html


def test_archive_lists_past_one_off_activities_as_past(client, agenda, places):
    past = ActivityPageFactory(
        parent=agenda,
        title="Voorjaarsmarkt",
        start_date=today() - timedelta(days=30),
        location=places["schagen"],
    )
    ActivityPageFactory(
        parent=agenda,
        title="Toekomstmarkt",
        start_date=today() + timedelta(days=3),
        location=places["schagen"],
    )

    archive = client.get("/agenda/archief/").content.decode()
    page = client.get(past.url).content.decode()

    assert "Voorjaarsmarkt" in archive and "Toekomstmarkt" not in archive
    assert "Deze activiteit is al geweest." in page
    assert "Voorjaarsmarkt" not in client.get("/agenda/").content.decode()
