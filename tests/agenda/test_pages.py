"""Where agenda pages may live, what editors must fill in, and what the home and subregion pages show."""

from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.test.utils.page_tests import WagtailPageTestCase

from herstelnetwerk.agenda.models import ActivityPage, AgendaPage
from herstelnetwerk.models import HomePage, StandardPage, SubregionPage
from tests.agenda.factories import ActivityPageFactory, LocationFactory, weekly


class TestPageTree(WagtailPageTestCase):
    def test_agenda_lives_under_the_home_page_and_holds_activities(self):
        self.assertAllowedParentPageTypes(AgendaPage, {HomePage})
        self.assertAllowedSubpageTypes(AgendaPage, {ActivityPage})
        self.assertAllowedParentPageTypes(ActivityPage, {AgendaPage})
        self.assertAllowedSubpageTypes(ActivityPage, set())
        self.assertCanNotCreateAt(SubregionPage, ActivityPage)
        self.assertCanNotCreateAt(StandardPage, AgendaPage)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"start_time": time(12), "end_time": time(11)}, "end_time"),
        ({"recurrence": "weekly", "weekdays": []}, "weekdays"),
        ({"recurrence": "monthly", "weekdays": ["MO"], "month_week": None}, "month_week"),
        (
            {
                "start_date": date(2026, 5, 1),
                "end_date": date(2026, 4, 1),
                "recurrence": "weekly",
                "weekdays": ["MO"],
            },
            "end_date",
        ),
        ({"location": None, "online_url": ""}, "location"),
    ],
)
def test_editors_get_a_clear_message_for_an_impossible_schedule(agenda, fields, field):
    activity = ActivityPageFactory.build(**{"location": None, "online_url": "https://meet.example", **fields})

    with pytest.raises(ValidationError) as error:
        activity.clean()

    assert field in error.value.message_dict


def test_editors_can_open_the_activity_form_in_the_admin(admin_client, agenda):
    response = admin_client.get(f"/admin/pages/add/agenda/activitypage/{agenda.pk}/")

    assert response.status_code == 200
    assert 'name="weekdays"' in response.content.decode()


def test_an_activity_with_a_weekly_schedule_is_published_from_the_admin_form(admin_client, agenda):
    place = LocationFactory()
    data = nested_form_data(
        {
            "title": "Wandelgroep",
            "slug": "wandelgroep",
            "intro": "Samen wandelen.",
            "activity_type": "buiten",
            "body": streamfield([]),
            "location": place.pk,
            "start_date": "2026-12-01",
            "start_time": "10:00",
            "end_time": "12:00",
            "recurrence": "weekly",
            "interval": "1",
            "registration": "none",
            "is_free": "on",
            "exceptions": inline_formset([{"date": "2026-12-26", "kind": "cancelled", "note": "Kerst"}]),
            "action-publish": "publish",
        }
    )
    data = {**data, "weekdays": ["TU", "SA"]}

    response = admin_client.post(f"/admin/pages/add/agenda/activitypage/{agenda.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    activity = ActivityPage.objects.get(slug="wandelgroep")
    assert activity.live
    assert activity.weekdays == ["TU", "SA"]
    assert activity.exceptions.get().note == "Kerst"


def test_home_and_subregion_pages_show_the_next_local_activities(client, agenda, subregion, home_page):
    place = LocationFactory(municipality=subregion.municipalities.get(slug="schagen"))
    today = timezone.localdate()
    weekly(
        agenda,
        title="Inloop Schagen",
        days=[["MO", "TU", "WE", "TH", "FR", "SA", "SU"][today.weekday()]],
        start_date=today - timedelta(days=7),
        location=place,
    )
    weekly(agenda, title="Inloop elders", days=["MO", "TU", "WE", "TH", "FR", "SA", "SU"], start_date=today)

    home = client.get("/").content.decode()
    local = client.get(subregion.url).content.decode()

    assert "Deze week in de agenda" in home and "Inloop Schagen" in home
    assert "Activiteiten in de buurt" in local
    assert "Inloop Schagen" in local and "Inloop elders" not in local
    assert f"/agenda/?subregion={subregion.slug}" in local


def activity_form(**fields):
    data = nested_form_data(
        {
            "title": "Wandelgroep",
            "slug": "wandelgroep",
            "activity_type": "buiten",
            "body": streamfield([]),
            "online_url": "https://meet.example/wandel",
            "start_date": "2026-12-01",
            "start_time": "10:00",
            "recurrence": "once",
            "interval": "1",
            "registration": "none",
            "exceptions": inline_formset([]),
            "action-publish": "publish",
            **fields,
        }
    )
    return data


@pytest.mark.parametrize(
    ("live", "says"), [(False, "Er is al een concept"), (True, "Er is al een gepubliceerde")]
)
def test_a_second_activity_with_the_same_title_links_to_the_first(admin_client, agenda, live, says):
    """After a failed publish the draft stays; starting again under its title points to it (issue 17)."""
    first = ActivityPageFactory(parent=agenda, title="Wandelgroep", slug="wandelgroep", live=live)

    response = admin_client.post(f"/admin/pages/add/agenda/activitypage/{agenda.pk}/", activity_form())

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert says in str(errors["title"])
    assert says in str(errors["slug"]) and "in gebruik" not in str(errors["slug"])
    assert f'<a href="/admin/pages/{first.pk}/edit/">Wandelgroep</a>' in response.content.decode()
    assert ActivityPage.objects.filter(slug="wandelgroep").count() == 1


def test_a_title_of_its_own_still_publishes(admin_client, agenda):
    ActivityPageFactory(parent=agenda, title="Wandelgroep", slug="wandelgroep", live=False)

    response = admin_client.post(
        f"/admin/pages/add/agenda/activitypage/{agenda.pk}/",
        activity_form(title="Wandelgroep Hoorn", slug="wandelgroep-hoorn"),
    )

    assert response.status_code == 302, response.context["form"].errors
    assert ActivityPage.objects.get(slug="wandelgroep-hoorn").live
