from .pages import PracticeIndexPage, PracticePage, PracticePageTag, TutorialPage, VideoPage
from .people import Member
from .profile import ProfileMixin
from .reports import ExperienceReport
from .review import RegionalReviewTask
from .taxonomy import PracticeCategory, Region

__all__ = [
    "ExperienceReport",
    "Member",
    "PracticeCategory",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePageTag",
    "ProfileMixin",
    "Region",
    "RegionalReviewTask",
    "TutorialPage",
    "VideoPage",
]
