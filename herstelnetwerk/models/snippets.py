from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from herstelnetwerk.lexicon import parse_words


class Theme(index.Indexed, models.Model):
    """A life theme shared by activities, organisations and stories (eenzaamheid, schulden, ...)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=False)
    description = models.CharField(_("description"), max_length=250, blank=True)
    everyday_words = models.TextField(
        _("everyday words"),
        blank=True,
        help_text=_(
            "Words visitors use for this theme, separated by commas, so search and the wegwijzer understand them. "
            "For example: depressie, neerslachtig, down."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("everyday_words")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    LEXICON_CACHE_KEY = "herstelnetwerk:theme-lexicon"
    CHOICES_CACHE_KEY = "herstelnetwerk:theme-choices"

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete_many([self.LEXICON_CACHE_KEY, self.CHOICES_CACHE_KEY])

    def delete(self, *args, **kwargs):
        cache.delete_many([self.LEXICON_CACHE_KEY, self.CHOICES_CACHE_KEY])
        return super().delete(*args, **kwargs)

    @property
    def words(self) -> tuple[str, ...]:
        """The theme's name and its everyday words, folded."""
        return parse_words(f"{self.name},{self.everyday_words}")

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(slug, name) of every theme, by name, for forms and filters; cached until a theme changes."""
        return cache.get_or_set(
            cls.CHOICES_CACHE_KEY,
            lambda: list(cls.objects.order_by("name").values_list("slug", "name")),
            timeout=600,
        )

    @classmethod
    def lexicon(cls) -> dict[str, frozenset[int]]:
        """Every theme word or phrase -> the ids of the themes it means; cached until a theme changes."""

        def build():
            found: dict[str, set[int]] = {}
            for theme in cls.objects.only("pk", "name", "everyday_words"):
                for phrase in theme.words:
                    found.setdefault(phrase, set()).add(theme.pk)
            return {phrase: frozenset(ids) for phrase, ids in found.items()}

        return cache.get_or_set(cls.LEXICON_CACHE_KEY, build, timeout=600)
