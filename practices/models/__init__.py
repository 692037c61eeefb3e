from .pages import PracticeIndexPage, PracticePage, PracticePageTag, TutorialPage, VideoPage
from .people import Member
from .profile import ProfileMixin
from .questions import Answer, Question
from .reports import ExperienceReport
from .review import RegionalReviewTask
from .taxonomy import PracticeCategory, Region

__all__ = [
    "Answer",
    "ExperienceReport",
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
