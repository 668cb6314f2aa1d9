from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text is required: screen-reader users get the same story."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "herstelnetwerk/blocks/image.html"


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Video or audio link"), help_text=_("For example a YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_("Read out by screen readers."))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video or audio")
        template = "herstelnetwerk/blocks/video_embed.html"
