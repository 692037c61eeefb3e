"""Pieces shared by the public site's forms: one-line texts; numbers held to the model's range,
so that whatever a form accepts the model accepts too (a value the model refuses only at
publication leaves a draft that nobody can approve); the honeypot; the location ("coordinates,
or country and nearest town", or a click on the world map); the photos a form keeps across a
post that must be corrected."""

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms.utils import ErrorDict
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from django_countries import countries

from practices.conditions.places import Town, town_find
from practices.forms.numbers import CoordinateField, LocalFloatField, LocalIntegerField
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
        if model_field.name in COORDINATES:  # degrees, also as 12°21'N
            kwargs.update(form_class=CoordinateField, axis=model_field.name)
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


# The world map of the location fieldset, as the page shows it (CSS pixels; its image,
# static/img/world-map.png, is twice as large for sharp screens): equirectangular, 1.25° a pixel.
MAP_WIDTH, MAP_HEIGHT = 288, 144


def map_point(x: str | None, y: str | None) -> tuple[float, float] | None:
    """The latitude and longitude of a click on the world map (`map.x`, `map.y`), or None when
    the map was not clicked. (0, 0) is what a browser sends when Enter in a field submits the
    form through the map, its first submit button: an ordinary submission, not the corner."""
    try:
        column, row = int(x), int(y)
    except (TypeError, ValueError):
        return None
    if (column, row) == (0, 0):
        return None
    column, row = min(max(column, 0), MAP_WIDTH), min(max(row, 0), MAP_HEIGHT)
    return round(90 - row * 180 / MAP_HEIGHT, 1), round(column * 360 / MAP_WIDTH - 180, 1)


class LocationMixin(forms.Form):
    """Where a site is: its coordinates, or its country and nearest town, found offline
    (practices.conditions.places). `location_clean` puts the town's coordinates into the
    cleaned data and says what is missing. A form says how it asks for a location not given
    (`location_missing`), and may say when a typed town wins (`town_wanted`) and how it asks
    for the other half of the coordinates (`coordinates_half`).

    Without JavaScript, two more ways in (templates/includes/location_fieldset.html): a click on
    the world map (`map.x`, `map.y`) shows the form again with the coordinates filled in and
    nothing else changed (`map_picked`, no error shown, never valid); and when several places
    bear the town's name, each is a choice (`town_choices`): a submit button `town_choice`, or
    a link on a form sent by GET (`town_choices_as_links`), that puts "Name (Province)" in
    the town field. A town not found lists the places of a close name the same way."""

    town = town_field()

    town_choices_as_links = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.town_found = ""  # "Name (Province)" once a town placed the site
        self.town_choices: tuple[Town, ...] = ()  # several places of the name typed
        self.town_suggestions: tuple[Town, ...] = ()  # places of a close name
        self.map_picked: tuple[float, float] | None = None
        if self.is_bound:
            self._location_chosen()

    def _location_chosen(self) -> None:
        """A town chosen among several, or a point picked on the map, into the form's data."""
        choice = self.data.get("town_choice")
        picked = map_point(self.data.get("map.x"), self.data.get("map.y"))
        if not choice and "map.x" not in self.data and "map.y" not in self.data:
            return
        data = self.data.copy()
        for name in ("town_choice", "map.x", "map.y"):
            data.pop(name, None)
        if choice:
            data["town"] = choice
        if picked is not None:
            data["latitude"], data["longitude"] = (str(degrees) for degrees in picked)
            self.map_picked = picked
        self.data = data

    @property
    def town_options(self) -> list[tuple[str, str]]:
        """The places the town's name may mean, as (label, link): on a form sent by GET, a
        link to the same question with that town; else no link (a `town_choice` button)."""
        options = []
        for town in self.town_choices or self.town_suggestions:
            link = ""
            if self.town_choices_as_links:
                query = QueryDict(mutable=True)
                query.update(self.data)
                query["town"] = town.label
                link = f"?{query.urlencode()}"
            options.append((town.label, link))
        return options

    def full_clean(self):
        super().full_clean()  # photos sent with the click are checked, and kept, as usual
        if self.map_picked:
            self._errors = ErrorDict()  # nothing to correct yet: the form is shown again

    def is_valid(self) -> bool:
        return super().is_valid() and not self.map_picked

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
        search = town_find(country=country, name=town)
        if search.choices:
            self.town_choices = search.choices
            self.add_error(
                "town",
                _("Several places are called %(town)s in %(country)s: which one?")
                % {"town": search.called, "country": countries.name(country)},
            )
        elif search.found is None:
            self.town_suggestions = search.suggestions
            self.add_error("town", _("No town of that name in this country."))
        else:
            data["latitude"], data["longitude"] = search.found.latitude, search.found.longitude
            self.town_found = search.found.label


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
        self.kept_photos = self.kept_photos_current()[: self.kept_photos_max]
        return self.kept_photos

    def kept_photos_current(self) -> list[int | str]:
        """The photos carried by the form (posted, or given while editing), less those the
        farmer ticked to remove (`photo_remove`)."""
        value = self.data.get("kept_photos") if self.is_bound else self.initial.get("kept_photos")
        getlist = getattr(self.data, "getlist", None)  # a QueryDict when posted
        removed = set(getlist("photo_remove")) if self.is_bound and getlist else set()
        kept = kept_photos_read(user=self.user, value=value)
        return [photo for photo in kept if str(photo) not in removed]

    def kept_photos_shown(self) -> list[tuple[int | str, object]]:
        """The kept photos as the form shows them: (value, stored image or None if staged)."""
        kept = self.kept_photos_current()
        images = get_image_model().objects.in_bulk([i for i in kept if isinstance(i, int)])
        return [(photo, images.get(photo) if isinstance(photo, int) else None) for photo in kept]

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
