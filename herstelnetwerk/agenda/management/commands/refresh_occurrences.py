from django.core.management.base import BaseCommand

from herstelnetwerk.agenda import occurrences


class Command(BaseCommand):
    help = (
        "Rewrite the stored occurrences of every published activity for the coming year and drop past ones. "
        "Run it once a day (cron or a systemd timer), so the rolling horizon moves along."
    )

    def handle(self, *args, **options):
        count = occurrences.refresh()
        self.stdout.write(f"{count} occurrences stored.")
