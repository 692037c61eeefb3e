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
            return self.read(str(value))
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None

    def read(self, text: str) -> float | int:
        """The number in a typed text; ValueError when there is none, or not one only."""
        number = number_read(text)
        if self.whole and (not number.is_integer() or re.search(r"[.,]", text)):
            raise ValueError("not a whole number")
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


# Degrees as a farmer may copy them from a map or a GPS: "12°21'N", "12° 21' 30\" N",
# "N 12.35", "12,35 S", "2°6'O" (French and Spanish write O for west). The hemisphere letter
# gives the sign; without one, the sign typed does.
_HEMISPHERES = {"latitude": {"N": 1, "S": -1}, "longitude": {"E": 1, "W": -1, "O": -1}}
_DEGREE_MARKS = re.compile(r"[°º˚'′’‘\"″”“]|''")
_LETTER = re.compile(r"^([A-Z])\s*(.*)$|^(.*?)\s*([A-Z])$", re.S)
_PART = r"\d+(?:[.,]\d+)?"


def degrees_read(text: str, *, axis: str) -> float:
    """The decimal degrees in `text` on `axis` ("latitude" or "longitude"); ValueError when it
    is not a latitude or longitude written one of the ways above."""
    cleaned = text.strip().upper()
    sign = 1
    letter = _LETTER.match(cleaned)
    if letter:
        code = letter.group(1) or letter.group(4)
        if code not in _HEMISPHERES[axis]:
            raise ValueError("not this axis' hemisphere")
        sign = _HEMISPHERES[axis][code]
        cleaned = (letter.group(2) if letter.group(1) else letter.group(3)).strip()
        if cleaned.startswith(("-", "+", "\u2212")):
            raise ValueError("a sign and a hemisphere")
    if not _DEGREE_MARKS.search(cleaned):
        return sign * number_read(cleaned)
    parts = re.fullmatch(
        rf"([+\-\u2212]?)\s*({_PART})\s*[°º˚]?\s*(?:({_PART})\s*['′’‘]\s*(?:({_PART})\s*(?:\"|″|”|“|'')?)?)?",
        cleaned,
    )
    if not parts:
        raise ValueError("not degrees, minutes and seconds")
    minus, degrees, minutes, seconds = parts.groups()
    minutes_value, seconds_value = (number_read(p) if p else 0.0 for p in (minutes, seconds))
    if minutes_value >= 60 or seconds_value >= 60:
        raise ValueError("60 minutes or seconds or more")
    value = number_read(degrees) + minutes_value / 60 + seconds_value / 3600
    return round(sign * (-1 if minus else 1) * value, 6)


class CoordinateField(LocalFloatField):
    """A latitude or a longitude in decimal degrees, or in degrees, minutes and seconds with a
    hemisphere letter (issue 13: "12°21'N" was refused and wiped)."""

    axis = "latitude"
    default_error_messages = {
        "invalid": _("Give degrees, like 13.51 or 13,51, or 13°30'N (N or S for a latitude, "
                     "E or W for a longitude)."),
    }  # fmt: skip

    def __init__(self, *, axis: str = "latitude", **kwargs):
        self.axis = axis
        bound = 90 if axis == "latitude" else 180
        kwargs.setdefault("min_value", -bound)
        kwargs.setdefault("max_value", bound)
        super().__init__(**kwargs)

    def read(self, text: str) -> float:
        return degrees_read(text, axis=self.axis)
