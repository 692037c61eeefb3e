"""Questions on a practice: ask, answer, and the correspondents' moderation page.

Every post needs a log-in and a CSRF token (the middleware); asking and answering are rate
limited; moderation finds objects only among those of the user's regions (else 404).
"""

from collections.abc import Callable
from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from practices.forms.questions import AnswerForm, QuestionForm
from practices.models import Question
from practices.selectors.questions import (
    answers_moderatable,
    question_for_answer,
    questions_moderatable,
    questions_moderator,
    questions_waiting,
)
from practices.selectors.visibility import practices_live
from practices.services.questions import (
    answer_give,
    answer_moderate,
    question_ask,
    question_moderate,
)
from practices.views.accounts import safe_next
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded
from practices.vocabulary import QuestionStatus

ASK_LIMIT = Limit(group="accounts:ask", per_account="10/h", per_ip="200/h")
ANSWER_LIMIT = Limit(group="accounts:answer", per_account="30/h", per_ip="300/h")
FORM_TEMPLATE = "practices/question_form.html"


def _form_page(request, form, context: dict, status: int = 200, limited: bool = False):
    return render(
        request,
        FORM_TEMPLATE,
        {**context, "form": form, "limited_message": LIMITED_MESSAGE if limited else None},
        status=status,
    )


def _form_posted(request, form_class: type[QuestionForm], context: dict, limit: Limit):
    """(form, the form's page) — or (form, None) for a valid post within the limit."""
    if request.method != "POST":
        return None, _form_page(request, form_class(), context)
    form = form_class(request.POST)
    if limit_exceeded(request, limit):
        form.is_valid()  # shows what was typed, as typed
        return form, _form_page(request, form, context, status=429, limited=True)
    if not form.is_valid():
        return form, _form_page(request, form, context, status=400)
    return form, None


@never_cache
@login_required
def ask(request, practice_id: int):
    # Only a live, public practice: a draft's id (or any other) is not found.
    page = get_object_or_404(practices_live(), pk=practice_id)
    context = {"page": page, "action": reverse("accounts:ask", args=[page.pk]), "asking": True}
    form, shown = _form_posted(request, QuestionForm, context, ASK_LIMIT)
    if shown is not None:
        return shown
    question_ask(practice=page, user=request.user, text=form.cleaned_data["text"])
    messages.success(  # said next to the form, where the page opens (not at its top)
        request,
        _("Your question is sent; it will show once a correspondent has approved it."),
        extra_tags="near-form",
    )
    return HttpResponseRedirect(page.url + "#question-sent")


@never_cache
@login_required
def answer(request, question_id: int):
    try:
        question, page = question_for_answer(question_id=question_id)
    except Question.DoesNotExist:
        raise Http404 from None
    context = {
        "page": page,
        "question": question,
        "action": reverse("accounts:answer", args=[question.pk]),
    }
    form, shown = _form_posted(request, AnswerForm, context, ANSWER_LIMIT)
    if shown is not None:
        return shown
    given = answer_give(question=question, user=request.user, text=form.cleaned_data["text"])
    if given.status == QuestionStatus.PUBLISHED:
        said = _("Your answer is published.")
    else:
        said = _("Your answer is sent; it will show once a correspondent has approved it.")
    # Said in the question answered, where the page opens (not at its top): the tag names it.
    messages.success(request, said, extra_tags=f"near-answer question-{question.pk}")
    return HttpResponseRedirect(page.url + f"#answer-sent-{question.pk}")


@never_cache
@login_required
def moderation(request):
    if not questions_moderator(user=request.user):
        raise PermissionDenied
    waiting = questions_waiting(user=request.user)
    return render(
        request,
        "practices/questions_moderation.html",
        {"questions": waiting.questions, "answers": waiting.answers},
    )


@never_cache
def admin_queue(request):
    """The same queue in the Wagtail admin (mounted by practices.wagtail_hooks), for the
    correspondents who work there: approve and hide post to the views below, and come back."""
    if not questions_moderator(user=request.user):
        raise PermissionDenied
    waiting = questions_waiting(user=request.user)
    title = _("Questions waiting for approval")
    return render(
        request,
        "practices/admin/questions_waiting.html",
        {"waiting": waiting, "page_title": title, "header_title": title, "header_icon": "help"},
    )


@require_POST
@never_cache
@login_required
def moderate_question(request, question_id: int):
    question = get_object_or_404(
        questions_moderatable(user=request.user).select_related("practice"), pk=question_id
    )
    done = {"approve": _("The question is published."), "hide": _("The question is hidden.")}
    return _moderate(request, partial(question_moderate, question=question), done)


@require_POST
@never_cache
@login_required
def moderate_answer(request, answer_id: int):
    answer = get_object_or_404(
        answers_moderatable(user=request.user).select_related("question__practice"),
        pk=answer_id,
    )
    done = {"approve": _("The answer is published."), "hide": _("The answer is hidden.")}
    return _moderate(request, partial(answer_moderate, answer=answer), done)


def _moderate(request, moderate: Callable, done: dict[str, str]):
    """Approve or hide (the posted action), say so, and go back where the moderator was."""
    action = request.POST.get("action")
    if action not in done:
        return HttpResponseBadRequest()
    moderate(action=action)
    messages.success(request, done[action])
    return HttpResponseRedirect(safe_next(request) or reverse("accounts:questions"))
