"""An evening of poetry or music held inside a larger event ("вечер поэзии", "poeziya
gecəsi", "an evening of poetry and music") is an item of its program the clerk must see."""

from __future__ import annotations

import pytest

from desktop.extraction import extract

_RU = "Тула, 20 мая 2025 года.\n\n18 мая в Туле прошли Дни азербайджанской культуры. "
_EN = "Tula, May 20, 2025\n\nOn May 18 Days of Azerbaijani Culture were held in Tula. "
_AZ = "Bakı, 20 may 2025-ci il.\n\nMayın 18-də Tulada Azərbaycan mədəniyyəti günləri keçirilib. "


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (_RU + "В программе были выставка ковров и вечер поэзии.", "literary_evening"),
        (_RU + "Завершились Дни вечером современной азербайджанской поэзии.",
         "literary_evening"),
        (_RU + "Гостей ждали выставка ковров и вечер поэзии и музыки.",
         "literary_musical_evening"),
        (_RU + "Гостей ждали выставка ковров и вечер классической музыки.", "concert"),
        (_EN + "The programme included a carpet exhibition and an evening of poetry.",
         "literary_evening"),
        (_EN + "The programme included a carpet exhibition and an evening of poetry and music.",
         "literary_musical_evening"),
        (_EN + "The programme included a carpet exhibition and a music evening.", "concert"),
        (_AZ + "Proqramda xalça sərgisi və şeir gecəsi olub.", "literary_evening"),
        (_AZ + "Proqramda xalça sərgisi və muğam gecəsi olub.", "concert"),
    ],
)
def test_an_evening_of_poetry_or_music_is_a_program_item(text: str, item: str) -> None:
    (draft,) = extract(text).events
    assert item in draft.program


@pytest.mark.parametrize(
    "text",
    [
        _RU + "Вечером звучали стихи и песни.",
        _EN + "In the evening poems were read.",
    ],
)
def test_the_time_of_day_is_no_evening_item(text: str) -> None:
    """"Вечером звучали стихи": the time of the reading, no evening of poetry."""
    (draft,) = extract(text).events
    assert not {"literary_evening", "literary_musical_evening"} & set(draft.program)
