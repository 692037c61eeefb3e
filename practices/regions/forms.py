"""The call for twin regions' public form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.forms.mixins import HoneypotMixin, public_formfield
from practices.regions.models import ExpressionOfInterest


class ExpressionOfInterestForm(HoneypotMixin, forms.ModelForm):
    role = forms.ChoiceField(
        label=_("sink or source"),
        choices=ExpressionOfInterest.Role.choices,
        widget=forms.RadioSelect,
    )

    refused_message = _("We could not take your expression of interest. Please try again later.")

    class Meta:
        model = ExpressionOfInterest
        fields = [
            "organisation",
            "region_name",
            "country",
            "role",
            "contact_name",
            "email",
            "message",
        ]
        formfield_callback = public_formfield
        widgets = {
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        labels = {"region_name": _("Your region (district, province)")}
        help_texts = {
            "message": _("What your region offers or seeks, and who else is involved."),
        }
