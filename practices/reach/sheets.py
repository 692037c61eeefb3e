"""Practice sheets: a one- or two-page PDF fact sheet per practice, in the practice's language,
for extension agents to print and hand out (WeasyPrint, which draws text with Pango).

Made on first request and kept as a file (VAR_DIR/practice-sheets/<id>-<published>.pdf): a new
publication changes the name, and publishing or unpublishing deletes the old files
(practices.reach.pack_receivers)."""

import os
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from weasyprint import HTML

from practices.models import PracticePage
from practices.reach.pack_build import html_offline
from practices.selectors.labels import category_labels, region_label


def sheets_directory() -> Path:
    return Path(
        getattr(settings, "TERROIR_SHEETS_DIR", None) or settings.VAR_DIR / "practice-sheets"
    )


def sheet_html(*, practice: PracticePage, short_url: str) -> str:
    labels = category_labels(locale=practice.locale_id)
    with translation.override(practice.locale.language_code):
        return render_to_string(
            "reach/sheet.html",
            {
                "page": practice,
                "categories": [labels.get(c.slug, c.name) for c in practice.categories.all()],
                "region_name": region_label(
                    region_id=practice.region_id, locale_id=practice.locale_id
                ),
                "short_url": short_url,
                "body": html_offline(render_to_string("reach/pack/body.html", {"page": practice})),
                "language": practice.locale.language_code,
            },
        )


def sheet_pdf(*, practice: PracticePage, short_url: str) -> Path:
    """The practice's sheet as a PDF file, made now unless this publication's is kept."""
    stamp = int(practice.last_published_at.timestamp()) if practice.last_published_at else 0
    path = sheets_directory() / f"{practice.pk}-{stamp}.pdf"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        document = HTML(string=sheet_html(practice=practice, short_url=short_url))
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        document.write_pdf(temporary)
        temporary.replace(path)
    return path


def sheet_forget(practice_id: int) -> None:
    """Delete the practice's kept sheets (it was published again, unpublished or deleted)."""
    for path in sheets_directory().glob(f"{practice_id}-*.pdf"):
        path.unlink(missing_ok=True)
