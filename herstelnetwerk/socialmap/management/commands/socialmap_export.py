import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from herstelnetwerk.socialmap import csv_io


class Command(BaseCommand):
    help = "Export the social map as CSV (to a file, or to standard output)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, nargs="?", help="Where to write; standard output if left out.")

    def handle(self, *args, path=None, **options):
        if path is None:
            csv_io.write_csv(sys.stdout)
            return
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv_io.write_csv(stream)
        self.stdout.write(f"Written to {path}.")
