from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VerhalenConfig(AppConfig):
    name = "verhalen"
    verbose_name = _("Stories")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from .listing import stories_changed
        from .models import StoryPage

        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(
                stories_changed, sender=StoryPage, dispatch_uid=f"verhalen_stories_changed_{id(signal)}"
            )
        for signal in (post_save, post_delete):
            signal.connect(
                stories_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"verhalen_restriction_changed_{id(signal)}",
            )
