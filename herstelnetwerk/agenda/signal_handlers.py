"""Keep the stored occurrences in step with what is published (deleting a page deletes its rows by cascade)."""

from wagtail.signals import page_published, page_unpublished

from . import occurrences


def write_occurrences(sender, instance, **kwargs):
    occurrences.write(sender.objects.filter(pk=instance.pk))


def remove_occurrences(sender, instance, **kwargs):
    occurrences.remove(instance)


def register_signal_handlers():
    from .models import ActivityPage

    page_published.connect(write_occurrences, sender=ActivityPage, dispatch_uid="agenda.write_occurrences")
    page_unpublished.connect(
        remove_occurrences, sender=ActivityPage, dispatch_uid="agenda.remove_occurrences"
    )
