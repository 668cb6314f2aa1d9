"""An organisation updates its own entry, end to end with the real worker:
mail → link → pre-filled form → draft revision → the editors' task (diff) → approval → live."""

import io
import re
from datetime import time, timedelta
from urllib.parse import urlsplit

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from herstelnetwerk.socialmap.models import Organisation, ReviewRequest
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO(), verbosity=0
    )


@pytest.fixture
def entry():
    organisation = OrganisationFactory(
        name="Inloophuis De Brug", slug="inloophuis-de-brug", description="Koffie en een praatje."
    )
    ServiceFactory(organisation=organisation, name="Koffie-inloop", description="Elke ochtend.")
    place = PlaceFactory(organisation=organisation, name="Buurthuis De Brug")
    OpeningHoursFactory(location=place, weekday=0, opens=time(9), closes=time(12), note="inloop")
    Organisation.objects.filter(pk=organisation.pk).update(
        last_reviewed=timezone.localdate() - relativedelta(months=7)
    )
    return Organisation.objects.get(pk=organisation.pk)


def mailed_link():
    call_command("socialmap_send_review_requests", stdout=io.StringIO())
    run_worker()
    found = urlsplit(re.search(r"https?://\S+/controleren/\S+", mail.outbox[-1].body).group(0))
    return f"{found.path}?{found.query}"


def update_data(entry, **entry_fields):
    place = entry.locations.get()
    service = entry.services.get()
    start = timezone.localdate() + timedelta(days=30)
    hours, exceptions, services = f"place-{place.pk}-hours", f"place-{place.pk}-exceptions", "services"
    data = {
        "update": "1",
        "entry-description": "Koffie, soep en een praatje.",
        "entry-phone": "0223-123456",
        "entry-email": entry.email,
        "entry-website": "https://debrug.example",
        f"{services}-TOTAL_FORMS": "2",
        f"{services}-INITIAL_FORMS": "1",
        f"{services}-0-id": str(service.pk),
        f"{services}-0-name": "Koffie-inloop",
        f"{services}-0-description": "Elke ochtend, ook op zaterdag.",
        f"{services}-1-name": "Soepmiddag",
        f"{services}-1-description": "",
        f"{hours}-TOTAL_FORMS": "2",
        f"{hours}-INITIAL_FORMS": "1",
        f"{hours}-0-weekday": "0",
        f"{hours}-0-opens": "09:00",
        f"{hours}-0-closes": "12:00",
        f"{hours}-0-note": "inloop",
        f"{hours}-1-weekday": "5",
        f"{hours}-1-opens": "10:00",
        f"{hours}-1-closes": "13:00",
        f"{hours}-1-note": "",
        f"{exceptions}-TOTAL_FORMS": "1",
        f"{exceptions}-INITIAL_FORMS": "0",
        f"{exceptions}-0-starts": start.isoformat(),
        f"{exceptions}-0-ends": (start + timedelta(days=1)).isoformat(),
        f"{exceptions}-0-closed": "on",
        f"{exceptions}-0-note": "Verbouwing",
    }
    data.update({f"entry-{name}": value for name, value in entry_fields.items()})
    return data


def test_mail_link_form_draft_approval_live(client, django_user_model, social_map, entry):
    link = mailed_link()
    form = client.get(link).content.decode()
    assert "Koffie en een praatje." in form and 'value="Koffie-inloop"' in form and 'value="09:00"' in form

    sent = client.post(link, update_data(entry))
    assert sent.status_code == 200 and "Bedankt voor je wijzigingen" in sent.content.decode()

    # A draft: the live entry is unchanged, the editors have a task.
    live = Organisation.objects.get(pk=entry.pk)
    assert live.live and live.has_unpublished_changes and live.description == "Koffie en een praatje."
    public = client.get("/sociale-kaart/inloophuis-de-brug/").content.decode()
    assert "Koffie en een praatje." in public and "Soepmiddag" not in public
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    assert task_state.task.name == "Vermelding goedkeuren" and task_state.revision == live.latest_revision

    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    compare = reverse(
        "wagtailsnippets_socialmap_organisation:revisions_compare",
        args=[entry.pk, "live", task_state.revision_id],
    )
    diff = client.get(compare).content.decode()
    assert "soep" in diff and "Soepmiddag" in diff and "ook op zaterdag" in diff
    preview = client.get(
        reverse(
            "wagtailsnippets_socialmap_organisation:revisions_view", args=[entry.pk, task_state.revision_id]
        )
    ).content.decode()
    assert (
        "Koffie, soep en een praatje." in preview and "Soepmiddag" in preview
    )  # the draft, on the public template
    assert "Verbouwing" in preview and "10:00\u201313:00" in preview  # the draft's exception and hours

    newer = PlaceFactory(organisation=entry, name="Tweede locatie")  # added while the draft waits

    approve = reverse(
        "wagtailsnippets_socialmap_organisation:workflow_action", args=[entry.pk, "approve", task_state.pk]
    )
    assert client.post(approve).status_code in (200, 302)

    live = Organisation.objects.get(pk=entry.pk)
    assert live.description == "Koffie, soep en een praatje." and not live.has_unpublished_changes
    assert live.last_reviewed == timezone.localdate() and live.phone == "0223-123456"
    assert [service.name for service in live.services.all()] == ["Koffie-inloop", "Soepmiddag"]
    assert live.locations.filter(pk=newer.pk).exists(), "approving the draft keeps a place added since"
    place = live.locations.get(name="Buurthuis De Brug")
    assert sorted(hours.weekday for hours in place.opening_hours.all()) == [0, 5]
    assert place.hour_exceptions.get().note == "Verbouwing"
    client.logout()
    public = client.get("/sociale-kaart/inloophuis-de-brug/").content.decode()
    assert "Koffie, soep en een praatje." in public and "Soepmiddag" in public
    assert client.get(link).status_code == 400  # checked: the link has done its work
    assert ReviewRequest.objects.count() == 1


def test_invalid_changes_are_shown_again_and_save_nothing(client, social_map, entry):
    link = mailed_link()
    data = update_data(entry, email="geen adres", website="javascript:alert(1)")
    place = entry.locations.get()
    data[f"place-{place.pk}-hours-1-closes"] = "09:00"  # before it opens

    response = client.post(link, data)
    html = response.content.decode()

    assert response.status_code == 200 and "Bedankt" not in html
    assert "Sluitingstijd moet na openingstijd liggen" in html or "na de openingstijd" in html
    assert 'aria-invalid="true"' in html
    organisation = Organisation.objects.get(pk=entry.pk)
    assert organisation.latest_revision is None and not organisation.has_unpublished_changes
    assert not TaskState.objects.exists()


def test_a_tampered_link_cannot_send_changes(client, social_map, entry):
    response = client.post("/sociale-kaart/controleren/?token=kapot", update_data(entry))
    assert response.status_code == 400 and "Deze link werkt niet meer" in response.content.decode()
    assert Organisation.objects.get(pk=entry.pk).latest_revision is None
