<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name></name>
    <message>
        <source>organizer</source>
        <translation>təşkilatçı</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>həmtəşkilatçı</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ev sahibi</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>dəstəkçi</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Yuxarı (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Aşağı (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>Bu sətri sil (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Sətrin silinməsi</translation>
    </message>
    <message>
        <source>Remove this row and what is typed in it?

{row}</source>
        <translation>Bu sətir içində yazılanlarla birlikdə silinsin?

{row}</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Sətri &amp;sil</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add organizer</source>
        <translation>Təşkilatçı əlavə et</translation>
    </message>
    <message>
        <source>name of the organization</source>
        <translation>təşkilatın adı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Rol və ya vəzifə</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Çıxış edən əlavə et</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>tam adı</translation>
    </message>
    <message>
        <source>e.g. chairman</source>
        <translation>məs. sədr</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>istəyə görə</translation>
    </message>
    <message>
        <source>Program item</source>
        <translation>Proqram bəndi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Add program item</source>
        <translation>Proqram bəndi əlavə et</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>qeyd (istəyə görə)</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Əsas pəncərə</translation>
    </message>
    <message>
        <source>Event form</source>
        <translation>Tədbir forması</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <source>Enter, Ctrl+O</source>
        <translation>Enter, Ctrl+O</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Seçilmiş tədbiri redaktə et</translation>
    </message>
    <message>
        <source>Move the selected events to the trash (asks first)</source>
        <translation>Seçilmiş tədbirləri səbətə at (əvvəlcə soruşur)</translation>
    </message>
    <message>
        <source>Show the trash and restore events</source>
        <translation>Səbəti göstər və tədbirləri bərpa et</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Axtarış sahəsinə keç</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Aşağı ox</translation>
    </message>
    <message>
        <source>In the search box: go to the events found</source>
        <translation>Axtarış sahəsində: tapılan tədbirlərə keç</translation>
    </message>
    <message>
        <source>In the search box: clear the search</source>
        <translation>Axtarış sahəsində: axtarışı təmizlə</translation>
    </message>
    <message>
        <source>In the table: back to the search box</source>
        <translation>Cədvəldə: axtarış sahəsinə qayıt</translation>
    </message>
    <message>
        <source>Export the events shown to Excel</source>
        <translation>Göstərilən tədbirləri Excel-ə ixrac et</translation>
    </message>
    <message>
        <source>Export only the selected events</source>
        <translation>Yalnız seçilmiş tədbirləri ixrac et</translation>
    </message>
    <message>
        <source>Excel report: sheets, period, filters, figures first</source>
        <translation>Excel hesabatı: vərəqlər, dövr, süzgəclər, əvvəlcə rəqəmlər</translation>
    </message>
    <message>
        <source>Draft events from a pasted news report</source>
        <translation>Yapışdırılmış xəbərdən tədbir qaralamaları</translation>
    </message>
    <message>
        <source>Import events from a workbook</source>
        <translation>Tədbirləri Excel kitabından idxal et</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Geri qaytar, təkrarla</translation>
    </message>
    <message>
        <source>Mark the selected events verified, draft</source>
        <translation>Seçilmiş tədbirləri yoxlanılmış, qaralama kimi qeyd et</translation>
    </message>
    <message>
        <source>Reference lists: organizations, people, places, occasions</source>
        <translation>Soraq siyahıları: təşkilatlar, şəxslər, yerlər, münasibətlər</translation>
    </message>
    <message>
        <source>History of the selected event</source>
        <translation>Seçilmiş tədbirin tarixçəsi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tənzimləmələr</translation>
    </message>
    <message>
        <source>Reload the table</source>
        <translation>Cədvəli yenilə</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Bu siyahı</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>Next, previous field (through every field in reading order)</source>
        <translation>Növbəti, əvvəlki sahə (bütün sahələr oxunma sırası ilə)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next field; on a button, press that button</source>
        <translation>Növbəti sahə; düymənin üstündə — onu basmaq</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Saxla və bağla</translation>
    </message>
    <message>
        <source>Save, then start the next event of the same report</source>
        <translation>Saxla və eyni xəbərin növbəti tədbirinə başla</translation>
    </message>
    <message>
        <source>Save, then start a copy: same report, occasion, dates, country</source>
        <translation>Saxla və surətə başla: eyni xəbər, münasibət, tarixlər, ölkə</translation>
    </message>
    <message>
        <source>Cancel (asks first when something was typed)</source>
        <translation>Ləğv et (nəsə yazılıbsa, əvvəlcə soruşur)</translation>
    </message>
    <message>
        <source>Add an organizer row</source>
        <translation>Təşkilatçı sətri əlavə et</translation>
    </message>
    <message>
        <source>Add a speaker row</source>
        <translation>Çıxış edən sətri əlavə et</translation>
    </message>
    <message>
        <source>Add a program item row</source>
        <translation>Proqram bəndi sətri əlavə et</translation>
    </message>
    <message>
        <source>Remove the row the cursor is in</source>
        <translation>Kursorun olduğu sətri sil</translation>
    </message>
    <message>
        <source>Move a program item up or down</source>
        <translation>Proqram bəndini yuxarı və ya aşağı apar</translation>
    </message>
    <message>
        <source>Down arrow, Enter</source>
        <translation>Aşağı ox, Enter</translation>
    </message>
    <message>
        <source>Pick a suggested name (any spelling or alias)</source>
        <translation>Təklif olunan adı seç (istənilən yazılış və ya variant)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + altından xətt çəkilmiş hərf</translation>
    </message>
    <message>
        <source>Jump to that field</source>
        <translation>Həmin sahəyə keç</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>City / place</source>
        <translation>Şəhər / yer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Münasibət</translation>
    </message>
    <message>
        <source>Anniv.</source>
        <translation>İldönümü</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Təşkilatçılar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>yoxlanılıb</translation>
    </message>
    <message>
        <source>The events could not be read: {error}</source>
        <translation>Tədbirləri oxumaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <source>Click to sort by {column}</source>
        <translation>{column} sütununa görə çeşidləmək üçün klikləyin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>e.g. Memorial event for the Khojaly genocide in …</source>
        <translation>məs. … şəhərində Xocalı soyqırımına həsr olunmuş anım tədbiri</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Tarixin dəqiqliyi</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>dəqiq gün</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>year</source>
        <translation>il</translation>
    </message>
    <message>
        <source>between A and B</source>
        <translation>A ilə B arasında</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>The dates in words</source>
        <translation>Tarixlər sözlə</translation>
    </message>
    <message>
        <source>several days</source>
        <translation>bir neçə gün</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Bir neçə gün</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarix</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tədbirin növü</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <source>what the event is dedicated to</source>
        <translation>tədbir nəyə həsr olunub</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Münasibət</translation>
    </message>
    <message>
        <source>Anniversary as reported</source>
        <translation>Xəbərdə deyilən ildönümü</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>Computed anniversary</source>
        <translation>Hesablanmış ildönümü</translation>
    </message>
    <message>
        <source>&amp;Anniversary</source>
        <translation>İl&amp;dönümü</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>İştirakçı sayı</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>məlum deyil</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Att&amp;endance</source>
        <translation>İşti&amp;rakçı</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>R&amp;egion</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Şə&amp;hər</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>Də&amp;qiqlik</translation>
    </message>
    <message>
        <source>Publis&amp;her</source>
        <translation>Nə&amp;şr edən</translation>
    </message>
    <message>
        <source>Pub&amp;lished</source>
        <translation>Dərc &amp;olunub</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Təs&amp;vir</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>Ö&amp;lkə</translation>
    </message>
    <message>
        <source>any spelling: Primorsky Territory, Приморский край…</source>
        <translation>istənilən yazılış: Primorsky Krai, Приморский край…</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Keçirilmə yeri</translation>
    </message>
    <message>
        <source>Place as written in the report</source>
        <translation>Xəbərdə yazıldığı kimi yer</translation>
    </message>
    <message>
        <source>copied from the report</source>
        <translation>xəbərdən köçürülüb</translation>
    </message>
    <message>
        <source>As &amp;written</source>
        <translation>&amp;Yazıldığı kimi</translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation>Yerin dəqiqliyi</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>yaşayış məntəqəsi</translation>
    </message>
    <message>
        <source>district</source>
        <translation>rayon</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>Organizers and speakers</source>
        <translation>Təşkilatçılar və çıxış edənlər</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Çıxış edənlər</translation>
    </message>
    <message>
        <source>Program, in order</source>
        <translation>Proqram, sıra ilə</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Source (the report)</source>
        <translation>Mənbə (xəbər)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşr edən</translation>
    </message>
    <message>
        <source>news agency, committee, channel</source>
        <translation>xəbər agentliyi, komitə, kanal</translation>
    </message>
    <message>
        <source>Passed on by</source>
        <translation>Kim ötürüb</translation>
    </message>
    <message>
        <source>Passed on &amp;by</source>
        <translation>Kim &amp;ötürüb</translation>
    </message>
    <message>
        <source>known</source>
        <translation>məlumdur</translation>
    </message>
    <message>
        <source>Publication date known</source>
        <translation>Dərc tarixi məlumdur</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Dərc tarixi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>en, ru, az…</source>
        <translation>en, ru, az…</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Ünvan (URL)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Ünvan</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Miqyas</translation>
    </message>
    <message>
        <source>local</source>
        <translation>yerli</translation>
    </message>
    <message>
        <source>national</source>
        <translation>ölkə miqyaslı</translation>
    </message>
    <message>
        <source>international</source>
        <translation>beynəlxalq</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Yer, tarix</translation>
    </message>
    <message>
        <source>BAKU, March 4</source>
        <translation>BAKI, 4 mart</translation>
    </message>
    <message>
        <source>Full text of the report</source>
        <translation>Xəbərin tam mətni</translation>
    </message>
    <message>
        <source>paste the whole report here</source>
        <translation>xəbərin bütün mətnini bura yapışdırın</translation>
    </message>
    <message>
        <source>Full te&amp;xt</source>
        <translation>Tam m&amp;ətn</translation>
    </message>
    <message>
        <source>several months</source>
        <translation>bir neçə ay</translation>
    </message>
    <message>
        <source>Several months</source>
        <translation>Bir neçə ay</translation>
    </message>
    <message>
        <source>several years</source>
        <translation>bir neçə il</translation>
    </message>
    <message>
        <source>Several years</source>
        <translation>Bir neçə il</translation>
    </message>
    <message>
        <source>The report gives no day: the earliest and latest possible dates.</source>
        <translation>Xəbərdə gün göstərilməyib: mümkün olan ən erkən və ən gec tarixlər.</translation>
    </message>
    <message>
        <source>Tick &apos;several days&apos; for an event that lasts more than a day.</source>
        <translation>Tədbir bir gündən çox davam edirsə, «bir neçə gün» qutusunu işarələyin.</translation>
    </message>
    <message>
        <source>⚠ {years} is far from today: check the year.</source>
        <translation>⚠ {years}: bu il bu gündən çox uzaqdır, ili yoxlayın.</translation>
    </message>
    <message>
        <source>{ordinal} anniversary</source>
        <translation>{ordinal} ildönümü</translation>
    </message>
    <message>
        <source>computed: {text}</source>
        <translation>hesablanıb: {text}</translation>
    </message>
    <message>
        <source>⚠ the report says {reported}, the dates give {computed}</source>
        <translation>⚠ xəbərdə {reported} deyilir, tarixlərə görə {computed} alınır</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Geri qaytarıldı: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Təkrarlandı: {what}</translation>
    </message>
    <message>
        <source>event</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>«{title}» yaradılması</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>«{title}» dəyişdirilməsi</translation>
    </message>
    <message>
        <source>“{what}” cannot be undone or redone: {error}</source>
        <translation>«{what}» geri qaytarıla və ya təkrarlana bilməz: {error}</translation>
    </message>
    <message>
        <source>{done} ({changes})</source>
        <translation>{done} ({changes})</translation>
    </message>
    <message>
        <source>Merge with {office}</source>
        <translation>{office} ilə birləşdirmə</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ölkələr</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionlar</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Şəhərlər</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Münasibətlər</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tədbir növləri</translation>
    </message>
    <message>
        <source>Program item types</source>
        <translation>Proqram bəndi növləri</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Qısa ad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Əlaqə</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Q&amp;eydlər</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Rus dilində ad</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>təşkilat</translation>
    </message>
    <message>
        <source>person</source>
        <translation>şəxs</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şəhər</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>münasibət</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>tədbir növü</translation>
    </message>
    <message>
        <source>program item type</source>
        <translation>proqram bəndi növü</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Digər adlar</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>əl ilə yaradılıb</translation>
    </message>
    <message>
        <source>This record no longer exists; refresh the list.</source>
        <translation>Bu qeyd artıq yoxdur; siyahını yeniləyin.</translation>
    </message>
    <message>
        <source>Name in A&amp;zerbaijani</source>
        <translation>A&amp;zərbaycan dilində ad</translation>
    </message>
    <message>
        <source>Reference &amp;date (YYYY-MM-DD)</source>
        <translation>&amp;Xatirə tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Səbətdə</translation>
    </message>
    <message>
        <source>added</source>
        <translation>əlavə edildi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>dəyişdirildi</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>səbətə atıldı</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>səbətdən bərpa edildi</translation>
    </message>
    <message>
        <source>changed by a merge</source>
        <translation>birləşdirmə ilə dəyişdirildi</translation>
    </message>
    <message>
        <source>kept as here in a merge</source>
        <translation>birləşdirmədə burada olduğu kimi saxlanıldı</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>geri alındı</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Gözlənilməz xəta</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Məlumat faylını aç</translation>
    </message>
    <message>
        <source>Diaspora Events data (*.sqlite)</source>
        <translation>Diaspora Events məlumatları (*.sqlite)</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>bu kompüterdə</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Ehtiyat nüsxə bərpa olunmadı</translation>
    </message>
    <message>
        <source>{backup} was restored.</source>
        <translation>{backup} nüsxəsi bərpa olundu.</translation>
    </message>
    <message>
        <source>The damaged file is kept as it was, as {kept}, so what it still holds can be rescued.</source>
        <translation>Zədələnmiş fayl olduğu kimi {kept} adı ilə saxlanıldı ki, içində qalanı xilas etmək mümkün olsun.</translation>
    </message>
    <message>
        <source>The backup was restored</source>
        <translation>Ehtiyat nüsxə bərpa olundu</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}.</source>
        <translation>{file} faylının ehtiyat nüsxələri {folder} qovluğunda saxlanılır.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;İndi nüsxə çıxar</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Seçiləni &amp;bərpa et…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>The last automatic backup could not be made: {reason}</source>
        <translation>Son avtomatik ehtiyat nüsxə çıxarıla bilmədi: {reason}</translation>
    </message>
    <message>
        <source>{when} (dated in the future)</source>
        <translation>{when} (tarixi gələcəkdədir)</translation>
    </message>
    <message>
        <source>This backup is dated later than now: the computer&apos;s clock was wrong when it was made, so when it was really made is not known. It is kept, and the daily backup is made as if it were not there.</source>
        <translation>Bu ehtiyat nüsxənin tarixi indiki vaxtdan sonradır: çıxarılanda kompüterin saatı səhv idi, ona görə də onun əslində nə vaxt çıxarıldığı bilinmir. O saxlanılır, gündəlik ehtiyat nüsxə isə o yoxmuş kimi çıxarılır.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Ehtiyat nüsxə alınmadı</translation>
    </message>
    <message>
        <source>Replace the current data with the backup made {when}?</source>
        <translation>Cari məlumatlar {when} çıxarılmış ehtiyat nüsxə ilə əvəz edilsin?</translation>
    </message>
    <message>
        <source>Its date is later than now (the computer&apos;s clock was wrong), so when it was really made is not known.</source>
        <translation>Onun tarixi indiki vaxtdan sonradır (kompüterin saatı səhv idi), ona görə də əslində nə vaxt çıxarıldığı bilinmir.</translation>
    </message>
    <message>
        <source>It holds another data set than the current one (made apart from it, not a backup or a copy of it).</source>
        <translation>Onda cari məlumat toplusundan başqa bir məlumat toplusu var (ondan ayrı yaradılıb, onun ehtiyat nüsxəsi və ya surəti deyil).</translation>
    </message>
    <message>
        <source>Events entered or changed since then: {count}. The backup has them as they were then, or not at all.</source>
        <translation>O vaxtdan bəri daxil edilmiş və ya dəyişdirilmiş tədbirlər: {count}. Ehtiyat nüsxədə onlar o vaxtkı kimidir, ya da heç yoxdur.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <source>The current data is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Cari məlumatlar əvvəlcə ehtiyat nüsxə kimi saxlanılır, ona görə də həmin nüsxəni bərpa etməklə bunu geri qaytarmaq olar.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Bərpa alınmadı</translation>
    </message>
    <message>
        <source>Restored. What it replaced is kept as {file}.</source>
        <translation>Bərpa edildi. Əvəz olunan məlumatlar {file} kimi saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Change history</source>
        <translation>Dəyişikliklər tarixçəsi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Köhnə</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>Bu qeyd üçün dəyişiklik qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>deletion undone</source>
        <translation>silinmə geri qaytarıldı</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>birləşdirmə geri qaytarıldı</translation>
    </message>
    <message>
        <source>“{duplicate}” merged into “{survivor}”</source>
        <translation>«{duplicate}» «{survivor}» ilə birləşdirildi</translation>
    </message>
    <message>
        <source>“{duplicate}” and “{survivor}” are two records again</source>
        <translation>«{duplicate}» və «{survivor}» yenə iki ayrı qeyddir</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birləşdirildi</translation>
    </message>
    <message>
        <source>“{duplicate}” and “{survivor}” were two records</source>
        <translation>«{duplicate}» və «{survivor}» iki ayrı qeyd idi</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Diaqramı şəkil kimi kopyala</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Saxla…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Diaqramı PNG şəkli və ya SVG rəsmi kimi saxla</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diaqramı saxla</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG şəkli (*.png);;SVG rəsmi (*.svg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}. Choose a folder you can write to.</source>
        <translation>Diaqramı {path} kimi saxlamaq mümkün olmadı. Yazmaq mümkün olan qovluq seçin.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{who} saved this event after you opened it. Choose, for each field that differs, which version to keep.</source>
        <translation>Siz bu tədbiri açdıqdan sonra {who} onu saxlayıb. Fərqlənən hər sahə üçün hansı variantın qalacağını seçin.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Başqası dəyişib</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved events</source>
        <translation>Saxlanılmamış tədbirlər</translation>
    </message>
    <message>
        <source>These events were being entered when the program last closed without saving them. Restore them to go on where you stopped.</source>
        <translation>Proqram sonuncu dəfə bağlananda bu tədbirlər daxil edilirdi və saxlanılmamışdı. Qaldığınız yerdən davam etmək üçün onları bərpa edin.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;onra</translation>
    </message>
    <message>
        <source>Keep them; they are offered again at the next start</source>
        <translation>Saxla; növbəti başlanğıcda yenidən təklif olunacaq</translation>
    </message>
    <message>
        <source>untitled event</source>
        <translation>adsız tədbir</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>dəyişikliklər</translation>
    </message>
    <message>
        <source>{title} ({kind}, last typed {when})</source>
        <translation>{title} ({kind}, son daxiletmə {when})</translation>
    </message>
    <message>
        <source>Discard unsaved events</source>
        <translation>Saxlanılmamış tədbirləri sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unsaved events for good?</source>
        <translation>
            <numerusform>%n saxlanılmamış tədbir həmişəlik silinsin?</numerusform>
            <numerusform>%n saxlanılmamış tədbir həmişəlik silinsin?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Ehtimal olunan təkrar</translation>
    </message>
    <message>
        <source>An event that looks like this one is already recorded: the dates overlap, and nothing known of the place or the occasion differs (the table sets them side by side). Is it the same event?</source>
        <translation>Buna bənzər tədbir artıq qeyd olunub: tarixlər üst-üstə düşür, yer və münasibət barədə bilinənlərdən heç nə fərqlənmir (cədvəl onları yan-yana göstərir). Bu həmin tədbirdir?</translation>
    </message>
    <message>
        <source>{count} events that look like this one are already recorded: the dates overlap, and nothing known of the place or the occasion differs (the table sets them side by side). Is it one of them?</source>
        <translation>Buna bənzər {count} tədbir artıq qeyd olunub: tarixlər üst-üstə düşür, yer və münasibət barədə bilinənlərdən heç nə fərqlənmir (cədvəl onları yan-yana göstərir). Bu onlardan biridir?</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Mövcudu aç</translation>
    </message>
    <message>
        <source>Open the selected existing event instead</source>
        <translation>Bunun əvəzinə seçilmiş mövcud tədbiri aç</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Yenə də saxla</translation>
    </message>
    <message>
        <source>It is a different event: save it</source>
        <translation>Bu, başqa tədbirdir: saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Back to the form, nothing saved</source>
        <translation>Formaya qayıt, heç nə saxlanılmadı</translation>
    </message>
    <message>
        <source>This event beside the existing ones</source>
        <translation>Bu tədbir mövcud olanlarla yanaşı</translation>
    </message>
    <message>
        <source>This event (not saved)</source>
        <translation>Bu tədbir (saxlanılmayıb)</translation>
    </message>
    <message>
        <source>Existing {number}</source>
        <translation>Mövcud {number}</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Saxla və bağla</translation>
    </message>
    <message>
        <source>Save, then start the next event of the same report</source>
        <translation>Saxla və eyni xəbərin növbəti tədbirinə başla</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Saxla və yeni</translation>
    </message>
    <message>
        <source>Save and duplicate</source>
        <translation>Saxla və surətini çıxar</translation>
    </message>
    <message>
        <source>Save, then start the next event with the same report and these fields copied: {fields}</source>
        <translation>Saxla və eyni xəbərin növbəti tədbirinə bu sahələri köçürərək başla: {fields}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Saxlamadan bağla (Esc)</translation>
    </message>
    <message>
        <source>&lt;small&gt;F1 in the main window lists every shortcut.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Əsas pəncərədə F1 bütün qısayolları göstərir.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <source>Edit event: {title}</source>
        <translation>Tədbir: {title}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Kimsə</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Dəyişikliklər atılsın?</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close the form and lose them?</source>
        <translation>Bu tədbirdə saxlanılmamış dəyişikliklər var. Forma bağlansın və onlar itirilsin?</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>an error in the application stopped it; the details are in the log file %1.</source>
        <translation>onu proqramdakı xəta dayandırdı; təfərrüatlar %1 jurnal faylındadır.</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Events from a report</source>
        <translation>Xəbərdən tədbirlər</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Xəbərin mətni</translation>
    </message>
    <message>
        <source>Paste the text of a news report here…</source>
        <translation>Xəbərin mətnini bura yapışdırın…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Fayl aç…</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Tədbirləri tap</translation>
    </message>
    <message>
        <source>Read the report and list its events (Ctrl+Enter)</source>
        <translation>Xəbəri oxu və tədbirləri sadala (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Draft events</source>
        <translation>Tədbir qaralamaları</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>Formada aç</translation>
    </message>
    <message>
        <source>Report with highlighted words</source>
        <translation>Seçilmiş sözlərlə xəbər</translation>
    </message>
    <message>
        <source>Drafts found</source>
        <translation>Tapılan qaralamalar</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Xəbəri aç</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>Xəbərlər (*.txt *.html *.htm *.docx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot read the report</source>
        <translation>Xəbəri oxumaq olmur</translation>
    </message>
    <message>
        <source>Paste a report first.</source>
        <translation>Əvvəlcə xəbəri yapışdırın.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Xəbər oxunur…</translation>
    </message>
    <message>
        <source>The report could not be read: {error}</source>
        <translation>Xəbəri oxumaq alınmadı: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>%n tədbir tapıldı.</numerusform>
            <numerusform>%n tədbir tapıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>event</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>İştirakçı sayı</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Münasibət</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Təşkilatçılar</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Çıxış edənlər</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Check the marked fields first: the report is unclear there.</source>
        <translation>Əvvəlcə işarələnmiş sahələri yoxlayın: məlumatda bu yerlər aydın deyil.</translation>
    </message>
    <message>
        <source>You corrected these names. Read them this way in later reports?</source>
        <translation>Bu adları düzəltdiniz. Sonrakı məlumatlarda da belə oxunsun?</translation>
    </message>
    <message>
        <source>Remember corrected names</source>
        <translation>Düzəldilmiş adları yadda saxla</translation>
    </message>
</context>
<context>
    <name>FieldChoiceDialog</name>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sizin variant</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Onların variantı (saxlanılıb)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Hamısını mənimki saxla</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Hamısını onlarınkı götür</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Stop reading</source>
        <translation>Oxumağı dayandır</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Fayl seçin</translation>
    </message>
    <message>
        <source>An entry template, an exported events list, or any sheet with a header row (.xlsx, .xls, .xlsb, .ods or .csv).</source>
        <translation>Daxiletmə şablonu, ixrac olunmuş tədbirlər siyahısı və ya başlıq sətri olan istənilən vərəq (.xlsx, .xls, .xlsb, .ods və ya .csv).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>İdxal ediləcək fayl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Tədbirlərin idxalı</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.xlsb *.ods *.csv)</source>
        <translation>İş kitabları (*.xlsx *.xls *.xlsb *.ods *.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Əvvəlcə fayl seçin.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oxunur…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Search titles, places, organizations, people…</source>
        <translation>Ad, yer, təşkilat, şəxs üzrə axtarış…</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Axtarış problemi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Tarixdən</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Bu tarixdən süz</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tarixədək</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Bu tarixədək süz</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Tarixdə xəta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Münasibət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Süzgəcləri sıfırla</translation>
    </message>
    <message>
        <source>The “{field}” filter is not applied. {problem}</source>
        <translation>«{field}» süzgəci tətbiq olunmayıb. {problem}</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}): no event can match. Correct one of the dates.</source>
        <translation>Dövr başlamazdan ({first}) əvvəl bitir ({last}): heç bir tədbir uyğun gəlməz. Tarixlərdən birini düzəldin.</translation>
    </message>
    <message>
        <source>Nothing to search for in “{text}”: type a word of two letters or more. The table shows every event the other filters leave.</source>
        <translation>“{text}” ilə axtarılacaq bir şey yoxdur: ən azı iki hərfdən ibarət söz yazın. Cədvəldə digər süzgəclərin saxladığı bütün tədbirlər göstərilir.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(hamısı)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>yoxlanılıb</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import events</source>
        <translation>Tədbirlərin idxalı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diaspora Events</source>
        <translation>Diaspor tədbirləri</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events yet.&lt;/b&gt; Ctrl+N enters an event by hand; Ctrl+Shift+V drafts events from a pasted news report; Ctrl+I imports a workbook; File → Load sample data shows how it looks. F1 lists every shortcut.</source>
        <translation>&lt;b&gt;Hələ tədbir yoxdur.&lt;/b&gt; Ctrl+N — tədbiri əl ilə daxil etmək; Ctrl+Shift+V — yapışdırılmış xəbərdən qaralamalar; Ctrl+I — Excel kitabından idxal; Fayl → Nümunəni yüklə necə göründüyünü göstərir. F1 bütün qısayolları göstərir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No event matches the filters.&lt;/b&gt; Change them, or press “{button}” to see every event.</source>
        <translation>&lt;b&gt;Süzgəclərə uyğun heç bir tədbir yoxdur.&lt;/b&gt; Onları dəyişin və ya bütün tədbirləri görmək üçün «{button}» düyməsini basın.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Yeni tədbir…</translation>
    </message>
    <message>
        <source>Record a new event (Ctrl+N)</source>
        <translation>Yeni tədbir qeyd et (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ə &amp;ixrac…</translation>
    </message>
    <message>
        <source>Export the events shown to an Excel workbook</source>
        <translation>Göstərilən tədbirləri Excel iş kitabına ixrac et</translation>
    </message>
    <message>
        <source>Excel &amp;report…</source>
        <translation>Excel &amp;hesabatı…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s sheets, period and filters, see its figures, export</source>
        <translation>Hesabatın vərəqlərini, dövrünü və süzgəclərini seçin, rəqəmlərinə baxın, ixrac edin</translation>
    </message>
    <message>
        <source>Events from a &amp;report…</source>
        <translation>&amp;Xəbərdən tədbirlər…</translation>
    </message>
    <message>
        <source>Paste a news report and get draft events from it</source>
        <translation>Xəbər mətnini yapışdırın və ondan tədbir qaralamaları alın</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-dən i&amp;dxal…</translation>
    </message>
    <message>
        <source>Import events from a workbook or CSV file, with a preview first</source>
        <translation>Tədbirləri iş kitabından və ya CSV faylından idxal et, əvvəlcə önbaxışla</translation>
    </message>
    <message>
        <source>Blank entry &amp;template…</source>
        <translation>Boş daxiletmə &amp;şablonu…</translation>
    </message>
    <message>
        <source>A workbook for offices that collect events in Excel</source>
        <translation>Tədbirləri Excel-də toplayan ofislər üçün iş kitabı</translation>
    </message>
    <message>
        <source>&amp;Merge another office&apos;s data…</source>
        <translation>Başqa ofisin məlumatlarını &amp;birləşdir…</translation>
    </message>
    <message>
        <source>Merge another office&apos;s database into this one</source>
        <translation>Başqa ofisin verilənlər bazasını buna birləşdir</translation>
    </message>
    <message>
        <source>Export reference &amp;lists…</source>
        <translation>Soraq &amp;siyahılarını ixrac et…</translation>
    </message>
    <message>
        <source>Organizations, people, places, occasions and types, for another office</source>
        <translation>Təşkilatlar, şəxslər, yerlər, münasibətlər və növlər — başqa ofis üçün</translation>
    </message>
    <message>
        <source>Import reference l&amp;ists…</source>
        <translation>Soraq siyahılarını i&amp;dxal et…</translation>
    </message>
    <message>
        <source>Add another office&apos;s organizations, people, places and occasions</source>
        <translation>Başqa ofisin təşkilatlarını, şəxslərini, yerlərini və münasibətlərini əlavə et</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>E&amp;htiyat nüsxələr…</translation>
    </message>
    <message>
        <source>Back up the data now, or restore an earlier backup</source>
        <translation>Məlumatların indi ehtiyat nüsxəsini çıxar və ya əvvəlki nüsxəni bərpa et</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Tənzimləmələr…</translation>
    </message>
    <message>
        <source>Interface language and the data set to open (apply after a restart)</source>
        <translation>İnterfeys dili və açılacaq məlumat toplusu (yenidən başladıqdan sonra qüvvəyə minir)</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>&amp;Nümunə məlumatları yüklə</translation>
    </message>
    <message>
        <source>Add the three events of the sample report</source>
        <translation>Nümunə xəbərin üç tədbirini əlavə et</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Edit event</source>
        <translation>Tədbiri &amp;redaktə et</translation>
    </message>
    <message>
        <source>Open the selected event (Enter)</source>
        <translation>Seçilmiş tədbiri aç (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete (to trash)</source>
        <translation>&amp;Sil (səbətə)</translation>
    </message>
    <message>
        <source>Move the selected events to the trash (Del)</source>
        <translation>Seçilmiş tədbirləri səbətə at (Del)</translation>
    </message>
    <message>
        <source>Show &amp;trash / restore…</source>
        <translation>&amp;Səbət / bərpa…</translation>
    </message>
    <message>
        <source>Deleted events, restorable</source>
        <translation>Silinmiş, bərpa oluna bilən tədbirlər</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tap</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Proqram &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <source>Where this data set is stored: {location}</source>
        <translation>Bu məlumat toplusunun saxlandığı yer: {location}</translation>
    </message>
    <message>
        <source>Diaspora Events {version}</source>
        <translation>Diaspor tədbirləri {version}</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Faylı aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Qovluqda göstər</translation>
    </message>
    <message numerus="yes">
        <source>Move %n events to the trash?</source>
        <translation>
            <numerusform>%n tədbir səbətə atılsın?</numerusform>
            <numerusform>%n tədbir səbətə atılsın?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from Edit &gt; Show trash or with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Onları Redaktə &gt; Səbət və ya Redaktə &gt; Geri qaytar (Ctrl+Z) ilə bərpa etmək olar.</translation>
    </message>
    <message numerus="yes">
        <source>%n events marked {status}.</source>
        <translation>
            <numerusform>%n tədbir işarələndi: {status}.</numerusform>
            <numerusform>%n tədbir işarələndi: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {path}.</source>
        <translation>
            <numerusform>%n tədbir {path} faylına ixrac edildi.</numerusform>
            <numerusform>%n tədbir {path} faylına ixrac edildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saxlanıldı.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <source>Saved, but not shown</source>
        <translation>Saxlanıldı, amma göstərilmir</translation>
    </message>
    <message>
        <source>The event is saved, but the filters in force hide it from the table.
Clear the filters to show it?</source>
        <translation>Tədbir saxlanıldı, amma qüvvədə olan filtrlər onu cədvəldə gizlədir.
Göstərmək üçün filtrlər təmizlənsin?</translation>
    </message>
    <message>
        <source>Saved; the filters hide it.</source>
        <translation>Saxlanıldı; filtrlər onu gizlədir.</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>«{title}» səbətə atılsın?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Silmə</translation>
    </message>
    <message>
        <source>You can restore it from Edit &gt; Show trash.</source>
        <translation>Bərpa etmək üçün: Redaktə &gt; Səbət.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>%Ln tədbirdən çox (sayılır…)</numerusform>
            <numerusform>%Ln tədbirdən çox (sayılır…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln tədbir</numerusform>
            <numerusform>%Ln tədbir</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the trash: {count}.</source>
        <translation>Səbətə atıldı: {count}.</translation>
    </message>
    <message>
        <source>Save the entry template</source>
        <translation>Daxiletmə şablonunu saxla</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel iş kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation>Şablon yazılmadı</translation>
    </message>
    <message>
        <source>Template written to {file}</source>
        <translation>Şablon {file} faylına yazıldı</translation>
    </message>
    <message>
        <source>Export reference lists</source>
        <translation>Soraq siyahılarının ixracı</translation>
    </message>
    <message>
        <source>Reference lists not written</source>
        <translation>Soraq siyahıları yazılmadı</translation>
    </message>
    <message>
        <source>Reference lists written to {file}</source>
        <translation>Soraq siyahıları {file} faylına yazıldı</translation>
    </message>
    <message>
        <source>Import reference lists</source>
        <translation>Soraq siyahılarının idxalı</translation>
    </message>
    <message>
        <source>Importing reference lists…</source>
        <translation>Soraq siyahıları idxal edilir…</translation>
    </message>
    <message>
        <source>Reference lists imported: {added} records and {aliases} names added.</source>
        <translation>Soraq siyahıları idxal edildi: {added} qeyd və {aliases} ad əlavə olundu.</translation>
    </message>
    <message>
        <source>Reference lists not imported</source>
        <translation>Soraq siyahıları idxal edilmədi</translation>
    </message>
    <message>
        <source>Settings saved. They apply when you restart Diaspora Events.</source>
        <translation>Tənzimləmələr saxlanıldı. Proqramı yenidən başlatdıqdan sonra qüvvəyə minəcək.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <source>This data set is on a database server; its administrator backs it up.</source>
        <translation>Bu məlumat toplusu verilənlər bazası serverindədir; ehtiyat nüsxələrini onun inzibatçısı çıxarır.</translation>
    </message>
    <message>
        <source>Sample report: {added} events added; {already} were already recorded and were not added again.</source>
        <translation>Nümunə hesabat: əlavə edilən tədbirlər: {added}; artıq qeydə alınmış və təkrar əlavə edilməyənlər: {already}.</translation>
    </message>
    <message>
        <source>The sample report&apos;s {count} events are loaded.</source>
        <translation>Nümunə xəbərin {count} tədbiri yükləndi.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>&amp;Yoxlanılmış kimi qeyd et</translation>
    </message>
    <message>
        <source>Set the selected events&apos; status to verified (undoable)</source>
        <translation>Seçilmiş tədbirlərin statusunu «yoxlanılıb» et (geri qaytarmaq olar)</translation>
    </message>
    <message>
        <source>Mark &amp;draft</source>
        <translation>&amp;Qaralama kimi qeyd et</translation>
    </message>
    <message>
        <source>Set the selected events&apos; status back to draft (undoable)</source>
        <translation>Seçilmiş tədbirlərin statusunu yenidən «qaralama» et (geri qaytarmaq olar)</translation>
    </message>
    <message>
        <source>Export &amp;selection to Excel…</source>
        <translation>&amp;Seçilmişləri Excel-ə ixrac et…</translation>
    </message>
    <message>
        <source>Export only the selected events to an Excel workbook</source>
        <translation>Yalnız seçilmiş tədbirləri Excel iş kitabına ixrac et</translation>
    </message>
    <message>
        <source>Reference &amp;lists…</source>
        <translation>&amp;Soraq siyahıları…</translation>
    </message>
    <message>
        <source>Organizations, people, places, occasions and types: search, edit, merge</source>
        <translation>Təşkilatlar, şəxslər, yerlər, münasibətlər və növlər: axtarış, redaktə, birləşdirmə</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Dəyişikliklər &amp;tarixçəsi…</translation>
    </message>
    <message>
        <source>Who changed the selected event, when, from what to what</source>
        <translation>Seçilmiş tədbiri kim, nə vaxt, nədən nəyə dəyişib</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status təyin et</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Mümkün deyil</translation>
    </message>
    <message>
        <source>Select the events to export first.</source>
        <translation>Əvvəlcə ixrac ediləcək tədbirləri seçin.</translation>
    </message>
    <message>
        <source>Export the selected events</source>
        <translation>Seçilmiş tədbirlərin ixracı</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Məlumat faylı zədələnib</translation>
    </message>
    <message>
        <source>{file} failed its integrity check ({problem}). Do not enter new events into it. Open the backups to restore the newest good one?</source>
        <translation>{file} bütövlük yoxlamasından keçmədi ({problem}). Ona yeni tədbirlər daxil etməyin. Ən son sağlam nüsxəni bərpa etmək üçün ehtiyat nüsxələr açılsın?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ə ixrac</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>İş kitabı yazılır…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>İxrac ləğv edildi.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>İxrac alınmadı</translation>
    </message>
    <message>
        <source>About Diaspora Events</source>
        <translation>«Diaspor tədbirləri» haqqında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diaspora Events&lt;/h3&gt;&lt;p&gt;Record the public events of diaspora organizations from the reports you receive, and report them in Excel.&lt;/p&gt;&lt;p&gt;Data: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diaspor tədbirləri&lt;/h3&gt;&lt;p&gt;Diaspor təşkilatlarının ictimai tədbirlərini daxil olan xəbərlər əsasında qeyd edin və Excel-də hesabat hazırlayın.&lt;/p&gt;&lt;p&gt;Məlumatlar: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {version}. Free software under the MIT licence.&lt;br&gt;Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versiya {version}. MIT lisenziyası ilə azad proqram təminatı.&lt;br&gt;Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Place names: GeoNames (geonames.org), CC BY 4.0. Russian dictionaries: OpenCorpora (opencorpora.org), CC BY-SA. Language models: the Natasha project (MIT). Dates and numbers: Unicode CLDR.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yer adları: GeoNames (geonames.org), CC BY 4.0. Rus dili lüğətləri: OpenCorpora (opencorpora.org), CC BY-SA. Dil modelləri: Natasha layihəsi (MIT). Tarixlər və rəqəmlər: Unicode CLDR.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Stop checking</source>
        <translation>Yoxlamanı dayandır</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Sütunları uyğunlaşdırın</translation>
    </message>
    <message>
        <source>Each column of the file and the field it holds. Guessed from the headers; change any that are wrong.</source>
        <translation>Faylın hər sütunu və onun saxladığı sahə. Başlıqlara görə təxmin edilib; səhv olanları dəyişin.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldakı sütun</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Uyğunlaşdırmanı saxla…</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Uyğunlaşdırmanı yüklə…</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>%1 sütunu üçün sahə</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(idxal etmə)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Uyğunlaşdırmanı saxla</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Uyğunlaşdırmalar (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Uyğunlaşdırmanı yüklə</translation>
    </message>
    <message>
        <source>Map a column to: %1</source>
        <translation>Sütunu buna uyğunlaşdır: %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Sətirlər yoxlanılır…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another office&apos;s data</source>
        <translation>Başqa ofisin məlumatlarının birləşdirilməsi</translation>
    </message>
    <message>
        <source>The other office&apos;s database</source>
        <translation>Başqa ofisin verilənlər bazası</translation>
    </message>
    <message>
        <source>A .sqlite file or a postgresql+psycopg:// URL</source>
        <translation>.sqlite faylı və ya postgresql+psycopg:// ünvanı</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Müqayisə et</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Merge.</source>
        <translation>«Birləşdir» düyməsini basana qədər heç nə dəyişmir.</translation>
    </message>
    <message>
        <source>Events both offices changed</source>
        <translation>Hər iki ofisin dəyişdiyi tədbirlər</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fərqlənən sahələr</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>&amp;Look-alikes</source>
        <translation>&amp;Oxşarlar</translation>
    </message>
    <message>
        <source>Their new events that look like ours</source>
        <translation>Onların bizimkilərə oxşayan yeni tədbirləri</translation>
    </message>
    <message>
        <source>Their event (ticked: add it)</source>
        <translation>Onların tədbiri (işarələnib: əlavə et)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bizimki</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Nə fərqlənir</translation>
    </message>
    <message>
        <source>A&amp;dd all</source>
        <translation>&amp;Hamısını əlavə et</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Hamısını b&amp;urax</translation>
    </message>
    <message>
        <source>&amp;Fill-ins</source>
        <translation>&amp;Doldurmalar</translation>
    </message>
    <message>
        <source>Empty fields here that their copy has filled</source>
        <translation>Burada boş olub onların nüsxəsində doldurulmuş sahələr</translation>
    </message>
    <message>
        <source>Record here (ticked: fill in)</source>
        <translation>Buradakı qeyd (işarəli: doldur)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Onların dəyəri</translation>
    </message>
    <message>
        <source>Fill &amp;all</source>
        <translation>Hamısını do&amp;ldur</translation>
    </message>
    <message>
        <source>Fill &amp;none</source>
        <translation>H&amp;eç birini doldurma</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birləşdir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Diaspora Events data (*.sqlite *.db);;All files (*)</source>
        <translation>«Diaspor tədbirləri» məlumatları (*.sqlite *.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Nothing was merged: {error}</source>
        <translation>Heç nə birləşdirilmədi: {error}</translation>
    </message>
    <message>
        <source>Choose the other office&apos;s database first.</source>
        <translation>Əvvəlcə başqa ofisin verilənlər bazasını seçin.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Müqayisə edilir…</translation>
    </message>
    <message>
        <source>New events: {add}; newer there: {take}; newer here: {keep}; the same: {same}; changed in both offices: {conflicts}. New organizations: {orgs}; new people: {people}.</source>
        <translation>Yeni tədbirlər: {add}; orada daha yeni: {take}; burada daha yeni: {keep}; eyni: {same}; hər iki ofisdə dəyişib: {conflicts}. Yeni təşkilatlar: {orgs}; yeni şəxslər: {people}.</translation>
    </message>
    <message>
        <source>To fill in with theirs: {fill}. To leave empty here: {leave}.</source>
        <translation>Onların dəyəri ilə doldurulacaq: {fill}. Burada boş qalacaq: {leave}.</translation>
    </message>
    <message>
        <source>None looks like it now</source>
        <translation>İndi oxşayan yoxdur</translation>
    </message>
    <message>
        <source>Skipped at the merge of {date}</source>
        <translation>{date} tarixli birləşdirmədə buraxılıb</translation>
    </message>
    <message>
        <source>To add as new events: {add}. To skip, keeping only ours: {skip} (named in the report, offered again at the next merge).</source>
        <translation>Yeni tədbir kimi əlavə ediləcək: {add}. Yalnız bizimkiləri saxlayaraq buraxılacaq: {skip} (hesabatda adlandırılır, növbəti birləşdirmədə yenidən təklif olunur).</translation>
    </message>
    <message>
        <source>Merged: {added} added, {updated} updated, {skipped} the same, {kept} kept as here. Still to decide (left as they are here): {waiting}. Undo the merge with Edit → Undo (Ctrl+Z).</source>
        <translation>Birləşdirildi: əlavə edildi {added}, yeniləndi {updated}, eynidir {skipped}, burada olduğu kimi saxlanıldı {kept}. Hələ qərar verilməli (burada olduğu kimi qalıb): {waiting}. Birləşdirməni ləğv etmək üçün: Redaktə → Geri qaytar (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Skipped as look-alikes: {count} (ours kept; the next merge offers them again): {titles}.</source>
        <translation>Oxşar kimi buraxıldı: {count} (bizimkilər saxlanıldı; növbəti birləşdirmə onları yenidən təklif edəcək): {titles}.</translation>
    </message>
    <message>
        <source>Not added to the reference lists, as only events not merged name them: {names}.</source>
        <translation>Soraq siyahılarına əlavə edilmədi, çünki onları yalnız birləşdirilməyən tədbirlər adlandırır: {names}.</translation>
    </message>
    <message>
        <source>Empty fields here filled with theirs: {fields}.</source>
        <translation>Burada boş olan sahələr onların dəyərləri ilə dolduruldu: {fields}.</translation>
    </message>
    <message>
        <source>Decision for {title}</source>
        <translation>«{title}» üçün qərar</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Sonra qərar ver</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mənimkini saxla</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Onlarınkını götür</translation>
    </message>
    <message>
        <source>Field by field…</source>
        <translation>Sahə-sahə…</translation>
    </message>
    <message>
        <source>“{title}” was changed in both offices. Choose each field&apos;s version.</source>
        <translation>«{title}» hər iki ofisdə dəyişib. Hər sahənin variantını seçin.</translation>
    </message>
    <message>
        <source>Changed in both offices</source>
        <translation>Hər iki ofisdə dəyişib</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Birləşdirilir…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
</context>
<context>
    <name>MissingFileBox</name>
    <message>
        <source>The data file is missing</source>
        <translation>Məlumat faylı tapılmadı</translation>
    </message>
    <message>
        <source>The data file is missing: it was at
{path}

If it is on a network drive or a removable disk, connect it and look again. Nothing has been changed.</source>
        <translation>Məlumat faylı tapılmadı; o burada idi:
{path}

Əgər o şəbəkə və ya çıxarıla bilən diskdədirsə, diski qoşun və yenidən yoxlayın. Heç nə dəyişdirilməyib.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Yenidən yoxla</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Başqa faylı aç…</translation>
    </message>
    <message>
        <source>Start a &amp;new, empty data set there</source>
        <translation>Orada &amp;yeni, boş məlumat dəsti başla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıx</translation>
    </message>
</context>
<context>
    <name>NameCheckDialog</name>
    <message>
        <source>Country “{typed}”</source>
        <translation>Ölkə “{typed}”</translation>
    </message>
    <message>
        <source>Region “{typed}”</source>
        <translation>Region “{typed}”</translation>
    </message>
    <message>
        <source>City “{typed}”</source>
        <translation>Şəhər “{typed}”</translation>
    </message>
    <message>
        <source>Occasion “{typed}”</source>
        <translation>Səbəb “{typed}”</translation>
    </message>
    <message>
        <source>Organization “{typed}”</source>
        <translation>Təşkilat “{typed}”</translation>
    </message>
    <message>
        <source>Person “{typed}”</source>
        <translation>Şəxs “{typed}”</translation>
    </message>
    <message>
        <source>{what} is not in the event&apos;s country. Did you mean:</source>
        <translation>{what}: tədbirin ölkəsində belə yer yoxdur. Bunu nəzərdə tuturdunuz:</translation>
    </message>
    <message>
        <source>{what} matches no record exactly. Did you mean:</source>
        <translation>{what} heç bir qeydlə dəqiq uyğun gəlmir. Bunu nəzərdə tuturdunuz:</translation>
    </message>
    <message>
        <source>{what} is not in the lists yet.</source>
        <translation>{what} hələ siyahılarda yoxdur.</translation>
    </message>
    <message>
        <source>Keep “{typed}” as written (no city record)</source>
        <translation>“{typed}” yazıldığı kimi saxlanılsın (şəhər qeydi olmadan)</translation>
    </message>
    <message>
        <source>Create new person “{typed}”</source>
        <translation>Yeni şəxs yarat: “{typed}”</translation>
    </message>
    <message>
        <source>Create new organization “{typed}”, based in {place}</source>
        <translation>Yeni təşkilat yarat: “{typed}”, yeri: {place}</translation>
    </message>
    <message>
        <source>Create new organization “{typed}”</source>
        <translation>Yeni təşkilat yarat: “{typed}”</translation>
    </message>
    <message>
        <source> — the country becomes {country}</source>
        <translation> — tədbirin ölkəsi {country} olacaq</translation>
    </message>
    <message>
        <source>Check the names</source>
        <translation>Adların yoxlanması</translation>
    </message>
    <message>
        <source>Some names match no record exactly. Nothing is saved as a guess: choose what each one means. Enter accepts the highlighted choices; Esc goes back to the form.</source>
        <translation>Bəzi adlar heç bir qeydlə dəqiq uyğun gəlmir. Təxmini heç nə saxlanılmır: hər birinin nə demək olduğunu seçin. Enter seçilmiş variantları qəbul edir; Esc formaya qaytarır.</translation>
    </message>
    <message>
        <source>&amp;Use these and save</source>
        <translation>&amp;Qəbul et və saxla</translation>
    </message>
    <message>
        <source>Use these and save</source>
        <translation>Qəbul et və saxla</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Formaya qayıt</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Formaya qayıt</translation>
    </message>
</context>
<context>
    <name>OpenErrorBox</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation>Məlumat faylı açıla bilmir</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data file. Nothing was changed.</source>
        <translation>Diaspora Events məlumat faylını aça bilmir. Heç nə dəyişdirilməyib.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>Ən son sağlam nüsxəni &amp;bərpa et</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Başqa faylı aç…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>aylar üzrə</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>həftələr üzrə</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>rüblər üzrə</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>illər üzrə</translation>
    </message>
    <message>
        <source>Months without events</source>
        <translation>Tədbirsiz aylar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ay</translation>
    </message>
    <message>
        <source>Coverage rows</source>
        <translation>Əhatə sətirləri</translation>
    </message>
    <message>
        <source>Coverage by region</source>
        <translation>Regionlar üzrə əhatə</translation>
    </message>
    <message>
        <source>Coverage by organization</source>
        <translation>Təşkilatlar üzrə əhatə</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>PDF-ə çap et…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <source>Gone quiet after</source>
        <translation>Tədbirsiz müddət</translation>
    </message>
    <message>
        <source>Events per period, and a year earlier</source>
        <translation>Dövrlər üzrə tədbirlər və bir il əvvəl</translation>
    </message>
    <message>
        <source>Events per region</source>
        <translation>Regionlar üzrə tədbirlər</translation>
    </message>
    <message>
        <source>Events per country</source>
        <translation>Ölkələr üzrə tədbirlər</translation>
    </message>
    <message>
        <source>Events per occasion</source>
        <translation>Münasibətlər üzrə tədbirlər</translation>
    </message>
    <message>
        <source>Coverage: regions × occasions (— = no event, a gap)</source>
        <translation>Əhatə: regionlar × münasibətlər (— = tədbir yoxdur, boşluq)</translation>
    </message>
    <message>
        <source>Organizations gone quiet</source>
        <translation>Səsi kəsilmiş təşkilatlar</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(region yoxdur)</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(ölkə yoxdur)</translation>
    </message>
    <message>
        <source>others ({count})</source>
        <translation>digərləri ({count})</translation>
    </message>
    <message>
        <source>The overview could not be counted because of an error in the application. Press F5 to try again; if it persists, send the log file {path} to whoever supports the application.</source>
        <translation>Tətbiqdəki xəta səbəbindən icmalı hesablamaq mümkün olmadı. Yenidən cəhd etmək üçün F5 basın; xəta təkrarlanarsa, {path} jurnal faylını tətbiqə dəstək verən şəxsə göndərin.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 tədbir</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} tədbir</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: {events}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;: {events}</translation>
    </message>
    <message>
        <source>(the year of the latest event; choose a period with From and to above)</source>
        <translation>(son tədbirin ili; dövrü yuxarıdakı tarix sahələri ilə seçin)</translation>
    </message>
    <message>
        <source>(to the end of the year of “From”; for another end, tick “to” above)</source>
        <translation>(“Tarixdən” tarixinin ilinin sonunadək; başqa son üçün yuxarıda “tarixədək” sahəsini işarələyin)</translation>
    </message>
    <message>
        <source>(from the start of the year of “to”; for another start, tick “From” above)</source>
        <translation>(“tarixədək” tarixinin ilinin əvvəlindən; başqa başlanğıc üçün yuxarıda “Tarixdən” sahəsini işarələyin)</translation>
    </message>
    <message>
        <source>Events per week, and a year earlier</source>
        <translation>Həftələr üzrə tədbirlər və bir il əvvəl</translation>
    </message>
    <message>
        <source>Events per month, and a year earlier</source>
        <translation>Aylar üzrə tədbirlər və bir il əvvəl</translation>
    </message>
    <message>
        <source>Events per quarter, and a year earlier</source>
        <translation>Rüblər üzrə tədbirlər və bir il əvvəl</translation>
    </message>
    <message>
        <source>Events per year, and a year earlier</source>
        <translation>İllər üzrə tədbirlər və bir il əvvəl</translation>
    </message>
    <message>
        <source>(?: only the month or the year is known)</source>
        <translation>(?: yalnız ay və ya il məlumdur)</translation>
    </message>
    <message>
        <source>(?: only the year is known)</source>
        <translation>(?: yalnız il məlumdur)</translation>
    </message>
    <message>
        <source>W{week} {year}</source>
        <translation>Həftə {week} {year}</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Tədbir yoxdur</translation>
    </message>
    <message>
        <source>{name} (anniversary: {number})</source>
        <translation>{name} (ildönümü: {number})</translation>
    </message>
    <message>
        <source>Coverage: organizations × occasions (— = no event, a gap)</source>
        <translation>Əhatə: təşkilatlar × münasibətlər (— = tədbir yoxdur, boşluq)</translation>
    </message>
    <message>
        <source>{count} events: click to show them</source>
        <translation>{count} tədbir: göstərmək üçün basın</translation>
    </message>
    <message>
        <source>No event for this occasion here: a gap</source>
        <translation>Burada bu münasibətlə tədbir yoxdur: boşluq</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Sonuncu</translation>
    </message>
    <message>
        <source>Events on record</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <source>Organizations gone quiet: no event since {day} ({count})</source>
        <translation>Səsi kəsilmiş təşkilatlar: {day} tarixindən bəri tədbir yoxdur ({count})</translation>
    </message>
    <message>
        <source>{year}, week unknown</source>
        <translation>{year}, həftə məlum deyil</translation>
    </message>
    <message>
        <source>{year}, only the year known</source>
        <translation>{year}, yalnız il məlumdur</translation>
    </message>
    <message>
        <source>Print the overview to PDF</source>
        <translation>İcmalı PDF-ə çap et</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}. Choose a folder you can write to.</source>
        <translation>PDF {path} ünvanına yazıla bilmədi. Yazmaq mümkün olan qovluq seçin.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for the database server</source>
        <translation>Verilənlər bazası serverinin parolu</translation>
    </message>
    <message>
        <source>The database server {server} asks for the password of the user “{user}” (database “{database}”). The password is not saved on this computer, so it is asked for here.</source>
        <translation>{server} verilənlər bazası serveri “{user}” istifadəçisinin parolunu soruşur (verilənlər bazası “{database}”). Parol bu kompüterdə saxlanılmayıb, ona görə burada soruşulur.</translation>
    </message>
    <message>
        <source>The database server {server} did not accept the password of the user “{user}” (database “{database}”). Type it again, or ask the server&apos;s administrator for the right one.</source>
        <translation>{server} verilənlər bazası serveri “{user}” istifadəçisinin parolunu qəbul etmədi (verilənlər bazası “{database}”). Onu yenidən yazın və ya düzgün parolu serverin inzibatçısından soruşun.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Qoşul</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>İdxaldan əvvəl yoxlayın</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemlər və qeydlər</translation>
    </message>
    <message>
        <source>&amp;Apply the organization changes listed above</source>
        <translation>Yuxarıda sadalanan təşkilat dəyişikliklərini &amp;tətbiq et</translation>
    </message>
    <message>
        <source>Apply the organization changes</source>
        <translation>Təşkilat dəyişikliklərini tətbiq et</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 duplicates, %5 older than here, %6 with problems (not imported).</source>
        <translation>Yeni: %1, yenilənmiş: %2, dəyişməmiş: %3, təkrar: %4, buradakından köhnə: %5, problemli (idxal edilmir): %6.</translation>
    </message>
    <message>
        <source>New organizations: %1</source>
        <translation>Yeni təşkilatlar: %1</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Yeni şəxslər: %1</translation>
    </message>
    <message>
        <source>Towns added from the world list: %1</source>
        <translation>Dünya siyahısından əlavə olunan şəhərlər: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>update</source>
        <translation>yeniləmə</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>dəyişməyib</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>təkrar</translation>
    </message>
    <message>
        <source>older than here</source>
        <translation>buradakından köhnə</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>idxal olunmur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
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
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hamısını yadda saxla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Yadda saxlama</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart dəyərlər</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İrəli &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;İrəli</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Geri qayıt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: {list}</source>
        <translation>Redaktə: {list}</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Əlavə et: {list}</translation>
    </message>
    <message>
        <source>&amp;Name in English</source>
        <translation>&amp;İngilis dilində ad</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Digər adlar, hər sətirdə bir</translation>
    </message>
    <message>
        <source>Other spellings and languages, one per line (e.g. Druzhba, Дружба)</source>
        <translation>Digər yazılışlar və dillər, hər sətirdə bir (məs. Druzhba, Дружба)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Digər adlar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Dəyişikliklər saxlanmayıb</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Yazdıqlarınızı saxlamadan bağlayaq?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Yadda saxlama</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Artıq siyahıdadır</translation>
    </message>
    <message>
        <source>If it is the same one, go back and cancel: add what is missing to the record already there. Save anyway only if these are different ones that share a name.</source>
        <translation>Eyni şeydirsə, geri qayıdın və ləğv edin: çatışmayanı artıq olan qeydə əlavə edin. Yalnız eyni adı daşıyan fərqli qeydlərdirsə, yenə də saxlayın.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Yenə də &amp;saxla</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Geri qayıt</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Başqa iş yerində dəyişdirilib</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kimsə</translation>
    </message>
    <message>
        <source>“{name}” was changed by {who} {when} after you opened it.</source>
        <translation>Siz açdıqdan sonra «{name}» qeydini {who} {when} dəyişdirib.</translation>
    </message>
    <message>
        <source>Nothing was saved, so the other change is kept. Reload shows the record as it is now; then make your change again.</source>
        <translation>Heç nə saxlanılmadı, ona görə də digər dəyişiklik qalır. «Yenilə» qeydi indiki halında göstərir; sonra dəyişikliyinizi yenidən edin.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Redaktəyə davam et</translation>
    </message>
    <message>
        <source>Reloaded: the record as saved at the other desk.</source>
        <translation>Yeniləndi: qeyd başqa iş yerində saxlanıldığı kimidir.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed at another desk.</source>
        <translation>Saxlanılmadı: qeyd başqa iş yerində dəyişdirilib.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference lists</source>
        <translation>Soraq siyahıları</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Mümkün deyil</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Search {list}</source>
        <translation>Axtarış: {list}</translation>
    </message>
    <message>
        <source>Search by any name or alias…</source>
        <translation>İstənilən ad və ya variant üzrə axtarış…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Digər adlar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Əlavə &amp;et…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Birləşdir…</translation>
    </message>
    <message>
        <source>Select two records that are one thing written two ways</source>
        <translation>Eyni şeyin iki cür yazıldığı iki qeydi seçin</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Tarixçə…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Delete a record no event uses, such as a misspelt one (Delete)</source>
        <translation>Heç bir tədbirin istifadə etmədiyi qeydi sil, məsələn, səhv yazılmış qeydi (Delete)</translation>
    </message>
    <message>
        <source>Link to &amp;GeoNames…</source>
        <translation>&amp;GeoNames ilə əlaqələndir…</translation>
    </message>
    <message>
        <source>Make a city made by hand the GeoNames place it is (merging if needed)</source>
        <translation>Əl ilə yaradılmış şəhəri GeoNames-dəki uyğun yerlə əlaqələndir (lazım olsa, birləşdir)</translation>
    </message>
    <message numerus="yes">
        <source>nothing matches “{text}”; %n similar shown</source>
        <translation>
            <numerusform>“{text}” ilə tam uyğunluq yoxdur; oxşar: %n</numerusform>
            <numerusform>“{text}” ilə tam uyğunluq yoxdur; oxşar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>first {count} shown; type to narrow</source>
        <translation>ilk {count} göstərilir; daraltmaq üçün yazın</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>göstərilir: {count}</translation>
    </message>
    <message>
        <source>Add {kind} “{name}”</source>
        <translation>«{name}» qeydinin əlavə edilməsi ({kind})</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>«{old}» adının «{new}» ilə əvəz edilməsi</translation>
    </message>
    <message>
        <source>Edit {kind} “{name}”</source>
        <translation>«{name}» qeydinin dəyişdirilməsi ({kind})</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>İki qeydin birləşdirilməsi</translation>
    </message>
    <message>
        <source>Are “{a}” and “{b}” one and the same?</source>
        <translation>«{a}» və «{b}» eyni şeydir?</translation>
    </message>
    <message>
        <source>Everything that refers to the record merged away will refer to the one kept, and its name stays as an alias. Edit &gt; Undo (Ctrl+Z) puts it back.</source>
        <translation>Birləşdirilən qeydə istinad edən hər şey saxlanılan qeydə istinad edəcək, adı isə digər ad kimi qalacaq. Redaktə &gt; Geri qaytar (Ctrl+Z) hər şeyi qaytarır.</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>«{name}» saxla</translation>
    </message>
    <message>
        <source>Merge “{duplicate}” into “{survivor}”</source>
        <translation>«{duplicate}» qeydini «{survivor}» ilə birləşdir</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>«{name}» qeydinin silinməsi</translation>
    </message>
    <message>
        <source>Link “{name}” to GeoNames</source>
        <translation>«{name}» qeydinin GeoNames ilə əlaqələndirilməsi</translation>
    </message>
    <message>
        <source>“{what}” cannot be undone or redone: {error}</source>
        <translation>«{what}» geri qaytarıla və ya təkrarlana bilməz: {error}</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Qeydin silinməsi</translation>
    </message>
    <message>
        <source>Delete “{name}” from {list}?</source>
        <translation>«{name}» «{list}» siyahısından silinsin?</translation>
    </message>
    <message>
        <source>No event or other record uses it. Edit &gt; Undo (Ctrl+Z) puts it back.</source>
        <translation>Onu heç bir tədbir və ya digər qeyd istifadə etmir. Redaktə &gt; Geri qaytar (Ctrl+Z) onu geri qaytarır.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Link to GeoNames</source>
        <translation>GeoNames ilə əlaqələndir</translation>
    </message>
    <message>
        <source>No GeoNames place has this name. Add the names it is known by as aliases, or keep it as a place made by hand.</source>
        <translation>GeoNames-də bu adda yer yoxdur. Onun bilinən adlarını ləqəb kimi əlavə edin və ya əl ilə yaradılmış yer kimi saxlayın.</translation>
    </message>
    <message>
        <source>“{name}” is:</source>
        <translation>“{name}” budur:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Excel report</source>
        <translation>Excel hesabatı</translation>
    </message>
    <message>
        <source>Cover: period, filters, totals</source>
        <translation>Titul vərəqi: dövr, süzgəclər, yekunlar</translation>
    </message>
    <message>
        <source>Events list</source>
        <translation>Tədbirlər siyahısı</translation>
    </message>
    <message>
        <source>Per region and period</source>
        <translation>Region və dövr üzrə</translation>
    </message>
    <message>
        <source>Per organization and event type</source>
        <translation>Təşkilat və tədbir növü üzrə</translation>
    </message>
    <message>
        <source>Per occasion, anniversary and region</source>
        <translation>Münasibət, ildönümü və region üzrə</translation>
    </message>
    <message>
        <source>Speakers (one row each, with the event UUID)</source>
        <translation>Çıxış edənlər (hər biri bir sətirdə, tədbirin UUID-si ilə)</translation>
    </message>
    <message>
        <source>Program items (one row each, with the event UUID)</source>
        <translation>Proqram bəndləri (hər biri bir sətirdə, tədbirin UUID-si ilə)</translation>
    </message>
    <message>
        <source>Organizers (event UUID to organization UUID, with the role)</source>
        <translation>Təşkilatçılar (tədbirin UUID-i və təşkilatın UUID-i, rolu ilə)</translation>
    </message>
    <message>
        <source>Organizations (UUID, kind, place, aliases)</source>
        <translation>Təşkilatlar (UUID, növ, yer, digər adlar)</translation>
    </message>
    <message>
        <source>Speaker summary</source>
        <translation>Çıxış edənlər üzrə xülasə</translation>
    </message>
    <message>
        <source>Coverage gaps (choose the occasion below)</source>
        <translation>Əhatə boşluqları (münasibəti aşağıda seçin)</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Vərəqlər</translation>
    </message>
    <message>
        <source>Period and filters</source>
        <translation>Dövr və süzgəclər</translation>
    </message>
    <message>
        <source>Diaspora events report</source>
        <translation>Diaspor tədbirləri haqqında hesabat</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Hesabatın başlığı</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Tarixdən</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>Hesabat dövrünün başlanğıcı</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>t&amp;arixədək</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>Hesabat dövrünün sonu</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dövr:</translation>
    </message>
    <message>
        <source>Group periods by</source>
        <translation>Dövrləri qruplaşdır</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>aylar üzrə</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>rüblər üzrə</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>illər üzrə</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ö&amp;lkə:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>T&amp;əşkilat:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Other filters from the main window</source>
        <translation>Əsas pəncərədən digər süzgəclər</translation>
    </message>
    <message>
        <source>Coverage gaps for occasion</source>
        <translation>Münasibət üzrə əhatə boşluqları</translation>
    </message>
    <message>
        <source>Coverage &amp;gaps for:</source>
        <translation>Əhatə boşl&amp;uqları:</translation>
    </message>
    <message>
        <source>Show the data file&apos;s full path and my login on the cover</source>
        <translation>Titul vərəqində verilənlər faylının tam yolunu və istifadəçi adımı göstər</translation>
    </message>
    <message>
        <source>Show where the data lives and who made the report</source>
        <translation>Verilənlərin harada saxlandığını və hesabatı kimin hazırladığını göstər</translation>
    </message>
    <message>
        <source>Preview: events per region</source>
        <translation>Önbaxış: region üzrə tədbirlər</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>İxracın vəziyyəti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected events</source>
        <translation>
            <numerusform>%Ln seçilmiş tədbir</numerusform>
            <numerusform>%Ln seçilmiş tədbir</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Qruplaşdırma:</translation>
    </message>
    <message>
        <source>Occasio&amp;n:</source>
        <translation>&amp;Münasibət:</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>&amp;Faylı aç</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>İxrac olunmuş faylı aç</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>Qovluqda &amp;göstər</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>İxrac olunmuş faylı qovluğunda göstər</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;İxrac et…</translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation>Hesabatı Excel-ə ixrac et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Close the report dialog</source>
        <translation>Hesabat pəncərəsini bağla</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(hamısı)</translation>
    </message>
    <message>
        <source>(the occasion of the filter)</source>
        <translation>(filtrdəki münasibət)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>yoxlanılıb</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>axtarış «%1»</translation>
    </message>
    <message>
        <source>one event type</source>
        <translation>bir tədbir növü</translation>
    </message>
    <message>
        <source>deleted events</source>
        <translation>silinmiş tədbirlər</translation>
    </message>
    <message>
        <source>Also applied: %1</source>
        <translation>Həmçinin tətbiq edilib: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Dövr başlamazdan əvvəl bitir.</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(ölkəsiz)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(regionsuz)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Uyğun tədbir yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events match.</source>
        <translation>
            <numerusform>%Ln tədbir uyğun gəlir.</numerusform>
            <numerusform>%Ln tədbir uyğun gəlir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Hesabatı saxla</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel iş kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Fayl əvəz edilsin?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the new report?</source>
        <translation>“%1” artıq mövcuddur. Yeni hesabatla əvəz edilsin?</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 faylına ixrac edilir…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Hesabat yazılır…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>İxracın gedişi</translation>
    </message>
    <message>
        <source>Writing the report… %1 of %2 events</source>
        <translation>Hesabat yazılır… %2 tədbirdən %1</translation>
    </message>
    <message>
        <source>Saved %1: %2 events in %3 s.</source>
        <translation>%1 saxlanıldı: %2 tədbir, %3 san.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Hesabat saxlanılmadı: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>İxrac ləğv edildi; fayl yazılmadı.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>İdxalı ləğv et</translation>
    </message>
    <message>
        <source>Writing the events…</source>
        <translation>Tədbirlər yazılır…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hazırdır.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>İdxal alınmadı və heç nə dəyişmədi: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Ləğv edildi; heç nə dəyişmədi.</translation>
    </message>
</context>
<context>
    <name>ServerErrorBox</name>
    <message>
        <source>The database server cannot be opened</source>
        <translation>Verilənlər bazası serverindəki məlumatlar açıla bilmir</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data set on the database server {server}. Nothing was changed.</source>
        <translation>Diaspora Events {server} verilənlər bazası serverindəki məlumat toplusunu aça bilmir. Heç nə dəyişdirilməyib.</translation>
    </message>
    <message>
        <source>Diaspora Events cannot open the data set: the server&apos;s address cannot be read. Nothing was changed.</source>
        <translation>Diaspora Events məlumat toplusunu aça bilmir: serverin ünvanı düzgün yazılmayıb. Heç nə dəyişdirilməyib.</translation>
    </message>
    <message>
        <source>Tried again at {time}, without success.</source>
        <translation>Təkrar cəhd ({time}) uğursuz oldu.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yenidən cəhd et</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>Correct the server&apos;s address or password, or choose a data file</source>
        <translation>Serverin ünvanını və ya parolunu düzəldin, yaxud məlumat faylı seçin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıx</translation>
    </message>
    <message>
        <source>Connecting to the database server {server}…</source>
        <translation>{server} verilənlər bazası serverinə qoşulur…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} qovluğu yoxdur.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tənzimləmələr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Sistemdəki kimi ({language})</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;İnterfeys dili</translation>
    </message>
    <message>
        <source>Menus, dates, numbers and reports follow this language after a restart.</source>
        <translation>Menyular, tarixlər, rəqəmlər və hesabatlar proqram yenidən başladıqdan sonra bu dilə keçəcək.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Məlumat toplusu</translation>
    </message>
    <message>
        <source>Current data set</source>
        <translation>Cari məlumat toplusu</translation>
    </message>
    <message>
        <source>Now open:</source>
        <translation>İndi açıqdır:</translation>
    </message>
    <message>
        <source>Data set to open</source>
        <translation>Açılacaq məlumat toplusu</translation>
    </message>
    <message>
        <source>default file: {path}</source>
        <translation>standart fayl: {path}</translation>
    </message>
    <message>
        <source>A SQLite file path, or a PostgreSQL address such as postgresql+psycopg://user@server/events (its password goes in the field below)</source>
        <translation>SQLite faylının yolu və ya PostgreSQL ünvanı, məsələn postgresql+psycopg://user@server/events (parol aşağıdakı sahəyə yazılır)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Verilənlər bazası faylını seçin</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Başlanğıcda aç:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverin parolu</translation>
    </message>
    <message>
        <source>kept in the system keyring, not in the settings</source>
        <translation>parametrlərdə deyil, sistem parol anbarında saxlanılır</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rol:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Qoşulmanı &amp;yoxla</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Qoşulmanı yoxla</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Yoxlamanın nəticəsi</translation>
    </message>
    <message>
        <source>Leave it empty for the default file on this computer. Several desks can share one PostgreSQL server. The new data set opens after a restart.</source>
        <translation>Bu kompüterdəki standart fayl üçün boş saxlayın. Bir neçə iş yeri bir PostgreSQL serverindən istifadə edə bilər. Yeni məlumat toplusu proqram yenidən başladıqdan sonra açılacaq.</translation>
    </message>
    <message>
        <source>Leave it empty for the default file on this computer. Several desks can share one PostgreSQL server. The data set opens when you save.</source>
        <translation>Bu kompüterdəki standart fayl üçün boş saxlayın. Bir neçə iş yeri bir PostgreSQL serverindən istifadə edə bilər. Məlumat toplusu parametrləri saxladığınız anda açılacaq.</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite verilənlər bazası (*.sqlite *.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <source>The file does not exist yet: a new, empty data set will be made at {path}.</source>
        <translation>Fayl hələ yoxdur: {path} ünvanında yeni, boş məlumat toplusu yaradılacaq.</translation>
    </message>
    <message>
        <source>Connected. The data set is empty: it is set up when Diaspora Events opens it.</source>
        <translation>Qoşuldu. Məlumat toplusu boşdur: Diaspora Events onu açanda hazırlayacaq.</translation>
    </message>
    <message>
        <source>Connected. An older version made this data set: it is upgraded (after a backup of a file) when Diaspora Events opens it.</source>
        <translation>Qoşuldu. Bu məlumat toplusu köhnə versiya ilə yaradılıb: Diaspora Events onu açanda yenilənəcək (fayl isə əvvəlcə ehtiyat nüsxəyə çıxarılacaq).</translation>
    </message>
    <message>
        <source>Connected. The data set holds {count} events.</source>
        <translation>Qoşuldu. Məlumat toplusunda {count} tədbir var.</translation>
    </message>
    <message>
        <source>Could not open it: {reason}</source>
        <translation>Açmaq alınmadı: {reason}</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Parol saxlanılmadı</translation>
    </message>
    <message>
        <source>There is no system keyring (password store) on this computer, so the database password was not saved: the settings keep the server address without it. Enter the password again at the next start, or set up a keyring.</source>
        <translation>Bu kompüterdə sistem parol anbarı yoxdur, ona görə verilənlər bazasının parolu saxlanılmadı: parametrlərdə server ünvanı parolsuz qaldı. Növbəti başlanğıcda parolu yenidən daxil edin və ya parol anbarı qurun.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>New events: %1, updated: %2, unchanged: %3, skipped: %4, rows with problems: %5.
Undo this import with Edit → Undo (Ctrl+Z).</source>
        <translation>Yeni tədbirlər: %1, yenilənib: %2, dəyişməyib: %3, buraxılıb: %4, problemli sətirlər: %5.
Bu idxalı ləğv etmək üçün: Redaktə → Geri qaytar (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Səbət</translation>
    </message>
    <message>
        <source>Deleted events</source>
        <translation>Silinmiş tədbirlər</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <source>Restore the selected events</source>
        <translation>Seçilmiş tədbirləri bərpa et</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted events. Select one and press Restore.</source>
        <translation>
            <numerusform>%n silinmiş tədbir. Lazım olanları seçin və «Bərpa et» düyməsini basın.</numerusform>
            <numerusform>%n silinmiş tədbir. Lazım olanları seçin və «Bərpa et» düyməsini basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Səbət boşdur.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n tədbirin silinməsi</numerusform>
            <numerusform>%n tədbirin silinməsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n events</source>
        <translation>
            <numerusform>%n tədbirin bərpası</numerusform>
            <numerusform>%n tədbirin bərpası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n events {status}</source>
        <translation>
            <numerusform>%n tədbirin işarələnməsi: {status}</numerusform>
            <numerusform>%n tədbirin işarələnməsi: {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n events</source>
        <translation>
            <numerusform>%n tədbirin idxalı</numerusform>
            <numerusform>%n tədbirin idxalı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation>
            <numerusform>%n tədbir əlavə edildi</numerusform>
            <numerusform>%n tədbir əlavə edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events updated</source>
        <translation>
            <numerusform>%n tədbir dəyişdirildi</numerusform>
            <numerusform>%n tədbir dəyişdirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events removed</source>
        <translation>
            <numerusform>%n tədbir silindi</numerusform>
            <numerusform>%n tədbir silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events restored</source>
        <translation>
            <numerusform>%n tədbir bərpa edildi</numerusform>
            <numerusform>%n tədbir bərpa edildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the data file</source>
        <translation>Məlumat faylı yenilənir</translation>
    </message>
    <message>
        <source>Making a backup of your data before the upgrade…</source>
        <translation>Yeniləmədən əvvəl məlumatlarınızın ehtiyat nüsxəsi çıxarılır…</translation>
    </message>
    <message>
        <source>Upgrading your data file to this version… (a few seconds; do not turn the computer off)</source>
        <translation>Məlumat faylınız bu versiyaya yenilənir… (bir neçə saniyə; kompüteri söndürməyin)</translation>
    </message>
    <message>
        <source>This cannot be cancelled. If it is stopped all the same, your data file is left as it was and is upgraded at the next start.</source>
        <translation>Bunu ləğv etmək olmaz. Əgər yenə də dayandırılsa, məlumat faylınız əvvəlki kimi qalır və növbəti açılışda yenilənir.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>It stopped because of an error in the application. The details are in the log file {log}: please send it to whoever supports the application.</source>
        <translation>İş proqramdakı xəta səbəbindən dayandı. Təfərrüatlar {log} jurnal faylındadır: onu proqrama baxan şəxsə göndərin.</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Dayandırıldı; heç nə dəyişdirilmədi.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>at start</source>
        <translation>başlanğıcda</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>gündəlik</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>əl ilə</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>bərpadan əvvəl</translation>
    </message>
    <message>
        <source>damaged file replaced by a restore</source>
        <translation>bərpa zamanı əvəz olunmuş zədəli fayl</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>idxaldan əvvəl</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>birləşdirmədən əvvəl</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>yeniləmədən əvvəl</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <source>Showing the events of the overview&apos;s “{what}”; change a filter to see all again.</source>
        <translation>İcmaldan “{what}” tədbirləri göstərilir; hamısını yenidən görmək üçün istənilən filtri dəyişin.</translation>
    </message>
</context>
</TS>
