"""Regions get the names the reference has gained since a data set was made (Russian names
of 58 Turkish provinces and of the regions of Belarus, Uzbekistan, Kyrgyzstan, Turkmenistan,
Tajikistan, Iran, Israel, Lithuania and the United Kingdom; Azerbaijani names of Iran's
provinces where most of its Azerbaijanis live), and are ranked again in each language
(``db.reference_names``). A downgrade leaves the added aliases: the older schema reads them
as it reads any other.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

from db.reference_names import add_region_names

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_region_names(op.get_bind())


def downgrade() -> None:
    pass  # the added names stay: aliases like any other to the older schema
