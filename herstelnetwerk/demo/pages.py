"""Idempotent page building blocks for demo content, shared by the core and the plugins."""

import json


def rich_text_body(*paragraphs, heading=None):
    """A StreamField value (raw JSON) of an optional heading followed by paragraphs of plain text."""
    blocks = []
    if heading:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
    blocks += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return json.dumps(blocks)


def child_page(parent, model, slug, **fields):
    """Return the child of ``parent`` with ``slug``; create and publish it from ``fields`` if missing.

    An existing page is left as it is, so running the demo twice changes nothing and keeps editors' edits.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
