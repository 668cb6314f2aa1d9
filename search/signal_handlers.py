"""Keep the Elasticsearch index current: pages on publish, unpublish and delete; snippets on save and delete; the
pages of a section when a view restriction on it is added or lifted.

Connected only when the Elasticsearch engine is active; the database engine reads Wagtail's own index, which
Wagtail keeps current itself. Both engines' spelling vocabulary is refreshed on any such change.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .engines.base import public_objects, searchable_types, type_key


def engine():
    from .engines.elastic import ElasticsearchEngine

    return ElasticsearchEngine()


def searchable(instance):
    item = searchable_types().get(type_key(type(instance)))
    if item is None or not public_objects(item).filter(pk=instance.pk).exists():
        return None
    return item


def on_publish(sender, instance, **kwargs):
    if item := searchable(instance.specific):
        engine().index_object(instance.specific, item)


def on_unpublish_or_delete(sender, instance, **kwargs):
    if type_key(type(instance)) in searchable_types():
        engine().remove_object(instance)


def on_snippet_save(sender, instance, **kwargs):
    if hasattr(instance, "depth"):  # pages follow publish and unpublish, not every draft save
        return
    if item := searchable(instance):
        engine().index_object(instance, item)
    elif type_key(type(instance)) in searchable_types():  # no longer public, e.g. an organisation unpublished
        engine().remove_object(instance)


def on_restriction_change(sender, instance, **kwargs):
    """A view restriction added or lifted: the pages of its section leave the index or come back."""
    section = instance.page
    for item in searchable_types().values():
        if hasattr(item.model, "depth"):
            for page in item.model.objects.descendant_of(section, inclusive=True).live():
                if searchable(page):
                    engine().index_object(page, item)
                else:
                    engine().remove_object(page)


def connect():
    from wagtail.models import PageViewRestriction

    post_save.connect(
        on_restriction_change, sender=PageViewRestriction, dispatch_uid="search_restriction_save"
    )
    post_delete.connect(
        on_restriction_change, sender=PageViewRestriction, dispatch_uid="search_restriction_delete"
    )
    page_published.connect(on_publish, dispatch_uid="search_publish")
    page_unpublished.connect(on_unpublish_or_delete, dispatch_uid="search_unpublish")
    post_delete.connect(on_unpublish_or_delete, dispatch_uid="search_delete")
    post_save.connect(on_snippet_save, dispatch_uid="search_snippet_save")
