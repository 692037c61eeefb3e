"""Admin page forms (Wagtail's `base_form_class`)."""

from django import forms
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm


class PageLanguageChoicesMixin:
    """Categories (and the practices a tutorial or a video explains) offered in the page's
    language only — each term exists once per language, so the three mixed read "Biochar"
    three times — and as checkboxes, not a list box that needs ctrl-click."""

    language_choice_fields = ("categories", "practices")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in self.language_choice_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            field.widget = forms.CheckboxSelectMultiple(attrs={"class": "language-choices"})
            queryset = field.queryset.order_by("title" if name == "practices" else "name")
            field.queryset = queryset.filter(locale_id=locale_id) if locale_id else queryset


class PracticePageForm(PageLanguageChoicesMixin, WagtailAdminPageForm):
    """A practice in the admin: its categories in its language."""


class LearningPageForm(PageLanguageChoicesMixin, WagtailAdminPageForm):
    """A tutorial or a video. A correspondent writes for their region: the page's country (given,
    or derived from the coordinates by the model's clean) must be one of their regions'."""

    def _post_clean(self):
        super()._post_clean()  # the model's clean fills the country from the coordinates
        if self.for_user is None or self.parent_page is None:
            return
        perms = self.parent_page.permissions_for_user(self.for_user)
        if not getattr(perms, "as_correspondent", False):
            return
        country = str(self.instance.country or "")
        if country in perms.countries:
            return
        if {"country", "latitude", "longitude"} & set(self.errors):
            return  # the place itself is wrong: that error says so
        message = _(
            "You write for the countries of your regions (%(countries)s). Give the country, or "
            "the coordinates, of a place there; a moderator publishes pages for other countries."
        ) % {"countries": ", ".join(sorted(perms.countries)) or "—"}
        self.add_error("country", message)
