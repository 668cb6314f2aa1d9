"""The private "Toestemmingen" collection for signed consent forms: only the "Verhaalbegeleiding" group sees it.

Its documents are served by Wagtail's document view, which refuses everyone outside the group (a collection view
restriction); the editors' rights are on the sibling collection "Algemeen" (core migration 0003), so they never
see it in the admin either.
"""

from django.db import migrations

CONSENT_COLLECTION = "Toestemmingen"
CONSENT_GROUP = "Verhaalbegeleiding"
PERMISSIONS = [
    (app_label, f"{action}_{model}")
    for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image"))
    for action in ("add", "change", "choose", "delete")
]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def encode(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def child_collection(Collection, parent, name):
    children = Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
    if found := children.filter(name=name).first():
        return found
    last = children.order_by("-path").values_list("path", flat=True).first()
    step = int(last[-STEP:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(name=name, path=parent.path + encode(step), depth=parent.depth + 1, numchild=0)
    Collection.objects.filter(pk=parent.pk).update(numchild=children.count())
    return child


def create(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    collection = child_collection(Collection, root, CONSENT_COLLECTION)
    group = apps.get_model("auth", "Group").objects.get(name=CONSENT_GROUP)
    restriction, _ = apps.get_model("wagtailcore", "CollectionViewRestriction").objects.get_or_create(
        collection=collection, defaults={"restriction_type": "groups", "password": ""}
    )
    restriction.groups.add(group)
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for app_label, codename in PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def remove(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    collection = Collection.objects.filter(depth=2, name=CONSENT_COLLECTION).first()
    if collection is not None:
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(collection=collection).delete()
        apps.get_model("wagtailcore", "CollectionViewRestriction").objects.filter(collection=collection).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("verhalen", "0005_consent_reference_required"),
        ("herstelnetwerk", "0003_general_collection"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, remove)]
