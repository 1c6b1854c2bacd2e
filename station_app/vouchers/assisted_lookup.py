"""Staff find a resident's voucher account by household when there is no member QR.

Weaker than the signed QR (anyone can say an address), so a station may switch it off
(``vouchers.allow_assisted_lookup``) and every lookup is audited with who asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from station_app.db.models import Household, VoucherAccount
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.settings import VOUCHERS_ALLOW_ASSISTED_LOOKUP, Settings
from station_app.vouchers.balance import balance
from station_app.vouchers.errors import AssistedLookupError
from station_app.work import Work


@dataclass(frozen=True)
class AccountCard:
    account_id: str
    holder_name: str
    household_id: str | None
    frozen: bool
    available_fen: int


def assisted_lookup(work: Work, settings: Settings, household_id: str) -> list[AccountCard]:
    """The household's voucher accounts with what each can spend now (audited)."""
    if not settings.get(VOUCHERS_ALLOW_ASSISTED_LOOKUP):
        raise AssistedLookupError(
            QT_TRANSLATE_NOOP(
                "Vouchers",
                "Looking up vouchers by household is switched off at this station."
                " Ask the resident for their member QR code.",
            )
        )
    if work.actor.staff_id is None:
        raise AssistedLookupError(
            QT_TRANSLATE_NOOP("Vouchers", "Only a logged-in staff member may look up accounts.")
        )
    session = work.session
    if session.get(Household, household_id) is None:
        raise AssistedLookupError(
            QT_TRANSLATE_NOOP("Vouchers", "No household {id} at this station."), id=household_id
        )
    accounts = session.execute(
        select(VoucherAccount)
        .where(VoucherAccount.household_id == household_id)
        .order_by(VoucherAccount.holder_name, VoucherAccount.id)
    ).scalars()
    cards = []
    for account in accounts:
        now = balance(session, account.id, work.now)
        cards.append(
            AccountCard(account.id, account.holder_name, household_id, now.frozen, now.total_fen)
        )
    work.record(
        "voucher.assisted_lookup",
        entity="household",
        entity_id=household_id,
        details={"staff": work.actor.name, "accounts": [card.account_id for card in cards]},
    )
    return cards
