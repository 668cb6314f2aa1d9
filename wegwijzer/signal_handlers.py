from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .entry import forget


def connect():
    """The cached address of the wegwijzer changes when the page is published, withdrawn, renamed, moved or deleted."""
    from .models import WegwijzerPage

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move, post_delete):
        signal.connect(forget, sender=WegwijzerPage, dispatch_uid=f"wegwijzer_forget_url_{id(signal)}")
