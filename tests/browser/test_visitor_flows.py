"""What visitors do, in a real browser: filter the agenda and the map, read a story behind its warning, volunteer."""

import re

from playwright.sync_api import expect

from tests.support.demo_server import DemoSite


def test_filtering_the_agenda_keeps_the_choices_in_the_url(page):
    page.goto("/agenda/")
    page.get_by_label("Deelregio").select_option(label="Texel")
    page.get_by_label("Alleen gratis activiteiten").check()
    page.get_by_role("button", name="Toon resultaten").click()

    expect(page).to_have_url(re.compile(r"/agenda/\?.*subregion=texel.*free=on"))
    expect(page.get_by_role("heading", name="Inloop op Texel").first).to_be_visible()
    expect(page.get_by_label("Deelregio")).to_have_value("texel")


def test_filtering_the_social_map_and_its_map(page):
    page.goto("/sociale-kaart/")
    page.get_by_label("Naam of woord").fill("wijkteam")
    page.get_by_label("Gemeente").select_option(label="Hoorn")
    page.get_by_role("button", name="Toon resultaten").click()

    expect(page.get_by_role("link", name="Sociaal wijkteam Hoorn")).to_be_visible()
    expect(page.locator("[data-social-map]")).to_be_visible()
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()


def test_a_story_behind_a_content_warning_opens_with_the_keyboard(page):
    page.goto("/verhalen/een-nieuwe-dag/")
    story = page.get_by_text("Die nacht was het begin van hulp.")
    expect(page.get_by_role("heading", name="Voordat je gaat lezen")).to_be_visible()
    expect(story).to_be_hidden()

    page.get_by_text("Ja, laat het verhaal zien").focus()
    page.keyboard.press("Enter")

    expect(story).to_be_visible()


def test_volunteer_sign_up_keeps_what_was_typed_after_an_error(page):
    page.goto("/vrijwilligers/")
    page.get_by_label("Je naam").fill("Sanne de Vries")
    page.get_by_label("E-mailadres").fill("geen-adres")
    page.get_by_label("Gemeente waar je woont").select_option(label="Hoorn")
    page.get_by_label("Maatje").check()
    page.get_by_label("Wanneer kun je?").fill("Dinsdagochtend")
    page.get_by_label("Waarom wil je vrijwilliger worden?").fill("Ik wil iets terugdoen.")
    page.get_by_role("button", name="Aanmelding versturen").click()

    expect(page.get_by_role("alert")).to_contain_text("Er is nog iets niet goed ingevuld")
    expect(page.get_by_label("Je naam")).to_have_value("Sanne de Vries")
    expect(page.get_by_label("Maatje")).to_be_checked()

    page.get_by_label("E-mailadres").fill("sanne@example.org")
    page.get_by_label("Ik ga akkoord").check()
    page.get_by_role("button", name="Aanmelding versturen").click()

    expect(page.get_by_role("heading", name="Bedankt voor je aanmelding")).to_be_visible()


def test_enrolling_in_a_cohort_and_cancelling_with_the_link(page, demo_site: DemoSite):
    page.goto("/vrijwilligers/herstelgroep-begeleiden/")
    page.locator("a.button", has_text=re.compile("Inschrijven|Op de wachtlijst")).first.click()
    page.get_by_label("Je naam").fill("Pieter Bakker")
    page.get_by_label("E-mailadres").fill("pieter@example.org")
    page.get_by_label("Ik ga akkoord").check()
    page.get_by_role("button", name="Inschrijven").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("Je bent ingeschreven|Je staat op de wachtlijst")
    )

    token = demo_site.query(
        "from vrijwilligers.models import Enrollment; from vrijwilligers.enrolment import cancel_token;"
        "print(cancel_token(Enrollment.objects.filter(email='pieter@example.org').latest('pk')))"
    )
    page.goto(f"/vrijwilligers/afmelden/?token={token}")
    page.get_by_role("button", name="Ja, meld mij af").click()

    expect(page.get_by_role("status")).to_contain_text("Je bent afgemeld")
