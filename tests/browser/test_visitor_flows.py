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
    tiles = []
    page.on("request", lambda request: tiles.append(request.url) if "openstreetmap" in request.url else None)
    page.goto("/sociale-kaart/")
    page.get_by_label("Naam of woord").fill("wijkteam")
    page.get_by_label("Gemeente").select_option(label="Hoorn")
    page.get_by_role("button", name="Toon resultaten").click()

    expect(page.get_by_role("link", name="Sociaal wijkteam Hoorn")).to_be_visible()
    expect(page.locator("[data-social-map]")).to_be_visible()
    expect(page.locator(".leaflet-marker-icon")).to_have_count(0)
    assert tiles == []  # nothing from OpenStreetMap before the visitor asks for the map

    page.get_by_role("button", name="Toon de kaart").click()

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


def test_enrol_confirm_by_link_read_the_briefing_and_cancel_on_my_enrolments(page, demo_site: DemoSite):
    demo_site.query(
        "from vrijwilligers.models import TrainingTrackPage;"
        "track = TrainingTrackPage.objects.get(slug='herstelgroep-begeleiden');"
        "track.briefing = '<p>Lees het werkboek hoofdstuk 1.</p>'; track.save();"
        "track.cohort_set.update(capacity=50); print('ok')"  # a place for Pieter, whatever other tests did
    )
    page.goto("/vrijwilligers/herstelgroep-begeleiden/")
    page.locator("a.button", has_text="Inschrijven").first.click()
    page.get_by_label("Je naam").fill("Pieter Bakker")
    page.get_by_label("E-mailadres").fill("pieter@example.org")
    page.get_by_label("Ik ga akkoord").check()
    page.get_by_role("button", name="Inschrijven").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kijk in je e-mail")
    expect(page.locator("main")).to_contain_text("We houden een plek voor je vrij")

    def link(function):  # the link the mail carries (the demo server's mail stays in its process)
        return demo_site.query(
            f"from vrijwilligers.models import Enrollment; from vrijwilligers.enrolment import {function};"
            f"print({function}(Enrollment.objects.filter(email='pieter@example.org').latest('pk')))"
        )

    page.goto(f"/vrijwilligers/bevestigen/?token={link('confirm_token')}")
    page.get_by_role("button", name="Ja, ik bevestig").click()
    expect(page.locator("main")).to_contain_text("Je hebt een plek")

    overview = demo_site.query(
        "from vrijwilligers.overview import overview_token; print(overview_token('pieter@example.org'))"
    )
    page.goto(f"/vrijwilligers/mijn-inschrijvingen/overzicht/?token={overview}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn inschrijvingen")
    expect(page.get_by_text("Lees het werkboek hoofdstuk 1.")).to_be_visible()
    page.get_by_role("button", name="Gelezen").click()
    expect(page.get_by_role("status")).to_contain_text("je hebt de voorbereiding gelezen")
    expect(page.locator("main")).to_contain_text("Je hebt dit gelezen op")
    page.get_by_role("button", name="Meld je af voor deze training").click()

    expect(page.get_by_role("status")).to_contain_text("Je bent afgemeld")
    assert (
        demo_site.query(
            "from vrijwilligers.models import Enrollment;"
            "print(Enrollment.objects.filter(email='pieter@example.org').latest('pk').status)"
        )
        == "cancelled"
    )
