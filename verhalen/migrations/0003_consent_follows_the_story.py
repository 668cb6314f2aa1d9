"""Consent belongs to the story as content: a reference that copies keep, and records that outlive the page."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("verhalen", "0002_consent_group_and_review_workflow")]

    operations = [
        migrations.AddField(
            model_name="storypage",
            name="consent_reference",
            field=models.UUIDField(editable=False, null=True, verbose_name="consent reference"),
        ),
        migrations.AddField(
            model_name="storyconsent",
            name="story_reference",
            field=models.UUIDField(db_index=True, editable=False, null=True, verbose_name="consent reference"),
        ),
        migrations.AddField(
            model_name="storyconsent",
            name="story_title",
            field=models.CharField(blank=True, editable=False, max_length=255, verbose_name="title of the story"),
        ),
        migrations.AlterField(
            model_name="storyconsent",
            name="story",
            field=models.OneToOneField(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="consent",
                to="verhalen.storypage",
                verbose_name="story",
            ),
        ),
        migrations.AlterField(
            model_name="storyconsent",
            name="withdrawn_on",
            field=models.DateField(
                blank=True,
                help_text="Filling this in takes the story and every copy of it offline at once.",
                null=True,
                verbose_name="consent withdrawn on",
            ),
        ),
    ]
