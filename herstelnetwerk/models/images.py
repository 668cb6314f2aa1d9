"""An optional image on a page or snippet, with its alt text or an explicit "decorative" mark."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

ALT_TEXT_NEEDED = _(
    "Describe what the image shows for people who cannot see it, or mark the image as decorative. "
    "(The description saved with the image in the library is used when this is empty.)"
)


class ImageMixin(models.Model):
    """``image`` with ``image_alt`` (or the image's own description, Wagtail's alt text) unless decorative.

    Rendered by ``herstelnetwerk/includes/picture.html``: responsive renditions, WebP with a JPEG fallback.
    """

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, in one sentence. Empty: the description saved with the image."),
    )
    image_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("The image only adds atmosphere and tells nothing: screen readers skip it."),
    )

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True

    #: Why ``image_allowed`` can be false, for the editor (a model that refuses images in some states says so).
    image_refusal = _("This item cannot have an image.")

    @property
    def image_allowed(self) -> bool:
        """Whether this item may show an image at all (an anonymous story may not)."""
        return True

    @property
    def image_alt_text(self) -> str:
        """The ``alt`` of the image: empty for a decorative one."""
        if self.image is None or self.image_decorative:
            return ""
        return self.image_alt or self.image.description

    def image_errors(self) -> dict:
        if self.image_id and not self.image_allowed:
            return {"image": self.image_refusal}
        described = self.image_decorative or self.image_alt or (self.image_id and self.image.description)
        if self.image_id and not described:
            return {"image_alt": ALT_TEXT_NEEDED}
        return {}

    def clean(self):
        super().clean()
        if errors := self.image_errors():
            raise ValidationError(errors)
