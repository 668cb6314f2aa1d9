from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
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


class SectionsMixin:
    """Adds the sections plugins register under ``sections_hook`` to the page context."""

    sections_hook: str

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = collect(self.sections_hook, self, request)
        return context
