"""The "Vrijwilligerscoördinatie" group: the only one that may see volunteer data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Vrijwilligerscoördinatie"
MODELS = ["volunteerapplication", "statuschange", "trainingcohort", "trainingsession", "enrollment"]


def create_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="vrijwilligers", content_type__model__in=MODELS),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    # Sign-ups come from the public form only.
    group.permissions.remove(*Permission.objects.filter(codename="add_volunteerapplication"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [("vrijwilligers", "0001_initial"), ("wagtailadmin", "0006_formstate")]

    operations = [migrations.RunPython(create_group, remove_group)]
