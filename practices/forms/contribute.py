"""The public "share a practice" form: one page, works on a phone without JavaScript."""

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model
from wagtail.models import Locale

from practices.conditions.places import town_find
from practices.models import PracticePage
from practices.selectors.labels import category_labels
from practices.services.uploads import Photo, photo_staged
from practices.upload_checks import MAX_PHOTOS, photo_check, video_check

from .mixins import OneLineCharField, public_formfield

PAGE_FIELDS = [
    "title", "summary", "latitude", "longitude", "country", "koppen", "rainfall_mm",
    "temperature_c", "altitude_m", "slope_class", "soil_group", "texture", "land_use",
    "water_supply", "outcome", "what_worked", "what_did_not_work", "area_ha", "years",
]  # fmt: skip
FARM_FIELDS = [
    "latitude", "longitude", "country", "koppen", "rainfall_mm", "temperature_c", "altitude_m",
    "slope_class", "soil_group", "texture", "land_use", "water_supply",
]  # fmt: skip
KEPT_SALT = "practices.contribute.photos"
MAX_STEPS = 30


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


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


class ContributionForm(forms.Form):
    language = forms.ChoiceField(label=_("Language you write in"), choices=settings.LANGUAGES)
    steps = forms.CharField(
        label=_("Steps"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One step per line, in the order you did them."),
    )
    categories = forms.MultipleChoiceField(
        label=_("What kind of practice"), widget=forms.CheckboxSelectMultiple
    )
    town = OneLineCharField(
        label=_("Nearest town"),
        required=False,
        max_length=100,
        help_text=_("With the country, instead of the coordinates."),
    )
    photos = MultipleFileField(
        label=_("Photos"),
        required=False,
        help_text=_("Up to 5 photos (JPEG, PNG or WebP), 8 MB each."),
    )
    kept_photos = forms.CharField(required=False, widget=forms.HiddenInput)
    video_url = forms.URLField(label=_("A link to a video"), required=False, assume_scheme="https")
    video_file = forms.FileField(
        label=_("Or a video file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "video/*"}),
        help_text=_("MP4, WebM or Ogg, 100 MB at most."),
    )
    # A honeypot: hidden by the stylesheet and from screen readers; people leave it empty.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = ["language", "title", "summary", "steps", "categories", "latitude",
                   "longitude", "country", "town"]  # fmt: skip

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields.update(
            forms.fields_for_model(
                PracticePage, fields=PAGE_FIELDS, formfield_callback=public_formfield
            )
        )
        self.order_fields(self.field_order)
        self.fields["summary"].label = _("What you did and why")
        self.fields["summary"].widget.attrs["rows"] = 3
        self.fields["language"].initial = translation.get_language()
        labels = category_labels(locale=Locale.get_active())
        self.fields["categories"].choices = sorted(labels.items(), key=lambda item: item[1])
        self.kept_photos: list[int | str] = []
        self.new_photos: list[Photo] = []  # (upload, extension of its detected format)
        self.video_checked: tuple | None = None  # (upload, extension of its container)
        self.town_found = ""

    def clean_kept_photos(self) -> list[int | str]:
        self.kept_photos = kept_photos_read(user=self.user, value=self.data.get("kept_photos"))
        return self.kept_photos

    def clean_photos(self):
        uploads = self.cleaned_data.get("photos") or []
        errors = []
        for upload in uploads:
            try:
                extension = photo_check(upload)
            except forms.ValidationError as error:
                errors.extend(error.messages)
            else:
                self.new_photos.append((upload, extension))
        kept = kept_photos_read(user=self.user, value=self.data.get("kept_photos"))
        if len(kept) + len(self.new_photos) > MAX_PHOTOS:
            self.new_photos = self.new_photos[: max(0, MAX_PHOTOS - len(kept))]
            errors.append(_("Up to 5 photos: the first ones are kept."))
        if errors:
            raise forms.ValidationError(errors)
        return self.new_photos

    def clean_video_file(self):
        upload = self.cleaned_data.get("video_file")
        if upload:
            self.video_checked = (upload, video_check(upload))
        return upload

    def clean_steps(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["steps"].splitlines() if line.strip()]
        if len(lines) > MAX_STEPS:
            raise forms.ValidationError(_("At most 30 steps, one per line."))
        return lines

    def clean(self):
        data = super().clean()
        if data.get("homepage"):
            raise forms.ValidationError(
                _("We could not take your practice. Please try again later."), code="refused"
            )
        latitude, longitude = data.get("latitude"), data.get("longitude")
        country, town = data.get("country") or "", (data.get("town") or "").strip()
        if latitude is None and longitude is None:
            if town and country:
                found, suggestions = town_find(country=country, name=town)
                if found is None:
                    hint = ", ".join(suggestions[:5])
                    self.add_error(
                        "town",
                        _("No town of that name in this country.")
                        + (" " + _("Did you mean: %(towns)s?") % {"towns": hint} if hint else ""),
                    )
                else:
                    data["latitude"], data["longitude"] = found.latitude, found.longitude
                    self.town_found = f"{found.name} ({found.admin1})"
            elif "latitude" not in self.errors and "longitude" not in self.errors:
                self.add_error(
                    "latitude",
                    _("Say where the practice was done: its coordinates, or the country and "
                      "the nearest town."),
                )  # fmt: skip
        elif latitude is None:
            self.add_error("latitude", _("Give the latitude as well as the longitude."))
        elif longitude is None:
            self.add_error("longitude", _("Give the longitude as well as the latitude."))
        if data.get("video_url") and data.get("video_file"):
            self.add_error("video_url", _("Give a link or a file, not both."))
        return data

    def page_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in PAGE_FIELDS}
