"""The demo's about, privacy and accessibility pages: what the site really does, in plain Dutch (B1).

Keep the privacy page true to the code: no analytics and no tracking cookies; a security cookie (csrftoken) only on
pages with a form, a session cookie only for editors in the admin; volunteer sign-ups kept at most
``VRIJWILLIGERS_RETENTION_MONTHS`` after their last change, then anonymised; corrections are seen by editors only; limits per internet
address are counted with a hashed address that is never stored; the social map's map loads OpenStreetMap images only
after a click. Each page is (slug, title, intro, sections); a section is (heading or None, paragraphs), and a
paragraph that starts with "<ul>" is a list.
"""

ABOUT = (
    "over-ons",
    "Over ons",
    "Het herstelnetwerk verbindt zelfhulp, ervaringsdeskundigen, welzijn en zorg in Noord-Holland-Noord.",
    [
        (
            None,
            [
                "Iedereen kan psychisch vastlopen. Door somberheid, angst, verslaving, een psychose of gewoon "
                "te veel tegelijk. Herstel gebeurt vaak niet in een spreekkamer, maar dichtbij huis: bij een "
                "inloop, in een groep met mensen die hetzelfde meemaken, of bij de buren.",
                "Op deze website zie je wat er in jouw buurt is. Bijna alles is gratis en je hebt er geen "
                "verwijzing voor nodig.",
            ],
        ),
        (
            "Wie wij zijn",
            [
                "Het herstelnetwerk is een samenwerking van herstelcafés, zelfregiecentra, welzijnsorganisaties, "
                "sociale wijkteams, huisartsen en GGZ in de zeventien gemeenten van Noord-Holland-Noord. Veel "
                "mensen in het netwerk hebben zelf ervaring met psychische problemen.",
                "De regio is verdeeld in zeven deelregio's, van Texel tot Castricum. Bergen, Uitgeest, Castricum "
                "en Heiloo werken samen en heten samen de BUCH-gemeenten.",
            ],
        ),
        (
            "Wat je hier vindt",
            [
                "<ul><li>De mentale agenda: inloop, groepen, wijklunches en trainingen.</li>"
                "<li>De mentaal-sociale kaart: organisaties die je kunnen helpen, met adres en openingstijden."
                "</li><li>Verhalen van mensen die hun weg hebben gevonden.</li>"
                "<li>Vrijwilligerswerk en trainingen voor wie zijn eigen ervaring wil inzetten.</li></ul>",
            ],
        ),
        (
            "Klopt er iets niet?",
            [
                'Organisaties houden hun eigen gegevens bij. Zie je een fout, gebruik dan de knop "Klopt er '
                'iets niet?" onder aan de pagina. Een redacteur kijkt ernaar, meestal binnen een week.',
            ],
        ),
    ],
)

PRIVACY = (
    "privacy",
    "Privacyverklaring",
    "Wat wij wel en niet van je bewaren als je deze website gebruikt.",
    [
        (
            None,
            [
                "Je kunt deze website gebruiken zonder dat wij weten wie je bent. Dat vinden we belangrijk, "
                "want veel mensen zoeken hier hulp bij iets wat ze nog aan niemand hebben verteld.",
            ],
        ),
        (
            "Geen volgcookies, geen statistieken",
            [
                "We meten niet wie de website bezoekt. Er zijn geen advertenties, geen volgcookies en geen "
                "programma's van andere bedrijven die meekijken.",
                "Op pagina's met een formulier zet de website één cookie (csrftoken). Die beschermt het "
                "formulier tegen misbruik en zegt niets over jou. Redacteuren die inloggen krijgen een "
                "inlogcookie. Voor deze cookies hoeven we je geen toestemming te vragen.",
            ],
        ),
        (
            "De kaart",
            [
                "De kaartbeelden op de mentaal-sociale kaart komen van OpenStreetMap. Die worden pas geladen "
                'als je op "Toon de kaart" klikt. OpenStreetMap ziet dan je internetadres, zoals elke website '
                "die je bezoekt. Zonder de kaart werkt de lijst met organisaties ook.",
                "Verder laadt deze website niets van andere websites.",
            ],
        ),
        (
            "Als je een formulier invult",
            [
                "<ul><li><strong>Aanmelden als vrijwilliger of voor een training.</strong> We bewaren je naam, "
                "e-mailadres, telefoonnummer als je dat geeft, en wat je schrijft. Alleen de coördinatoren "
                "kunnen dit zien. Twee jaar nadat er voor het laatst iets aan je aanmelding is veranderd, maken we "
                "je gegevens automatisch anoniem.</li>"
                "<li><strong>Een fout doorgeven.</strong> We bewaren je bericht en, als je dat invult, je "
                "e-mailadres voor een antwoord. Alleen redacteuren zien het.</li>"
                "<li><strong>De wegwijzer.</strong> Je antwoorden staan alleen in de link in je browser. We "
                "tellen per dag hoe vaak iets gevraagd werd, zonder iets over jou.</li></ul>",
            ],
        ),
        (
            "Bescherming tegen misbruik",
            [
                "Om te voorkomen dat iemand een formulier duizend keer verstuurt, tellen we hoe vaak er vanaf "
                "één internetadres wordt verstuurd. We bewaren het adres niet zelf, alleen een versleutelde "
                "code, en die verdwijnt na een uur.",
            ],
        ),
        (
            "Je rechten",
            [
                "Je mag altijd vragen welke gegevens we van je hebben, en vragen om ze te verbeteren of te "
                "wissen. Bel of schrijf ons; ons telefoonnummer en adres staan onder aan elke pagina. We antwoorden "
                "binnen een maand. Ben je het niet eens met hoe we met je gegevens omgaan, dan kun je een klacht "
                "indienen bij de Autoriteit Persoonsgegevens.",
            ],
        ),
    ],
)

ACCESSIBILITY = (
    "toegankelijkheid",
    "Toegankelijkheidsverklaring",
    "Het herstelnetwerk wil dat iedereen deze website kan gebruiken, ook met een beperking.",
    [
        (
            "Status",
            [
                "Deze website <strong>voldoet gedeeltelijk</strong> aan de eisen van de Europese norm EN 301 549 "
                "en de richtlijnen WCAG 2.1, niveau AA.",
            ],
        ),
        (
            "Hoe we dit hebben onderzocht",
            [
                "We testen elke nieuwe versie van de website automatisch: elke soort pagina met axe, op een breed "
                "scherm en op een telefoon, en de belangrijkste dingen die je doet met alleen een toetsenbord.",
            ],
        ),
        (
            "Wat nog niet toegankelijk is",
            [
                "<ul><li><strong>De kaart.</strong> De kaart op de mentaal-sociale kaart is moeilijk te "
                "gebruiken met een toetsenbord of schermlezer. Alle organisaties op de kaart staan ook in de "
                "lijst op dezelfde pagina, met adres.</li>"
                "<li><strong>Het certificaat.</strong> Het certificaat na een training is een PDF die nog niet "
                "goed voorleest. Vraag je coördinator om de tekst in een e-mail.</li>"
                "<li><strong>Video's in verhalen.</strong> Niet elke video heeft ondertiteling. We voegen die "
                "toe als een video wordt geplaatst.</li>"
                "<li><strong>Open data.</strong> De downloads van de kaart zijn bestanden voor computers, geen "
                "leesbare pagina's.</li></ul>",
            ],
        ),
        (
            "Wat we eraan doen",
            [
                "Voor de kaart en het certificaat zoeken we in 2027 een oplossing. Tot die tijd helpen we je "
                "graag op een andere manier.",
            ],
        ),
        (
            "Loop je ergens tegenaan?",
            [
                "Bel of schrijf ons; ons telefoonnummer en adres staan onder aan elke pagina. Je krijgt "
                "binnen vijf werkdagen antwoord, en binnen drie weken een oplossing of een uitleg waarom dat "
                "langer duurt.",
            ],
        ),
        (
            "Datum van deze verklaring",
            ["Deze verklaring is opgesteld op 20 november 2026 en wordt elk jaar opnieuw bekeken."],
        ),
    ],
)

STANDARD_PAGES = [ABOUT, PRIVACY, ACCESSIBILITY]
