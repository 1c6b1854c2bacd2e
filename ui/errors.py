"""Turning a refusal or an environment failure into words on screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from station_app.db.errors import StorageEnvironmentError
from station_app.i18n import UserError
from station_app.permissions import ACTION_LABELS, PermissionRefused
from ui.i18n import tr_message

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """What to tell staff. Bugs get a generic sentence; the details go to the log."""
    if isinstance(error, PermissionRefused):
        # The refusal names its action in English; put the translated label in instead.
        action = tr_message(ACTION_LABELS[error.action])
        return tr_message(error.message.with_params(action=action))
    if isinstance(error, UserError):
        return tr_message(error.message)
    if isinstance(error, StorageEnvironmentError):
        return tr_message(error.message)
    log.error("unexpected error shown to staff: %r", error)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Nothing was changed. The details are in the log."
    )
