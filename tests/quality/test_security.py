"""Security gate: headers on every response, production cookies and HSTS, login lock-out, upload limits."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")


def policy(response):
    return dict(
        directive.strip().split(" ", 1) for directive in response["Content-Security-Policy"].split(";")
    )


@pytest.mark.parametrize("path", ["/", "/robots.txt", "/zoeken/?q=x", "/bestaat-niet/"])
def test_every_public_response_carries_the_security_headers(client, home_page, path):
    response = client.get(path)

    directives = policy(response)
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_only_the_admin_may_run_its_inline_scripts(client, home_page):
    admin = policy(client.get("/admin/login/"))

    assert admin["script-src"] == "'self' 'unsafe-inline'"
    assert admin["object-src"] == "'none'" and admin["frame-ancestors"] == "'self'"
    assert "'unsafe-inline'" not in policy(client.get("/"))["script-src"]


PRODUCTION_PROBE = """
import json
from django.conf import settings
from django.test import Client
response = Client().get("/robots.txt", secure=True)
print(json.dumps({
    "hsts": response.headers.get("Strict-Transport-Security"),
    "redirect": Client().get("/robots.txt").status_code,
    "cookies": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY],
}))
"""


def test_production_sends_hsts_redirects_to_https_and_protects_cookies(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstelnetwerk.settings.production",
        "SECRET_KEY": "a-long-random-production-like-secret-key-for-this-test-only-0123456789",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, MANAGE, "shell", "-c", PRODUCTION_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    probe = json.loads(result.stdout.strip().splitlines()[-1])

    assert probe["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert probe["redirect"] == 301
    assert probe["cookies"] == [True, True, True, True]


@pytest.mark.django_db
def test_a_locked_out_login_stays_locked_even_with_the_right_password(client):
    get_user_model().objects.create_superuser("beheerder", password="het-juiste-wachtwoord-2026")

    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/admin/login/", {"username": "beheerder", "password": "fout"})
        assert response.status_code in {200, 429}

    for _attempt in range(2):
        response = client.post(
            "/admin/login/", {"username": "beheerder", "password": "het-juiste-wachtwoord-2026"}
        )
        assert response.status_code == 429
        assert "Te veel pogingen om in te loggen" in response.content.decode()
        assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_successful_login_before_the_limit_resets_the_count(client):
    get_user_model().objects.create_superuser("beheerder", password="het-juiste-wachtwoord-2026")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", {"username": "beheerder", "password": "fout"})

    client.post("/admin/login/", {"username": "beheerder", "password": "het-juiste-wachtwoord-2026"})

    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    ("name", "size"),
    [("programma.exe", 1024), ("pagina.html", 1024), ("groot.pdf", settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)],
)
def test_document_uploads_are_limited_in_type_and_size(admin_client, home_page, name, size):
    upload = SimpleUploadedFile(name, b"%PDF-1.4\n" + b"0" * size)

    response = admin_client.post("/admin/documents/multiple/add/", {"files[]": upload})

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_document_model().objects.exists()


def test_image_uploads_refuse_other_types(admin_client, home_page):
    upload = SimpleUploadedFile("tekening.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml")

    response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload})

    assert response.json()["success"] is False
