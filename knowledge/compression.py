"""Compressed HTML (docs/decisions.md, "Compressed HTML").

Django's GZipMiddleware compresses every response it sees, whatever its type. Static files
never reach it (WhiteNoise answers them above, already compressed), but uploads and documents
do: a JPEG or a video gains nothing from gzip, loses its Content-Length and its byte ranges.
So only text is compressed here: the pages (a practice page shrinks about 5×), JSON from the
API, exports in CSV.

Django's BREACH mitigations apply: CSRF tokens are masked afresh on every response and gzip
output is padded with up to 100 random bytes ("Heal The Breach", Django 4.2+).
"""

from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/javascript",
    "application/xml",
    "application/xhtml+xml",
)


class TextGZipMiddleware(GZipMiddleware):
    """GZipMiddleware for text responses only."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").lower()
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
