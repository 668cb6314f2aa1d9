"""Every CSV the site writes keeps formulas out: a cell a spreadsheet would run (OWASP "CSV injection") is text.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so
``=HYPERLINK(...)`` typed into a public form shows as text when a coordinator opens the export. The site's own
writers use :class:`SafeDictWriter`; Wagtail's admin exports (modeladmin and snippet lists, reports, form
submissions) all write through ``SpreadsheetExportMixin.write_csv_row``, which :func:`guard_wagtail_exports`
replaces once at start-up. Its xlsx exports already store such cells as text. Importing reads the apostrophe back
off (:func:`restore`), so an exported file imports unchanged.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value):
    """The value :func:`neutralise` was given, for a cell it wrote."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class SafeDictWriter(csv.DictWriter):
    def writerow(self, rowdict):
        return super().writerow({key: neutralise(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


def guard_wagtail_exports():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    SpreadsheetExportMixin.write_csv_row = write_csv_row
