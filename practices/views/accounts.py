"""Accounts on the public site: sign up, log in and out, password reset, my account, my farm.

Views parse, call a service or selector, and render. Forms that anyone can post are rate
limited (practices.views.limits); failed log-ins are locked out by django-axes.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView

from axes.utils import reset as axes_reset

from practices.forms.accounts import (
    AccountForm,
    FarmForm,
    LoginForm,
    MemberPasswordResetForm,
    SignUpForm,
)
from practices.selectors.questions import member_questions, questions_moderator
from practices.selectors.submissions import member_reports, member_submissions
from practices.services.members import member_get, member_language, member_update
from practices.views.limits import Limit, RateLimitedFormMixin

# Sized for a workshop of forty farmers behind one address (docs/decisions.md, "Rate limits").
# The log-in and password-reset budgets are shared with the admin's forms (knowledge/urls.py).
SIGNUP_LIMIT = Limit(group="accounts:signup", per_ip="100/h")
LOGIN_LIMIT = Limit(group="accounts:login", per_ip="200/h")
PASSWORD_RESET_LIMIT = Limit(group="accounts:password-reset", per_ip="60/h",
                             per_field=("email", "5/h"))  # fmt: skip
EDIT_LIMIT = Limit(group="accounts:edit", per_account="60/h")
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def url_in_language(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


def safe_next(request) -> str:
    """The `next` parameter when it leads to a page of this site, else ""."""
    target = request.POST.get("next", request.GET.get("next", ""))
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def redirect_in_language(url: str, language: str) -> HttpResponseRedirect:
    """A redirect that also makes `language` the one the site greets the browser in."""
    response = HttpResponseRedirect(url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


class InvalidFormMixin:
    """An invalid form comes back with status 400 (as on "farms like mine"), values kept."""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


@method_decorator([never_cache, sensitive_post_parameters("password")], name="dispatch")
class SignUpView(InvalidFormMixin, RateLimitedFormMixin, FormView):
    template_name = "accounts/signup.html"
    form_class = SignUpForm
    rate_limit = SIGNUP_LIMIT

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return HttpResponseRedirect(reverse("accounts:account"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=safe_next(self.request), **kwargs)

    def form_valid(self, form):
        user = form.save()
        login(self.request, user, backend=MODEL_BACKEND)
        language = form.cleaned_data["language"]
        with translation.override(language):
            messages.success(
                self.request,
                _(
                    "Welcome to Terroir! Tell us about your farm: we find practices from farms "
                    "like it."
                ),
            )
        return redirect_in_language(
            safe_next(self.request) or url_in_language("accounts:farm", language), language
        )


class LoginView(RateLimitedFormMixin, auth_views.LoginView):
    template_name = "registration/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True
    rate_limit = LOGIN_LIMIT

    def get_default_redirect_url(self):
        language = member_language(user=self.request.user)
        return url_in_language("accounts:account", language)

    def form_valid(self, form):
        response = super().form_valid(form)
        language = member_language(user=form.get_user())
        return redirect_in_language(response["Location"], language)


class LogoutView(auth_views.LogoutView):
    """Log out by POST only; a GET (an old link) asks to confirm with a button."""

    http_method_names = ["get", "post", "options"]
    template_name = "registration/logout.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def get_default_redirect_url(self):
        return f"/{translation.get_language()}/"


class PasswordResetView(RateLimitedFormMixin, auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    form_class = MemberPasswordResetForm
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    rate_limit = PASSWORD_RESET_LIMIT


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        # Whoever can read the account's email may log in again at once: lift a lockout.
        axes_reset(username=form.user.get_username())
        return super().form_valid(form)


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"


@method_decorator(never_cache, name="dispatch")
class MemberFormView(LoginRequiredMixin, InvalidFormMixin, RateLimitedFormMixin, FormView):
    """A form of the logged-in member about themselves (their account, their farm)."""

    rate_limit = EDIT_LIMIT


class AccountView(MemberFormView):
    template_name = "accounts/account.html"
    form_class = AccountForm

    def get_initial(self):
        member = member_get(user=self.request.user)
        return {"name": self.request.user.get_full_name(), "language": member.language}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            member=member_get(user=self.request.user),
            submissions=member_submissions(user=self.request.user),
            reports=member_reports(user=self.request.user),
            moderates_questions=questions_moderator(user=self.request.user),
            my_questions=member_questions(user=self.request.user)[:20],
            **kwargs,
        )

    def form_valid(self, form):
        member = member_update(
            member=member_get(user=self.request.user),
            name=form.cleaned_data["name"],
            language=form.cleaned_data["language"],
        )
        with translation.override(member.language):
            messages.success(self.request, _("Your account is saved."))
        return redirect_in_language(
            url_in_language("accounts:account", member.language), member.language
        )


class FarmView(MemberFormView):
    template_name = "accounts/farm.html"
    form_class = FarmForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": member_get(user=self.request.user)}

    def form_valid(self, form):
        form.save()
        if form.town_found:
            messages.success(
                self.request,
                _("Your farm is saved, placed at %(town)s.") % {"town": form.town_found},
            )
        else:
            messages.success(self.request, _("Your farm is saved."))
        return HttpResponseRedirect(reverse("accounts:farm"))
