"""Asking a question on a practice, and answering one: a text and a honeypot."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models.questions import MAX_LENGTH


class QuestionForm(forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("It shows on the page once a correspondent of the region has approved it."),
    )
    # A honeypot, as on the other public forms: hidden by the stylesheet; people leave it empty.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    refused_message = _("We could not take your question. Please try again later.")

    def clean(self):
        data = super().clean()
        if data.get("homepage"):
            raise forms.ValidationError(self.refused_message, code="refused")
        return data


class AnswerForm(QuestionForm):
    refused_message = _("We could not take your answer. Please try again later.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Your answer")
        self.fields["text"].help_text = ""
