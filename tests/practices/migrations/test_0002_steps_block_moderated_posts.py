"""Migration 0002: the farmers' steps stored as one numbered-list paragraph become a steps
block, on the page and in its revisions, so the contribution form reads them back."""

import importlib

from django.apps import apps

import pytest

from practices.models import PracticePage
from tests.factories import PracticePageFactory

migration = importlib.import_module("practices.migrations.0002_steps_block_moderated_posts")
pytestmark = pytest.mark.django_db

OLD_BODY = [
    {"type": "paragraph", "value": "<ol><li>Mark the contours</li><li>Dig &lt;30 cm&gt;</li></ol>"},
    {"type": "paragraph", "value": "<p>Later text stays.</p>"},
]


def test_a_farmers_list_becomes_steps_on_the_page_and_its_latest_revision(library):
    page = PracticePageFactory(parent=library, body=OLD_BODY)
    page.save_revision()
    edited = PracticePageFactory(parent=library, body=[OLD_BODY[1], OLD_BODY[0]])

    migration.forwards(apps, None)

    page = PracticePage.objects.get(pk=page.pk)
    for body in (page.body, page.get_latest_revision_as_object().body):
        assert [block.block_type for block in body] == ["steps", "paragraph"]
        texts = [step["text"].source for step in body[0].value["steps"]]
        assert texts == ["<p>Mark the contours</p>", "<p>Dig &lt;30 cm&gt;</p>"]
        assert body[1].value.source == "<p>Later text stays.</p>"
    # An editor's list further down the body is the editor's, left as it is.
    edited = PracticePage.objects.get(pk=edited.pk)
    assert [block.block_type for block in edited.body] == ["paragraph", "paragraph"]


def test_a_list_with_markup_inside_is_not_a_farmers_list():
    body = [{"type": "paragraph", "value": "<ol><li><b>Bold</b> step</li></ol>"}]
    assert migration._converted(body) is None
    assert migration._converted([]) is None
