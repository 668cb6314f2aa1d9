"""Twelve invented recovery stories in plain Dutch (B1). Every person in them is fictional."""

from django.utils.text import slugify
from wagtail.models import Workflow, WorkflowPage

from herstelnetwerk.demo import child_page
from herstelnetwerk.models import SubregionPage, Theme

from .models import StoryIndexPage, StoryPage

NOTE = "Dit verhaal is verzonnen voor de demonstratie van deze website."

#: (title, author, name, age group, subregion slug, themes, tags, warning, intro, paragraphs, what helped)
STORIES = [
    (
        "De kronkelweg terug",
        "first_name",
        "Mirjam",
        "26-64",
        "den-helder",
        ["somberheid"],
        ["herstel", "inloop"],
        "",
        "Na jaren van somberheid vond Mirjam haar weg terug, met kleine stappen.",
        [
            "Ik kwam bijna de deur niet meer uit. Een buurvrouw nam me mee naar de inloop.",
            "Daar hoefde ik niets. Ik mocht koffie drinken en luisteren. Na een paar weken vertelde ik mijn eigen verhaal.",
        ],
        ["Elke dinsdag naar de inloop", "Een vast ritme", "Mensen die niet oordelen"],
    ),
    (
        "Niet meer alleen",
        "pseudonym",
        "Kees",
        "65+",
        "texel",
        ["eenzaamheid"],
        ["ontmoeting"],
        "",
        "Kees woont op Texel. Na de dood van zijn vrouw werd het stil in huis.",
        [
            "Ik at elke dag alleen. Tot iemand van het dorpshuis belde.",
            "Nu ga ik naar de wijklunch en help ik bij het koken.",
        ],
        ["De wijklunch", "Iets doen voor een ander"],
    ),
    (
        "Wat de fles mij kostte",
        "anonymous",
        "",
        "26-64",
        "alkmaar-dijk-en-waard",
        ["verslaving"],
        ["verslaving", "herstel"],
        "addiction",
        "Over drinken, stoppen en opnieuw beginnen.",
        [
            "Drinken begon als ontspanning. Het werd een manier om niets te voelen.",
            "In de herstelgroep leerde ik dat terugvallen erbij hoort. Ik ben nu twee jaar droog.",
        ],
        ["De herstelgroep", "Eerlijk zijn tegen mijn zus"],
    ),
    (
        "Stemmen die stiller werden",
        "pseudonym",
        "Noor",
        "18-25",
        "west-friesland-west",
        ["psychose"],
        ["psychose", "studie"],
        "",
        "Noor kreeg een psychose tijdens haar studie. Nu helpt ze anderen.",
        [
            "Ik hoorde dingen die er niet waren. Ik was bang en schaamde me.",
            "Een ervaringsdeskundige zei: het is niet jouw schuld. Dat zinnetje heb ik onthouden.",
        ],
        ["Medicijnen die bij mij passen", "Praten met een ervaringsdeskundige"],
    ),
    (
        "Een nieuwe dag",
        "anonymous",
        "",
        "18-25",
        "buch",
        ["somberheid"],
        ["jongeren"],
        "suicide",
        "Over de periode dat het leven te zwaar leek, en hoe het lichter werd.",
        [
            "Er was een tijd dat ik niet meer wilde leven. Ik belde 113, midden in de nacht.",
            "Die nacht was het begin van hulp. Nu, een jaar later, maak ik weer plannen.",
        ],
        ["Bellen met 113", "Mijn huisarts", "Kleine doelen per dag"],
    ),
    (
        "Schulden en slapeloze nachten",
        "first_name",
        "Ahmed",
        "26-64",
        "kop-van-noord-holland",
        ["schulden", "angst"],
        ["geld"],
        "",
        "Ahmed lag wakker van de rekeningen. Hulp vragen was de moeilijkste stap.",
        [
            "Ik opende geen post meer. De stapel werd hoger en mijn angst ook.",
            "Bij het spreekuur geldzaken hielp een vrijwilliger mij de brieven te sorteren.",
        ],
        ["Het spreekuur geldzaken", "Een vrijwilliger naast me"],
    ),
    (
        "Moeder van een zoon met zorgen",
        "first_name",
        "Els",
        "65+",
        "west-friesland-oost",
        ["naasten"],
        ["naasten", "familie"],
        "",
        "Els vertelt hoe het is om naast je kind te staan als het niet goed gaat.",
        [
            "Ik wilde alles oplossen voor mijn zoon. Dat lukte niet.",
            "In het naastencafé leerde ik dat ik ook voor mezelf mag zorgen.",
        ],
        ["Het naastencafé", "Grenzen leren stellen"],
    ),
    (
        "Mijn hoofd in de moestuin",
        "pseudonym",
        "Bram",
        "26-64",
        "west-friesland-oost",
        ["dagbesteding", "somberheid"],
        ["buiten"],
        "",
        "Werken met je handen bracht Bram rust in zijn hoofd.",
        [
            "Na mijn burn-out zat ik thuis. Elke dag leek hetzelfde.",
            "Op de zorgboerderij kreeg ik een stukje tuin. Groeien gaat langzaam, net als herstel.",
        ],
        ["De moestuin", "Buiten zijn"],
    ),
    (
        "Angst in de supermarkt",
        "anonymous",
        "",
        "26-64",
        "alkmaar-dijk-en-waard",
        ["angst"],
        ["angst"],
        "",
        "Boodschappen doen voelde als een berg. Stap voor stap werd de berg kleiner.",
        [
            "Mijn hart ging tekeer bij de kassa. Ik liet mijn kar staan en liep weg.",
            "In de lotgenotengroep oefenden we samen. Eerst een klein winkeltje, toen de supermarkt.",
        ],
        ["Oefenen in kleine stappen", "Ademhalingsoefeningen"],
    ),
    (
        "Weer meedoen, ook online",
        "first_name",
        "Gerda",
        "65+",
        "buch",
        ["digitalisering", "eenzaamheid"],
        ["digitaal"],
        "",
        "Gerda leerde in het digicafé videobellen met haar kleinkinderen.",
        [
            "Alles ging online en ik bleef achter. Ik voelde me dom.",
            "In het digicafé legde een jonge vrijwilliger het geduldig uit. Nu bel ik elke week met mijn kleinzoon.",
        ],
        ["Het digicafé", "Geduld van anderen"],
    ),
    (
        "Wat er thuis gebeurde",
        "anonymous",
        "",
        "18-25",
        "den-helder",
        ["zingeving"],
        ["jeugd"],
        "abuse",
        "Over geweld in het gezin waarin ze opgroeide, en over wat helpt om verder te gaan.",
        [
            "Thuis was het niet veilig. Ik praatte er met niemand over.",
            "Nu, jaren later, vertel ik mijn verhaal. Niet om medelijden, maar zodat anderen weten: je bent niet alleen.",
        ],
        ["Veilig Thuis bellen", "Een therapeut die ik vertrouw"],
    ),
    (
        "Van deelnemer naar gastvrouw",
        "first_name",
        "Sandra",
        "26-64",
        "kop-van-noord-holland",
        ["zingeving", "dagbesteding"],
        ["vrijwilligerswerk", "herstel"],
        "",
        "Sandra kwam als bezoeker bij de inloop. Nu zet zij de koffie klaar voor anderen.",
        [
            "Vier jaar geleden liep ik voor het eerst binnen, met trillende handen.",
            "Nu ben ik vrijwilliger. Ik herken mezelf in iedereen die voor het eerst komt.",
        ],
        ["Mijn ervaring inzetten", "De training ervaringsdeskundigheid"],
    ),
]


def build(home, stdout):
    index = child_page(
        home,
        StoryIndexPage,
        "verhalen",
        title="Verhalen",
        intro="Mensen vertellen hoe zij hun weg vonden. Herstel is geen rechte lijn: het is een kronkelweg.",
        show_in_menus=True,
    )
    if index is None:
        return  # the site has stories of its own
    assign_review_workflow(index)
    subregions = {page.slug: page for page in SubregionPage.objects.all()}
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for title, author, name, age, subregion, theme_slugs, tags, warning, intro, paragraphs, helped in STORIES:
        child_page(
            index,
            StoryPage,
            slugify(title),
            on_create=lambda story, tags=tags: story.tags.add(*tags),
            title=title,
            intro=intro,
            author=author,
            author_name=name,
            age_group=age,
            subregion=subregions.get(subregion),
            themes=[themes[slug] for slug in theme_slugs if slug in themes],
            content_warning=warning,
            body=[
                *[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
                ("what_helped", {"heading": "Wat mij hielp", "items": helped}),
                ("paragraph", f"<p><em>{NOTE}</em></p>"),
            ],
        )
    stdout.write(f"Stories: {index.get_children().count()} stories.")


def assign_review_workflow(index):
    """New stories under the index go through "Verhaal review" (created by a migration) before publication."""
    workflow = Workflow.objects.filter(name="Verhaal review").first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
