from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from herstelnetwerk import plugins
from herstelnetwerk.gazetteer import in_place

from . import demo
from .admin_views import asked_report, try_answers
from .entry import wegwijzer_url


@hooks.register(plugins.MAIN_NAVIGATION_ITEMS)
def wegwijzer_menu_item(request):
    url = wegwijzer_url()
    return [plugins.Link(str(_("Where can I go?")), url, order=5)] if url else []


@hooks.register(plugins.WAYS_IN)
def wegwijzer_way_in(request):
    url = wegwijzer_url()
    return [plugins.Link(_("Answer a few questions and find help near you"), url, order=10)] if url else []


@hooks.register(plugins.HOME_PAGE_SECTIONS)
def wegwijzer_on_home(page, request):
    url = wegwijzer_url()
    if url is None:
        return []
    context = {"wegwijzer_url": url, "heading": _("Where can I go?"), "heading_id": "wegwijzer-start"}
    return [plugins.Section("wegwijzer/includes/home_section.html", context, order=5)]


@hooks.register(plugins.SUBREGION_PAGE_SECTIONS)
def wegwijzer_on_subregion(page, request):
    url = wegwijzer_url()
    if url is None:
        return []
    context = {
        "wegwijzer_url": url,
        "heading": _("Where can I go %(in_place)s?") % {"in_place": in_place(page.title)},
        "heading_id": "wegwijzer-start",
        "municipalities": [municipality.name for municipality in page.municipalities.all()],
    }
    return [plugins.Section("wegwijzer/includes/subregion_section.html", context, order=5)]


@hooks.register(plugins.DEMO_CONTENT)
def demo_wegwijzer():
    return [plugins.DemoContent(_("Wegwijzer"), demo.build, order=60)]


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("wegwijzer/proberen/", try_answers, name="wegwijzer_try"),
        path("wegwijzer/gevraagd/", asked_report, name="wegwijzer_asked"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def wegwijzer_menu():
    items = [
        PermissionMenuItem(
            _("Try answers"),
            reverse("wegwijzer_try"),
            icon_name="view",
            order=10,
            permission="wagtailadmin.access_admin",
        ),
        PermissionMenuItem(
            _("What visitors ask"),
            reverse("wegwijzer_asked"),
            icon_name="table",
            order=20,
            permission="wegwijzer.view_askedcount",
        ),
    ]
    return SubmenuMenuItem(_("Wegwijzer"), Menu(items=items), icon_name="help", order=330)
