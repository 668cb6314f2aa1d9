"""Dashboard panels that show what needs care: the core's frame, filled by each app's ``construct_homepage_panels``.

Each section is one bounded query (at most ``LIMIT`` + 1 rows: one more tells that there are more, without a
count). A panel with nothing to show is not rendered: the dashboard stays calm when all is well.
"""

from dataclasses import dataclass, field

from django.utils.functional import Promise
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

LIMIT = 8


@dataclass
class Item:
    label: str
    url: str
    note: str = ""


@dataclass
class Section:
    heading: str | Promise
    items: list[Item]
    more: bool = False
    more_url: str = ""
    more_label: str | Promise = ""


def section(heading, rows, item, more_url="", more_label="") -> Section:
    """A section from ``rows`` (a queryset, sliced here): ``item(row)`` makes each ``Item``."""
    found = list(rows[: LIMIT + 1])
    return Section(heading, [item(row) for row in found[:LIMIT]], len(found) > LIMIT, more_url, more_label)


@dataclass
class CarePanel(Component):
    name: str
    heading: str | Promise
    sections: list[Section] = field(default_factory=list)
    order: int = 150
    template_name = "herstelnetwerk/admin/care_panel.html"

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if any(s.items for s in self.sections) else ""

    def get_context_data(self, parent_context):
        return {"panel": self, "sections": [s for s in self.sections if s.items]}


def editable_pages(user):
    """The pages ``user`` may change (a queryset to filter on, evaluated as a subquery)."""
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")
