"""The public "share a practice" form: one page, works on a phone without JavaScript."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale

from practices.models import PracticePage
from practices.models.profile import PROFILE_FORM_FIELDS
from practices.selectors.labels import category_labels
from practices.services.submissions import Contribution
from practices.services.uploads import Photo
from practices.upload_checks import MAX_PHOTOS, photo_check, video_check

from .held import Held
from .mixins import (
    HoneypotMixin,
    KeptPhotosMixin,
    LocationMixin,
    file_field,
    public_formfield,
    town_field,
)
from .stored import Stored, StoredFilesMixin
from .voice import VOICE, VoiceNoteMixin

PAGE_FIELDS = ["title", "summary", *PROFILE_FORM_FIELDS, "outcome", "what_worked",
               "what_did_not_work", "area_ha", "years"]  # fmt: skip
MAX_STEPS = 30
VIDEO = Held(kind="video", field="video_file", check=video_check,
             message=_("Video kept: %(name)s (%(size)s)"),
             remove_label=pgettext_lazy("a video", "Remove it"))  # fmt: skip
STORED = (  # while editing: the files the draft already carries
    Stored(held=VIDEO, message=_("Video already received (%(size)s)"),
           download=_("Download the video"),
           hint=_("Kept as it is unless you remove it: a new file or a link replaces it.")),
    Stored(held=VOICE, message=_("Voice note already received (%(size)s)"),
           download=_("Download the voice note"),
           hint=_("Kept as it is unless you remove it: a new voice note replaces it.")),
)  # fmt: skip


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


class ContributionForm(HoneypotMixin, KeptPhotosMixin, LocationMixin, VoiceNoteMixin,
                       StoredFilesMixin, forms.Form):  # fmt: skip
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
    town = town_field(help_text=_("With the country, instead of the coordinates."))
    photos = MultipleFileField(
        label=_("Photos"),
        required=False,
        help_text=_("Up to 5 photos (JPEG, PNG or WebP), 8 MB each."),
    )
    video_url = forms.URLField(label=_("A link to a video"), required=False, assume_scheme="https")
    video_file = file_field(
        label=_("Or a video file"),
        accept="video/*",
        help_text=_("MP4, WebM or Ogg, 100 MB at most."),
    )

    held_files = (VOICE, VIDEO)
    stored_files = STORED
    refused_message = _("We could not take your practice. Please try again later.")
    field_order = ["language", "title", "summary", "steps", "categories", "latitude",
                   "longitude", "country", "town"]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
        self.new_photos: list[Photo] = []  # (upload, extension of its detected format)

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
        kept = self.kept_photos_current()
        if len(kept) + len(self.new_photos) > MAX_PHOTOS:
            self.new_photos = self.new_photos[: max(0, MAX_PHOTOS - len(kept))]
            errors.append(_("Up to 5 photos: the first ones are kept."))
        if errors:
            raise forms.ValidationError(errors)
        return self.new_photos

    def clean_video_file(self):
        return self.held_check("video")

    def clean_steps(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["steps"].splitlines() if line.strip()]
        if len(lines) > MAX_STEPS:
            raise forms.ValidationError(_("At most 30 steps, one per line."))
        return lines

    def clean(self):
        data = super().clean()
        self.location_clean(data)
        if data.get("video_url") and (data.get("video_file") or self.held_kept("video")):
            self.add_error("video_url", _("Give a link or a file, not both."))
        return data

    def location_missing(self, *, country: str) -> None:
        if "latitude" not in self.errors and "longitude" not in self.errors:
            self.add_error(
                "latitude",
                _("Say where the practice was done: its coordinates, or the country and "
                  "the nearest town."),
            )  # fmt: skip

    def page_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in PAGE_FIELDS}

    def contribution(self, photos: list[Photo]) -> Contribution:
        """What the farmer gave, with the photos kept from an earlier try (`photos`)."""
        return Contribution(
            fields=self.page_fields(),
            category_slugs=self.cleaned_data["categories"],
            steps=self.cleaned_data["steps"],
            photos=photos,
            video_url=self.cleaned_data["video_url"],
            video_file=self.held_sent("video"),  # never dropped silently (issue 13)
            voice_file=self.voice_note(),
            video_removed=self.stored_removed("video"),
            voice_removed=self.stored_removed("voice"),
        )
