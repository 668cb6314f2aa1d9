"""The demo wegwijzer: five questions in plain Dutch (B1), with mappings to the demo's themes and kinds."""

import json

from herstelnetwerk.demo import child_page

from .models import WegwijzerPage


def option(value, label, themes=(), activity_types=(), organisation_kinds=(), requires=(), prefers=()):
    return {
        "value": value,
        "label": label,
        "themes": list(themes),
        "activity_types": list(activity_types),
        "organisation_kinds": list(organisation_kinds),
        "requires": list(requires),
        "prefers": list(prefers),
    }


QUESTIONS = [
    {
        "type": "who",
        "value": {
            "heading": "Voor wie zoek je iets?",
            "help_text": "Dan kunnen we beter kiezen wat we je laten zien.",
            "options": [
                option("mezelf", "Voor mezelf"),
                option("naaste", "Voor iemand om wie ik geef (mijn naaste)", prefers=["for_relatives"]),
                option("professional", "Als professional of vrijwilliger", prefers=["for_professionals"]),
            ],
        },
    },
    {
        "type": "place",
        "value": {
            "heading": "Waar zoek je?",
            "help_text": "Vul je woonplaats, dorp of postcode in. De 4 cijfers van je postcode zijn genoeg.",
        },
    },
    {
        "type": "need",
        "value": {
            "heading": "Waar heb je behoefte aan?",
            "help_text": "Je mag meer dan één antwoord kiezen.",
            "options": [
                option(
                    "ontmoeten",
                    "Mensen ontmoeten die het snappen",
                    themes=["eenzaamheid"],
                    activity_types=["lotgenotengroep", "inloop", "wijklunch"],
                    organisation_kinds=["herstel", "welzijn"],
                ),
                option(
                    "iets-doen",
                    "Iets te doen hebben",
                    themes=["dagbesteding"],
                    activity_types=["creatief", "buiten", "training"],
                    organisation_kinds=["vrijwilligers", "vereniging"],
                ),
                option(
                    "praten",
                    "Een luisterend oor, even praten",
                    activity_types=["inloop", "lotgenotengroep"],
                    organisation_kinds=["herstel", "welzijn", "huisarts"],
                    prefers=["walk_in"],
                ),
                option(
                    "geld-werk-wonen",
                    "Hulp bij geld, werk of wonen",
                    themes=["schulden", "dagbesteding"],
                    organisation_kinds=["sociaal-team", "woningcorporatie"],
                ),
                option(
                    "informatie",
                    "Informatie en uitleg",
                    activity_types=["informatie", "training"],
                    organisation_kinds=["ggz", "herstel"],
                ),
                option(
                    "voor-naaste",
                    "Iets voor mijn naaste",
                    themes=["naasten"],
                    prefers=["for_relatives"],
                ),
            ],
        },
    },
    {
        "type": "fit",
        "value": {
            "heading": "Wat past bij jou?",
            "help_text": "Kies alleen wat echt nodig is. Je mag meer dan één antwoord kiezen.",
            "options": [
                option("binnenlopen", "Zonder aanmelding binnenlopen", requires=["walk_in"]),
                option("gratis", "Gratis", requires=["free"]),
                option("rolstoel", "Rolstoeltoegankelijk", requires=["wheelchair"]),
                option("overdag", "Overdag", requires=["daytime"]),
                option("avond", "'s Avonds", requires=["evening"]),
                option("weekend", "In het weekend", requires=["weekend"]),
                option("online", "Online, vanuit huis", requires=["online"]),
            ],
        },
    },
    {
        "type": "theme",
        "value": {
            "heading": "Over welk onderwerp?",
            "help_text": "Kies een onderwerp als je wilt. Je mag ook overslaan.",
        },
    },
]


def build(home, stdout):
    page = child_page(
        home,
        WegwijzerPage,
        "wegwijzer",
        title="Waar kan ik terecht?",
        intro="Beantwoord een paar korte vragen. Dan zie je wat er deze week bij jou in de buurt is.",
        questions=json.dumps(QUESTIONS),
        result_intro="Dit is er voor jou, bij jou in de buurt. Je kunt je antwoorden altijd aanpassen.",
    )
    stdout.write(f"Wegwijzer: {len(page.questions)} questions.")
