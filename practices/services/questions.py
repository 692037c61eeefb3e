"""Questions on a practice and their answers: asking, answering, moderating.

Who may moderate is decided by the callers through `selectors.questions_moderatable` /
`answers_moderatable` (an object outside the user's regions is never found); who answers as
trusted (published at once) is decided here from `selectors.practice_question_roles`.
Emails go out after the change is saved and never undo it (practices.services.notifications).
"""

from typing import Literal

from django.db import transaction

from practices.models import Answer, PracticePage, Question
from practices.selectors.questions import practice_question_roles
from practices.services import notifications
from practices.vocabulary import QuestionStatus

Action = Literal["approve", "hide"]


def question_ask(*, practice: PracticePage, user, text: str) -> Question:
    """A question waiting for the region's correspondents (who are told by email)."""
    question = Question.objects.create(practice=practice, author=user, text=text)
    transaction.on_commit(lambda: notifications.question_waiting(question))
    return question


def _moderate(post, action: Action, published) -> None:
    """Approve (publish) or hide a question or an answer; `published(post)` tells who waits
    for it, once, when it is first published (after the change is saved)."""
    was_published = post.status == QuestionStatus.PUBLISHED
    post.status = QuestionStatus.PUBLISHED if action == "approve" else QuestionStatus.HIDDEN
    post.save(update_fields=["status"])
    if post.status == QuestionStatus.PUBLISHED and not was_published:
        transaction.on_commit(lambda: published(post))


def question_moderate(*, question: Question, action: Action) -> Question:
    """Approve (publish) or hide a question. Publishing tells the practice's contributor."""
    _moderate(question, action, notifications.question_published)
    return question


def answer_give(*, question: Question, user, text: str) -> Answer:
    """An answer: published at once from the practice's contributor, its region's
    correspondents and the moderators (the asker is told); waiting for approval from anyone
    else (the correspondents are told)."""
    _moderates, trusted = practice_question_roles(practice=question.practice, user=user)
    answer = Answer.objects.create(
        question=question,
        author=user,
        text=text,
        status=QuestionStatus.PUBLISHED if trusted else QuestionStatus.PENDING,
    )
    if trusted:
        transaction.on_commit(lambda: notifications.answer_published(answer))
    else:
        transaction.on_commit(lambda: notifications.answer_waiting(answer))
    return answer


def answer_moderate(*, answer: Answer, action: Action) -> Answer:
    """Approve (publish) or hide an answer. Publishing tells the asker."""
    _moderate(answer, action, notifications.answer_published)
    return answer
