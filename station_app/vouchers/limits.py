"""Offline limits: how much voucher value the station may hand out before the platform agrees.

The platform sends them as a policy row, ``data["offline_limits"]``::

    {"per_transaction_fen": 20000, "per_account_day_fen": 50000,
     "station_outstanding_fen": 500000, "max_offline_age_hours": 24}

What counts (all gross: a refund does not give an allowance back):
- per account per day: offline redemptions of the account created on the station's local
  day, unless the platform rejected them;
- station outstanding: redemptions still waiting for the platform's answer;
- offline age: trusted now minus the last successful sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_app.db.models import Policy, Redemption, SyncState
from station_app.i18n import QT_TRANSLATE_NOOP, Message
from station_app.money import format_fen

DEFAULT_MAX_OFFLINE_AGE = timedelta(hours=24)
AMOUNT_LIMITS = ("per_transaction", "per_account_day", "station_outstanding")
"""The limits a supervisor may lift for one redemption. Stale data (age) cannot be lifted."""


@dataclass(frozen=True)
class OfflineLimits:
    per_transaction_fen: int
    per_account_day_fen: int
    station_outstanding_fen: int
    max_offline_age: timedelta = DEFAULT_MAX_OFFLINE_AGE

    @classmethod
    def from_policy(cls, data: Mapping[str, Any]) -> OfflineLimits | None:
        """None when the policy is missing a limit or has one of the wrong type."""
        values: dict[str, int] = {}
        for name in ("per_transaction_fen", "per_account_day_fen", "station_outstanding_fen"):
            value = data.get(name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                return None
            values[name] = value
        hours = data.get("max_offline_age_hours", 24)
        if isinstance(hours, bool) or not isinstance(hours, int | float) or hours < 0:
            return None
        return cls(**values, max_offline_age=timedelta(hours=hours))


def offline_limits(session: Session) -> OfflineLimits | None:
    """The platform's offline limits, or None when it has sent none (offline is refused)."""
    rows = session.execute(select(Policy).order_by(Policy.version.desc(), Policy.id)).scalars()
    for row in rows:
        limits = row.data.get("offline_limits") if isinstance(row.data, dict) else None
        if isinstance(limits, dict):
            return OfflineLimits.from_policy(limits)
    return None


@dataclass(frozen=True)
class OfflineUsage:
    account_day_fen: int
    station_outstanding_fen: int
    last_sync_at: datetime | None
    repull_required: bool = False
    """After a restore the platform asked for a full re-pull; balances may be stale."""


def local_day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    """The UTC instants a local calendar day starts and ends at."""
    tz = ZoneInfo(zone)
    return (
        datetime.combine(day, time(0), tzinfo=tz),
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz),
    )


def offline_usage(
    session: Session, account_id: str, day: tuple[datetime, datetime]
) -> OfflineUsage:
    account_day = session.execute(
        select(func.coalesce(func.sum(Redemption.total_fen), 0)).where(
            Redemption.account_id == account_id,
            Redemption.offline.is_(True),
            Redemption.status != "rejected",
            Redemption.created_at >= day[0],
            Redemption.created_at < day[1],
        )
    ).scalar_one()
    outstanding = session.execute(
        select(func.coalesce(func.sum(Redemption.total_fen), 0)).where(
            Redemption.status == "pending"
        )
    ).scalar_one()
    state = session.get(SyncState, 1)
    return OfflineUsage(
        account_day_fen=int(account_day),
        station_outstanding_fen=int(outstanding),
        last_sync_at=state.last_success_at if state else None,
        repull_required=bool(state and state.repull_required),
    )


@dataclass(frozen=True)
class LimitBreach:
    limit: str
    message: Message

    @property
    def overridable(self) -> bool:
        return self.limit in AMOUNT_LIMITS


def breaches(
    limits: OfflineLimits | None, usage: OfflineUsage, total_fen: int, now: datetime
) -> list[LimitBreach]:
    """Every offline limit this redemption would pass, the ones no one can lift first."""
    if usage.repull_required:
        return [
            LimitBreach(
                "repull_required",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "The station is reloading its data from the platform after a restore;"
                    " vouchers cannot be redeemed offline until that has finished.",
                ),
            )
        ]
    if usage.last_sync_at is None:
        return [
            LimitBreach(
                "never_synced",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "This station has never synced with the platform, so vouchers cannot be"
                    " redeemed offline. Connect to the platform first.",
                ),
            )
        ]
    if limits is None:
        return [
            LimitBreach(
                "no_policy",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "The platform has not sent offline voucher limits yet, so vouchers cannot"
                    " be redeemed offline. Connect to the platform first.",
                ),
            )
        ]
    found: list[LimitBreach] = []
    age = now - usage.last_sync_at
    if age > limits.max_offline_age:
        found.append(
            LimitBreach(
                "max_offline_age",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "The last sync was {hours} h ago; offline redemption needs one within"
                    " {limit} h. Connect to the platform first.",
                ).with_params(
                    hours=int(age.total_seconds() // 3600),
                    limit=int(limits.max_offline_age.total_seconds() // 3600),
                ),
            )
        )
    if total_fen > limits.per_transaction_fen:
        found.append(
            LimitBreach(
                "per_transaction",
                QT_TRANSLATE_NOOP(
                    "Vouchers", "Over the offline limit per transaction of {limit}."
                ).with_params(limit=format_fen(limits.per_transaction_fen)),
            )
        )
    if usage.account_day_fen + total_fen > limits.per_account_day_fen:
        found.append(
            LimitBreach(
                "per_account_day",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "Over the offline limit per account per day of {limit}"
                    " ({used} already redeemed offline today).",
                ).with_params(
                    limit=format_fen(limits.per_account_day_fen),
                    used=format_fen(usage.account_day_fen),
                ),
            )
        )
    if usage.station_outstanding_fen + total_fen > limits.station_outstanding_fen:
        found.append(
            LimitBreach(
                "station_outstanding",
                QT_TRANSLATE_NOOP(
                    "Vouchers",
                    "Over the station's limit of {limit} waiting for the platform"
                    " ({used} waiting now).",
                ).with_params(
                    limit=format_fen(limits.station_outstanding_fen),
                    used=format_fen(usage.station_outstanding_fen),
                ),
            )
        )
    return found
