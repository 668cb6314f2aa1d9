"""The mentaal-sociale kaart: organisations and the places where they (and activities) can be found."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index


class OrganisationKind(models.TextChoices):
    MENTAL_HEALTH_CARE = "ggz", _("Mental health care provider (GGZ)")
    WELFARE = "welzijn", _("Welfare organisation")
    RECOVERY = "herstel", _("Self-help and recovery organisation")
    GENERAL_PRACTICE = "huisarts", _("GP / mental health practice nurse (POH-GGZ)")
    SOCIAL_TEAM = "sociaal-team", _("Social (neighbourhood) team / municipality")
    HOUSING = "woningcorporatie", _("Housing association")
    VOLUNTEERS = "vrijwilligers", _("Volunteer organisation")
    SPORTS = "vereniging", _("Sports club / association")
    OTHER = "overig", _("Other")


class Organisation(index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=OrganisationKind.choices)
    description = models.TextField(
        _("short description"), max_length=600, blank=True, help_text=_("Plain language (B1).")
    )
    themes = ParentalManyToManyField("herstelnetwerk.Theme", verbose_name=_("themes"), blank=True)
    municipalities_served = ParentalManyToManyField(
        "herstelnetwerk.Municipality", verbose_name=_("municipalities served"), blank=True
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    walk_in = models.BooleanField(_("walk in without an appointment"), default=False)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("themes"),
        FieldPanel("municipalities_served"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), FieldPanel("walk_in")],
            heading=_("Contact"),
        ),
        InlinePanel("locations", label=_("Locations")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("walk_in"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Location(index.Indexed, ClusterableModel):
    """A physical place: where an organisation receives people, or where an activity happens."""

    organisation = ParentalKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="locations",
        null=True,
        blank=True,
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=150)
    street_address = models.CharField(_("street and number"), max_length=150)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=80)
    municipality = models.ForeignKey(
        "herstelnetwerk.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locations",
        verbose_name=_("municipality"),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility_notes = models.CharField(_("accessibility notes"), max_length=250, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("street_address"),
        FieldPanel("postal_code"),
        FieldPanel("city"),
        FieldPanel("municipality"),
        MultiFieldPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")),
        FieldPanel("wheelchair_accessible"),
        FieldPanel("accessibility_notes"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city else self.name
