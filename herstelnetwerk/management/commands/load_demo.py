import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from herstelnetwerk import plugins
from herstelnetwerk.demo import core


class Command(BaseCommand):
    help = "Build (idempotently) a fictional demo region: pages, settings, and each plugin's demo content."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create a superuser 'admin' with a random password, printed once.",
        )

    @transaction.atomic
    def handle(self, *args, with_admin=False, **options):
        home = core.build(self.stdout)
        for step in plugins.collect(plugins.DEMO_CONTENT):
            step.build(home, self.stdout)
        if with_admin:
            self.create_admin()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def create_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("The user 'admin' already exists; its password is unchanged.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@herstelnetwerk.example", password)
        self.stdout.write(f"Admin user created: username 'admin', password '{password}' (shown only now).")
