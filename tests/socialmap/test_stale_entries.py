"""The editors' report of entries nobody checked in a year: sorted, filtered, and "send again"."""

import re
from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from herstelnetwerk.socialmap.models import Organisation, ReviewRequest
from tests.socialmap.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
URL = "/admin/sociale-kaart/te-controleren/"


def organisation(name, checked, **fields):
    found = OrganisationFactory(name=name, **fields)
    Organisation.objects.filter(pk=found.pk).update(last_reviewed=checked)
    return Organisation.objects.get(pk=found.pk)


def names(response):
    return re.findall(r'/edit/\d+/">([^<]+)</a></td>', response.content.decode())


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    return client


def test_stale_entries_sorted_and_filtered(editor_client, social_map):
    organisation("Zorgpunt", date(2020, 5, 1))
    asked = organisation("Inloophuis", date(2023, 1, 1))
    organisation("Buurtteam", date(2024, 2, 1), email="")
    organisation("Vers gecontroleerd", date.today())
    ReviewRequest.objects.create(
        organisation=asked, last_reviewed=asked.last_reviewed, sent_at="2024-06-01T10:00Z"
    )

    assert names(editor_client.get(URL)) == ["Zorgpunt", "Inloophuis", "Buurtteam"]
    assert names(editor_client.get(URL, {"sort": "name"})) == ["Buurtteam", "Inloophuis", "Zorgpunt"]
    assert names(editor_client.get(URL, {"filter": "asked"})) == ["Inloophuis"]
    assert names(editor_client.get(URL, {"filter": "no-email"})) == ["Buurtteam"]
    assert names(editor_client.get(URL, {"sort": "<script>", "filter": "x", "p": "999"})) != []


def test_send_again(editor_client, social_map, django_capture_on_commit_callbacks):
    stale = organisation("Zorgpunt", date(2020, 5, 1))
    ReviewRequest.objects.create(
        organisation=stale, last_reviewed=stale.last_reviewed, sent_at="2024-06-01T10:00Z"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"{URL}?sort=name", {"send_again": stale.pk})

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[stale.email]]
    assert ReviewRequest.objects.get().sent_at.date() == date.today()


def test_visitors_cannot_see_the_report(client, social_map):
    assert client.get(URL).status_code == 302
    assert reverse("socialmap_stale") == URL
