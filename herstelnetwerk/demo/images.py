"""The demo's images: illustrations drawn by ``illustrations`` (nothing downloaded), put in the Wagtail image library
with Dutch titles and descriptions (the alt text), and attached to the demo's home page, subregions, and some of its
stories, activities and organisations.

Generic over the models with ``ImageMixin``, so the core names no plugin's model. Only the demo's own objects
without an image get one, and only where the model allows it (an anonymous story never has an image).
"""

import io
import zlib

from django.apps import apps
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, DraftStateMixin, Page, RevisionMixin

from herstelnetwerk.models import HomePage, ImageMixin, SubregionPage

from . import illustrations
from .registry import is_demo

COLLECTION = "Illustraties (demo)"

#: key -> (scene, seed, title, description). The description is the alt text wherever a page adds none.
IMAGES = {
    "dunes": (
        "dunes",
        3,
        "Duinen aan zee",
        "Tekening van duinen met helmgras, met daarachter de zee onder een lichte lucht.",
    ),
    "beach": (
        "beach",
        4,
        "Strand met strandpalen",
        "Tekening van een rustig strand met een rij strandpalen.",
    ),
    "polder": (
        "polder",
        5,
        "Polder met molen",
        "Tekening van een groene polder met sloten, een rij bomen en een molen.",
    ),
    "bulb_fields": (
        "bulb_fields",
        6,
        "Bollenvelden",
        "Tekening van bloeiende bollenvelden in stroken rood, geel en roze, met huizen in de verte.",
    ),
    "lighthouse": (
        "lighthouse",
        7,
        "Vuurtoren in de duinen",
        "Tekening van een rood-witte vuurtoren op een duin aan zee.",
    ),
    "village": (
        "village",
        8,
        "Stadje aan het water",
        "Tekening van huizen en een kerktoren aan het water, met een zeilboot.",
    ),
    "harbour": (
        "village",
        11,
        "Haven met zeilboot",
        "Tekening van een oud haventje met gekleurde huizen en een witte zeilboot.",
    ),
    "forest": ("forest", 9, "Duinbos", "Tekening van een bos met loofbomen aan de rand van de duinen."),
}

HOME = "dunes"
SUBREGIONS = {
    "den-helder": "beach",
    "texel": "lighthouse",
    "kop-van-noord-holland": "bulb_fields",
    "west-friesland-oost": "village",
    "west-friesland-west": "harbour",
    "alkmaar-dijk-en-waard": "polder",
    "buch": "forest",
}
#: Stories, activities and organisations: about one in two gets an image, chosen by its name (stable between runs).
SOME_OF_THE_REST = 2


def build(home, stdout):
    if home is None:
        return
    library = {key: library_image(key) for key in IMAGES}
    attached = 0
    for model in image_models():
        for item in model.objects.filter(image__isnull=True).order_by("pk"):
            key = image_for(item)
            if key is not None and is_demo(item):
                attach(item, library[key])
                attached += 1
    stdout.write(f"Demo images: {len(library)} in the library, {attached} attached.")


def image_models():
    """The concrete models with an image (pages and snippets), most specific first."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ImageMixin) and not model._meta.abstract and not model._meta.proxy
    ]


def image_for(item) -> str | None:
    if not item.image_allowed:
        return None
    if isinstance(item, HomePage):
        return HOME
    if isinstance(item, SubregionPage):
        return SUBREGIONS.get(item.slug)
    name = getattr(item, "slug", "") or str(item.pk)
    checksum = zlib.crc32(name.encode())
    if checksum % SOME_OF_THE_REST:
        return None
    keys = sorted(set(IMAGES) - {HOME})
    return keys[(checksum >> 8) % len(keys)]


def library_image(key):
    """The library's image for ``key``, drawn and added the first time."""
    scene, seed, title, description = IMAGES[key]
    Image = get_image_model()
    collection = demo_collection()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    image = Image(title=title, description=description, collection=collection)
    image.file = ImageFile(io.BytesIO(illustrations.draw(scene, seed)), name=f"{key}.jpg")
    image.save()
    return image


def demo_collection():
    existing = Collection.objects.filter(name=COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION)


def attach(item, image):
    """Give ``item`` the image the way an editor would: a published revision for pages and drafts."""
    item.image = image
    if isinstance(item, Page | DraftStateMixin):
        item.save_revision().publish()
        return
    item.save()
    if isinstance(item, RevisionMixin):
        item.save_revision()
