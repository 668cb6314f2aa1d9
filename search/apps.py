from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        if settings.ELASTICSEARCH_URL:
            signal_handlers.connect()
