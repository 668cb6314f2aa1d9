"""The editor's Checks panel and the userbar run the content checker with the project's rules (issue 17)."""

import json
import re

from herstelnetwerk.content_checks import VAGUE_ALT_TEXT
from tests.herstelnetwerk.factories import StandardPageFactory


def axe_configuration(html):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "no content checker on this screen"
    return json.loads(match.group(1))


def test_the_checks_panel_uses_the_project_rules_in_dutch(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Over ons")

    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    configuration = axe_configuration(html)

    assert {"link-name", "image-alt", "identical-links-same-purpose"} <= set(
        configuration["options"]["runOnly"]
    )
    messages = configuration["messages"]["identical-links-same-purpose"]
    assert messages["error_name"] == "Links met dezelfde tekst gaan naar verschillende plekken"
    assert "klik hier" in messages["help_text"]
    assert "data-content-word-count" in html  # Wagtail's content metrics (words, reading time)


def test_the_userbar_on_the_site_uses_them_too(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Over ons")

    configuration = axe_configuration(admin_client.get(page.url).content.decode())

    assert "identical-links-same-purpose" in configuration["options"]["runOnly"]


def test_vague_alt_texts_are_reported():
    vague = re.compile(VAGUE_ALT_TEXT, re.I)
    assert all(vague.search(text) for text in ["IMG_2031.jpg", "foto", "Afbeelding 3", "groep_foto"])
    assert not any(
        vague.search(text) for text in ["Twee mensen wandelen langs het water", "Foto van de groep"]
    )
