"""The data set says which collator made its title keys (``data_set.title_keys_collator``,
``db.collation.collator_version``): a new ICU (a new PyICU wheel) makes other keys, and
old keys sorted among new ones put titles out of order. Opening a data set makes the
keys again when the collator differs (``db.collation.refresh_title_keys``); a data set
upgraded here does not know what made its keys, and has them made again once.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("data_set") as batch:
        batch.add_column(sa.Column(
            "title_keys_collator", sa.String(100), nullable=True,
            comment="db.collation.collator_version() of the events' title keys"))


def downgrade() -> None:
    with op.batch_alter_table("data_set") as batch:
        batch.drop_column("title_keys_collator")
