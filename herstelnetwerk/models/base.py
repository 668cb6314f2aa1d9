from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from herstelnetwerk.page_forms import PageForm
from herstelnetwerk.plugins import collect
from herstelnetwerk.visibility import restrictions_for


class BasePage(Page):
    """What every page of the site shares: a short introduction used in lists and search results."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences in plain language, shown at the top and in lists."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]
    base_form_class = PageForm

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Full URLs (sitemap, API, feeds, JSON-LD) on the address the visitor used, for the site they are on.

        Wagtail builds them from the Site record's hostname and port, which easily stays ``localhost:80``; the
        request's own scheme and host (checked against ``ALLOWED_HOSTS``) are right by definition.
        """
        parts = super().get_url_parts(request)
        # Wagtail also passes stand-ins (the frontend cache's PurgeBatch): those keep the Site's own address.
        if parts is None or not isinstance(request, HttpRequest):
            return parts
        site_id, root_url, page_path = parts
        current = Site.find_for_request(request)
        if current is not None and current.pk == site_id:
            root_url = f"{request.scheme}://{request.get_host()}"
        return site_id, root_url, page_path

    #: Set by routing when this page and its ancestors are known to have no view restriction (see ``route``).
    known_public = False

    def get_view_restrictions(self):
        if self.known_public:
            return PageViewRestriction.objects.none()
        return restrictions_for(self)

    def route(self, request, path_components):
        """Wagtail's routing, but a child of a public page is read together with whether it is restricted, so
        that serving it needs no query for its view restrictions. The home page starts the chain (``HomePage``)."""
        if not (path_components and self.known_public):
            return super().route(request, path_components)
        # Its own restrictions, or (for an alias) those of the page it is an alias of.
        restricted = PageViewRestriction.objects.filter(Q(page=OuterRef("pk")) | Q(page=OuterRef("alias_of")))
        child = (
            self.get_children()
            .filter(slug=path_components[0])
            .annotate(restricted=Exists(restricted))
            .first()
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        child.known_public = not child.restricted
        return child.specific.route(request, path_components[1:])


class SectionsMixin:
    """Adds the sections plugins register under ``sections_hook`` to the page context."""

    sections_hook: str

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = collect(self.sections_hook, self, request)
        return context
