"""The activity form reads the schedule back in words (issue 17): the sentence, and the admin endpoint behind it."""

from datetime import date, time

import pytest
from django.utils import timezone, translation

from herstelnetwerk.agenda.models import ActivityPage
from herstelnetwerk.agenda.schedule_text import describe

YEAR = timezone.localdate().year


def activity(**fields):
    defaults = {
        "start_date": date(YEAR, 1, 6),
        "start_time": time(10),
        "end_time": time(12),
        "recurrence": "once",
    }
    return ActivityPage(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        (
            {"recurrence": "monthly", "weekdays": ["TU"], "month_week": 2},
            "Elke 2e dinsdag van de maand, 10:00\N{EN DASH}12:00, vanaf 6 januari",
        ),
        (
            {"recurrence": "monthly", "weekdays": ["FR"], "month_week": -1},
            "Elke laatste vrijdag van de maand, 10:00\N{EN DASH}12:00, vanaf 6 januari",
        ),
        (
            {"recurrence": "weekly", "interval": 1, "weekdays": ["TH", "MO"]},
            "Elke maandag en donderdag, 10:00\N{EN DASH}12:00, vanaf 6 januari",
        ),
        (
            {"recurrence": "weekly", "interval": 2, "weekdays": ["WE"], "end_date": date(YEAR, 6, 30)},
            "Om de 2 weken op woensdag, 10:00\N{EN DASH}12:00, vanaf 6 januari, tot en met 30 juni",
        ),
        ({"start_date": date(2031, 3, 4), "end_time": None}, "Eén keer, op dinsdag 4 maart 2031, 10:00"),
    ],
)
def test_the_schedule_in_one_dutch_sentence(fields, sentence):
    with translation.override("nl"):
        assert describe(activity(**fields)) == sentence


@pytest.mark.parametrize(
    "fields",
    [
        {"recurrence": "weekly", "weekdays": []},
        {"recurrence": "monthly", "weekdays": ["TU"], "month_week": None},
    ],
)
def test_no_sentence_while_the_schedule_is_incomplete(fields):
    assert describe(activity(**fields)) == ""


def test_the_form_asks_the_admin_for_the_sentence(admin_client):
    response = admin_client.get(
        "/admin/agenda/schedule-text/",
        {
            "start_date": f"{YEAR}-01-06",
            "start_time": "10:00",
            "end_time": "12:00",
            "recurrence": "monthly",
            "weekdays": ["TU"],
            "month_week": "2",
        },
    )

    assert response.json() == {"text": "Elke 2e dinsdag van de maand, 10:00\N{EN DASH}12:00, vanaf 6 januari"}


def test_a_half_filled_or_odd_form_gets_no_sentence(admin_client):
    assert admin_client.get("/admin/agenda/schedule-text/", {"recurrence": "weekly"}).json() == {"text": ""}
    assert admin_client.get("/admin/agenda/schedule-text/", {"start_date": "gisteren"}).json() == {"text": ""}


def test_only_editors_ask(client):
    assert client.get("/admin/agenda/schedule-text/").status_code == 302


def test_the_activity_form_loads_the_script(admin_client, agenda):
    page = admin_client.get(f"/admin/pages/add/agenda/activitypage/{agenda.pk}/").content.decode()

    assert "agenda/js/activity_form.js" in page and 'data-schedule-url="/admin/agenda/schedule-text/"' in page
    assert "Welke week van de maand" in page
