"""Field shapes the models repeat."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def optional_number(field_class, verbose_name, *, low=None, high=None, **options):
    """A measured number a farmer may not know (NULL then), checked against what is plausible:
    `low <= value <= high`, each bound optional."""
    validators = [
        *([MinValueValidator(low)] if low is not None else []),
        *([MaxValueValidator(high)] if high is not None else []),
    ]
    return field_class(verbose_name, null=True, blank=True, validators=validators, **options)


def unique_slug_per_locale(name: str) -> list[models.UniqueConstraint]:
    """A translatable term's slug is unique within its language (TaxonomyTerm's children)."""
    return [models.UniqueConstraint(fields=["slug", "locale"], name=name)]


def author_field(*, related_name: str) -> models.ForeignKey:
    """The member who wrote a post or report; kept (as "unknown") when their account goes."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name=related_name,
        verbose_name=_("author"),
    )


def file_link(model: str, verbose_name) -> models.ForeignKey:
    """A file a page or post may have (an image, a sound, a video): left empty when the file
    is deleted."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def voice_note_field() -> models.ForeignKey:
    """A farmer's spoken note (a wagtailmedia sound), for those who speak better than they
    write; played on the page once what it belongs to is public."""
    return file_link("wagtailmedia.Media", _("voice note"))
