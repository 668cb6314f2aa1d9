from django.db import migrations


def analyze_search_index(apps, schema_editor):
    """SQLite plans full-text searches well only with statistics of the index (see ``analyze_index``)."""
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("ANALYZE wagtailsearch_indexentry")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(analyze_search_index, migrations.RunPython.noop)]
