"""The admin's form for a country action: its practice categories as checkboxes (stored as
their codes, the same in every language)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from practices.selectors.labels import category_labels


def _category_choices() -> list[tuple[str, str]]:
    labels = category_labels(locale=Locale.get_active())
    return sorted(labels.items(), key=lambda item: item[1])


class CountryActionForm(WagtailAdminModelForm):
    categories = forms.MultipleChoiceField(
        label=_("practice categories"),
        choices=_category_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
