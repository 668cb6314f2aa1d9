"""Editors' media move from the root collection to "Algemeen", so that a private collection can sit beside it.

Wagtail's collection permissions hold for a collection and everything below it: editors with rights on the root
would see every private collection. Their rights (and the media in the root) move to "Algemeen"; private
collections such as the plugins' "Toestemmingen" are its siblings, out of the editors' sight.
"""

from django.db import migrations

GENERAL = "Algemeen"
EDITOR_GROUP = "Redactie"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def encode(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def child_collection(Collection, parent, name):
    """The child of ``parent`` called ``name``, made with its treebeard path (historical models have no tree API)."""
    children = Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
    if found := children.filter(name=name).first():
        return found
    last = children.order_by("-path").values_list("path", flat=True).first()
    step = int(last[-STEP:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(name=name, path=parent.path + encode(step), depth=parent.depth + 1, numchild=0)
    Collection.objects.filter(pk=parent.pk).update(numchild=children.count())
    return child


def move_editors(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    general = child_collection(Collection, root, GENERAL)
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
        group__name=EDITOR_GROUP, collection=root
    ).update(collection=general)
    for app_label, model in (("wagtailimages", "Image"), ("wagtaildocs", "Document")):
        apps.get_model(app_label, model).objects.filter(collection=root).update(collection=general)


def move_back(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    general = Collection.objects.filter(depth=2, name=GENERAL).first()
    if root is None or general is None:
        return
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(collection=general).update(
        collection=root
    )
    for app_label, model in (("wagtailimages", "Image"), ("wagtaildocs", "Document")):
        apps.get_model(app_label, model).objects.filter(collection=general).update(collection=root)


class Migration(migrations.Migration):
    dependencies = [
        ("herstelnetwerk", "0002_editor_group"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(move_editors, move_back)]
