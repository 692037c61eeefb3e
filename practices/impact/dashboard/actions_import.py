"""Country actions imported from a spreadsheet (CSV or XLSX), with the row-level error
contract of every import (practices.services.sheets): every row is checked
before anything is written; each error names its row (as a spreadsheet numbers it: the header
is row 1), its column and the reason; all rows or none are imported, unless `skip_invalid`."""

from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import fields_for_model
from django.utils.translation import gettext as _

from wagtail.models import Locale

from practices.impact.dashboard.actions import ACTION_COLUMNS
from practices.impact.models import CountryAction
from practices.models import PracticeCategory
from practices.services.sheets import (
    ImportResult,
    RowError,
    rows_checked,
    sheet_opened,
)

REQUIRED = ("country", "name")
LANGUAGES = ("en", "fr", "es")
FIELDS = [c for c in ACTION_COLUMNS if c not in ("categories", "language")]


def _form_class() -> type[forms.Form]:
    fields = dict(fields_for_model(CountryAction, fields=FIELDS))
    fields["language"] = forms.ChoiceField(choices=[(c, c) for c in LANGUAGES], required=False)
    return type("CountryActionRowForm", (forms.Form,), fields)


def _row_validate(number: int, record: dict, form_class, known: set[str]) -> dict | list[RowError]:
    data = {column: record.get(column, "") for column in [*FIELDS, "language"]}
    data["country"] = data["country"].upper()
    data["ndc_soil_carbon"] = data["ndc_soil_carbon"].lower() or "unknown"
    form = form_class(data=data)
    errors = [
        RowError(number, column, " ".join(messages)) for column, messages in form.errors.items()
    ]
    for column in FIELDS:
        value = form.cleaned_data.get(column)
        if column in form.errors or value in (None, ""):
            continue
        try:  # the model field's own validators (form fields do not carry all of them)
            CountryAction._meta.get_field(column).run_validators(value)
        except ValidationError as error:
            errors.append(RowError(number, column, " ".join(error.messages)))
    categories = [slug.strip() for slug in record.get("categories", "").split(";") if slug.strip()]
    for slug in categories:
        if slug not in known:
            errors.append(
                RowError(number, "categories", _("Unknown category %(slug)r; known: %(known)s.")
                         % {"slug": slug, "known": ", ".join(sorted(known))})
            )  # fmt: skip
    if errors:
        return errors
    fields = {column: form.cleaned_data[column] for column in FIELDS}
    return {**fields, "categories": categories, "language": form.cleaned_data["language"] or "en"}


def country_actions_import(
    *, content: bytes, file_format: str, skip_invalid: bool = False
) -> ImportResult:
    unknown = _("Unknown column (known: %(known)s).") % {"known": ", ".join(ACTION_COLUMNS)}
    records, result = sheet_opened(content=content, file_format=file_format, required=REQUIRED,
                                   known=ACTION_COLUMNS, unknown=unknown)  # fmt: skip
    if result.errors:
        return result
    form_class = _form_class()
    known = set(PracticeCategory.objects.values_list("slug", flat=True))
    check = partial(_row_validate, form_class=form_class, known=known)
    valid = rows_checked(records, check, result)
    if result.errors and not skip_invalid:
        return result
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    with transaction.atomic():
        for fields in valid:
            language = fields.pop("language")
            result.created.append(CountryAction.objects.create(locale=locales[language], **fields))
    return result
