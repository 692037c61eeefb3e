"""Pieces shared by the public site's forms: one-line texts, and numbers held to the model's
range, so that whatever a form accepts the model accepts too (a value the model refuses only
at publication leaves a draft that nobody can approve)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from practices.text import one_line


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
        kwargs = {"min_value": low, "max_value": high, **kwargs}
    elif isinstance(model_field, models.CharField) and not model_field.choices:
        kwargs = {"form_class": OneLineCharField, **kwargs}
    return model_field.formfield(**kwargs)
