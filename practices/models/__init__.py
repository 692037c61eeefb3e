from .pages import PracticeIndexPage, PracticePage, PracticePageTag, TutorialPage, VideoPage
from .people import Member
from .profile import ProfileMixin
from .questions import Answer, Question
from .reports import ExperienceReport
from .review import RegionalReviewTask
from .taxonomy import InstalledTerm, PracticeCategory, Region

__all__ = [
    "Answer",
    "ExperienceReport",
    "InstalledTerm",
    "Member",
    "PracticeCategory",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePageTag",
    "ProfileMixin",
    "Question",
    "Region",
    "RegionalReviewTask",
    "TutorialPage",
    "VideoPage",
]
