"""Events are indexed by title and anniversary, so the table's first page in either
order is an index walk instead of a sort of every event (issue 11 item 13, issue 17).

Measured at 1,000,000 events (bench/events_table.py): sorting by title took 1.9 s
to the first page, by anniversary 1.7 s, both without an index.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_event_title", "event", ["title"], unique=False)
    op.create_index("ix_event_anniversary", "event", ["anniversary"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_event_anniversary", table_name="event")
    op.drop_index("ix_event_title", table_name="event")
