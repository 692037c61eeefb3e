"""The regional level: how a correspondent appears on their region's page, events (regional
meetings, field days), twin regions (a carbon sink twinned with a carbon source) and the
expressions of interest the call for twins gathers.

A region's own page is a view over the Region snippet (practices.regions.views), not a page
type: what it shows is the live records of the region, nothing an editor writes there."""

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from django_countries.fields import CountryField

from practices.models.fields import optional_number
from practices.models.pages import SectionIndexPage
from practices.models.rights import (
    CorrespondentRights,
    CorrespondentRightsMixin,
    RegionalPagePermissionTester,
)
from practices.models.taxonomy import Region
from practices.page_context import PageContextMixin

TIME_ZONES = sorted(zoneinfo.available_timezones())


class CorrespondentListing(models.Model):
    """A correspondent's consent to appear on their regions' pages, and how: nobody is listed
    without one (their account's name and e-mail stay private otherwise)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="correspondent_listing",
        verbose_name=_("correspondent"),
    )
    listed = models.BooleanField(
        _("show me on my regions' pages"),
        default=False,
        help_text=_("Unticked, your regions' pages do not name you."),
    )
    display_name = models.CharField(_("name as shown"), max_length=120)
    role = models.CharField(_("role or organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(
        _("public contact e-mail"), blank=True, help_text=_("Left blank, no address is shown.")
    )

    class Meta:
        verbose_name = _("correspondent listing")
        verbose_name_plural = _("correspondent listings")

    def __str__(self):
        return self.display_name


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: give a name such as Europe/Helsinki."))


class EventIndexPage(SectionIndexPage):
    """The events of one language: upcoming first, then past ones."""

    template = "pages/event_index_page.html"
    intro = models.TextField(_("introduction"), blank=True)
    subpage_types = ["regions.EventPage"]

    class Meta:
        verbose_name = _("events")


class RegionalPermissionTester(RegionalPagePermissionTester):
    """A page of the regional level is a correspondent's when one of its countries is in one of
    their regions (`page.region_countries()`)."""

    def in_region(self, page) -> bool:
        return bool(set(page.region_countries()) & self.countries)


class RegionalPageMixin(CorrespondentRightsMixin):
    correspondent_rights = CorrespondentRights.REGION

    def permissions_for_user(self, user):
        return RegionalPermissionTester(user, self)


class EventPage(PageContextMixin, RegionalPageMixin, Page):
    """A meeting, a field day or a webinar, announced on its regions' pages and in their
    calendars. Dates and times are the place's, in its time zone."""

    template = "pages/event_page.html"

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The place's time zone, e.g. Europe/Helsinki or Africa/Porto-Novo."),
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    programme = RichTextField(_("programme"), blank=True)
    regions = ParentalManyToManyField(Region, verbose_name=_("regions"), related_name="+")

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        FieldRowPanel([FieldPanel("place"), FieldPanel("country")]),
        FieldPanel("online_url"),
        FieldPanel("registration_url"),
        FieldPanel("programme"),
        FieldPanel("regions"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("place"),
        index.SearchField("programme"),
    ]
    parent_page_types = ["regions.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        elif self.start_time and self.end_time and not self.end_date:
            if self.end_time < self.start_time:
                errors["end_time"] = _("The event cannot end before it starts.")
        if bool(self.start_time) != bool(self.end_time) and self.end_time:
            errors["start_time"] = _("Give the start time too, or neither time.")
        if not (self.place or self.online_url):
            errors["place"] = _("Say where it happens: a place, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    def region_countries(self) -> set[str]:
        codes = {str(self.country)} if self.country else set()
        for region in self.regions.all():
            codes.update(str(code) for code in region.countries)
        return codes

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    @property
    def last_day(self) -> date:
        return self.end_date or self.start_date

    @property
    def starts_at(self) -> datetime:
        """When it starts, as an aware datetime in the place's zone (midnight when all day)."""
        return datetime.combine(self.start_date, self.start_time or time(0), self.zone)

    @property
    def ends_at(self) -> datetime:
        """When it ends (an all-day event: the midnight after its last day)."""
        if self.all_day or self.end_time is None:
            return datetime.combine(self.last_day + timedelta(days=1), time(0), self.zone)
        return datetime.combine(self.last_day, self.end_time, self.zone)


class TwinRegionIndexPage(SectionIndexPage):
    """The twin regions of one language, and the call for expressions of interest."""

    template = "pages/twin_region_index_page.html"
    intro = RichTextField(_("introduction"), blank=True)
    subpage_types = ["regions.TwinRegionPage"]

    class Meta:
        verbose_name = _("twin regions")


@dataclass(frozen=True)
class Area:
    """A sink or source area: a country's administrative unit by name, or a circle around a
    place (centre and radius)."""

    name: str
    country: str
    admin_unit: str = ""
    latitude: float | None = None
    longitude: float | None = None
    radius_km: float | None = None

    @property
    def is_circle(self) -> bool:
        return not self.admin_unit and self.latitude is not None and self.radius_km is not None


def _area_fields(role: str) -> dict:
    return {
        f"{role}_name": models.CharField(_("name"), max_length=120),
        f"{role}_country": CountryField(_("country")),
        f"{role}_admin_unit": models.CharField(
            _("administrative unit"),
            max_length=120,
            blank=True,
            help_text=_(
                "A province, department or district as GeoNames names it (e.g. Donga); "
                "or leave blank and give a centre and a radius."
            ),
        ),
        f"{role}_latitude": optional_number(
            models.FloatField, _("centre latitude"), low=-90, high=90
        ),
        f"{role}_longitude": optional_number(
            models.FloatField, _("centre longitude"), low=-180, high=180
        ),
        f"{role}_radius_km": models.FloatField(
            _("radius (km)"),
            null=True,
            blank=True,
            validators=[MinValueValidator(1), MaxValueValidator(500)],
        ),
    }


def _area_panels(role: str, heading) -> MultiFieldPanel:
    return MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel(f"{role}_name"), FieldPanel(f"{role}_country")]),
            FieldPanel(f"{role}_admin_unit"),
            FieldRowPanel(
                [
                    FieldPanel(f"{role}_latitude"),
                    FieldPanel(f"{role}_longitude"),
                    FieldPanel(f"{role}_radius_km"),
                ]
            ),
        ],
        heading=heading,
    )


class TwinRegionPage(PageContextMixin, RegionalPageMixin, Page):
    """A carbon-sink region twinned with a carbon-source region (objective F1): the sink's offer
    is computed from the live practices in its area (practices.regions.selectors); the
    source's demand and the arrangement are what the two regions wrote."""

    template = "pages/twin_region_page.html"

    locals().update(_area_fields("sink"))
    locals().update(_area_fields("source"))
    demand_t_co2e_yr = optional_number(
        models.FloatField,
        _("declared demand (t CO2e/yr)"),
        low=0,
        help_text=_("From the source region's own carbon accounting."),
    )
    demand_basis = models.TextField(_("how the demand was accounted"), blank=True)
    cost_sharing = RichTextField(_("cost-sharing arrangement"), blank=True)

    content_panels = [
        *Page.content_panels,
        _area_panels("sink", _("Carbon-sink region")),
        _area_panels("source", _("Carbon-source region")),
        MultiFieldPanel(
            [FieldPanel("demand_t_co2e_yr"), FieldPanel("demand_basis")],
            heading=_("Declared demand"),
        ),
        FieldPanel("cost_sharing"),
        InlinePanel("progress", heading=_("Progress"), label=_("progress entry")),
    ]
    parent_page_types = ["regions.TwinRegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("twin region")
        verbose_name_plural = _("twin regions")

    def _area(self, role: str) -> Area:
        values = {
            name: getattr(self, f"{role}_{name}")
            for name in ("name", "admin_unit", "latitude", "longitude", "radius_km")
        }
        return Area(country=str(getattr(self, f"{role}_country") or ""), **values)

    @property
    def sink(self) -> Area:
        return self._area("sink")

    @property
    def source(self) -> Area:
        return self._area("source")

    def region_countries(self) -> set[str]:
        return {code for code in (self.sink.country, self.source.country) if code}

    def clean(self):
        super().clean()
        errors = {}
        for role in ("sink", "source"):
            area = self._area(role)
            circle = [area.latitude, area.longitude, area.radius_km]
            if area.admin_unit and any(value is not None for value in circle):
                errors[f"{role}_admin_unit"] = _(
                    "Give an administrative unit or a circle (centre and radius), not both."
                )
            elif not area.admin_unit and any(value is None for value in circle):
                errors[f"{role}_admin_unit"] = _(
                    "Give an administrative unit, or the centre's latitude and longitude and "
                    "a radius."
                )
        if errors:
            raise ValidationError(errors)


class TwinProgress(Orderable):
    """A dated step of the twinning: a visit, an agreement, a first payment, a measurement."""

    page = ParentalKey(TwinRegionPage, on_delete=models.CASCADE, related_name="progress")
    date = models.DateField(_("date"))
    text = models.TextField(_("what happened"))

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("progress entry")
        ordering = ["date", "sort_order"]


class ExpressionOfInterest(models.Model):
    """An answer to the call for twin regions, from the public form; read by the secretariat."""

    class Role(models.TextChoices):
        SINK = "sink", _("Carbon-sink region (offers sequestration)")
        SOURCE = "source", _("Carbon-source region (seeks to offset emissions)")

    organisation = models.CharField(_("organisation"), max_length=200)
    region_name = models.CharField(_("region"), max_length=200)
    country = CountryField(_("country"))
    role = models.CharField(_("sink or source"), max_length=6, choices=Role.choices)
    contact_name = models.CharField(_("contact name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    message = models.TextField(_("message"), max_length=4000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} ({self.region_name})"
