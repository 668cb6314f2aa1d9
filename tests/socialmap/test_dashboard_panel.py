"""The dashboard panel "Sociale kaart: te controleren": only for editors of organisations, one click to stamp today."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from herstelnetwerk.socialmap.models import Organisation, ReviewRequest
from tests.socialmap.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def organisation(name, checked, **fields):
    found = OrganisationFactory(name=name, **fields)
    Organisation.objects.filter(pk=found.pk).update(last_reviewed=checked)
    return Organisation.objects.get(pk=found.pk)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x")
    user.groups.add(Group.objects.get(name="Redactie"))
    return user


@pytest.fixture
def admin_user_without_organisations(django_user_model):
    user = django_user_model.objects.create_user("coordinator", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_panel_lists_the_oldest_and_bounced_entries(client, editor, social_map):
    for year in range(2015, 2023):
        organisation(f"Oud {year}", date(year, 1, 1))
    bounced = organisation("Nieuw maar onbereikbaar", timezone.localdate(), email="weg@kapot.example")
    ReviewRequest.objects.create(
        organisation=bounced,
        last_reviewed=bounced.last_reviewed,
        address="weg@kapot.example",
        failed_at=timezone.now(),
        failure="550 5.1.1 User unknown",
    )
    organisation("Net gecontroleerd", timezone.localdate())
    OrganisationFactory(name="Concept", live=False)
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert "Sociale kaart: te controleren" in html
    assert "9 organisaties" in html
    assert all(f"Oud {year}" in html for year in range(2015, 2020))
    assert "Oud 2020" not in html  # the oldest five only
    assert "Net gecontroleerd" not in html and "Concept" not in html
    assert 'href="/admin/sociale-kaart/te-controleren/"' in html


def test_still_right_stamps_today_with_csrf_and_permission(
    editor, admin_user_without_organisations, social_map
):
    stale = organisation("Oud", date(2019, 5, 1))
    url = f"/admin/sociale-kaart/nog-juist/{stale.pk}/"
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)

    assert browser.post(url).status_code == 403  # no CSRF token
    assert browser.get(url).status_code == 405  # a change is never a GET
    dashboard = browser.get("/admin/")
    token = (
        dashboard.cookies["csrftoken"].value
        if "csrftoken" in dashboard.cookies
        else browser.cookies["csrftoken"].value
    )
    response = browser.post(url, {"csrfmiddlewaretoken": token, "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert Organisation.objects.get(pk=stale.pk).last_reviewed == timezone.localdate()

    other = Client()
    other.force_login(admin_user_without_organisations)
    assert "Sociale kaart: te controleren" not in other.get("/admin/").content.decode()
    again = organisation("Nog ouder", date(2018, 1, 1))
    # Wagtail answers a refused admin view with a redirect and a message
    refused = other.post(f"/admin/sociale-kaart/nog-juist/{again.pk}/", follow=True)
    assert "als gecontroleerd gemarkeerd" not in refused.content.decode()
    assert Organisation.objects.get(pk=again.pk).last_reviewed == date(2018, 1, 1)


def test_an_open_redirect_is_not_followed(client, editor, social_map):
    stale = organisation("Oud", date(2019, 5, 1))
    client.force_login(editor)
    response = client.post(f"/admin/sociale-kaart/nog-juist/{stale.pk}/", {"next": "https://elders.example/"})
    assert response["Location"] == "/admin/"
