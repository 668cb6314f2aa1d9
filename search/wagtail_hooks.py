import io

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from herstelnetwerk import plugins

from .models import Synonym
from .urls import urlpatterns


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    search_backend_name = None
    search_fields = ["words"]


register_snippet(SynonymViewSet)


@hooks.register(plugins.SITE_URLS)
def search_urls():
    return urlpatterns


@hooks.register(plugins.HEADER_ITEMS)
def search_box(request):
    return [plugins.Section("search/includes/header_search.html", order=10)]


@hooks.register(plugins.FOOTER_ITEMS)
def search_link(request):
    return [plugins.Link(str(_("Search")), reverse("search"), order=10)]


@hooks.register(plugins.DEMO_CONTENT)
def search_index():
    return [plugins.DemoContent(_("Search statistics"), index_the_demo, order=1000)]


def index_the_demo(home, stdout):
    """Index what the demo built now (the task worker would do it later: a search right after ``load_demo`` must
    find it), then give SQLite's planner the index's statistics."""
    from django.core.management import call_command

    from .engines.database import analyze_index

    call_command("update_index", stdout=io.StringIO())
    analyze_index()
