from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CrisisContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    phone = blocks.CharBlock(label=_("Phone number"), max_length=30)
    description = blocks.CharBlock(label=_("When to call"), required=False, max_length=160)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "warning"
        label = _("Crisis contact")
        template = "herstelnetwerk/blocks/crisis_contact.html"
        preview_value = {
            "name": "113 Zelfmoordpreventie",
            "phone": "0800-0113",
            "description": "Gratis en anoniem, dag en nacht",
        }


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        label = _("Footer link")
        template = "herstelnetwerk/blocks/footer_link.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter an address."))}
            )
        return value
