"""Occasions diaspora communities mark that the reference data may not list yet.

Generic calendar vocabulary (holidays, remembrance days, national days of the countries
diasporas come from), in English, Russian, Azerbaijani and German. The lexicon adds an
entry only when the data set's own occasions know none of its names, so a clerk's list
always wins. Russian case forms are matched through the lexicon's stems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.extraction.occasion_de import GERMAN_OCCASIONS


@dataclass(frozen=True)
class Holiday:
    name: str
    reference_date: dt.date | None
    kind: str
    aliases: tuple[str, ...]
    people: tuple[str, ...] = ()
    """A person's birthday: the person's names, read only next to a word of birth or
    jubilee ("100-летие со дня рождения Гейдара Алиева"), never alone (foundations,
    avenues and centres carry the same names)."""


def _h(name: str, date: str | None, kind: str, aliases: str, people: str = "") -> Holiday:
    reference = dt.date.fromisoformat(date) if date else None
    return Holiday(
        name,
        reference,
        kind,
        tuple(a.strip() for a in aliases.split(";")),
        tuple(p.strip() for p in people.split(";") if p.strip()),
    )


# Independence days: (country in English, date, Russian genitive, Azerbaijani genitive).
_INDEPENDENCE = [
    ("Uzbekistan", "1991-09-01", "Узбекистана", "Özbəkistanın"),
    ("Armenia", "1991-09-21", "Армении", "Ermənistanın"),
    ("Belarus", "1944-07-03", "Беларуси", "Belarusun"),
    ("Moldova", "1991-08-27", "Молдовы", "Moldovanın"),
    ("Kyrgyzstan", "1991-08-31", "Кыргызстана", "Qırğızıstanın"),
    ("Tajikistan", "1991-09-09", "Таджикистана", "Tacikistanın"),
    ("Turkmenistan", "1991-09-27", "Туркменистана", "Türkmənistanın"),
    ("Latvia", "1918-11-18", "Латвии", "Latviyanın"),
    ("Lithuania", "1918-02-16", "Литвы", "Litvanın"),
    ("Estonia", "1918-02-24", "Эстонии", "Estoniyanın"),
    ("Poland", "1918-11-11", "Польши", "Polşanın"),
    ("Israel", "1948-05-14", "Израиля", "İsrailin"),
]

# Days of a people's culture, a festival diasporas hold abroad: (English adjective, Russian
# adjective in the genitive, Azerbaijani attribute). "Дни азербайджанской культуры",
# "Azərbaycan Mədəniyyəti Günləri", "Azerbaijani culture days".
_CULTURE_DAYS = [
    ("Azerbaijani", "азербайджанской", "Azərbaycan"),
    ("Kazakh", "казахской", "Qazax"),
    ("Uzbek", "узбекской", "Özbək"),
    ("Tatar", "татарской", "Tatar"),
    ("Ukrainian", "украинской", "Ukrayna"),
    ("Georgian", "грузинской", "Gürcü"),
    ("Armenian", "армянской", "Erməni"),
    ("Russian", "русской", "Rus"),
    ("Turkish", "турецкой", "Türk"),
    ("Kyrgyz", "киргизской", "Qırğız"),
    ("Tajik", "таджикской", "Tacik"),
    ("Turkmen", "туркменской", "Türkmən"),
    ("Belarusian", "белорусской", "Belarus"),
    ("Jewish", "еврейской", "Yəhudi"),
]

HOLIDAYS: tuple[Holiday, ...] = (
    # Occasions most data sets list, with the names German reports use.
    _h("Khojaly genocide", None, "commemoration",
       "Khojaly genocide; Chodschali; Völkermord von Chodschali; Massaker von Chodschali;"
       " Chodschali-Massaker; Chodschali-Tragödie; Tragödie von Chodschali"),
    _h("20 January tragedy", None, "commemoration",
       "20 January tragedy; Schwarzer Januar; Tragödie vom 20. Januar"),
    _h("Novruz", None, "national holiday", "Novruz; Newroz; Nouruz; Nowrus; Frühlingsfest Nowruz"),
    _h("Victory Day (May 9)", None, "national holiday",
       "Victory Day (May 9); Tag des Sieges; Tag der Befreiung"),
    _h("Independence Day of Ukraine", None, "national holiday",
       "Independence Day of Ukraine; Unabhängigkeitstag der Ukraine"),
    _h("Solidarity Day of World Azerbaijanis", None, "national holiday",
       "Solidarity Day of World Azerbaijanis; Tag der Solidarität der Aserbaidschaner der Welt"),
    _h("Armenian Genocide", "1915-04-24", "commemoration",
       "Armenian Genocide; Armenian Genocide Remembrance Day; Genocide of Armenians;"
       " Armenian Genocide Commemoration Day; Геноцид армян; геноцида армян; Геноцида армян;"
       " Геноцид армянского народа; Völkermord an den Armeniern"),
    _h("Holodomor", "1933-11-25", "commemoration",
       "Holodomor; Holodomor Remembrance Day; Голодомор; Голодомора; Holodomor-Gedenktag"),
    _h("Hanukkah", None, "national holiday", "Hanukkah; Hanukah; Chanukah; Ханука; Хануки"),
    _h("Sabantuy", None, "national holiday", "Sabantuy; Sabantui; Сабантуй; Сабантуя"),
    _h("Giorgoba (St George's Day)", None, "national holiday", "Giorgoba; Гиоргоба"),
    _h("Maslenitsa", None, "national holiday", "Maslenitsa; Масленица; Масленицу"),
    _h("Passover", None, "national holiday", "Passover; Pesach; Песах"),
    _h("Purim", None, "national holiday", "Purim; Пурим"),
    _h("Rosh Hashanah", None, "national holiday", "Rosh Hashanah; Рош ха-Шана; Рош а-Шана"),
    _h("Diwali", None, "national holiday", "Diwali; Deepavali; Дивали"),
    _h("Vyshyvanka Day", None, "cultural date", "Vyshyvanka Day; День вышиванки"),
    _h("Polish Constitution Day (May 3)", "1791-05-03", "national holiday",
       "Polish Constitution Day; Constitution Day (Poland); May 3rd Constitution Day;"
       " День Конституции Польши"),
    _h("Day of Slavic Writing and Culture", None, "cultural date",
       "Day of Slavic Writing and Culture; День славянской письменности и культуры"),
    _h("International Day of Peace", None, "cultural date", "International Day of Peace"),
    # Birthdays of national figures that diasporas mark, with the person's names
    _h("Heydar Aliyev's birthday", "1923-05-10", "commemoration", "Heydar Aliyev's birthday",
       "Heydar Aliyev; Гейдар Алиев; Heydər Əliyev; Heydar Alijew"),
    _h("Nizami Ganjavi's birthday", None, "cultural date",
       "Nizami Ganjavi's birthday; Year of Nizami Ganjavi; Год Низами Гянджеви;"
       " Nizami Gəncəvi İli",
       "Nizami Ganjavi; Nizami Ganjevi; Низами Гянджеви; Nizami Gəncəvi; Nizami"),
    _h("Abai's birthday", "1845-08-10", "cultural date",
       "Abai's birthday; Abai Day; День Абая; Abay Günü",
       "Abai Kunanbayev; Abai Kunanbaev; Abai; Абай Кунанбаев; Абай; Abay Kunanbayev; Abay"),
    _h("Taras Shevchenko's birthday", "1814-03-09", "cultural date",
       "Taras Shevchenko's birthday; Shevchenko Days; Шевченковские дни",
       "Taras Shevchenko; Shevchenko; Тарас Шевченко; Шевченко; Taras Şevçenko"),
    _h("Alisher Navoi's birthday", "1441-02-09", "cultural date", "Alisher Navoi's birthday",
       "Alisher Navoi; Navoi; Алишер Навои; Навои; Əlişir Nəvai"),
    _h("Pushkin's birthday (Russian Language Day)", "1799-06-06", "cultural date",
       "Pushkin's birthday; Russian Language Day; День русского языка; Пушкинский день",
       "Alexander Pushkin; Pushkin; Александр Пушкин; Пушкин; Puşkin"),
    *(
        _h(f"Independence Day of {country}", date, "national holiday",
           f"Independence Day of {country}; {country} Independence Day;"
           f" {country}'s Independence Day; День независимости {ru};"
           f" {az} Müstəqillik Günü")
        for country, date, ru, az in _INDEPENDENCE
    ),
    *(
        _h(f"Days of {en} Culture", None, "cultural date",
           f"Days of {en} Culture; {en} Culture Days; Дни {ru} культуры;"
           f" {az} Mədəniyyəti Günləri")
        for en, ru, az in _CULTURE_DAYS
    ),
    *(
        _h(f"Day of {en} Culture", None, "cultural date",
           f"Day of {en} Culture; {en} Culture Day; День {ru} культуры; {az} Mədəniyyəti Günü")
        for en, ru, az in _CULTURE_DAYS
    ),
    *(_h(name, date, kind, aliases) for name, date, kind, aliases in GERMAN_OCCASIONS),
)
