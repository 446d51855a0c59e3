"""A name is found by its other script's spelling: each alias table gets ``search_sound``,
:func:`db.search.sound` of its ``normalized`` ("Əliyev" and "Алиев" both "aliav"),
computed by the database and indexed for a name's start (session 21).

A generated column, not one the app writes: every writer of aliases (the event form,
the reference lists, imports, merges, the gazetteer, the migrations that add place
names) fills it without knowing, and the existing rows get it when it is added. SQLite
adds it VIRTUAL (its ALTER TABLE cannot add a STORED one): the index holds the values
the lookup reads. The stored keys do not change.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

from alembic import op

SOUND_COLUMN = "search_sound"
_VOWELS = "aiou"
_SOUNDS = (
    ("dzh", "c"), ("zh", "j"), ("ch", "c"), ("sh", "s"), ("kh", "g"),
    ("h", "g"), ("x", "g"), ("q", "g"), ("e", "a"),
    *((f"y{vowel}", vowel) for vowel in _VOWELS), ("y", "i"),
    *((letter * 2, letter) for letter in "mnlrstdkbi"),
)
"""The sound rules of this revision, kept here as they were: migration 0019 has the app
compute the key (``db.sound.sound_key``), and a downgrade to here makes this column."""


def sounded(column: str) -> str:
    """The SQL of the rules on the normalized text ``column`` (``replace`` replaces as
    ``str.replace`` does, left to right)."""
    for letters, into in _SOUNDS:
        column = f"replace({column}, '{letters}', '{into}')"
    return column

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNERS = ("region", "city", "country", "occasion", "organization", "person")
"""The records with a table of aliases, ``<owner>_alias``."""


def upgrade() -> None:
    kind = "VIRTUAL" if op.get_bind().dialect.name == "sqlite" else "STORED"
    for owner in OWNERS:
        table = f"{owner}_alias"
        op.execute(f"ALTER TABLE {table} ADD COLUMN {SOUND_COLUMN} TEXT GENERATED ALWAYS AS "
                   f"({sounded('normalized')}) {kind}")
        # the record's id too: a lookup reads the records from the index alone
        op.execute(f"CREATE INDEX ix_{SOUND_COLUMN}_{table} ON {table} "
                   f"({SOUND_COLUMN}, {owner}_id)")


def downgrade() -> None:
    for owner in OWNERS:
        table = f"{owner}_alias"
        op.execute(f"DROP INDEX IF EXISTS ix_{SOUND_COLUMN}_{table}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN {SOUND_COLUMN}")
