"""The admin's CSV import for the social map: upload, then a report of what was saved and which lines failed."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from . import csv_io

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"), help_text=_("The columns of the export; UTF-8, comma-separated.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise forms.ValidationError(_("Choose a .csv file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text. Save it as 'CSV UTF-8'.")) from error


def import_view(request):
    if not request.user.has_perms(["socialmap.add_organisation", "socialmap.change_organisation"]):
        raise PermissionDenied
    report = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        report = csv_io.import_text(form.cleaned_data["file"])
    return TemplateResponse(
        request,
        "socialmap/admin/import.html",
        {
            "form": form,
            "report": report,
            "columns": csv_io.COLUMNS,
            "header_title": _("Import the social map"),
        },
    )
