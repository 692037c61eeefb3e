"""Who may fetch an uploaded video or sound, its small renditions and its poster: everyone
once a live, public page uses it (a video page's video, a video in a page's body, a
practice's voice note) or an approved "I tried this" report on a live practice carries it;
before that (a farmer's draft, a report in review, a file only in the library) only the
people who may edit it. Anyone else is told the file does not exist (404), as for a draft page.

knowledge.media asks `media_guard` for every file of the folders that settings.
TERROIR_MEDIA_GUARDS names (the renditions' folder and wagtailmedia's), before serving it."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page, ReferenceIndex
from wagtailmedia.models import get_media_model
from wagtailmedia.permissions import permission_policy

from practices.models import ExperienceReport, PracticePage, VideoPage
from practices.reach.models import RENDITIONS_FOLDER, MediaRenditions
from practices.selectors.visibility import pages_visible, practices_live

ORIGINALS_FOLDER = "media"  # wagtailmedia's upload_to for the file
THUMBNAILS_FOLDER = "media_thumbnails"  # ... and for its thumbnail
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


def media_page_ids(media) -> set[int]:
    """The pages that use `media`, whatever their state: by their fields, and by their body
    (Wagtail's reference index, which records a page's saved, i.e. live, content)."""
    ids = set(PracticePage.objects.filter(voice_note=media).values_list("pk", flat=True))
    ids |= set(VideoPage.objects.filter(video=media).values_list("pk", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(media).filter(base_content_type=page_type)
    ids |= {int(pk) for pk in references.values_list("object_id", flat=True)}
    return ids


def media_public(media) -> bool:
    """A live, public page uses it, or an approved report on a live practice carries it."""
    if pages_visible(Page.objects.filter(pk__in=media_page_ids(media))).exists():
        return True
    return ExperienceReport.objects.filter(
        voice_note=media, live=True, practice__in=practices_live()
    ).exists()


def media_editable(media, user) -> bool:
    """The uploader, whoever may change it in the library, and the editors of a page (or of a
    report) that uses it."""
    if not user.is_authenticated:
        return False
    if media.uploaded_by_user_id == user.pk:
        return True
    if permission_policy.user_has_permission_for_instance(user, "change", media):
        return True
    if ExperienceReport.objects.filter(voice_note=media).exists() and user.has_perm(
        "practices.change_experiencereport"
    ):
        return True
    pages = Page.objects.filter(pk__in=media_page_ids(media))
    return any(page.permissions_for_user(user).can_edit() for page in pages)


def media_guard(request, path: str) -> str | None:
    """knowledge.media's question for a guarded file: its Cache-Control if `request` may have
    it ("public" when anyone may), None when it is to be answered 404."""
    media = media_for_file(path)
    if media is None:
        return None
    if media_public(media):
        return PUBLIC_CACHE
    return PRIVATE_CACHE if media_editable(media, request.user) else None
