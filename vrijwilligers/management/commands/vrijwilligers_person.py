import json

from django.core.management.base import BaseCommand

from vrijwilligers.privacy import erase_person, export_person


class Command(BaseCommand):
    help = "Export (JSON) or erase everything stored about one e-mail address (a request under the AVG/GDPR)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", action="store_true")
        action.add_argument("--erase", action="store_true")

    def handle(self, *args, email, export=False, erase=False, **options):
        if export:
            self.stdout.write(json.dumps(export_person(email), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(f"Erased {erase_person(email)} records.")
