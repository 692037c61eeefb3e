"""The "farms like mine" form: where the farm is and what it is like."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from practices import vocabulary as v
from practices.forms.numbers import CoordinateField
from practices.forms.site import FarmSiteForm, blank
from practices.models import PracticeCategory
from practices.selectors.labels import category_labels
from search.encoder import Profile


class FarmsLikeMineForm(FarmSiteForm):
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
        choices=blank(v.KoppenClass.choices),
        help_text=_("Found from the location when left blank."),
    )
    slope_class = forms.ChoiceField(
        label=_("Slope"), required=False, choices=blank(v.SlopeClass.choices)
    )
    land_use = forms.ChoiceField(
        label=_("Land use"), required=False, choices=blank(v.LandUse.choices)
    )
    water_supply = forms.ChoiceField(
        label=_("Water supply"), required=False, choices=blank(v.WaterSupply.choices)
    )
    category = forms.ChoiceField(label=_("Kind of practice"), required=False)

    # The site's conditions (SiteConditionsForm) come in their place, after the climate zone.
    field_order = [
        "town", "latitude", "longitude", "country", "koppen", "rainfall_mm", "temperature_c",
        "altitude_m", "slope_class", "soil_group", "texture",
    ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = category_labels(locale=Locale.get_active())
        slugs = sorted(set(PracticeCategory.objects.values_list("slug", flat=True)))
        self.fields["category"].choices = blank(
            sorted(((slug, labels.get(slug, slug)) for slug in slugs), key=lambda c: c[1])
        )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        self.location_clean(data)
        data["town_found"] = self.town_found
        return data

    def profile_and_location(self) -> tuple[Profile, dict]:
        data = self.cleaned_data
        location = {"latitude": data["latitude"], "longitude": data["longitude"]}
        return Profile.from_mapping(data), location
