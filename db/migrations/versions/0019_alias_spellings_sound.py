"""Aliases are one per spelling, and their ``search_sound`` is written by the app from the
name (session 23).

- A record's aliases were unique per matching key: two spellings with one key ("Алиев
  Элчин", "Aliev Elchin") could not both be names of one record, so a merge or a rename
  kept one of them. They are unique per key and name now (its index still serves a
  lookup of a record's keys; the key finds every spelling).
- A soft sign is in the name only (``db.names.normalize`` makes it a space: "Эльчин" is
  "el chin"), and H, Г and Х are told apart while a typed one is looked for as each
  spelling the other script may have: rules past what one SQL expression of the key can
  say. ``search_sound`` becomes a plain column, filled by ``db.sound.sound_key`` of every
  existing name here and, from now on, by the tables' default and the models
  (``db.secondary_tables``, ``db.models``) wherever an alias is written. Its index is
  made again.

SQLite makes each alias table again for its new unique constraint; the expression index
of migration 0016, which that cannot carry over, is made again after it.

Revision ID: 0019
Revises: 0018
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from db.search import SOUND_COLUMN, folded
from db.sound import sound_key

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNERS = {"region": 200, "city": 200, "country": 200, "occasion": 300, "organization": 400,
          "person": 300}
"""The records with a table of aliases, ``<owner>_alias``, and its names' length."""
BATCH = 2000


def _unique(table: str, owner: str, *columns: str) -> None:
    """The table's aliases unique per record and ``columns`` (the constraint keeps its
    name, made of the table's and the record's)."""
    name = f"uq_{table}_{owner}_id"
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"DROP INDEX IF EXISTS ix_search_fold_{table}")
    with op.batch_alter_table(table) as batch:
        batch.drop_constraint(name, type_="unique")
        batch.create_unique_constraint(name, [f"{owner}_id", *columns])
    if sqlite:
        op.execute(f"CREATE INDEX ix_search_fold_{table} ON {table} ({folded('normalized')})")


def _drop_sound(table: str) -> None:
    op.execute(f"DROP INDEX IF EXISTS ix_{SOUND_COLUMN}_{table}")
    op.execute(f"ALTER TABLE {table} DROP COLUMN {SOUND_COLUMN}")


def upgrade() -> None:
    connection = op.get_bind()
    for owner, length in OWNERS.items():
        table = f"{owner}_alias"
        _drop_sound(table)
        _unique(table, owner, "normalized", "name")
        op.add_column(table, sa.Column(SOUND_COLUMN, sa.String(length), nullable=True))
        aliases = sa.table(table, sa.column("id", sa.Integer), sa.column("name", sa.String),
                           sa.column(SOUND_COLUMN, sa.String))
        rows = connection.execute(sa.select(aliases.c.id, aliases.c.name)).all()
        update = (sa.update(aliases).where(aliases.c.id == sa.bindparam("key"))
                  .values({SOUND_COLUMN: sa.bindparam("sound")}))
        for start in range(0, len(rows), BATCH):
            connection.execute(update, [{"key": key, "sound": sound_key(name)}
                                        for key, name in rows[start:start + BATCH]])
        # the record's id too: a lookup reads the records from the index alone
        op.execute(f"CREATE INDEX ix_{SOUND_COLUMN}_{table} ON {table} "
                   f"({SOUND_COLUMN}, {owner}_id)")


def downgrade() -> None:
    """Back to revision 0018: one spelling per key (the first kept), its generated column."""
    for owner in OWNERS:
        table = f"{owner}_alias"
        _drop_sound(table)
        op.execute(f"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {table} AS first "
                   f"WHERE first.{owner}_id = {table}.{owner}_id "
                   f"AND first.normalized = {table}.normalized AND first.id < {table}.id)")
        _unique(table, owner, "normalized")
    path = Path(__file__).with_name("0018_search_sound.py")
    spec = importlib.util.spec_from_file_location("search_sound_0018", path)
    assert spec is not None and spec.loader is not None
    previous = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(previous)
    previous.upgrade()
