"""Organisation pages, the CSV and HSDS exports, the CSV import (admin and command) and the admin screens."""

import csv
import io
import json
import re
import uuid
from datetime import date, time

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.test.utils.page_tests import WagtailPageTestCase

from herstelnetwerk.models import HomePage, SubregionPage, Theme
from herstelnetwerk.socialmap import csv_io, exports
from herstelnetwerk.socialmap.models import Holiday, OpeningHoursException, Organisation, SocialMapPage
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory, ServiceFactory


@pytest.fixture
def organisation(social_map, subregion):
    found = OrganisationFactory(
        name="Herstelcafé <Noord>", slug="herstelcafe-noord", website="https://herstel.example"
    )
    ServiceFactory(organisation=found, name="Herstelgroep", cost="free", referral_needed=False)
    place = PlaceFactory(organisation=found, municipality=subregion.municipalities.get(slug="schagen"))
    OpeningHoursFactory(location=place, weekday=timezone.localdate().weekday(), note="inloop")
    return found


def test_organisation_page_shows_services_today_contact_and_structured_data(client, organisation):
    html = client.get("/sociale-kaart/herstelcafe-noord/").content.decode()

    assert "<h1>Herstelcafé &lt;Noord&gt;</h1>" in html
    assert "Herstelgroep" in html and "Geen verwijzing nodig." in html
    assert "Vandaag:</strong>" in html and "09:00\u201317:00 (inloop)" in html
    assert 'href="tel:072123' in html
    # Addresses on a reserved example domain cannot work: left out of the page and its structured data.
    assert "herstelcafe-noord.example" not in html and "herstel.example" not in html
    assert "openstreetmap.org/?mlat=52.787400" in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "LocalBusiness"
    assert data["name"] == "Herstelcafé <Noord>"
    assert data["openingHoursSpecification"][0]["opens"] == "09:00"


def test_unknown_organisation_is_not_found(client, social_map):
    assert client.get("/sociale-kaart/bestaat-niet/").status_code == 404


def test_csv_export_has_a_row_per_organisation(client, organisation):
    response = client.get("/sociale-kaart/export.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert [row["slug"] for row in rows] == ["herstelcafe-noord"]
    assert rows[0]["location_municipality"] == "schagen"


def test_hsds_export_has_the_open_referral_shapes(client, organisation):
    Theme.objects.create(name="Eenzaamheid", slug="eenzaamheid")

    data = client.get("/sociale-kaart/export.json").json()

    org = data["organizations"][0]
    assert set(org) >= {"id", "name", "description", "services", "locations", "phones", "email", "website"}
    assert org["services"][0]["cost_options"][0] | {"id": ""} == {"id": "", "amount": 0, "currency": "EUR"}
    location = org["locations"][0]
    assert location["addresses"][0]["country"] == "NL"
    assert location["schedules"][0]["freq"] == "WEEKLY"
    assert data["taxonomy_terms"][0]["vocabulary"] == "herstelnetwerk-thema"


def every_value(data, key=None):
    """(key, value) for every value in ``data``, at any depth."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield from every_value(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from every_value(value, key)
    else:
        yield key, data


def test_hsds_ids_are_stable_uuids_and_empty_values_are_left_out(client, organisation):
    place = organisation.locations.get()
    OpeningHoursException.objects.create(
        location=place, starts=date(2026, 12, 24), ends=date(2026, 12, 26), note="Kerst"
    )
    OpeningHoursException.objects.create(
        location=place,
        starts=date(2026, 12, 31),
        ends=date(2026, 12, 31),
        closed=False,
        opens=time(10),
        closes=time(12),
    )
    Holiday.objects.create(name="Nieuwjaarsdag", starts=date(2099, 1, 1), ends=date(2099, 1, 1))
    organisation.closed_on_holidays = True
    organisation.last_reviewed = date(2026, 3, 12)
    organisation.save()

    first = client.get("/sociale-kaart/export.json").json()
    second = client.get("/sociale-kaart/export.json").json()

    assert first == second
    ids = [value for key, value in every_value(first) if key == "id" or (key or "").endswith("_id")]
    assert len(ids) > 10
    assert all(str(uuid.UUID(value)) == value for value in ids)
    assert all(value not in (None, "", []) for _key, value in every_value(first))
    org = first["organizations"][0]
    assert org["id"] == str(uuid.uuid5(exports.HSDS_NAMESPACE, "organization/herstelcafe-noord"))
    assert org["services"][0]["assured_date"] == "2026-03-12"
    schedules = org["locations"][0]["schedules"]
    assert [
        (s.get("valid_from"), s.get("valid_to"), s.get("opens_at"), s["description"]) for s in schedules[1:]
    ] == [
        ("2026-12-24", "2026-12-26", None, "Gesloten"),
        ("2026-12-31", "2026-12-31", "10:00", "Afwijkende openingstijden"),
        ("2099-01-01", "2099-01-01", None, "Gesloten"),
    ]
    assert schedules[2]["byday"] == "TH"


def csv_text(*rows):
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=csv_io.COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(dict.fromkeys(csv_io.COLUMNS, "") | row)
    return stream.getvalue()


def test_import_is_idempotent_and_reports_bad_lines_without_losing_the_rest(subregion):
    Theme.objects.create(name="Schulden", slug="schulden")
    text = csv_text(
        {
            "slug": "wijkteam-schagen",
            "name": "Wijkteam Schagen",
            "kind": "sociaal-team",
            "themes": "schulden",
            "municipalities_served": "schagen",
            "location_name": "Wijkpunt",
            "street_address": "Hoep 3",
            "city": "Schagen",
            "location_municipality": "schagen",
            "latitude": "52.78",
            "longitude": "4.79",
            "walk_in": "ja",
        },
        {"slug": "kapot", "name": "", "kind": "onbekend", "email": "geen-adres"},
        {"slug": "inloop-x", "name": "Inloop X", "kind": "herstel", "themes": "bestaat-niet"},
    )

    first = csv_io.import_text(text)
    second = csv_io.import_text(text)

    assert (first.created, first.updated, second.created, second.updated) == (1, 0, 0, 1)
    assert [line for line, _message in first.errors] == [3, 4]
    assert "bestaat-niet" in first.errors[1][1]
    organisation = Organisation.objects.get(slug="wijkteam-schagen")
    assert organisation.walk_in and organisation.locations.count() == 1
    assert list(organisation.themes.values_list("slug", flat=True)) == ["schulden"]


def test_import_and_export_commands(tmp_path, subregion):
    source = tmp_path / "kaart.csv"
    source.write_text(
        csv_text({"slug": "a", "name": "A", "kind": "overig"}, {"slug": "b", "name": "", "kind": "overig"})
    )

    with pytest.raises(CommandError):
        call_command("socialmap_import", str(source), stdout=io.StringIO(), stderr=io.StringIO())
    call_command("socialmap_export", str(tmp_path / "uit.csv"), stdout=io.StringIO())

    assert Organisation.objects.filter(slug="a").exists()
    assert "a,A,overig" in (tmp_path / "uit.csv").read_text()


def test_admin_import_view_reports_lines(admin_client, subregion):
    upload = SimpleUploadedFile(
        "kaart.csv", csv_text({"slug": "a", "name": "A", "kind": "overig"}, {"slug": "b"}).encode()
    )

    html = admin_client.post("/admin/sociale-kaart/import/", {"file": upload}).content.decode()

    assert "1 nieuw, 0 bijgewerkt." in html
    assert "Regel 3" in html


def test_admin_import_refuses_other_files(admin_client):
    upload = SimpleUploadedFile("kaart.xlsx", b"PK\x03\x04")

    html = admin_client.post("/admin/sociale-kaart/import/", {"file": upload}).content.decode()

    assert "Kies een .csv-bestand." in html


def test_editors_without_permission_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("lezer", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get("/admin/sociale-kaart/import/")

    assert response.status_code == 302  # Wagtail turns PermissionDenied into a redirect with a message
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("query", ["", "herstel", "'; --"])
def test_admin_snippet_listing_and_search_work_on_any_database(admin_client, organisation, query):
    response = admin_client.get("/admin/snippets/socialmap/organisation/", {"q": query})

    assert response.status_code == 200


def test_subregion_page_lists_organisations_serving_it(client, organisation, subregion):
    html = client.get(subregion.url).content.decode()

    assert "Organisaties in de buurt" in html
    assert "Herstelcafé &lt;Noord&gt;" in html


class TestPageTree(WagtailPageTestCase):
    def test_one_social_map_under_the_home_page_without_children(self):
        self.assertAllowedParentPageTypes(SocialMapPage, {HomePage})
        self.assertAllowedSubpageTypes(SocialMapPage, set())
        self.assertCanNotCreateAt(SubregionPage, SocialMapPage)
