"""Editors publish with confidence (issue 17): the activity form shows what matters and reads the schedule back.

The screenshots taken here (test-artifacts/editors/) are those that illustrate docs/editors.md: copy them to
docs/img/ when the admin changes. A test run never rewrites tracked files.
"""

import re
from pathlib import Path

from django.conf import settings
from playwright.sync_api import expect

from tests.browser.test_editor_flows import log_in, open_action_menu, page_id, public_url

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "editors"
SENTENCE = "#activity-schedule-sentence"


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / name)


def new_activity(page, demo_site, title):
    log_in(page)
    agenda = page_id(demo_site, "herstelnetwerk.agenda.models.AgendaPage")
    page.goto(f"/admin/pages/add/agenda/activitypage/{agenda}/")
    page.fill("#id_title", title)
    page.fill("#id_intro", "Samen iets doen, zonder verplichtingen.")
    page.select_option("#id_activity_type", "inloop")
    page.fill("#id_start_time", "10:00")
    page.fill("#id_end_time", "12:00")
    page.fill("#id_online_url", "https://meet.herstelnetwerk.example/inloop")


def publish_and_open(page, demo_site, title):
    open_action_menu(page)
    page.locator('button[name="action-publish"]').click()
    expect(page.locator(".messages")).to_contain_text(title)
    page.goto(public_url(demo_site, "herstelnetwerk.agenda.models.ActivityPage", title))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_a_one_off_activity_hides_the_repeat_fields(page, demo_site):
    new_activity(page, demo_site, "Open dag herstelcafé")
    page.fill("#id_start_date", "2031-03-04")
    page.locator("#id_start_date").press("Tab")

    expect(page.locator("#id_interval")).to_be_hidden()
    expect(page.locator("#id_month_week")).to_be_hidden()
    expect(page.locator("input[name=weekdays]").first).to_be_hidden()
    expect(page.locator(SENTENCE)).to_have_text("Eén keer, op dinsdag 4 maart 2031, 10:00\N{EN DASH}12:00")
    page.locator(SENTENCE).scroll_into_view_if_needed()
    screenshot(page, "activiteit-een-keer.png")

    publish_and_open(page, demo_site, "Open dag herstelcafé")


def test_a_monthly_activity_asks_which_week_and_says_the_schedule(page, demo_site):
    new_activity(page, demo_site, "Lotgenotengroep op dinsdag")
    page.fill("#id_start_date", "2027-01-12")
    page.locator("#id_start_date").press("Tab")  # closes the date picker, which would cover the weekdays
    page.select_option("#id_recurrence", "monthly")

    expect(page.locator("#id_interval")).to_be_hidden()
    expect(page.get_by_label("Welke week van de maand")).to_be_visible()
    page.select_option("#id_month_week", "2")
    page.wait_for_load_state("networkidle")  # the sentence is fetched and drawn: the fields stop moving
    page.get_by_label("dinsdag").check()
    expect(page.locator(SENTENCE)).to_have_text(
        re.compile("^Elke 2e dinsdag van de maand, 10:00\N{EN DASH}12:00, vanaf 12 januari( 2027)?$")
    )
    page.locator(SENTENCE).scroll_into_view_if_needed()
    screenshot(page, "activiteit-maandelijks.png")

    page.select_option("#id_recurrence", "weekly")
    expect(page.locator("#id_interval")).to_be_visible()
    expect(page.locator("#id_month_week")).to_be_hidden()
    page.select_option("#id_recurrence", "monthly")

    publish_and_open(page, demo_site, "Lotgenotengroep op dinsdag")


def test_an_editor_places_a_location_on_the_map(page, demo_site):
    log_in(page)
    page.goto("/admin/snippets/socialmap/location/add/")
    page.fill("#id_name", "Buurthuis De Kaart")
    page.fill("#id_street_address", "Dijk 8")
    page.fill("#id_city", "Enkhuizen")
    canvas = page.locator("[data-map-picker-canvas]")
    expect(canvas).to_be_visible()
    canvas.scroll_into_view_if_needed()
    canvas.click(position={"x": 200, "y": 120})

    expect(page.locator("#id_latitude")).to_have_value(re.compile(r"^5\d\.\d{6}$"))
    expect(page.locator("#id_longitude")).to_have_value(re.compile(r"^\d\.\d{6}$"))
    expect(page.locator(".leaflet-marker-icon")).to_be_visible()
    screenshot(page, "plek-op-de-kaart.png")
    latitude = page.locator("#id_latitude").input_value()

    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_contain_text("Buurthuis De Kaart")
    saved = demo_site.query(
        "from herstelnetwerk.socialmap.models import Location;"
        "print(Location.objects.get(name='Buurthuis De Kaart').latitude)"
    )
    assert saved == latitude


def test_the_dashboard_shows_each_role_its_own_panels(page, demo_site):
    title = demo_site.query(
        "from herstelnetwerk.agenda.models import ActivityPage;"
        "activity = ActivityPage.objects.live().order_by('pk').first();"
        "ActivityPage.objects.filter(pk=activity.pk).update(organiser=None); print(activity.title)"
    )
    log_in(page)
    page.goto("/admin/")
    panel = page.locator("#agenda-care-section")
    expect(page.get_by_role("heading", name="Agenda: activiteiten om na te kijken")).to_be_visible()
    expect(panel.get_by_role("link", name=title)).to_be_visible()
    expect(page.get_by_role("heading", name="Trainingsgroepen: wat aandacht nodig heeft")).to_have_count(0)
    screenshot(page, "dashboard-redactie.png")


def test_a_coordinator_sees_the_cohorts_that_need_care(browser, demo_server, demo_site):
    demo_site.query(
        "from django.contrib.auth.models import Group, User; from vrijwilligers import enrolment;"
        "from vrijwilligers.models import TrainingCohort;"
        "user = User.objects.create_user('cor', password='dashboard-123-geheim', is_staff=True);"
        "user.groups.add(Group.objects.get(name='Vrijwilligerscoördinatie'));"
        "cohort = TrainingCohort.objects.order_by('pk').first(); cohort.capacity = 1; cohort.save();"
        "people = [enrolment.enrol(cohort.pk, name=n, email=n.split()[0].lower() + '@example.org', phone='',"
        " consent_version=1) for n in ('Sem Visser', 'Lotte Smit')];"
        "[enrolment.confirm(p.pk) for p in people]; print(cohort.pk)"
    )
    context = browser.new_context(base_url=demo_server.url, locale="nl-NL")
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "cor")
    page.fill("#id_password", "dashboard-123-geheim")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    panel = page.locator("#volunteers-care-section")
    expect(page.get_by_role("heading", name="Trainingsgroepen: wat aandacht nodig heeft")).to_be_visible()
    expect(panel.get_by_role("heading", name="Vol")).to_be_visible()
    expect(panel.get_by_role("heading", name="Met een wachtlijst")).to_be_visible()
    expect(page.get_by_role("heading", name="Agenda: activiteiten om na te kijken")).to_have_count(0)
    screenshot(page, "dashboard-coordinatie.png")
    context.close()
