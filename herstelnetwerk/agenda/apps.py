from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "herstelnetwerk.agenda"
    label = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
