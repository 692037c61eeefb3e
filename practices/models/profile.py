"""The agro-pedo-climatic conditions of a site, as one abstract mixin.

Carries its fields, panels and search fields; each page type concatenates them explicitly
(ds-wagtail `ArticleTagMixin`). Country and Köppen class are derived from the coordinates when
the author leaves them blank (practices.conditions.derive).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from django_countries.fields import CountryField

from practices import vocabulary as v
from practices.conditions.derive import LocationError, profile_derive
from practices.models.fields import optional_number

# The site conditions: one list for every place that names them (forms, selectors, import and
# export, the search documents and both engines), in the order of the model and the forms.
COORDINATES = ("latitude", "longitude")
PROFILE_CHOICES = ("koppen", "agro_climatic_zone", "slope_class", "soil_group", "texture",
                   "land_use", "water_supply")  # fmt: skip
PROFILE_NUMBERS = ("rainfall_mm", "temperature_c", "altitude_m")
PROFILE_DESCRIBED = ("soil_depth", "organic_matter")  # described on the page, not compared
PROFILE_FIELDS = (
    *COORDINATES, "country", "koppen", "agro_climatic_zone", *PROFILE_NUMBERS, "slope_class",
    "soil_group", "texture", *PROFILE_DESCRIBED, "land_use", "water_supply",
)  # fmt: skip
# What the search indexes, filters and compares.
PROFILE_INDEXED = ("country", *PROFILE_CHOICES, *PROFILE_NUMBERS)
# What a farmer states on the public forms (the agro-climatic zone, soil depth and organic
# matter are left to editors and imports).
PROFILE_FORM_FIELDS = tuple(
    name for name in PROFILE_FIELDS if name not in ("agro_climatic_zone", *PROFILE_DESCRIBED)
)


class CountryFilterField(index.FilterField):
    """The country as its code: a search backend that serialises to JSON (Elasticsearch) cannot
    take django-countries' Country object."""

    def get_value(self, obj):
        value = super().get_value(obj)
        return str(value) if value else ""


class ProfileMixin(models.Model):
    latitude = optional_number(
        models.FloatField, _("latitude"), low=-90, high=90,
        help_text=_("Decimal degrees, north positive (Niamey: 13.51)."),
    )  # fmt: skip
    longitude = optional_number(
        models.FloatField, _("longitude"), low=-180, high=180,
        help_text=_("Decimal degrees, east positive (Niamey: 2.11)."),
    )  # fmt: skip
    country = CountryField(
        _("country"), blank=True, help_text=_("Derived from the coordinates when left blank.")
    )
    koppen = models.CharField(
        _("Köppen-Geiger climate"),
        max_length=3,
        choices=v.KoppenClass.choices,
        blank=True,
        help_text=_("Derived from the coordinates when left blank."),
    )
    agro_climatic_zone = models.CharField(
        _("agro-climatic zone"), max_length=12, choices=v.AgroClimaticZone.choices, blank=True
    )
    rainfall_mm = optional_number(
        models.PositiveIntegerField, _("annual rainfall (mm)"), high=15000
    )
    temperature_c = optional_number(
        models.FloatField, _("mean annual temperature (°C)"), low=-30, high=40
    )
    altitude_m = optional_number(models.IntegerField, _("altitude (m)"), low=-500, high=6000)
    slope_class = models.CharField(
        _("slope"), max_length=12, choices=v.SlopeClass.choices, blank=True
    )
    soil_group = models.CharField(
        _("soil group (WRB)"), max_length=2, choices=v.SoilGroup.choices, blank=True
    )
    texture = models.CharField(
        _("topsoil texture"), max_length=8, choices=v.Texture.choices, blank=True
    )
    soil_depth = models.CharField(
        _("soil depth"), max_length=16, choices=v.SoilDepth.choices, blank=True
    )
    organic_matter = models.CharField(
        _("topsoil organic matter"), max_length=8, choices=v.OrganicMatter.choices, blank=True
    )
    land_use = models.CharField(_("land use"), max_length=20, choices=v.LandUse.choices, blank=True)
    water_supply = models.CharField(
        _("water supply"), max_length=10, choices=v.WaterSupply.choices, blank=True
    )

    # Set to True on a model whose sites must be located (practices).
    location_required = False

    profile_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("country"), FieldPanel("koppen")]),
                FieldPanel("agro_climatic_zone"),
                FieldRowPanel(
                    [
                        FieldPanel("rainfall_mm"),
                        FieldPanel("temperature_c"),
                        FieldPanel("altitude_m"),
                    ]
                ),
                FieldRowPanel([FieldPanel("slope_class"), FieldPanel("soil_group")]),
                FieldRowPanel(
                    [
                        FieldPanel("texture"),
                        FieldPanel("soil_depth"),
                        FieldPanel("organic_matter"),
                    ]
                ),
                FieldRowPanel([FieldPanel("land_use"), FieldPanel("water_supply")]),
            ],
            heading=_("Farm conditions"),
        )
    ]

    profile_search_fields = [
        CountryFilterField("country"),
        *(index.FilterField(name) for name in PROFILE_INDEXED if name != "country"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.profile_fill_derived()

    def profile_fill_derived(self) -> None:
        """Validate the coordinates and fill country/Köppen the author left blank."""
        if self.latitude is None and self.longitude is None and not self.location_required:
            return
        try:
            derived = profile_derive(latitude=self.latitude, longitude=self.longitude)
        except LocationError as error:
            raise ValidationError({error.field: error.message}) from error
        self.country = self.country or derived.country
        self.koppen = self.koppen or derived.koppen

    @property
    def koppen_group(self) -> str:
        return v.koppen_main_group(self.koppen)

    @property
    def koppen_description(self) -> str:
        return v.KOPPEN_DESCRIPTIONS.get(self.koppen, "")

    @property
    def rainfall_class(self) -> v.NumericClass | None:
        return v.numeric_class(self.rainfall_mm, v.RAINFALL_CLASSES)

    @property
    def altitude_class(self) -> v.NumericClass | None:
        return v.numeric_class(self.altitude_m, v.ALTITUDE_CLASSES)
