"""Asking a question on a practice, and answering one: a text and a honeypot."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models.questions import MAX_LENGTH

from .mixins import HoneypotMixin


class QuestionForm(HoneypotMixin, forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("It shows on the page once a correspondent of the region has approved it."),
    )

    refused_message = _("We could not take your question. Please try again later.")


class AnswerForm(QuestionForm):
    refused_message = _("We could not take your answer. Please try again later.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Your answer")
        self.fields["text"].help_text = ""
