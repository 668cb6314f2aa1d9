"""The HSDS schedules as CSV: weekly hours, exceptions (closed or other hours) and followed holidays, as in the JSON."""

import csv
import io
from datetime import date, time, timedelta

import pytest

from herstelnetwerk.socialmap.models import Holiday, OpeningHoursException
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def test_schedules_csv_carries_exceptions_like_the_json(client, social_map):
    organisation = OrganisationFactory(name="Inloophuis", slug="inloophuis", closed_on_holidays=True)
    place = PlaceFactory(organisation=organisation, name="Buurthuis")
    OpeningHoursFactory(location=place, weekday=1, opens=time(9), closes=time(12), note="inloop")
    start = date.today() + timedelta(days=10)
    OpeningHoursException.objects.create(
        location=place, starts=start, ends=start + timedelta(days=2), note="Verbouwing"
    )
    OpeningHoursException.objects.create(
        location=place, starts=start + timedelta(days=20), ends=start + timedelta(days=20), closed=False,
        opens=time(13), closes=time(15),
    )  # fmt: skip
    Holiday.objects.create(name="Kerstmis", starts=date(start.year, 12, 25), ends=date(start.year, 12, 26))
    Holiday.objects.create(name="Voorbij", starts=date(2020, 1, 1), ends=date(2020, 1, 1))
    draft = OrganisationFactory(name="Nog Geheim", live=False)
    OpeningHoursFactory(location=PlaceFactory(organisation=draft))

    response = client.get("/sociale-kaart/schedules.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_kind = {row["description"] or row["notes"]: row for row in rows}

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert {row["organisation"] for row in rows} == {"inloophuis"}
    assert len(rows) == 4
    weekly = by_kind["inloop"]
    assert (weekly["freq"], weekly["byday"], weekly["opens_at"], weekly["closes_at"]) == (
        "WEEKLY",
        "TU",
        "09:00",
        "12:00",
    )
    assert weekly["valid_from"] == ""
    closed = next(row for row in rows if row["notes"] == "Verbouwing")
    assert (closed["valid_from"], closed["valid_to"]) == (
        start.isoformat(),
        (start + timedelta(days=2)).isoformat(),
    )
    assert (closed["description"], closed["opens_at"], closed["freq"]) == ("Gesloten", "", "")
    other = by_kind["Afwijkende openingstijden"]
    assert (other["opens_at"], other["closes_at"], other["freq"]) == ("13:00", "15:00", "WEEKLY")
    holiday = next(row for row in rows if row["notes"] == "Kerstmis")
    assert (holiday["valid_from"], holiday["valid_to"], holiday["description"]) == (
        f"{start.year}-12-25",
        f"{start.year}-12-26",
        "Gesloten",
    )

    json_schedules = client.get("/sociale-kaart/export.json").json()["organizations"][0]["locations"][0][
        "schedules"
    ]
    assert [row["id"] for row in rows] == [schedule["id"] for schedule in json_schedules]
    assert all(row["location_id"] == json_schedules[0]["location_id"] for row in rows)
