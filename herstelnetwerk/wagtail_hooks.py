from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from herstelnetwerk import plugins
from herstelnetwerk.content_checks import use_project_content_checker
from herstelnetwerk.demo import registry as demo_registry
from herstelnetwerk.models import StandardPage, SubregionPage
from herstelnetwerk.viewsets import ThemeViewSet

register_snippet(ThemeViewSet)
hooks.register("construct_wagtail_userbar", use_project_content_checker)


@hooks.register("register_log_actions")
def register_demo_log_action(actions):
    actions.register_action(demo_registry.DEMO_ACTION, demo_registry.LABEL, demo_registry.MESSAGE)


@hooks.register(plugins.SEARCHABLE_TYPES)
def searchable_pages():
    return [
        plugins.SearchableType(
            SubregionPage,
            _("Subregion"),
            order=50,
            subregion_lookup="pk",
            municipality_lookup="municipalities",
        ),
        plugins.SearchableType(StandardPage, _("Page"), order=90),
    ]
