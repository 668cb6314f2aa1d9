import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("verhalen", "0004_fill_consent_references")]

    operations = [
        migrations.AlterField(
            model_name="storypage",
            name="consent_reference",
            field=models.UUIDField(
                db_index=True,
                default=uuid.uuid4,
                editable=False,
                help_text="Shared by a story and its copies: the consent records are filed under it.",
                verbose_name="consent reference",
            ),
        ),
    ]
