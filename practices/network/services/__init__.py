"""Writing members and partners: one save for the admin's import, the demo and the tests."""

from django.db import transaction

from practices.models import Region
from practices.network.models import Organisation

FIELDS = (
    "name", "college", "status", "country", "latitude", "longitude", "town", "website", "joined",
    "description_en", "description_fr", "description_es",
)  # fmt: skip


def organisation_save(*, data: dict, organisation: Organisation | None = None) -> Organisation:
    """Create (or update) an organisation from plain values; `regions` are region codes.
    Validated as the admin validates (a town is placed on the map): ValidationError else."""
    organisation = organisation or Organisation()
    for name in FIELDS:
        if name in data:
            setattr(organisation, name, data[name] if data[name] is not None else _empty(name))
    organisation.full_clean()
    with transaction.atomic():
        organisation.save()
        if "regions" in data:
            organisation.regions.set(
                Region.objects.filter(slug__in=data["regions"], locale__language_code="en")
            )
    return organisation


def _empty(name: str):
    return None if name in ("latitude", "longitude", "joined") else ""
