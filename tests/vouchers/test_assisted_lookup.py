"""Staff-assisted lookup by household: off unless the station allows it, always audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from station_app import audit
from station_app.db.models import AuditEntry
from station_app.settings import VOUCHERS_ALLOW_ASSISTED_LOOKUP
from station_app.station import Station
from station_app.vouchers import AccountCard, AssistedLookupError, assisted_lookup
from station_app.work import Actor
from tests.vouchers.voucher_builders import CLERK, add_account, add_household, add_lot


@pytest.fixture
def household(station: Station) -> str:
    with station.work(Actor.system()) as work:
        household_id = add_household(work.session)
        account = add_account(work.session, "acc-1", household_id=household_id, holder="王芳")
        add_lot(work.session, account, 12000)
        add_account(
            work.session, "acc-2", household_id=household_id, holder="李强", status="frozen"
        )
    return household_id


def test_switched_off_by_default(station: Station, household: str) -> None:
    with pytest.raises(AssistedLookupError) as refused, station.work(CLERK) as work:
        assisted_lookup(work, station.settings, household)
    assert "member QR" in str(refused.value)


def test_lookup_lists_accounts_and_is_audited(station: Station, household: str) -> None:
    station.settings.set(VOUCHERS_ALLOW_ASSISTED_LOOKUP, True)
    with station.work(CLERK) as work:
        cards = assisted_lookup(work, station.settings, household)
    assert cards == [  # by holder name (code point order)
        AccountCard("acc-2", "李强", household, True, 0),
        AccountCard("acc-1", "王芳", household, False, 12000),
    ]
    with station.database.reading() as session:
        entry = session.execute(
            select(AuditEntry).where(AuditEntry.action == "voucher.assisted_lookup")
        ).scalar_one()
        assert (entry.staff_id, entry.entity_id) == (CLERK.staff_id, household)
        assert entry.details["staff"] == CLERK.name
        assert audit.verify(session).ok


def test_unknown_household_and_non_staff_are_refused(station: Station, household: str) -> None:
    station.settings.set(VOUCHERS_ALLOW_ASSISTED_LOOKUP, True)
    with pytest.raises(AssistedLookupError), station.work(CLERK) as work:
        assisted_lookup(work, station.settings, "hh-unknown")
    with pytest.raises(AssistedLookupError), station.work(Actor.system()) as work:
        assisted_lookup(work, station.settings, household)
