"""The social map as CSV: one row per organisation with its first place. Import is idempotent on the slug.

A row with errors is reported with its line number and skipped; every other row is saved, each in its own
transaction, so one bad line never loses the rest.
"""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _

from herstelnetwerk.csv_safety import SafeDictWriter, restore
from herstelnetwerk.models import Municipality, Theme

COLUMNS = [
    "slug",
    "name",
    "kind",
    "description",
    "phone",
    "email",
    "website",
    "walk_in",
    "themes",
    "municipalities_served",
    "last_reviewed",
    "location_name",
    "street_address",
    "postal_code",
    "city",
    "location_municipality",
    "latitude",
    "longitude",
    "wheelchair_accessible",
]
LIST_SEPARATOR = ";"
TRUE = {"1", "ja", "yes", "true", "waar", "j", "y"}


def rows(organisations):
    """CSV rows (dicts) for organisations with prefetched themes, municipalities and locations."""
    for organisation in organisations:
        place = next(iter(organisation.locations.all()), None)
        yield {
            "slug": organisation.slug,
            "name": organisation.name,
            "kind": organisation.kind,
            "description": organisation.description,
            "phone": organisation.phone,
            "email": organisation.email,
            "website": organisation.website,
            "walk_in": "ja" if organisation.walk_in else "nee",
            "themes": LIST_SEPARATOR.join(theme.slug for theme in organisation.themes.all()),
            "municipalities_served": LIST_SEPARATOR.join(
                m.slug for m in organisation.municipalities_served.all()
            ),
            "last_reviewed": organisation.last_reviewed.isoformat() if organisation.last_reviewed else "",
            "location_name": place.name if place else "",
            "street_address": place.street_address if place else "",
            "postal_code": place.postal_code if place else "",
            "city": place.city if place else "",
            "location_municipality": place.municipality.slug if place and place.municipality else "",
            "latitude": place.latitude if place and place.latitude is not None else "",
            "longitude": place.longitude if place and place.longitude is not None else "",
            "wheelchair_accessible": "ja" if place and place.wheelchair_accessible else "nee",
        }


def export_organisations():
    from .models import Organisation

    return Organisation.objects.live().prefetch_related(
        "themes", "municipalities_served", "locations__municipality"
    )


def write_csv(stream):
    writer = SafeDictWriter(stream, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows(export_organisations().order_by("name")))


class RowForm(forms.Form):
    """Validates one CSV row with the same rules as the admin."""

    slug = forms.SlugField(max_length=150)
    name = forms.CharField(max_length=150)
    kind = forms.ChoiceField()
    description = forms.CharField(max_length=600, required=False)
    phone = forms.CharField(max_length=30, required=False)
    email = forms.EmailField(required=False)
    website = forms.URLField(required=False, assume_scheme="https")
    walk_in = forms.CharField(required=False)
    themes = forms.CharField(required=False)
    municipalities_served = forms.CharField(required=False)
    last_reviewed = forms.DateField(required=False)
    location_name = forms.CharField(max_length=150, required=False)
    street_address = forms.CharField(max_length=150, required=False)
    postal_code = forms.CharField(max_length=10, required=False)
    city = forms.CharField(max_length=80, required=False)
    location_municipality = forms.CharField(required=False)
    latitude = forms.DecimalField(max_digits=9, decimal_places=6, min_value=-90, max_value=90, required=False)
    longitude = forms.DecimalField(
        max_digits=9, decimal_places=6, min_value=-180, max_value=180, required=False
    )
    wheelchair_accessible = forms.CharField(required=False)

    def __init__(self, *args, themes, municipalities, **kwargs):
        from .models import OrganisationKind

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = OrganisationKind.choices
        self.known_themes, self.known_municipalities = themes, municipalities

    def slugs(self, name, known, label):
        values = [
            value.strip() for value in self.cleaned_data.get(name, "").split(LIST_SEPARATOR) if value.strip()
        ]
        if unknown := [value for value in values if value not in known]:
            raise forms.ValidationError(
                _("Unknown %(what)s: %(values)s") % {"what": label, "values": ", ".join(unknown)}
            )
        return [known[value] for value in values]

    def clean_themes(self):
        return self.slugs("themes", self.known_themes, _("theme"))

    def clean_municipalities_served(self):
        return self.slugs("municipalities_served", self.known_municipalities, _("municipality"))

    def clean_location_municipality(self):
        found = self.slugs("location_municipality", self.known_municipalities, _("municipality"))
        return found[0] if found else None

    def clean(self):
        data = super().clean()
        if data.get("location_name") and not (data.get("street_address") and data.get("city")):
            raise forms.ValidationError(_("A place needs a street address and a town."))
        return data


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def import_csv(stream) -> ImportReport:
    report = ImportReport()
    reader = csv.DictReader(stream)
    missing = {"slug", "name", "kind"} - set(reader.fieldnames or [])
    if missing:
        report.errors.append((1, _("Missing columns: %(columns)s") % {"columns": ", ".join(sorted(missing))}))
        return report
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = {municipality.slug: municipality for municipality in Municipality.objects.all()}
    for line, row in enumerate(reader, start=2):
        row = {column: restore(value) for column, value in row.items()}
        form = RowForm(row, themes=themes, municipalities=municipalities)
        if not form.is_valid():
            messages = [
                f"{name}: {' '.join(errors)}" if name != "__all__" else " ".join(errors)
                for name, errors in form.errors.items()
            ]
            report.errors.append((line, "; ".join(messages)))
            continue
        created = save_row(form.cleaned_data)
        report.created += created
        report.updated += not created
    return report


@transaction.atomic
def save_row(data) -> bool:
    from .models import Location, Organisation

    organisation, created = Organisation.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "name": data["name"],
            "kind": data["kind"],
            "description": data["description"],
            "phone": data["phone"],
            "email": data["email"],
            "website": data["website"],
            "walk_in": data["walk_in"].strip().lower() in TRUE,
            "last_reviewed": data["last_reviewed"],
        },
    )
    organisation.themes.set(data["themes"])
    organisation.municipalities_served.set(data["municipalities_served"])
    organisation.save()
    if data["location_name"]:
        Location.objects.update_or_create(
            organisation=organisation,
            name=data["location_name"],
            defaults={
                "street_address": data["street_address"],
                "postal_code": data["postal_code"],
                "city": data["city"],
                "municipality": data["location_municipality"],
                "latitude": data["latitude"],
                "longitude": data["longitude"],
                "wheelchair_accessible": data["wheelchair_accessible"].strip().lower() in TRUE,
            },
        )
    return created


def import_text(text: str) -> ImportReport:
    return import_csv(io.StringIO(text.lstrip("\ufeff")))
