"""Another office's file that is no data set (damaged, another program's, a document
renamed) is refused in one clear sentence: what is wrong with that file and what to do,
not the start-up's advice about this desk's own backups."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.engine import Database
from desktop.importing.errors import MergeError
from desktop.importing.merge import plan_merge


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a letter\n", os.urandom(4096), b"SQLite format 3\x00" + bytes(200)],
    ids=["text", "noise", "cut-short"],
)
def test_a_file_that_is_no_data_set_is_named_damaged_in_one_sentence(
    database: Database, tmp_path: Path, content: bytes
) -> None:
    peer = tmp_path / "office-b.sqlite"
    peer.write_bytes(content)
    with pytest.raises(MergeError) as refused:
        plan_merge(database, peer)
    message = str(refused.value)
    assert "office-b.sqlite" in message and "damaged" in message
    assert "backup" not in message.casefold()  # this desk's backups are not the question
    assert ".." not in message and "\n" not in message
