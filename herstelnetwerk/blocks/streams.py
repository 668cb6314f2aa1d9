from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .media import AccessibleImageBlock, VideoEmbedBlock
from .text import CalloutBlock, HeadingBlock, QuoteBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of generic content pages; apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="herstelnetwerk/blocks/paragraph.html",
    )
    quote = QuoteBlock()
    callout = CalloutBlock()
    image = AccessibleImageBlock()
    video = VideoEmbedBlock()

    class Meta:
        template = "herstelnetwerk/blocks/stream.html"
