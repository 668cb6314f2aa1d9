from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from herstelnetwerk import plugins

from . import demo, protection
from .admin import VolunteersGroup

modeladmin_register(VolunteersGroup)

hooks.register("before_delete_page", protection.before_delete_page)
hooks.register("before_bulk_action", protection.before_bulk_action)


@hooks.register(plugins.DEMO_CONTENT)
def demo_volunteering():
    return [plugins.DemoContent(_("Volunteering"), demo.build, order=50)]
