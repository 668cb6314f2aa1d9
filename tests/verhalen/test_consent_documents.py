"""Signed consent forms live in the private "Toestemmingen" collection: only the consent group can see or download
them, and the API lists no images or documents at all."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection
from wagtail.permissions import policy_registry

SIGNED = "Ondertekend door Anna de Vries, Dorpsstraat 4"


@pytest.fixture
def consent_form(db, settings, tmp_path):
    # Served from disk, as in production (the test settings keep files in memory).
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.objects.get(name="Toestemmingen")
    document = get_document_model()(title="Toestemming verhaal Anna", collection=collection)
    document.file.save("toestemming-anna.txt", ContentFile(SIGNED.encode()), save=False)
    document.save()
    return document


def user_in(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_a_consent_form_cannot_be_downloaded_by_the_public(client, consent_form):
    response = client.get(consent_form.url)

    assert response.status_code in {302, 403}
    assert SIGNED.encode() not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_only_the_consent_group_sees_and_downloads_consent_forms(client, consent_form, django_user_model):
    editor = user_in(django_user_model, "redacteur", "Redactie")
    guide = user_in(django_user_model, "begeleider", "Verhaalbegeleiding")

    client.force_login(editor)
    assert "Toestemming verhaal Anna" not in client.get("/admin/documents/").content.decode()
    assert client.get(f"/admin/documents/edit/{consent_form.pk}/").status_code in {302, 403}
    assert client.get(consent_form.url).status_code in {302, 403}

    client.force_login(guide)
    assert "Toestemming verhaal Anna" in client.get("/admin/documents/").content.decode()
    download = client.get(consent_form.url)
    assert download.status_code == 200
    assert SIGNED.encode() in b"".join(download.streaming_content)


def test_editors_keep_their_media_rights_outside_the_private_collection(django_user_model):
    editor = user_in(django_user_model, "redacteur", "Redactie")

    policy = policy_registry.get_by_type(get_document_model())
    collections = {c.name for c in policy.collections_user_has_permission_for(editor, "add")}

    assert collections == {"Algemeen"}


def test_the_api_lists_no_images_or_documents(client, consent_form):
    get_image_model().objects.create(title="Portret", file=get_test_image_file())

    for url in ("/api/v3/documents/", f"/api/v3/documents/{consent_form.pk}/", "/api/v3/images/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Anna" not in response.content.decode()
