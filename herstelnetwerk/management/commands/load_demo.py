import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from herstelnetwerk import plugins
from herstelnetwerk.demo import core, images
from herstelnetwerk.demo.registry import real_pages

REFUSAL = """This site has content of its own ({count} pages that load_demo did not create, such as "{example}").
load_demo fills an empty site with an invented region and does not run here. To add the demo next to it anyway,
run it with --force: it then creates only what is missing and never changes, publishes or builds on what it did not
create. (A database filled by an older load_demo: delete it and start again.)

Deze site heeft eigen inhoud ({count} pagina's die load_demo niet heeft gemaakt, zoals "{example}").
load_demo vult alleen een lege site met een verzonnen regio. Wil je de demo er toch naast zetten, gebruik dan
--force: dan maakt load_demo alleen wat ontbreekt en verandert, publiceert of bouwt het nooit op wat het niet zelf
heeft gemaakt."""


class Command(BaseCommand):
    help = (
        "Build (idempotently) a fictional demo region: pages, settings, and each plugin's demo content. Refuses on "
        "a site with content of its own unless --force is given; never changes what it did not create."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also on a site with content of its own: add only what is missing, change nothing else.",
        )
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create a superuser 'admin' with a random password, printed once.",
        )

    @transaction.atomic
    def handle(self, *args, with_admin=False, force=False, **options):
        real = real_pages()
        if not force and (example := real.first()) is not None:
            raise CommandError(REFUSAL.format(count=real.count(), example=example.title))
        home = core.build(self.stdout)
        for step in plugins.collect(plugins.DEMO_CONTENT):
            step.build(home, self.stdout)
        images.build(home, self.stdout)  # after every plugin's content: it illustrates some of it
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
