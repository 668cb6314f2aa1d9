"""The core's demo content: home page, subregions, standard pages, themes and site settings."""

import json

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Site

from herstelnetwerk.lexicon import THEME_WORDS
from herstelnetwerk.models import HomePage, Municipality, SiteSettings, StandardPage, SubregionPage, Theme

from .pages import child_page, rich_text_body, sections_body
from .region import SUBREGIONS, THEMES
from .registry import is_demo, mark
from .standard_pages import STANDARD_PAGES

SITE_NAME = "Herstelnetwerk Noord-Holland-Noord"

#: Standard pages in the main menu; the feature pages (agenda, kaart, verhalen, ...) add themselves.
MENU_PAGES = {"over-ons"}

CRISIS_CONTACTS = [
    ("113 Zelfmoordpreventie", "0800-0113", "Gratis en anoniem, dag en nacht", "https://www.113.nl/"),
    ("Huisartsenpost (na 17.00 uur)", "088-0130 300", "Bij spoed buiten kantoortijd", ""),
    ("Alarmnummer", "112", "Bij direct levensgevaar", ""),
]


@transaction.atomic
def build(stdout):
    home = build_home_page()
    build_themes()
    for data in SUBREGIONS:
        build_subregion(home, data)
    standard_pages = {
        slug: child_page(
            home,
            StandardPage,
            slug,
            title=title,
            intro=intro,
            body=sections_body(sections),
            show_in_menus=slug in MENU_PAGES,
        )
        for slug, title, intro, sections in STANDARD_PAGES
    }
    if is_demo(home):  # a site of its own keeps its settings (contact details, footer) as they are
        footer_pages = [standard_pages["privacy"], standard_pages["toegankelijkheid"]]
        build_site_settings(home, footer_pages=[page for page in footer_pages if page is not None])
    stdout.write(f"Core: home page, {len(SUBREGIONS)} subregions, {len(STANDARD_PAGES)} standard pages.")
    return home


def build_home_page():
    """The home page becomes the root of the default site, replacing Wagtail's welcome page.

    A home page of the site's own is used as it is, and then the site (its name, its root) is left alone too.
    """
    home = HomePage.objects.first()
    if home is not None and not is_demo(home):
        return home
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title="Samen werken aan herstel",
            slug="herstelnetwerk",
            intro="Steun, ontmoeting en hulp bij psychische kwetsbaarheid, dichtbij huis in Noord-Holland-Noord. "
            "Bijna alles is gratis en zonder verwijzing.",
        )
        root.add_child(instance=home)
        mark(home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
        )
    elif site.root_page_id != home.pk or site.site_name != SITE_NAME:
        old_root = site.root_page
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
        if old_root.pk != home.pk and old_root.depth == 2 and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    return home


def build_site_settings(home, footer_pages):
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home))
    filled_in = [site_settings.crisis_contacts, site_settings.contact_email, site_settings.contact_phone]
    if not any(filled_in) and not site_settings.contact_address and not site_settings.footer_text:
        site_settings.crisis_contacts = json.dumps(
            [
                {
                    "type": "contact",
                    "value": {"name": name, "phone": phone, "description": description, "url": url},
                }
                for name, phone, description, url in CRISIS_CONTACTS
            ]
        )
        site_settings.contact_email = "info@herstelnetwerk.example"
        site_settings.contact_phone = "072-520 6180"
        site_settings.contact_address = "Kanaalkade 41\n1811 LN Alkmaar"
        site_settings.footer_text = (
            "Herstelnetwerk Noord-Holland-Noord: samen werken aan herstel, dichtbij huis."
        )
        site_settings.footer_links = json.dumps(
            [
                {"type": "link", "value": {"label": page.title, "page": page.pk, "url": ""}}
                for page in footer_pages
            ]
        )
        site_settings.save()


def build_themes():
    for name, slug, description in THEMES:
        theme, created = Theme.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "everyday_words": ", ".join(THEME_WORDS.get(slug, ())),
            },
        )
        if created:
            mark(theme)


def build_subregion(home, data):
    page = home.get_children().filter(slug=data["slug"]).first()
    if page is not None:
        return page.specific if is_demo(page) else None
    page = SubregionPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=rich_text_body(*data["body"]),
    )
    for order, name in enumerate(data["municipalities"]):
        page.municipalities.add(Municipality(name=name, slug=slugify(name), sort_order=order))
    home.add_child(instance=page)
    mark(page)
    page.save_revision().publish()
    return page
