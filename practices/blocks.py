"""The one body StreamBlock every page type uses (bakerydemo `base/blocks.py`).

Templates live in templates/components/streamfield/blocks/. Presentation helpers sit on
StructValue subclasses, not in template `if` chains.
"""

from html import unescape
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

BLOCK_TEMPLATES = "components/streamfield/blocks"

# Blocks built around a chooser (image, video, document) have no preview_value: a preview needs
# a real object from the library, which a fresh site does not have.


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = f"{BLOCK_TEMPLATES}/image_block.html"
        description = _("A photo with an optional caption")
        label = _("Image")


class VideoStructValue(blocks.StructValue):
    def link_host(self) -> str:
        return urlsplit(self.get("url") or "").netloc

    def embed_html(self) -> str:
        """The provider's player, only when embeds may be fetched and the fetch succeeds.

        Offline (the default) this is always "": the template shows a plain link instead,
        so a video link never renders as nothing.
        """
        url = self.get("url")
        if not url or not settings.TERROIR_FETCH_EMBEDS:
            return ""
        try:
            return embed_to_frontend_html(url)  # Wagtail's rendering, "" when not found
        except OSError:
            return ""


class VideoBlock(blocks.StructBlock):
    video = VideoChooserBlock(required=False, label=_("Uploaded video"))
    url = blocks.URLBlock(required=False, label=_("Or a link to the video"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "media"
        template = f"{BLOCK_TEMPLATES}/video_block.html"
        description = _("An uploaded video, or a link to one (shown as a link when offline)")
        label = _("Video")
        value_class = VideoStructValue

    def clean(self, value):
        if not value.get("video") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choose an uploaded video or give a link.")}
            )
        return super().clean(value)


class StepBlock(blocks.StructBlock):
    """One step: a short title, a text, or both (a farmer's step, typed as one line on the
    contribution form, is a text without a title), and an optional image."""

    title = blocks.CharBlock(required=False, max_length=200, label=_("Step"))
    text = blocks.RichTextBlock(
        required=False, features=["bold", "italic", "link", "ol", "ul"], label=_("Text")
    )
    image = ImageChooserBlock(required=False, label=_("Image"))

    def clean(self, value):
        if not value.get("title") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={"title": _("Give the step a title or a text.")}
            )
        return super().clean(value)


def step_value(text: str) -> dict:
    """A step's value from a line of plain text (escaped): a text without a title."""
    return {"title": "", "text": f"<p>{escape(text)}</p>", "image": None}


def step_texts(value) -> list[str]:
    """A steps block's steps as lines of plain text (what the contribution form shows again):
    each step's title and text, without markup."""
    lines = []
    for step in value["steps"]:
        text = strip_tags(step["text"].source if step["text"] else "")
        line = " ".join(part for part in (step["title"], unescape(text).strip()) if part)
        if line:
            lines.append(line)
    return lines


class StepsBlock(blocks.StructBlock):
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = f"{BLOCK_TEMPLATES}/steps_block.html"
        description = _("Numbered steps, each with an optional image")
        label = _("Steps")
        preview_value = {
            "steps": [
                {"title": "Dig the pits", "text": "<p>20 cm deep, 40 cm wide.</p>"},
                {"title": "Add manure", "text": "<p>Two handfuls per pit.</p>"},
            ]
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Testimony"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = f"{BLOCK_TEMPLATES}/quote_block.html"
        description = _("A farmer's testimony, in their words")
        label = _("Quote")
        preview_value = {"text": "My millet yield doubled in three years.", "attribution": "Awa"}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, max_length=200, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = f"{BLOCK_TEMPLATES}/document_block.html"
        description = _("A downloadable document (PDF, spreadsheet…)")
        label = _("Document")


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template=f"{BLOCK_TEMPLATES}/paragraph_block.html",
        label=_("Paragraph"),
        description=_("Text with headings, lists and links"),
        preview_value="<p>Mulch kept the soil covered through the dry season.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    steps = StepsBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
