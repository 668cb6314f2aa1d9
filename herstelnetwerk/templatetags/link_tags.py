"""E-mail and web links that can work (``herstelnetwerk.links``): an address on a reserved example domain is left out
of public pages (test with ``|reachable`` before a label), never shown as a link that cannot work."""

from django import template
from django.utils.html import format_html

from herstelnetwerk import links

register = template.Library()


@register.filter
def reachable(address) -> bool:
    return links.reachable(str(address or ""))


@register.simple_tag
def email_link(address):
    """``<a href="mailto:...">`` for an address that can work; nothing otherwise."""
    if not links.reachable(address):
        return ""
    return format_html('<a href="mailto:{}">{}</a>', address, address)


@register.simple_tag
def web_link(url, label=""):
    """``<a href="...">`` for a web address that can work; nothing otherwise."""
    if not links.reachable(url):
        return ""
    return format_html('<a href="{}" rel="noreferrer">{}</a>', url, label or url)
