"""Offline packs: which packs exist (one per language, region and category with enough live
practices), their manifest, and which of them a changed page belongs to.

A pack is a file, not a model: the ZIPs and their index (`packs.json`, the manifest) live in
one directory (settings.TERROIR_PACKS_DIR, else VAR_DIR/offline-packs). practices.reach.
pack_build writes them; the offline page reads the manifest only."""

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db.models import QuerySet

from practices.models import PracticePage, TutorialPage
from practices.selectors.visibility import pages_visible, practices_live

MIN_PRACTICES = 3  # fewer than this and a pack is not worth a download
MANIFEST = "packs.json"


@dataclass(frozen=True, order=True)
class PackKey:
    """What a pack gathers: the live practices of a language, region and category."""

    language: str
    region: str  # region slug (the same in every language)
    category: str  # category slug

    @property
    def slug(self) -> str:
        return f"{self.language}-{self.region}-{self.category}"


@dataclass
class PackEntry:
    """One built pack as the manifest records it."""

    slug: str
    language: str
    region: str
    category: str
    region_name: str
    category_name: str
    practices: int
    tutorials: int
    size: int
    built: str  # ISO date and time, UTC
    page_ids: list[int] = field(default_factory=list)
    audio: int = 0  # bytes of recordings (audio only) in `size`

    @property
    def filename(self) -> str:
        return f"{self.slug}.zip"


def packs_directory() -> Path:
    directory = getattr(settings, "TERROIR_PACKS_DIR", None) or Path(settings.VAR_DIR) / (
        "offline-packs"
    )
    return Path(directory)


def manifest_read() -> dict[str, PackEntry]:
    path = packs_directory() / MANIFEST
    try:
        rows = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return {}
    return {row["slug"]: PackEntry(**row) for row in rows}


def manifest_write(entries: dict[str, PackEntry]) -> None:
    """Replace the manifest in one rename, so a reader never sees half of it."""
    directory = packs_directory()
    directory.mkdir(parents=True, exist_ok=True)
    rows = [asdict(entry) for entry in sorted(entries.values(), key=lambda e: e.slug)]
    temporary = directory / f".{MANIFEST}.{os.getpid()}"
    temporary.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    temporary.replace(directory / MANIFEST)


def pack_practices(key: PackKey) -> QuerySet[PracticePage]:
    """The live practices of a pack, in title order."""
    return (
        practices_live()
        .filter(
            locale__language_code=key.language,
            region__slug=key.region,
            categories__slug=key.category,
        )
        .select_related("photo", "locale")
        .prefetch_related("categories", "tags")
        .distinct()
        .order_by("title")
    )


def pack_tutorials(practice_ids: list[int], language: str) -> QuerySet[TutorialPage]:
    """The live tutorials of the language that explain any of the pack's practices."""
    return (
        pages_visible(TutorialPage.objects.all())
        .filter(locale__language_code=language, practices__in=practice_ids)
        .select_related("photo")
        .distinct()
        .order_by("title")
    )


def pack_keys_all() -> list[PackKey]:
    """Every (language, region, category) with at least MIN_PRACTICES live practices."""
    counts: dict[PackKey, int] = {}
    rows = (
        practices_live()
        .filter(region__isnull=False)
        .values_list("locale__language_code", "region__slug", "categories__slug")
    )
    for language, region, category in rows:
        if category:
            key = PackKey(language, region, category)
            counts[key] = counts.get(key, 0) + 1
    return sorted(key for key, count in counts.items() if count >= MIN_PRACTICES)


def pack_keys_of_pages(page_ids: list[int]) -> set[PackKey]:
    """The packs a changed page belongs to, now (its current language, region and categories,
    tutorials through the practices they explain) or when the packs were last built."""
    keys = {
        PackKey(language, region, category)
        for language, region, category in PracticePage.objects.filter(
            id__in=page_ids, region__isnull=False
        ).values_list("locale__language_code", "region__slug", "categories__slug")
        if category
    }
    explained = PracticePage.objects.filter(explained_by_tutorialpage__id__in=page_ids)
    keys |= {
        PackKey(language, region, category)
        for language, region, category in explained.filter(region__isnull=False).values_list(
            "locale__language_code", "region__slug", "categories__slug"
        )
        if category
    }
    wanted = set(page_ids)
    for entry in manifest_read().values():
        if wanted & set(entry.page_ids):
            keys.add(PackKey(entry.language, entry.region, entry.category))
    return keys


def packs_listed(*, language: str) -> list[tuple[str, list[PackEntry]]]:
    """The built packs of a language, grouped by region name (both in alphabetical order)."""
    groups: dict[str, list[PackEntry]] = {}
    for entry in manifest_read().values():
        if entry.language == language and (packs_directory() / entry.filename).is_file():
            groups.setdefault(entry.region_name, []).append(entry)
    return [
        (region, sorted(entries, key=lambda e: e.category_name))
        for region, entries in sorted(groups.items())
    ]


def pack_file(slug: str) -> Path | None:
    """The ZIP of a built pack, None when there is no such pack."""
    entry = manifest_read().get(slug)
    if entry is None:
        return None
    path = packs_directory() / entry.filename
    return path if path.is_file() else None
