"""Forms of the public site's accounts: sign-up, log-in, password reset, account, farm."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from practices.conditions.places import town_find
from practices.models import Member
from practices.services.members import email_normalise, email_taken, member_create, member_language

from .mixins import OneLineCharField, public_formfield

NAME_MAX_LENGTH = 150  # User.first_name
EMAIL_MAX_LENGTH = 150  # the email is also the username (150 characters at most)


class SignUpForm(forms.Form):
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
    # A honeypot: hidden by the stylesheet and from screen readers; people leave it empty.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    REFUSED = _("We could not create your account. Please try again later.")

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
        data = super().clean()
        if data.get("homepage"):
            raise forms.ValidationError(self.REFUSED, code="refused")  # never saying why
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


class FarmForm(forms.ModelForm):
    """Where the farm is — its coordinates, or its country and nearest town — and its
    conditions. Country and climate are derived from the location unless corrected here."""

    town = OneLineCharField(
        label=_("Nearest town"),
        required=False,
        max_length=100,
        help_text=_("With the country, instead of the coordinates: we place the farm there."),
    )

    class Meta:
        model = Member
        formfield_callback = public_formfield
        fields = ["farm_name", "latitude", "longitude", "country", "koppen", "rainfall_mm",
                  "temperature_c", "altitude_m", "slope_class", "soil_group", "texture",
                  "land_use", "water_supply"]  # fmt: skip
        help_texts = {
            "latitude": _("Decimal degrees, north positive (Niamey: 13.51)."),
            "longitude": _("Decimal degrees, east positive (Niamey: 2.11)."),
            "country": "",
            "koppen": _("Found from the location; correct it if you know better."),
        }

    LOCATION_FIELDS = ("latitude", "longitude", "country", "town")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.town_suggestions: list[str] = []
        self.town_found = ""

    def clean(self):
        data = super().clean()
        if any(name in self.errors for name in self.LOCATION_FIELDS):
            return data
        latitude, longitude = data.get("latitude"), data.get("longitude")
        country, town = data.get("country") or "", (data.get("town") or "").strip()
        coordinates_typed = bool({"latitude", "longitude"} & set(self.changed_data))
        use_town = bool(town) and (not coordinates_typed or (latitude, longitude) == (None, None))
        if use_town:
            self._place_at_town(data, country, town)
        elif latitude is None and longitude is None:
            if country:
                self.add_error("town", _("Give the nearest town, or the coordinates instead."))
            else:
                raise forms.ValidationError(
                    _(
                        "Say where your farm is: its latitude and longitude, or its country "
                        "and nearest town."
                    ),
                    code="location",
                )
        elif latitude is None:
            self.add_error("latitude", _("Give the latitude as well as the longitude."))
        elif longitude is None:
            self.add_error("longitude", _("Give the longitude as well as the latitude."))
        self._forget_derived_if_moved(data, keep_country=use_town)
        return data

    def _place_at_town(self, data: dict, country: str, town: str) -> None:
        if not country:
            self.add_error("country", _("Choose the country of the town."))
            return
        found, self.town_suggestions = town_find(country=country, name=town)
        if found is None:
            self.add_error("town", _("No town of that name in this country."))
            return
        data["latitude"], data["longitude"] = found.latitude, found.longitude
        self.town_found = f"{found.name} ({found.admin1})"

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
