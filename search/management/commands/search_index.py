from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Rebuild the Elasticsearch index (settings, mapping, synonyms and every public object) with bulk requests."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Drop and rebuild the index.")

    def handle(self, *args, rebuild=False, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError(
                "ELASTICSEARCH_URL is not set: the database engine uses Wagtail's index "
                "(rebuild that with `manage.py update_index`)."
            )
        if not rebuild:
            raise CommandError("Nothing to do: pass --rebuild.")
        from search.engines.elastic import ElasticsearchEngine

        total = ElasticsearchEngine().rebuild(progress=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} documents."))
