"""Fictional demo content for the region. Plugins add their own through the ``DEMO_CONTENT`` hook.

Builders create only what is missing and change only what the demo created (see ``registry``): ``load_demo`` on a
site with real content refuses unless forced, and even then leaves that content as it is.
"""

from .pages import child_page, rich_text_body
from .registry import is_demo, mark

__all__ = ["child_page", "is_demo", "mark", "rich_text_body"]
