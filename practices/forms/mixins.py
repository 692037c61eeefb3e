"""Pieces shared by the public site's forms: one-line texts; numbers held to the model's range,
so that whatever a form accepts the model accepts too (a value the model refuses only at
publication leaves a draft that nobody can approve); the honeypot; the location ("coordinates,
or country and nearest town"); the photos a form keeps across a post that must be corrected."""

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from practices.conditions.places import town_find
from practices.forms.numbers import LocalFloatField, LocalIntegerField
from practices.models.profile import COORDINATES, PROFILE_FORM_FIELDS
from practices.services.uploads import photo_staged
from practices.text import one_line
from practices.upload_checks import MAX_PHOTOS


class OneLineCharField(forms.CharField):
    """A one-line text (a title, a name, a town). A browser never puts a line break in a one-line
    input, but a paste or a forged post can, and these texts travel into email subjects and
    page titles: line breaks, tabs and other control characters become single spaces, so that
    what was typed is kept, on one line."""

    def to_python(self, value):
        value = super().to_python(value)
        return one_line(value) if value else value


def model_bounds(model_field: models.Field) -> tuple[float | None, float | None]:
    """The narrowest range the model field's validators allow (for integers, they include the
    database column's own range), as (lowest, highest); None where unbounded."""
    lows, highs = [], []
    for validator in model_field.validators:
        limit = validator.limit_value
        if callable(limit):
            continue
        if isinstance(validator, MinValueValidator):
            lows.append(limit)
        elif isinstance(validator, MaxValueValidator):
            highs.append(limit)
    return max(lows, default=None), min(highs, default=None)


NUMBER_FIELDS = (models.IntegerField, models.FloatField, models.DecimalField)


def public_formfield(model_field: models.Field, **kwargs) -> forms.Field | None:
    """The form field of a model field on a public form (`formfield_callback`): numbers carry
    the model's range — a clear error on the field, `min` and `max` on the number input — and
    one-line texts are kept on one line."""
    if isinstance(model_field, NUMBER_FIELDS):
        low, high = model_bounds(model_field)
        whole = isinstance(model_field, models.IntegerField)
        number = LocalIntegerField if whole else LocalFloatField
        kwargs = {"min_value": low, "max_value": high, "form_class": number, **kwargs}
    elif isinstance(model_field, models.CharField) and not model_field.choices:
        kwargs = {"form_class": OneLineCharField, **kwargs}
    return model_field.formfield(**kwargs)


# The conditions a farmer states about a place, without its coordinates (the "I tried this"
# form asks for these; the farm and the practice forms ask for the coordinates too).
CONDITION_FIELDS = [name for name in PROFILE_FORM_FIELDS if name not in COORDINATES]


class HoneypotMixin(forms.Form):
    """A field people leave empty, hidden by the stylesheet and from screen readers: a post
    that fills it in is refused as a whole with `refused_message`, never saying why."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    refused_message: str

    def clean(self):
        data = super().clean()
        if data.get("homepage"):
            raise forms.ValidationError(self.refused_message, code="refused")
        return data


def file_field(*, label: str, accept: str, help_text: str) -> forms.FileField:
    """An optional file of one kind (`accept`: "image/*", "video/*"), checked by content in
    the form's clean_<field> (practices.upload_checks)."""
    return forms.FileField(
        label=label,
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": accept}),
        help_text=help_text,
    )


def town_field(help_text: str = "") -> forms.CharField:
    return OneLineCharField(
        label=_("Nearest town"), required=False, max_length=100, help_text=help_text
    )


class LocationMixin(forms.Form):
    """Where a site is: its coordinates, or its country and nearest town, found offline
    (practices.conditions.places). `location_clean` puts the town's coordinates into the
    cleaned data and says what is missing. A form says how it asks for a location not given
    (`location_missing`), and may say when a typed town wins (`town_wanted`) and how it asks
    for the other half of the coordinates (`coordinates_half`)."""

    town = town_field()

    # Suggestions for a town not found: in the error itself, or beside it (the template shows
    # `town_suggestions`).
    town_suggestions_in_error = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.town_found = ""  # "Name (province)" once a town placed the site
        self.town_suggestions: list[str] = []

    def location_clean(self, data: dict) -> bool:
        """Place the site, or say what is missing; True when the town was to place it."""
        latitude, longitude = data.get("latitude"), data.get("longitude")
        country, town = data.get("country") or "", (data.get("town") or "").strip()
        by_town = self.town_wanted(data, country=country, town=town)
        if by_town:
            self.town_place(data, country=country, town=town)
        elif latitude is None and longitude is None:
            self.location_missing(country=country)
        elif latitude is None or longitude is None:
            self.coordinates_half(missing="latitude" if latitude is None else "longitude")
        return by_town

    def town_wanted(self, data: dict, *, country: str, town: str) -> bool:
        """The town places the site when it comes with its country and without coordinates."""
        no_coordinates = data.get("latitude") is None and data.get("longitude") is None
        return bool(town and country) and no_coordinates

    def location_missing(self, *, country: str) -> None:
        """Neither coordinates nor a town: say so (an error on a field, or raised)."""
        raise NotImplementedError

    def coordinates_half(self, *, missing: str) -> None:
        if missing == "latitude":
            self.add_error("latitude", _("Give the latitude as well as the longitude."))
        else:
            self.add_error("longitude", _("Give the longitude as well as the latitude."))

    def town_place(self, data: dict, *, country: str, town: str) -> None:
        if not country:
            self.add_error("country", _("Choose the country of the town."))
            return
        found, suggestions = town_find(country=country, name=town)
        if found is None:
            message = _("No town of that name in this country.")
            if not self.town_suggestions_in_error:
                self.town_suggestions = suggestions
            elif suggestions:
                hint = ", ".join(suggestions[:5])
                message += " " + _("Did you mean: %(towns)s?") % {"towns": hint}
            self.add_error("town", message)
            return
        data["latitude"], data["longitude"] = found.latitude, found.longitude
        self.town_found = f"{found.name} ({found.admin1})"


KEPT_SALT = "practices.contribute.photos"  # as signed since the first release: kept as is


def kept_photos_sign(*, user, photos: list[int | str]) -> str:
    """The photos a form carries from one post to the next: ids of stored images (while
    editing) and names of photos staged while the form is corrected."""
    return signing.dumps({"user": user.pk, "images": photos}, salt=KEPT_SALT)


def kept_photos_read(*, user, value: str) -> list[int | str]:
    """The photos this user already sent with this form; anything tampered with counts as none."""
    if not value:
        return []
    try:
        data = signing.loads(value, salt=KEPT_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return []
    if data.get("user") != user.pk:
        return []
    kept = [i for i in data.get("images", []) if isinstance(i, int | str)][:MAX_PHOTOS]
    ids = [i for i in kept if isinstance(i, int)]
    mine = set(
        get_image_model()
        .objects.filter(pk__in=ids, uploaded_by_user=user)
        .values_list("pk", flat=True)
    )
    return [
        i for i in kept
        if (i in mine if isinstance(i, int) else photo_staged(user=user, name=i) is not None)
    ]  # fmt: skip


class KeptPhotosMixin(forms.Form):
    """Photos that passed their checks in an earlier post of the form (or, while editing, those
    already stored), carried signed in a hidden field so that a farmer on a slow connection
    never sends them twice. The form is made for one `user`: only theirs count."""

    kept_photos = forms.CharField(required=False, widget=forms.HiddenInput)

    kept_photos_max = MAX_PHOTOS

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept_photos: list[int | str] = []

    def clean_kept_photos(self) -> list[int | str]:
        kept = kept_photos_read(user=self.user, value=self.data.get("kept_photos"))
        self.kept_photos = kept[: self.kept_photos_max]
        return self.kept_photos

    def photos_keep(self, photos: list[int | str]) -> None:
        """Show the form again carrying `photos`, with everything else as posted."""
        data = self.data.copy()
        data["kept_photos"] = kept_photos_sign(user=self.user, photos=photos)
        self.data = data


def service_errors_add(form: forms.BaseForm, error: ValidationError) -> None:
    """A service's refusal, on the form: on the field it names when the form has that field,
    above the form otherwise."""
    for field, problems in error.message_dict.items():
        form.add_error(field if field in form.fields else None, problems)
