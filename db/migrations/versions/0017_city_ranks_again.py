"""Cities rank again in Russian and Azerbaijani: a city with no name of its own in the
language now reads as its region does when named after it, and in Azerbaijani a Russian
town is spelt from its Russian name (``db.localized``, session 20), so the ranks the
shown names gave before are stale. A NULL rank is made again by the first sort that
needs it (``db.sort_ranks.ensure_ranks``).

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE city SET rank_ru = NULL, rank_az = NULL")


def downgrade() -> None:
    op.execute("UPDATE city SET rank_ru = NULL, rank_az = NULL")  # the old names rank again
