"""Storing what farmers upload, once it has passed practices.upload_checks' checks.

A file reaches MEDIA_ROOT (and a Wagtail image or media row) only when the form it came with is
saved, under a random name with the extension of its detected format: never under the name it
was sent with. A photo sent with a form that must be corrected is held outside MEDIA_ROOT
(VAR_DIR, never served, no row) for a day, so that a farmer on a slow connection does not send
it twice; the form carries its name, signed (practices.forms.mixins.kept_photos_sign). A
voice note and a video file are held the same way (practices.forms.held), one of each kind a
member, in a folder of their kind.
"""

import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from practices.upload_checks import MAX_PHOTOS, VIDEO_EXTENSIONS, VOICE_CONTAINERS

STAGED_MAX_AGE = 24 * 3600  # as long as a signed list of kept photos is honoured
STAGED_NAME = re.compile(r"^[0-9a-f]{32}\.(?:jpg|png|webp|gif)$")
# A file held alone (one a member) while its form is corrected: its kind, with the extensions
# upload_checks stores it under and the wagtailmedia type it is stored as.
HELD_EXTENSIONS = {"voice": frozenset(VOICE_CONTAINERS.values()), "video": VIDEO_EXTENSIONS}
HELD_MEDIA_TYPES = {"voice": "audio", "video": "video"}
HELD_NAME = re.compile(r"^[0-9a-f]{32}\.([a-z0-9]{2,4})$")
CONTRIBUTIONS = "Contributions"  # the collection of farmers' photos, videos and voice notes

# A photo of a submission: the id of an image already stored (kept while editing), the name of
# a staged photo, or a new upload with the extension of its detected format.
Photo = int | str | tuple[File, str]


def _staging_root() -> Path:
    return Path(settings.VAR_DIR) / "staged-uploads"


def _held_root(kind: str) -> Path:
    return Path(settings.VAR_DIR) / f"staged-{kind}"


def _staged_expire(root: Path) -> None:
    """Files staged more than a day ago (by anyone) go."""
    for path in root.glob("*/*"):
        try:
            if path.stat().st_mtime < time.time() - STAGED_MAX_AGE:
                path.unlink(missing_ok=True)
        except FileNotFoundError:  # removed meanwhile by another request
            continue


def _staged_write(directory: Path, upload: File, extension: str) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    name = stored_name(extension)
    with (directory / name).open("xb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return name


def stored_name(extension: str) -> str:
    """A file name that says nothing the sender chose: random, with the detected extension."""
    return f"{secrets.token_hex(16)}.{extension}"


def photos_stage(*, user, photos: list[tuple[File, str]], kept: list = ()) -> list[str]:
    """Hold checked photos of a form to be corrected; their names, to be signed into the form.
    A member holds at most MAX_PHOTOS staged photos (one form's worth): these and the staged
    names the form still carries (`kept`) stay, older ones go, so that repeating an invalid
    post does not fill the disk. Photos staged more than a day ago (by anyone) go too."""
    if not photos:
        return []
    root = _staging_root()
    _staged_expire(root)
    directory = root / str(user.pk)
    names = [_staged_write(directory, upload, extension) for upload, extension in photos]
    _staged_prune(directory, keep={*names, *(k for k in kept if isinstance(k, str))})
    return names


def _staged_prune(directory: Path, *, keep: set[str]) -> None:
    """Leave at most MAX_PHOTOS files in a member's folder: those in `keep` first, then the
    newest of the others."""

    def newest(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except FileNotFoundError:  # removed meanwhile by another request
            return 0.0

    others = sorted((p for p in directory.iterdir() if p.name not in keep), key=newest,
                    reverse=True)  # fmt: skip
    for path in others[max(0, MAX_PHOTOS - len(keep)) :]:
        path.unlink(missing_ok=True)


def photo_staged(*, user, name: str) -> Path | None:
    """The staged photo of this user by that name, if it is still there."""
    if not STAGED_NAME.match(name):
        return None
    path = _staging_root() / str(user.pk) / name
    return path if path.is_file() else None


def file_hold(*, kind: str, user, upload: tuple[File, str]) -> str:
    """Hold a checked file of `kind` ("voice", "video": HELD_EXTENSIONS) sent with a form to be
    corrected; its name, to be signed into the form. A member holds one of each kind: holding
    another removes the one before."""
    root = _held_root(kind)
    _staged_expire(root)
    directory = root / str(user.pk)
    name = _staged_write(directory, *upload)
    for path in directory.iterdir():
        if path.name != name:
            path.unlink(missing_ok=True)
    return name


def file_held(*, kind: str, user, name: str) -> Path | None:
    """The file of `kind` this user holds by that name, if it is still there and less than a
    day old; None for any other name (a path, another kind's, another member's)."""
    found = HELD_NAME.match(name)
    if found is None or found.group(1) not in HELD_EXTENSIONS[kind]:
        return None
    path = _held_root(kind) / str(user.pk) / name
    try:
        if path.is_file() and path.stat().st_mtime >= time.time() - STAGED_MAX_AGE:
            return path
    except FileNotFoundError:  # expired meanwhile by another request
        pass
    return None


def contributions_collection() -> Collection:
    """Where farmers' photos and videos are kept (editors see them in the admin; the public
    only once a live page uses them: practices.reach.media_access)."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=CONTRIBUTIONS).first()
    return found or root.add_child(name=CONTRIBUTIONS)


@contextmanager
def uploads_removed_on_failure() -> Iterator[list]:
    """Files stored inside the block (append their FieldFile to the list given) are deleted
    again if the block fails, as the rows that named them are rolled back: a submission whose
    save fails leaves nothing in MEDIA_ROOT."""
    written: list = []
    try:
        yield written
    except BaseException:
        for field_file in written:
            field_file.storage.delete(field_file.name)
        raise


def photos_store(*, user, photos: list[Photo], title: str, written: list) -> list[int]:
    """The image ids of a submission's photos, in order: stored images as they are (only the
    user's own), staged photos and new uploads as new Wagtail images. Call in the submission's
    transaction, inside `uploads_removed_on_failure()`; staged files go once it commits."""
    Image = get_image_model()
    own = {i for i in photos if isinstance(i, int)}
    own = set(Image.objects.filter(pk__in=own, uploaded_by_user=user).values_list("pk", flat=True))
    ids, collection = [], None
    for photo in photos:
        if isinstance(photo, int):
            if photo in own:
                ids.append(photo)
            continue
        if isinstance(photo, str):
            path = photo_staged(user=user, name=photo)
            if path is None:
                continue
            content, extension = File(path.open("rb")), path.suffix.lstrip(".")
            transaction.on_commit(lambda path=path: path.unlink(missing_ok=True))
        else:
            content, extension = photo
        collection = collection or contributions_collection()
        image = Image(title=title[:255], collection=collection, uploaded_by_user=user)
        try:
            image.file.save(stored_name(extension), content, save=False)
        finally:
            if isinstance(photo, str):
                content.close()
        written.append(image.file)
        image.save()
        ids.append(image.pk)
    return ids


def video_store(*, user, video: tuple[File, str] | str, title: str, written: list) -> int | None:
    """A checked video file (with its container's extension), or the name of one held while
    the form was corrected, as a wagtailmedia video (see held_store)."""
    return held_store(kind="video", user=user, upload=video, title=title, written=written)


def voice_store(*, user, voice: tuple[File, str] | str, title: str, written: list) -> int | None:
    """A checked voice note, or the name of one held, as a wagtailmedia sound (see
    held_store)."""
    return held_store(kind="voice", user=user, upload=voice, title=title, written=written)


def held_store(*, kind: str, user, upload: tuple[File, str] | str, title: str,
               written: list) -> int | None:  # fmt: skip
    """A checked file of `kind` sent now, or the name of one held while the form was
    corrected, stored as wagtailmedia of its type; None if the held one is gone. Call in the
    submission's transaction; a held file goes once it commits."""
    media_type = HELD_MEDIA_TYPES[kind]
    if not isinstance(upload, str):
        return _media_store(user=user, upload=upload, kind=media_type, title=title,
                            written=written)  # fmt: skip
    path = file_held(kind=kind, user=user, name=upload)
    if path is None:
        return None
    transaction.on_commit(lambda: path.unlink(missing_ok=True))
    with path.open("rb") as content:
        return _media_store(user=user, upload=(File(content), path.suffix.lstrip(".")),
                            kind=media_type, title=title, written=written)  # fmt: skip


def _media_store(*, user, upload: tuple[File, str], kind: str, title: str, written: list) -> int:
    content, extension = upload
    media = get_media_model()(title=title[:255], type=kind, uploaded_by_user=user,
                              collection=contributions_collection())  # fmt: skip
    media.file.save(stored_name(extension), content, save=False)
    written.append(media.file)
    media.save()
    return media.pk
