"""An editor publishes in the Wagtail admin: an activity straight away, a story through the "Verhaal review" workflow."""

import re

from playwright.sync_api import expect

from tests.support.demo_server import EDITOR_PASSWORD, EDITOR_USERNAME

PARAGRAPH_EDITOR = "[data-streamfield-child] .public-DraftEditor-content"


def log_in(page):
    page.goto("/admin/login/")
    page.fill("#id_username", EDITOR_USERNAME)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def open_action_menu(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def page_id(demo_site, model_path):
    module, model = model_path.rsplit(".", 1)
    return demo_site.query(f"from {module} import {model}; print({model}.objects.get().pk)")


def public_url(demo_site, model_path, title):
    module, model = model_path.rsplit(".", 1)
    return demo_site.query(
        f"from {module} import {model}; print({model}.objects.live().get(title={title!r}).url)"
    )


def test_an_editor_publishes_an_activity(page, demo_site):
    log_in(page)
    page.goto(
        f"/admin/pages/add/agenda/activitypage/{page_id(demo_site, 'herstelnetwerk.agenda.models.AgendaPage')}/"
    )
    page.fill("#id_title", "Schrijfcafé in de bibliotheek")
    page.fill("#id_intro", "Samen schrijven over wat je bezighoudt.")
    page.select_option("#id_activity_type", "creatief")
    page.fill("#id_start_date", "2027-01-12")
    page.fill("#id_start_time", "10:00")
    page.fill("#id_end_time", "12:00")
    page.fill("#id_online_url", "https://meet.herstelnetwerk.example/schrijfcafe")
    open_action_menu(page)
    page.locator('button[name="action-publish"]').click()

    expect(page.locator(".messages")).to_contain_text("Schrijfcafé in de bibliotheek")
    page.goto(
        public_url(demo_site, "herstelnetwerk.agenda.models.ActivityPage", "Schrijfcafé in de bibliotheek")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Schrijfcafé in de bibliotheek")


def test_an_editor_submits_a_story_for_review_and_approves_it(page, demo_site):
    log_in(page)
    page.goto(f"/admin/pages/add/verhalen/storypage/{page_id(demo_site, 'verhalen.models.StoryIndexPage')}/")
    page.fill("#id_title", "Weer buiten durven")
    page.fill("#id_intro", "Hoe ik na een lange tijd weer naar buiten ging.")
    page.select_option("#id_author", "anonymous")
    page.locator("button.c-sf-add-button").first.click()
    page.locator(".w-combobox__option", has_text="Alinea").first.click()
    paragraph = page.locator(PARAGRAPH_EDITOR).first
    paragraph.click()
    page.keyboard.type("Eerst tot de brievenbus, toen tot de hoek van de straat.")
    # Draftail saves its content into the form field after a short delay: post only once it is there.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("tot de hoek van de straat"))
    open_action_menu(page)
    page.locator('button[name="action-submit"]').click()
    expect(page.locator(".messages")).to_contain_text("Weer buiten durven")

    story_id, live = demo_site.query(
        "from verhalen.models import StoryPage; story = StoryPage.objects.get(title='Weer buiten durven');"
        "print(story.pk, story.live)"
    ).split()
    assert live == "False", "a story waits for review before it is published"
    page.goto(f"/admin/pages/{story_id}/edit/")
    expect(page.locator(PARAGRAPH_EDITOR).first).to_contain_text("tot de hoek")  # the form is ready to post
    open_action_menu(page)
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    expect(page.locator(".messages")).to_contain_text("Weer buiten durven")

    page.goto(public_url(demo_site, "verhalen.models.StoryPage", "Weer buiten durven"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Weer buiten durven")


def test_a_coordinator_marks_attendance_on_a_phone(browser, demo_server, demo_site):
    """390 px wide, as on a phone during the session: one tap per person, then save."""
    ids = demo_site.query(
        "from django.contrib.auth.models import Group, User; from vrijwilligers import enrolment;"
        "from vrijwilligers.models import TrainingCohort;"
        "user = User.objects.create_user('carla', password='telefoon-123-geheim', is_staff=True);"
        "user.groups.add(Group.objects.get(name='Vrijwilligerscoördinatie'));"
        "cohort = TrainingCohort.objects.order_by('pk').last(); cohort.capacity = 50; cohort.save();"
        "people = [enrolment.enrol(cohort.pk, name=n, email=n.split()[0].lower() + '@example.org', phone='',"
        " consent_version=1) for n in ('Mila Jansen', 'Noor de Wit')];"
        "[enrolment.confirm(p.pk) for p in people];"
        "print(cohort.pk, cohort.sessions.first().pk)"
    )
    cohort_id, session_id = ids.split()
    context = browser.new_context(
        base_url=demo_server.url, locale="nl-NL", viewport={"width": 390, "height": 844}, is_mobile=True
    )
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "carla")
    page.fill("#id_password", "telefoon-123-geheim")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/vrijwilligers/groep/{cohort_id}/aanwezigheid/{session_id}/")
    mila = page.get_by_role("group", name="Mila Jansen")
    present = mila.locator("label", has_text="Aanwezig")
    box = present.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["height"] >= 44, box
    present.click()
    page.get_by_role("group", name="Noor de Wit").locator("label", has_text="Afgemeld").click()
    page.get_by_role("button", name="Aanwezigheid opslaan").click()

    expect(page.locator(".messages")).to_contain_text("De aanwezigheid is opgeslagen")
    marks = demo_site.query(
        "from vrijwilligers.models import Attendance;"
        "print(sorted(Attendance.objects.values_list('enrollment__name', 'status')))"
    )
    assert marks == "[('Mila Jansen', 'present'), ('Noor de Wit', 'excused')]"
    context.close()
