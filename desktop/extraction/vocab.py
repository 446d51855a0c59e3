"""Words the rules look for, in English, Russian and Azerbaijani, kept in one place.

Reports of this genre are formulaic ("X held a memorial event dedicated to ...",
"the chairman of the organization, NAME, noted ..."); these lists name the words of
those formulas. Russian entries are stems (matched at word start) because of the cases.
"""

from __future__ import annotations

import re

from desktop.extraction.text import wordset

# --- events ----------------------------------------------------------------------------

# "Days of Azerbaijani Culture", "culture days": a celebration. Not an event noun: an English
# lead names the days of a whole programme before its events.
CULTURE_DAYS_EN = (
    r"(?:days|weeks?|decade) of (?:[\w'’-]+ ){0,2}?culture|culture (?:days|weeks?)"
)
EVENT_NOUNS_EN = (
    r"events?|ceremon(?:y|ies)|actions?|rall(?:y|ies)|gatherings?|meetings?|commemorations?"
    r"|celebrations?|parades?|festivals?|concerts?|exhibitions?|conferences?|round[- ]tables?"
    r"|evenings?|vigils?|marches|(?-i:march)|flash[- ]mobs?|forums?|seminars?|assembl(?:y|ies)"
    r"|competitions?|tournaments?|picnics?|iftars?|receptions?|memorials?|pickets?"
    r"|festivities|soirees?|programs?|programmes?|panel discussions?|services?|fairs?"
    r"|video[- ]?bridges?|teleconferences?|liturg(?:y|ies)|requiems?|panakhyd[ae]s?"
    # German: nouns are capitalized and compounded ("Gedenkveranstaltung")
    r"|\w*veranstaltung(?:en)?|\w*feier(?:n|lichkeiten)?|kundgebung(?:en)?|konzert(?:e)?"
    r"|\w*ausstellung(?:en)?|konferenz(?:en)?|mahnwache(?:n)?|gedenkstunde|\w*abend"
)
EVENT_VERBS_EN = (
    r"held|organi[sz]ed|co-organi[sz]ed|hosted|staged|arranged|took place|take place"
    r"|takes place|taking place|will be held|was held|were held|is held|are held"
    r"|has been held|have been held|marked|celebrated|commemorated|observed|honou?red|gathered"
    # "The festival will continue in X on June 28", told as reported speech too
    r"|(?:will|would) continue in|continues in"
    r"|(?:will|to) (?:also )?be served|was served|were served"
    r"|fand|findet|stattgefunden|stattfinden|veranstaltet|veranstaltete|organisiert|organisierte"
    r"|ausgerichtet|abgehalten|gefeiert|begangen|gedachten|versammelten"
)
PLURAL_EVENT_NOUNS_EN = r"events|ceremonies|actions|rallies|gatherings|meetings|celebrations"

# "Дни азербайджанской культуры", "Неделя культуры Узбекистана": a festival of days (an event,
# never the body that organized it)
CULTURE_DAYS_RU = r"(?:дн(?:и|ей|ям|ях)|недел[яиюе]|декад[аыуе])\s+(?:[\w-]+\s+){0,2}?культур"
EVENT_NOUNS_RU = (
    r"мероприяти|церемони|акци|встреч|вечер|митинг|конференци|кругл\w* стол|выставк|концерт"
    r"|праздник|празднован|собрани|форум|шестви|флешмоб|семинар|пикет|торжеств|памятн\w* вечер"
    r"|субботник|возложени|экскурси|пикник|ифтар|турнир|фестивал|спектакл"
    rf"|{CULTURE_DAYS_RU}"
)
EVENT_VERBS_RU = (
    r"прош(?:ло|ла|ел|ли|ёл)|состоял(?:ось|ся|ась|ись)|состоится|пройд(?:ет|ёт|ут)"
    r"|провел|провёл|провела|провели|проведен|проведён|организова|отметил|отметили|почтил"
    r"|собрал|прошедш|состоявш|открыл(?:ась|ся|ось|ись)"
    # announcements: "запланирован субботник", "откроется выставка", "вечер посвящён"
    r"|запланирован|планиру|намечен|состоятся|откроет(?:ся|ь)|откроются|организует|посвящ"
    # "пришли, чтобы почтить память", "возложили цветы": a commemoration told by its acts
    r"|почтить|возложил|возложат"
    # days told as lasting: "проходили Дни культуры", "будут проводиться"; not the present
    # ("турниры, которые проводятся в X" is a habit, not an event)
    r"|проходил|проводил(?:ись|ась|ся|ось)|отмечал(?:ись|ся|ась)"
    r"|будут\s+(?:проходить|проводиться)"
)
PLURAL_EVENT_NOUNS_RU = r"мероприятия(?!\s+(?:в|во|на)\s)|мероприятий|акции|церемонии|митинги"

# "Azərbaycan mədəniyyəti günləri", "mədəniyyət həftəsi"
CULTURE_DAYS_AZ = r"mədəniyyət\w*\s+(?:günlər|həftə|ongünlü)"
EVENT_NOUNS_AZ = (
    rf"{CULTURE_DAYS_AZ}|tədbir|mərasim|aksiya|görüş|konfrans|(?:foto)?sərgi|konsert|yığıncaq"
    r"|dəyirmi masa|şənlik|festival"
    # a holiday that was "celebrated" is the event: "Novruz bayramını qeyd ediblər"
    r"|bayram"
)
EVENT_VERBS_AZ = (
    r"keçiril|təşkil (?:olun|edil)|qeyd (?:olun|edil)|keçirib|təşkil edib"
    # active past: "qeyd ediblər" (celebrated; "qeyd edib ki" is "noted that"), "keçirdi"
    r"|qeyd edib(?:lər)?(?!\s+ki\b)|qeyd etdi|keçirdi|təşkil etdi"
    # "baş tutub" (took place), "anılıb" / "yad edilib" (was commemorated)
    r"|baş tut|anıl(?:ıb|dı|ır|acaq)|yad (?:edil|olun)"
    # future and present: "tədbirlər keçirəcəklər", "qeyd edəcəklər"
    r"|keçirəcək|təşkil edəcək|qeyd edəcək|keçirir"
    # "sərgi açılıb" (an exhibition was opened)
    r"|açıl(?:ıb|dı|acaq)"
)
PLURAL_EVENT_NOUNS_AZ = r"tədbirlər|mərasimlər"
CULTURE_DAYS = rf"{CULTURE_DAYS_EN}|{CULTURE_DAYS_RU}|{CULTURE_DAYS_AZ}"
"""Days of a people's culture in any of the languages: a celebration, whatever it marks."""

ANOTHER_RE = re.compile(
    r"\b(?:another|one more|also|other|ещё одно|еще одно|другое|также|аналогичн\w*|"
    r"daha bir|həmçinin)\b",
    re.IGNORECASE,
)
SUMMARY_RE = re.compile(
    # "several Midwestern cities": a word or two may describe them
    r"\b(?:several|various|a number of|many|different|number of) (?:[\w-]+ ){0,2}?"
    r"(?:cities|towns|states|regions|countries|places|communities)\b"
    r"|\bв ряде\b|\bв нескольких\b|\bв различных\b|\bв разных\b"
    r"|\bbir sıra\b|\bmüxtəlif (?:şəhər|ölkə)|\bacross (?:the )?(?:country|[A-Z])"
    r"|\ba series of (?:events|ceremonies)",
    re.IGNORECASE,
)

# --- places ----------------------------------------------------------------------------

LOCATIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at|near|inside|throughout|across)(?: the)?(?: (?:city|town|village|region|"
    r"territory|republic|state|province|capital|district|area) of)?(?: the)?"
    r"|\b(?:city|cities|town|village|regions?|area|capital|territory|part|parts) of(?: the)?"
    r"|\b(?:community|communities|diaspora) of(?: the)?"
    r"|\b(?:в|во|на)(?: (?:городе|г\.|селе|поселке|посёлке|области|крае|республике|столице))?"
    # "в Центральном районе Омска", "в центре Москвы": a part of the town names the town
    r"|\b(?:в|во|на)\s+(?:[\w-]+\s+){0,2}(?:районе|микрорайоне|центре|пригороде|окрестностях"
    r"|предместье)"
    # German: "in der Schweiz", "in der Hansestadt Hamburg", "im Kanton Zürich"
    r"|\b(?:in|im)\s+(?:der|dem)(?:\s+(?:\w*stadt|gemeinde|kanton|region|provinz))?"
    r"|\bim\s+kanton"
    r"|\bг\.|\bгорода)\s*$",
    re.IGNORECASE,
)
NOT_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:to|ambassador|consul|envoy|from|about|citizens? of|president of|embassy of|"
    r"consulate of|people of|friendship|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# --- organizations ---------------------------------------------------------------------

ORG_HEADS_EN = wordset(
    """organization organisation organizations association associations union society
    community communities centre center autonomy congress council committee foundation
    fund embassy consulate club house movement federation league network group branch
    office department mission chamber board agency division divisions diaspora assembly
    institute university school academy museum library theatre theater cathedral church
    mosque church party alliance coalition confederation trust forum representation
    representative brotherhood sisterhood circle fellowship partnership institution
    ministry agency government administration municipality hall
    verein verband gemeinde gesellschaft stiftung botschaft generalkonsulat konsulat zentrum
    kulturzentrum kongress bund rat vereinigung"""
)
ORG_LOWER_WORDS_EN = ORG_HEADS_EN | wordset(
    """public national national-cultural cultural regional local youth city district
    region territory krai oblast republic state non-governmental international world
    all-russian azerbaijani azerbaijan general permanent cultural-educational educational
    religious charitable women's youth's students student veterans diaspora's"""
)
ORG_CONNECTORS_EN = wordset("of the for in and on de du des der für")
ORG_STOP_AFTER_EN = re.compile(
    r"^\s*(?:,\s*)?(?:which|who|that|where|based|located|operating|functioning|active|acting|"
    r"in front of|together|along|with the participation|with the support|on the occasion|"
    r"within|during|as part of|to mark|to commemorate|in honou?r|in memory|dedicated|"
    r"marking|devoted|and brought|and was|and were)\b",
    re.IGNORECASE,
)
ORG_HEADS_RU = (
    r"организац|общин|обществ|автоном|союз|объединени|центр|конгресс|совет|комитет|фонд"
    r"|посольств|консульств|клуб|дом|движени|федераци|лиг|ассоциаци|диаспор|землячеств"
    r"|представительств|отделени|филиал|молодеж|молодёж|институт|университет|школ|музе"
    r"|библиотек|театр|департамент|министерств|управлени|администраци|агентств|ассамбле"
    r"|правительств|мэри|акимат|кафедр|факультет|ансамбл|хор"
)
ORG_HEADS_AZ = (
    r"təşkilat|icma|cəmiyyət|birlik|mərkəz|konqres|şura|komitə|fond|səfirlik|konsulluq"
    r"|klub|ev|hərəkat|federasiya|assosiasiya|diaspor|filial|nümayəndəlik|universitet"
    r"|dərnə[kyğ]|konfederasiya|muxtariyyət|ittifaq"
)

# --- people ----------------------------------------------------------------------------

ROLE_WORDS_EN = wordset(
    """chairman chairwoman chairperson chair head leader director president vice-president
    vice deputy secretary coordinator founder co-founder member members ambassador consul
    consul-general envoy representative minister mp deputy-chairman professor prof
    rector teacher teachers witness moderator host lawyer journalist writer poet artist premier
    singer activist veteran imam mufti priest mayor governor congressman congresswoman
    senator counsellor counselor attaché attache adviser advisor editor-in-chief editor
    manager executive officer chief commander colonel general major captain lieutenant
    doctor dr historian scientist scholar researcher student pupil pupils honorary
    board participant participants speaker speakers organizer organiser curator
    spokesman spokesperson head's vice-chairman vice-rector dean principal headmaster
    composer musician actor actress chargé charge d'affaires elder aksakal sheikh
    akhund mullah diplomat official officials deputy-head former councilman councilwoman
    councillor councilor alderman assemblyman assemblywoman bishop archbishop cardinal
    pastor rabbi reverend author photographer filmmaker
    vorsitzende vorsitzender botschafter botschafterin generalkonsul generalkonsulin
    präsident präsidentin leiter leiterin direktor direktorin bürgermeister bürgermeisterin
    abgeordnete abgeordneter vertreter vertreterin gründer gründerin"""
)
ROLE_WORDS_RU = (
    r"председател|заместител|руководител|глав[аыу]|директор|президент|вице|секретар|координатор"
    r"|основател|член|посол|посл[аоу]|консул|генконсул|генеральн\w* консул|исполняющ|врио"
    r"|представител|министр|депутат|профессор|ректор"
    r"|учител|свидетел|очевид|ведущ|модератор|юрист|журналист|писател|поэт|художник|певи?ц"
    r"|активист|ветеран|имам|муфти|священник|мэр|губернатор|советник|атташе|редактор"
    r"|менеджер|руководств|начальник|генерал|полковник|доктор|историк|учен|студент"
    r"|почетн|почётн|аксакал|ахунд|дипломат|сотрудник|глава|лидер|старейшин|бывш"
    r"|помощник|заведующ|атаман|казначе|референт"
    # who presents a book, a film, photographs
    r"|автор|доцент|фотограф|композитор|режисс[её]р|акт[её]р|актрис|музыкант|куратор"
)
ROLE_WORDS_AZ = (
    r"sədr|müavin|rəhbər|direktor|prezident|katib|koordinator|təsisçi|üzv|səfir|konsul"
    r"|nümayəndə|nazir|deputat|professor|rektor|müəllim|şahid|moderator|hüquqşünas|jurnalist"
    r"|yazıçı|şair|rəssam|müğənni|fəal|veteran|imam|müfti|mer|qubernator|müşavir|attaşe"
    # the same titles as the Russian and English lists: an author, a scholar, an artist
    r"|müəllif|dosent|alim|tarixçi|tələbə|şagird|bəstəkar|aktyor|aktrisa|rejissor|fotoqraf"
    r"|həkim|doktor|redaktor|əməkdaş|kurator|ağsaqqal|diplomat|musiqiçi"
)

SPEECH_VERBS_EN = (
    r"spoke|speaks|speaking|said|says|noted|notes|stressed|stresses|emphasi[sz]ed"
    r"|addressed|addresses|made (?:a )?speech(?:es)?|made (?:a )?(?:report|presentation)"
    r"|delivered|took the floor|take the floor|congratulated|described|outlined|recounted"
    r"|informed|gave (?:a |an )?(?:detailed )?(?:account|speech|talk|lecture|report|overview)"
    r"|talked|presented|welcomed|greeted|thanked|expressed|highlighted|underlined"
    r"|pointed out|read out|told|explained|briefed|recalled|remarked|declared|urged"
    r"|shared|called on|called for|called the|praised|opened the event|hailed|reminded"
    r"|mentioned|touched upon|dwelt on|elaborated|underscored|voiced|conveyed|added"
    r"|opened the (?:event|evening|conference|meeting|ceremony|exhibition|festival|forum"
    r"|round table|gathering|celebration)"
    r"|(?:made|gave|delivered) (?:speeches|presentations|reports|talks)"
    # who reads a poem or a message out speaks: "X, president of Y, read a poem"
    r"|read (?:a |an |the |his |her |their )?(?:\w+ )?(?:poems?|message|address|letter"
    r"|proclamation|appeal|motion|resolution|statement)"
    r"|sprach|sprachen|betonte|erklärte|sagte|hielt (?:eine|die) (?:Rede|Ansprache)|begrüßte"
    r"|erinnerte|dankte|unterstrich|würdigte|eröffnete"
)
SPEECH_NOUNS_EN = r"(?:his|her|their) (?:speech|remarks|address|report|presentation)"
SPEECH_VERBS_RU = (
    r"выступил|выступила|выступили|выступая|выступлени|отметил|отметила|отметили|рассказал"
    r"|рассказала|подчеркнул|подчеркнула|сказал|сказала|заявил|заявила|поздравил|поздравила"
    r"|приветствовал|говорил|говорила|напомнил|напомнила|проинформировал|обратился|обратилась"
    r"|вспомнил|вспомнила|поделил|доложил|зачитал|произн[её]с|призвал|поблагодарил"
    r"|поблагодарила|выразил|выразила|остановил|коснулся|акцентировал|поприветствовал"
    r"|выступивш|обратил"
    # who opened the event or took the floor spoke: "Конференцию открыл X", "слово взял X"
    r"|(?:мероприяти|конференци|митинг|вечер|встреч|собрани|заседани|церемони|форум)\w*"
    r"\s+открыл|открыл\w*\s+(?:\w+\s+)?(?:мероприяти|конференци|митинг|вечер|встреч|собрани"
    r"|заседани|церемони|форум)|слово\s+(?:также\s+|тоже\s+)?взял|взял\w* слово"
    r"|слово\s+(?:было\s+)?предостав"
    r"|предостав\w+ слово"
    # who led it, told after the event: "Урок вела учительница X", "Вечер провёл X"
    r"|(?:урок|лекци|заняти|мастер-класс|экскурси|мероприяти|конференци|вечер|встреч|церемони"
    r"|семинар|круглый стол|праздник|концерт|акци)\w*\s+"
    r"(?:вела|вёл|вел|провела|провёл|провел)(?!\w)"
    # who presented a book or a film speaks: "Книгу представила её автор, поэт X"
    r"|(?:книг|сборник|издани|монографи|учебник|фильм|альбом)\w*\s+представил[аи]?(?!\w)"
    # the host told before the event: "Вела вечер журналист X" ("провёл вечер" is who held it)
    r"|(?<!\w)(?:вела|вёл|вел)\s+(?:урок|лекци|заняти|мастер-класс|мероприяти|конференци|вечер"
    r"|встреч|церемони|семинар|круглый стол|праздник|концерт|акци|митинг)\w*"
)
SPEECH_VERBS_AZ = (
    r"çıxış edən|çıxış edib|çıxış edərək|bildirib|qeyd edib|vurğulayıb|deyib|söyləyib"
    r"|təbrik edib|danışıb|məlumat verib|çıxışında|diqqətə çatdırıb"
    # "... bəhs edib" (spoke about), "Tədbiri X açıb" (opened the event)
    r"|bəhs edib|açıb|söz alıb"
    # the host: "Tədbiri jurnalist X aparıb" (led the event)
    r"|aparıb"
    # "Mərasimi X açıq elan edib": who declared the ceremony open
    r"|açıq elan edib"
    # shared views, read out a text or poems: "fikirlərini bölüşüblər", "şeir oxuyub"
    r"|(?:fikir|təəssürat|xatirə)\w*\s+bölüşüb|şeir\w* oxuyub"
)

NAME_STOP_WORDS = wordset(
    """The A An He She They It This That These Those His Her Their In On At Of For And
    But Or After Before During Then Also Later Today Yesterday According Speaking
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr
    President Prime Minister Ambassador Consul General Chairman Head Deputy Vice Professor
    National State Republic Day Foundation Committee Organization Union Centre Center
    Association Society Community Autonomy Congress Council Embassy Consulate University
    Mission Army Armed Forces Second First Third War Victory Independence Genocide
    Commander Supreme Chief Representative MP Former Members Participants Speakers
    Lieutenant Governor Congressman Executive Director Education Board Office Secretary
    Member Mayor Senator Premier Imam Mufti Sheikh St Saint Islamic Muslim Christian Internet
    Facebook Telegram YouTube Instagram Twitter WhatsApp News Agency Press Service
    Der Die Das Ein Eine Am Im Herr Frau Father Fr Rev Reverend"""
)
"""Capitalized words that are never part of a person's name (places and nationality
adjectives are told by the gazetteer instead: :meth:`Lexicon.is_place_word`)."""
