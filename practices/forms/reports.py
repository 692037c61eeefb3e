"""The "I tried this" form: how a practice went on the reporter's farm, and that farm's
conditions (prefilled from "my farm"), on one page that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import ExperienceReport
from practices.upload_checks import photo_check

from .mixins import (
    CONDITION_FIELDS,
    HoneypotMixin,
    KeptPhotosMixin,
    file_field,
    public_formfield,
)
from .voice import VoiceNoteMixin

REPORT_FIELDS = ["outcome", "what_happened", "years", *CONDITION_FIELDS]


class ReportForm(HoneypotMixin, KeptPhotosMixin, VoiceNoteMixin, forms.ModelForm):
    photo_upload = file_field(
        label=_("A photo"),
        accept="image/*",
        help_text=_("Optional: JPEG, PNG or WebP, 8 MB at most."),
    )

    refused_message = _("We could not take your report. Please try again later.")
    kept_photos_max = 1

    class Meta:
        model = ExperienceReport
        fields = REPORT_FIELDS
        formfield_callback = public_formfield
        labels = {"outcome": _("How did it go?"), "years": _("For how many years?")}
        help_texts = {
            "what_happened": _(
                "What you did, what changed on your farm, what you would do differently."
            ),  # fmt: skip
            "country": "",
        }
        widgets = {"what_happened": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_photo: tuple | None = None  # (upload, extension of its detected format)

    def clean_photo_upload(self):
        upload = self.cleaned_data.get("photo_upload")
        if upload:
            self.new_photo = (upload, photo_check(upload))
        return upload

    def report_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in REPORT_FIELDS}
