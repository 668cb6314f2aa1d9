"""Idempotent page building blocks for demo content, shared by the core and the plugins."""

import json

from .registry import is_demo, mark


def rich_text_body(*paragraphs, heading=None):
    """A StreamField value (raw JSON) of an optional heading followed by paragraphs of plain text."""
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return json.dumps(blocks)


def sections_body(sections):
    """A StreamField value (raw JSON) of sections: (heading or None, paragraphs); a paragraph starting with "<ul>"
    is a list, as it is."""
    blocks = []
    for heading, paragraphs in sections:
        if heading:
            blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks += [
            {"type": "paragraph", "value": text if text.startswith("<ul>") else f"<p>{text}</p>"}
            for text in paragraphs
        ]
    return json.dumps(blocks)


def child_page(parent, model, slug, on_create=None, **fields):
    """Return the demo's child of ``parent`` with ``slug``; create and publish it from ``fields`` if missing.

    An existing demo page is left as it is, so running the demo twice changes nothing and keeps editors' edits.
    ``None`` when ``parent`` is ``None`` or a page of the site's own (not the demo's) has the slug: the caller
    skips that part of the demo, so that nothing is built on or next to real content. ``on_create(page)`` runs
    once, on a new page, before it is published (tags, a training's cohorts).
    """
    if parent is None:
        return None
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific if is_demo(existing) else None
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    mark(page)
    if on_create is not None:
        on_create(page)
    page.save_revision().publish()
    return page
