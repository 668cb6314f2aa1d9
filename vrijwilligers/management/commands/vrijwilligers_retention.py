from django.core.management.base import BaseCommand, CommandError

from vrijwilligers.privacy import anonymise_expired


class Command(BaseCommand):
    help = (
        "Anonymise volunteer sign-ups and enrolments (with their completions' reasons) older than "
        "VRIJWILLIGERS_RETENTION_MONTHS (default 24, at least 1), and delete older messages to cohorts. With "
        "--dry-run, only count them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be anonymised; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        try:
            counts = anonymise_expired(dry_run=dry_run)
        except ValueError as error:
            raise CommandError(str(error)) from error
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {counts['volunteerapplication']} sign-ups and {counts['enrollment']} enrolments; "
            f"{'would delete' if dry_run else 'deleted'} {counts['cohortmessage']} messages to cohorts."
        )
