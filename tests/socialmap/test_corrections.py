"""Suggest a correction: the form on organisation and activity pages, spam checks, limits, the editors' task list."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.urls import reverse

from herstelnetwerk.socialmap.corrections import SALT, started_token
from herstelnetwerk.socialmap.models import Correction, Organisation
from tests.agenda.factories import ActivityPageFactory, AgendaPageFactory
from tests.socialmap.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


@pytest.fixture
def no_wait(settings):
    settings.SOCIALMAP_CORRECTION_MIN_SECONDS = 0


def sent_form(client, url):
    """The correction form's fields as a page shows them (hidden fields included)."""
    html = client.get(url).content.decode()
    form = re.search(r'<form method="post" action="/correctie/">(.*?)</form>', html, re.S).group(1)
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))


def test_a_correction_on_an_organisation_becomes_a_task_and_changes_nothing(client, social_map, no_wait):
    organisation = OrganisationFactory(name="Inloophuis", slug="inloophuis", phone="0224-111111")
    data = sent_form(client, "/sociale-kaart/inloophuis/")

    response = client.post(
        "/correctie/",
        data | {"message": "Het telefoonnummer is 0224-222222.", "email": "bezoeker@example.org"},
    )

    assert response.status_code == 200
    correction = Correction.objects.get()
    assert (correction.organisation, correction.message, correction.handled) == (
        organisation,
        "Het telefoonnummer is 0224-222222.",
        False,
    )
    assert Organisation.objects.get().phone == "0224-111111"
    assert "bezoeker@example.org" not in client.get("/sociale-kaart/inloophuis/").content.decode()


def test_pages_with_the_form_stay_cacheable_and_a_suggestion_needs_no_cookie(home_page, social_map, no_wait):
    from django.test import Client

    OrganisationFactory(slug="inloophuis")
    activity = ActivityPageFactory(parent=AgendaPageFactory(parent=home_page), slug="wandelen")
    client = Client(enforce_csrf_checks=True)
    for url in ("/sociale-kaart/inloophuis/", activity.url):
        response = client.get(url)
        assert "public" in response["Cache-Control"] and not response.cookies, url

    data = sent_form(client, "/sociale-kaart/inloophuis/")
    assert client.post("/correctie/", data | {"message": "Het adres klopt niet."}).status_code == 200


def test_a_correction_on_an_activity_page(client, home_page, no_wait):
    agenda = AgendaPageFactory(parent=home_page)
    activity = ActivityPageFactory(parent=agenda, slug="wandelen")
    data = sent_form(client, activity.url)

    assert client.post("/correctie/", data | {"message": "Het begint om 11 uur."}).status_code == 200
    assert Correction.objects.get().page_id == activity.pk


@pytest.mark.parametrize(
    "change",
    [
        {"website": "http://spam.example"},  # the field people never see
        {"started": "tampered"},
        {"started": signing.dumps("yesterday", salt=SALT)},
        {"organisation": "bestaat-niet"},
        {"organisation": ""},
        {"message": ""},
        {"email": "not an address"},
    ],
)
def test_spam_and_bad_input_are_turned_away_and_write_nothing(client, social_map, no_wait, change):
    OrganisationFactory(slug="inloophuis")
    data = sent_form(client, "/sociale-kaart/inloophuis/") | {"message": "Klopt niet."}

    response = client.post("/correctie/", data | change)

    assert response.status_code in {400, 404}
    assert not Correction.objects.exists()


def test_a_form_sent_within_seconds_of_showing_it_is_a_bots(client, social_map):
    OrganisationFactory(slug="inloophuis")
    data = sent_form(client, "/sociale-kaart/inloophuis/") | {"message": "Klopt niet."}

    assert client.post("/correctie/", data).status_code == 400
    assert not Correction.objects.exists()


def test_an_address_is_limited(client, social_map, no_wait, settings):
    settings.SOCIALMAP_CORRECTION_LIMIT = 2
    OrganisationFactory(slug="inloophuis")
    data = {"organisation": "inloophuis", "started": started_token(), "message": "Klopt niet."}

    assert [client.post("/correctie/", data).status_code for _ in range(3)] == [200, 200, 429]
    assert Correction.objects.count() == 2


def test_only_editors_see_the_tasks_with_the_visitors_email_and_a_link_to_the_item(
    client, social_map, no_wait, django_user_model
):
    organisation = OrganisationFactory(slug="inloophuis")
    Correction.objects.create(organisation=organisation, message="Verhuisd.", email="bezoeker@example.org")
    url = reverse("wagtailsnippets_socialmap_correction:list")

    assert client.get(url).status_code == 302  # to the login page
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    html = client.get(url).content.decode()

    assert "bezoeker@example.org" in html and "Verhuisd." in html
    assert reverse("wagtailsnippets_socialmap_organisation:edit", args=[organisation.pk]) in html
