"""The "Redactie" (editors) group may manage the holiday list and the suggested corrections."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "Redactie"
MODELS = ["holiday", "correction"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("socialmap")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="socialmap",
                codename__in=[f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")],
            )
        )


class Migration(migrations.Migration):
    dependencies = [("socialmap", "0005_corrections"), ("herstelnetwerk", "0002_editor_group")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
