from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialMapConfig(AppConfig):
    name = "herstelnetwerk.socialmap"
    label = "socialmap"
    verbose_name = _("Social map")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
