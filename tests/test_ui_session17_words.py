"""Text shown by the windows is translated through Qt: the Qt-free catalog (gettext) does
not read desktop/ui, so a message worded there with ``db.messages`` stays English in a
Russian window."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ui.settings_dialog import check_database


def test_a_data_file_in_a_missing_folder_is_said_in_russian(tmp_path: Path,
                                                             interface_language) -> None:
    interface_language("ru")
    with pytest.raises(ValueError) as refused:
        check_database(str(tmp_path / "нет такой папки" / "events.sqlite"))
    assert "не существует" in str(refused.value)


def test_no_window_words_a_message_with_the_qt_free_catalog() -> None:
    sources = Path(__file__).resolve().parents[1] / "desktop" / "ui"
    worded = [path.name for path in sources.glob("*.py")
              if "from db.messages import" in path.read_text(encoding="utf-8")]
    assert worded == []
