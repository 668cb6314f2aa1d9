from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from herstelnetwerk import plugins
from herstelnetwerk.gazetteer import in_place
from herstelnetwerk.lexicon import ORGANISATION_KIND_WORDS
from herstelnetwerk.routing import file_routes
from herstelnetwerk.top_pages import top_page

from . import dashboard, demo, protection
from .admin_views import import_view
from .geocoding import geocode_view
from .listing import filtered_organisations, with_cards
from .models import Organisation, SocialMapPage
from .stale import stale_view
from .viewsets import SocialMapViewSetGroup

register_snippet(SocialMapViewSetGroup)


@hooks.register("register_admin_urls")
def import_url():
    return [
        path("sociale-kaart/import/", import_view, name="socialmap_import"),
        path("sociale-kaart/te-controleren/", stale_view, name="socialmap_stale"),
        path("sociale-kaart/nog-juist/<int:pk>/", dashboard.still_right_view, name="socialmap_still_right"),
    ]


hooks.register("before_delete_snippet", protection.refuse_deletion)
hooks.register("construct_homepage_panels", dashboard.panels)


@hooks.register(plugins.SITE_URLS)
def open_data_urls():
    return file_routes("csv", "json", name="socialmap_files")


@hooks.register(plugins.SUBREGION_PAGE_SECTIONS)
def local_organisations(page, request):
    social_map = top_page(request, SocialMapPage)
    if social_map is None:
        return []
    context = {
        "heading": _("Organisations nearby"),
        "heading_id": "social-map-nearby",
        "organisations": list(with_cards(filtered_organisations({"subregion": page.slug}))[:6]),
        "social_map": social_map,
        "empty_text": _("There are no organisations on the map for this subregion yet."),
        "more_url": f"{social_map.url}?subregion={page.slug}",
        "more_label": _("All organisations %(in_place)s") % {"in_place": in_place(page.title)},
    }
    return [plugins.Section("socialmap/includes/organisations_section.html", context, order=30)]


@hooks.register(plugins.SEARCHABLE_TYPES)
def searchable_organisations():
    return [
        plugins.SearchableType(
            Organisation,
            _("Organisation"),
            order=30,
            subregion_lookup="municipalities_served__subregion",
            municipality_lookup="municipalities_served",
            theme_lookup="themes",
            kind_field="kind",
            kind_words=ORGANISATION_KIND_WORDS,
            public_queryset=Organisation.objects.live,
        )
    ]


@hooks.register(plugins.DEMO_CONTENT)
def demo_organisations():
    return [plugins.DemoContent(_("Social map"), demo.build, order=20)]


@hooks.register(plugins.WAYS_IN)
def social_map_way_in(request):
    page = SocialMapPage.objects.live().first()
    return (
        [plugins.Link(_("Find an organisation near you on the social map"), page.get_url(request), order=30)]
        if page
        else []
    )


@hooks.register("register_admin_urls")
def geocode_url():
    return [path("socialmap/zoek-adres/", geocode_view, name="socialmap_geocode")]
