"""Thousands of live pages in a few statements, for query-budget tests.

Creating a page through treebeard costs several queries each; ten thousand would take minutes. Here the rows of
``wagtailcore_page`` are bulk-inserted with their tree paths worked out in Python, then the rows of the page type's
own table. No revisions and no search index entries: what a listing reads, nothing more.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BATCH = 500


def bulk_child_pages(parent, pages: list) -> list:
    """Save unsaved ``pages`` (all of one specific type, with a title and a slug) as live children of ``parent``."""
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for step, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at

    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(page, field.attname) for field in base_fields}) for page in pages],
        batch_size=BATCH,
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    # Django refuses to bulk-create a multi-table child; its own table takes a plain insert of its own columns.
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(
            pages[start : start + BATCH], fields=model._meta.local_concrete_fields, using="default"
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
