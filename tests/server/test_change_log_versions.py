"""Two admin edits of one row at the same moment: each gets its own version, in order.

A terminal keeps a row only when a change is newer than the version it holds, so two
changes with the same version would leave terminals on different states. On PostgreSQL
(read committed) the second writer must read the version after the first has committed;
the change-log counter's row lock orders them.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import select, text

from sync.server import changes
from sync.server.models import ChangeLogEntry, Household
from sync.server.platform import Platform


def _publish(platform: Platform, household_id: str, now: datetime) -> None:
    with platform.database.transaction() as session:
        household = session.get(Household, household_id)
        assert household is not None
        changes.publish(session, household, at=now)


@pytest.mark.usefixtures("community")
def test_concurrent_publishers_of_one_row_get_consecutive_versions(platform: Platform) -> None:
    if platform.database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite lets one writer at a time in: the race needs PostgreSQL")
    now = platform.now()
    with platform.database.reading() as session:
        household_id = session.execute(select(Household.id).limit(1)).scalar_one()

    first_published = threading.Event()
    release_first = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with platform.database.transaction() as session:
                household = session.get(Household, household_id)
                assert household is not None
                changes.publish(session, household, at=now)
                first_published.set()
                release_first.wait(timeout=30)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)
            first_published.set()

    def second() -> None:
        try:
            _publish(platform, household_id, now)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)

    writer_one = threading.Thread(target=first)
    writer_one.start()
    assert first_published.wait(timeout=30)
    writer_two = threading.Thread(target=second)
    writer_two.start()
    # Let the first commit only once the second is waiting on a lock inside PostgreSQL.
    with platform.database.engine.connect() as probe:
        waiting = 0
        for _ in range(10_000):
            waiting = probe.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar_one()
            if waiting:
                break
        assert waiting, "the second writer never waited for the first"
    release_first.set()
    writer_one.join(timeout=30)
    writer_two.join(timeout=30)
    assert not errors, errors

    with platform.database.reading() as session:
        versions = list(
            session.execute(
                select(ChangeLogEntry.version)
                .where(ChangeLogEntry.entity_id == household_id)
                .order_by(ChangeLogEntry.position)
            ).scalars()
        )
    assert versions == sorted(set(versions)), f"versions repeat: {versions}"
    assert versions[-2:] == [versions[-2], versions[-2] + 1]
