"""Forms of the public site's accounts: sign-up, log-in, password reset, account, farm."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from practices.models import Member
from practices.models.profile import COORDINATES, PROFILE_FORM_FIELDS
from practices.services.members import email_normalise, email_taken, member_create, member_language

from .mixins import HoneypotMixin, LocationMixin, OneLineCharField, public_formfield, town_field

NAME_MAX_LENGTH = 150  # User.first_name
EMAIL_MAX_LENGTH = 150  # the email is also the username (150 characters at most)


class SignUpForm(HoneypotMixin, forms.Form):
    name = OneLineCharField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("You will log in with it. We never show it to anyone."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=_("At least 8 characters, not only digits, and not a common password."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    refused_message = _("We could not create your account. Please try again later.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = translation.get_language()

    def clean_email(self) -> str:
        email = email_normalise(self.cleaned_data["email"])
        if email_taken(email=email):
            raise forms.ValidationError(
                _("An account already uses this email. Log in, or reset your password."),
                code="taken",
            )
        return email

    def clean(self):
        data = super().clean()  # the honeypot first: a bot's post is refused, never saying why
        password = data.get("password")
        if password:
            user = get_user_model()(
                username=data.get("email", ""),
                email=data.get("email", ""),
                first_name=data.get("name", ""),
            )
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data

    def save(self):
        data = self.cleaned_data
        return member_create(
            name=data["name"],
            email=data["email"],
            password=data["password"],
            language=data["language"],
        )


class LoginForm(AuthenticationForm):
    """Django's log-in form; members type their email (any case), staff their username."""

    username = forms.CharField(
        label=_("Email"),
        max_length=254,
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "username", "inputmode": "email"}
        ),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "This email and password do not match an account. Check them, or reset your password."
        ),
    }

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        return email_normalise(username) if "@" in username else username


class MemberPasswordResetForm(PasswordResetForm):
    """Django's reset form; each email goes out in its recipient's preferred language."""

    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(member_language(user=context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class AccountForm(forms.Form):
    name = OneLineCharField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)


class FarmForm(LocationMixin, forms.ModelForm):
    """Where the farm is — its coordinates, or its country and nearest town — and its
    conditions. Country and climate are derived from the location unless corrected here."""

    town = town_field(
        help_text=_("With the country, instead of the coordinates: we place the farm there.")
    )

    class Meta:
        model = Member
        formfield_callback = public_formfield
        fields = ["farm_name", *PROFILE_FORM_FIELDS]
        help_texts = {
            "latitude": _("Decimal degrees, north positive (Niamey: 13.51), or 13°30'N."),
            "longitude": _("Decimal degrees, east positive (Niamey: 2.11), or 2°6'E."),
            "country": "",
            "koppen": _("Found from the location; correct it if you know better."),
        }

    LOCATION_FIELDS = (*COORDINATES, "country", "town")

    def clean(self):
        data = super().clean()
        if any(name in self.errors for name in self.LOCATION_FIELDS):
            return data
        by_town = self.location_clean(data)
        self._forget_derived_if_moved(data, keep_country=by_town)
        return data

    def town_wanted(self, data: dict, *, country: str, town: str) -> bool:
        """A town typed wins over coordinates left as they were (the country is asked for)."""
        coordinates_typed = bool(set(COORDINATES) & set(self.changed_data))
        no_coordinates = data.get("latitude") is None and data.get("longitude") is None
        return bool(town) and (not coordinates_typed or no_coordinates)

    def location_missing(self, *, country: str) -> None:
        if country:
            self.add_error("town", _("Give the nearest town, or the coordinates instead."))
            return
        raise forms.ValidationError(
            _("Say where your farm is: its latitude and longitude, or its country and nearest "
              "town."),
            code="location",
        )  # fmt: skip

    def _forget_derived_if_moved(self, data: dict, *, keep_country: bool) -> None:
        """A farm that moved gets its country and climate derived again, unless the member
        set them in the same change (the model's clean derives blank ones)."""
        saved = (self.instance.latitude, self.instance.longitude)
        if (data.get("latitude"), data.get("longitude")) == saved:
            return
        if "koppen" not in self.changed_data:
            data["koppen"] = ""
        if not keep_country and "country" not in self.changed_data:
            data["country"] = ""
