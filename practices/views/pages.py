"""The public page types' own reads, given to their templates (practices.page_context): Wagtail
serves the pages; these say what each shows besides its fields."""

from practices.forms.questions import QuestionForm
from practices.page_context import page_context
from practices.selectors.library import learning_page_detail, library_page, practice_detail


@page_context("PracticeIndexPage")
def library_context(page, request) -> dict:
    return library_page(index=page, params=request.GET)


@page_context("PracticePage")
def practice_context(page, request) -> dict:
    context = practice_detail(practice=page, user=request.user)
    if request.user.is_authenticated:
        context["question_form"] = QuestionForm(auto_id="question_%s")
    return context


@page_context("LearningPageMixin")
def learning_context(page, request) -> dict:
    return learning_page_detail(page=page)
