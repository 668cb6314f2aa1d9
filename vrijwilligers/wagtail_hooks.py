from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from herstelnetwerk import plugins

from . import demo
from .admin import VolunteersGroup

modeladmin_register(VolunteersGroup)


@hooks.register(plugins.DEMO_CONTENT)
def demo_volunteering():
    return [plugins.DemoContent(_("Volunteering"), demo.build, order=50)]
