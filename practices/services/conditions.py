"""Backfill: what the coordinates tell, for sites saved before it was derived (issue 12).

Rows are read and written in batches (one derivation call, one bulk update each), so a site of
100,000 practices is filled in minutes with flat memory. Only the fields nobody entered change
(practices.models.profile.derived_merge); running it again finds nothing left to do. Pages whose
conditions changed are sent to the search index (`pages_changed`)."""

from collections.abc import Callable, Iterable

from django.db import transaction

from practices.conditions.site import SiteConditions, sites_derive
from practices.models import ExperienceReport, Member, PracticePage, TutorialPage, VideoPage
from practices.models.profile import PROFILE_DERIVED, derived_merge
from practices.signals import pages_changed

SITE_MODELS = (PracticePage, TutorialPage, VideoPage, Member, ExperienceReport)
BATCH = 500


def conditions_backfill(
    *,
    models: Iterable = SITE_MODELS,
    everything: bool = False,
    progress: Callable[[str, int, int], None] = lambda model, done, total: None,
) -> dict[str, int]:
    """Derive the conditions of every located row not derived yet (`everything`: all located
    rows, e.g. after the data sets were updated). Returns the rows changed per model."""
    changed = {}
    for model in models:
        rows = model.objects.filter(latitude__isnull=False, longitude__isnull=False)
        if not everything:
            rows = rows.filter(ipcc_zone="")  # every derivation on land sets the zone
        ids = list(rows.order_by("pk").values_list("pk", flat=True))
        changed[model.__name__] = 0
        for start in range(0, len(ids), BATCH):
            changed[model.__name__] += _batch(model, ids[start : start + BATCH])
            progress(model.__name__, min(start + BATCH, len(ids)), len(ids))
    return changed


def _batch(model, ids: list[int]) -> int:
    with transaction.atomic():
        rows = list(model.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        sites = sites_derive(points=[(row.latitude, row.longitude) for row in rows])
        updated = []
        for row, site in zip(rows, sites, strict=True):
            if not isinstance(site, SiteConditions):
                continue  # at sea or out of range: left as it is, the editor's form says why
            before = [getattr(row, name) for name in PROFILE_DERIVED], row.derived
            row.derived = derived_merge(row, site)
            if ([getattr(row, name) for name in PROFILE_DERIVED], row.derived) != before:
                updated.append(row)
        model.objects.bulk_update(updated, [*PROFILE_DERIVED, "derived"])
    if updated and issubclass(model, PracticePage | TutorialPage | VideoPage):
        pages_changed.send(sender=model, page_ids=[row.pk for row in updated])
    return len(updated)
