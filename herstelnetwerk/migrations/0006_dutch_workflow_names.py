"""Dutch names for what Wagtail's own migrations create in English: the default workflow, its task and its groups.

The publish menu offered "Stuur door naar Moderators approval". Workflow, task and group names are data, not
translatable strings, so they are renamed here (only where they still carry Wagtail's English default).
"""

from django.db import migrations

#: (model, English name Wagtail gave it, Dutch name)
RENAMES = [
    ("Workflow", "Moderators approval", "Redactie"),
    ("Task", "Moderators approval", "Goedkeuren door moderatoren"),
]
GROUP_RENAMES = [("Moderators", "Moderatoren"), ("Editors", "Redacteuren")]


def rename(apps, forward=True):
    for model, english, dutch in RENAMES:
        old, new = (english, dutch) if forward else (dutch, english)
        apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)
    Group = apps.get_model("auth", "Group")
    for english, dutch in GROUP_RENAMES:
        old, new = (english, dutch) if forward else (dutch, english)
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def to_dutch(apps, schema_editor):
    rename(apps)


def to_english(apps, schema_editor):
    rename(apps, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("herstelnetwerk", "0005_page_images"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_dutch, to_english)]
