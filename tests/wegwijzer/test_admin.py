"""Editors tune the questions in the page editor, try combinations of answers, and see what visitors ask."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wegwijzer.counting import record
from wegwijzer.models import AskedCount

pytestmark = pytest.mark.django_db


def test_the_page_editor_shows_the_questions_and_their_mappings(admin_client, wegwijzer):
    response = admin_client.get(f"/admin/pages/{wegwijzer.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mensen ontmoeten die het snappen" in html
    assert "lotgenotengroep" in html  # the kinds of activity an answer maps to


def test_trying_answers_shows_what_they_return_and_how_far_it_looked(admin_client, wegwijzer, kop):
    response = admin_client.get("/admin/wegwijzer/proberen/", {"place": "Schagen", "need": "ontmoeten"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Niets past bij al je antwoorden." in html  # an empty site: let go of the answers, and said so
    assert "/wegwijzer/resultaat/?place=Schagen&amp;need=ontmoeten" in html
    assert not AskedCount.objects.exists()  # trying is not asking


def test_the_report_adds_up_the_days(admin_client, wegwijzer):
    record(["ontmoeten", "praten"], "Den Helder", found_nearby=True)
    record(["ontmoeten"], "Texel", found_nearby=False)
    AskedCount.objects.update(day=timezone.localdate() - timezone.timedelta(days=3))
    record(["ontmoeten"], "Texel", found_nearby=False)
    html = admin_client.get("/admin/wegwijzer/gevraagd/").content.decode()
    needs = html.split("Gevraagde behoeften")[1].split("Gevraagde plaatsen")[0]
    assert "<td>ontmoeten</td><td>3</td>" in needs and "<td>praten</td><td>1</td>" in needs
    places = html.split("Gevraagde plaatsen")[1].split("Gevraagd, maar")[0]
    assert "<td>Texel</td><td>2</td>" in places and "<td>Den Helder</td><td>1</td>" in places
    missing = html.split("Gevraagd, maar niets dichtbij gevonden")[1]
    assert "<td>Texel</td><td>ontmoeten</td><td>2</td>" in missing and "Den Helder" not in missing


def test_the_report_needs_its_permission(client, django_user_model, wegwijzer):
    user = django_user_model.objects.create_user("redacteur", password="x")
    group = Group.objects.create(name="Proefgroep")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    refused = client.get("/admin/wegwijzer/gevraagd/")
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    group.permissions.add(Permission.objects.get(codename="view_askedcount"))
    assert client.get("/admin/wegwijzer/gevraagd/").status_code == 200
