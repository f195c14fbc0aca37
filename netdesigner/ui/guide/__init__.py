"""Help › User Guide…: the user guide (docs/guide.md) in a window inside the app."""

from netdesigner.ui.guide.action import UserGuide, add_user_guide
from netdesigner.ui.guide.window import GuideWindow

__all__ = ["GuideWindow", "UserGuide", "add_user_guide"]
