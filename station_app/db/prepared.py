"""Prepared statements: a Core statement compiled once, then run straight on sqlite3.

A cash payment is some twenty small statements in one transaction. Run through
SQLAlchemy, each costs about twice what SQLite itself takes (execution context, events,
result set-up): most of a payment's CPU. A prepared statement keeps what matters of that
machinery: its SQL is generated from the table definitions, values go through the
columns' own types (UTC text, canonical JSON), and a driver error is raised as SQLAlchemy's
``DBAPIError``, so storage failures are classified as before. It runs on the session's
connection, inside its transaction (it does not autoflush: see ``Work.flush_pending``).

Rows come back as the driver returns them (no result types): read text and integers
with it, and anything else (dates, JSON, booleans) through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from station_app.db.models import Base

_Processor = Callable[[Any], Any] | None


class Prepared:
    """``statement`` with its bind parameters by name; for an INSERT, ``keys`` are the
    columns it writes, every one of them given on each run (defaults are not applied)."""

    def __init__(self, statement: ClauseElement, keys: Sequence[str] = ()) -> None:
        self.statement = statement
        self.keys = tuple(keys)
        self._compiled: tuple[str, str, tuple[str, ...], tuple[_Processor, ...]] | None = None

    @classmethod
    def insert(cls, model: type[Base], keys: Sequence[str]) -> Prepared:
        return cls(insert(model.__table__), keys)  # type: ignore[arg-type]

    def run(self, session: Session, params: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        """Execute once; the cursor holds the rows of a SELECT or ``RETURNING``."""
        return self._execute(session, [params or {}], many=False)

    def run_many(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per row of parameters (``executemany``)."""
        if rows:
            self._execute(session, rows, many=True)

    def _execute(
        self, session: Session, rows: Sequence[Mapping[str, Any]], *, many: bool
    ) -> sqlite3.Cursor:
        connection = session.connection()  # joins (or begins) the session's transaction
        sql, names, processors = self._compile(connection.dialect)
        values = [
            tuple(
                row[name] if process is None else process(row[name])
                for name, process in zip(names, processors, strict=True)
            )
            for row in rows
        ]
        driver: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        try:
            if many:
                return driver.executemany(sql, values)
            return driver.execute(sql, values[0])
        except sqlite3.Error as error:
            raise DBAPIError.instance(sql, values, error, sqlite3.Error) from error

    def _compile(self, dialect: Dialect) -> tuple[str, tuple[str, ...], tuple[_Processor, ...]]:
        compiled = self._compiled
        if compiled is None or compiled[0] != dialect.name:
            sql = self.statement.compile(dialect=dialect, column_keys=list(self.keys) or None)
            assert isinstance(sql, SQLCompiler)
            names = tuple(sql.positiontup or ())
            if self.keys and set(names) != set(self.keys):
                raise ValueError(f"give every column with a default: {sorted(names)}")
            binds = sql.binds
            assert not any(binds[name].expanding for name in names), "IN lists: use Core"
            processors = tuple(binds[name].type.bind_processor(dialect) for name in names)
            compiled = self._compiled = (dialect.name, sql.string, names, processors)
        return compiled[1], compiled[2], compiled[3]
