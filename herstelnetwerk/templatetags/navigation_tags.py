from django import template
from wagtail.models import Site

from herstelnetwerk import plugins
from herstelnetwerk.visibility import public_pages

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The menu: the home page's live children marked "show in menus", then items plugins register."""
    request = context["request"]
    site = Site.find_for_request(request)
    pages = public_pages(site.root_page.get_children().in_menu()) if site else []
    links = [plugins.Link(label=page.title, url=page.url, order=i) for i, page in enumerate(pages)]
    links += plugins.collect(plugins.MAIN_NAVIGATION_ITEMS, request)
    current = request.path
    return {
        "links": links,
        "current": current,
        "home_url": site.root_page.url if site else "/",
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    return {"links": plugins.collect(plugins.FOOTER_ITEMS, context["request"])}


@register.simple_tag(takes_context=True)
def header_items(context):
    return plugins.collect(plugins.HEADER_ITEMS, context["request"])


@register.simple_tag(takes_context=True)
def render_section(context, section):
    """Render a plugin's section with its own context on top of the page's."""
    with context.push(**section.context):
        return template.loader.get_template(section.template).render(context.flatten())


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gt=1).specific(defer=True), "page": page}
