"""First run: name the station and terminal and create the first admin.

Runs only while the terminal has no staff at all; after that, staff come from the platform
(or from an admin, until the terminal is paired).
"""

from __future__ import annotations

import re

from sqlalchemy import select

from station_app.db.models import Staff, StationIdentity
from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.staff import StaffCard, add_staff
from station_app.work import Work

PLACE_NAME_LENGTH = 100
# Receipt numbers are ``<terminal-code>-<yyyymmdd>-<seq>``: the code must not hold a dash.
TERMINAL_CODE = re.compile(r"^[A-Za-z0-9]{1,16}$")


class SetUpError(UserError):
    pass


def _place_name(value: str, missing: Message) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise SetUpError(missing)
    if len(cleaned) > PLACE_NAME_LENGTH:
        raise SetUpError(
            QT_TRANSLATE_NOOP("SetUp", "A name has at most {limit} characters."),
            limit=PLACE_NAME_LENGTH,
        )
    return cleaned


def set_up_station(
    work: Work,
    station_name: str,
    terminal_name: str,
    admin_name: str,
    admin_pin: str,
    *,
    terminal_code: str | None = None,
) -> StaffCard:
    """Fill the station identity and create the first admin; refused once staff exist."""
    if work.session.execute(select(Staff.id).limit(1)).first() is not None:
        raise SetUpError(QT_TRANSLATE_NOOP("SetUp", "This station is already set up: staff exist."))
    identity = work.session.get(StationIdentity, 1)
    assert identity is not None, "the station creates its identity row when it opens"
    identity.station_name = _place_name(
        station_name, QT_TRANSLATE_NOOP("SetUp", "Enter the station name.")
    )
    identity.terminal_name = _place_name(
        terminal_name, QT_TRANSLATE_NOOP("SetUp", "Enter the terminal name.")
    )
    if terminal_code is not None:
        code = terminal_code.strip().upper()
        if not TERMINAL_CODE.match(code):
            raise SetUpError(
                QT_TRANSLATE_NOOP("SetUp", "A terminal code is 1 to 16 letters or digits.")
            )
        identity.terminal_code = code
    admin = add_staff(work, admin_name, "admin", admin_pin, action="staff.created")
    work.record(
        "station.set_up",
        entity="station",
        entity_id=identity.db_instance_id,
        details={
            "station_name": identity.station_name,
            "terminal_name": identity.terminal_name,
            "terminal_code": identity.terminal_code,
            "admin_id": admin.id,
            "admin_name": admin.name,
        },
    )
    return admin
