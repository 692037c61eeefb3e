"""The carbon questions: the API's parameters, and "my farm's soil carbon" (sent by GET, no
JavaScript), which asks where the farm is and what it does today."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from practices.forms.numbers import LocalFloatField
from practices.forms.site import FarmSiteForm, SiteConditionsForm
from practices.impact.carbon.model import Management

TILLAGE_CHOICES = [
    ("full", _("Full tillage (ploughing)")),
    ("reduced", _("Reduced tillage")),
    ("no_till", _("No tillage (direct seeding)")),
]
INPUT_CHOICES = [
    ("low", _("Low: residues removed or burnt, no fertiliser")),
    ("medium", pgettext_lazy("carbon inputs", "Medium: residues returned, or fertiliser")),
    ("high", _("High: cover crops, green manure or more residues")),
    ("high_manure", _("High with manure or compost")),
]
LAND_USE_CHOICES = [("cropland", _("Cropland")), ("grassland", _("Grassland, pasture"))]
GRASSLAND_CHOICES = [
    ("nominal", _("Grazed moderately, not degraded")),
    ("high_intensity_grazing", _("Heavily grazed")),
    ("severely_degraded", _("Severely degraded")),
    ("improved", _("Improved (sown, fertilised or irrigated)")),
]


class EstimateParamsForm(SiteConditionsForm):
    """GET /api/v1/carbon/estimate's parameters (issue 14's contract)."""

    lat = LocalFloatField(min_value=-90, max_value=90)
    lon = LocalFloatField(min_value=-180, max_value=180)
    land_use = forms.ChoiceField(required=False, choices=LAND_USE_CHOICES)
    tillage_before = forms.ChoiceField(required=False, choices=TILLAGE_CHOICES)
    tillage_after = forms.ChoiceField(required=False, choices=TILLAGE_CHOICES)
    input_before = forms.ChoiceField(required=False, choices=INPUT_CHOICES)
    input_after = forms.ChoiceField(required=False, choices=INPUT_CHOICES)
    grassland_before = forms.ChoiceField(required=False, choices=GRASSLAND_CHOICES)
    grassland_after = forms.ChoiceField(required=False, choices=GRASSLAND_CHOICES)
    area_ha = LocalFloatField(required=False, min_value=0, max_value=10_000_000)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not data.get("soil_group") and data.get("texture") != "coarse":
            self.add_error("soil_group", _("Give the soil group (WRB), or texture=coarse."))
        land_use = data.get("land_use") or "cropland"
        for state in ("before", "after"):
            inputs = data.get(f"input_{state}")
            if land_use == "grassland" and inputs in ("low", "high_manure"):
                self.add_error(f"input_{state}", _("On grassland, inputs are medium or high."))
            elif land_use == "grassland" and inputs == "high":
                if data.get(f"grassland_{state}") != "improved":
                    self.add_error(
                        f"input_{state}", _("High inputs apply to improved grassland only.")
                    )
        return data

    def managements(self) -> tuple[Management, Management]:
        data = self.cleaned_data
        land_use = data.get("land_use") or "cropland"
        before = Management(
            land_use=land_use,
            tillage=data.get("tillage_before") or "full",
            inputs=data.get("input_before") or "medium",
            grassland=data.get("grassland_before") or "nominal",
        )
        after = Management(
            land_use=land_use,
            tillage=data.get("tillage_after") or before.tillage,
            inputs=data.get("input_after") or before.inputs,
            grassland=data.get("grassland_after") or before.grassland,
        )
        return before, after

    def first_error(self) -> tuple[str, str]:
        """(field, message) of the first problem, as the API answers it."""
        field, errors = next(iter(self.errors.items()))
        return (None if field == "__all__" else field), str(errors[0])


class MySoilCarbonForm(FarmSiteForm):
    """Where the farm is and what it does today (sent by GET: a town's choices are links)."""

    latitude = LocalFloatField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    longitude = LocalFloatField(label=_("Longitude"), required=False, min_value=-180, max_value=180)
    country = forms.ChoiceField(label=_("Country"), required=False)
    land_use = forms.ChoiceField(
        label=_("Land use"), required=False, choices=LAND_USE_CHOICES, initial="cropland"
    )
    tillage = forms.ChoiceField(
        label=_("Tillage today"), required=False, choices=TILLAGE_CHOICES, initial="full"
    )
    inputs = forms.ChoiceField(
        label=_("Carbon inputs today"), required=False, choices=INPUT_CHOICES, initial="medium"
    )
    grassland = forms.ChoiceField(
        label=_("State of the grassland"),
        required=False,
        choices=GRASSLAND_CHOICES,
        initial="nominal",
    )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        self.location_clean(data)
        if not data.get("soil_group") and data.get("texture") != "coarse":
            self.add_error("soil_group", _("Choose the soil group, or a coarse (sandy) texture."))
        return data

    def today(self) -> Management:
        data = self.cleaned_data
        land_use = data.get("land_use") or "cropland"
        inputs = data.get("inputs") or "medium"
        if land_use == "grassland":
            inputs = "medium"  # Table 6.2's input factor is for improved grassland only
        return Management(
            land_use=land_use,
            tillage=data.get("tillage") or "full",
            inputs=inputs,
            grassland=data.get("grassland") or "nominal",
        )
