"""System checks for settings a deployment must get right."""

from django.conf import settings
from django.core.checks import Error, Warning, register


@register(deploy=True)
def check_production_settings(app_configs, **kwargs):
    messages = []
    if settings.SECRET_KEY.startswith(("dev-only", "test-only")):
        messages.append(
            Error("SECRET_KEY is a development key.", hint="Set SECRET_KEY in the environment.", id="hn.E001")
        )
    if settings.WAGTAILADMIN_BASE_URL.startswith("http://127.0.0.1"):
        messages.append(
            Warning(
                "WAGTAILADMIN_BASE_URL points at this machine.",
                hint="Set WAGTAILADMIN_BASE_URL to the public address, for links in notification e-mails.",
                id="hn.W001",
            )
        )
    if settings.CACHES["default"]["BACKEND"].endswith("LocMemCache"):
        messages.append(
            Warning(
                "The cache is local to each process.",
                hint=(
                    "Set REDIS_URL. The content version (herstelnetwerk/content_version.py) and the rate limits "
                    "must be shared: with a cache per process, a publish through one gunicorn worker leaves the "
                    "others' counts and search data stale for up to a day."
                ),
                id="hn.W002",
            )
        )
    return messages
