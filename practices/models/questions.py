"""Questions on a practice: one level, a question and its answers, moderated per region.

A question is asked on one language's page and belongs to the practice's translation group
(it shows on every translation). Moderation follows the regional review's routing: the
correspondents of the region containing the practice's country, and the moderators.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from practices.models.fields import author_field
from practices.vocabulary import QuestionStatus

MAX_LENGTH = 2000


def first_name(name: str) -> str:
    """What the public pages show of an author: the first word of their name, never more (a
    member's username is their email)."""
    words = name.split()
    return words[0] if words else ""


class PublicAuthorMixin:
    """For models with an `author` (a user): what the public pages show of them."""

    @property
    def author_name(self) -> str:
        """The author's first name only ("" when unknown)."""
        return first_name(self.author.first_name if self.author else "")


class ModeratedPost(PublicAuthorMixin, models.Model):
    """A member's text that the public pages show once it is approved (or at once, for the
    region's correspondents and the practice's contributor: services.questions)."""

    author = author_field(related_name="%(class)ss_written")
    text = models.TextField(_("text"), max_length=MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.PENDING
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:60]


class Question(ModeratedPost):
    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("practice"),
    )

    class Meta(ModeratedPost.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [models.Index(fields=["status", "created_at"], name="question_status_created")]


class Answer(ModeratedPost):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question")
    )

    class Meta(ModeratedPost.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
