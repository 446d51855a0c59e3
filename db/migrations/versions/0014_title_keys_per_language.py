"""Events carry their title's sort key in each interface language, indexed, so the title
column sorts by the alphabet the name columns do (their ranks, migration 0006): the one
key of migration 0009 (code points of the bare letters) put Latin titles before
Cyrillic ones in a Russian table whose organizers came Cyrillic first, and took an
Azerbaijani "Ş" for "S". The keys are ``db.collation.title_sort_key``: a later change
of it needs a migration that keys the titles again. They replace ``title_key``.

Measured 2026-11-28 on 2 shared cores (load average ~7): 5.9 s for 100,000 events; a
key of ICU's primary weights took 40 bytes for a 32-byte title, once in the row and once
in its index: some 240 bytes an event for the three languages, where ``title_key`` took
some 64. The table's first page by title in Russian at 200,000 events: 199 ms, as the
other columns (bench/events_table.py, same load).

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from db.collation import title_key, title_sort_key

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000
"""Events keyed per statement: a million events are not held in memory at once."""

LANGUAGES = ("en", "ru", "az")
"""The interface languages of this revision (``db.tables.RANK_LANGUAGES`` then)."""

# This revision's view of the table (not db.tables: a later schema must not change what
# this step does, and its updated_at would be bumped by the mapped table's onupdate).
_event = sa.table(
    "event",
    sa.column("id", sa.Integer),
    sa.column("title", sa.String),
    sa.column("title_key", sa.Text),
    *(sa.column(f"title_key_{lang}", sa.LargeBinary) for lang in LANGUAGES),
)


def _fill(keys: dict[str, Callable[[str], object]]) -> None:
    """Set ``keys`` (column → function of the title) on every event, in batches."""
    connection = op.get_bind()
    fill = (
        sa.update(_event)
        .where(_event.c.id == sa.bindparam("event"))
        .values({name: sa.bindparam(f"new_{name}") for name in keys})
    )
    last = 0
    while batch := connection.execute(
        sa.select(_event.c.id, _event.c.title)
        .where(_event.c.id > last)
        .order_by(_event.c.id)
        .limit(BATCH)
    ).all():
        connection.execute(fill, [
            {"event": i, **{f"new_{name}": key(title) for name, key in keys.items()}}
            for i, title in batch
        ])
        last = batch[-1][0]


def upgrade() -> None:
    for lang in LANGUAGES:
        op.add_column("event", sa.Column(
            f"title_key_{lang}", sa.LargeBinary(), nullable=True,
            comment=f"db.collation.title_sort_key(title, '{lang}'): the title column's order"))
    _fill({f"title_key_{lang}": (lambda title, lang=lang: title_sort_key(title, lang))
           for lang in LANGUAGES})
    for lang in LANGUAGES:
        op.create_index(f"ix_event_title_key_{lang}", "event", [f"title_key_{lang}"])
    op.drop_index("ix_event_title_key", table_name="event")
    op.drop_column("event", "title_key")


def downgrade() -> None:
    op.add_column("event", sa.Column(
        "title_key", sa.Text(), nullable=True,
        comment="db.collation.title_key(title): what the events table sorts titles by"))
    _fill({"title_key": title_key})
    op.create_index("ix_event_title_key", "event", ["title_key"], unique=False)
    for lang in LANGUAGES:
        op.drop_index(f"ix_event_title_key_{lang}", table_name="event")
        op.drop_column("event", f"title_key_{lang}")
