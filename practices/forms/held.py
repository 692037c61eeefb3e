"""Files a public form holds for the farmer while something else is corrected (issues 13 and
16): a voice note, a video file. Never a silent loss: a farmer on a slow connection who sent
20 MB does not send them again.

A file of one `kind` that passed its check by content (practices.upload_checks) in a post that
must be corrected is held outside MEDIA_ROOT (practices.services.uploads.file_hold: never
served, one of each kind a member, at most a day) and carried, signed, in a hidden field
`kept_<kind>`, as photos are; the form says so ("Video kept: clip.mp4 (12.3 MB)") with a box
`<kind>_remove` to let it go. Only a name this form held for this user counts, never a path or
name the client makes up; a new file of the kind replaces the held one."""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.template.defaultfilters import filesizeformat

from practices.services.uploads import STAGED_MAX_AGE, file_held
from practices.text import one_line

LABEL_MAX = 80  # characters of the name a file was sent under, shown back


@dataclass(frozen=True)
class Held:
    """How a form holds one kind of file."""

    kind: str  # "voice", "video" (practices.services.uploads.HELD_EXTENSIONS)
    field: str  # its file input
    check: Callable  # upload -> extension of its detected format, or ValidationError
    message: str  # shown while held, with %(name)s (as sent) and %(size)s; lazily translated
    remove_label: str  # the box that lets it go ("Remove it": the pronoun's gender varies)

    @property
    def hidden(self) -> str:
        return f"kept_{self.kind}"

    @property
    def remove(self) -> str:
        return f"{self.kind}_remove"

    @property
    def salt(self) -> str:
        return f"practices.forms.{self.kind}.kept"


class HeldFilesMixin(forms.Form):
    """For forms made for one `user` (KeptPhotosMixin sets it) that hold `held_files`; each
    form's clean_<field> returns `self.held_check(kind)`."""

    held_files: tuple[Held, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.held_checked: dict[str, tuple] = {}  # kind: (upload, extension of its format)
        for held in self.held_files:
            self.fields[held.hidden] = forms.CharField(required=False, widget=forms.HiddenInput)

    def _held(self, kind: str) -> Held:
        return next(held for held in self.held_files if held.kind == kind)

    def held_check(self, kind: str):
        """Check the file of `kind` sent now, once, by content; what clean_<field> returns."""
        held = self._held(kind)
        upload = self.cleaned_data.get(held.field)
        if upload:
            self.held_checked[kind] = (upload, held.check(upload))
        return upload

    def held_kept(self, kind: str) -> dict | None:
        """The file of `kind` held from an earlier post ({"name": held name, "label": the name
        it was sent under, "size": in bytes}), unless the farmer ticked `<kind>_remove`; None
        if none, expired or tampered with."""
        held = self._held(kind)
        if not self.is_bound or self.data.get(held.remove):
            return None
        try:
            kept = signing.loads(self.data.get(held.hidden) or "", salt=held.salt,
                                 max_age=STAGED_MAX_AGE)  # fmt: skip
        except signing.BadSignature:
            return None
        if not isinstance(kept, dict) or kept.get("user") != self.user.pk:
            return None
        name = kept.get("name")
        path = file_held(kind=kind, user=self.user, name=name) if isinstance(name, str) else None
        try:
            size = path.stat().st_size if path else 0
        except FileNotFoundError:  # expired meanwhile by another request
            return None
        return {"name": name, "label": str(kept.get("label", "")), "size": size} if size else None

    def held_sent(self, kind: str) -> tuple | str | None:
        """What the submission stores: a file of `kind` sent now (checked), else the one held."""
        if kind in self.held_checked:
            return self.held_checked[kind]
        kept = self.held_kept(kind)
        return kept["name"] if kept else None

    @property
    def held_shown(self) -> dict[str, dict]:
        """For the template, by kind: what the form says of each file it holds."""
        shown = {}
        for held in self.held_files:
            if kept := self.held_kept(held.kind):
                size = filesizeformat(kept["size"])
                message = held.message % {"name": kept["label"], "size": size}
                shown[held.kind] = {"kind": held.kind, "message": message, "remove": held.remove,
                                    "remove_label": held.remove_label}  # fmt: skip
        return shown

    @property
    def held_hidden_fields(self) -> list:
        return [self[held.hidden] for held in self.held_files]

    def held_keep(self, kind: str, *, name: str, label: str) -> None:
        """Show the form again carrying the held file `name` of `kind` (sent as `label`)."""
        held = self._held(kind)
        label = one_line(label)[:LABEL_MAX]
        data = self.data.copy()
        data[held.hidden] = signing.dumps({"user": self.user.pk, "name": name, "label": label},
                                          salt=held.salt)  # fmt: skip
        data.pop(held.remove, None)
        self.data = data

    def held_drop(self, kind: str) -> None:
        """Show the form again carrying no file of `kind` (removed, or a bot's post)."""
        data = self.data.copy()
        data.pop(self._held(kind).hidden, None)
        self.data = data
