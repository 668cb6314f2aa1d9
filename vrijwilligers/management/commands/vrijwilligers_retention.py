from django.core.management.base import BaseCommand

from vrijwilligers.privacy import anonymise_expired


class Command(BaseCommand):
    help = (
        "Anonymise volunteer sign-ups and enrolments older than VRIJWILLIGERS_RETENTION_MONTHS (default 24)."
    )

    def handle(self, *args, **options):
        counts = anonymise_expired()
        self.stdout.write(
            f"Anonymised {counts['volunteerapplication']} sign-ups and {counts['enrollment']} enrolments."
        )
