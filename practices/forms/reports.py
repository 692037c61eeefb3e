"""The "I tried this" form: how a practice went on the reporter's farm, and that farm's
conditions (prefilled from "my farm"), on one page that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import ExperienceReport
from practices.upload_checks import photo_check

from .contribute import kept_photos_read
from .mixins import public_formfield

CONDITION_FIELDS = [
    "country", "koppen", "rainfall_mm", "temperature_c", "altitude_m", "slope_class",
    "soil_group", "texture", "land_use", "water_supply",
]  # fmt: skip
REPORT_FIELDS = ["outcome", "what_happened", "years", *CONDITION_FIELDS]


class ReportForm(forms.ModelForm):
    photo_upload = forms.FileField(
        label=_("A photo"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
        help_text=_("Optional: JPEG, PNG or WebP, 8 MB at most."),
    )
    kept_photos = forms.CharField(required=False, widget=forms.HiddenInput)
    # A honeypot: hidden by the stylesheet and from screen readers; people leave it empty.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

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

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept_photos: list[int | str] = []
        self.new_photo: tuple | None = None  # (upload, extension of its detected format)

    def clean_kept_photos(self) -> list[int | str]:
        self.kept_photos = kept_photos_read(user=self.user, value=self.data.get("kept_photos"))[:1]
        return self.kept_photos

    def clean_photo_upload(self):
        upload = self.cleaned_data.get("photo_upload")
        if upload:
            self.new_photo = (upload, photo_check(upload))
        return upload

    def clean(self):
        data = super().clean()
        if data.get("homepage"):
            raise forms.ValidationError(
                _("We could not take your report. Please try again later."), code="refused"
            )
        return data

    def report_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in REPORT_FIELDS}
