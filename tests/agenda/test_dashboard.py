"""The agenda's dashboard panel (issue 17): ended activities and activities without place or organiser."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.agenda.factories import ActivityPageFactory, weekly
from tests.socialmap.factories import OrganisationFactory

PANEL = "Agenda: activiteiten om na te kijken"


@pytest.fixture
def activities(agenda):
    organiser = OrganisationFactory()
    today = timezone.localdate()
    return {
        "ended": ActivityPageFactory(
            parent=agenda, title="Zomerwandeling", start_date=date(2020, 7, 1), organiser=organiser
        ),
        "going": weekly(
            agenda, title="Inloop dinsdag", start_date=today - timedelta(days=7), organiser=organiser
        ),
        "no organiser": weekly(agenda, title="Schrijfgroep", start_date=today - timedelta(days=7)),
    }


def test_an_editor_sees_what_to_look_at_in_the_agenda(client, django_user_model, activities):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)

    page = client.get("/admin/").content.decode()

    assert PANEL in page
    ended = page.split("Afgelopen, of geen volgende datum")[1].split("Zonder plek of organisator")[0]
    assert "Zomerwandeling" in ended and "afgelopen op 1 juli 2020" in ended
    assert "Inloop dinsdag" not in ended
    incomplete = page.split("Zonder plek of organisator")[1]
    assert "Schrijfgroep" in incomplete and "geen organisator" in incomplete
    assert "Inloop dinsdag" not in incomplete


def test_a_coordinator_without_page_rights_sees_no_agenda_panel(client, django_user_model, activities):
    coordinator = django_user_model.objects.create_user("coordinator", password="x")
    coordinator.groups.add(Group.objects.get(name="Vrijwilligerscoördinatie"))
    client.force_login(coordinator)

    assert PANEL not in client.get("/admin/").content.decode()


def test_the_panel_asks_the_same_number_of_queries_for_many_activities(admin_client, agenda):
    ActivityPageFactory(parent=agenda, start_date=date(2020, 7, 1), organiser=None)
    admin_client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        admin_client.get("/admin/")
    for day in range(20):
        ActivityPageFactory(parent=agenda, start_date=date(2020, 7, 2) + timedelta(days=day), organiser=None)
    with CaptureQueriesContext(connection) as many:
        page = admin_client.get("/admin/").content.decode()

    assert len(many) == len(few)
    assert "En meer." in page
