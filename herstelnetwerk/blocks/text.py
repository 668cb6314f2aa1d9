from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "herstelnetwerk/blocks/heading.html"
        preview_value = {"text": "Wat is een herstelgroep?", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "herstelnetwerk/blocks/quote.html"
        preview_value = {"quote": "Het hielp me dat iemand echt luisterde.", "attribution": "Sanne"}


class CalloutBlock(blocks.StructBlock):
    """A framed note, for example practical information or a tip."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "herstelnetwerk/blocks/callout.html"
        preview_value = {"title": "Goed om te weten", "text": "<p>Je hoeft je niet aan te melden.</p>"}
