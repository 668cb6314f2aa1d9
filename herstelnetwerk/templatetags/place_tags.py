"""Place names in a sentence: ``{{ name|in_place }}`` gives "in Hoorn", or "op Texel" for an island."""

from django import template

from herstelnetwerk.gazetteer import in_place as with_preposition

register = template.Library()


@register.filter
def in_place(name) -> str:
    return with_preposition(str(name))
