"""Fictional demo content for the region. Plugins add their own through the ``DEMO_CONTENT`` hook."""

from .pages import child_page, rich_text_body

__all__ = ["child_page", "rich_text_body"]
