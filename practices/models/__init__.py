from .pages import PracticeIndexPage, PracticePage, PracticePageTag, TutorialPage, VideoPage
from .people import Member
from .profile import ProfileMixin
from .review import RegionalReviewTask
from .taxonomy import PracticeCategory, Region

__all__ = [
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
