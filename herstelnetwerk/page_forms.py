"""The admin form every page of the site uses: a title that is already taken says where the other page is.

After a failed publish the page stays behind as a draft. Starting it again under the same title gave only "De slug
… is al in gebruik" on the Promote tab, so the draft stayed hidden and editors made a third attempt. Now the title
field (and the slug field on the Promote tab) says that a draft (or a published page) with that title already exists, with a link to it.
"""

from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class PageForm(WagtailAdminPageForm):
    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        taken = slug and "slug" in self.errors and self.parent_page is not None
        if taken and (existing := self.same_slug_sibling(slug)) is not None:
            message = self.taken_message(existing)
            self.errors["slug"] = self.error_class([message])  # instead of "slug … al in gebruik"
            self.add_error("title", message)
        return cleaned_data

    def same_slug_sibling(self, slug):
        siblings = self.parent_page.get_children().filter(slug=slug)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return siblings.only("pk", "title", "live").first()

    @staticmethod
    def taken_message(page):
        text = (
            _("A published page with this title already exists: %(link)s. Open it, or choose another title.")
            if page.live
            else _(
                "A draft with this title already exists: %(link)s. Continue that draft, or choose another title."
            )
        )
        link = format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page.pk]), page.title
        )
        return mark_safe(conditional_escape(text) % {"link": link})
