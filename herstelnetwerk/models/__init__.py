from .base import BasePage, SectionsMixin
from .pages import HomePage, Municipality, StandardPage, SubregionPage
from .site_settings import SiteSettings
from .snippets import Theme

__all__ = [
    "BasePage",
    "HomePage",
    "Municipality",
    "SectionsMixin",
    "SiteSettings",
    "StandardPage",
    "SubregionPage",
    "Theme",
]
