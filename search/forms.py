"""The "farms like mine" form: where the farm is and what it is like."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from practices import vocabulary as v
from practices.forms.mixins import LocationMixin
from practices.forms.numbers import CoordinateField, LocalFloatField, LocalIntegerField
from practices.models import PracticeCategory
from practices.selectors.labels import category_labels
from search.encoder import Profile


def _blank(choices) -> list:
    return [("", "—"), *choices]


class FarmsLikeMineForm(LocationMixin, forms.Form):
    """Where the farm is (coordinates, or country and nearest town) and what it is like. Sent
    by GET: a town's choices are links (LocationMixin)."""

    latitude = CoordinateField(
        label=_("Latitude"),
        required=False,
        help_text=_("Decimal degrees, north positive (Niamey: 13.51), or 13°30'N."),
    )
    longitude = CoordinateField(
        axis="longitude",
        label=_("Longitude"),
        required=False,
        help_text=_("Decimal degrees, east positive (Niamey: 2.11), or 2°6'E."),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    koppen = forms.ChoiceField(
        label=_("Climate zone (Köppen-Geiger)"),
        required=False,
        choices=_blank(v.KoppenClass.choices),
        help_text=_("Found from the location when left blank."),
    )
    rainfall_mm = LocalIntegerField(
        label=_("Rainfall (mm a year)"), required=False, min_value=0, max_value=15000
    )
    temperature_c = LocalFloatField(
        label=_("Mean temperature (°C)"), required=False, min_value=-30, max_value=40
    )
    altitude_m = LocalIntegerField(
        label=_("Altitude (m)"), required=False, min_value=-500, max_value=6000
    )
    slope_class = forms.ChoiceField(
        label=_("Slope"), required=False, choices=_blank(v.SlopeClass.choices)
    )
    soil_group = forms.ChoiceField(
        label=_("Soil group"), required=False, choices=_blank(v.SoilGroup.choices)
    )
    texture = forms.ChoiceField(
        label=_("Topsoil texture"), required=False, choices=_blank(v.Texture.choices)
    )
    land_use = forms.ChoiceField(
        label=_("Land use"), required=False, choices=_blank(v.LandUse.choices)
    )
    water_supply = forms.ChoiceField(
        label=_("Water supply"), required=False, choices=_blank(v.WaterSupply.choices)
    )
    category = forms.ChoiceField(label=_("Kind of practice"), required=False)

    town_choices_as_links = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _blank(list(countries))
        labels = category_labels(locale=Locale.get_active())
        slugs = sorted(set(PracticeCategory.objects.values_list("slug", flat=True)))
        self.fields["category"].choices = _blank(
            sorted(((slug, labels.get(slug, slug)) for slug in slugs), key=lambda c: c[1])
        )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        self.location_clean(data)
        data["town_found"] = self.town_found
        return data

    def location_missing(self, *, country: str) -> None:
        raise forms.ValidationError(
            _("Say where the farm is: its latitude and longitude, or its country and nearest "
              "town.")
        )  # fmt: skip

    def coordinates_half(self, *, missing: str) -> None:
        self.add_error("latitude", _("Give both the latitude and the longitude."))

    def profile_and_location(self) -> tuple[Profile, dict]:
        data = self.cleaned_data
        location = {"latitude": data["latitude"], "longitude": data["longitude"]}
        return Profile.from_mapping(data), location
