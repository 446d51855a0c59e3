<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>organizer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>соорганизатор</translation>
    </message>
    <message>
        <source>host</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>при поддержке</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>Удалить строку (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удаление строки</translation>
    </message>
    <message>
        <source>Remove this row and what is typed in it?

{row}</source>
        <translation>Удалить эту строку вместе с тем, что в ней введено?

{row}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add organizer</source>
        <translation>Добавить организатора</translation>
    </message>
    <message>
        <source>name of the organization</source>
        <translation>название организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Роль или должность</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <source>e.g. chairman</source>
        <translation>напр. председатель</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Program item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add program item</source>
        <translation>Добавить пункт программы</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>примечание (необязательно)</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главное окно</translation>
    </message>
    <message>
        <source>Event form</source>
        <translation>Форма мероприятия</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Enter, Ctrl+O</source>
        <translation>Enter, Ctrl+O</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Открыть выбранное мероприятие</translation>
    </message>
    <message>
        <source>Move the selected events to the trash (asks first)</source>
        <translation>Переместить выбранные мероприятия в корзину (с подтверждением)</translation>
    </message>
    <message>
        <source>Show the trash and restore events</source>
        <translation>Открыть корзину и восстановить мероприятия</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Стрелка вниз</translation>
    </message>
    <message>
        <source>In the search box: go to the events found</source>
        <translation>В поле поиска: перейти к найденным мероприятиям</translation>
    </message>
    <message>
        <source>In the search box: clear the search</source>
        <translation>В поле поиска: очистить поиск</translation>
    </message>
    <message>
        <source>In the table: back to the search box</source>
        <translation>В таблице: вернуться к полю поиска</translation>
    </message>
    <message>
        <source>Export the events shown to Excel</source>
        <translation>Выгрузить показанные мероприятия в Excel</translation>
    </message>
    <message>
        <source>Export only the selected events</source>
        <translation>Выгрузить только выбранные мероприятия</translation>
    </message>
    <message>
        <source>Excel report: sheets, period, filters, figures first</source>
        <translation>Отчёт Excel: листы, период, фильтры, сначала цифры</translation>
    </message>
    <message>
        <source>Draft events from a pasted news report</source>
        <translation>Черновики мероприятий из вставленного сообщения</translation>
    </message>
    <message>
        <source>Import events from a workbook</source>
        <translation>Импортировать мероприятия из книги Excel</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Отменить, повторить</translation>
    </message>
    <message>
        <source>Mark the selected events verified, draft</source>
        <translation>Отметить выбранные мероприятия как проверенные, черновые</translation>
    </message>
    <message>
        <source>Reference lists: organizations, people, places, occasions</source>
        <translation>Справочники: организации, люди, места, поводы</translation>
    </message>
    <message>
        <source>History of the selected event</source>
        <translation>История выбранного мероприятия</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reload the table</source>
        <translation>Обновить таблицу</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Next, previous field (through every field in reading order)</source>
        <translation>Следующее, предыдущее поле (по всем полям в порядке чтения)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next field; on a button, press that button</source>
        <translation>Следующее поле; на кнопке — нажать её</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Save, then start the next event of the same report</source>
        <translation>Сохранить и начать следующее мероприятие из того же сообщения</translation>
    </message>
    <message>
        <source>Save, then start a copy: same report, occasion, dates, country</source>
        <translation>Сохранить и начать копию: то же сообщение, повод, даты, страна</translation>
    </message>
    <message>
        <source>Cancel (asks first when something was typed)</source>
        <translation>Отмена (с подтверждением, если что-то введено)</translation>
    </message>
    <message>
        <source>Add an organizer row</source>
        <translation>Добавить строку организатора</translation>
    </message>
    <message>
        <source>Add a speaker row</source>
        <translation>Добавить строку выступающего</translation>
    </message>
    <message>
        <source>Add a program item row</source>
        <translation>Добавить строку программы</translation>
    </message>
    <message>
        <source>Remove the row the cursor is in</source>
        <translation>Удалить строку, в которой курсор</translation>
    </message>
    <message>
        <source>Move a program item up or down</source>
        <translation>Переместить пункт программы выше или ниже</translation>
    </message>
    <message>
        <source>Down arrow, Enter</source>
        <translation>Стрелка вниз, Enter</translation>
    </message>
    <message>
        <source>Pick a suggested name (any spelling or alias)</source>
        <translation>Выбрать предложенное имя (любое написание или вариант)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <source>Jump to that field</source>
        <translation>Перейти к этому полю</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>City / place</source>
        <translation>Город / место</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Anniv.</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>The events could not be read: {error}</source>
        <translation>Не удалось прочитать мероприятия: {error}</translation>
    </message>
    <message>
        <source>Click to sort by {column}</source>
        <translation>Нажмите, чтобы сортировать по столбцу «{column}»</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>e.g. Memorial event for the Khojaly genocide in …</source>
        <translation>напр. Траурное мероприятие, посвящённое Ходжалинскому геноциду, в …</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>точный день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>between A and B</source>
        <translation>между А и Б</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>The dates in words</source>
        <translation>Даты словами</translation>
    </message>
    <message>
        <source>several days</source>
        <translation>несколько дней</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Несколько дней</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип мероприятия</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>what the event is dedicated to</source>
        <translation>чему посвящено мероприятие</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Повод</translation>
    </message>
    <message>
        <source>Anniversary as reported</source>
        <translation>Годовщина по сообщению</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Computed anniversary</source>
        <translation>Вычисленная годовщина</translation>
    </message>
    <message>
        <source>&amp;Anniversary</source>
        <translation>Годо&amp;вщина</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <source>Att&amp;endance</source>
        <translation>&amp;Участников</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>То&amp;чность</translation>
    </message>
    <message>
        <source>Publis&amp;her</source>
        <translation>&amp;Издание</translation>
    </message>
    <message>
        <source>Pub&amp;lished</source>
        <translation>Опу&amp;бликовано</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>any spelling: Primorsky Territory, Приморский край…</source>
        <translation>любое написание: Приморский край, Primorsky Krai…</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>Place as written in the report</source>
        <translation>Место, как написано в сообщении</translation>
    </message>
    <message>
        <source>copied from the report</source>
        <translation>скопировано из сообщения</translation>
    </message>
    <message>
        <source>As &amp;written</source>
        <translation>Как &amp;записано</translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation>Точность места</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>Organizers and speakers</source>
        <translation>Организаторы и выступающие</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Program, in order</source>
        <translation>Программа по порядку</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Source (the report)</source>
        <translation>Источник (сообщение)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>news agency, committee, channel</source>
        <translation>информагентство, комитет, канал</translation>
    </message>
    <message>
        <source>Passed on by</source>
        <translation>Кем передано</translation>
    </message>
    <message>
        <source>Passed on &amp;by</source>
        <translation>&amp;Кем передано</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>Publication date known</source>
        <translation>Дата публикации известна</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>en, ru, az…</source>
        <translation>en, ru, az…</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Адр&amp;ес</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>local</source>
        <translation>местный</translation>
    </message>
    <message>
        <source>national</source>
        <translation>национальный</translation>
    </message>
    <message>
        <source>international</source>
        <translation>международный</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Место, дата</translation>
    </message>
    <message>
        <source>BAKU, March 4</source>
        <translation>БАКУ, 4 марта</translation>
    </message>
    <message>
        <source>Full text of the report</source>
        <translation>Полный текст сообщения</translation>
    </message>
    <message>
        <source>paste the whole report here</source>
        <translation>вставьте сюда весь текст сообщения</translation>
    </message>
    <message>
        <source>Full te&amp;xt</source>
        <translation>По&amp;лный текст</translation>
    </message>
    <message>
        <source>several months</source>
        <translation>несколько месяцев</translation>
    </message>
    <message>
        <source>Several months</source>
        <translation>Несколько месяцев</translation>
    </message>
    <message>
        <source>several years</source>
        <translation>несколько лет</translation>
    </message>
    <message>
        <source>Several years</source>
        <translation>Несколько лет</translation>
    </message>
    <message>
        <source>The report gives no day: the earliest and latest possible dates.</source>
        <translation>В сообщении нет дня: самая ранняя и самая поздняя возможные даты.</translation>
    </message>
    <message>
        <source>Tick &apos;several days&apos; for an event that lasts more than a day.</source>
        <translation>Отметьте «несколько дней», если мероприятие длится больше одного дня.</translation>
    </message>
    <message>
        <source>⚠ {years} is far from today: check the year.</source>
        <translation>⚠ {years}: этот год далеко от сегодняшнего дня, проверьте год.</translation>
    </message>
    <message>
        <source>{ordinal} anniversary</source>
        <translation>{ordinal}-я годовщина</translation>
    </message>
    <message>
        <source>computed: {text}</source>
        <translation>вычислено: {text}</translation>
    </message>
    <message>
        <source>⚠ the report says {reported}, the dates give {computed}</source>
        <translation>⚠ в сообщении {reported}, по датам выходит {computed}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Повторено: {what}</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>создание «{title}»</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>изменение «{title}»</translation>
    </message>
    <message>
        <source>“{what}” cannot be undone or redone: {error}</source>
        <translation>«{what}» нельзя отменить или повторить: {error}</translation>
    </message>
    <message>
        <source>{done} ({changes})</source>
        <translation>{done} ({changes})</translation>
    </message>
    <message>
        <source>Merge with {office}</source>
        <translation>Объединение с {office}</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Поводы</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы мероприятий</translation>
    </message>
    <message>
        <source>Program item types</source>
        <translation>Типы пунктов программы</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>К&amp;онтакты</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>К&amp;од</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на ру&amp;сском</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>повод</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>тип мероприятия</translation>
    </message>
    <message>
        <source>program item type</source>
        <translation>тип пункта программы</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Др&amp;угие названия</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>создано вручную</translation>
    </message>
    <message>
        <source>This record no longer exists; refresh the list.</source>
        <translation>Этой записи больше нет; обновите список.</translation>
    </message>
    <message>
        <source>Name in A&amp;zerbaijani</source>
        <translation>Название на &amp;азербайджанском</translation>
    </message>
    <message>
        <source>Reference &amp;date (YYYY-MM-DD)</source>
        <translation>Памятная &amp;дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>восстановлено из корзины</translation>
    </message>
    <message>
        <source>changed by a merge</source>
        <translation>изменено при объединении</translation>
    </message>
    <message>
        <source>kept as here in a merge</source>
        <translation>оставлено как здесь при объединении</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Открыть файл данных</translation>
    </message>
    <message>
        <source>Diaspora Events data (*.sqlite)</source>
        <translation>Данные Diaspora Events (*.sqlite)</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <source>{backup} was restored.</source>
        <translation>Копия {backup} восстановлена.</translation>
    </message>
    <message>
        <source>The damaged file is kept as it was, as {kept}, so what it still holds can be rescued.</source>
        <translation>Повреждённый файл сохранён как был, под именем {kept}, чтобы из него можно было спасти оставшееся.</translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}.</source>
        <translation>Резервные копии {file} хранятся в {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The last automatic backup could not be made: {reason}</source>
        <translation>Последнюю автоматическую резервную копию сделать не удалось: {reason}</translation>
    </message>
    <message>
        <source>{when} (dated in the future)</source>
        <translation>{when} (дата в будущем)</translation>
    </message>
    <message>
        <source>This backup is dated later than now: the computer&apos;s clock was wrong when it was made, so when it was really made is not known. It is kept, and the daily backup is made as if it were not there.</source>
        <translation>Дата этой резервной копии позже текущего времени: когда её делали, часы компьютера шли неверно, поэтому неизвестно, когда она сделана на самом деле. Она сохраняется, а ежедневная резервная копия делается так, будто её нет.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать копию</translation>
    </message>
    <message>
        <source>Replace the current data with the backup made {when}?</source>
        <translation>Заменить текущие данные резервной копией от {when}?</translation>
    </message>
    <message>
        <source>Its date is later than now (the computer&apos;s clock was wrong), so when it was really made is not known.</source>
        <translation>Её дата позже текущего времени (часы компьютера шли неверно), поэтому неизвестно, когда она сделана на самом деле.</translation>
    </message>
    <message>
        <source>It holds another data set than the current one (made apart from it, not a backup or a copy of it).</source>
        <translation>В ней другой набор данных, не текущий (созданный отдельно, а не его резервная копия или копия).</translation>
    </message>
    <message>
        <source>Events entered or changed since then: {count}. The backup has them as they were then, or not at all.</source>
        <translation>Мероприятий внесено или изменено с тех пор: {count}. В резервной копии они такие, какими были тогда, или их там нет вовсе.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>The current data is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Сначала текущие данные сохраняются в резервную копию, так что это можно отменить, восстановив её.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Restored. What it replaced is kept as {file}.</source>
        <translation>Восстановлено. Заменённые данные сохранены в {file}.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>Для этой записи изменений нет.</translation>
    </message>
    <message>
        <source>deletion undone</source>
        <translation>удаление отменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>объединение отменено</translation>
    </message>
    <message>
        <source>“{duplicate}” merged into “{survivor}”</source>
        <translation>«{duplicate}» объединено с «{survivor}»</translation>
    </message>
    <message>
        <source>“{duplicate}” and “{survivor}” are two records again</source>
        <translation>«{duplicate}» и «{survivor}» снова две записи</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>“{duplicate}” and “{survivor}” were two records</source>
        <translation>«{duplicate}» и «{survivor}» были двумя записями</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Копировать диаграмму как изображение</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Сохранить диаграмму как изображение PNG или рисунок SVG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}. Choose a folder you can write to.</source>
        <translation>Не удалось сохранить диаграмму в {path}. Выберите папку, в которую можно записывать.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{who} saved this event after you opened it. Choose, for each field that differs, which version to keep.</source>
        <translation>{who} сохранил(а) это мероприятие после того, как вы его открыли. Для каждого отличающегося поля выберите, какую версию оставить.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved events</source>
        <translation>Несохранённые мероприятия</translation>
    </message>
    <message>
        <source>These events were being entered when the program last closed without saving them. Restore them to go on where you stopped.</source>
        <translation>Эти мероприятия вводились, когда программа в прошлый раз закрылась, не сохранив их. Восстановите их, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Keep them; they are offered again at the next start</source>
        <translation>Оставить; они будут предложены снова при следующем запуске</translation>
    </message>
    <message>
        <source>untitled event</source>
        <translation>мероприятие без названия</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>изменения</translation>
    </message>
    <message>
        <source>{title} ({kind}, last typed {when})</source>
        <translation>{title} ({kind}, последний ввод {when})</translation>
    </message>
    <message>
        <source>Discard unsaved events</source>
        <translation>Удалить несохранённые мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unsaved events for good?</source>
        <translation>
            <numerusform>Удалить %n несохранённое мероприятие навсегда?</numerusform>
            <numerusform>Удалить %n несохранённых мероприятия навсегда?</numerusform>
            <numerusform>Удалить %n несохранённых мероприятий навсегда?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>An event that looks like this one is already recorded: the dates overlap, and nothing known of the place or the occasion differs (the table sets them side by side). Is it the same event?</source>
        <translation>Похожее мероприятие уже записано: даты пересекаются, а из того, что известно о месте и поводе, ничего не различается (таблица показывает их рядом). Это то же мероприятие?</translation>
    </message>
    <message>
        <source>{count} events that look like this one are already recorded: the dates overlap, and nothing known of the place or the occasion differs (the table sets them side by side). Is it one of them?</source>
        <translation>Похожие мероприятия уже записаны ({count}): даты пересекаются, а из того, что известно о месте и поводе, ничего не различается (таблица показывает их рядом). Это одно из них?</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Открыть существующее</translation>
    </message>
    <message>
        <source>Open the selected existing event instead</source>
        <translation>Открыть вместо этого выбранное существующее мероприятие</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Всё равно сохранить</translation>
    </message>
    <message>
        <source>It is a different event: save it</source>
        <translation>Это другое мероприятие: сохранить его</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to the form, nothing saved</source>
        <translation>Вернуться к форме, ничего не сохранено</translation>
    </message>
    <message>
        <source>This event beside the existing ones</source>
        <translation>Это мероприятие рядом с существующими</translation>
    </message>
    <message>
        <source>This event (not saved)</source>
        <translation>Это мероприятие (не сохранено)</translation>
    </message>
    <message>
        <source>Existing {number}</source>
        <translation>Существующее {number}</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Save, then start the next event of the same report</source>
        <translation>Сохранить и начать следующее мероприятие из того же сообщения</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сохранить и новое</translation>
    </message>
    <message>
        <source>Save and duplicate</source>
        <translation>Сохранить и копировать</translation>
    </message>
    <message>
        <source>Save, then start the next event with the same report and these fields copied: {fields}</source>
        <translation>Сохранить и начать следующее мероприятие из того же сообщения, скопировав поля: {fields}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>&lt;small&gt;F1 in the main window lists every shortcut.&lt;/small&gt;</source>
        <translation>&lt;small&gt;F1 в главном окне показывает все сочетания клавиш.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit event: {title}</source>
        <translation>Мероприятие: {title}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close the form and lose them?</source>
        <translation>В мероприятии есть несохранённые изменения. Закрыть форму и потерять их?</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>an error in the application stopped it; the details are in the log file %1.</source>
        <translation>его остановила ошибка в программе; подробности в журнале %1.</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Events from a report</source>
        <translation>Мероприятия из сообщения</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Paste the text of a news report here…</source>
        <translation>Вставьте сюда текст новостного сообщения…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Найти мероприятия</translation>
    </message>
    <message>
        <source>Read the report and list its events (Ctrl+Enter)</source>
        <translation>Прочитать сообщение и перечислить мероприятия (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Draft events</source>
        <translation>Черновики мероприятий</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>Открыть в форме</translation>
    </message>
    <message>
        <source>Report with highlighted words</source>
        <translation>Сообщение с выделенными словами</translation>
    </message>
    <message>
        <source>Drafts found</source>
        <translation>Найденные черновики</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Открыть сообщение</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>Сообщения (*.txt *.html *.htm *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read the report</source>
        <translation>Не удаётся прочитать сообщение</translation>
    </message>
    <message>
        <source>Paste a report first.</source>
        <translation>Сначала вставьте сообщение.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Чтение сообщения…</translation>
    </message>
    <message>
        <source>The report could not be read: {error}</source>
        <translation>Не удалось прочитать сообщение: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>Найдено %n мероприятие.</numerusform>
            <numerusform>Найдено %n мероприятия.</numerusform>
            <numerusform>Найдено %n мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Check the marked fields first: the report is unclear there.</source>
        <translation>Сначала проверьте отмеченные поля: в сообщении здесь неясно.</translation>
    </message>
    <message>
        <source>You corrected these names. Read them this way in later reports?</source>
        <translation>Вы исправили эти названия. Читать их так и в следующих сообщениях?</translation>
    </message>
    <message>
        <source>Remember corrected names</source>
        <translation>Запомнить исправленные названия</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Их версия (сохранена)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Оставить все мои</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Взять все их</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Stop reading</source>
        <translation>Прекратить чтение</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>An entry template, an exported events list, or any sheet with a header row (.xlsx, .xls, .xlsb, .ods or .csv).</source>
        <translation>Шаблон для ввода, выгруженный список мероприятий или любой лист со строкой заголовков (.xlsx, .xls, .xlsb, .ods или .csv).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.xlsb *.ods *.csv)</source>
        <translation>Книги (*.xlsx *.xls *.xlsb *.ods *.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search titles, places, organizations, people…</source>
        <translation>Поиск по названиям, местам, организациям, людям…</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Проблема поиска</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Фильтр с даты</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Фильтр по дату</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Ошибка в дате</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>The “{field}” filter is not applied. {problem}</source>
        <translation>Фильтр «{field}» не применён. {problem}</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}): no event can match. Correct one of the dates.</source>
        <translation>Период кончается ({last}) раньше, чем начинается ({first}): ни одно мероприятие не подойдёт. Исправьте одну из дат.</translation>
    </message>
    <message>
        <source>Nothing to search for in “{text}”: type a word of two letters or more. The table shows every event the other filters leave.</source>
        <translation>В «{text}» нечего искать: введите слово из двух букв или длиннее. В таблице — все мероприятия, которые оставляют остальные фильтры.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import events</source>
        <translation>Импорт мероприятий</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diaspora Events</source>
        <translation>Мероприятия диаспоры</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events yet.&lt;/b&gt; Ctrl+N enters an event by hand; Ctrl+Shift+V drafts events from a pasted news report; Ctrl+I imports a workbook; File → Load sample data shows how it looks. F1 lists every shortcut.</source>
        <translation>&lt;b&gt;Мероприятий пока нет.&lt;/b&gt; Ctrl+N — ввести мероприятие вручную; Ctrl+Shift+V — черновики из вставленного сообщения; Ctrl+I — импорт из книги Excel; Файл → Загрузить пример покажет, как это выглядит. F1 — список всех сочетаний клавиш.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No event matches the filters.&lt;/b&gt; Change them, or press “{button}” to see every event.</source>
        <translation>&lt;b&gt;Ни одно мероприятие не подходит под фильтры.&lt;/b&gt; Измените их или нажмите «{button}», чтобы увидеть все мероприятия.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>Record a new event (Ctrl+N)</source>
        <translation>Записать новое мероприятие (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Export the events shown to an Excel workbook</source>
        <translation>Выгрузить показанные мероприятия в книгу Excel</translation>
    </message>
    <message>
        <source>Excel &amp;report…</source>
        <translation>&amp;Отчёт Excel…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s sheets, period and filters, see its figures, export</source>
        <translation>Выбрать листы, период и фильтры отчёта, увидеть его цифры и выгрузить</translation>
    </message>
    <message>
        <source>Events from a &amp;report…</source>
        <translation>Мероприятия из &amp;сообщения…</translation>
    </message>
    <message>
        <source>Paste a news report and get draft events from it</source>
        <translation>Вставьте новостное сообщение и получите из него черновики мероприятий</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import events from a workbook or CSV file, with a preview first</source>
        <translation>Импорт мероприятий из книги Excel или файла CSV, сначала с предпросмотром</translation>
    </message>
    <message>
        <source>Blank entry &amp;template…</source>
        <translation>Пустой &amp;шаблон для ввода…</translation>
    </message>
    <message>
        <source>A workbook for offices that collect events in Excel</source>
        <translation>Книга Excel для офисов, которые собирают мероприятия в Excel</translation>
    </message>
    <message>
        <source>&amp;Merge another office&apos;s data…</source>
        <translation>&amp;Объединить с данными другого офиса…</translation>
    </message>
    <message>
        <source>Merge another office&apos;s database into this one</source>
        <translation>Влить базу данных другого офиса в эту</translation>
    </message>
    <message>
        <source>Export reference &amp;lists…</source>
        <translation>Выгрузить с&amp;правочники…</translation>
    </message>
    <message>
        <source>Organizations, people, places, occasions and types, for another office</source>
        <translation>Организации, люди, места, поводы и типы — для другого офиса</translation>
    </message>
    <message>
        <source>Import reference l&amp;ists…</source>
        <translation>Загрузить спр&amp;авочники…</translation>
    </message>
    <message>
        <source>Add another office&apos;s organizations, people, places and occasions</source>
        <translation>Добавить организации, людей, места и поводы другого офиса</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Back up the data now, or restore an earlier backup</source>
        <translation>Сделать резервную копию сейчас или восстановить прежнюю</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Interface language and the data set to open (apply after a restart)</source>
        <translation>Язык интерфейса и открываемый набор данных (применяются после перезапуска)</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>Загрузить &amp;пример</translation>
    </message>
    <message>
        <source>Add the three events of the sample report</source>
        <translation>Добавить три мероприятия из примера сообщения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit event</source>
        <translation>&amp;Открыть мероприятие</translation>
    </message>
    <message>
        <source>Open the selected event (Enter)</source>
        <translation>Открыть выбранное мероприятие (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete (to trash)</source>
        <translation>&amp;Удалить (в корзину)</translation>
    </message>
    <message>
        <source>Move the selected events to the trash (Del)</source>
        <translation>Переместить выбранные мероприятия в корзину (Del)</translation>
    </message>
    <message>
        <source>Show &amp;trash / restore…</source>
        <translation>&amp;Корзина / восстановление…</translation>
    </message>
    <message>
        <source>Deleted events, restorable</source>
        <translation>Удалённые мероприятия, которые можно восстановить</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>О &amp;программе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Where this data set is stored: {location}</source>
        <translation>Где хранится этот набор данных: {location}</translation>
    </message>
    <message>
        <source>Diaspora Events {version}</source>
        <translation>Мероприятия диаспоры {version}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message numerus="yes">
        <source>Move %n events to the trash?</source>
        <translation>
            <numerusform>Переместить %n мероприятие в корзину?</numerusform>
            <numerusform>Переместить %n мероприятия в корзину?</numerusform>
            <numerusform>Переместить %n мероприятий в корзину?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from Edit &gt; Show trash or with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Их можно восстановить через Правка &gt; Корзина или командой Правка &gt; Отменить (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n events marked {status}.</source>
        <translation>
            <numerusform>%n мероприятие отмечено: {status}.</numerusform>
            <numerusform>%n мероприятия отмечены: {status}.</numerusform>
            <numerusform>%n мероприятий отмечено: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {path}.</source>
        <translation>
            <numerusform>%n мероприятие выгружено в {path}.</numerusform>
            <numerusform>%n мероприятия выгружены в {path}.</numerusform>
            <numerusform>%n мероприятий выгружено в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Saved, but not shown</source>
        <translation>Сохранено, но не показано</translation>
    </message>
    <message>
        <source>The event is saved, but the filters in force hide it from the table.
Clear the filters to show it?</source>
        <translation>Мероприятие сохранено, но действующие фильтры скрывают его в таблице.
Сбросить фильтры, чтобы его показать?</translation>
    </message>
    <message>
        <source>Saved; the filters hide it.</source>
        <translation>Сохранено; фильтры его скрывают.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>Переместить «{title}» в корзину?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>You can restore it from Edit &gt; Show trash.</source>
        <translation>Восстановить можно через Правка &gt; Корзина.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>Более %Ln мероприятия (идёт подсчёт…)</numerusform>
            <numerusform>Более %Ln мероприятий (идёт подсчёт…)</numerusform>
            <numerusform>Более %Ln мероприятий (идёт подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the trash: {count}.</source>
        <translation>Перемещено в корзину: {count}.</translation>
    </message>
    <message>
        <source>Save the entry template</source>
        <translation>Сохранить шаблон для ввода</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation>Шаблон не записан</translation>
    </message>
    <message>
        <source>Template written to {file}</source>
        <translation>Шаблон записан в {file}</translation>
    </message>
    <message>
        <source>Export reference lists</source>
        <translation>Выгрузка справочников</translation>
    </message>
    <message>
        <source>Reference lists not written</source>
        <translation>Справочники не записаны</translation>
    </message>
    <message>
        <source>Reference lists written to {file}</source>
        <translation>Справочники записаны в {file}</translation>
    </message>
    <message>
        <source>Import reference lists</source>
        <translation>Загрузка справочников</translation>
    </message>
    <message>
        <source>Importing reference lists…</source>
        <translation>Загрузка справочников…</translation>
    </message>
    <message>
        <source>Reference lists imported: {added} records and {aliases} names added.</source>
        <translation>Справочники загружены: добавлено записей — {added}, названий — {aliases}.</translation>
    </message>
    <message>
        <source>Reference lists not imported</source>
        <translation>Справочники не загружены</translation>
    </message>
    <message>
        <source>Settings saved. They apply when you restart Diaspora Events.</source>
        <translation>Настройки сохранены. Они вступят в силу после перезапуска программы.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>This data set is on a database server; its administrator backs it up.</source>
        <translation>Этот набор данных находится на сервере баз данных; резервные копии делает его администратор.</translation>
    </message>
    <message>
        <source>Sample report: {added} events added; {already} were already recorded and were not added again.</source>
        <translation>Пример отчёта: добавлено мероприятий: {added}; уже были записаны и не добавлены повторно: {already}.</translation>
    </message>
    <message>
        <source>The sample report&apos;s {count} events are loaded.</source>
        <translation>Загружены мероприятия из примера сообщения: {count}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Отметить как &amp;проверенные</translation>
    </message>
    <message>
        <source>Set the selected events&apos; status to verified (undoable)</source>
        <translation>Перевести выбранные мероприятия в статус «проверено» (можно отменить)</translation>
    </message>
    <message>
        <source>Mark &amp;draft</source>
        <translation>Отметить как &amp;черновики</translation>
    </message>
    <message>
        <source>Set the selected events&apos; status back to draft (undoable)</source>
        <translation>Вернуть выбранным мероприятиям статус «черновик» (можно отменить)</translation>
    </message>
    <message>
        <source>Export &amp;selection to Excel…</source>
        <translation>Выгрузить в&amp;ыбранное в Excel…</translation>
    </message>
    <message>
        <source>Export only the selected events to an Excel workbook</source>
        <translation>Выгрузить в книгу Excel только выбранные мероприятия</translation>
    </message>
    <message>
        <source>Reference &amp;lists…</source>
        <translation>&amp;Справочники…</translation>
    </message>
    <message>
        <source>Organizations, people, places, occasions and types: search, edit, merge</source>
        <translation>Организации, люди, места, поводы и типы: поиск, правка, объединение</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;История изменений…</translation>
    </message>
    <message>
        <source>Who changed the selected event, when, from what to what</source>
        <translation>Кто, когда и как изменил выбранное мероприятие</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
    <message>
        <source>Select the events to export first.</source>
        <translation>Сначала выберите мероприятия для выгрузки.</translation>
    </message>
    <message>
        <source>Export the selected events</source>
        <translation>Выгрузка выбранных мероприятий</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Файл данных повреждён</translation>
    </message>
    <message>
        <source>{file} failed its integrity check ({problem}). Do not enter new events into it. Open the backups to restore the newest good one?</source>
        <translation>Файл {file} не прошёл проверку целостности ({problem}). Не вводите в него новые мероприятия. Открыть резервные копии, чтобы восстановить последнюю исправную?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись книги…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Выгрузка отменена.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Выгрузка не удалась</translation>
    </message>
    <message>
        <source>About Diaspora Events</source>
        <translation>О программе «Мероприятия диаспоры»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diaspora Events&lt;/h3&gt;&lt;p&gt;Record the public events of diaspora organizations from the reports you receive, and report them in Excel.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Мероприятия диаспоры&lt;/h3&gt;&lt;p&gt;Учёт публичных мероприятий организаций диаспоры по поступающим сообщениям и отчёты по ним в Excel.&lt;/p&gt;&lt;p&gt;Данные: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {version}. Free software under the MIT licence.&lt;br&gt;Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Версия {version}. Свободная программа под лицензией MIT.&lt;br&gt;Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Place names: GeoNames (geonames.org), CC BY 4.0. Russian dictionaries: OpenCorpora (opencorpora.org), CC BY-SA. Language models: the Natasha project (MIT). Dates and numbers: Unicode CLDR.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Названия мест: GeoNames (geonames.org), CC BY 4.0. Словари русского языка: OpenCorpora (opencorpora.org), CC BY-SA. Языковые модели: проект Natasha (MIT). Даты и числа: Unicode CLDR.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Stop checking</source>
        <translation>Прекратить проверку</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Each column of the file and the field it holds. Guessed from the headers; change any that are wrong.</source>
        <translation>Каждый столбец файла и поле, которое он содержит. Угадано по заголовкам; исправьте неверные.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
    <message>
        <source>Map a column to: %1</source>
        <translation>Сопоставить столбец с: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another office&apos;s data</source>
        <translation>Объединение с данными другого офиса</translation>
    </message>
    <message>
        <source>The other office&apos;s database</source>
        <translation>База данных другого офиса</translation>
    </message>
    <message>
        <source>A .sqlite file or a postgresql+psycopg:// URL</source>
        <translation>Файл .sqlite или адрес postgresql+psycopg://</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Merge.</source>
        <translation>Ничего не меняется, пока вы не нажмёте «Объединить».</translation>
    </message>
    <message>
        <source>Events both offices changed</source>
        <translation>Мероприятия, изменённые в обоих офисах</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Отличающиеся поля</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Look-alikes</source>
        <translation>По&amp;хожие</translation>
    </message>
    <message>
        <source>Their new events that look like ours</source>
        <translation>Их новые мероприятия, похожие на наши</translation>
    </message>
    <message>
        <source>Their event (ticked: add it)</source>
        <translation>Их мероприятие (отмечено: добавить)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Наше</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Что отличается</translation>
    </message>
    <message>
        <source>A&amp;dd all</source>
        <translation>Добавить &amp;все</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Пропуст&amp;ить все</translation>
    </message>
    <message>
        <source>&amp;Fill-ins</source>
        <translation>&amp;Дополнения</translation>
    </message>
    <message>
        <source>Empty fields here that their copy has filled</source>
        <translation>Пустые здесь поля, заполненные в их копии</translation>
    </message>
    <message>
        <source>Record here (ticked: fill in)</source>
        <translation>Запись здесь (отмечено: заполнить)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <source>Fill &amp;all</source>
        <translation>&amp;Заполнить все</translation>
    </message>
    <message>
        <source>Fill &amp;none</source>
        <translation>&amp;Не заполнять</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Diaspora Events data (*.sqlite *.db);;All files (*)</source>
        <translation>Данные «Мероприятий диаспоры» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was merged: {error}</source>
        <translation>Ничего не объединено: {error}</translation>
    </message>
    <message>
        <source>Choose the other office&apos;s database first.</source>
        <translation>Сначала выберите базу данных другого офиса.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>New events: {add}; newer there: {take}; newer here: {keep}; the same: {same}; changed in both offices: {conflicts}. New organizations: {orgs}; new people: {people}.</source>
        <translation>Новых мероприятий: {add}; новее там: {take}; новее здесь: {keep}; совпадают: {same}; изменены в обоих офисах: {conflicts}. Новых организаций: {orgs}; новых людей: {people}.</translation>
    </message>
    <message>
        <source>To fill in with theirs: {fill}. To leave empty here: {leave}.</source>
        <translation>Заполнить их значениями: {fill}. Оставить пустыми здесь: {leave}.</translation>
    </message>
    <message>
        <source>None looks like it now</source>
        <translation>Похожих сейчас нет</translation>
    </message>
    <message>
        <source>Skipped at the merge of {date}</source>
        <translation>Пропущено при объединении {date}</translation>
    </message>
    <message>
        <source>To add as new events: {add}. To skip, keeping only ours: {skip} (named in the report, offered again at the next merge).</source>
        <translation>Добавить как новые: {add}. Пропустить, оставив только наши: {skip} (будут названы в отчёте и предложены снова при следующем объединении).</translation>
    </message>
    <message>
        <source>Merged: {added} added, {updated} updated, {skipped} the same, {kept} kept as here. Still to decide (left as they are here): {waiting}. Undo the merge with Edit → Undo (Ctrl+Z).</source>
        <translation>Объединено: добавлено {added}, обновлено {updated}, совпадают {skipped}, оставлено как здесь {kept}. Ещё нужно решить (пока оставлены как здесь): {waiting}. Отменить объединение: Правка → Отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Skipped as look-alikes: {count} (ours kept; the next merge offers them again): {titles}.</source>
        <translation>Пропущено как похожие: {count} (наши оставлены; следующее объединение предложит их снова): {titles}.</translation>
    </message>
    <message>
        <source>Not added to the reference lists, as only events not merged name them: {names}.</source>
        <translation>Не добавлены в справочники, так как их называют только не слитые мероприятия: {names}.</translation>
    </message>
    <message>
        <source>Empty fields here filled with theirs: {fields}.</source>
        <translation>Пустые здесь поля заполнены их значениями: {fields}.</translation>
    </message>
    <message>
        <source>Decision for {title}</source>
        <translation>Решение для «{title}»</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Field by field…</source>
        <translation>По полям…</translation>
    </message>
    <message>
        <source>“{title}” was changed in both offices. Choose each field&apos;s version.</source>
        <translation>«{title}» изменено в обоих офисах. Выберите версию каждого поля.</translation>
    </message>
    <message>
        <source>Changed in both offices</source>
        <translation>Изменено в обоих офисах</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>MissingFileBox</name>
    <message>
        <source>The data file is missing</source>
        <translation>Файл данных не найден</translation>
    </message>
    <message>
        <source>The data file is missing: it was at
{path}

If it is on a network drive or a removable disk, connect it and look again. Nothing has been changed.</source>
        <translation>Файл данных не найден: он был здесь:
{path}

Если он на сетевом или съёмном диске, подключите диск и проверьте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Открыть другой файл…</translation>
    </message>
    <message>
        <source>Start a &amp;new, empty data set there</source>
        <translation>Начать &amp;новый, пустой набор данных там</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>NameCheckDialog</name>
    <message>
        <source>Country “{typed}”</source>
        <translation>Страна «{typed}»</translation>
    </message>
    <message>
        <source>Region “{typed}”</source>
        <translation>Регион «{typed}»</translation>
    </message>
    <message>
        <source>City “{typed}”</source>
        <translation>Город «{typed}»</translation>
    </message>
    <message>
        <source>Occasion “{typed}”</source>
        <translation>Повод «{typed}»</translation>
    </message>
    <message>
        <source>Organization “{typed}”</source>
        <translation>Организация «{typed}»</translation>
    </message>
    <message>
        <source>Person “{typed}”</source>
        <translation>Человек «{typed}»</translation>
    </message>
    <message>
        <source>{what} is not in the event&apos;s country. Did you mean:</source>
        <translation>{what}: в стране мероприятия такого нет. Вы имели в виду:</translation>
    </message>
    <message>
        <source>{what} matches no record exactly. Did you mean:</source>
        <translation>{what}: точного совпадения нет. Вы имели в виду:</translation>
    </message>
    <message>
        <source>{what} is not in the lists yet.</source>
        <translation>{what}: такой записи в списках пока нет.</translation>
    </message>
    <message>
        <source>Keep “{typed}” as written (no city record)</source>
        <translation>Оставить «{typed}» как написано (без записи города)</translation>
    </message>
    <message>
        <source>Create new person “{typed}”</source>
        <translation>Создать нового человека «{typed}»</translation>
    </message>
    <message>
        <source>Create new organization “{typed}”, based in {place}</source>
        <translation>Создать новую организацию «{typed}», место: {place}</translation>
    </message>
    <message>
        <source>Create new organization “{typed}”</source>
        <translation>Создать новую организацию «{typed}»</translation>
    </message>
    <message>
        <source> — the country becomes {country}</source>
        <translation> — страной мероприятия станет {country}</translation>
    </message>
    <message>
        <source>Check the names</source>
        <translation>Проверка названий</translation>
    </message>
    <message>
        <source>Some names match no record exactly. Nothing is saved as a guess: choose what each one means. Enter accepts the highlighted choices; Esc goes back to the form.</source>
        <translation>Некоторые названия не совпадают точно ни с одной записью. Догадки не сохраняются: выберите, что означает каждое. Enter принимает выделенные варианты; Esc возвращает к форме.</translation>
    </message>
    <message>
        <source>&amp;Use these and save</source>
        <translation>&amp;Принять и сохранить</translation>
    </message>
    <message>
        <source>Use these and save</source>
        <translation>Принять и сохранить</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад к форме</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Назад к форме</translation>
    </message>
</context>
<context>
    <name>OpenErrorBox</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation>Не удаётся открыть файл данных</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data file. Nothing was changed.</source>
        <translation>Diaspora Events не может открыть файл данных. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Восстановить последнюю исправную копию</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Открыть другой файл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Group by</source>
        <translation>Группировать</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>по годам</translation>
    </message>
    <message>
        <source>Months without events</source>
        <translation>Месяцев без мероприятий</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Coverage rows</source>
        <translation>Строки охвата</translation>
    </message>
    <message>
        <source>Coverage by region</source>
        <translation>Охват по регионам</translation>
    </message>
    <message>
        <source>Coverage by organization</source>
        <translation>Охват по организациям</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Печать в PDF…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Gone quiet after</source>
        <translation>Без мероприятий за последние</translation>
    </message>
    <message>
        <source>Events per period, and a year earlier</source>
        <translation>Мероприятия по периодам и годом ранее</translation>
    </message>
    <message>
        <source>Events per region</source>
        <translation>Мероприятия по регионам</translation>
    </message>
    <message>
        <source>Events per country</source>
        <translation>Мероприятия по странам</translation>
    </message>
    <message>
        <source>Events per occasion</source>
        <translation>Мероприятия по поводам</translation>
    </message>
    <message>
        <source>Coverage: regions × occasions (— = no event, a gap)</source>
        <translation>Охват: регионы × поводы (— = нет мероприятия, пробел)</translation>
    </message>
    <message>
        <source>Organizations gone quiet</source>
        <translation>Затихшие организации</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(без страны)</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>прочие ({count})</translation>
    </message>
    <message>
        <source>The overview could not be counted because of an error in the application. Press F5 to try again; if it persists, send the log file {path} to whoever supports the application.</source>
        <translation>Обзор не удалось подсчитать из-за ошибки в приложении. Нажмите F5, чтобы повторить; если ошибка не исчезнет, отправьте файл журнала {path} тому, кто сопровождает приложение.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 мероприятие</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>мероприятий: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: {events}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;: {events}</translation>
    </message>
    <message>
        <source>(the year of the latest event; choose a period with From and to above)</source>
        <translation>(год последнего мероприятия; период можно выбрать полями «С» и «по» выше)</translation>
    </message>
    <message>
        <source>(to the end of the year of “From”; for another end, tick “to” above)</source>
        <translation>(до конца года даты «С»; чтобы выбрать другой конец, отметьте «по» выше)</translation>
    </message>
    <message>
        <source>(from the start of the year of “to”; for another start, tick “From” above)</source>
        <translation>(с начала года даты «по»; чтобы выбрать другое начало, отметьте «С» выше)</translation>
    </message>
    <message>
        <source>Events per week, and a year earlier</source>
        <translation>Мероприятия по неделям и год назад</translation>
    </message>
    <message>
        <source>Events per month, and a year earlier</source>
        <translation>Мероприятия по месяцам и годом ранее</translation>
    </message>
    <message>
        <source>Events per quarter, and a year earlier</source>
        <translation>Мероприятия по кварталам и годом ранее</translation>
    </message>
    <message>
        <source>Events per year, and a year earlier</source>
        <translation>Мероприятия по годам и годом ранее</translation>
    </message>
    <message>
        <source>(?: only the month or the year is known)</source>
        <translation>(?: известен только месяц или год)</translation>
    </message>
    <message>
        <source>(?: only the year is known)</source>
        <translation>(?: известен только год)</translation>
    </message>
    <message>
        <source>W{week} {year}</source>
        <translation>Нед. {week} {year}</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Нет мероприятий</translation>
    </message>
    <message>
        <source>{name} (anniversary: {number})</source>
        <translation>{name} (годовщина: {number})</translation>
    </message>
    <message>
        <source>Coverage: organizations × occasions (— = no event, a gap)</source>
        <translation>Охват: организации × поводы (— = нет мероприятия, пробел)</translation>
    </message>
    <message>
        <source>{count} events: click to show them</source>
        <translation>Мероприятий: {count}. Нажмите, чтобы показать их</translation>
    </message>
    <message>
        <source>No event for this occasion here: a gap</source>
        <translation>Здесь нет мероприятия по этому поводу: пробел</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <source>Events on record</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Organizations gone quiet: no event since {day} ({count})</source>
        <translation>Затихшие организации: нет мероприятий с {day} ({count})</translation>
    </message>
    <message>
        <source>{year}, week unknown</source>
        <translation>{year}, неделя неизвестна</translation>
    </message>
    <message>
        <source>{year}, only the year known</source>
        <translation>{year}, известен только год</translation>
    </message>
    <message>
        <source>Print the overview to PDF</source>
        <translation>Печать обзора в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}. Choose a folder you can write to.</source>
        <translation>Не удалось записать PDF в {path}. Выберите папку, в которую можно записывать.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for the database server</source>
        <translation>Пароль для сервера баз данных</translation>
    </message>
    <message>
        <source>The database server {server} asks for the password of the user “{user}” (database “{database}”). The password is not saved on this computer, so it is asked for here.</source>
        <translation>Сервер баз данных {server} запрашивает пароль пользователя «{user}» (база данных «{database}»). На этом компьютере пароль не сохранён, поэтому он запрашивается здесь.</translation>
    </message>
    <message>
        <source>The database server {server} did not accept the password of the user “{user}” (database “{database}”). Type it again, or ask the server&apos;s administrator for the right one.</source>
        <translation>Сервер баз данных {server} не принял пароль пользователя «{user}» (база данных «{database}»). Введите его ещё раз или узнайте правильный пароль у администратора сервера.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверьте перед импортом</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Ошибки и примечания</translation>
    </message>
    <message>
        <source>&amp;Apply the organization changes listed above</source>
        <translation>&amp;Применить перечисленные выше изменения организаций</translation>
    </message>
    <message>
        <source>Apply the organization changes</source>
        <translation>Применить изменения организаций</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 duplicates, %5 older than here, %6 with problems (not imported).</source>
        <translation>Новых: %1, обновлённых: %2, без изменений: %3, дубликатов: %4, старее, чем здесь: %5, с ошибками (не импортируются): %6.</translation>
    </message>
    <message>
        <source>New organizations: %1</source>
        <translation>Новые организации: %1</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Новые люди: %1</translation>
    </message>
    <message>
        <source>Towns added from the world list: %1</source>
        <translation>Города, добавленные из мирового списка: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>older than here</source>
        <translation>старее, чем здесь</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: {list}</source>
        <translation>Правка: {list}</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Добавить в список: {list}</translation>
    </message>
    <message>
        <source>&amp;Name in English</source>
        <translation>&amp;Название на английском</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Другие названия, по одному в строке</translation>
    </message>
    <message>
        <source>Other spellings and languages, one per line (e.g. Druzhba, Дружба)</source>
        <translation>Другие написания и языки, по одному в строке (напр. Druzhba, Дружба)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Др&amp;угие названия</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Закрыть, не сохранив то, что вы ввели?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Уже есть в списке</translation>
    </message>
    <message>
        <source>If it is the same one, go back and cancel: add what is missing to the record already there. Save anyway only if these are different ones that share a name.</source>
        <translation>Если это то же самое, вернитесь и отмените: добавьте недостающее в уже имеющуюся запись. Сохраняйте всё равно, только если это разные записи с одинаковым названием.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Всё равно &amp;сохранить</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Вернуться</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>“{name}” was changed by {who} {when} after you opened it.</source>
        <translation>«{name}» изменил(а) {who} {when} после того, как вы открыли запись.</translation>
    </message>
    <message>
        <source>Nothing was saved, so the other change is kept. Reload shows the record as it is now; then make your change again.</source>
        <translation>Ничего не сохранено, поэтому чужое изменение сохранилось. «Обновить» покажет запись в её нынешнем виде; затем внесите своё изменение снова.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>Reloaded: the record as saved at the other desk.</source>
        <translation>Обновлено: запись в том виде, в каком её сохранили на другом рабочем месте.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed at another desk.</source>
        <translation>Не сохранено: запись изменили на другом рабочем месте.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Search {list}</source>
        <translation>Поиск: {list}</translation>
    </message>
    <message>
        <source>Search by any name or alias…</source>
        <translation>Поиск по любому названию или варианту…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Select two records that are one thing written two ways</source>
        <translation>Выберите две записи, которые обозначают одно и то же, записанное по-разному</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete a record no event uses, such as a misspelt one (Delete)</source>
        <translation>Удалить запись, которую не использует ни одно мероприятие, например записанную с ошибкой (Delete)</translation>
    </message>
    <message>
        <source>Link to &amp;GeoNames…</source>
        <translation>Связать с &amp;GeoNames…</translation>
    </message>
    <message>
        <source>Make a city made by hand the GeoNames place it is (merging if needed)</source>
        <translation>Сделать город, созданный вручную, соответствующим местом GeoNames (с объединением, если нужно)</translation>
    </message>
    <message numerus="yes">
        <source>nothing matches “{text}”; %n similar shown</source>
        <translation>
            <numerusform>совпадений с «{text}» нет; похожих: %n</numerusform>
            <numerusform>совпадений с «{text}» нет; похожих: %n</numerusform>
            <numerusform>совпадений с «{text}» нет; похожих: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>first {count} shown; type to narrow</source>
        <translation>показаны первые {count}; введите текст, чтобы сузить</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>показано: {count}</translation>
    </message>
    <message>
        <source>Add {kind} “{name}”</source>
        <translation>добавление записи «{name}» ({kind})</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>переименование «{old}» в «{new}»</translation>
    </message>
    <message>
        <source>Edit {kind} “{name}”</source>
        <translation>изменение записи «{name}» ({kind})</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <source>Are “{a}” and “{b}” one and the same?</source>
        <translation>«{a}» и «{b}» — одно и то же?</translation>
    </message>
    <message>
        <source>Everything that refers to the record merged away will refer to the one kept, and its name stays as an alias. Edit &gt; Undo (Ctrl+Z) puts it back.</source>
        <translation>Всё, что ссылается на поглощаемую запись, будет ссылаться на оставленную, а её название сохранится как другое название. Правка &gt; Отменить (Ctrl+Z) всё вернёт.</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Оставить «{name}»</translation>
    </message>
    <message>
        <source>Merge “{duplicate}” into “{survivor}”</source>
        <translation>объединение «{duplicate}» с «{survivor}»</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>удаление «{name}»</translation>
    </message>
    <message>
        <source>Link “{name}” to GeoNames</source>
        <translation>привязка «{name}» к GeoNames</translation>
    </message>
    <message>
        <source>“{what}” cannot be undone or redone: {error}</source>
        <translation>«{what}» нельзя отменить или повторить: {error}</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>Delete “{name}” from {list}?</source>
        <translation>Удалить «{name}» из списка «{list}»?</translation>
    </message>
    <message>
        <source>No event or other record uses it. Edit &gt; Undo (Ctrl+Z) puts it back.</source>
        <translation>Её не использует ни одно мероприятие и ни одна другая запись. Правка &gt; Отменить (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Link to GeoNames</source>
        <translation>Связать с GeoNames</translation>
    </message>
    <message>
        <source>No GeoNames place has this name. Add the names it is known by as aliases, or keep it as a place made by hand.</source>
        <translation>В GeoNames нет места с таким названием. Добавьте известные вам названия как псевдонимы или оставьте место созданным вручную.</translation>
    </message>
    <message>
        <source>“{name}” is:</source>
        <translation>«{name}» — это:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Excel report</source>
        <translation>Отчёт Excel</translation>
    </message>
    <message>
        <source>Cover: period, filters, totals</source>
        <translation>Титульный лист: период, фильтры, итоги</translation>
    </message>
    <message>
        <source>Events list</source>
        <translation>Список мероприятий</translation>
    </message>
    <message>
        <source>Per region and period</source>
        <translation>По регионам и периодам</translation>
    </message>
    <message>
        <source>Per organization and event type</source>
        <translation>По организациям и типам мероприятий</translation>
    </message>
    <message>
        <source>Per occasion, anniversary and region</source>
        <translation>По поводам, годовщинам и регионам</translation>
    </message>
    <message>
        <source>Speakers (one row each, with the event UUID)</source>
        <translation>Выступающие (по строке на каждого, с UUID мероприятия)</translation>
    </message>
    <message>
        <source>Program items (one row each, with the event UUID)</source>
        <translation>Пункты программы (по строке на каждый, с UUID мероприятия)</translation>
    </message>
    <message>
        <source>Organizers (event UUID to organization UUID, with the role)</source>
        <translation>Организаторы (UUID мероприятия и UUID организации, с ролью)</translation>
    </message>
    <message>
        <source>Organizations (UUID, kind, place, aliases)</source>
        <translation>Организации (UUID, вид, место, другие названия)</translation>
    </message>
    <message>
        <source>Speaker summary</source>
        <translation>Сводка по выступающим</translation>
    </message>
    <message>
        <source>Coverage gaps (choose the occasion below)</source>
        <translation>Пробелы в охвате (повод выберите ниже)</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <source>Period and filters</source>
        <translation>Период и фильтры</translation>
    </message>
    <message>
        <source>Diaspora events report</source>
        <translation>Отчёт о мероприятиях диаспоры</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Заголовок отчёта</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>Начало периода отчёта</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>Конец периода отчёта</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Group periods by</source>
        <translation>Группировать периоды по</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>по годам</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Other filters from the main window</source>
        <translation>Другие фильтры из главного окна</translation>
    </message>
    <message>
        <source>Coverage gaps for occasion</source>
        <translation>Пробелы в охвате по поводу</translation>
    </message>
    <message>
        <source>Coverage &amp;gaps for:</source>
        <translation>Про&amp;белы в охвате по:</translation>
    </message>
    <message>
        <source>Show the data file&apos;s full path and my login on the cover</source>
        <translation>Показать на титульном листе полный путь к файлу данных и моё имя пользователя</translation>
    </message>
    <message>
        <source>Show where the data lives and who made the report</source>
        <translation>Показать, где хранятся данные и кто составил отчёт</translation>
    </message>
    <message>
        <source>Preview: events per region</source>
        <translation>Предпросмотр: мероприятия по регионам</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние выгрузки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected events</source>
        <translation>
            <numerusform>%Ln выбранное мероприятие</numerusform>
            <numerusform>%Ln выбранных мероприятия</numerusform>
            <numerusform>%Ln выбранных мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>Occasio&amp;n:</source>
        <translation>Пово&amp;д:</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Открыть выгруженный файл</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>По&amp;казать в папке</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Показать выгруженный файл в его папке</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>Выгрузить отчёт в Excel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the report dialog</source>
        <translation>Закрыть окно отчёта</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>(the occasion of the filter)</source>
        <translation>(повод из фильтра)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>one event type</source>
        <translation>один тип мероприятия</translation>
    </message>
    <message>
        <source>deleted events</source>
        <translation>удалённые мероприятия</translation>
    </message>
    <message>
        <source>Also applied: %1</source>
        <translation>Также применено: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(без страны)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Нет подходящих мероприятий.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events match.</source>
        <translation>
            <numerusform>Подходит %Ln мероприятие.</numerusform>
            <numerusform>Подходят %Ln мероприятия.</numerusform>
            <numerusform>Подходят %Ln мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the new report?</source>
        <translation>«%1» уже существует. Заменить его новым отчётом?</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Выгрузка в %1…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <source>Writing the report… %1 of %2 events</source>
        <translation>Запись отчёта… %1 из %2 мероприятий</translation>
    </message>
    <message>
        <source>Saved %1: %2 events in %3 s.</source>
        <translation>Сохранено %1: мероприятий — %2, за %3 с.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Отчёт не сохранён: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Writing the events…</source>
        <translation>Запись мероприятий…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Импорт не удался, ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ServerErrorBox</name>
    <message>
        <source>The database server cannot be opened</source>
        <translation>Не удаётся открыть данные на сервере баз данных</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data set on the database server {server}. Nothing was changed.</source>
        <translation>Diaspora Events не может открыть набор данных на сервере баз данных {server}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data set: the server&apos;s address cannot be read. Nothing was changed.</source>
        <translation>Diaspora Events не может открыть набор данных: адрес сервера записан неправильно. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Tried again at {time}, without success.</source>
        <translation>Повторная попытка ({time}) не удалась.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Correct the server&apos;s address or password, or choose a data file</source>
        <translation>Исправить адрес или пароль сервера либо выбрать файл данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Connecting to the database server {server}…</source>
        <translation>Подключение к серверу баз данных {server}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Menus, dates, numbers and reports follow this language after a restart.</source>
        <translation>Меню, даты, числа и отчёты перейдут на этот язык после перезапуска программы.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Current data set</source>
        <translation>Текущий набор данных</translation>
    </message>
    <message>
        <source>Now open:</source>
        <translation>Сейчас открыт:</translation>
    </message>
    <message>
        <source>Data set to open</source>
        <translation>Открываемый набор данных</translation>
    </message>
    <message>
        <source>default file: {path}</source>
        <translation>файл по умолчанию: {path}</translation>
    </message>
    <message>
        <source>A SQLite file path, or a PostgreSQL address such as postgresql+psycopg://user@server/events (its password goes in the field below)</source>
        <translation>Путь к файлу SQLite или адрес PostgreSQL, например postgresql+psycopg://user@server/events (пароль вводится в поле ниже)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Выберите файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Открывать при запуске:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <source>kept in the system keyring, not in the settings</source>
        <translation>хранится в системном хранилище паролей, а не в настройках</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Leave it empty for the default file on this computer. Several desks can share one PostgreSQL server. The new data set opens after a restart.</source>
        <translation>Оставьте пустым, чтобы использовать файл по умолчанию на этом компьютере. Несколько рабочих мест могут работать с одним сервером PostgreSQL. Новый набор данных откроется после перезапуска.</translation>
    </message>
    <message>
        <source>Leave it empty for the default file on this computer. Several desks can share one PostgreSQL server. The data set opens when you save.</source>
        <translation>Оставьте пустым, чтобы использовать файл по умолчанию на этом компьютере. Несколько рабочих мест могут работать с одним сервером PostgreSQL. Набор данных откроется, когда вы сохраните настройки.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>База данных SQLite (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The file does not exist yet: a new, empty data set will be made at {path}.</source>
        <translation>Файла ещё нет: по адресу {path} будет создан новый пустой набор данных.</translation>
    </message>
    <message>
        <source>Connected. The data set is empty: it is set up when Diaspora Events opens it.</source>
        <translation>Подключено. Набор данных пуст: Diaspora Events подготовит его при открытии.</translation>
    </message>
    <message>
        <source>Connected. An older version made this data set: it is upgraded (after a backup of a file) when Diaspora Events opens it.</source>
        <translation>Подключено. Этот набор данных создан более старой версией: он будет обновлён (для файла — после резервной копии) при открытии в Diaspora Events.</translation>
    </message>
    <message>
        <source>Connected. The data set holds {count} events.</source>
        <translation>Подключено. Мероприятий в наборе данных: {count}.</translation>
    </message>
    <message>
        <source>Could not open it: {reason}</source>
        <translation>Не удалось открыть: {reason}</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>There is no system keyring (password store) on this computer, so the database password was not saved: the settings keep the server address without it. Enter the password again at the next start, or set up a keyring.</source>
        <translation>На этом компьютере нет системного хранилища паролей, поэтому пароль базы данных не сохранён: в настройках остался адрес сервера без него. Введите пароль снова при следующем запуске или настройте хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>New events: %1, updated: %2, unchanged: %3, skipped: %4, rows with problems: %5.
Undo this import with Edit → Undo (Ctrl+Z).</source>
        <translation>Новых мероприятий: %1, обновлено: %2, без изменений: %3, пропущено: %4, строк с ошибками: %5.
Отменить этот импорт: Правка → Отменить (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Deleted events</source>
        <translation>Удалённые мероприятия</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the selected events</source>
        <translation>Восстановить выбранные мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted events. Select one and press Restore.</source>
        <translation>
            <numerusform>%n удалённое мероприятие. Выберите нужные и нажмите «Восстановить».</numerusform>
            <numerusform>%n удалённых мероприятия. Выберите нужные и нажмите «Восстановить».</numerusform>
            <numerusform>%n удалённых мероприятий. Выберите нужные и нажмите «Восстановить».</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>удаление %n мероприятия</numerusform>
            <numerusform>удаление %n мероприятий</numerusform>
            <numerusform>удаление %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n events</source>
        <translation>
            <numerusform>восстановление %n мероприятия</numerusform>
            <numerusform>восстановление %n мероприятий</numerusform>
            <numerusform>восстановление %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n events {status}</source>
        <translation>
            <numerusform>отметку %n мероприятия как «{status}»</numerusform>
            <numerusform>отметку %n мероприятий как «{status}»</numerusform>
            <numerusform>отметку %n мероприятий как «{status}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n events</source>
        <translation>
            <numerusform>импорт %n мероприятия</numerusform>
            <numerusform>импорт %n мероприятий</numerusform>
            <numerusform>импорт %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation>
            <numerusform>добавлено %n мероприятие</numerusform>
            <numerusform>добавлено %n мероприятия</numerusform>
            <numerusform>добавлено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events updated</source>
        <translation>
            <numerusform>изменено %n мероприятие</numerusform>
            <numerusform>изменено %n мероприятия</numerusform>
            <numerusform>изменено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events removed</source>
        <translation>
            <numerusform>удалено %n мероприятие</numerusform>
            <numerusform>удалено %n мероприятия</numerusform>
            <numerusform>удалено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events restored</source>
        <translation>
            <numerusform>восстановлено %n мероприятие</numerusform>
            <numerusform>восстановлено %n мероприятия</numerusform>
            <numerusform>восстановлено %n мероприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the data file</source>
        <translation>Обновление файла данных</translation>
    </message>
    <message>
        <source>Making a backup of your data before the upgrade…</source>
        <translation>Создаётся резервная копия ваших данных перед обновлением…</translation>
    </message>
    <message>
        <source>Upgrading your data file to this version… (a few seconds; do not turn the computer off)</source>
        <translation>Файл данных обновляется до этой версии… (несколько секунд; не выключайте компьютер)</translation>
    </message>
    <message>
        <source>This cannot be cancelled. If it is stopped all the same, your data file is left as it was and is upgraded at the next start.</source>
        <translation>Это нельзя отменить. Если работу всё же прервать, файл данных останется прежним и будет обновлён при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>It stopped because of an error in the application. The details are in the log file {log}: please send it to whoever supports the application.</source>
        <translation>Работа остановлена из-за ошибки в программе. Подробности — в файле журнала {log}: отправьте его тому, кто сопровождает программу.</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Остановлено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>at start</source>
        <translation>при запуске</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>damaged file replaced by a restore</source>
        <translation>повреждённый файл, заменённый при восстановлении</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>перед объединением</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Showing the events of the overview&apos;s “{what}”; change a filter to see all again.</source>
        <translation>Показаны мероприятия из обзора: «{what}»; измените любой фильтр, чтобы снова увидеть все.</translation>
    </message>
</context>
</TS>
