from django import forms
from django.utils.translation import gettext_lazy as _

from herstelnetwerk.honeypot import HoneypotMixin
from herstelnetwerk.models import Municipality

from .models import KindOfWork, VolunteerApplication


class SignUpForm(HoneypotMixin, forms.ModelForm):
    kinds_of_work = forms.MultipleChoiceField(
        label=_("What would you like to do?"), choices=KindOfWork.choices, widget=forms.CheckboxSelectMultiple
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality where you live"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Choose"),
    )
    consent = forms.BooleanField(label=_("I agree"), required=True)

    class Meta:
        model = VolunteerApplication
        fields = [
            "name",
            "email",
            "phone",
            "municipality",
            "kinds_of_work",
            "availability",
            "motivation",
            "lived_experience",
        ]
        labels = {
            "name": _("Your name"),
            "email": _("E-mail address"),
            "phone": _("Phone (optional)"),
            "availability": _("When are you available?"),
            "motivation": _("Why would you like to volunteer?"),
            "lived_experience": _("Would you like to tell something about your own experience? (optional)"),
        }
        help_texts = {"availability": _("For example: tuesday mornings, or two evenings a month.")}
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 4}),
            "lived_experience": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].help_text = consent_text


class EnrollmentForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(label=_("E-mail address"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    consent = forms.BooleanField(label=_("I agree"), required=True)

    def __init__(self, *args, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].help_text = consent_text


class OverviewRequestForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
