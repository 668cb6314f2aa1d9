from .base import BasePage, SectionsMixin
from .images import ImageMixin
from .pages import HomePage, Municipality, StandardPage, SubregionPage
from .site_settings import SiteSettings
from .snippets import Theme

__all__ = [
    "BasePage",
    "HomePage",
    "ImageMixin",
    "Municipality",
    "SectionsMixin",
    "SiteSettings",
    "StandardPage",
    "SubregionPage",
    "Theme",
]
