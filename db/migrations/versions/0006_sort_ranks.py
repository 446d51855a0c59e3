"""Reference records carry their rank in each language's alphabetical order, so the
events table sorts a column of linked names by walking indexes (issue 11 item 13,
issue 17): type, occasion, country, region, city and first organizer.

Measured at 1,000,000 events (bench/events_table.py) before: 0.6-1.0 s to the first
page by type, occasion, city or organizer, 2.1-3.4 s by country or region, each a
sort of every event by its English name. The ranks start NULL (stale) and are
computed by ``db.sort_ranks`` the first time a sort needs them. The organizers'
index on (organization_id, event_id) replaces the one on organization_id alone.

The events' overview index covers every column the overview and the summaries count by,
so a period is counted from the index alone (issue 15: one year of 1,000,000 events per
chart 369-500 ms -> 136-282 ms of CPU, bench/overview.py).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RANKED = ("country", "region", "city", "organization", "occasion", "event_type")
LANGUAGES = ("en", "ru", "az")
OVERVIEW_COLUMNS = (
    "start_date", "end_date", "date_precision", "deleted_at", "country_id",
    "region_id", "occasion_id", "anniversary", "status", "event_type_id",
)


def upgrade() -> None:
    for table in RANKED:
        for language in LANGUAGES:
            op.add_column(table, sa.Column(f"rank_{language}", sa.Integer(), nullable=True))
            op.create_index(f"ix_{table}_rank_{language}", table, [f"rank_{language}"])
    op.create_index(
        "ix_event_organizer_organization_event",
        "event_organizer",
        ["organization_id", "event_id"],
    )
    op.drop_index("ix_event_organizer_organization_id", table_name="event_organizer")
    op.create_index("ix_event_overview", "event", list(OVERVIEW_COLUMNS))


def downgrade() -> None:
    op.drop_index("ix_event_overview", table_name="event")
    op.create_index("ix_event_organizer_organization_id", "event_organizer", ["organization_id"])
    op.drop_index("ix_event_organizer_organization_event", table_name="event_organizer")
    for table in RANKED:  # SQLite drops a column in place (3.35+): no copy of the table
        for language in LANGUAGES:
            op.drop_index(f"ix_{table}_rank_{language}", table_name=table)
            op.drop_column(table, f"rank_{language}")
