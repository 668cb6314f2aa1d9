from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from herstelnetwerk import plugins
from herstelnetwerk.blocks import BodyStreamBlock
from herstelnetwerk.top_pages import top_pages

from .base import BasePage, SectionsMixin
from .images import ImageMixin


class HomePage(ImageMixin, SectionsMixin, BasePage):
    """The root of the site. Its children declare themselves (``parent_page_types``), so plugins can add
    page types here without the core naming them."""

    sections_hook = plugins.HOME_PAGE_SECTIONS

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, *ImageMixin.image_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "herstelnetwerk/pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        subregions = [page for page in top_pages(request) if page.specific_class is SubregionPage]
        context["subregions"] = sorted(subregions, key=lambda page: page.title)
        return context

    def route(self, request, path_components):
        """Wagtail's routing, but the first step is taken among the request's top pages (read once anyway, live and
        public). A top page passes a request on to its child without loading its own fields."""
        slug = path_components[0] if path_components else None
        child = next((page for page in top_pages(request) if page.slug == slug), None)
        if child is None:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        child.known_public = child.alias_of_id is None  # an alias has the restrictions of its source page
        passing_on = child.specific_deferred
        result = passing_on.route(request, path_components[1:])
        if result.page is passing_on:  # the top page itself (or one of its routable views) is served: load it
            page = child.specific
            page.known_public = child.known_public
            return page.route(request, path_components[1:])
        return result


class SubregionPage(ImageMixin, SectionsMixin, BasePage):
    """A deelregio of Noord-Holland-Noord with its municipalities; plugins add local sections."""

    sections_hook = plugins.SUBREGION_PAGE_SECTIONS

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        *ImageMixin.image_panels,
        InlinePanel("municipalities", label=_("Municipalities"), min_num=1),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
    ]
    api_fields = [*BasePage.api_fields, APIField("body"), APIField("municipalities")]

    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = ["herstelnetwerk.StandardPage"]
    template = "herstelnetwerk/pages/subregion_page.html"

    class Meta:
        verbose_name = _("subregion page")
        verbose_name_plural = _("subregion pages")

    def get_context(self, request, *args, **kwargs):
        # Read once for the page and every section that names them (``page.municipalities.all``).
        prefetch_related_objects([self], "municipalities")
        return super().get_context(request, *args, **kwargs)


class Municipality(Orderable):
    """A gemeente, edited inline on its subregion page."""

    subregion = ParentalKey(SubregionPage, on_delete=models.CASCADE, related_name="municipalities")
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta(Orderable.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


class StandardPage(BasePage):
    """Generic content: about us, privacy, accessibility, and pages under a subregion."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = [
        "herstelnetwerk.HomePage",
        "herstelnetwerk.SubregionPage",
        "herstelnetwerk.StandardPage",
    ]
    subpage_types = ["herstelnetwerk.StandardPage"]
    template = "herstelnetwerk/pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
