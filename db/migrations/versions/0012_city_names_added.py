"""Cities get the Russian and Azerbaijani names the reference has gained since a data set
was made (Azerbaijani names of 28 cities from the CLDR: "Moskva", "Yekaterinburq",
"Çikaqo"; an Azerbaijani window showed them in English), and those cities are ranked
again (``db.reference_names``). A name a clerk gave stays. A downgrade leaves the names:
the older schema reads them as it reads any other.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

from db.reference_names import add_city_names

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_city_names(op.get_bind())


def downgrade() -> None:
    pass  # the added names stay: names like any other to the older schema
