"""The "Verhaalbegeleiding" group (the only one that sees consent records) and the "Verhaal review" workflow."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONSENT_GROUP = "Verhaalbegeleiding"
EDITOR_GROUP = "Redactie"
WORKFLOW = "Verhaal review"
TASK = "Verhaal goedkeuren"


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    consent_type, _ = ContentType.objects.get_or_create(app_label="verhalen", model="storyconsent")
    group, _ = Group.objects.get_or_create(name=CONSENT_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type=consent_type),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )

    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0})


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CONSENT_GROUP).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("verhalen", "0001_initial"),
        ("herstelnetwerk", "0002_editor_group"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create, remove)]
