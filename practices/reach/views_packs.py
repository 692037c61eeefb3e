"""The offline packs page and the packs' downloads."""

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.translation import get_language

from practices.reach.pack_tasks import packs_build_all
from practices.reach.packs import MANIFEST, pack_file, packs_directory, packs_listed


def offline_packs(request):
    """The packs of the reader's language, by region, each with its size before download. The
    first visit on a site where none was ever built starts building them."""
    if not (packs_directory() / MANIFEST).exists():
        packs_build_all.enqueue()
    return render(request, "reach/offline.html", {"regions": packs_listed(language=get_language())})


def offline_pack_download(request, slug: str):
    path = pack_file(slug)
    if path is None:
        raise Http404
    response = FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
    response.headers["Content-Type"] = "application/zip"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
