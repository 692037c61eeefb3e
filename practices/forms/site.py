"""Where a farm is and the measured conditions a farmer may state, as the search ("farms like
mine") and the carbon estimate (practices.impact) ask them: one definition of their labels,
limits and messages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from practices import vocabulary as v
from practices.forms.mixins import LocationMixin
from practices.forms.numbers import LocalFloatField, LocalIntegerField


def blank(choices) -> list:
    """Choices with an empty first one ("—"): the field may be left unanswered."""
    return [("", "—"), *choices]


CLIMATE_STATED = ("rainfall_mm", "temperature_c", "altitude_m")


class SiteConditionsForm(forms.Form):
    rainfall_mm = LocalIntegerField(
        label=_("Rainfall (mm a year)"), required=False, min_value=0, max_value=15000
    )
    temperature_c = LocalFloatField(
        label=_("Mean temperature (°C)"), required=False, min_value=-30, max_value=40
    )
    altitude_m = LocalIntegerField(
        label=_("Altitude (m)"), required=False, min_value=-500, max_value=6000
    )
    soil_group = forms.ChoiceField(
        label=_("Soil group"), required=False, choices=blank(v.SoilGroup.choices)
    )
    texture = forms.ChoiceField(
        label=_("Topsoil texture"), required=False, choices=blank(v.Texture.choices)
    )

    def climate_stated(self) -> dict:
        """The rainfall, temperature and altitude the farmer gave (None where left blank), as
        the carbon model's keywords: they win over the figures derived from the coordinates."""
        return {name: self.cleaned_data.get(name) for name in CLIMATE_STATED}


class FarmSiteForm(LocationMixin, SiteConditionsForm):
    """Where a farm is (coordinates, or a country and the nearest town: the subclass declares
    those fields) and its conditions. Sent by GET: a town's choices are links."""

    town_choices_as_links = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = blank(list(countries))

    def location_missing(self, *, country: str) -> None:
        raise forms.ValidationError(
            _("Say where the farm is: its latitude and longitude, or its country and nearest "
              "town.")
        )  # fmt: skip

    def coordinates_half(self, *, missing: str) -> None:
        self.add_error("latitude", _("Give both the latitude and the longitude."))
