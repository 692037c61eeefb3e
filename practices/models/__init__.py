from .pages import PracticeIndexPage, PracticePage, PracticePageTag, TutorialPage, VideoPage
from .profile import ProfileMixin
from .taxonomy import PracticeCategory, Region

__all__ = [
    "PracticeCategory",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePageTag",
    "ProfileMixin",
    "Region",
    "TutorialPage",
    "VideoPage",
]
