"""A data set gets an identity of its own (``data_set``, one row with a UUID), so what is
kept outside it for it (the drafts of unsaved forms) follows the data set wherever its
file goes: another drive letter, a renamed or moved file, a restored backup, a copy.
The row is made on first need (``db.identity``), not here: a new, empty data set made
as the target of a copy takes its source's identity with the rest of its rows.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_set",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_data_set_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_set")),
        comment="The data set's identity: one row, made once, kept by backups and copies",
    )


def downgrade() -> None:
    op.drop_table("data_set")
