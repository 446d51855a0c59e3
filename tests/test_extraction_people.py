"""Who spoke, in what role, and who organized: behaviours on texts written for these tests.

Each test names a way reports of the genre write people and bodies (a middle initial, a
first name that is also a town, a speaker list in the genitive, a role after the name...),
never a phrase of the development corpus.
"""

from __future__ import annotations

from desktop.extraction import extract


def _speakers(reference, text: str) -> list[dict[str, str | None]]:
    with reference.sessions() as session:
        result = extract(text, session)
    return [s for e in result.events for s in e.speakers]


def _names(reference, text: str) -> list[str]:
    return [s["name"] or "" for s in _speakers(reference, text)]


def test_middle_initials_and_irish_surnames_are_part_of_the_name(reference) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Professor Daniel K. Morrow and Reverend Patrick O'Connell addressed the gathering."
    )
    names = _names(reference, text)
    assert "Daniel K. Morrow" in names
    assert "Patrick O'Connell" in names


def test_a_first_name_that_is_also_a_town_is_still_a_name(reference) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Chairwoman of the Heritage Society Sofia Lindqvist spoke about the victims."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Sofia Lindqvist"]
    assert speakers[0]["role"] == "Chairwoman"


def test_the_town_of_a_title_before_the_name_is_not_part_of_the_name(reference) -> None:
    text = (
        "On 12 May the Heritage Society held a memorial evening in Leeds. "
        "Former Mayor of Squamish Peter Grantley spoke about the victims."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Peter Grantley"]
    assert "Mayor" in (speakers[0]["role"] or "")


def test_clergy_who_lead_a_service_are_speakers(reference) -> None:
    text = (
        "On 3 June a memorial evening was held at the Ukrainian National Home in Winnipeg. "
        "Archbishop Lev Martynuk led the memorial service. "
        "Later a moleben (Prayer Service) was conducted by Bishop Olga Tkachuk, Eparch of "
        "Manitoba, with the parish choir."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Lev Martynuk", "Olga Tkachuk"]
    assert speakers[0]["role"] == "Archbishop"


def test_a_master_of_ceremonies_and_who_is_invited_to_the_podium_speak(reference) -> None:
    text = (
        "On 24 April the Armenian community of Calgary gathered at City Hall to commemorate "
        "the victims. Master of Ceremonies Aram Tashjian opened the commemoration. After his "
        "remarks, Mr. Tashjian invited city councillor Maria Lopes to the podium to say a "
        "few words. Narine Hakobyan, representing the Armenian Students' Club of Calgary, and "
        "Levon Sarkis of the Armenian Relief Society delivered messages of remembrance."
    )
    speakers = {s["name"]: s for s in _speakers(reference, text)}
    assert list(speakers) == ["Aram Tashjian", "Maria Lopes", "Narine Hakobyan", "Levon Sarkis"]
    assert speakers["Aram Tashjian"]["role"] == "Master of Ceremonies"
    assert speakers["Maria Lopes"]["role"] == "city councillor"
    assert speakers["Narine Hakobyan"]["role"] == "representative"
    assert speakers["Narine Hakobyan"]["organization"] == "Armenian Students' Club of Calgary"
    assert speakers["Levon Sarkis"]["organization"] == "Armenian Relief Society"


def test_a_role_after_the_name_before_and_the_next_name_is_the_first_ones(reference) -> None:
    text = (
        "On 5 May a rally was held in Oslo. The rally was moderated by Anna Berglund, the "
        "president of the Nordic Heritage Center, and Lars Holmqvist, the chairman of the "
        "Baltic Friends Association. Head of the Latvian Society of Bergen Ilze Ozola, "
        "Baltic Youth Network (BYN) co-founder Janis Kalnins and others addressed the rally."
    )
    speakers = {s["name"]: s for s in _speakers(reference, text)}
    assert speakers["Anna Berglund"]["role"] == "president"
    assert speakers["Anna Berglund"]["organization"] == "Nordic Heritage Center"
    assert speakers["Lars Holmqvist"]["role"] == "chairman"
    assert "Ilze Ozola" in speakers
    assert speakers["Janis Kalnins"]["role"] == "co-founder"


def test_a_party_and_seat_in_brackets_after_the_name_is_no_speaker(reference) -> None:
    text = (
        "On 24 April a vigil was held in Leeds. At 6pm Master of Ceremonies Tom Reyes "
        "opened the vigil. Member of the Friendship Group MP Jane Whitfield (Labour – Leeds "
        "Central), then took the floor with a message of remembrance."
    )
    speakers = {s["name"]: s for s in _speakers(reference, text)}
    assert list(speakers) == ["Tom Reyes", "Jane Whitfield"]
    assert speakers["Tom Reyes"]["role"] == "Master of Ceremonies"


def test_a_russian_list_of_reporters_in_the_genitive_are_speakers(reference) -> None:
    text = (
        "12 марта в Казани прошла конференция, посвящённая Дню памяти. "
        "Затем были заслушаны доклады выпускников вузов Казани – Расима Гусейнова, Натальи "
        "Мамедовой и Айдана Кязимова – о трагических событиях."
    )
    speakers = _speakers(reference, text)
    # one list, one case: the genitive of the names pymorphy reads two ways too
    assert [s["name"] for s in speakers] == ["Расим Гусейнов", "Наталья Мамедова", "Айдан Кязимов"]
    assert all(s["organization"] is None for s in speakers)


def test_people_who_attended_and_then_spoke_as_they_are_speakers(reference) -> None:
    text = (
        "12 марта в Казани прошёл вечер памяти. На вечере присутствовали глава района "
        "Олег Смирнов и председатель совета ветеранов Андрей Волков. Они выступили со "
        "словами скорби."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Олег Смирнов", "Андрей Волков"]
    assert speakers[0]["role"] == "глава района"


def test_russian_roles_in_brackets_and_in_the_person_of(reference) -> None:
    text = (
        "12 марта в Казани прошёл митинг с выступлениями представителя Совета ветеранов – "
        "Сидорова И.П. (председатель), представителей казачества в лице заместителя атамана "
        "Волжского казачьего общества – Волкова А.С. и других."
    )
    speakers = {s["name"]: s for s in _speakers(reference, text)}
    assert speakers["Сидоров И.П."]["role"] == "председатель"
    assert speakers["Волков А.С."]["role"] == "заместитель атамана"


def _organizations(reference, text: str) -> list[str]:
    with reference.sessions() as session:
        result = extract(text, session)
    return [o for e in result.events for o in e.organizations]


def test_azerbaijani_bodies_that_will_hold_various_events_organize_them(reference) -> None:
    text = (
        "20 Yanvar faciəsinin ildönümü ilə əlaqədar Fransada anım tədbirləri keçiriləcək. "
        "Fransadakı Azərbaycanlıların Birliyi (FAB), Azərbaycan Evi, “Qafqaz” Cəmiyyəti "
        "müxtəlif tədbirlər keçirəcəklər."
    )
    organizations = _organizations(reference, text)
    assert "Fransadakı Azərbaycanlıların Birliyi (FAB)" in organizations
    assert "“Qafqaz” Cəmiyyəti" in organizations


def test_azerbaijani_public_organizations_named_by_a_common_noun_organize(reference) -> None:
    text = (
        "20 Yanvar faciəsinin ildönümü ilə əlaqədar Lion şəhərində yaşayan Azərbaycan "
        "ictimai təşkilatları da anım tədbirləri keçirib."
    )
    organizations = _organizations(reference, text)
    assert any("Azərbaycan ictimai təşkilatları" in o for o in organizations)


def test_a_community_house_opening_the_sentence_hosts_the_event(reference) -> None:
    text = (
        "12 марта 2025 года. В Доме дружбы народов Омской области по инициативе общественной "
        "организации «Татарский культурный центр» состоялся праздник Навруз."
    )
    organizations = _organizations(reference, text)
    assert any(o.startswith("Дом дружбы народов") for o in organizations)


def test_an_english_subject_after_a_modifier_or_inside_a_clause_organizes(reference) -> None:
    text = (
        "On 15 August the locally-based Consulate General of Ruritania in Chicago and the "
        "Ruritanian Heritage Society marked Independence Day with a flag raising."
    )
    organizations = _organizations(reference, text)
    assert any(o.startswith("Consulate General of Ruritania") for o in organizations)
    assert "Ruritanian Heritage Society" in organizations
    text = (
        "On 24 April Bishop John Hale led a requiem in Cardiff, the first time the Welsh "
        "Armenian Society has formally commemorated the genocide."
    )
    assert _organizations(reference, text) == ["Welsh Armenian Society"]


def test_the_country_after_an_organizers_name_is_no_organizer(reference) -> None:
    text = (
        "The Consulate General of Ruritania in Denver, US, held a reception on 5 May "
        "marking Independence Day."
    )
    assert _organizations(reference, text) == ["Consulate General of Ruritania in Denver"]


def test_an_english_body_that_will_host_an_event_organizes_it(reference) -> None:
    text = "On 5 May the Baltic Friends Association will host a concert in Oslo for Victory Day."
    assert _organizations(reference, text) == ["Baltic Friends Association"]


def test_a_community_named_only_by_its_nationality_is_no_organizer(reference) -> None:
    text = "On 5 May the Latvian community held a festival in Oslo for Victory Day."
    assert _organizations(reference, text) == []


def test_russian_who_opens_the_event_or_is_given_the_floor_speaks(reference) -> None:
    text = (
        "12 марта в Казани прошёл вечер памяти. Мероприятие открыла председатель общества "
        "Анна Смирнова. Затем слово было предоставлено заместителю главы района Олегу Иванову."
    )
    assert _names(reference, text) == ["Анна Смирнова", "Олег Иванов"]


def test_azerbaijani_past_tense_speech_verbs(reference) -> None:
    text = (
        "20 Yanvar faciəsinin ildönümü ilə əlaqədar Lion şəhərində anım tədbiri keçirilib. "
        "Tədbiri cəmiyyətin sədri Rəşad Məmmədov açdı. Səfir Elnur Quliyev çıxış etdi və "
        "faciənin tarixindən danışdı."
    )
    assert _names(reference, text) == ["Rəşad Məmmədov", "Elnur Quliyev"]


def test_an_address_delivered_by_someone_makes_them_a_speaker(reference) -> None:
    text = (
        "On 5 May a memorial evening was held in Oslo. The keynote address was delivered by "
        "Professor Ruth Klein of the Nordic Heritage Center."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Ruth Klein"]
    assert speakers[0]["organization"] == "Nordic Heritage Center"


def test_an_azerbaijani_body_in_the_genitive_is_the_speakers_not_a_speaker(reference) -> None:
    text = (
        "20 Yanvar faciəsinin ildönümü ilə əlaqədar Lion şəhərində anım tədbiri keçirilib. "
        "Tədbirdə Fransa Azərbaycanlıları Birliyinin sədri Rəşad Məmmədov çıxış edib. "
        "Daha sonra Lion Universitetinin müəllimi Nigar Həsənova faciə haqqında danışıb."
    )
    speakers = {s["name"]: s for s in _speakers(reference, text)}
    assert list(speakers) == ["Rəşad Məmmədov", "Nigar Həsənova"]
    assert speakers["Rəşad Məmmədov"]["role"] == "sədr"
    assert speakers["Rəşad Məmmədov"]["organization"] == "Fransa Azərbaycanlıları Birliyi"


def test_azerbaijani_bodies_that_held_an_event_in_the_plain_past(reference) -> None:
    text = (
        "20 Yanvar faciəsinin ildönümü ilə əlaqədar Fransa Azərbaycanlıları Birliyi Lion "
        "şəhərində anım tədbiri keçirdi."
    )
    assert _organizations(reference, text) == ["Fransa Azərbaycanlıları Birliyi"]


def test_russian_bodies_that_will_hold_an_event_organize_it(reference) -> None:
    text = (
        "12 марта в Казани Татарская национально-культурная автономия и общество «Дружба» "
        "проведут праздник Навруз."
    )
    organizations = _organizations(reference, text)
    assert len(organizations) == 2
    assert organizations[0].startswith("Татарская национально-культурная автономия")


def test_a_long_speaker_list_with_an_acronym_keeps_its_first_name(reference) -> None:
    text = (
        "On 5 May a rally was held in Oslo. Head of the Latvian Society of Bergen Ilze "
        "Ozola, Baltic Youth Network (BYN) co-founder Janis Kalnins, Director of Studies in "
        "the Department of Baltic Languages at the University of Tromso Maris Liepa, Nordic "
        "Scientists Association President Anna Berglund, Oslo State University Professor "
        "Lars Holmqvist and others addressed the rally."
    )
    names = _names(reference, text)
    assert names[:2] == ["Ilze Ozola", "Janis Kalnins"]


def test_he_who_reads_out_an_address_next_is_the_speaker_after_a_which_clause(reference) -> None:
    text = (
        "On 15 August a celebration was held in Oslo. Ambassador Ravi Menon raised the flag, "
        "after which the anthem was sung. He read out the President's address to the nation."
    )
    assert _names(reference, text) == ["Ravi Menon"]


def test_an_occasion_right_after_a_name_is_not_part_of_it(reference) -> None:
    text = (
        "Ankarada Novruz bayramı qeyd olunub. Cəmiyyətin rəhbəri, professor Elmira Sadıqova "
        "Novruz bayramının qədim ənənələrindən bəhs edib."
    )
    speakers = _speakers(reference, text)
    assert [s["name"] for s in speakers] == ["Elmira Sadıqova"]


def test_an_azerbaijani_role_of_several_titles_splits_each_bodys_title(reference) -> None:
    text = (
        "Ankarada Novruz bayramı qeyd olunub. Türkiyə Gənclər Şurasının üzvü, ABCD-nin "
        "rəhbəri, professor Elmira Sadıqova bayramın ənənələrindən bəhs edib."
    )
    (speaker,) = _speakers(reference, text)
    assert speaker["role"] == "üzv, rəhbər, professor"


def test_a_verb_with_its_own_subject_after_and_is_not_the_names(reference) -> None:
    text = (
        "On 5 May a memorial evening was held in Oslo. Tom Halvorsen highlighted the campaign "
        "initiated by Vice President of the Nordic Foundation Ann Berglund, and the Chairman "
        "described the work done."
    )
    assert _names(reference, text) == ["Tom Halvorsen"]


def test_and_others_after_a_titled_name_still_lets_it_speak(reference) -> None:
    text = (
        "On 5 May a memorial evening was held in Oslo. Tom Halvorsen, chairman of the Nordic "
        "Club, and others addressed the gathering."
    )
    assert _names(reference, text) == ["Tom Halvorsen"]
