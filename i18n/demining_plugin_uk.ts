<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>BuildDemoAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="60" />
            <source>Build demo store</source>
            <translation>Створити демонстраційне сховище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="62" />
            <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
            <translation>Створює демонстраційний сценарій (звільнення земель навколо Карабаху, Азербайджан, 2020–2022) у новому сховищі з фіксованого випадкового зерна, на реальних межах районів, що постачаються з QGIS (Natural Earth). Поруч зі сховищем записує проєкт QGIS (.qgz), який відкриває його зі стилями.

OUTPUT: шлях до файлу .gpkg, що записується (замінюється, якщо існує). SEED: випадкове зерно (типове значення відтворює опубліковані показники).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="73" />
            <source>Random seed</source>
            <translation>Випадкове зерно</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>Demo store</source>
            <translation>Демонстраційне сховище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="79" />
            <source>Demo project</source>
            <translation>Демонстраційний проєкт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="80" />
            <source>Hectares released</source>
            <translation>Звільнено гектарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="81" />
            <source>Items found</source>
            <translation>Знайдено предметів</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDock</name>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Planned</source>
            <translation>План</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Released</source>
            <translation>Звільнено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="58" />
            <source>Clearance</source>
            <translation>Очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw released land</source>
            <translation>Намалювати звільнену землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
            <translation>Намалюйте на мапі звільнену землю (діє прив'язка); правий клац або Enter завершує, Ctrl+Z скасовує останнє звільнення.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Mark selected tasks released…</source>
            <translation>Позначити вибрані завдання звільненими…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Record the selected tasks or sectors as released land.</source>
            <translation>Записати вибрані завдання або сектори як звільнену землю.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide into sectors…</source>
            <translation>Поділити на сектори…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide the selected task into numbered sectors.</source>
            <translation>Поділити вибране завдання на пронумеровані сектори.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Undo last release</source>
            <translation>Скасувати останнє звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Take back the last release or sector division, all of it.</source>
            <translation>Скасувати останнє звільнення або поділ на сектори повністю.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="96" />
            <source>Planned hectares</source>
            <translation>Заплановано гектарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="97" />
            <source>Hectares released in the task</source>
            <translation>Гектарів звільнено в завданні</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="169" />
            <source>No store open.</source>
            <translation>Сховище не відкрито.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="171" />
            <source>More than {n} tasks in view: zoom in to list them.</source>
            <translation>У вікні мапи понад {n} завдань: наблизьте мапу, щоб побачити список.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="175" />
            <source>{n} tasks in the map view</source>
            <translation>Завдань у вікні мапи: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="213" />
            <source>Select one task to divide (in this list or on the map).</source>
            <translation>Виберіть одне завдання для поділу (у цьому списку або на мапі).</translation>
        </message>
    </context>
    <context>
        <name>CreateStoreAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="23" />
            <source>Create project store</source>
            <translation>Створити сховище проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="25" />
            <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.</source>
            <translation>Створює порожнє сховище проєкту Demining: GeoPackage з усіма шарами моделі даних (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), для кожного з яких у файлі збережено типовий стиль (кольори IMAS 07.11) і форму атрибутів.

OUTPUT: шлях до нового файлу .gpkg. CRS: система координат шарів (типово EPSG:4326). Наявний файл замінюється, лише якщо задано OVERWRITE.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="37" />
            <source>Layer CRS</source>
            <translation>Система координат шарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="38" />
            <source>Replace an existing file</source>
            <translation>Замінити наявний файл</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>Store</source>
            <translation>Сховище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="42" />
            <source>Data model version</source>
            <translation>Версія моделі даних</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="49" />
            <source>Unknown coordinate reference system: {}</source>
            <translation>Невідома система координат: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="54" />
            <source>Created store {} ({})</source>
            <translation>Створено сховище {} ({})</translation>
        </message>
    </context>
    <context>
        <name>DeminingAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="30" />
            <source>Land release</source>
            <translation>Звільнення земель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="18" />
            <source>Project store</source>
            <translation>Сховище проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="29" />
            <source>Totals and reports</source>
            <translation>Підсумки та звіти</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="40" />
            <source>Mine maps</source>
            <translation>Карти мінних полів</translation>
        </message>
    </context>
    <context>
        <name>DeminingDock</name>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="57" />
            <source>Demining</source>
            <translation>Розмінування</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="100" />
            <source>Recompute the figures from the store</source>
            <translation>Перерахувати показники за сховищем</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>New store…</source>
            <translation>Нове сховище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
            <translation>Створити порожнє сховище Demining (GeoPackage) і додати його до проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Open store…</source>
            <translation>Відкрити сховище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Додати до проєкту шари наявного сховища Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Load demo</source>
            <translation>Завантажити демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
            <translation>Відкрити демонстраційний сценарій (Карабах, 2020–2022), за потреби спершу створивши його</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="134" />
            <source>Building the demo… %p%</source>
            <translation>Створення демо… %p%</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="140" />
            <source>Headline figures</source>
            <translation>Основні показники</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Figure</source>
            <translation>Показник</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="164" />
            <source>Layers</source>
            <translation>Шари</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Features</source>
            <translation>Об'єкти</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="228" />
            <source>No store open</source>
            <translation>Сховище не відкрито</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="230" />
            <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
            <translation>Створіть нове сховище, відкрийте наявне або завантажте демо, щоб побачити тут його показники.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="239" />
            <source>Data model version {version} · {crs}</source>
            <translation>Версія моделі даних {version} · {crs}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="241" />
            <source>Reading store {}</source>
            <translation>Читання сховища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="250" />
            <source>Computing figures…</source>
            <translation>Обчислення показників…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="253" />
            <source>The figures could not be computed; see the message log.</source>
            <translation>Не вдалося обчислити показники; див. журнал повідомлень.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Land released</source>
            <translation>Звільнено земель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Cancelled, reduced and cleared land; overlaps counted once</source>
            <translation>Скасовані, зменшені та очищені землі; перекриття враховуються один раз</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Items found</source>
            <translation>Знайдено предметів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Mines, UXO and other items found (sum of quantities)</source>
            <translation>Знайдені міни, НРБ та інші предмети (сума кількостей)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="277" />
            <source>Cleared routes</source>
            <translation>Очищені дороги</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="278" />
            <source>Accidents</source>
            <translation>Нещасні випадки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Killed</source>
            <translation>Загинуло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Injured</source>
            <translation>Поранено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians killed</source>
            <translation>Загинуло цивільних</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians injured</source>
            <translation>Поранено цивільних</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="288" />
            <source>All dates, saved data.</source>
            <translation>Усі дати, збережені дані.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cleared</source>
            <translation>Очищено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Reduced</source>
            <translation>Зменшено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AP mines</source>
            <translation>ПП міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AT mines</source>
            <translation>ПТ міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>UXO</source>
            <translation>НРБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AXO</source>
            <translation>ПВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>IEDs</source>
            <translation>СВП</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Submunitions</source>
            <translation>Суббоєприпаси</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Other items</source>
            <translation>Інші предмети</translation>
        </message>
    </context>
    <context>
        <name>DeminingPlugin</name>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Demining Panel</source>
            <translation>Панель «Розмінування»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Show or hide the Demining panel</source>
            <translation>Показати або сховати панель «Розмінування»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>New Store…</source>
            <translation>Нове сховище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>Create an empty Demining store and add it to the project</source>
            <translation>Створити порожнє сховище Demining і додати його до проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Open Store…</source>
            <translation>Відкрити сховище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Додати до проєкту шари наявного сховища Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Load Demo</source>
            <translation>Завантажити демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Open the demo scenario, building it first if needed</source>
            <translation>Відкрити демонстраційний сценарій, за потреби спершу створивши його</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Clearance Panel</source>
            <translation>Панель «Очищення»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
            <translation>Показати або сховати панель «Очищення» (завдання у вікні мапи, інструменти звільнення)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw Released Land</source>
            <translation>Намалювати звільнену землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
            <translation>Намалювати на мапі звільнену землю; вона обрізається за небезпечними районами й ніколи не враховується двічі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Mark Selected Tasks Released…</source>
            <translation>Позначити вибрані завдання звільненими…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Record the selected tasks or sectors as released</source>
            <translation>Записати вибрані завдання або сектори як звільнені</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide into Sectors…</source>
            <translation>Поділити на сектори…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide the selected task into numbered sectors</source>
            <translation>Поділити вибране завдання на пронумеровані сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Undo Last Release</source>
            <translation>Скасувати останнє звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Take back the whole of the last release or sector division</source>
            <translation>Скасувати повністю останнє звільнення або поділ на сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Clearance Totals</source>
            <translation>Підсумки очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
            <translation>Показати або сховати панель підсумків очищення (гектари, предмети, дороги, нещасні випадки за районами, методами, групами чи періодами)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Period Report…</source>
            <translation>Звіт за період…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
            <translation>Записати звіт сховища за період (текст і таблиця) у форматі .md, .html або .txt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="129" />
            <source>Demining</source>
            <translation>Розмінування</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="131" />
            <source>&amp;Demining</source>
            <translation>&amp;Розмінування</translation>
        </message>
    </context>
    <context>
        <name>DeminingTasks</name>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="81" />
            <source>Demining figures of {}</source>
            <translation>Показники Demining для {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="97" />
            <source>Building the Demining demo</source>
            <translation>Створення демо Demining</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../demining_plugin/gui/formatting.py" line="28" />
            <source>{} ha</source>
            <translation>{} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/formatting.py" line="33" />
            <source>{} km</source>
            <translation>{} км</translation>
        </message>
    </context>
    <context>
        <name>HectareTotalsAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="71" />
            <source>Hectare totals</source>
            <translation>Підсумки в гектарах</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="41" />
            <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer's CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts' name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
            <translation>Гектари полігонального шару, кожен квадратний метр враховується один раз: де полігони перекриваються (імпортовані старі дані, земля спершу обстежена, потім очищена), земля враховується за найранішим звільненням, що її покриває (найменший id об'єкта в ту саму дату). Площі — справжні площі на еліпсоїді WGS84 за будь-якої системи координат шару.

INPUT: будь-який полігональний шар. REGIONS (необов'язково): полігональний шар районів; полігони розрізаються по межах районів, і кожна частина враховується у своєму районі (стовпець region). REGION_FIELD: поле назви району (типово name). GROUP_BY: імена полів INPUT через кому (наприклад, release_method,technique), а також month або week (тиждень ISO) поля дати. DATE_FIELD: дата звільнення (типово released_on, якщо таке поле є). DATE_FROM, DATE_TO: РРРР-ММ-ДД, обидві включно; земля, вперше звільнена до DATE_FROM, не враховується.

OUTPUT: таблиця з полями групування, area_ha і n_features (об'єкти із землею в групі). TOTAL_HA: гектари всіх груп.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="57" />
            <source>Released land (polygons)</source>
            <translation>Звільнена земля (полігони)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="59" />
            <source>Districts (polygons)</source>
            <translation>Райони (полігони)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="61" />
            <source>District name field</source>
            <translation>Поле назви району</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="63" />
            <source>Group by (comma-separated fields; month, week)</source>
            <translation>Групувати за (поля через кому; month, week)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="65" />
            <source>Date field</source>
            <translation>Поле дати</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="67" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Від дати (РРРР-ММ-ДД, включно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="69" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>До дати (РРРР-ММ-ДД, включно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="73" />
            <source>Total hectares</source>
            <translation>Усього гектарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="110" />
            <source>Cancelled.</source>
            <translation>Скасовано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="126" />
            <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
            <translation>{ha:,.2f} га в {groups} групах з {n} об'єктів, кожен квадратний метр враховано один раз (для {general} об'єктів знадобився GEOS).</translation>
        </message>
    </context>
    <context>
        <name>MarkClearedAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="47" />
            <source>Mark areas released</source>
            <translation>Позначити ділянки звільненими</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="49" />
            <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.

STORE: the store (.gpkg). METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. Outputs ADDED_HA (true ellipsoidal hectares) and ADDED_COUNT (released polygons stored).</source>
            <translation>Записує полігони INPUT до сховища проєкту як звільнену землю, точно як інструмент мапи: кожен полігон перетинається з небезпечними районами, уже звільнена земля вилучається (гектар ніколи не враховується двічі), решта ділиться за завданнями та по межах районів, а фрагменти менші за 1 м² відкидаються. Залишкова площа і статус небезпечних районів (відкритий, у роботі, закритий) і статус завдань оновлюються. Усе записується в одній транзакції: якщо щось не вдається, нічого не змінюється.

STORE: сховище (.gpkg). METHOD: cleared, reduced або cancelled. TECHNIQUE: manual, mechanical або mdd. DATE: РРРР-ММ-ДД. TASK_ID (необов'язково): завдання, до якого належить робота; земля поза ним не враховується. TOLERANCE (м², типово 1): шматки менші за це не записуються, а небезпечний район чи завдання з меншим залишком закривається. Виводить ADDED_HA (справжні еліпсоїдальні гектари) і ADDED_COUNT (записані полігони звільнення).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="64" />
            <source>Project store</source>
            <translation>Сховище проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="65" />
            <source>Areas released</source>
            <translation>Звільнені ділянки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="67" />
            <source>Release method</source>
            <translation>Метод звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="70" />
            <source>Technique</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="73" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="74" />
            <source>Team</source>
            <translation>Група</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="75" />
            <source>Release date (YYYY-MM-DD)</source>
            <translation>Дата звільнення (РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="77" />
            <source>Clearance depth (cm)</source>
            <translation>Глибина очищення (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="80" />
            <source>Task ID</source>
            <translation>ID завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="81" />
            <source>Slivers and remainders smaller than this are ignored (m²)</source>
            <translation>Фрагменти й залишки, менші за це значення, ігноруються (м²)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="84" />
            <source>Hectares added</source>
            <translation>Додано гектарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="85" />
            <source>Released polygons added</source>
            <translation>Додано полігонів звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="91" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT не є полігональним шаром, який можна прочитати.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="111" />
            <source>Cancelled; nothing was stored.</source>
            <translation>Скасовано; нічого не записано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="113" />
            <source>Feature {} has no geometry; skipped.</source>
            <translation>Об'єкт {} не має геометрії; пропущено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="121" />
            <source>Feature {}: {}</source>
            <translation>Об'єкт {}: {}</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="34" />
            <source>Demining</source>
            <translation>Розмінування</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="55" />
            <source>{doing} failed: {error}</source>
            <translation>{doing}: помилка: {error}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="60" />
            <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
            <translation>{doing}: непередбачена помилка ({error}). Подробиці — на вкладці Demining панелі «Журнал повідомлень».</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="53" />
            <source>{first} and {last}</source>
            <translation>{first} і {last}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mine</source>
            <translation>{n} протипіхотна міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mines</source>
            <translation>протипіхотні міни — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mine</source>
            <translation>{n} протитанкова міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mines</source>
            <translation>протитанкові міни — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} item of unexploded ordnance (UXO)</source>
            <translation>{n} нерозірваний боєприпас (НРБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} items of unexploded ordnance (UXO)</source>
            <translation>нерозірвані боєприпаси (НРБ) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} item of abandoned explosive ordnance (AXO)</source>
            <translation>{n} покинутий вибухонебезпечний боєприпас (ПВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} items of abandoned explosive ordnance (AXO)</source>
            <translation>покинуті вибухонебезпечні боєприпаси (ПВБ) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive device (IED)</source>
            <translation>{n} саморобний вибуховий пристрій (СВП)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive devices (IEDs)</source>
            <translation>саморобні вибухові пристрої (СВП) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunition</source>
            <translation>{n} суббоєприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunitions</source>
            <translation>суббоєприпаси — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other item</source>
            <translation>{n} інший предмет</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other items</source>
            <translation>інші предмети — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="93" />
            <source>Total</source>
            <translation>Разом</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="155" />
            <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
            <translation>Гектари — справжні (еліпсоїдальні) площі; земля, звільнена більше ніж один раз, враховується один раз, за першим звільненням. Райони — там, де розташовані земля, предмети, дороги та нещасні випадки.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="167" />
            <source>Outside the districts</source>
            <translation>Поза районами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="187" />
            <source>between {start} and {end}</source>
            <translation>у період з {start} по {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="190" />
            <source>on {day}</source>
            <translation>{day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="197" />
            <source>outside the mapped districts</source>
            <translation>поза нанесеними на мапу районами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="208" />
            <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
            <translation>{Period} виявлено 1 вибухонебезпечний предмет: {parts}, у районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="210" />
            <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
            <translation>{Period} виявлено вибухонебезпечних предметів: {n} ({parts}), у районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="217" />
            <source>{Period}, no explosive items were found.</source>
            <translation>{Period} вибухонебезпечних предметів не виявлено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="225" />
            <source>{ha} ha cleared</source>
            <translation>очищено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="227" />
            <source>{ha} ha reduced by technical survey</source>
            <translation>зменшено технічним обстеженням {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="230" />
            <source>{ha} ha cancelled by non-technical survey</source>
            <translation>скасовано нетехнічним обстеженням {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="232" />
            <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
            <translation>Звільнено {ha} га землі, кожен квадратний метр враховано один раз: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="236" />
            <source>Land was cleared in {districts}.</source>
            <translation>Очищення проводилося в районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="239" />
            <source>No land was released.</source>
            <translation>Землі не звільнялися.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="243" />
            <source>{km} km of routes were cleared, in {districts}.</source>
            <translation>Очищено {km} км доріг, у районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="246" />
            <source>No routes were cleared.</source>
            <translation>Дороги не очищалися.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="250" />
            <source>1 mine accident was recorded</source>
            <translation>Зареєстровано 1 нещасний випадок, пов'язаний з мінами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="251" />
            <source>{n} mine accidents were recorded</source>
            <translation>Зареєстровано нещасних випадків, пов'язаних з мінами: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="252" />
            <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
            <translation>{accidents}; загинуло: {killed}, поранено: {injured}; райони: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="257" />
            <source>No mine accidents were recorded.</source>
            <translation>Нещасних випадків, пов'язаних з мінами, не зареєстровано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="260" />
            <source>Mine action report, {day}</source>
            <translation>Звіт про протимінну діяльність, {day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="262" />
            <source>Mine action report, {start} to {end}</source>
            <translation>Звіт про протимінну діяльність, з {start} по {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="287" />
            <source>{n} were destroyed in situ</source>
            <translation>знищено на місці: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="288" />
            <source>{n} were removed for demolition</source>
            <translation>вивезено для знищення: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="289" />
            <source>{n} were rendered safe</source>
            <translation>знешкоджено: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="299" />
            <source>{n} have no disposal recorded</source>
            <translation>без запису про утилізацію: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="300" />
            <source>Of these, {parts}.</source>
            <translation>З них {parts}.</translation>
        </message>
    </context>
    <context>
        <name>PeriodReportAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="134" />
            <source>Period report</source>
            <translation>Звіт за період</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="136" />
            <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period's dates. Every figure is computed from the store.

STORE: a Demining project store (.gpkg). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
            <translation>Записує зведення, яке агентство публікує за період, повними реченнями й таблицею за районами: знайдені предмети за категоріями та райони, де їх знайдено, звільнені гектари за методами (кожен квадратний метр один раз, справжні еліпсоїдальні площі), кілометри очищених доріг і нещасні випадки, з датами періоду. Усі показники обчислюються за сховищем.

STORE: сховище проєкту Demining (.gpkg). DATE_FROM, DATE_TO: РРРР-ММ-ДД, обидві включно. OUTPUT: файл звіту; його розширення визначає формат: .md (Markdown), .html або .txt. TEXT: звіт як простий текст.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="147" />
            <source>Project store</source>
            <translation>Сховище проєкту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="149" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Від дати (РРРР-ММ-ДД, включно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="150" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>До дати (РРРР-ММ-ДД, включно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Report</source>
            <translation>Звіт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="153" />
            <source>Report text</source>
            <translation>Текст звіту</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="175" />
            <source>Cancelled.</source>
            <translation>Скасовано.</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message>
            <location filename="../demining_plugin/core/release.py" line="43" />
            <source>{ha} ha reduced</source>
            <translation>зменшено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="45" />
            <source>{ha} ha cancelled</source>
            <translation>скасовано {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="46" />
            <source>{ha} ha cleared</source>
            <translation>очищено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="116" />
            <source>{released} in task {task}</source>
            <translation>{released} у завданні {task}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="118" />
            <source>{released} ({district})</source>
            <translation>{released} ({district})</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="122" />
            <source>{ha} ha remain in hazard {hazard}</source>
            <translation>у небезпечному районі {hazard} залишається {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="125" />
            <source>{remain} (now closed)</source>
            <translation>{remain} (тепер закритий)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="152" />
            <source>The drawn area is empty.</source>
            <translation>Намальована ділянка порожня.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="154" />
            <source>Released land must be drawn as a polygon.</source>
            <translation>Звільнену землю треба малювати полігоном.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="161" />
            <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
            <translation>Малюнок самоперетинається і після виправлення не має площі; намалюйте його знову.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="164" />
            <source>The drawing crossed itself and was repaired.</source>
            <translation>Малюнок самоперетинався і був виправлений.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="199" />
            <source>Task {task} does not exist in this store.</source>
            <translation>Завдання {task} немає в цьому сховищі.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="204" />
            <source>Nothing was added: the area lies outside task {task}.</source>
            <translation>Нічого не додано: ділянка лежить поза завданням {task}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="208" />
            <source>The part outside task {task} was left out.</source>
            <translation>Частину поза завданням {task} не враховано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="214" />
            <source>Nothing was added: the area is outside every hazard area.</source>
            <translation>Нічого не додано: ділянка поза всіма небезпечними районами.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="256" />
            <source>Nothing was added: this land is already released.</source>
            <translation>Нічого не додано: цю землю вже звільнено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="258" />
            <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
            <translation>Нічого не додано: після обрізання за небезпечними районами ділянка порожня.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="262" />
            <source>Slivers under {m2} m² were left out.</source>
            <translation>Фрагменти менші за {m2} м² не враховано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="65" />
            <source>Release method '{method}' is not one of {codes}.</source>
            <translation>Метод звільнення «{method}» не входить до списку: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="68" />
            <source>Technique '{technique}' is not one of {codes}.</source>
            <translation>Спосіб «{technique}» не входить до списку: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="71" />
            <source>The release date is missing.</source>
            <translation>Не вказано дату звільнення.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="73" />
            <source>The release date {date} is in the future.</source>
            <translation>Дата звільнення {date} ще не настала.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="76" />
            <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
            <translation>Глибина очищення {depth} см поза діапазоном 0–500 см.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseController</name>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="51" />
            <source>Undoing '{}'</source>
            <translation>Скасування «{}»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="67" />
            <source>Refreshing the layers</source>
            <translation>Оновлення шарів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="58" />
            <source>Undone: {}</source>
            <translation>Скасовано: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="63" />
            <source>Redoing '{}'</source>
            <translation>Повторення «{}»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="98" />
            <source>Record the land you drew as released.</source>
            <translation>Записати намальовану землю як звільнену.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="102" />
            <source>Marking land released</source>
            <translation>Позначення землі звільненою</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="115" />
            <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
            <translation>Спершу виберіть завдання або сектори для позначення (шар «Завдання з очищення»).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="119" />
            <source>{n} selected: {ids}</source>
            <translation>Вибрано {n}: {ids}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="126" />
            <source>Marking tasks released</source>
            <translation>Позначення завдань звільненими</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="148" />
            <source>There is no release to undo.</source>
            <translation>Немає звільнення для скасування.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="158" />
            <source>Open or create a store first (Demining dock).</source>
            <translation>Спершу відкрийте або створіть сховище (панель «Розмінування»).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="182" />
            <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
            <translation>Шар {layer} має незбережені зміни. Збережіть або відкиньте їх, потім позначте землю знову.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="37" />
            <source>Mark land released</source>
            <translation>Позначити землю звільненою</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="52" />
            <source>Release method</source>
            <translation>Метод звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="74" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="59" />
            <source>Technique</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="62" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="64" />
            <source>Team</source>
            <translation>Група</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="70" />
            <source>Released on</source>
            <translation>Дата звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="77" />
            <source>Clearance depth</source>
            <translation>Глибина очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="80" />
            <source>(from the map)</source>
            <translation>(з мапи)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="83" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="86" />
            <source>Mark released</source>
            <translation>Позначити звільненою</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Suspected hazardous area (SHA)</source>
            <translation>Підозрілий небезпечний район (ПНР, SHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Confirmed hazardous area (CHA)</source>
            <translation>Підтверджений небезпечний район (ПдНР, CHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Open</source>
            <translation>Відкритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Worked on</source>
            <translation>У роботі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Closed</source>
            <translation>Закритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cleared (clearance)</source>
            <translation>Очищено (очищення)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Reduced (technical survey)</source>
            <translation>Зменшено (технічне обстеження)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cancelled (non-technical survey)</source>
            <translation>Скасовано (нетехнічне обстеження)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Manual</source>
            <translation>Ручний</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mechanical</source>
            <translation>Механізований</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mine detection dogs</source>
            <translation>Мінно-пошукові собаки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-personnel mine</source>
            <translation>Протипіхотна міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-tank mine</source>
            <translation>Протитанкова міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Unexploded ordnance (UXO)</source>
            <translation>Нерозірваний боєприпас (НРБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Abandoned explosive ordnance (AXO)</source>
            <translation>Покинутий вибухонебезпечний боєприпас (ПВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Improvised explosive device (IED)</source>
            <translation>Саморобний вибуховий пристрій (СВП)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Submunition</source>
            <translation>Суббоєприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-personnel mines</source>
            <translation>Протипіхотні міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-tank mines</source>
            <translation>Протитанкові міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Mixed AP and AT mines</source>
            <translation>Змішані ПП і ПТ міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Unexploded ordnance</source>
            <translation>Нерозірвані боєприпаси</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Cluster munitions</source>
            <translation>Касетні боєприпаси</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Improvised explosive devices</source>
            <translation>Саморобні вибухові пристрої</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Clearance</source>
            <translation>Очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Technical survey</source>
            <translation>Технічне обстеження</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Non-technical survey</source>
            <translation>Нетехнічне обстеження</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Route clearance</source>
            <translation>Очищення доріг</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>EOD spot task</source>
            <translation>Разове завдання зі знешкодження ВНП</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Intact</source>
            <translation>Цілий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Damaged</source>
            <translation>Пошкоджений</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Deteriorated</source>
            <translation>Зруйнований від часу</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Armed</source>
            <translation>Зведений</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Unknown</source>
            <translation>Невідомо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Destroyed in situ</source>
            <translation>Знищено на місці</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Removed for demolition</source>
            <translation>Вивезено для знищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Rendered safe</source>
            <translation>Знешкоджено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Illegal entry into uncleared land</source>
            <translation>Незаконне проникнення на неочищену землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Leaving cleared land</source>
            <translation>Вихід за межі очищеної землі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Demining</source>
            <translation>Розмінування</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Farming</source>
            <translation>Землеробство</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Herding</source>
            <translation>Випасання худоби</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Travelling</source>
            <translation>Пересування</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Handling or tampering</source>
            <translation>Поводження або спроба розбирання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Reference point (landmark)</source>
            <translation>Вихідна точка (орієнтир)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Benchmark</source>
            <translation>Репер</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Turning point</source>
            <translation>Поворотна точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Intermediate point</source>
            <translation>Проміжна точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>End point</source>
            <translation>Кінцева точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Degrees</source>
            <translation>Градуси</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6400)</source>
            <translation>Тисячні (6400)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6000)</source>
            <translation>Тисячні (6000)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>True north</source>
            <translation>Істинна північ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Grid north</source>
            <translation>Сіткова північ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Magnetic north</source>
            <translation>Магнітна північ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Road</source>
            <translation>Дорога</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Track</source>
            <translation>Ґрунтова дорога</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Path</source>
            <translation>Стежка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Railway</source>
            <translation>Залізниця</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="283" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="284" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="285" />
            <source>Team</source>
            <translation>Група</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="286" />
            <source>Remarks</source>
            <translation>Примітки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Districts</source>
            <translation>Райони</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Region ID</source>
            <translation>ID району</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Local name</source>
            <translation>Місцева назва</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative level</source>
            <translation>Адміністративний рівень</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative districts used to split and total released land.</source>
            <translation>Адміністративні райони для поділу й підрахунку звільненої землі.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard areas</source>
            <translation>Небезпечні райони</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard ID</source>
            <translation>ID небезпечного району</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Classification</source>
            <translation>Класифікація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Contamination</source>
            <translation>Забруднення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Reported on</source>
            <translation>Дата повідомлення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Evidence</source>
            <translation>Ознаки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Area (ha)</source>
            <translation>Площа (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Remaining (ha)</source>
            <translation>Залишок (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
            <translation>Підозрілі (ПНР, SHA) і підтверджені (ПдНР, CHA) небезпечні райони.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance tasks</source>
            <translation>Завдання з очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task ID</source>
            <translation>ID завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Hazard</source>
            <translation>Небезпечний район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Parent task</source>
            <translation>Батьківське завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task type</source>
            <translation>Тип завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned start</source>
            <translation>Планований початок</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned end</source>
            <translation>Планований кінець</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned (ha)</source>
            <translation>План (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Sector number</source>
            <translation>Номер сектора</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
            <translation>Завдання з очищення й обстеження та їхні сектори, нанесені всередині небезпечних районів.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released land</source>
            <translation>Звільнена земля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release ID</source>
            <translation>ID звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release method</source>
            <translation>Метод звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Technique</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released on</source>
            <translation>Дата звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Clearance depth (cm)</source>
            <translation>Глибина очищення (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
            <translation>Земля, звільнена очищенням, технічним або нетехнічним обстеженням; без перекриттів.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Minefield records</source>
            <translation>Формуляри мінних полів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Record ID</source>
            <translation>ID формуляра</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Received on</source>
            <translation>Дата отримання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied by</source>
            <translation>Ким передано</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AP mines</source>
            <translation>Заявлено ПП мін</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AT mines</source>
            <translation>Заявлено ПТ мін</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed mines in total</source>
            <translation>Заявлено мін усього</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing unit</source>
            <translation>Одиниця азимута</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>North reference</source>
            <translation>Напрям півночі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Magnetic declination (degrees)</source>
            <translation>Магнітне схилення (градуси)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Traverse misclosure (m)</source>
            <translation>Нев'язка ходу (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied minefield records (mine maps handed over by the other side).</source>
            <translation>Передані формуляри мінних полів (карти мінування, передані іншою стороною).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mines</source>
            <translation>Міни за формуляром</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mine ID</source>
            <translation>ID міни за формуляром</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Minefield record</source>
            <translation>Формуляр мінного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Row</source>
            <translation>Ряд</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mine number in row</source>
            <translation>Номер міни в ряду</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mines as positioned by a supplied record.</source>
            <translation>Міни в положеннях за переданим формуляром.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Record points</source>
            <translation>Точки формуляра</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point UID</source>
            <translation>UID точки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point number</source>
            <translation>Номер точки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point type</source>
            <translation>Тип точки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing</source>
            <translation>Азимут</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Distance (m)</source>
            <translation>Відстань (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>From point</source>
            <translation>Від точки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Reference point, benchmark and turning points of a minefield record.</source>
            <translation>Вихідна точка, репер і поворотні точки формуляра мінного поля.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Items found</source>
            <translation>Знайдено предметів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Item ID</source>
            <translation>ID предмета</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Quantity</source>
            <translation>Кількість</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Found on</source>
            <translation>Дата виявлення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Depth (cm)</source>
            <translation>Глибина (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Condition</source>
            <translation>Стан</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Disposition</source>
            <translation>Утилізація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Mines, UXO and other items found and what was done with them.</source>
            <translation>Знайдені міни, НРБ та інші предмети і що з ними зроблено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared routes</source>
            <translation>Очищені дороги</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route ID</source>
            <translation>ID дороги</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route type</source>
            <translation>Тип дороги</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared width (m)</source>
            <translation>Очищена ширина (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared on</source>
            <translation>Дата очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Length (km)</source>
            <translation>Довжина (км)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Roads and tracks cleared and verified.</source>
            <translation>Очищені та перевірені дороги й колії.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accidents</source>
            <translation>Нещасні випадки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accident ID</source>
            <translation>ID нещасного випадку</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Occurred on</source>
            <translation>Дата події</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Killed</source>
            <translation>Загинуло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Injured</source>
            <translation>Поранено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Civilian victims</source>
            <translation>Цивільні жертви</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Activity at the time</source>
            <translation>Діяльність у момент події</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Device</source>
            <translation>Пристрій</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Mine and UXO accidents with their victims.</source>
            <translation>Нещасні випадки з мінами та НРБ і їхні жертви.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="108" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="180" />
            <source>Value out of range</source>
            <translation>Значення поза допустимим діапазоном</translation>
        </message>
    </context>
    <context>
        <name>SectoriseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="137" />
            <source>Divide into sectors</source>
            <translation>Поділити на сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="139" />
            <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon's local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent's attributes and gets sector_no, sector_id (such as T-0042/07, from the parent's task_id, hazard_id or feature id) and area_ha.</source>
            <translation>Ділить кожен полігон INPUT (завдання або небезпечні райони) на пронумеровані сектори або смуги шириною WIDTH метрів і довжиною LENGTH метрів уздовж напрямку ANGLE (градуси за годинниковою стрілкою від півночі), виміряні на місцевості в місцевій зоні UTM полігона й обрізані за полігоном. Сектори покривають батьківський полігон точно, без перекриттів і проміжків. Кожен сектор зберігає атрибути батька й отримує sector_no, sector_id (наприклад, T-0042/07, з task_id, hazard_id або id об'єкта батька) і area_ha.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="149" />
            <source>Polygons to divide</source>
            <translation>Полігони для поділу</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="151" />
            <source>Sector width (m)</source>
            <translation>Ширина сектора (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="153" />
            <source>Sector length (m)</source>
            <translation>Довжина сектора (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="155" />
            <source>Direction (degrees from north)</source>
            <translation>Напрямок (градуси від півночі)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="158" />
            <source>Sectors</source>
            <translation>Сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="164" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT не є полігональним шаром, який можна прочитати.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="196" />
            <source>{}: {} sectors</source>
            <translation>{}: секторів: {}</translation>
        </message>
    </context>
    <context>
        <name>SectorsDialog</name>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="41" />
            <source>Divide {} into sectors</source>
            <translation>Поділити {} на сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="48" />
            <source> m</source>
            <translation> м</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="51" />
            <source>°</source>
            <translation>°</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="52" />
            <source>Width (across)</source>
            <translation>Ширина (впоперек)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="53" />
            <source>Length (along)</source>
            <translation>Довжина (уздовж)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="54" />
            <source>Direction from north</source>
            <translation>Напрямок від півночі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="55" />
            <source>Draw baseline on the map…</source>
            <translation>Намалювати базову лінію на мапі…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="56" />
            <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
            <translation>Клацніть початок базової лінії, потім точку на ній: сектори починаються там і йдуть уздовж неї.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="66" />
            <source>Store sectors</source>
            <translation>Записати сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="103" />
            <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
            <translation>Секторів: {n}, усього {ha:.2f} га (у середньому {avg:.2f} га кожен).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="131" />
            <source>Dividing {} into sectors</source>
            <translation>Поділ {} на сектори</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="138" />
            <source>Task {task} divided into {n} sectors ({first} to {last})</source>
            <translation>Завдання {task} поділено на сектори ({n}): з {first} по {last}</translation>
        </message>
    </context>
    <context>
        <name>StoreSession</name>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="190" />
            <source>This project uses the Demining store {}, which cannot be opened: {}</source>
            <translation>Цей проєкт використовує сховище Demining {}, яке не вдається відкрити: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="232" />
            <source>Computing the figures of {}</source>
            <translation>Обчислення показників {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>New Demining store</source>
            <translation>Нове сховище Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Open Demining store</source>
            <translation>Відкрити сховище Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Demining store (*.gpkg);;All files (*)</source>
            <translation>Сховище Demining (*.gpkg);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="314" />
            <source>{} is the store this project uses; choose another file name.</source>
            <translation>{} — сховище, яке використовує цей проєкт; виберіть іншу назву файлу.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="317" />
            <source>Creating store {}</source>
            <translation>Створення сховища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="321" />
            <source>Created the Demining store {}.</source>
            <translation>Створено сховище Demining {}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="326" />
            <source>Opening store {}</source>
            <translation>Відкриття сховища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="378" />
            <source>The demo builder is not available in this installation of the plugin ({}).</source>
            <translation>Побудовник демо недоступний у цьому встановленні модуля ({}).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="385" />
            <source>Creating folder {}</source>
            <translation>Створення теки {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="398" />
            <source>Building the demo was cancelled.</source>
            <translation>Створення демо скасовано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="401" />
            <source>Building the demo</source>
            <translation>Створення демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="404" />
            <source>The demo store is open: {}</source>
            <translation>Демонстраційне сховище відкрито: {}</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, open</source>
            <translation>ПдНР, відкритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, worked on</source>
            <translation>ПдНР, у роботі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, closed</source>
            <translation>ПдНР, закритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, open</source>
            <translation>ПНР, відкритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, worked on</source>
            <translation>ПНР, у роботі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, closed</source>
            <translation>ПНР, закритий</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>unclassified</source>
            <translation>без класифікації</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cleared</source>
            <translation>Очищено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Reduced</source>
            <translation>Зменшено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AP mine</source>
            <translation>ПП міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AT mine</source>
            <translation>ПТ міна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>UXO</source>
            <translation>НРБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AXO</source>
            <translation>ПВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>IED</source>
            <translation>СВП</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Submunition</source>
            <translation>Суббоєприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Other</source>
            <translation>Інше</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="31" />
            <source>Outside the districts</source>
            <translation>Поза районами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="32" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="34" />
            <source>(not applicable)</source>
            <translation>(не застосовується)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="48" />
            <source>Total</source>
            <translation>Разом</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="96" />
            <source>Totals</source>
            <translation>Підсумки</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>Release method</source>
            <translation>Метод звільнення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Technique</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Team</source>
            <translation>Група</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>Month</source>
            <translation>Місяць</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>ISO week</source>
            <translation>Тиждень ISO</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AP mines</source>
            <translation>ПП міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AT mines</source>
            <translation>ПТ міни</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>UXO</source>
            <translation>НРБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>AXO</source>
            <translation>ПВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>IED</source>
            <translation>СВП</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="71" />
            <source>Submunitions</source>
            <translation>Суббоєприпаси</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="72" />
            <source>Other items</source>
            <translation>Інші предмети</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Cleared (ha)</source>
            <translation>Очищено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Reduced (ha)</source>
            <translation>Зменшено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="77" />
            <source>Cancelled (ha)</source>
            <translation>Скасовано (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="571" />
            <source>Released (ha)</source>
            <translation>Звільнено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="573" />
            <source>Items found</source>
            <translation>Знайдено предметів</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="575" />
            <source>Routes (km)</source>
            <translation>Дороги (км)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="576" />
            <source>Accidents</source>
            <translation>Нещасні випадки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="577" />
            <source>Killed</source>
            <translation>Загинуло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="578" />
            <source>Injured</source>
            <translation>Поранено</translation>
        </message>
    </context>
    <context>
        <name>TotalsChart</name>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="93" />
            <source>No data</source>
            <translation>Немає даних</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="212" />
            <source>Outside the districts</source>
            <translation>Поза районами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="45" />
            <source>{n}k</source>
            <translation>{n} тис</translation>
        </message>
    </context>
    <context>
        <name>TotalsDock</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="93" />
            <source>Clearance totals of {}</source>
            <translation>Підсумки очищення {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="211" />
            <source>Clearance totals</source>
            <translation>Підсумки очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>First day of the period (empty: from the start)</source>
            <translation>Перший день періоду (порожньо: від початку)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>start</source>
            <translation>початок</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>Last day of the period, included (empty: up to now)</source>
            <translation>Останній день періоду, включно (порожньо: до сьогодні)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="255" />
            <source>What the rows of the table are</source>
            <translation>Що являють собою рядки таблиці</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="256" />
            <source>From</source>
            <translation>З</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="258" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="261" />
            <source>by</source>
            <translation>у розрізі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="284" />
            <source>Cumulative hectares</source>
            <translation>Наростаючим підсумком, га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>Items found per week</source>
            <translation>Знайдено предметів за тиждень</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>Export the table to a CSV file</source>
            <translation>Експортувати таблицю у файл CSV</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>Export the table to an Excel workbook</source>
            <translation>Експортувати таблицю в книгу Excel</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Report…</source>
            <translation>Звіт…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Write the period report (sentences and table) as .md, .html or .txt</source>
            <translation>Записати звіт за період (текст і таблиця) у форматі .md, .html або .txt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="305" />
            <source>Recompute every figure from the store</source>
            <translation>Перерахувати всі показники за сховищем</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="387" />
            <source>No store open</source>
            <translation>Сховище не відкрито</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="581" />
            <source>Computing the totals of {}…</source>
            <translation>Обчислення підсумків {}…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="422" />
            <source>Computing the clearance totals of {}</source>
            <translation>Обчислення підсумків очищення {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="424" />
            <source>The totals could not be computed.</source>
            <translation>Не вдалося обчислити підсумки.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="428" />
            <source>Computing the totals was cancelled.</source>
            <translation>Обчислення підсумків скасовано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="531" />
            <source>Updating the clearance totals</source>
            <translation>Оновлення підсумків очищення</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>Hectares released, cumulative</source>
            <translation>Звільнено гектарів, наростаючим підсумком</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>ha</source>
            <translation>га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>items</source>
            <translation>предмети</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="579" />
            <source>Open a Demining store to see its clearance totals.</source>
            <translation>Відкрийте сховище Demining, щоб побачити його підсумки очищення.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="586" />
            <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
            <translation>{store}: за період звільнено {ha} га, кожен квадратний метр враховано один раз (справжні еліпсоїдальні площі).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>Export totals to CSV</source>
            <translation>Експорт підсумків у CSV</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Export totals to Excel</source>
            <translation>Експорт підсумків в Excel</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="626" />
            <source>There are no totals to export yet.</source>
            <translation>Поки немає підсумків для експорту.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="634" />
            <source>Exporting the totals to {}</source>
            <translation>Експорт підсумків у {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="636" />
            <source>Totals exported to {}.</source>
            <translation>Підсумки експортовано в {}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="642" />
            <source>Open a Demining store first: the report is computed from it.</source>
            <translation>Спершу відкрийте сховище Demining: звіт обчислюється за ним.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="644" />
            <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
            <translation>Підсумки {} ще обчислюються; запитайте звіт знову за хвилину.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Period report</source>
            <translation>Звіт за період</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="672" />
            <source>Writing the report {}</source>
            <translation>Запис звіту {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="674" />
            <source>Report for {start} to {end} written to {path}.</source>
            <translation>Звіт з {start} по {end} записано в {path}.</translation>
        </message>
    </context>
    <context>
        <name>TotalsModel</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="156" />
            <source>Total</source>
            <translation>Разом</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="170" />
            <source>The layer behind these figures does not record this grouping.</source>
            <translation>Шар, на якому ґрунтуються ці показники, не містить такого групування.</translation>
        </message>
    </context>
    <context>
        <name>TraverseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="39" />
            <source>Minefield record traverse</source>
            <translation>Хід за формуляром мінного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="41" />
            <source>Runs a minefield record's turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point's UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon's true (ellipsoidal) area in hectares.</source>
            <translation>Прокладає поворотні точки формуляра мінного поля (азимут і відстань від попередньої точки) на місцевості, на еліпсоїді WGS84, від початкової точки й замикає формуляр.

INPUT: таблиця з point_no, bearing і distance_m (метри на місцевості) у порядку point_no. START_POINT: вихідна точка в будь-якій системі координат. BEARING_UNIT: degrees, mils6400 (НАТО) або mils6000 (Варшавський договір). NORTH: true, grid (північ зони UTM початкової точки) або magnetic, для якого потрібне DECLINATION у градусах, схід додатний.

OUTPUT: полігон формуляра (EPSG:4326) з misclosure_m, misclosure_ratio (периметр / нев'язка), perimeter_m і area_ha. MISCLOSURE_M: відстань від останньої обчисленої точки до початкової. AREA_HA: справжня (еліпсоїдальна) площа полігона в гектарах.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="54" />
            <source>Turning points (point_no, bearing, distance_m)</source>
            <translation>Поворотні точки (point_no, bearing, distance_m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="56" />
            <source>Start (reference) point</source>
            <translation>Початкова (вихідна) точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="57" />
            <source>Bearing unit</source>
            <translation>Одиниця азимута</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60" />
            <source>North reference</source>
            <translation>Напрям півночі</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63" />
            <source>Magnetic declination (degrees, east positive)</source>
            <translation>Магнітне схилення (градуси, схід додатний)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66" />
            <source>Minefield record</source>
            <translation>Формуляр мінного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="68" />
            <source>Misclosure (m)</source>
            <translation>Нев'язка (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69" />
            <source>Area (ha)</source>
            <translation>Площа (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="100" />
            <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
            <translation>Нев'язка {0:.3f} м ({1}); площа {2:.4f} га</translation>
        </message>
    </context>
</TS>
