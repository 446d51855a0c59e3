# ruff: noqa: E501  (data tables: one subject per line reads better than wrapped tuples)
"""Generate resources/reference/region_names.csv from compact per-country tables.

The CSV is the committed source of truth; this script only saves typing the regular
English variants ("X Oblast", "X Region", "X Krai", "X Territory") for every subject.
Run: .venv/bin/python scripts/make_region_names.py
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "region_names.csv"

# --- Russia ----------------------------------------------------------------------------
# kind: O oblast, K krai, R republic, A autonomous okrug, C federal city, J autonomous oblast
# (code, kind, English stem or full display, extra English aliases, Russian display,
#  extra Russian aliases, Azerbaijani name or "")
RU: list[tuple[str, str, str, str, str, str, str]] = [
    ("RU-AD", "R", "Adygea", "Adygeya;Adyghe Republic", "Республика Адыгея", "Адыгея", "Adıgey Respublikası"),
    ("RU-AL", "R", "Altai", "Altay Republic;Gorno-Altai;Gorny Altai", "Республика Алтай", "Горный Алтай", "Altay Respublikası"),
    ("RU-ALT", "K", "Altai", "Altay Krai;Altay Territory", "Алтайский край", "", "Altay diyarı"),
    ("RU-AMU", "O", "Amur", "", "Амурская область", "Приамурье", "Amur vilayəti"),
    ("RU-ARK", "O", "Arkhangelsk", "Archangelsk Oblast", "Архангельская область", "", "Arxangelsk vilayəti"),
    ("RU-AST", "O", "Astrakhan", "", "Астраханская область", "", "Həştərxan vilayəti"),
    ("RU-BA", "R", "Bashkortostan", "Bashkiria;Bashkiriya", "Республика Башкортостан", "Башкортостан;Башкирия", "Başqırdıstan Respublikası"),
    ("RU-BEL", "O", "Belgorod", "", "Белгородская область", "", "Belqorod vilayəti"),
    ("RU-BRY", "O", "Bryansk", "", "Брянская область", "", "Bryansk vilayəti"),
    ("RU-BU", "R", "Buryatia", "Buryatiya", "Республика Бурятия", "Бурятия", "Buryatiya Respublikası"),
    ("RU-CE", "R", "Chechen Republic", "Chechnya;Chechen Republic of Ichkeria", "Чеченская Республика", "Чечня", "Çeçenistan Respublikası"),
    ("RU-CHE", "O", "Chelyabinsk", "", "Челябинская область", "", "Çelyabinsk vilayəti"),
    ("RU-CHU", "A", "Chukotka", "Chukotka;Chukotsky Autonomous Okrug", "Чукотский автономный округ", "Чукотка", "Çukotka Muxtar Dairəsi"),
    ("RU-CU", "R", "Chuvash Republic", "Chuvashia;Chuvashiya;Chuvash Republic", "Чувашская Республика", "Чувашия", "Çuvaşıstan Respublikası"),
    ("RU-DA", "R", "Dagestan", "Daghestan;Republic of Daghestan", "Республика Дагестан", "Дагестан", "Dağıstan Respublikası"),
    ("RU-IN", "R", "Ingushetia", "Ingushetiya", "Республика Ингушетия", "Ингушетия", "İnquşetiya Respublikası"),
    ("RU-IRK", "O", "Irkutsk", "", "Иркутская область", "", "İrkutsk vilayəti"),
    ("RU-IVA", "O", "Ivanovo", "", "Ивановская область", "", "İvanovo vilayəti"),
    ("RU-KAM", "K", "Kamchatka", "Kamchatka", "Камчатский край", "Камчатка", "Kamçatka diyarı"),
    ("RU-KB", "R", "Kabardino-Balkarian Republic", "Kabardino-Balkaria;Kabardino-Balkariya;Kabardino-Balkar Republic", "Кабардино-Балкарская Республика", "Кабардино-Балкария", "Kabardin-Balkar Respublikası"),
    ("RU-KC", "R", "Karachay-Cherkess Republic", "Karachay-Cherkessia;Karachay-Circassia;Karachay-Circassian Republic;Karachayevo-Cherkessia", "Карачаево-Черкесская Республика", "Карачаево-Черкесия", "Qaraçay-Çərkəz Respublikası"),
    ("RU-KDA", "K", "Krasnodar", "Kuban", "Краснодарский край", "Кубань", "Krasnodar diyarı"),
    ("RU-KEM", "O", "Kemerovo", "Kuzbass;Kemerovo Oblast - Kuzbass", "Кемеровская область", "Кузбасс;Кемеровская область — Кузбасс", "Kemerovo vilayəti"),
    ("RU-KGD", "O", "Kaliningrad", "", "Калининградская область", "", "Kalininqrad vilayəti"),
    ("RU-KGN", "O", "Kurgan", "", "Курганская область", "", "Kurqan vilayəti"),
    ("RU-KHA", "K", "Khabarovsk", "", "Хабаровский край", "", "Xabarovsk diyarı"),
    ("RU-KHM", "A", "Khanty-Mansi", "Yugra;Ugra;Khanty-Mansiysk Autonomous Okrug;Khanty-Mansi Autonomous Okrug - Yugra;KhMAO", "Ханты-Мансийский автономный округ — Югра", "Ханты-Мансийский автономный округ;Югра;ХМАО", "Xantı-Mansi Muxtar Dairəsi"),
    ("RU-KIR", "O", "Kirov", "", "Кировская область", "", "Kirov vilayəti"),
    ("RU-KK", "R", "Khakassia", "Khakasiya", "Республика Хакасия", "Хакасия", "Xakasiya Respublikası"),
    ("RU-KL", "R", "Kalmykia", "Kalmykiya", "Республика Калмыкия", "Калмыкия", "Kalmıkiya Respublikası"),
    ("RU-KLU", "O", "Kaluga", "", "Калужская область", "", "Kaluqa vilayəti"),
    ("RU-KO", "R", "Komi", "", "Республика Коми", "Коми", "Komi Respublikası"),
    ("RU-KOS", "O", "Kostroma", "", "Костромская область", "", "Kostroma vilayəti"),
    ("RU-KR", "R", "Karelia", "Kareliya", "Республика Карелия", "Карелия", "Kareliya Respublikası"),
    ("RU-KRS", "O", "Kursk", "", "Курская область", "", "Kursk vilayəti"),
    ("RU-KYA", "K", "Krasnoyarsk", "", "Красноярский край", "", "Krasnoyarsk diyarı"),
    ("RU-LEN", "O", "Leningrad", "", "Ленинградская область", "", "Leninqrad vilayəti"),
    ("RU-LIP", "O", "Lipetsk", "", "Липецкая область", "", "Lipetsk vilayəti"),
    ("RU-MAG", "O", "Magadan", "", "Магаданская область", "", "Maqadan vilayəti"),
    ("RU-ME", "R", "Mari El", "Mari El;Mari El Republic", "Республика Марий Эл", "Марий Эл", "Mari El Respublikası"),
    ("RU-MO", "R", "Mordovia", "Mordoviya", "Республика Мордовия", "Мордовия", "Mordoviya Respublikası"),
    ("RU-MOS", "O", "Moscow", "Podmoskovye;Moscow Oblast", "Московская область", "Подмосковье", "Moskva vilayəti"),
    ("RU-MOW", "C", "Moscow", "Moscow City;City of Moscow;Moskva", "Москва", "город Москва", "Moskva"),
    ("RU-MUR", "O", "Murmansk", "", "Мурманская область", "", "Murmansk vilayəti"),
    ("RU-NEN", "A", "Nenets", "Nenetsia", "Ненецкий автономный округ", "НАО", "Nenets Muxtar Dairəsi"),
    ("RU-NGR", "O", "Novgorod", "Veliky Novgorod Oblast", "Новгородская область", "", "Novqorod vilayəti"),
    ("RU-NIZ", "O", "Nizhny Novgorod", "Nizhniy Novgorod Oblast;Nizhniy Novgorod Region;Nizhni Novgorod Oblast;Nizhni Novgorod Region;Nijniy Novgorod Region;Nizhegorod Oblast", "Нижегородская область", "", "Nijni Novqorod vilayəti"),
    ("RU-NVS", "O", "Novosibirsk", "", "Новосибирская область", "", "Novosibirsk vilayəti"),
    ("RU-OMS", "O", "Omsk", "", "Омская область", "", "Omsk vilayəti"),
    ("RU-ORE", "O", "Orenburg", "", "Оренбургская область", "", "Orenburq vilayəti"),
    ("RU-ORL", "O", "Oryol", "Orel Oblast;Orel Region;Orlov Oblast", "Орловская область", "", "Oryol vilayəti"),
    ("RU-PER", "K", "Perm", "Prikamye", "Пермский край", "Прикамье", "Perm diyarı"),
    ("RU-PNZ", "O", "Penza", "", "Пензенская область", "", "Penza vilayəti"),
    ("RU-PRI", "K", "Primorsky", "Primorye;Primorsky Kray;Primorskiy Krai;Primorsky Region;Maritime Krai;Primorie", "Приморский край", "Приморье", "Primorye diyarı"),
    ("RU-PSK", "O", "Pskov", "", "Псковская область", "", "Pskov vilayəti"),
    ("RU-ROS", "O", "Rostov", "Rostov-on-Don Region", "Ростовская область", "", "Rostov vilayəti"),
    ("RU-RYA", "O", "Ryazan", "", "Рязанская область", "", "Ryazan vilayəti"),
    ("RU-SA", "R", "Sakha (Yakutia)", "Yakutia;Sakha;Sakha Republic;Republic of Sakha;Yakutiya", "Республика Саха (Якутия)", "Якутия;Республика Саха", "Saxa (Yakutiya) Respublikası"),
    ("RU-SAK", "O", "Sakhalin", "", "Сахалинская область", "", "Saxalin vilayəti"),
    ("RU-SAM", "O", "Samara", "", "Самарская область", "", "Samara vilayəti"),
    ("RU-SAR", "O", "Saratov", "", "Саратовская область", "", "Saratov vilayəti"),
    ("RU-SE", "R", "North Ossetia-Alania", "North Ossetia;Republic of North Ossetia;North Ossetia - Alania;Alania", "Республика Северная Осетия — Алания", "Северная Осетия;Северная Осетия — Алания", "Şimali Osetiya-Alaniya Respublikası"),
    ("RU-SMO", "O", "Smolensk", "", "Смоленская область", "", "Smolensk vilayəti"),
    ("RU-SPE", "C", "Saint Petersburg", "St. Petersburg;St Petersburg;Sankt-Peterburg;City of Saint Petersburg", "Санкт-Петербург", "Петербург", "Sankt-Peterburq"),
    ("RU-STA", "K", "Stavropol", "Stavropolye", "Ставропольский край", "Ставрополье", "Stavropol diyarı"),
    ("RU-SVE", "O", "Sverdlovsk", "", "Свердловская область", "", "Sverdlovsk vilayəti"),
    ("RU-TA", "R", "Tatarstan", "Tataria", "Республика Татарстан", "Татарстан", "Tatarıstan Respublikası"),
    ("RU-TAM", "O", "Tambov", "", "Тамбовская область", "", "Tambov vilayəti"),
    ("RU-TOM", "O", "Tomsk", "", "Томская область", "", "Tomsk vilayəti"),
    ("RU-TUL", "O", "Tula", "", "Тульская область", "", "Tula vilayəti"),
    ("RU-TVE", "O", "Tver", "", "Тверская область", "", "Tver vilayəti"),
    ("RU-TY", "R", "Tuva", "Tyva;Tuva Republic;Tyva Republic", "Республика Тыва", "Тыва;Тува", "Tuva Respublikası"),
    ("RU-TYU", "O", "Tyumen", "", "Тюменская область", "", "Tümen vilayəti"),
    ("RU-UD", "R", "Udmurt Republic", "Udmurtia;Udmurtiya", "Удмуртская Республика", "Удмуртия", "Udmurtiya Respublikası"),
    ("RU-ULY", "O", "Ulyanovsk", "", "Ульяновская область", "", "Ulyanovsk vilayəti"),
    ("RU-VGG", "O", "Volgograd", "", "Волгоградская область", "", "Volqoqrad vilayəti"),
    ("RU-VLA", "O", "Vladimir", "", "Владимирская область", "", "Vladimir vilayəti"),
    ("RU-VLG", "O", "Vologda", "", "Вологодская область", "", "Voloqda vilayəti"),
    ("RU-VOR", "O", "Voronezh", "", "Воронежская область", "", "Voronej vilayəti"),
    ("RU-YAN", "A", "Yamalo-Nenets", "Yamal;Yamalia;YaNAO", "Ямало-Ненецкий автономный округ", "Ямал;ЯНАО", "Yamal-Nenets Muxtar Dairəsi"),
    ("RU-YAR", "O", "Yaroslavl", "", "Ярославская область", "", "Yaroslavl vilayəti"),
    ("RU-YEV", "J", "Jewish Autonomous Oblast", "Jewish Autonomous Region;Yevreyskaya Autonomous Oblast;Birobidzhan Oblast", "Еврейская автономная область", "ЕАО", "Yəhudi Muxtar Vilayəti"),
    ("RU-ZAB", "K", "Zabaykalsky", "Zabaikalsky Krai;Transbaikal Krai;Trans-Baikal Territory;Transbaikalia;Zabaykalye", "Забайкальский край", "Забайкалье", "Zabaykalye diyarı"),
]


def ru_english(kind: str, stem: str) -> tuple[str, list[str]]:
    """Display name and regular English variants for one Russian federal subject."""
    if kind == "O":
        return f"{stem} Oblast", [f"{stem} Region", f"{stem} Province"]
    if kind == "K":
        return f"{stem} Krai", [f"{stem} Territory", f"{stem} Kray"] + (
            [f"{stem} Region"] if stem != "Altai" else []
        )
    if kind == "R":
        if "Republic" in stem:
            return stem, []
        if stem == "Altai":  # bare "Altai" would also fit Altai Krai
            return "Republic of Altai", ["Altai Republic"]
        return f"Republic of {stem}", [f"{stem} Republic", stem]
    if kind == "A":
        return f"{stem} Autonomous Okrug", [f"{stem} Autonomous District", f"{stem} Autonomous Area"]
    if kind == "C":
        return stem, []
    return stem, []


# --- other countries: (code, English display, English aliases, local name+lang,
#     Russian name, Russian aliases, Azerbaijani name) -------------------------------------
Row = tuple[str, str, str, str, str, str, str]

DE: list[Row] = [
    ("DE-BB", "Brandenburg", "State of Brandenburg", "de:Brandenburg", "Бранденбург", "", "Brandenburq"),
    ("DE-BE", "Berlin", "State of Berlin", "de:Berlin", "Берлин", "", "Berlin"),
    ("DE-BW", "Baden-Württemberg", "Baden-Wurttemberg;Baden-Wuerttemberg", "de:Baden-Württemberg", "Баден-Вюртемберг", "", "Baden-Vürtemberq"),
    ("DE-BY", "Bavaria", "Free State of Bavaria", "de:Bayern", "Бавария", "", "Bavariya"),
    ("DE-HB", "Bremen", "Free Hanseatic City of Bremen", "de:Freie Hansestadt Bremen", "Бремен", "", "Bremen"),
    ("DE-HE", "Hesse", "Hessia", "de:Hessen", "Гессен", "", "Hessen"),
    ("DE-HH", "Hamburg", "Free and Hanseatic City of Hamburg", "de:Hamburg", "Гамбург", "", "Hamburq"),
    ("DE-MV", "Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern;Mecklenburg-West Pomerania", "de:Mecklenburg-Vorpommern", "Мекленбург — Передняя Померания", "Мекленбург-Передняя Померания", "Meklenburq-Ön Pomeraniya"),
    ("DE-NI", "Lower Saxony", "", "de:Niedersachsen", "Нижняя Саксония", "", "Aşağı Saksoniya"),
    ("DE-NW", "North Rhine-Westphalia", "NRW;North Rhine Westphalia", "de:Nordrhein-Westfalen", "Северный Рейн-Вестфалия", "", "Şimali Reyn-Vestfaliya"),
    ("DE-RP", "Rhineland-Palatinate", "", "de:Rheinland-Pfalz", "Рейнланд-Пфальц", "", "Reynland-Pfals"),
    ("DE-SH", "Schleswig-Holstein", "", "de:Schleswig-Holstein", "Шлезвиг-Гольштейн", "", "Şlezviq-Holşteyn"),
    ("DE-SL", "Saarland", "Saar", "de:Saarland", "Саар", "Саарланд", "Saarland"),
    ("DE-SN", "Saxony", "Free State of Saxony", "de:Sachsen", "Саксония", "", "Saksoniya"),
    ("DE-ST", "Saxony-Anhalt", "", "de:Sachsen-Anhalt", "Саксония-Анхальт", "", "Saksoniya-Anhalt"),
    ("DE-TH", "Thuringia", "Free State of Thuringia", "de:Thüringen", "Тюрингия", "", "Türingiya"),
]

GE: list[Row] = [
    ("GE-AB", "Abkhazia", "Autonomous Republic of Abkhazia;Abkhazian Autonomous Republic", "ka:აფხაზეთი", "Абхазия", "", "Abxaziya"),
    ("GE-AJ", "Adjara", "Ajara;Autonomous Republic of Adjara;Adjaria", "ka:აჭარა", "Аджария", "Аджара", "Acarıstan"),
    ("GE-GU", "Guria", "", "ka:გურია", "Гурия", "", "Quriya"),
    ("GE-IM", "Imereti", "Imeretia", "ka:იმერეთი", "Имеретия", "Имерети", "İmereti"),
    ("GE-KA", "Kakheti", "Kakhetia", "ka:კახეთი", "Кахетия", "Кахети", "Kaxeti"),
    ("GE-KK", "Kvemo Kartli", "Lower Kartli;Kvemo-Kartli", "ka:ქვემო ქართლი", "Квемо-Картли", "Квемо Картли", "Kvemo Kartli"),
    ("GE-MM", "Mtskheta-Mtianeti", "", "ka:მცხეთა-მთიანეთი", "Мцхета-Мтианети", "", "Msxeta-Mtianeti"),
    ("GE-RL", "Racha-Lechkhumi and Kvemo Svaneti", "Racha-Lechkhumi;Racha-Lechkhumi-Kvemo Svaneti", "ka:რაჭა-ლეჩხუმი და ქვემო სვანეთი", "Рача-Лечхуми и Квемо-Сванети", "", ""),
    ("GE-SJ", "Samtskhe-Javakheti", "", "ka:სამცხე-ჯავახეთი", "Самцхе-Джавахети", "", "Samsxe-Cavaxeti"),
    ("GE-SK", "Shida Kartli", "Inner Kartli", "ka:შიდა ქართლი", "Шида-Картли", "Шида Картли", "Şida Kartli"),
    ("GE-SZ", "Samegrelo-Zemo Svaneti", "Samegrelo", "ka:სამეგრელო-ზემო სვანეთი", "Самегрело-Земо Сванети", "", ""),
    ("GE-TB", "Tbilisi", "City of Tbilisi", "ka:თბილისი", "Тбилиси", "", "Tbilisi"),
]

UA: list[Row] = [
    ("UA-05", "Vinnytsia Oblast", "Vinnytsia Region;Vinnitsa Oblast;Vinnitsa Region", "uk:Вінницька область", "Винницкая область", "", "Vinnitsa vilayəti"),
    ("UA-07", "Volyn Oblast", "Volyn Region;Volhynia", "uk:Волинська область", "Волынская область", "", "Volın vilayəti"),
    ("UA-09", "Luhansk Oblast", "Luhansk Region;Lugansk Oblast;Lugansk Region", "uk:Луганська область", "Луганская область", "", "Luqansk vilayəti"),
    ("UA-12", "Dnipropetrovsk Oblast", "Dnipropetrovsk Region;Dnepropetrovsk Oblast;Dnepropetrovsk Region", "uk:Дніпропетровська область", "Днепропетровская область", "", "Dnepropetrovsk vilayəti"),
    ("UA-14", "Donetsk Oblast", "Donetsk Region", "uk:Донецька область", "Донецкая область", "", "Donetsk vilayəti"),
    ("UA-18", "Zhytomyr Oblast", "Zhytomyr Region;Zhitomir Oblast;Zhitomir Region", "uk:Житомирська область", "Житомирская область", "", "Jitomir vilayəti"),
    ("UA-21", "Zakarpattia Oblast", "Zakarpattia Region;Transcarpathia;Transcarpathian Oblast;Zakarpattia", "uk:Закарпатська область", "Закарпатская область", "Закарпатье", "Zakarpatye vilayəti"),
    ("UA-23", "Zaporizhzhia Oblast", "Zaporizhzhia Region;Zaporizhia Oblast;Zaporozhye Oblast;Zaporozhye Region", "uk:Запорізька область", "Запорожская область", "", "Zaporojye vilayəti"),
    ("UA-26", "Ivano-Frankivsk Oblast", "Ivano-Frankivsk Region;Ivano-Frankovsk Oblast", "uk:Івано-Франківська область", "Ивано-Франковская область", "", "İvano-Frankovsk vilayəti"),
    ("UA-30", "Kyiv", "Kiev;Kyiv City;City of Kyiv", "uk:Київ", "Киев", "", "Kiyev"),
    ("UA-32", "Kyiv Oblast", "Kyiv Region;Kiev Oblast;Kiev Region", "uk:Київська область", "Киевская область", "", "Kiyev vilayəti"),
    ("UA-35", "Kirovohrad Oblast", "Kirovohrad Region;Kirovograd Oblast;Kropyvnytskyi Oblast", "uk:Кіровоградська область", "Кировоградская область", "", "Kirovoqrad vilayəti"),
    ("UA-40", "Sevastopol", "City of Sevastopol", "uk:Севастополь", "Севастополь", "", "Sevastopol"),
    ("UA-43", "Autonomous Republic of Crimea", "Crimea;Republic of Crimea", "uk:Автономна Республіка Крим", "Автономная Республика Крым", "Крым;Республика Крым", "Krım Muxtar Respublikası"),
    ("UA-46", "Lviv Oblast", "Lviv Region;Lvov Oblast;Lvov Region", "uk:Львівська область", "Львовская область", "", "Lvov vilayəti"),
    ("UA-48", "Mykolaiv Oblast", "Mykolaiv Region;Nikolaev Oblast;Nikolayev Oblast;Nikolaev Region", "uk:Миколаївська область", "Николаевская область", "", "Nikolayev vilayəti"),
    ("UA-51", "Odesa Oblast", "Odesa Region;Odessa Oblast;Odessa Region", "uk:Одеська область", "Одесская область", "", "Odessa vilayəti"),
    ("UA-53", "Poltava Oblast", "Poltava Region", "uk:Полтавська область", "Полтавская область", "", "Poltava vilayəti"),
    ("UA-56", "Rivne Oblast", "Rivne Region;Rovno Oblast", "uk:Рівненська область", "Ровенская область", "", "Rovno vilayəti"),
    ("UA-59", "Sumy Oblast", "Sumy Region", "uk:Сумська область", "Сумская область", "", "Sumı vilayəti"),
    ("UA-61", "Ternopil Oblast", "Ternopil Region;Ternopol Oblast", "uk:Тернопільська область", "Тернопольская область", "", "Ternopol vilayəti"),
    ("UA-63", "Kharkiv Oblast", "Kharkiv Region;Kharkov Oblast;Kharkov Region", "uk:Харківська область", "Харьковская область", "", "Xarkov vilayəti"),
    ("UA-65", "Kherson Oblast", "Kherson Region", "uk:Херсонська область", "Херсонская область", "", "Xerson vilayəti"),
    ("UA-68", "Khmelnytskyi Oblast", "Khmelnytskyi Region;Khmelnitsky Oblast", "uk:Хмельницька область", "Хмельницкая область", "", "Xmelnitski vilayəti"),
    ("UA-71", "Cherkasy Oblast", "Cherkasy Region;Cherkassy Oblast", "uk:Черкаська область", "Черкасская область", "", "Çerkassı vilayəti"),
    ("UA-74", "Chernihiv Oblast", "Chernihiv Region;Chernigov Oblast", "uk:Чернігівська область", "Черниговская область", "", "Çerniqov vilayəti"),
    ("UA-77", "Chernivtsi Oblast", "Chernivtsi Region;Chernovtsy Oblast;Bukovina", "uk:Чернівецька область", "Черновицкая область", "", "Çernovtsı vilayəti"),
]

KZ: list[Row] = [
    ("KZ-10", "Abai Region", "Abay Region;Abai Oblast;Abay Oblast", "kk:Абай облысы", "Абайская область", "область Абай", "Abay vilayəti"),
    ("KZ-11", "Akmola Region", "Akmola Oblast;Aqmola Region", "kk:Ақмола облысы", "Акмолинская область", "", "Akmola vilayəti"),
    ("KZ-15", "Aktobe Region", "Aktobe Oblast;Aqtobe Region;Aktyubinsk Oblast", "kk:Ақтөбе облысы", "Актюбинская область", "", "Aktöbe vilayəti"),
    ("KZ-19", "Almaty Region", "Almaty Oblast", "kk:Алматы облысы", "Алматинская область", "", "Almatı vilayəti"),
    ("KZ-23", "Atyrau Region", "Atyrau Oblast", "kk:Атырау облысы", "Атырауская область", "", "Atırau vilayəti"),
    ("KZ-27", "West Kazakhstan Region", "West Kazakhstan Oblast", "kk:Батыс Қазақстан облысы", "Западно-Казахстанская область", "", "Qərbi Qazaxıstan vilayəti"),
    ("KZ-31", "Jambyl Region", "Zhambyl Region;Jambyl Oblast;Zhambyl Oblast", "kk:Жамбыл облысы", "Жамбылская область", "", "Jambıl vilayəti"),
    ("KZ-33", "Jetisu Region", "Zhetysu Region;Zhetisu Region;Jetisu Oblast", "kk:Жетісу облысы", "область Жетысу", "Жетысуская область", "Jetısu vilayəti"),
    ("KZ-35", "Karaganda Region", "Karaganda Oblast;Qaragandy Region;Karagandy Region", "kk:Қарағанды облысы", "Карагандинская область", "", "Qaraqanda vilayəti"),
    ("KZ-39", "Kostanay Region", "Kostanay Oblast;Qostanay Region", "kk:Қостанай облысы", "Костанайская область", "", "Kostanay vilayəti"),
    ("KZ-43", "Kyzylorda Region", "Kyzylorda Oblast;Qyzylorda Region", "kk:Қызылорда облысы", "Кызылординская область", "", "Qızılorda vilayəti"),
    ("KZ-47", "Mangystau Region", "Mangystau Oblast;Mangistau Region;Mangghystau Region", "kk:Маңғыстау облысы", "Мангистауская область", "", "Manqıstau vilayəti"),
    ("KZ-55", "Pavlodar Region", "Pavlodar Oblast", "kk:Павлодар облысы", "Павлодарская область", "", "Pavlodar vilayəti"),
    ("KZ-59", "North Kazakhstan Region", "North Kazakhstan Oblast", "kk:Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "", "Şimali Qazaxıstan vilayəti"),
    ("KZ-61", "Turkistan Region", "Turkestan Region;Turkistan Oblast;South Kazakhstan Region", "kk:Түркістан облысы", "Туркестанская область", "", "Türküstan vilayəti"),
    ("KZ-62", "Ulytau Region", "Ulytau Oblast", "kk:Ұлытау облысы", "область Улытау", "Улытауская область", "Ulıtau vilayəti"),
    ("KZ-63", "East Kazakhstan Region", "East Kazakhstan Oblast", "kk:Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "", "Şərqi Qazaxıstan vilayəti"),
    ("KZ-71", "Astana", "Nur-Sultan;Akmola City;City of Astana", "kk:Астана", "Астана", "Нур-Султан", "Astana"),
    ("KZ-75", "Almaty", "Alma-Ata;City of Almaty", "kk:Алматы", "Алматы", "Алма-Ата", "Almatı"),
    ("KZ-79", "Shymkent", "Chimkent;City of Shymkent", "kk:Шымкент", "Шымкент", "Чимкент", "Şımkənd"),
]

# Azerbaijan: rayons get "X District"; municipalities "X"; where a rayon and a city share a
# name (Lankaran, Shaki, Yevlakh) the bare name stays off both, so it never picks one.
# (code, English, Azerbaijani bare, Russian)
AZ_RAYON: list[tuple[str, str, str, str]] = [
    ("AZ-ABS", "Absheron", "Abşeron", "Апшеронский район"),
    ("AZ-AGA", "Agstafa", "Ağstafa", "Агстафинский район"),
    ("AZ-AGC", "Aghjabadi", "Ağcabədi", "Агджабединский район"),
    ("AZ-AGM", "Aghdam", "Ağdam", "Агдамский район"),
    ("AZ-AGS", "Aghdash", "Ağdaş", "Агдашский район"),
    ("AZ-AGU", "Agsu", "Ağsu", "Агсуинский район"),
    ("AZ-AST", "Astara", "Astara", "Астаринский район"),
    ("AZ-BAL", "Balakan", "Balakən", "Балакенский район"),
    ("AZ-BAR", "Barda", "Bərdə", "Бардинский район"),
    ("AZ-BEY", "Beylagan", "Beyləqan", "Бейлаганский район"),
    ("AZ-BIL", "Bilasuvar", "Biləsuvar", "Билясуварский район"),
    ("AZ-CAB", "Jabrayil", "Cəbrayıl", "Джебраильский район"),
    ("AZ-CAL", "Jalilabad", "Cəlilabad", "Джалилабадский район"),
    ("AZ-DAS", "Dashkasan", "Daşkəsən", "Дашкесанский район"),
    ("AZ-FUZ", "Fuzuli", "Füzuli", "Физулинский район"),
    ("AZ-GAD", "Gadabay", "Gədəbəy", "Кедабекский район"),
    ("AZ-GOR", "Goranboy", "Goranboy", "Геранбойский район"),
    ("AZ-GOY", "Goychay", "Göyçay", "Геокчайский район"),
    ("AZ-GYG", "Goygol", "Göygöl", "Гёйгёльский район"),
    ("AZ-HAC", "Hajigabul", "Hacıqabul", "Гаджигабульский район"),
    ("AZ-IMI", "Imishli", "İmişli", "Имишлинский район"),
    ("AZ-ISM", "Ismayilli", "İsmayıllı", "Исмаиллинский район"),
    ("AZ-KAL", "Kalbajar", "Kəlbəcər", "Кельбаджарский район"),
    ("AZ-KUR", "Kurdamir", "Kürdəmir", "Кюрдамирский район"),
    ("AZ-LAC", "Lachin", "Laçın", "Лачинский район"),
    ("AZ-LAN", "Lankaran District", "", "Ленкоранский район"),
    ("AZ-LER", "Lerik", "Lerik", "Лерикский район"),
    ("AZ-MAS", "Masally", "Masallı", "Масаллинский район"),
    ("AZ-NEF", "Neftchala", "Neftçala", "Нефтчалинский район"),
    ("AZ-OGU", "Oghuz", "Oğuz", "Огузский район"),
    ("AZ-QAB", "Gabala", "Qəbələ", "Габалинский район"),
    ("AZ-QAX", "Gakh", "Qax", "Гахский район"),
    ("AZ-QAZ", "Gazakh", "Qazax", "Газахский район"),
    ("AZ-QBA", "Guba", "Quba", "Губинский район"),
    ("AZ-QBI", "Gubadli", "Qubadlı", "Губадлинский район"),
    ("AZ-QOB", "Gobustan", "Qobustan", "Гобустанский район"),
    ("AZ-QUS", "Gusar", "Qusar", "Гусарский район"),
    ("AZ-SAB", "Sabirabad", "Sabirabad", "Сабирабадский район"),
    ("AZ-SAK", "Shaki District", "", "Шекинский район"),
    ("AZ-SAL", "Salyan", "Salyan", "Сальянский район"),
    ("AZ-SAT", "Saatly", "Saatlı", "Саатлинский район"),
    ("AZ-SBN", "Shabran", "Şabran", "Шабранский район"),
    ("AZ-SIY", "Siyazan", "Siyəzən", "Сиазаньский район"),
    ("AZ-SKR", "Shamkir", "Şəmkir", "Шамкирский район"),
    ("AZ-SMI", "Shamakhi", "Şamaxı", "Шемахинский район"),
    ("AZ-SMX", "Samukh", "Samux", "Самухский район"),
    ("AZ-SUS", "Shusha", "Şuşa", "Шушинский район"),
    ("AZ-TAR", "Tartar", "Tərtər", "Тертерский район"),
    ("AZ-TOV", "Tovuz", "Tovuz", "Товузский район"),
    ("AZ-UCA", "Ujar", "Ucar", "Уджарский район"),
    ("AZ-XAC", "Khachmaz", "Xaçmaz", "Хачмазский район"),
    ("AZ-XCI", "Khojaly", "Xocalı", "Ходжалинский район"),
    ("AZ-XIZ", "Khizi", "Xızı", "Хызинский район"),
    ("AZ-XVD", "Khojavend", "Xocavənd", "Ходжавендский район"),
    ("AZ-YAR", "Yardimli", "Yardımlı", "Ярдымлинский район"),
    ("AZ-YEV", "Yevlakh District", "", "Евлахский район"),
    ("AZ-ZAN", "Zangilan", "Zəngilan", "Зангеланский район"),
    ("AZ-ZAQ", "Zagatala", "Zaqatala", "Закатальский район"),
    ("AZ-ZAR", "Zardab", "Zərdab", "Зардабский район"),
]
AZ_OTHER: list[Row] = [
    ("AZ-BA", "Baku", "Baku City;City of Baku", "az:Bakı", "Баку", "", "Bakı"),
    ("AZ-GA", "Ganja", "Ganja City;Gyandzha", "az:Gəncə", "Гянджа", "", "Gəncə"),
    ("AZ-LA", "Lankaran (city)", "Lankaran City;City of Lankaran;Lenkoran City", "az:Lənkəran şəhəri", "Ленкорань (город)", "город Ленкорань", "Lənkəran şəhəri"),
    ("AZ-MI", "Mingachevir", "Mingachevir City;Mingechaur", "az:Mingəçevir", "Мингечевир", "", "Mingəçevir"),
    ("AZ-NA", "Naftalan", "Naftalan City", "az:Naftalan", "Нафталан", "", "Naftalan"),
    ("AZ-NX", "Nakhchivan Autonomous Republic", "Nakhchivan;Nakhichevan;Naxcivan;Nakhchivan AR", "az:Naxçıvan Muxtar Respublikası", "Нахчыванская Автономная Республика", "Нахчыван;Нахичевань", "Naxçıvan"),
    ("AZ-SA", "Shaki (city)", "Shaki City;Sheki City;City of Shaki", "az:Şəki şəhəri", "Шеки (город)", "город Шеки", "Şəki şəhəri"),
    ("AZ-SM", "Sumgait", "Sumqayit;Sumgayit;Sumgait City", "az:Sumqayıt", "Сумгаит", "", "Sumqayıt"),
    ("AZ-SR", "Shirvan", "Shirvan City;Shirvan (city)", "az:Şirvan", "Ширван", "", "Şirvan"),
    ("AZ-XA", "Khankendi", "Khankendi City;Xankendi;Stepanakert", "az:Xankəndi", "Ханкенди", "Степанакерт", "Xankəndi"),
    ("AZ-YE", "Yevlakh (city)", "Yevlakh City;City of Yevlakh", "az:Yevlax şəhəri", "Евлах (город)", "город Евлах", "Yevlax şəhəri"),
]

TR: list[tuple[str, str, str, str]] = [
    # (code, English, Russian, Azerbaijani) — English left "" means pycountry's Turkish name
    ("TR-01", "Adana", "Адана", "Adana"),
    ("TR-06", "Ankara", "Анкара", "Ankara"),
    ("TR-07", "Antalya", "Анталья", "Antalya"),
    ("TR-08", "Artvin", "Артвин", "Artvin"),
    ("TR-16", "Bursa", "Бурса", "Bursa"),
    ("TR-21", "Diyarbakır", "Диярбакыр", "Diyarbəkir"),
    ("TR-22", "Edirne", "Эдирне", "Ədirnə"),
    ("TR-25", "Erzurum", "Эрзурум", "Ərzurum"),
    ("TR-26", "Eskişehir", "Эскишехир", "Əskişəhər"),
    ("TR-27", "Gaziantep", "Газиантеп", "Qaziantep"),
    ("TR-31", "Hatay", "Хатай", "Hatay"),
    ("TR-33", "Mersin", "Мерсин", "Mersin"),
    ("TR-34", "Istanbul", "Стамбул", "İstanbul"),
    ("TR-35", "Izmir", "Измир", "İzmir"),
    ("TR-36", "Kars", "Карс", "Qars"),
    ("TR-38", "Kayseri", "Кайсери", "Qeysəri"),
    ("TR-41", "Kocaeli", "Коджаэли", "Qocaeli"),
    ("TR-42", "Konya", "Конья", "Konya"),
    ("TR-55", "Samsun", "Самсун", "Samsun"),
    ("TR-61", "Trabzon", "Трабзон", "Trabzon"),
    ("TR-65", "Van", "Ван", "Van"),
    ("TR-75", "Ardahan", "Ардахан", "Ərdahan"),
    ("TR-76", "Iğdır", "Ыгдыр", "İğdır"),
]

TR_RU: list[tuple[str, str]] = [
    # the other provinces: (code, Russian); English and Azerbaijani keep pycountry's Turkish name
    ("TR-02", "Адыяман"), ("TR-03", "Афьонкарахисар"), ("TR-04", "Агры"), ("TR-05", "Амасья"),
    ("TR-09", "Айдын"), ("TR-10", "Балыкесир"), ("TR-11", "Биледжик"), ("TR-12", "Бингёль"),
    ("TR-13", "Битлис"), ("TR-14", "Болу"), ("TR-15", "Бурдур"), ("TR-17", "Чанаккале"),
    ("TR-18", "Чанкыры"), ("TR-19", "Чорум"), ("TR-20", "Денизли"), ("TR-23", "Элязыг"),
    ("TR-24", "Эрзинджан"), ("TR-28", "Гиресун"), ("TR-29", "Гюмюшхане"), ("TR-30", "Хаккяри"),
    ("TR-32", "Ыспарта"), ("TR-37", "Кастамону"), ("TR-39", "Кыркларели"), ("TR-40", "Кыршехир"),
    ("TR-43", "Кютахья"), ("TR-44", "Малатья"), ("TR-45", "Маниса"), ("TR-46", "Кахраманмараш"),
    ("TR-47", "Мардин"), ("TR-48", "Мугла"), ("TR-49", "Муш"), ("TR-50", "Невшехир"),
    ("TR-51", "Нигде"), ("TR-52", "Орду"), ("TR-53", "Ризе"), ("TR-54", "Сакарья"),
    ("TR-56", "Сиирт"), ("TR-57", "Синоп"), ("TR-58", "Сивас"), ("TR-59", "Текирдаг"),
    ("TR-60", "Токат"), ("TR-62", "Тунджели"), ("TR-63", "Шанлыурфа"), ("TR-64", "Ушак"),
    ("TR-66", "Йозгат"), ("TR-67", "Зонгулдак"), ("TR-68", "Аксарай"), ("TR-69", "Байбурт"),
    ("TR-70", "Караман"), ("TR-71", "Кырыккале"), ("TR-72", "Батман"), ("TR-73", "Ширнак"),
    ("TR-74", "Бартын"), ("TR-77", "Ялова"), ("TR-78", "Карабюк"), ("TR-79", "Килис"),
    ("TR-80", "Османие"), ("TR-81", "Дюздже"),
]

# Regions of other countries where the diaspora lives, named in Russian where the reference
# had only pycountry's local or transliterated name: (code, Russian names, the shown one
# first, ";" between). A name that is also a
# common word once normalized (Маркази: Azerbaijani "mərkəzi", centre; Фарс: "fars",
# Persian; Кум) or another country's region (Курдистан) keeps "провинция": a report's
# "Konfrans Mərkəzində" was read as Iran's Markazi province.
OTHER_RU: list[tuple[str, str]] = [
    ("BY-BR", "Брестская область"), ("BY-HM", "Минск"), ("BY-HO", "Гомельская область"),
    ("BY-HR", "Гродненская область"), ("BY-MA", "Могилёвская область"),
    ("BY-MI", "Минская область"), ("BY-VI", "Витебская область"),
    ("UZ-AN", "Андижанская область"), ("UZ-BU", "Бухарская область"),
    ("UZ-FA", "Ферганская область"), ("UZ-JI", "Джизакская область"),
    ("UZ-NG", "Наманганская область"), ("UZ-NW", "Навоийская область"),
    ("UZ-QA", "Кашкадарьинская область"), ("UZ-QR", "Республика Каракалпакстан"),
    ("UZ-SA", "Самаркандская область"), ("UZ-SI", "Сырдарьинская область"),
    ("UZ-SU", "Сурхандарьинская область"), ("UZ-TK", "Ташкент"),
    ("UZ-TO", "Ташкентская область"), ("UZ-XO", "Хорезмская область"),
    ("KG-B", "Баткенская область"), ("KG-C", "Чуйская область"), ("KG-GB", "Бишкек"),
    ("KG-GO", "Ош (город)"), ("KG-J", "Джалал-Абадская область"), ("KG-N", "Нарынская область"),
    ("KG-O", "Ошская область"), ("KG-T", "Таласская область"), ("KG-Y", "Иссык-Кульская область"),
    ("TM-A", "Ахалский велаят"), ("TM-B", "Балканский велаят"), ("TM-D", "Дашогузский велаят"),
    ("TM-L", "Лебапский велаят"), ("TM-M", "Марыйский велаят"), ("TM-S", "Ашхабад"),
    ("TJ-DU", "Душанбе"), ("TJ-GB", "Горно-Бадахшанская автономная область"),
    ("TJ-KT", "Хатлонская область"), ("TJ-RA", "Районы республиканского подчинения"),
    ("TJ-SU", "Согдийская область"),
    ("IR-00", "провинция Маркази"), ("IR-01", "Гилян"), ("IR-02", "Мазендеран"),
    ("IR-03", "Восточный Азербайджан"), ("IR-04", "Западный Азербайджан"), ("IR-05", "Керманшах"),
    ("IR-06", "Хузестан"), ("IR-07", "провинция Фарс"), ("IR-08", "Керман"), ("IR-09", "Хорасан-Резави"),
    ("IR-10", "Исфахан"), ("IR-11", "Систан и Белуджистан"), ("IR-12", "провинция Курдистан"),
    ("IR-13", "Хамадан"), ("IR-14", "Чехармахаль и Бахтиария"), ("IR-15", "Лурестан"),
    ("IR-16", "Илам"), ("IR-17", "Кохгилуйе и Бойерахмед"), ("IR-18", "Бушир"),
    ("IR-19", "Зенджан"), ("IR-20", "Семнан"), ("IR-21", "Йезд"), ("IR-22", "Хормозган"),
    ("IR-23", "Тегеран"), ("IR-24", "Ардебиль"), ("IR-25", "провинция Кум"), ("IR-26", "Казвин"),
    ("IR-27", "Голестан"), ("IR-28", "Северный Хорасан"), ("IR-29", "Южный Хорасан"),
    ("IR-30", "Альборз"),
    ("IL-D", "Южный округ"), ("IL-HA", "Хайфский округ"), ("IL-JM", "Иерусалимский округ"),
    ("IL-M", "Центральный округ"), ("IL-TA", "Тель-Авивский округ"), ("IL-Z", "Северный округ"),
    ("GB-ENG", "Англия"), ("GB-NIR", "Северная Ирландия"), ("GB-SCT", "Шотландия"),
    ("GB-WLS", "Уэльс"),
    ("LT-AL", "Алитусский уезд"), ("LT-KL", "Клайпедский уезд"), ("LT-KU", "Каунасский уезд"),
    ("LT-MR", "Мариямпольский уезд"), ("LT-PN", "Паневежский уезд"),
    ("LT-SA", "Шяуляйский уезд"), ("LT-TA", "Таурагский уезд"), ("LT-TE", "Тельшяйский уезд"),
    ("LT-UT", "Утенский уезд"), ("LT-VL", "Вильнюсский уезд"),
    ("MD-AN", "Анений-Нойский район"), ("MD-BA", "Бельцы"), ("MD-BD", "Бендеры"),
    ("MD-BR", "Бричанский район"), ("MD-BS", "Басарабский район"), ("MD-CA", "Кагульский район"),
    ("MD-CL", "Каларашский район"), ("MD-CM", "Чимишлийский район"),
    ("MD-CR", "Криулянский район"), ("MD-CS", "Каушанский район"),
    ("MD-CT", "Кантемирский район"), ("MD-CU", "Кишинёв"), ("MD-DO", "Дондюшанский район"),
    ("MD-DR", "Дрокиевский район"), ("MD-DU", "Дубоссарский район"),
    ("MD-ED", "Единецкий район"), ("MD-FA", "Фалештский район"),
    ("MD-FL", "Флорештский район"), ("MD-GA", "Гагаузия;АТО Гагаузия"),
    ("MD-GL", "Глодянский район"), ("MD-HI", "Хынчештский район"),
    ("MD-IA", "Яловенский район"), ("MD-LE", "Леовский район"),
    ("MD-NI", "Ниспоренский район"), ("MD-OC", "Окницкий район"), ("MD-OR", "Оргеевский район"),
    ("MD-RE", "Резинский район"), ("MD-RI", "Рышканский район"),
    ("MD-SD", "Шолданештский район"), ("MD-SI", "Сынжерейский район"),
    ("MD-SN", "Административно-территориальные единицы левобережья Днестра;Приднестровье"),
    ("MD-SO", "Сорокский район"), ("MD-ST", "Страшенский район"),
    ("MD-SV", "Штефан-Водский район"), ("MD-TA", "Тараклийский район"),
    ("MD-TE", "Теленештский район"), ("MD-UN", "Унгенский район"),
    ("EE-37", "Харьюмаа"), ("EE-39", "Хийумаа"),
    ("EE-45", "Ида-Вирумаа"), ("EE-50", "Йыгевамаа"),
    ("EE-52", "Ярвамаа"), ("EE-56", "Ляэнемаа"),
    ("EE-60", "Ляэне-Вирумаа"), ("EE-64", "Пылвамаа"),
    ("EE-68", "Пярнумаа"), ("EE-71", "Рапламаа"),
    ("EE-74", "Сааремаа"), ("EE-79", "Тартумаа"),
    ("EE-81", "Валгамаа"), ("EE-84", "Вильяндимаа"),
    ("EE-87", "Вырумаа"),
    ("LV-RIX", "Рига"), ("LV-DGV", "Даугавпилс"), ("LV-JEL", "Елгава"), ("LV-JUR", "Юрмала"),
    ("LV-LPX", "Лиепая"), ("LV-REZ", "Резекне"), ("LV-VEN", "Вентспилс"),
    ("LV-002", "Айзкраукльский край"), ("LV-007", "Алуксненский край"),
    ("LV-011", "Адажский край"), ("LV-015", "Балвский край"), ("LV-016", "Бауский край"),
    ("LV-022", "Цесисский край"), ("LV-026", "Добельский край"), ("LV-033", "Гулбенский край"),
    ("LV-041", "Елгавский край"), ("LV-042", "Екабпилсский край"),
    ("LV-047", "Краславский край"), ("LV-050", "Кулдигский край"), ("LV-052", "Кекавский край"),
    ("LV-054", "Лимбажский край"), ("LV-056", "Ливанский край"), ("LV-058", "Лудзенский край"),
    ("LV-059", "Мадонский край"), ("LV-062", "Марупский край"), ("LV-067", "Огрский край"),
    ("LV-068", "Олайнский край"), ("LV-073", "Прейльский край"),
    ("LV-077", "Резекненский край"), ("LV-080", "Ропажский край"),
    ("LV-087", "Саласпилсский край"), ("LV-088", "Салдусский край"),
    ("LV-089", "Саулкрастский край"), ("LV-091", "Сигулдский край"),
    ("LV-094", "Смилтенский край"), ("LV-097", "Талсинский край"), ("LV-099", "Тукумский край"),
    ("LV-101", "Валкский край"), ("LV-102", "Вараклянский край"),
    ("LV-106", "Вентспилсский край"), ("LV-111", "Аугшдаугавский край"),
    ("LV-112", "Южнокурземский край"), ("LV-113", "Валмиерский край"),
]

# Iran's provinces where most of its Azerbaijanis live, in Azerbaijani: (code, name)
IR_AZ: list[tuple[str, str]] = [
    ("IR-03", "Şərqi Azərbaycan"), ("IR-04", "Qərbi Azərbaycan"), ("IR-24", "Ərdəbil"),
    ("IR-19", "Zəncan"), ("IR-23", "Tehran"), ("IR-26", "Qəzvin"),
]

# US states named in reports: (code, English extra aliases, Russian)
US: list[tuple[str, str, str]] = [
    ("US-CA", "State of California", "Калифорния"),
    ("US-DC", "Washington, D.C.;Washington DC;D.C.", "Округ Колумбия"),
    ("US-FL", "State of Florida", "Флорида"),
    ("US-IL", "State of Illinois", "Иллинойс"),
    ("US-MA", "Commonwealth of Massachusetts", "Массачусетс"),
    ("US-NJ", "State of New Jersey", "Нью-Джерси"),
    ("US-NY", "New York State;State of New York", "Нью-Йорк (штат)"),
    ("US-PA", "Commonwealth of Pennsylvania", "Пенсильвания"),
    ("US-TX", "State of Texas", "Техас"),
    ("US-VA", "Commonwealth of Virginia", "Виргиния"),
    ("US-WA", "Washington State;State of Washington", "Вашингтон (штат)"),
    ("US-MD", "State of Maryland", "Мэриленд"),
    ("US-GA", "State of Georgia;Georgia (U.S. state)", "Джорджия"),
]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def rows() -> list[tuple[str, str, str, int]]:
    """All (code, lang, name, display) rows, display names first per language."""
    import pycountry

    out: list[tuple[str, str, str, int]] = []

    def add(code: str, lang: str, names: list[str], display_first: bool = True) -> None:
        for i, name in enumerate(names):
            out.append((code, lang, name, 1 if i == 0 and display_first else 0))

    for code, kind, stem, extra, ru, ru_extra, az in RU:
        display, variants = ru_english(kind, stem)
        add(code, "en", [display, *variants, *_split(extra)])
        add(code, "ru", [ru, *_split(ru_extra)])
        if az:
            add(code, "az", [az])

    for table in (DE, GE, UA, KZ, AZ_OTHER):
        for code, en, en_extra, local, ru, ru_extra, az in table:
            add(code, "en", [en, *_split(en_extra)])
            lang, _, local_name = local.partition(":")
            if local_name and not (lang == "az" and local_name == az):
                add(code, lang, [local_name])
            add(code, "ru", [ru, *_split(ru_extra)])
            if az:
                add(code, "az", [az])

    for code, en, az, ru in AZ_RAYON:
        stem = en.removesuffix(" District")
        en_names = [f"{stem} District", f"{stem} Rayon"] + ([] if en.endswith("District") else [stem])
        add(code, "en", en_names)
        pyname = pycountry.subdivisions.get(code=code).name
        add(code, "az", [f"{pyname} rayonu", *([az] if az else [])])
        add(code, "ru", [ru])

    covered = {code for code, *_ in TR}
    for code, en, ru, az in TR:
        add(code, "en", [en, f"{en} Province"])
        add(code, "ru", [ru, f"провинция {ru}"])
        add(code, "az", [az, f"{az} ili"])
    russian = dict(TR_RU)
    for sub in pycountry.subdivisions.get(country_code="TR"):
        if sub.code not in covered:
            add(sub.code, "en", [sub.name, f"{sub.name} Province"])
            if sub.code in russian:
                add(sub.code, "ru", [russian[sub.code], f"провинция {russian[sub.code]}"])

    for code, extra, ru in US:
        name = pycountry.subdivisions.get(code=code).name
        add(code, "en", [name, *_split(extra)])
        add(code, "ru", [ru])

    named = {(code, lang) for code, lang, _name, _display in out}
    for code, ru in OTHER_RU:
        if (code, "ru") not in named:
            add(code, "ru", _split(ru))
    for code, az in IR_AZ:
        if (code, "az") not in named:
            add(code, "az", [az, f"{az} ostanı"])
    return out


def dedupe(data: list[tuple[str, str, str, int]]) -> list[tuple[str, str, str, int]]:
    """Drop rows whose name normalizes like an earlier name of the same code."""
    import sys

    sys.path.insert(0, str(OUT.parents[2]))
    from db.names import normalize

    seen: set[tuple[str, str]] = set()
    kept = []
    for code, lang, name, display in data:
        key = (code, normalize(name))
        if key in seen and not display:
            continue
        seen.add(key)
        kept.append((code, lang, name, display))
    return kept


def main() -> None:
    data = dedupe(rows())
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["code", "lang", "name", "display"])
        writer.writerows(data)
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
