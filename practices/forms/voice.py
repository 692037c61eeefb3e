"""A voice note on the public forms ("share a practice", "I tried this"): recorded on the
phone (`capture`) or attached, checked by content (practices.upload_checks.voice_check).

A note that passed its check in a post that must be corrected is held outside MEDIA_ROOT
(practices.services.uploads.voice_stage) and carried, signed, in a hidden field, as photos
are: the farmer does not send it again, and only a name this form staged for this user counts,
never a path or name the client makes up."""

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from practices.services.uploads import voice_staged
from practices.text import one_line
from practices.upload_checks import voice_check

KEPT_VOICE_SALT = "practices.forms.voice.kept"
KEPT_MAX_AGE = 24 * 3600  # as long as a staged file is kept
LABEL_MAX = 80  # characters of the name the note was sent under, shown back


class VoiceNoteMixin(forms.Form):
    """For forms made for one `user` (KeptPhotosMixin sets it)."""

    voice_file = forms.FileField(
        label=_("A voice note"),
        required=False,
        # `capture` lets a phone record at once; no script is needed.
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*", "capture": True}),
        help_text=_("Optional: say it in your own words, 3 minutes and 10 MB at most."),
    )
    kept_voice = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.voice_checked: tuple | None = None  # (upload, extension of its container)

    def clean_voice_file(self):
        upload = self.cleaned_data.get("voice_file")
        if upload:
            self.voice_checked = (upload, voice_check(upload))
        return upload

    def voice_kept(self) -> dict | None:
        """The note held from an earlier post ({"name": staged name, "label": the name it was
        sent under}), unless the farmer ticked `voice_remove`; None if none or tampered with."""
        if not self.is_bound or self.data.get("voice_remove"):
            return None
        try:
            kept = signing.loads(self.data.get("kept_voice") or "", salt=KEPT_VOICE_SALT,
                                 max_age=KEPT_MAX_AGE)  # fmt: skip
        except signing.BadSignature:
            return None
        if not isinstance(kept, dict) or kept.get("user") != self.user.pk:
            return None
        name = kept.get("name")
        if not isinstance(name, str) or voice_staged(user=self.user, name=name) is None:
            return None
        return {"name": name, "label": str(kept.get("label", ""))}

    def voice_note(self) -> tuple | str | None:
        """What the submission stores: a note sent now (checked), else the one held."""
        if self.voice_checked is not None:
            return self.voice_checked
        kept = self.voice_kept()
        return kept["name"] if kept else None

    def voice_keep(self, *, name: str, label: str) -> None:
        """Show the form again carrying the staged note `name` (sent as `label`)."""
        label = one_line(label)[:LABEL_MAX]
        value = signing.dumps({"user": self.user.pk, "name": name, "label": label},
                              salt=KEPT_VOICE_SALT)  # fmt: skip
        data = self.data.copy()
        data["kept_voice"] = value
        data.pop("voice_remove", None)
        self.data = data

    def voice_drop(self) -> None:
        """Show the form again carrying no note (removed, or a bot's post)."""
        data = self.data.copy()
        data.pop("kept_voice", None)
        self.data = data
