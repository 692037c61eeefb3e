"""Contributions from the public site: a farmer's practice becomes a draft that the regional
review workflow routes to the correspondents of its region (practices.models.review)."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from practices.blocks import step_value
from practices.models import (
    ExperienceReport,
    PracticeCategory,
    PracticeIndexPage,
    PracticePage,
    Region,
)
from practices.roles import CORRESPONDENTS
from practices.services.practices import practice_create, region_for_country
from practices.services.uploads import (
    Photo,
    photos_store,
    uploads_removed_on_failure,
    video_store,
    voice_store,
)


@transaction.atomic
def practice_submit(
    *,
    user,
    library: PracticeIndexPage,
    fields: dict,
    categories: Iterable[PracticeCategory],
) -> PracticePage:
    """Create the farmer's practice as a draft they own under `library` and submit it for
    review. Raises ValidationError (nothing written) on invalid fields, e.g. a point at sea."""
    page = PracticePage(**{k: v for k, v in fields.items() if k != "body"})
    page.profile_fill_derived()  # country and Köppen class from the coordinates
    regions = Region.objects.filter(locale=library.locale)
    region = region_for_country(country=str(page.country), regions=regions)
    page = practice_create(
        parent=library,
        fields={**fields, "country": page.country, "koppen": page.koppen},
        categories=categories,
        region=region,
        user=user,
        publish=False,
    )
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page


def correspondents_grouped(region: Region) -> None:
    """Every correspondent of a region may enter the admin, where their review queue is."""
    group = Group.objects.get_or_create(name=CORRESPONDENTS)[0]
    group.user_set.add(*region.correspondents.all())


def _body(steps: list[str], image_ids: list[int], video) -> list[dict]:
    """The page body: the steps block (each line the farmer typed, escaped, as a step's text),
    the photos after the first one, then the video."""
    body = []
    if steps:
        body.append({"type": "steps", "value": {"steps": [step_value(step) for step in steps]}})
    for image_id in image_ids[1:]:
        body.append({"type": "image", "value": {"image": image_id, "caption": ""}})
    if video is not None:
        body.append({"type": "video", "value": video})
    return body


@dataclass(frozen=True)
class Contribution:
    """What a farmer's share form gives: the page's fields, the categories chosen (slugs), the
    steps as typed, and the checked uploads (each with its container's extension)."""

    fields: dict
    category_slugs: list[str]
    steps: list[str]
    photos: list[Photo]
    video_url: str = ""
    video_file: tuple | None = None
    voice_file: tuple | str | None = None
    video_removed: bool = False  # while editing: the farmer lets the stored video go
    voice_removed: bool = False  # ... or the stored voice note


def contribution_submit(*, user, language: str, contribution: Contribution) -> PracticePage:
    """A farmer's practice, with its photos, video and voice note, as a draft in review.
    Raises ValidationError with nothing written, not even the files."""
    library = (
        PracticeIndexPage.objects.filter(locale__language_code=language).first()
        or PracticeIndexPage.objects.first()
    )
    categories = _categories(contribution.category_slugs, library)
    with uploads_removed_on_failure() as written, transaction.atomic():
        image_ids, video_id, voice_id = _uploads_store(user, contribution, written)
        video = None
        if video_id:
            video = {"video": video_id, "url": "", "caption": ""}
        elif contribution.video_url:
            video = {"video": None, "url": contribution.video_url, "caption": ""}
        name = user.get_full_name() or ""
        return practice_submit(
            user=user,
            library=library,
            fields={
                **contribution.fields,
                "contributor": name[:200],
                "photo_id": image_ids[0] if image_ids else None,
                "voice_note_id": voice_id or None,
                "body": _body(contribution.steps, image_ids, video),
            },
            categories=categories,
        )


def _uploads_store(user, contribution: Contribution, written):
    """(image ids, video id or None, voice note id or None) of a contribution's checked files,
    stored inside the caller's transaction (`written` removes them if it fails)."""
    title = contribution.fields["title"]
    image_ids = photos_store(user=user, photos=contribution.photos, title=title, written=written)
    video_id = contribution.video_file and video_store(
        user=user, video=contribution.video_file, title=title, written=written
    )
    voice_id = contribution.voice_file and voice_store(
        user=user, voice=contribution.voice_file, title=title, written=written
    )
    return image_ids, video_id or None, voice_id or None


def _categories(slugs: list[str], library: PracticeIndexPage) -> list[PracticeCategory]:
    """The chosen categories in the library's language (any language's row otherwise)."""
    found = {c.slug: c for c in PracticeCategory.objects.filter(slug__in=slugs)}
    found.update(
        {c.slug: c for c in PracticeCategory.objects.filter(slug__in=slugs, locale=library.locale)}
    )
    return [found[slug] for slug in slugs if slug in found]


def contribution_update(*, page: PracticePage, user, contribution: Contribution) -> PracticePage:
    """The farmer's corrected draft, sent back to review (or to review for the first time). A
    new video file or voice note replaces the draft's; without one, the draft keeps its own,
    unless the farmer removed it (`contribution.video_removed`, `voice_removed`)."""
    with uploads_removed_on_failure() as written, transaction.atomic():
        image_ids, video_id, voice_id = _uploads_store(user, contribution, written)
        return _draft_update(page, user, contribution, image_ids, video_id, voice_id)


def _draft_update(page, user, contribution: Contribution, image_ids, video_id, voice_id):
    """contribution_update once its files are stored, in the same transaction."""
    draft = page.get_latest_revision_as_object()
    if voice_id or contribution.voice_removed:  # kept unless replaced or removed
        draft.voice_note_id = voice_id or None
    for name, value in contribution.fields.items():
        setattr(draft, name, value)
    draft.profile_fill_derived()  # country and climate the farmer left blank
    draft.categories = _categories(contribution.category_slugs, page.get_parent().specific)
    draft.photo_id = image_ids[0] if image_ids else None
    videos = [block for block in draft.body if block.block_type == "video"]
    video_url = contribution.video_url
    video = {"video": video_id or None, "url": video_url, "caption": ""}
    video = video if video_id or video_url else None
    body = _body(contribution.steps, image_ids, video)
    if video is None and videos and not contribution.video_removed:  # kept unless replaced
        body.append({"type": "video", "value": videos[0].block.get_prep_value(videos[0].value)})
    draft.body = body
    draft.save_revision(user=user)
    if not page.live:  # the row routes the review (regions_of): keep it at the draft's place
        page.country, page.region = (
            draft.country,
            region_for_country(
                country=str(draft.country), regions=Region.objects.filter(locale=page.locale)
            ),
        )
        page.save(update_fields=["country", "region"], clean=False)
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None:
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user)
    return page


def report_submit(*, user, practice: PracticePage, fields: dict, photos: list[Photo],
                  voice_file: tuple | str | None = None):  # fmt: skip
    """A farmer's "I tried this" (a photo and a voice note optional), as a draft in regional
    review. ValidationError (nothing written, not even the files) for a farm location at sea."""
    report = ExperienceReport(practice=practice, author=user, live=False, **fields)
    report.profile_fill_derived()
    with uploads_removed_on_failure() as written, transaction.atomic():
        image_ids = photos_store(user=user, photos=photos[:1], title=practice.title,
                                 written=written)  # fmt: skip
        report.photo_id = image_ids[0] if image_ids else None
        if voice_file:
            report.voice_note_id = voice_store(user=user, voice=voice_file,
                                               title=practice.title, written=written)  # fmt: skip
        report.save()
        report.save_revision(user=user)
        workflow = report.get_workflow()
        if workflow is not None:
            workflow.start(report, user)
    return report
