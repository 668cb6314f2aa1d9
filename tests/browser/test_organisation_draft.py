"""An editor creates an organisation as a draft in the admin (the slug fills itself from the name), then publishes it."""

import re

from playwright.sync_api import expect

from tests.browser.test_editor_flows import log_in, open_action_menu

NAME = "Herstelcafé Den Helder"


def organisation(demo_site):
    return demo_site.query(
        "from herstelnetwerk.socialmap.models import Organisation;"
        f"o = Organisation.objects.filter(name={NAME!r}).first();"
        "print(o and f'{o.pk} {o.slug} {o.live}')"
    )


def test_an_editor_creates_an_organisation_as_a_draft_and_publishes_it(page, demo_site):
    log_in(page)
    page.goto("/admin/snippets/socialmap/organisation/add/")
    page.fill("#id_name", NAME)
    page.locator("#id_name").blur()
    expect(page.locator("#id_slug")).to_have_value("herstelcafe-den-helder")
    page.select_option("#id_kind", "herstel")
    page.fill("#id_description", "Elke week koffie en een goed gesprek.")
    page.locator("footer").get_by_role("button", name=re.compile("Bewaar concept", re.IGNORECASE)).click()

    expect(page.locator(".messages")).to_contain_text(NAME)
    pk, slug, live = organisation(demo_site).split()
    assert (slug, live) == ("herstelcafe-den-helder", "False"), "saved as a draft, not on the site"
    assert page.request.get(f"/sociale-kaart/{slug}/").status == 404

    page.goto(f"/admin/snippets/socialmap/organisation/edit/{pk}/")
    open_action_menu(page)
    page.locator('button[name="action-publish"]').click()

    expect(page.locator(".messages")).to_contain_text(NAME)
    assert organisation(demo_site).split()[2] == "True"
    page.goto(f"/sociale-kaart/{slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
