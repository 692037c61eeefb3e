"""Farmers' steps, stored until now as a paragraph holding one numbered list (`<ol><li>…`),
become a steps block, each item a step's text: on the practices' rows and in their revisions
(the contribution form reads a farmer's steps back from the latest revision). Only a body
whose first block is such a paragraph is changed: what the contribution form wrote."""

import json
import re
import uuid

from django.db import migrations

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
        ("practices", "0010_steps_block"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
