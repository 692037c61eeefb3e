"""The open data page and the export downloads."""

from django.http import FileResponse
from django.shortcuts import render

from search.api import _api
from search.exports import FORMATS, export_file
from search.params import ParamError

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def open_data(request):
    files = []
    for file_format in FORMATS:
        path = export_file(file_format)
        url = f"/api/v1/exports/{path.name}"
        size = path.stat().st_size
        files.append({"format": file_format.upper(), "name": path.name, "size": size, "url": url})
    return render(request, "pages/open_data.html", {"files": files})


@_api
def export_download(request, file_format: str):
    if file_format not in FORMATS:
        raise ParamError("format", "The exports are csv or json.")
    path = export_file(file_format)
    response = FileResponse(
        path.open("rb"), as_attachment=True, filename=path.name,
        content_type=CONTENT_TYPES[file_format],
    )  # fmt: skip
    response["Cache-Control"] = "public, max-age=300"
    return response
