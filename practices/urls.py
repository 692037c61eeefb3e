"""The public site's account pages, under each language prefix (knowledge/urls.py)."""

from django.urls import path

from practices.views import accounts, contribute, questions, reports

app_name = "accounts"

urlpatterns = [
    path("signup/", accounts.SignUpView.as_view(), name="signup"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("password-reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        accounts.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        accounts.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("", accounts.AccountView.as_view(), name="account"),
    path("farm/", accounts.FarmView.as_view(), name="farm"),
    path("share-a-practice/", contribute.contribute, name="contribute"),
    path("share-a-practice/<id:page_id>/", contribute.contribute_edit, name="contribute_edit"),
    path("tried/<id:practice_id>/", reports.report_new, name="report"),
    path("ask/<id:practice_id>/", questions.ask, name="ask"),
    path("answer/<id:question_id>/", questions.answer, name="answer"),
    path("questions/", questions.moderation, name="questions"),
    path(
        "questions/question/<id:question_id>/",
        questions.moderate_question,
        name="moderate_question",
    ),
    path("questions/answer/<id:answer_id>/", questions.moderate_answer, name="moderate_answer"),
]
