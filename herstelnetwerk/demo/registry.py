"""What ``load_demo`` created, so that it changes nothing else: a "demo" entry in Wagtail's history of the object.

The history (Wagtail's log entries) is the registry: it needs no table of its own, it outlives a rename, and an
editor sees in a page's history that it came from the demo. Objects without that entry are real content, which the
demo builders never change, publish or build on.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page, PageLogEntry

DEMO_ACTION = "herstelnetwerk.demo"
LABEL, MESSAGE = _("Demo content"), _("Created as demo content by load_demo")


def mark(instance):
    log(instance=instance, action=DEMO_ACTION)
    return instance


def is_demo(instance) -> bool:
    if isinstance(instance, Page):
        return PageLogEntry.objects.filter(action=DEMO_ACTION, page_id=instance.pk).exists()
    return ModelLogEntry.objects.filter(
        action=DEMO_ACTION,
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk),
    ).exists()


def real_pages():
    """Pages the demo did not create, leaving out the tree's root and Wagtail's own welcome page."""
    demo_pages = PageLogEntry.objects.filter(action=DEMO_ACTION).values("page_id")
    welcome = Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page))
    return Page.objects.filter(depth__gte=2).exclude(pk__in=demo_pages).exclude(pk__in=welcome)
