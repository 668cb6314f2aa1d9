from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search import text


class Synonym(models.Model):
    """Words visitors use for the same thing ("depressie", "somberheid"), managed by editors."""

    words = models.CharField(
        _("words"),
        max_length=300,
        unique=True,
        help_text=_(
            "Words that mean the same here, separated by commas. For example: depressie, somberheid."
        ),
    )

    panels = [FieldPanel("words")]

    class Meta:
        ordering = ["words"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.words

    @property
    def terms(self) -> list[str]:
        return [" ".join(text.words(term)) for term in self.words.split(",") if text.words(term)]

    @classmethod
    def groups(cls) -> dict[str, set[str]]:
        """Each word (and its stem) -> the other words of its group, in one query."""
        found: dict[str, set[str]] = {}
        for synonym in cls.objects.all():
            terms = set(synonym.terms)
            for term in terms:
                for key in (term, text.stem(term)):
                    found.setdefault(key, set()).update(terms - {term})
        return found
