"""A passive participle that introduces the organizer ("праздник, организованный
общественной организацией «X»") is the verb of the sentence, not the first word of the
organizer's name: the clerk must get "общественная организация «X»"."""

from __future__ import annotations

import pytest

from desktop.extraction import extract

_HEAD = "Тула, 20 мая 2025 года.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _HEAD + "18 мая в Туле прошёл праздник Новруз, организованный общественной "
            "организацией «Дружба народов».",
            "общественная организация «Дружба народов»",
        ),
        (
            _HEAD + "18 мая в Туле состоялся вечер, посвящённый Новрузу. На празднике, "
            "организованном региональной общественной организацией «Наследие», выступили "
            "артисты.",
            "региональная общественная организация «Наследие»",
        ),
        (
            _HEAD + "18 мая в Туле прошёл фестиваль, проведённый молодёжной общественной "
            "организацией «Созвездие».",
            "молодёжная общественная организация «Созвездие»",
        ),
        (  # "организованной" agrees with "общественной": still the verb, not the name
            _HEAD + "18 мая в Туле на встрече, организованной общественной организацией "
            "«Дружба народов», выступили артисты.",
            "общественная организация «Дружба народов»",
        ),
        (
            _HEAD + "18 мая в Туле прошёл концерт, подготовленный общественным объединением "
            "«Родник».",
            "общественное объединение «Родник»",
        ),
    ],
)
def test_the_participle_before_the_organizer_is_not_in_its_name(text: str, name: str) -> None:
    (draft,) = extract(text).events
    assert [o.casefold() for o in draft.organizations] == [name.casefold()]


def test_a_participle_that_belongs_to_the_name_stays() -> None:
    """"Объединённая ассоциация": the participle agrees with the noun, it is the name."""
    text = (
        _HEAD + "18 мая в Туле прошёл праздник Новруз. Его организовала Объединённая "
        "ассоциация азербайджанцев Тулы."
    )
    (draft,) = extract(text).events
    assert draft.organizations == ["Объединённая ассоциация азербайджанцев Тулы"]
