"""What the reach app adds to core pages (practices.page_context): the template that plays an
uploaded video or sound from its small renditions. The core templates include it, when given,
for a video page's video, a video in a page's body, a practice's voice note and the voice
notes of its "I tried this" reports; without it they would show the original file."""

from practices.page_context import page_context_addition

MEDIA_TEMPLATE = "reach/media.html"


@page_context_addition("PracticePage")
@page_context_addition("LearningPageMixin")
def media_template(page, request) -> dict:
    return {"reach_media_template": MEDIA_TEMPLATE}
