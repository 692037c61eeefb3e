"""Emails about contributions, each in its reader's language, linking to the public site.

- a farmer's practice or "I tried this" report waits for review: its region's correspondents;
- a correspondent asked for a change, approved it or declined it: the farmer, with links to the
  public site (Wagtail's own emails to the requester link to the admin, which farmers do not
  use);
- a question or an answer waits for approval: the region's correspondents (the moderators
  when the region has none), linking to the moderation page;
- a question is published: the practice's contributor; an answer is published: the asker.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import TaskState

from practices.models import Answer, ExperienceReport, PracticePage, Question
from practices.models.review import RegionalReviewTask, regions_of
from practices.roles import MODERATORS
from practices.selectors.library import practice_page_for
from practices.selectors.questions import practice_contributor_id
from practices.services.members import member_language
from practices.text import one_line

logger = logging.getLogger(__name__)


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(user, template: str, context: dict) -> None:
    """The template's first paragraph is the subject, the rest the body. The subject is put on
    one line: it quotes titles (an imported one may hold line breaks), and a line break in a
    header is an injection that Django refuses to send, losing what triggered the email."""
    if not user.email:
        return
    language = member_language(user=user)
    with translation.override(language):
        text = render_to_string(f"emails/{template}.txt", {**context, "user": user})
    subject, _blank, body = text.strip().partition("\n\n")
    try:
        send_mail(one_line(subject), body.strip() + "\n", None, [user.email])
    except OSError:  # a mail server down never undoes a review
        logger.exception("Could not send the %s email to user %s", template, user.pk)


def _practice(workflow_state) -> PracticePage | None:
    page = workflow_state.content_object
    return page.specific if isinstance(page.specific, PracticePage) else None


def _report(workflow_state) -> ExperienceReport | None:
    report = workflow_state.content_object
    return report if isinstance(report, ExperienceReport) else None


def _reviewers(obj) -> set:
    return {u for region in regions_of(obj) for u in region.correspondents.all()}


def review_waiting(sender, instance, user=None, **kwargs) -> None:
    task = instance.task.specific
    if not isinstance(task, RegionalReviewTask):
        return
    report = _report(instance.workflow_state)
    if report is not None:
        admin_url = _absolute(
            reverse("wagtailsnippets_practices_experiencereport:edit", args=[report.pk])
        )
        for correspondent in _reviewers(report):
            _send(correspondent, "report_waiting", {"report": report, "admin_url": admin_url})
        return
    page = _practice(instance.workflow_state)
    if page is None:
        return
    draft = page.get_latest_revision_as_object()
    correspondents = _reviewers(draft)
    admin_url = _absolute(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    for correspondent in correspondents:
        _send(correspondent, "review_waiting", {"page": draft, "admin_url": admin_url})


def changes_requested(sender, instance, user=None, **kwargs) -> None:
    page = _practice(instance)
    if page is None:
        return
    owner = page.owner
    if owner is None:
        return
    rejected = instance.task_states.filter(status=TaskState.STATUS_REJECTED).order_by(
        "-finished_at"
    )
    comment = rejected.values_list("comment", flat=True).first() or ""
    with translation.override(member_language(user=owner)):
        edit_path = reverse("accounts:contribute_edit", args=[page.pk])
    _send(owner, "changes_requested",
          {"page": page.get_latest_revision_as_object(), "comment": comment,
           "edit_url": _absolute(edit_path)})  # fmt: skip


def published(sender, instance, user=None, **kwargs) -> None:
    report = _report(instance)
    if report is not None:
        if report.author is not None:
            report.practice.refresh_from_db()
            _send(report.author, "report_published",
                  {"report": report, "url": _absolute(report.practice.url or "/")})  # fmt: skip
        return
    page = _practice(instance)
    if page is None:
        return
    if page.owner is not None:
        page.refresh_from_db()
        _send(page.owner, "published", {"page": page, "url": _absolute(page.url or "/")})


def declined(sender, workflow_state, reason: str, **kwargs) -> None:
    report = _report(workflow_state)
    if report is not None:
        if report.author is not None:
            context = {"title": report.practice.title, "is_report": True, "reason": reason}
            _send(report.author, "declined", context)
        return
    page = _practice(workflow_state)
    if page is not None and page.owner is not None:
        _send(page.owner, "declined",
              {"title": page.get_latest_revision_as_object().title, "reason": reason})  # fmt: skip


def _in_language(user, name: str) -> str:
    with translation.override(member_language(user=user)):
        return _absolute(reverse(name))


def _practice_url(user, question: Question) -> str:
    """The practice's page in the reader's language when it is live, at the question."""
    page = practice_page_for(practice=question.practice, language=member_language(user=user))
    return _absolute((page.url or "/") + f"#question-{question.pk}")


def _question_moderators(practice: PracticePage) -> set:
    return _reviewers(practice) or set(
        get_user_model().objects.filter(groups__name=MODERATORS, is_active=True)
    )


def question_waiting(question: Question) -> None:
    for user in _question_moderators(question.practice):
        _send(user, "question_waiting",
              {"question": question, "page": question.practice,
               "moderation_url": _in_language(user, "accounts:questions")})  # fmt: skip


def answer_waiting(answer: Answer) -> None:
    question = answer.question
    for user in _question_moderators(question.practice):
        _send(user, "question_waiting",
              {"question": question, "answer": answer, "page": question.practice,
               "moderation_url": _in_language(user, "accounts:questions")})  # fmt: skip


def question_published(question: Question) -> None:
    """Tell the practice's contributor, who may answer (not when they asked it)."""
    contributor_id = practice_contributor_id(practice=question.practice)
    if contributor_id is None or contributor_id == question.author_id:
        return
    contributor = get_user_model().objects.filter(pk=contributor_id, is_active=True).first()
    if contributor is not None:
        _send(contributor, "question_published",
              {"question": question, "page": question.practice,
               "url": _practice_url(contributor, question)})  # fmt: skip


def answer_published(answer: Answer) -> None:
    """Tell the asker (not when they answered themselves)."""
    question = answer.question
    asker = question.author
    if asker is None or asker.pk == answer.author_id or not asker.is_active:
        return
    _send(asker, "answer_published",
          {"question": question, "answer": answer, "page": question.practice,
           "url": _practice_url(asker, question)})  # fmt: skip
