"""Small translatable taxonomy models, edited as snippets (wagtail.org `taxonomy/`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index

from django_countries.fields import CountryField

from practices.models.fields import unique_slug_per_locale


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term edited as a snippet. The slug is the interchange code and is the
    same in every language; the name is translated."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("code"), max_length=60, help_text=_("Interchange code, the same in every language.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class PracticeCategory(TaxonomyTerm):
    """A kind of practice (cover crops, zaï…); its description is translated too."""

    description = models.TextField(_("description"), blank=True)

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("practice category")
        verbose_name_plural = _("practice categories")
        constraints = unique_slug_per_locale("unique_category_slug_locale")


class RegionQuerySet(models.QuerySet):
    def countries_covered_by(self, user) -> frozenset[str]:
        """The countries of every region (every language's row) the user is a correspondent
        of: where they review contributions, moderate questions and write (one answer for the
        review task, the question moderation and the page permissions)."""
        countries = set()
        for region in self.filter(correspondents=user).only("countries"):
            countries.update(str(code) for code in region.countries)
        return frozenset(countries)


class Region(TaxonomyTerm):
    """A region of the initiative (e.g. West Africa), made of countries. Correspondents are
    attached to regions; a practice's region follows from its country unless set."""

    countries = CountryField(_("countries"), multiple=True, blank=True)
    correspondents = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="regions_reviewed",
        verbose_name=_("regional correspondents"),
        help_text=_("They review contributions from this region's countries."),
    )

    objects = RegionQuerySet.as_manager()

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = unique_slug_per_locale("unique_region_slug_locale")


class InstalledTerm(models.Model):
    """A category or region of the initiative's vocabulary (practices/taxonomy.json) that was
    installed on this site once. Every `migrate` installs what has no row here, so a term an
    editor deleted is not brought back by the next deployment, and a term added to the file
    in a later release still arrives (practices.services.taxonomy)."""

    class Kind(models.TextChoices):
        CATEGORY = "category", _("practice category")
        REGION = "region", _("region")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    slug = models.SlugField(max_length=60)
    installed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "slug"], name="unique_installed_term")
        ]

    def __str__(self):
        return f"{self.kind} {self.slug}"
