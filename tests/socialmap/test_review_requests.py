"""Organisations check their own entry: the daily command, the worker's mail, the signed link, "Alles klopt nog"."""

import io
import re
from datetime import date
from urllib.parse import urlencode, urlsplit

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from herstelnetwerk.socialmap.models import Organisation, ReviewRequest
from herstelnetwerk.socialmap.review import review_token
from tests.socialmap.factories import OrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def send_review_requests():
    out = io.StringIO()
    call_command("socialmap_send_review_requests", stdout=out)
    return int(out.getvalue().split()[0])


def run_worker():
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO(), verbosity=0
    )


def checked_months_ago(months, **fields):
    organisation = OrganisationFactory(**fields)
    Organisation.objects.filter(pk=organisation.pk).update(
        last_reviewed=timezone.localdate() - relativedelta(months=months)
    )
    return Organisation.objects.get(pk=organisation.pk)


def test_mail_link_and_everything_is_still_right(client, social_map):
    due = checked_months_ago(7, name="Inloophuis", slug="inloophuis")
    checked_months_ago(2)  # not due yet
    checked_months_ago(8, email="")  # no address to write to

    assert send_review_requests() == 1
    assert send_review_requests() == 0  # never twice
    assert not mail.outbox  # the worker sends it, not the command
    run_worker()
    run_worker()

    assert len(mail.outbox) == 1 and mail.outbox[0].to == [due.email]
    found = urlsplit(re.search(r"https?://\S+/controleren/\S+", mail.outbox[0].body).group(0))
    link = f"{found.path}?{found.query}"
    page = client.get(link)
    assert page.status_code == 200 and "Inloophuis" in page.content.decode()
    assert "no-store" in page["Cache-Control"]  # a personal link: never cached

    client.post(link)

    assert Organisation.objects.get(pk=due.pk).last_reviewed == timezone.localdate()
    assert ReviewRequest.objects.get().sent_at is not None
    assert send_review_requests() == 0  # checked: the reminders stop
    used = client.get(link)
    assert used.status_code == 400 and "Deze link werkt niet meer" in used.content.decode()


def test_a_request_for_an_entry_checked_in_the_meantime_is_not_sent(social_map):
    organisation = checked_months_ago(7)
    send_review_requests()
    Organisation.objects.filter(pk=organisation.pk).update(last_reviewed=date.today())

    run_worker()

    assert not mail.outbox


@pytest.mark.parametrize("token", ["kapot", "eyJvcmdhbmlzYXRpb24iOjF9:1abc:xyz", "a" * 300])
def test_tampered_links_give_a_friendly_page(client, social_map, token):
    checked_months_ago(7)
    for method in (client.get, client.post):
        response = method(f"/sociale-kaart/controleren/?{urlencode({'token': token})}")
        assert response.status_code == 400 and "Deze link werkt niet meer" in response.content.decode()


def test_expired_links_give_a_friendly_page(client, social_map, settings):
    organisation = checked_months_ago(7)
    settings.SOCIALMAP_REVIEW_LINK_DAYS = -1
    response = client.post(f"/sociale-kaart/controleren/?{urlencode({'token': review_token(organisation)})}")
    assert response.status_code == 400 and "Deze link werkt niet meer" in response.content.decode()
    assert Organisation.objects.get().last_reviewed != timezone.localdate()
