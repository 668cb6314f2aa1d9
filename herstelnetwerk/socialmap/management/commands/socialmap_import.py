from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from herstelnetwerk.socialmap import csv_io


class Command(BaseCommand):
    help = (
        "Import organisations from a CSV file (the export's columns). Idempotent: rows match on their slug."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        report = csv_io.import_text(text)
        for line, message in report.errors:
            self.stderr.write(f"line {line}: {message}")
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, {len(report.errors)} lines skipped."
        )
        if report.errors:
            raise CommandError("Some lines were not imported; see above.", returncode=2)
