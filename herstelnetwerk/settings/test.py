"""Tests: fast hashing, in-memory cache and e-mail, tasks run immediately (unless TASKS_BACKEND says otherwise)."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The quality gates' servers may send to a real (or deliberately dead) SMTP server; never the developer's EMAIL_URL.
if TEST_SMTP_ADDRESS := os.environ.get("TEST_SMTP_ADDRESS"):
    EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT = (
        "django.core.mail.backends.smtp.EmailBackend",
        *TEST_SMTP_ADDRESS.split(":"),
    )
    EMAIL_PORT = int(EMAIL_PORT)
    EMAIL_USE_TLS = EMAIL_USE_SSL = False
    EMAIL_TIMEOUT = 5
# The queue's own tests and gates set TASKS_BACKEND=django_tasks_db.DatabaseBackend and run the real worker.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The gates' demo site (tests/support/demo_server.py) keeps its files in its own MEDIA_ROOT, on disk: load_demo
# draws the images there and gunicorn, another process, serves them.
if os.environ.get("DEMO_MEDIA_ON_DISK"):
    STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    SERVE_MEDIA_IMAGES = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# The quality gates serve the site with gunicorn; static files come straight from the finders.
WHITENOISE_USE_FINDERS = True
