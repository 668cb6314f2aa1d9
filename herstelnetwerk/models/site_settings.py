from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from herstelnetwerk.blocks import CrisisContactBlock, FooterLinkBlock


@register_setting(icon="warning")
class SiteSettings(BaseSiteSetting):
    """Crisis contacts, contact details and footer links, edited per site."""

    crisis_banner_text = models.CharField(
        _("crisis banner text"),
        max_length=200,
        default="Heb je nu hulp nodig of denk je aan zelfdoding?",
    )
    crisis_contacts = StreamField(
        [("contact", CrisisContactBlock())],
        verbose_name=_("crisis contacts"),
        blank=True,
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.nl/",
        help_text=_("A neutral website the quick exit button leaves for."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True, max_length=300)
    footer_text = models.CharField(_("footer text"), max_length=250, blank=True)
    footer_links = StreamField([("link", FooterLinkBlock())], verbose_name=_("footer links"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("crisis_banner_text"), FieldPanel("crisis_contacts"), FieldPanel("quick_exit_url")],
            heading=_("Crisis help"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel([FieldPanel("footer_text"), FieldPanel("footer_links")], heading=_("Footer")),
    ]

    class Meta:
        verbose_name = _("site settings")
