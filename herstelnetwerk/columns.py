"""Admin list columns in plain Dutch."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """Wagtail's boolean column (a tick or a cross), whose icons are titled "Ja"/"Nee" instead of "True"/"False"."""

    cell_template_name = "herstelnetwerk/admin/yes_no_cell.html"
