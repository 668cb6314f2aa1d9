"""Ask organisations whose entry is due for a check to look at it (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from herstelnetwerk.socialmap.review import request_reviews


class Command(BaseCommand):
    help = "Queue a review request mail for each organisation whose entry is due for a check (never twice)."

    def handle(self, *args, **options):
        queued = request_reviews(timezone.localdate())
        self.stdout.write(f"{queued} review request(s) queued.")
