"""parcels: index the pickup code (a check-in's code-clash lookup scanned the station)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 07:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(
            "ix_parcels_code", ["station_id", "pickup_code", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index("ix_parcels_code")
