"""Shared StreamField blocks, a module per family; class names are stable (migrations refer to them)."""

from .contact import CrisisContactBlock, FooterLinkBlock
from .media import AccessibleImageBlock, VideoEmbedBlock
from .streams import BodyStreamBlock
from .text import CalloutBlock, HeadingBlock, QuoteBlock

__all__ = [
    "AccessibleImageBlock",
    "BodyStreamBlock",
    "CalloutBlock",
    "CrisisContactBlock",
    "FooterLinkBlock",
    "HeadingBlock",
    "QuoteBlock",
    "VideoEmbedBlock",
]
