"""A reference of its own for every existing story, and the consent records filed under it with the title."""

import uuid

from django.db import migrations


def fill(apps, schema_editor):
    StoryPage = apps.get_model("verhalen", "StoryPage")
    StoryConsent = apps.get_model("verhalen", "StoryConsent")
    for story in StoryPage.objects.filter(consent_reference__isnull=True).only("pk"):
        StoryPage.objects.filter(pk=story.pk).update(consent_reference=uuid.uuid4())
    for consent in StoryConsent.objects.select_related("story").exclude(story=None):
        consent.story_reference = consent.story.consent_reference
        consent.story_title = consent.story.title
        consent.save(update_fields=["story_reference", "story_title"])


class Migration(migrations.Migration):
    dependencies = [("verhalen", "0003_consent_follows_the_story")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
