"""A member or partner of the initiative: an organisation of one of its colleges, placed on
the map by its coordinates or its town."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale
from wagtail.search import index

from django_countries.fields import CountryField

from practices.conditions.places import town_find
from practices.models import Region
from practices.network.vocabulary import College, Membership
from practices.services.uploads import stored_name
from practices.upload_checks import photo_check


def logo_checked(upload) -> None:
    """A logo is checked as a farmer's photo is: by its content (practices.upload_checks)."""
    photo_check(upload)


def logo_path(instance: "Organisation", filename: str) -> str:
    """Stored under a random name with the extension of the detected format (never the
    sender's name or extension)."""
    return f"network/logos/{stored_name(photo_check(instance.logo.file))}"


def regions_of_default_language() -> dict:
    """The regions offered in the admin: one row per region (its default language's)."""
    return {"locale": Locale.get_default()}


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    college = models.CharField(_("college"), max_length=30, choices=College.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Membership.choices,
        default=Membership.PARTNER,
        help_text=_("Members are partners with a vote in the Consortium."),
    )
    country = CountryField(_("country"))
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    town = models.CharField(
        _("town"),
        max_length=120,
        blank=True,
        help_text=_("Placed on the map at the town when no coordinates are given."),
    )
    website = models.URLField(_("website"), blank=True)
    joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2015), MaxValueValidator(2100)],
    )
    regions = models.ManyToManyField(
        Region,
        blank=True,
        related_name="organisations",
        verbose_name=_("regions"),
        limit_choices_to=regions_of_default_language,
    )
    description_en = models.TextField(_("description (English)"), max_length=600, blank=True)
    description_fr = models.TextField(_("description (French)"), max_length=600, blank=True)
    description_es = models.TextField(_("description (Spanish)"), max_length=600, blank=True)
    logo = models.ImageField(_("logo"), upload_to=logo_path, blank=True, validators=[logo_checked])
    listed = models.BooleanField(
        _("listed"), default=True, help_text=_("Shown in the directory and on the maps.")
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("college"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("member or partner")
        verbose_name_plural = _("members and partners")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both the latitude and the longitude, or neither.")}
            )
        if self.latitude is None and not self.town:
            raise ValidationError(
                {"town": _("Give the coordinates or the town, to place it on the map.")}
            )
        if self.latitude is None and self.country:
            search = town_find(country=str(self.country), name=self.town)
            found = search.found
            if found is None and search.choices:
                raise ValidationError(
                    {
                        "town": _(
                            "Several places have that name in this country: write which one, "
                            "as %(example)s, or give the coordinates."
                        )
                        % {"example": search.choices[0].label}
                    }
                )
            if found is None:
                raise ValidationError(
                    {
                        "town": _(
                            "No town of that name in this country: check the spelling or give the "
                            "coordinates."
                        )
                    }
                )
            self.latitude, self.longitude = found.latitude, found.longitude

    @property
    def description(self) -> str:
        """In the reader's language, else in English, else in any language given."""
        language = (translation.get_language() or "en")[:2]
        own = getattr(self, f"description_{language}", "")
        return own or self.description_en or self.description_fr or self.description_es
