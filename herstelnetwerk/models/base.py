from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, Site
from wagtail.search import index

from herstelnetwerk.plugins import collect


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


class SectionsMixin:
    """Adds the sections plugins register under ``sections_hook`` to the page context."""

    sections_hook: str

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = collect(self.sections_hook, self, request)
        return context
