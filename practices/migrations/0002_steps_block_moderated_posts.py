"""Steps stored as a steps block, and Question and Answer on one moderated-post base.

- Farmers' steps, stored until now as a paragraph holding one numbered list (`<ol><li>…`),
  become a steps block, each item a step's text: on the practices' rows and in their revisions
  (the contribution form reads a farmer's steps back from the latest revision). Only a body
  whose first block is such a paragraph is changed: what the contribution form wrote.
- A step needs a title or a text (no longer both); Question's and Answer's fields come from
  ModeratedPost (their names in Django's state only: no SQL)."""

import json
import re
import uuid

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

LIST = re.compile(r"\A<ol>((?:<li>[^<]*</li>)+)</ol>\Z")
ITEM = re.compile(r"<li>([^<]*)</li>")


def _converted(body: list) -> list | None:
    if not body or body[0].get("type") != "paragraph" or not isinstance(body[0].get("value"), str):
        return None
    match = LIST.match(body[0]["value"].strip())
    if match is None:
        return None
    steps = [
        {"type": "item", "id": str(uuid.uuid4()),
         "value": {"title": "", "text": f"<p>{text}</p>", "image": None}}
        for text in ITEM.findall(match.group(1))
    ]  # fmt: skip
    first = {"type": "steps", "id": body[0].get("id") or str(uuid.uuid4()), "value": {"steps": steps}}
    return [first, *body[1:]]


def _load(raw):
    if isinstance(raw, str):
        return json.loads(raw) if raw else []
    return raw or []


def forwards(apps, schema_editor):
    PracticePage = apps.get_model("practices", "PracticePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in PracticePage.objects.all().only("id", "body"):
        body = _converted(list(_load(page.body.raw_data)))
        if body is not None:
            page.body = body
            page.save(update_fields=["body"])
    content_type = ContentType.objects.filter(app_label="practices", model="practicepage").first()
    if content_type is None:
        return
    revisions = Revision.objects.filter(content_type=content_type)
    for revision in revisions.only("id", "content").iterator():
        content = revision.content or {}
        body = _converted(list(_load(content.get("body"))))
        if body is not None:
            content["body"] = json.dumps(body)
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial_to_installed_terms"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='answer',
            name='author',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='%(class)ss_written', to=settings.AUTH_USER_MODEL, verbose_name='author'),
        ),
        migrations.AlterField(
            model_name='answer',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='written at'),
        ),
        migrations.AlterField(
            model_name='answer',
            name='text',
            field=models.TextField(max_length=2000, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='practicepage',
            name='body',
            field=wagtail.fields.StreamField([('paragraph', 0), ('image', 3), ('video', 6), ('steps', 12), ('quote', 15), ('document', 18)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with headings, lists and links', 'features': ['h2', 'h3', 'bold', 'italic', 'link', 'ol', 'ul'], 'icon': 'pilcrow', 'label': 'Paragraph', 'preview_value': '<p>Mulch kept the soil covered through the dry season.</p>', 'template': 'components/streamfield/blocks/paragraph_block.html'}), 1: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('image', 1), ('caption', 2)]], {}), 4: ('wagtailmedia.blocks.VideoChooserBlock', (), {'label': 'Uploaded video', 'required': False}), 5: ('wagtail.blocks.URLBlock', (), {'label': 'Or a link to the video', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('video', 4), ('url', 5), ('caption', 2)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Step', 'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Text', 'required': False}), 9: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('title', 7), ('text', 8), ('image', 9)]], {}), 11: ('wagtail.blocks.ListBlock', (10,), {'label': 'Steps', 'min_num': 1}), 12: ('wagtail.blocks.StructBlock', [[('steps', 11)]], {}), 13: ('wagtail.blocks.TextBlock', (), {'label': 'Testimony'}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('text', 13), ('attribution', 14)]], {}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 17: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('document', 16), ('title', 17)]], {})}, verbose_name='what was done'),
        ),
        migrations.AlterField(
            model_name='question',
            name='author',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='%(class)ss_written', to=settings.AUTH_USER_MODEL, verbose_name='author'),
        ),
        migrations.AlterField(
            model_name='question',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='written at'),
        ),
        migrations.AlterField(
            model_name='question',
            name='text',
            field=models.TextField(max_length=2000, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='tutorialpage',
            name='body',
            field=wagtail.fields.StreamField([('paragraph', 0), ('image', 3), ('video', 6), ('steps', 12), ('quote', 15), ('document', 18)], block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with headings, lists and links', 'features': ['h2', 'h3', 'bold', 'italic', 'link', 'ol', 'ul'], 'icon': 'pilcrow', 'label': 'Paragraph', 'preview_value': '<p>Mulch kept the soil covered through the dry season.</p>', 'template': 'components/streamfield/blocks/paragraph_block.html'}), 1: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('image', 1), ('caption', 2)]], {}), 4: ('wagtailmedia.blocks.VideoChooserBlock', (), {'label': 'Uploaded video', 'required': False}), 5: ('wagtail.blocks.URLBlock', (), {'label': 'Or a link to the video', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('video', 4), ('url', 5), ('caption', 2)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Step', 'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Text', 'required': False}), 9: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('title', 7), ('text', 8), ('image', 9)]], {}), 11: ('wagtail.blocks.ListBlock', (10,), {'label': 'Steps', 'min_num': 1}), 12: ('wagtail.blocks.StructBlock', [[('steps', 11)]], {}), 13: ('wagtail.blocks.TextBlock', (), {'label': 'Testimony'}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 200, 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('text', 13), ('attribution', 14)]], {}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 17: ('wagtail.blocks.CharBlock', (), {'label': 'Link text', 'max_length': 200, 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('document', 16), ('title', 17)]], {})}, verbose_name='how to do it'),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
