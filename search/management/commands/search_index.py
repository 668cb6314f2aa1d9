from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Rebuild the Elasticsearch index (settings, mapping, synonyms and every public object) with bulk requests "
        "into a new index, then move the alias ELASTICSEARCH_INDEX to it; or refresh the database index's statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="Build a new index, switch the alias to it in one step, then delete the index it replaced.",
        )
        parser.add_argument(
            "--analyze",
            action="store_true",
            help="Database engine: refresh SQLite's statistics of the search index after a large import.",
        )

    def handle(self, *args, rebuild=False, analyze=False, **options):
        if analyze:
            from search.engines.database import analyze_index

            analyze_index()
            self.stdout.write(self.style.SUCCESS("Statistics of the search index are up to date."))
            return
        if not settings.ELASTICSEARCH_URL:
            raise CommandError(
                "ELASTICSEARCH_URL is not set: the database engine uses Wagtail's index "
                "(rebuild that with `manage.py update_index`)."
            )
        if not rebuild:
            raise CommandError("Nothing to do: pass --rebuild or --analyze.")
        from search.engines.elastic import ElasticsearchEngine

        total = ElasticsearchEngine().rebuild(progress=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} documents."))
