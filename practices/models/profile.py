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
from practices.conditions.derive import LocationError, km_between
from practices.conditions.site import SOURCES, SiteConditions, site_derive
from practices.models.fields import optional_number

# The site conditions: one list for every place that names them (forms, selectors, import and
# export, the search documents and both engines), in the order of the model and the forms.
COORDINATES = ("latitude", "longitude")
PROFILE_CHOICES = ("koppen", "agro_climatic_zone", "slope_class", "soil_group", "texture",
                   "land_use", "water_supply")  # fmt: skip
PROFILE_NUMBERS = ("rainfall_mm", "temperature_c", "altitude_m")
PROFILE_DESCRIBED = ("soil_depth", "organic_matter")  # described on the page, not compared
# The zones follow from the climate (derived, or set by editors and imports).
PROFILE_ZONES = ("agro_climatic_zone", "ipcc_zone")
PROFILE_FIELDS = (
    *COORDINATES, "country", "koppen", *PROFILE_ZONES, *PROFILE_NUMBERS, "slope_class",
    "soil_group", "texture", *PROFILE_DESCRIBED, "land_use", "water_supply",
)  # fmt: skip
# What the coordinates tell when nobody said (practices.conditions.site): a value entered by a
# person always wins over a derived one.
PROFILE_DERIVED = ("country", "koppen", *PROFILE_ZONES, *PROFILE_NUMBERS)
# What the search indexes, filters and compares.
PROFILE_INDEXED = ("country", *PROFILE_CHOICES, *PROFILE_NUMBERS)
# What a farmer states on the public forms (the zones, soil depth and organic matter are left
# to the derivation, editors and imports).
PROFILE_FORM_FIELDS = tuple(
    name for name in PROFILE_FIELDS if name not in (*PROFILE_ZONES, *PROFILE_DESCRIBED)
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
    ipcc_zone = models.CharField(
        _("IPCC climate zone"), max_length=20, choices=v.IpccClimateZone.choices, blank=True
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
    # {field: {"source": a practices.conditions.site.SOURCES code, "value": what was derived}}
    # for each value the coordinates gave, plus "snapped_to": [lat, lon] when they were read
    # at the nearest land. A value that no longer equals the one derived was entered since.
    derived = models.JSONField(_("derived values"), default=dict, blank=True, editable=False)

    # Set to True on a model whose sites must be located (practices).
    location_required = False

    profile_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("country"), FieldPanel("koppen")]),
                FieldRowPanel([FieldPanel("agro_climatic_zone"), FieldPanel("ipcc_zone")]),
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
        """Validate the coordinates and fill what they tell that nobody entered (country,
        climate, zones, altitude), recording where each value came from in `derived`."""
        if self.latitude is None and self.longitude is None and not self.location_required:
            return
        try:
            site = site_derive(latitude=self.latitude, longitude=self.longitude)
        except LocationError as error:
            raise ValidationError({error.field: error.message}) from error
        self.derived = derived_merge(self, site)

    def derived_source(self, name: str) -> str:
        """'derived from …' for a field whose value the coordinates gave; "" for one entered."""
        record = (self.derived or {}).get(name)
        if not record or _plain(getattr(self, name)) != record.get("value"):
            return ""
        return str(SOURCES.get(record.get("source"), ""))

    @property
    def derived_fields(self) -> list[str]:
        """The profile fields whose value the coordinates gave (none entered by a person)."""
        return [name for name in PROFILE_DERIVED if self.derived_source(name)]

    @property
    def derived_notes(self) -> dict:
        """What the page says of derived values: which are (`fields`: name -> True), where
        they come from (`sources`: [(source, [field labels])]) and, for a point the land mask
        calls sea, how far away the land they were read at is (`snapped_km`)."""
        fields = self.derived_fields
        sources: dict[str, list[str]] = {}
        for name in fields:
            label = str(self._meta.get_field(name).verbose_name)
            sources.setdefault(self.derived_source(name), []).append(label)
        snapped = (self.derived or {}).get("snapped_to")
        return {
            "fields": dict.fromkeys(fields, True),
            "sources": list(sources.items()),
            "snapped_km": round(km_between((self.latitude, self.longitude), snapped), 1)
            if snapped and fields and self.latitude is not None
            else None,
        }

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


def _plain(value):
    """A field's value as JSON keeps it (a Country as its code)."""
    return None if value in (None, "") else value if isinstance(value, int | float) else str(value)


def derived_merge(profile, site: SiteConditions) -> dict:
    """Set the fields of `profile` the coordinates tell and no person entered (blank, or still
    the value derived before: the point may have moved); returns the new `derived` record."""
    before = getattr(profile, "derived", None) or {}
    derived = {}
    for name in PROFILE_DERIVED:
        current = _plain(getattr(profile, name))
        record = before.get(name)
        if current is not None and not (record and record.get("value") == current):
            continue  # entered by a person: it wins
        value = _plain(getattr(site, name))
        setattr(profile, name, "" if value is None and name not in PROFILE_NUMBERS else value)
        if value is not None:
            derived[name] = {"source": site.sources[name], "value": value}
    if derived and site.snapped_to:
        derived["snapped_to"] = list(site.snapped_to)
    return derived
