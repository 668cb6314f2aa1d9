"""The blocks of a story's body: the core's paragraph, quote, image and media blocks, plus "wat mij hielp"."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from herstelnetwerk.blocks import AccessibleImageBlock, QuoteBlock, VideoEmbedBlock


class WhatHelpedBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), default="Wat mij hielp", max_length=80)
    items = blocks.ListBlock(blocks.CharBlock(label=_("What helped"), max_length=200), label=_("What helped"))

    class Meta:
        icon = "list-ul"
        label = _("What helped me")
        template = "verhalen/blocks/what_helped.html"
        preview_value = {
            "heading": "Wat mij hielp",
            "items": ["Elke week naar de inloop", "Praten met lotgenoten"],
        }


class StoryStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul"],
        template="herstelnetwerk/blocks/paragraph.html",
        preview_value="<p>Het begon met een wandeling.</p>",
    )
    quote = QuoteBlock()
    image = AccessibleImageBlock()
    media = VideoEmbedBlock()
    what_helped = WhatHelpedBlock()

    class Meta:
        template = "herstelnetwerk/blocks/stream.html"
