"""Organisations as drafts: saved, previewed and published in the admin; visitors only ever see live rows."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from herstelnetwerk.socialmap.models import Organisation
from herstelnetwerk.socialmap.wagtail_hooks import searchable_organisations
from tests.agenda.factories import ActivityPageFactory, AgendaPageFactory
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    return client


def organisation_form(**fields):
    data = {
        "name": "Herstelcafé Den Helder",
        "slug": "",
        "kind": "herstel",
        "description": "Elke week koffie en een goed gesprek.",
        "phone": "",
        "email": "",
        "website": "",
        "last_reviewed": "",
        "services": inline_formset([]),
    }
    return nested_form_data({**data, **fields})


def everything_public(client, social_map):
    """What every public reader shows, as text: the map, kaart.json, both exports and the search types."""
    map_page = client.get(social_map.url).content.decode()
    markers = client.get(f"{social_map.url}kaart.json").json()["markers"]
    hsds = json.loads(client.get(f"{social_map.url}export.json").content)
    rows = list(csv.DictReader(io.StringIO(client.get(f"{social_map.url}export.csv").content.decode())))
    searchable = searchable_organisations()[0].queryset()
    return {
        "map": map_page,
        "markers": [marker["name"] for marker in markers],
        "hsds": [organisation["name"] for organisation in hsds["organizations"]],
        "csv": [row["name"] for row in rows],
        "search": [organisation.name for organisation in searchable],
        "indexed": [organisation.name for organisation in Organisation.get_indexed_objects()],
    }


def test_a_draft_is_seen_by_no_public_reader(client, social_map):
    live = OrganisationFactory(name="Open Huis")
    PlaceFactory(organisation=live)
    draft = OrganisationFactory(name="Nog Geheim Huis", live=False)
    PlaceFactory(organisation=draft)

    seen = everything_public(client, social_map)

    assert "Open Huis" in seen["map"] and "Nog Geheim" not in seen["map"]
    for reader in ("markers", "hsds", "csv", "search", "indexed"):
        assert seen[reader] == ["Open Huis"], reader
    assert client.get(social_map.organisation_url(draft)).status_code == 404
    assert client.get(social_map.organisation_url(live)).status_code == 200
    found = client.get("/zoeken/", {"q": "huis"})
    assert found.status_code == 200
    assert "Open Huis" in found.content.decode() and "Nog Geheim" not in found.content.decode()


def test_a_draft_of_a_live_organisation_keeps_the_live_content_until_published(client, social_map):
    organisation = OrganisationFactory(name="Open Huis", description="Oude tekst.")
    organisation.description = "Nieuwe tekst."
    revision = organisation.save_revision()
    url = social_map.organisation_url(organisation)

    assert "Oude tekst." in client.get(url).content.decode()
    assert Organisation.objects.get(pk=organisation.pk).has_unpublished_changes

    revision.publish()
    assert "Nieuwe tekst." in client.get(url).content.decode()


def test_publishing_an_older_draft_never_undoes_a_check(social_map):
    from datetime import date

    from django.utils import timezone

    from herstelnetwerk.socialmap import review

    organisation = OrganisationFactory(name="Open Huis", last_reviewed=date(2024, 1, 1))
    organisation.description = "Nieuwe tekst."
    revision = organisation.save_revision()
    review.confirm(organisation)  # "Nog steeds juist" while the draft waits

    type(revision).objects.get(pk=revision.pk).publish()  # as the admin does: the revision read afresh

    published = Organisation.objects.get(pk=organisation.pk)
    assert published.description == "Nieuwe tekst." and published.last_reviewed == timezone.localdate()


def test_slug_from_the_name_and_unique():
    first = Organisation.objects.create(name="Stichting Één Zorg", kind="welzijn")
    second = Organisation(name="Stichting Één Zorg", kind="welzijn")
    second.full_clean()

    assert first.slug == "stichting-een-zorg"
    assert second.slug == "stichting-een-zorg-2"


def test_create_as_draft_preview_and_publish_in_the_admin(editor_client, social_map, client):
    response = editor_client.post(reverse("wagtailsnippets_socialmap_organisation:add"), organisation_form())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    organisation = Organisation.objects.get(name="Herstelcafé Den Helder")
    assert organisation.slug == "herstelcafe-den-helder"
    assert not organisation.live
    assert client.get(social_map.organisation_url(organisation)).status_code == 404

    preview_url = reverse("wagtailsnippets_socialmap_organisation:preview_on_edit", args=[organisation.pk])
    form = organisation_form(description="Te zien in de voorvertoning.")
    assert editor_client.post(preview_url, form).json()["is_valid"]
    preview = editor_client.get(preview_url).content.decode()
    assert "Te zien in de voorvertoning." in preview and "<h1>Herstelcafé Den Helder</h1>" in preview

    edit_url = reverse("wagtailsnippets_socialmap_organisation:edit", args=[organisation.pk])
    response = editor_client.post(
        edit_url, organisation_form(slug=organisation.slug, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.live and organisation.live_revision is not None
    assert client.get(social_map.organisation_url(organisation)).status_code == 200


def test_preview_shows_services_from_the_form_and_todays_hours(editor_client, social_map):
    organisation = OrganisationFactory(name="Open Huis")
    OpeningHoursFactory(location=PlaceFactory(organisation=organisation, name="Buurthuis De Kaap"))
    service = {"name": "Koffie-inloop", "description": "", "cost": "free", "target_groups": ""}
    url = reverse("wagtailsnippets_socialmap_organisation:preview_on_edit", args=[organisation.pk])

    form = organisation_form(name="Open Huis", slug=organisation.slug, services=inline_formset([service]))
    assert editor_client.post(url, form).json()["is_valid"]
    html = editor_client.get(url).content.decode()

    assert "Koffie-inloop" in html and "Buurthuis De Kaap" in html
    assert not organisation.services.exists()  # a preview saves nothing


def test_deleting_an_organiser_of_activities_is_refused_with_an_explanation(editor_client, home_page):
    agenda = AgendaPageFactory(parent=home_page)
    organisation = OrganisationFactory(name="Open Huis")
    ActivityPageFactory(parent=agenda, title="Wandelgroep", organiser=organisation)
    unused = OrganisationFactory(name="Leeg")

    url = reverse("wagtailsnippets_socialmap_organisation:delete", args=[organisation.pk])
    response = editor_client.post(url, follow=True)

    assert response.status_code == 200
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    message = " ".join(str(message) for message in response.context["messages"])
    assert "Wandelgroep" in message and "Open Huis" in message

    editor_client.post(reverse("wagtailsnippets_socialmap_organisation:delete", args=[unused.pk]))
    assert not Organisation.objects.filter(pk=unused.pk).exists()


def test_a_draft_organiser_is_not_named_on_an_activity(client, home_page):
    agenda = AgendaPageFactory(parent=home_page)
    draft = OrganisationFactory(name="Nog Geheim", live=False)
    activity = ActivityPageFactory(parent=agenda, organiser=draft)

    assert "Nog Geheim" not in client.get(activity.url).content.decode()


def test_an_unpublished_organisation_leaves_the_elasticsearch_index(monkeypatch, social_map):
    from search import signal_handlers
    from search.engines.elastic import ElasticsearchEngine
    from tests.search.test_elasticsearch import FakeCluster

    cluster = FakeCluster()
    monkeypatch.setattr(signal_handlers, "engine", lambda: ElasticsearchEngine(cluster.client()))
    organisation = OrganisationFactory(name="Open Huis")

    signal_handlers.on_snippet_save(Organisation, organisation)
    organisation.live = False
    organisation.save()
    signal_handlers.on_snippet_save(Organisation, organisation)

    document = f"/herstelnetwerk/_doc/socialmap.organisation:{organisation.pk}"
    assert [(method, path) for method, path in cluster.paths() if path == document] == [
        ("PUT", document),
        ("DELETE", document),
    ]
