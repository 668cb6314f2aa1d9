from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WegwijzerConfig(AppConfig):
    name = "wegwijzer"
    verbose_name = _("Wegwijzer")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
