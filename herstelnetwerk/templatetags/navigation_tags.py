from django import template

from herstelnetwerk import plugins
from herstelnetwerk.top_pages import top_pages

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The menu: the home page's live children marked "show in menus", then items plugins register."""
    request = context["request"]
    pages = [page for page in top_pages(request) if page.show_in_menus]
    links = [plugins.Link(label=page.title, url=page.url, order=i) for i, page in enumerate(pages)]
    links += plugins.collect(plugins.MAIN_NAVIGATION_ITEMS, request)
    current = request.path
    return {"links": links, "current": current}


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
    """The page's ancestors below the root, from its parent upwards: routing keeps each page's parent (Wagtail's
    ``route`` caches it), so this costs no query for a page that was routed to."""
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors, ancestor = [], page
    while ancestor.depth > 2:
        ancestor = ancestor.get_parent()
        ancestors.insert(0, ancestor)
    return {"ancestors": ancestors, "page": page}
