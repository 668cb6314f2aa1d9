from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from vrijwilligers.tasks import housekeeping


class Command(BaseCommand):
    help = (
        "Queue the volunteers' periodic work for the worker: lapse unconfirmed enrolments and sign-ups and pass "
        "their places on, and queue the reminders that are due. Run it every 15 minutes (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="Act as if it were this time (ISO 8601, with its offset): for catch-up runs."
        )

    def handle(self, *args, now=None, **options):
        try:
            moment = datetime.fromisoformat(now) if now else timezone.now()
        except ValueError as error:
            raise CommandError(f"--now: {error}") from error
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        result = housekeeping.enqueue(moment.isoformat())
        self.stdout.write(f"Queued the volunteers' housekeeping for {moment.isoformat()} ({result.id}).")
