"""Fill the stored occurrences of the activities that exist already (later, publishing keeps them current)."""

from django.db import migrations


def fill(apps, schema_editor):
    from herstelnetwerk.agenda import occurrences

    occurrences.refresh(apps)


class Migration(migrations.Migration):
    dependencies = [("agenda", "0002_activityoccurrence")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
