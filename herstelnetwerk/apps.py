from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HerstelnetwerkConfig(AppConfig):
    name = "herstelnetwerk"
    verbose_name = _("Herstelnetwerk")

    def ready(self):
        from herstelnetwerk import checks  # noqa: F401  (registers the system checks)
        from herstelnetwerk.csv_safety import guard_wagtail_exports
        from herstelnetwerk.signal_handlers import register_signal_handlers

        register_signal_handlers()
        guard_wagtail_exports()
