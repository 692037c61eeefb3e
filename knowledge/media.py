"""Serving user media (MEDIA_ROOT) from the application itself, so that `make run` works with
DEBUG off and no web server in front (TERROIR_SERVE_MEDIA; off when media live on S3).

Whatever a file is called, it is never served as HTML or any other active type: the
Content-Type comes from its content (practices.upload_checks.media_content_type: images, videos and
sounds of an allow-list as themselves, anything else application/octet-stream), with
`nosniff`, a sandboxing Content-Security-Policy, and `Content-Disposition: attachment` for
everything that is not an image. Wagtail's originals and renditions are served like the
farmers' photos. Documents are left to Wagtail's own view (it checks collection privacy)
unless WAGTAILDOCS_SERVE_METHOD is "direct". A folder named in TERROIR_MEDIA_GUARDS is served
only when its guard (a dotted path: `guard(request, path)`) gives the Cache-Control to answer
with; None is a 404 (the videos and voice notes of drafts: practices.reach.media_access).

Django's `django.views.static.serve` is the model (safe_join, Last-Modified); added here: the
headers above, ETag and If-None-Match, HEAD without a body and single byte ranges (phones
seek in a video, and Safari plays none without ranges).
"""

import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils._os import safe_join
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header, http_date
from django.utils.module_loading import import_string
from django.views.decorators.http import require_safe

from practices.upload_checks import media_content_type

MEDIA_CSP = (
    "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'"
)
CACHE_CONTROL = "public, max-age=86400"  # stored names are not reused for other content
# ASCII digits only (\d takes any script's), at most 19 of them: int() refuses more than 4300
# digits with a ValueError, and no file is larger than 10**19 bytes.
RANGE = re.compile(r"^bytes=([0-9]{0,19})-([0-9]{0,19})$")
CHUNK = 64 * 1024
DOCUMENTS_FOLDER = "documents/"  # wagtail.documents.models.AbstractDocument.file upload_to


def _media_path(path: str) -> Path:
    """The file under MEDIA_ROOT at `path`; Http404 for anything outside it (`..`, absolute
    paths, symbolic links leading out), for directories and for documents served by Wagtail."""
    path = posixpath.normpath(path).lstrip("/")
    documents_direct = getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) == "direct"
    if path.startswith(DOCUMENTS_FOLDER) and not documents_direct:
        raise Http404
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        fullpath = Path(safe_join(root, path)).resolve()
    except SuspiciousFileOperation as error:
        raise Http404 from error
    if not fullpath.is_relative_to(root) or not fullpath.is_file():
        raise Http404
    return fullpath


def _guarded_cache_control(request, fullpath: Path) -> str | None:
    """The Cache-Control of a file in a guarded folder, "" for one in no such folder; None
    when its guard refuses it. The folder is read from the file's resolved place, never from
    how the address spells it."""
    path = fullpath.relative_to(Path(settings.MEDIA_ROOT).resolve()).as_posix()
    for folder, guard in getattr(settings, "TERROIR_MEDIA_GUARDS", {}).items():
        if path.startswith(folder.rstrip("/") + "/"):
            return import_string(guard)(request, path)
    return ""


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single `Range: bytes=` request; None when it cannot be met."""
    match = RANGE.match(header.strip())
    if match is None or not any(match.groups()):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        start, end = max(0, size - int(last)), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    return (start, end) if start <= end and start < size else None


def _stream(path: Path, start: int, length: int):
    with path.open("rb") as file:
        file.seek(start)
        while length > 0:
            chunk = file.read(min(CHUNK, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


@require_safe
def media_serve(request, path: str):
    """One file of MEDIA_ROOT, with the headers described above."""
    fullpath = _media_path(path)
    cache_control = _guarded_cache_control(request, fullpath)
    if cache_control is None:
        raise Http404
    stat = fullpath.stat()
    etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    content_type = media_content_type(str(fullpath))
    headers = {
        "Content-Type": content_type,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": MEDIA_CSP,
        "Cross-Origin-Resource-Policy": "same-origin",
        "Last-Modified": http_date(stat.st_mtime),
        "ETag": etag,
        "Cache-Control": cache_control or CACHE_CONTROL,
        "Accept-Ranges": "bytes",
    }
    if not content_type.startswith("image/"):
        headers["Content-Disposition"] = content_disposition_header(True, fullpath.name)
    conditional = get_conditional_response(request, etag=etag, last_modified=int(stat.st_mtime))
    if conditional is not None:  # 304 Not Modified (or 412)
        for name in ("ETag", "Last-Modified", "Cache-Control", "X-Content-Type-Options"):
            conditional.headers[name] = headers[name]
        return conditional

    start, length, status = 0, stat.st_size, 200
    wanted = request.META.get("HTTP_RANGE")
    if wanted and request.META.get("HTTP_IF_RANGE", etag) == etag:
        byte_range = _byte_range(wanted, stat.st_size)
        if byte_range is None:
            response = HttpResponse(status=416, headers=headers)
            response.headers["Content-Range"] = f"bytes */{stat.st_size}"
            return response
        start, end = byte_range
        length, status = end - start + 1, 206
        headers["Content-Range"] = f"bytes {start}-{end}/{stat.st_size}"

    if request.method == "HEAD":
        response = HttpResponse(status=status)
    elif status == 206:
        response = StreamingHttpResponse(_stream(fullpath, start, length), status=206)
    else:
        response = FileResponse(fullpath.open("rb"))
    # Set last: FileResponse would otherwise guess a type from the file's name.
    for name, value in {**headers, "Content-Length": str(length)}.items():
        response.headers[name] = value
    return response
