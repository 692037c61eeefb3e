"""Who may fetch an uploaded file of a farmer's: everyone once a live, public page uses it (a
video page's video, a video or photo in a page's body, a page's main photo, a practice's voice
note) or an approved "I tried this" report on a live practice carries it; before that (a
farmer's draft, a report in review, a file only in the library) only the people who may edit
it. Anyone else is told the file does not exist (404), as for the draft page itself.

Videos and sounds (wagtailmedia), their small renditions and posters are guarded wherever they
come from; images (originals and Wagtail's renditions) only when they are in the collection of
contributions, where the public forms store farmers' photos: the editors' own images are
served as before. knowledge.media asks `media_guard` or `image_guard` for every file of the
folders that settings.TERROIR_MEDIA_GUARDS names, before serving it."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images import get_permission_policy as image_permission_policy
from wagtail.models import Page, ReferenceIndex
from wagtailmedia.models import get_media_model
from wagtailmedia.permissions import permission_policy as media_permission_policy

from practices.models import ExperienceReport, PracticePage, TutorialPage, VideoPage
from practices.reach.models import RENDITIONS_FOLDER, MediaRenditions
from practices.selectors.visibility import pages_visible, practices_live
from practices.services.uploads import CONTRIBUTIONS

ORIGINALS_FOLDER = "media"  # wagtailmedia's upload_to for the file
THUMBNAILS_FOLDER = "media_thumbnails"  # ... and for its thumbnail
IMAGES_FOLDER = "original_images"  # Wagtail's upload_to for an image
IMAGE_RENDITIONS_FOLDER = "images"  # ... and for its renditions
PUBLIC_CACHE = "public, max-age=3600"  # an unpublished page's files leave caches within the hour
PRIVATE_CACHE = "private, no-cache"  # an editor's copy: never in a shared cache


def media_for_file(path: str):
    """The wagtailmedia Media a stored file belongs to (itself, its thumbnail or one of its
    renditions), None if none does."""
    folder = path.partition("/")[0]
    Media = get_media_model()
    if folder == RENDITIONS_FOLDER:
        renditions = (
            MediaRenditions.objects.filter(Q(video=path) | Q(audio=path) | Q(poster=path))
            .select_related("media")
            .first()
        )
        return renditions.media if renditions else None
    if folder == ORIGINALS_FOLDER:
        return Media.objects.filter(file=path).first()
    if folder == THUMBNAILS_FOLDER:
        return Media.objects.filter(thumbnail=path).first()
    return None


def image_for_file(path: str):
    """The Wagtail image a stored file belongs to (itself or one of its renditions), None if
    none does."""
    folder = path.partition("/")[0]
    Image = get_image_model()
    if folder == IMAGES_FOLDER:
        return Image.objects.filter(file=path).select_related("collection").first()
    if folder == IMAGE_RENDITIONS_FOLDER:
        rendition = (
            Image.get_rendition_model()
            .objects.filter(file=path)
            .select_related("image__collection")
            .first()
        )
        return rendition.image if rendition else None
    return None


def _pages_using(item, by_field: list) -> set[int]:
    """The pages that use `item`, whatever their state: by the fields named in `by_field`
    (page models and field names), and by their body and other links (Wagtail's reference
    index, which records a page's saved, i.e. live, content)."""
    ids: set[int] = set()
    for model, field in by_field:
        ids |= set(model.objects.filter(**{field: item}).values_list("pk", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(item).filter(base_content_type=page_type)
    ids |= {int(pk) for pk in references.values_list("object_id", flat=True)}
    return ids


def _drafts_using(item, by_field: list) -> set[int]:
    """The pages whose unpublished draft (their latest revision) uses `item`: a farmer's
    corrections bring their files in a revision only, never in the page's row. Looked for
    among the pages its uploader owns or revised last, the only drafts a new upload can be in."""
    if item.uploaded_by_user_id is None:
        return set()
    pages = Page.objects.filter(
        Q(owner_id=item.uploaded_by_user_id) | Q(latest_revision__user_id=item.uploaded_by_user_id),
        has_unpublished_changes=True,
    )
    return {page.pk for page in pages.specific() if _uses(page.get_latest_revision_as_object(),
                                                          item, by_field)}  # fmt: skip


def _uses(draft, item, by_field: list) -> bool:
    """`draft` (a page as a revision has it) uses `item`: by a field of `by_field`, or in a
    stream field's blocks (Wagtail's own reference extraction)."""
    if any(isinstance(draft, model) and getattr(draft, f"{field}_id") == item.pk
           for model, field in by_field):  # fmt: skip
        return True
    concrete = item._meta.concrete_model
    return any(
        model._meta.concrete_model is concrete and str(object_id) == str(item.pk)
        for field in draft._meta.get_fields()
        if isinstance(field, StreamField)
        for model, object_id, *_path in field.extract_references(getattr(draft, field.name))
    )


MEDIA_FIELDS = [(PracticePage, "voice_note"), (VideoPage, "video")]
IMAGE_FIELDS = [(PracticePage, "photo"), (TutorialPage, "photo")]


def _public(page_ids: set[int], reports) -> bool:
    """A live, public page among `page_ids`, or an approved report among `reports` on a live
    practice."""
    if pages_visible(Page.objects.filter(pk__in=page_ids)).exists():
        return True
    return reports.filter(live=True, practice__in=practices_live()).exists()


def _editable(item, user, *, policy, reports, page_ids: set[int], by_field: list) -> bool:
    """The uploader, whoever may change (or, for images, choose) it in the library, and the
    editors of a page (or reviewers of a report) that uses it, in its saved content or in its
    draft."""
    if not user.is_authenticated:
        return False
    if item.uploaded_by_user_id == user.pk:
        return True
    if policy.user_has_any_permission_for_instance(user, ["change", "choose"], item):
        return True
    if reports.exists() and user.has_perm("practices.change_experiencereport"):
        return True
    if any(_may_edit(page, user) for page in Page.objects.filter(pk__in=page_ids)):
        return True
    drafts = Page.objects.filter(pk__in=_drafts_using(item, by_field) - page_ids)
    return any(_may_edit(page, user) for page in drafts)


def _may_edit(page: Page, user) -> bool:
    """`user` may edit `page`, or review it in the task it is in (a correspondent of its
    region: practices.models.review.RegionalReviewTask)."""
    if page.permissions_for_user(user).can_edit():
        return True
    task = page.current_workflow_task
    return task is not None and task.specific.user_can_access_editor(page, user)


def _answer(request, item, *, policy, reports, by_field: list) -> str | None:
    page_ids = _pages_using(item, by_field)
    if _public(page_ids, reports):
        return PUBLIC_CACHE
    editable = _editable(item, request.user, policy=policy, reports=reports, page_ids=page_ids,
                         by_field=by_field)  # fmt: skip
    return PRIVATE_CACHE if editable else None


def media_guard(request, path: str) -> str | None:
    """knowledge.media's question for a video or sound file: its Cache-Control if `request`
    may have it ("public" when anyone may), None when it is to be answered 404."""
    media = media_for_file(path)
    if media is None:
        return None
    reports = ExperienceReport.objects.filter(voice_note=media)
    return _answer(request, media, policy=media_permission_policy, reports=reports,
                   by_field=MEDIA_FIELDS)  # fmt: skip


def image_guard(request, path: str) -> str | None:
    """The same question for an image file: a farmer's photo as a farmer's video; any other
    image (the editors', or a file no image names) as before ("")."""
    image = image_for_file(path)
    if image is None or image.collection.name != CONTRIBUTIONS:
        return ""
    reports = ExperienceReport.objects.filter(photo=image)
    return _answer(request, image, policy=image_permission_policy(), reports=reports,
                   by_field=IMAGE_FIELDS)  # fmt: skip
