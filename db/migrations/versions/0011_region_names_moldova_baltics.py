"""Regions of Moldova, Estonia and Latvia get their Russian names,
and regions are ranked again in each language (``db.reference_names``): a Russian window
showed "Chișinău", "Harjumaa", "Rīga" and sorted them after every Cyrillic name. A
downgrade leaves the added aliases.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op

from db.reference_names import add_region_names

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_region_names(op.get_bind())


def downgrade() -> None:
    pass  # the added names stay: aliases like any other to the older schema
