"""E-mail and web links that can work (``herstelnetwerk.links``): reserved example domains are shown as plain text."""

from django import template
from django.utils.html import format_html

from herstelnetwerk import links

register = template.Library()


@register.filter
def reachable(address) -> bool:
    return links.reachable(str(address or ""))


@register.simple_tag
def email_link(address):
    """``<a href="mailto:...">`` for an address that can work; the address as text otherwise."""
    if not links.reachable(address):
        return format_html("{}", address)
    return format_html('<a href="mailto:{}">{}</a>', address, address)


@register.simple_tag
def web_link(url, label=""):
    """``<a href="...">`` for a web address that can work; the label (or address) as text otherwise."""
    text = label or url
    if not links.reachable(url):
        return format_html("{}", text)
    return format_html('<a href="{}" rel="noreferrer">{}</a>', url, text)
