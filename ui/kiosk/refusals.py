"""What the kiosk tells a resident when something cannot be done: plainly, kindly, no blame.

The core's refusals are written for staff ("Do not accept it"); here the same refusals are
said to the resident, with what to do next. Refusals without a kiosk wording show the
core's own (translated) message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from station_app import member_qr
from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.parcels import BadScanError, NotInStationError, ParcelNotFoundError
from station_app.shifts import ShiftError
from station_app.vouchers import (
    AccountFrozenError,
    InsufficientBalanceError,
    OfflineLimitError,
    UnknownAccountError,
)
from ui.i18n import tr_message
from ui.kiosk.formats import isolate

log = logging.getLogger(__name__)

EXPIRED_QR = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "Your member code has expired. Please refresh it in the app and show it again.",
)
UNREADABLE_QR = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "This code cannot be used as a member code. Please open the member code in the community"
    " app and show it again.",
)
QR_NOT_YET_VALID = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "Your member code cannot be checked right now. Please refresh it in the app, or ask at"
    " the counter.",
)
NO_PLATFORM_KEY = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "Member codes cannot be checked at this kiosk yet. Please ask at the counter.",
)
NO_SUCH_CODE = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "No parcel is waiting with the code {code}. Please check the code in your text message.",
)
PARCEL_GONE = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "This parcel is no longer waiting here. Nothing was changed. Please ask at the counter.",
)
NOT_A_CODE = QT_TRANSLATE_NOOP(
    "KioskRefusals", "A pickup code looks like 3-2-1045. Please check it and try again."
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "KioskRefusals", "We could not find your voucher account here. Please ask at the counter."
)
FROZEN = QT_TRANSLATE_NOOP(
    "KioskRefusals", "Your voucher account is paused. Please ask at the counter."
)
NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "KioskRefusals", "Your vouchers are not enough for this payment. Nothing was paid."
)
OVER_LIMIT = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "This payment cannot be made at the kiosk right now. Please pay at the counter.",
)
NO_PAYMENTS_HERE = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "Bills cannot be paid at this kiosk right now. Please pay at the counter.",
)
SOMETHING_WRONG = QT_TRANSLATE_NOOP(
    "KioskRefusals",
    "Sorry, something went wrong. Nothing was changed. Please ask at the counter.",
)

_WORDS: list[tuple[type[BaseException] | tuple[type[BaseException], ...], Message]] = [
    (member_qr.ExpiredMemberQrError, EXPIRED_QR),
    ((member_qr.ForgedMemberQrError, member_qr.MalformedMemberQrError), UNREADABLE_QR),
    (member_qr.NotYetValidMemberQrError, QR_NOT_YET_VALID),
    (member_qr.NoPlatformKeyError, NO_PLATFORM_KEY),
    ((ParcelNotFoundError, NotInStationError), PARCEL_GONE),
    (BadScanError, NOT_A_CODE),
    (UnknownAccountError, NO_ACCOUNT),
    (AccountFrozenError, FROZEN),
    (InsufficientBalanceError, NOT_ENOUGH),
    (OfflineLimitError, OVER_LIMIT),
    (ShiftError, NO_PAYMENTS_HERE),
]


def isolated(params: dict[str, object]) -> dict[str, object]:
    return {name: isolate(value) for name, value in params.items()}


def kind_words(error: BaseException) -> str:
    """The refusal in the resident's language."""
    for kinds, words in _WORDS:
        if isinstance(error, kinds):
            return tr_message(words)
    if isinstance(error, UserError):
        message = error.message
        return tr_message(Message(message.context, message.source, isolated(message.params)))
    log.error("unexpected error at the kiosk: %r", error)
    return tr_message(SOMETHING_WRONG)


def kind_render(error: BaseException) -> Callable[[], str]:
    """``kind_words`` later, in whatever language is current then (for ``KioskMessage``)."""
    return lambda: kind_words(error)
