"""Numbers as farmers type them. French and Spanish write "13,58" where English writes "13.58";
a phone's number pad may give either. Both are a decimal separator here; spaces (also the narrow
ones French puts between thousands) are ignored. What cannot be read one way only is refused
with a message, never guessed: "1.200" is 1.2 to some and 1,200 to others, so a whole-number
field says so instead of storing either (issue 13: "13,58" became 1358, "0,5" ha became 5).

The inputs are text inputs with a numeric keyboard (`inputmode`), not `type="number"`: a
browser's number input drops a comma it does not expect, and the server never sees it."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_IGNORED = re.compile(r"[\s\u00a0\u202f\u2009_']")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def number_read(text: str) -> float:
    """The number in `text`; ValueError when it is not one, or not one only."""
    cleaned = _IGNORED.sub("", text).replace("\u2212", "-")  # a typographic minus too
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise ValueError("more than one separator")
    cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError("not a number")
    return float(cleaned)


class _TypedNumber:
    """to_python for a number field: empty is None, a number is kept, a text is read (or
    refused with the field's "invalid" message); `whole` refuses any decimal separator."""

    whole = False

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int | float):
            return value
        try:
            number = number_read(str(value))
            if self.whole and (not number.is_integer() or re.search(r"[.,]", str(value))):
                raise ValueError("not a whole number")
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        return int(number) if self.whole else number


class LocalFloatField(_TypedNumber, forms.FloatField):
    """A decimal number, with a comma or a point."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("Give a number, like 13.58 or 13,58 (one comma or point, no letters)."),
    }


class LocalIntegerField(_TypedNumber, forms.IntegerField):
    """A whole number. "1,200" or "1.200" is refused (a thousand and two hundred, or one point
    two?), as is any decimal: the farmer writes 1200."""

    whole = True
    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("Give a whole number, like 1200 (no comma or point, no letters)."),
    }
