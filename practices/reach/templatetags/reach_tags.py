"""Template helpers for low-bandwidth reading."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext

register = template.Library()

PHOTO_RENDITION = "width-400|format-webp"  # what a phone loads for a page's photo


@register.filter
def photo_size(image, spec: str = "") -> str:
    """What the photo would cost to load (its rendition `spec`, a page's photo by default), for
    text-only mode: "photo, 38 KB"."""
    if not image:
        return ""
    size = image.get_rendition(spec or PHOTO_RENDITION).file.size
    return gettext("photo, %(size)s") % {"size": filesizeformat(size)}
