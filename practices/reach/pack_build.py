"""Building offline packs: static HTML pages (index, practices, tutorials) with small WebP
photos and one inline stylesheet, zipped, that open from a phone's file manager with no
connection and no server. Every link is relative and stays inside the ZIP; anything that would
reach out (links to the site, documents, body images) is dropped or kept as text.

A page's recordings (a practice's voice note, the uploaded videos of a body) travel as their
audio-only renditions, on top of the photos' budget (the issue's "≤ 5 MB without audio") and
within AUDIO_BUDGET, and a video's poster within the photos' budget; the small videos stay on
the site (a minute of one weighs as much as a whole pack), its address given as text."""

import io
import os
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

from bs4 import BeautifulSoup

from practices.models import TutorialPage
from practices.reach.models import MediaRenditions, RenditionStatus
from practices.reach.packs import (
    PackEntry,
    PackKey,
    manifest_read,
    manifest_write,
    pack_keys_all,
    pack_practices,
    pack_tutorials,
    packs_directory,
)
from practices.selectors.labels import category_labels, region_labels

PACK_BUDGET = 5 * 1024 * 1024  # bytes, without audio
AUDIO_BUDGET = 10 * 1024 * 1024  # bytes of recordings a pack carries on top of PACK_BUDGET
BODY_MEDIA_TEMPLATE = "reach/pack/body_media.html"  # a body's video: under "Recordings"
PHOTO_FILTER = "width-480|format-webp|webpquality-55"
PHOTO_HEADROOM = 256 * 1024  # kept free for the HTML when photos are added
DROPPED_TAGS = ("img", "picture", "source", "video", "audio", "iframe", "object", "embed",
                "script", "style", "link", "form", "input", "button")  # fmt: skip
KEPT_ATTRIBUTES = {"class", "lang", "colspan", "rowspan"}


@dataclass
class Recording:
    """A page's recording as its pack carries it (names inside the ZIP; "" when left out)."""

    label: str
    video: bool
    audio: str = ""
    audio_size: int = 0
    poster: str = ""


@dataclass
class PackBuilt:
    entry: PackEntry
    seconds: float


def html_offline(html: str) -> str:
    """Rendered body HTML made safe to carry offline: embedded media dropped, links unwrapped
    to their text (they lead to the site or elsewhere), attributes reduced to presentation."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for figure in soup.find_all("figure"):
        if not figure.get_text(strip=True):
            figure.decompose()
    for link in soup.find_all("a"):
        link.unwrap()
    for tag in soup.find_all(True):
        tag.attrs = {name: value for name, value in tag.attrs.items() if name in KEPT_ATTRIBUTES}
    return str(soup)


def _photo(image, used: int) -> bytes | None:
    """The photo as a small WebP, None when there is none or it would break the budget."""
    if image is None:
        return None
    rendition = image.get_rendition(PHOTO_FILTER)
    with rendition.file.open("rb") as file:
        data = file.read()
    return data if used + len(data) <= PACK_BUDGET - PHOTO_HEADROOM else None


def _page_media(page) -> list[tuple[str, object]]:
    """The uploaded sounds and videos of a page, labelled: a practice's voice note, then the
    videos of its body."""
    found = []
    voice = getattr(page, "voice_note", None)
    if voice is not None:
        found.append((gettext("Voice note"), voice))
    for block in getattr(page, "body", None) or []:
        if block.block_type == "video" and block.value.get("video"):
            video = block.value["video"]
            found.append((block.value.get("caption") or video.title, video))
    return found


def _file_bytes(field_file) -> bytes:
    with field_file.open("rb") as file:
        return file.read()


def _explanations(practices, tutorials) -> tuple[dict, dict]:
    """practice id -> the pack's tutorials explaining it, tutorial id -> its pack practices."""
    by_id = {page.id: page for page in [*practices, *tutorials]}
    pairs = TutorialPage.practices.through.objects.filter(
        tutorialpage_id__in=[t.id for t in tutorials], practicepage_id__in=[p.id for p in practices]
    ).values_list("tutorialpage_id", "practicepage_id")
    explaining: dict[int, list] = {}
    explained: dict[int, list] = {}
    for tutorial_id, practice_id in pairs:
        explaining.setdefault(practice_id, []).append(by_id[tutorial_id])
        explained.setdefault(tutorial_id, []).append(by_id[practice_id])
    return explaining, explained


def _site_address() -> str:
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""


def pack_zip(key: PackKey) -> tuple[bytes, PackEntry] | None:
    """The pack's ZIP and its manifest entry; None when it has too few live practices."""
    practices = list(pack_practices(key))
    if not practices:
        return None
    locale = Locale.objects.get(language_code=key.language)
    region_name = region_labels(locale=locale).get(key.region, key.region)
    category_name = category_labels(locale=locale).get(key.category, key.category)
    tutorials = list(pack_tutorials([p.id for p in practices], key.language))
    built = datetime.now(UTC)
    in_pack = {page.id for page in [*practices, *tutorials]}
    explaining, explained = _explanations(practices, tutorials)
    buffer = io.BytesIO()
    used = audio_used = 0
    carried: dict[str, int] = {}  # names of the recordings' files written, with their size
    with (
        translation.override(key.language),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        common = {
            "language": key.language,
            "region_name": region_name,
            "category_name": category_name,
            "built": built,
            "site_address": _site_address(),
        }

        def write(name: str, content: bytes | str, *, audio: bool = False) -> None:
            nonlocal used, audio_used
            data = content.encode() if isinstance(content, str) else content
            archive.writestr(name, data)
            if audio:
                audio_used += len(data)
            else:
                used += len(data)

        def recordings(page) -> list[Recording]:
            """The page's recordings, their files written once a pack, as budgets allow."""
            made = []
            for label, media in _page_media(page):
                renditions = MediaRenditions.objects.filter(
                    media=media, status=RenditionStatus.DONE
                ).first()
                if renditions is None:
                    continue
                recording = Recording(label=label, video=bool(renditions.video))
                audio, poster = f"audio/{media.pk}.m4a", f"images/poster-{media.pk}.webp"
                if renditions.audio and audio not in carried:
                    if audio_used + renditions.audio.size <= AUDIO_BUDGET:
                        write(audio, _file_bytes(renditions.audio), audio=True)
                        carried[audio] = renditions.audio.size
                if renditions.poster and poster not in carried:
                    data = _file_bytes(renditions.poster)
                    if used + len(data) <= PACK_BUDGET - PHOTO_HEADROOM:
                        write(poster, data)
                        carried[poster] = len(data)
                if audio in carried:
                    recording.audio, recording.audio_size = audio, carried[audio]
                recording.poster = poster if poster in carried else ""
                made.append(recording)
            return made

        for kind, pages in (("practices", practices), ("tutorials", tutorials)):
            for page in pages:
                photo = _photo(page.photo, used)
                if photo is not None:
                    write(f"images/{page.id}.webp", photo)
                explains = explaining.get(page.id, []) if kind == "practices" else []
                body = html_offline(render_to_string(
                    "reach/pack/body.html",
                    {"page": page, "reach_media_template": BODY_MEDIA_TEMPLATE},
                ))  # fmt: skip
                context = {
                    **common,
                    "page": page,
                    "kind": kind,
                    "photo": photo is not None,
                    "body": body,
                    "tutorials": explains,
                    "practices": explained.get(page.id, []),
                    "recordings": recordings(page),
                }
                write(
                    f"{kind}/{page.id}.html", render_to_string(f"reach/pack/{kind}.html", context)
                )
        index = render_to_string(
            "reach/pack/index.html", {**common, "practices": practices, "tutorials": tutorials}
        )
        write("index.html", index)
    data = buffer.getvalue()
    entry = PackEntry(
        slug=key.slug,
        language=key.language,
        region=key.region,
        category=key.category,
        region_name=region_name,
        category_name=category_name,
        practices=len(practices),
        tutorials=len(tutorials),
        size=len(data),
        audio=audio_used,
        built=built.isoformat(timespec="seconds"),
        page_ids=sorted(in_pack),
    )
    return data, entry


def packs_build(keys: list[PackKey] | None = None) -> list[PackBuilt]:
    """Build the given packs (every pack when None), write them and the manifest; packs that
    no longer have enough live practices are removed."""
    directory = packs_directory()
    directory.mkdir(parents=True, exist_ok=True)
    entries = manifest_read()
    every = pack_keys_all()
    wanted = every if keys is None else [key for key in keys if key in set(every)]
    gone = (
        set(entries) - {key.slug for key in every}
        if keys is None
        else {key.slug for key in keys} - {key.slug for key in wanted}
    )
    built = []
    for key in wanted:
        started = time.perf_counter()
        made = pack_zip(key)
        if made is None:
            gone.add(key.slug)
            continue
        data, entry = made
        temporary = directory / f".{entry.filename}.{os.getpid()}"
        temporary.write_bytes(data)
        temporary.replace(directory / entry.filename)
        entries[entry.slug] = entry
        built.append(PackBuilt(entry, time.perf_counter() - started))
    for slug in gone:
        entries.pop(slug, None)
        (directory / f"{slug}.zip").unlink(missing_ok=True)
    manifest_write(entries)
    return built
