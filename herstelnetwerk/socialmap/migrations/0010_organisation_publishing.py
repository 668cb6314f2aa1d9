"""Editors (Redactie) may publish, lock and unlock organisations; organisations' drafts go through their own workflow.

Existing organisations stay live (the ``live`` field defaults to true). Drafts that organisations send with their
update form, and drafts an editor submits, go to the "Vermelding controleren" workflow: one task for the Redactie.
"""

from django.db import migrations

EDITOR_GROUP = "Redactie"
WORKFLOW = "Vermelding controleren"
TASK = "Vermelding goedkeuren"
ACTIONS = {
    "publish": "Can publish organisation",
    "lock": "Can lock organisation",
    "unlock": "Can unlock organisation",
}


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    organisation_type, _ = ContentType.objects.get_or_create(app_label="socialmap", model="organisation")
    permissions = [
        Permission.objects.get_or_create(
            content_type=organisation_type, codename=f"{action}_organisation", defaults={"name": name}
        )[0]
        for action, name in ACTIONS.items()
    ]
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.add(*permissions)

    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0}
    )
    WorkflowContentType.objects.get_or_create(content_type=organisation_type, defaults={"workflow": workflow})


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "WorkflowContentType").objects.filter(
        content_type__app_label="socialmap", content_type__model="organisation"
    ).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("socialmap", "0009_organisation_drafts"),
        ("herstelnetwerk", "0002_editor_group"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, remove)]
