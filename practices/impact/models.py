"""Country actions: what a country's programmes and policies do for soil carbon, reported top
down by the initiative's correspondents (issue 14). Shown on the dashboard beside the figures
counted from practices, never added into them.

Translatable as the project's snippets are (TranslatableMixin, translated with
wagtail-localize): the texts (name, funders, monitoring system, source, notes) are translated;
the numbers, country, categories, NDC answer and year are the same in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index

from django_countries.fields import CountryField

from practices.models.fields import optional_number


class NdcSoilCarbon(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Not known")


class CountryAction(TranslatableMixin, index.Indexed, models.Model):
    """One country programme or policy (e.g. a national agroecology programme)."""

    country = CountryField(_("country"))
    name = models.CharField(_("programme or policy"), max_length=255)
    year = optional_number(
        models.PositiveSmallIntegerField,
        _("year"),
        low=1950,
        high=2100,
        help_text=_("The year the figures below are for (or the programme started)."),
    )
    funding_amount = optional_number(
        models.DecimalField, _("funding"), low=0, max_digits=16, decimal_places=2
    )
    funding_currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code, e.g. USD, EUR, XOF.")
    )
    funders = models.CharField(_("funded by"), max_length=255, blank=True)
    beneficiaries = models.PositiveIntegerField(_("farmers reached"), null=True, blank=True)
    hectares = optional_number(models.FloatField, _("hectares"), low=0)
    categories = models.JSONField(
        _("practice categories"),
        default=list,
        blank=True,
        help_text=_("The codes of the practice categories the programme supports."),
    )
    mrv_system = models.TextField(
        _("monitoring (MRV) system"),
        blank=True,
        help_text=_("How results are measured, reported and verified."),
    )
    ndc_soil_carbon = models.CharField(
        _("NDC includes soil carbon"),
        max_length=8,
        choices=NdcSoilCarbon.choices,
        default=NdcSoilCarbon.UNKNOWN,
    )
    source = models.CharField(_("source"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country action")
        verbose_name_plural = _("country actions")
        ordering = ["country", "-year", "name"]

    def __str__(self):
        return f"{self.country.name} — {self.name}"
