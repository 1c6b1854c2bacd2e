"""The self-service kiosk (``station-app --kiosk``): see ``ui/kiosk/window.py``."""

from ui.kiosk.window import KIOSK_ACTOR, KioskWindow

__all__ = ["KIOSK_ACTOR", "KioskWindow"]
