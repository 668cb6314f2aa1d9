"""The HSDS export validates against Open Referral's own HSDS 3 JSON schema, as a consumer would check it.

The schema files are kept in ``tests/socialmap/hsds/schema/`` (source, commit and licence in the README there); their
relative ``$ref``s are resolved locally, never over the network. Formats are checked: ``uuid`` and ``email`` by
jsonschema itself, ``uri`` here (jsonschema checks it only with an extra package installed): an absolute URI of
RFC 3986, and a web address must name its host.
"""

import io
import json
import re
from datetime import date, time, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from herstelnetwerk.socialmap.models import Holiday, Location, OpeningHoursException, Organisation

SCHEMA_DIR = Path(__file__).parent / "hsds" / "schema"
#: RFC 3986 ``absolute-URI``: a scheme, then only characters a URI may hold (no spaces, quotes or brackets).
ABSOLUTE_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
BASE = "https://raw.githubusercontent.com/openreferral/specification/refs/heads/3.2/schema/"

pytestmark = pytest.mark.django_db


def registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append(
            (BASE + path.name, Resource.from_contents(contents, default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


def format_checker() -> FormatChecker:
    checker = FormatChecker(Draft202012Validator.FORMAT_CHECKER.checkers.keys())

    @checker.checks("uri")
    def is_uri(value):
        if not isinstance(value, str):
            return True
        if not ABSOLUTE_URI.fullmatch(value):
            return False
        parts = urlsplit(value)
        return parts.scheme not in ("http", "https") or bool(parts.hostname)

    return checker


def validator(entity: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": BASE + f"{entity}.json"}, registry=registry(), format_checker=format_checker()
    )


def errors(entity: str, instance) -> list[str]:
    return [
        f"{entity} {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator(entity).iter_errors(instance)
    ]


def test_the_checker_is_strict(client):
    """The same validation rejects what a consumer would: a non-UUID id, a null description, a bad URI."""
    assert errors("organization", {"id": "1", "name": "X", "description": "Y"})
    assert errors("schedule", {"id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f", "description": None})
    assert errors(
        "organization",
        {
            "id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f",
            "name": "X",
            "description": "Y",
            "website": "geen url",
        },
    )
    nested = {"id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f", "name": "X", "description": "Y"}
    nested["locations"] = [{"id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f", "location_type": "physical"}]
    nested["locations"][0]["schedules"] = [{"id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f", "freq": "DAILY"}]
    assert errors("organization", nested) == [
        "organization locations/0/schedules/0/freq: 'DAILY' is not one of ['WEEKLY', 'MONTHLY']"
    ]
    assert not errors(
        "organization", {"id": "6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f", "name": "X", "description": ""}
    )


def test_every_demo_organisation_in_the_export_validates(client):
    call_command("load_demo", stdout=io.StringIO())
    place = Location.objects.filter(organisation__isnull=False).first()
    today = date.today()
    OpeningHoursException.objects.create(location=place, starts=today, ends=today + timedelta(days=1))
    OpeningHoursException.objects.create(
        location=place, starts=today + timedelta(days=7), ends=today + timedelta(days=7), closed=False,
        opens=time(13), closes=time(15), note="Verbouwing",
    )  # fmt: skip
    Holiday.objects.create(name="Kerst", starts=date(today.year, 12, 25), ends=date(today.year, 12, 26))
    Organisation.objects.filter(pk=place.organisation_id).update(closed_on_holidays=True)

    data = client.get("/sociale-kaart/export.json").json()

    assert len(data["organizations"]) == Organisation.objects.live().count() >= 45
    found = []
    for organisation in data["organizations"]:
        found += errors("organization", organisation)
        for service in organisation.get("services", []):
            found += errors("service", service)
    for term in data["taxonomy_terms"]:
        found += errors("taxonomy_term", term)
    assert found == []

    schedules = [
        schedule
        for organisation in data["organizations"]
        for location in organisation.get("locations", [])
        for schedule in location.get("schedules", [])
    ]
    dated = [schedule for schedule in schedules if "valid_from" in schedule]
    assert len(dated) >= 3  # the two exceptions and the holiday
    for schedule in dated:
        assert date.fromisoformat(schedule["valid_from"]) <= date.fromisoformat(schedule["valid_to"])
    ids = list(every_id(data))
    assert len(ids) == len(set(ids)), "ids must be unique"


def every_id(data):
    if isinstance(data, dict):
        if "id" in data:
            yield data["id"]
        for key, value in data.items():
            if key != "id":
                yield from every_id(value)
    elif isinstance(data, list):
        for item in data:
            yield from every_id(item)
