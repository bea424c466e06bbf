<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Accidents</name>
    <message>
        <location filename="../demining_plugin/core/reports/accidents.py" line="77"/>
        <source>Activity not recorded</source>
        <translation>Вид діяльності не записано</translation>
    </message>
</context>
<context>
    <name>Accuracy</name>
    <message>
        <location filename="../demining_plugin/core/records/fit.py" line="181"/>
        <source>Judging mine maps needs SciPy, which this Python does not have: install it (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</source>
        <translation>Для оцінювання карт мінних полів потрібен SciPy, якого немає в цьому Python: встановіть його (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/record_layers.py" line="35"/>
        <source>A layer has no valid coordinate reference system.</source>
        <translation>Шар не має дійсної системи координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="161"/>
        <source>The tolerance must be more than 0 m (got {tolerance:g}).</source>
        <translation>Допуск має бути більшим за 0 м (задано {tolerance:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="164"/>
        <source>The largest offset searched ({max_offset:g} m) must be at least the tolerance ({tolerance:g} m).</source>
        <translation>Найбільше шукане зміщення ({max_offset:g} м) має бути не меншим за допуск ({tolerance:g} м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="180"/>
        <source>The mapped mines layer has no features: there is no record to judge.</source>
        <translation>У шарі мін за формуляром немає об’єктів: немає чого оцінювати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="192"/>
        <source>The found items layer has no item with a position: nothing to compare the records with.</source>
        <translation>У шарі знайдених предметів немає предметів із положенням: немає з чим порівнювати формуляри.</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="215"/>
        <source>{store} records its changes since {start}; what it held at {moment} cannot be rebuilt.</source>
        <translation>{store} записує свої зміни з {start}; його вміст на {moment} відновити неможливо.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="301"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="331"/>
        <source>These figures are the store&apos;s as it held them at {moment}, rebuilt from its history of changes.</source>
        <translation>Це показники сховища в тому вигляді, у якому вони були на {moment}, відновлені за його історією змін.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="338"/>
        <source>Since {since}, {n} recorded changes moved these figures by {ha} ha and {items} items: {today_ha} ha and {today_items} items now, against {before_ha} ha and {before_items} items as the store held them then (demining:changessince lists them).</source>
        <translation>З {since} записані зміни ({n}) зсунули ці показники на {ha} га і {items} предм.: зараз {today_ha} га і {today_items} предм., проти {before_ha} га і {before_items} предм. у сховищі на той момент (їх перелічує demining:changessince).</translation>
    </message>
</context>
<context>
    <name>BuildDemoAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="65"/>
        <source>Build demo store</source>
        <translation>Створити демонстраційне сховище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="67"/>
        <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
        <translation>Створює демонстраційний сценарій (звільнення земель навколо Карабаху, Азербайджан, 2020–2022) у новому сховищі з фіксованого випадкового зерна, на реальних межах районів, що постачаються з QGIS (Natural Earth). Поруч зі сховищем записує проєкт QGIS (.qgz), який відкриває його зі стилями.

OUTPUT: шлях до файлу .gpkg, що записується (замінюється, якщо існує). SEED: випадкове зерно (типове значення відтворює опубліковані показники).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="78"/>
        <source>Random seed</source>
        <translation>Випадкове зерно</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>Demo store</source>
        <translation>Демонстраційне сховище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>Demo project</source>
        <translation>Демонстраційний проєкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="85"/>
        <source>Hectares released</source>
        <translation>Звільнено гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="86"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="200"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="143"/>
        <source>Check before saving (you may still save):</source>
        <translation>Перевірте перед збереженням (зберегти все одно можна):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Item found</source>
        <translation>Знайдений предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Record an item found at the point clicked.</source>
        <translation>Записати предмет, знайдений у вказаній точці.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="188"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="191"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="197"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="203"/>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="204"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="207"/>
        <source>Disposition</source>
        <translation>Утилізація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="212"/>
        <source>Found on</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="215"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="220"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="228"/>
        <source>no task here</source>
        <translation>тут немає завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="229"/>
        <source>The smallest task (sector) under the point; the others under it are listed</source>
        <translation>Найменше завдання (сектор) під точкою; решту під ним перелічено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="232"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="305"/>
        <source>outside the districts</source>
        <translation>поза районами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="308"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="239"/>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Mine accident</source>
        <translation>Нещасний випадок із міною</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Record an accident at the point clicked.</source>
        <translation>Записати нещасний випадок у вказаній точці.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="275"/>
        <source>Occurred on</source>
        <translation>Дата події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="281"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="285"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="286"/>
        <source>The victims were civilians</source>
        <translation>Постраждалі — цивільні особи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="288"/>
        <source>Civilian</source>
        <translation>Цивільна особа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="289"/>
        <source>Activity at the time</source>
        <translation>Діяльність у момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="294"/>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="299"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="329"/>
        <source>The accident has a date in the future ({date}).</source>
        <translation>Дата нещасного випадку в майбутньому ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="335"/>
        <source>No one killed or injured is recorded.</source>
        <translation>Не записано ні загиблих, ні поранених.</translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="146"/>
        <source>Recording an item found</source>
        <translation>Запис знайденого предмета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="163"/>
        <source>This item</source>
        <translation>Цей предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="181"/>
        <source>{id} ({what}) recorded</source>
        <translation>{id} ({what}) записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="230"/>
        <source>with warnings:</source>
        <translation>з попередженнями:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="190"/>
        <source>Recording an accident</source>
        <translation>Запис нещасного випадку</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="200"/>
        <source>Accident {id} recorded: {killed} killed, {injured} injured</source>
        <translation>Нещасний випадок {id} записано: загиблих {killed}, поранених {injured}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="255"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Спершу відкрийте або створіть сховище (панель «Розмінування»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="289"/>
        <source>At the point clicked: task {task}, {district}.</source>
        <translation>У вказаній точці: завдання {task}, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="293"/>
        <source>At the point clicked: task {task}, outside the districts.</source>
        <translation>У вказаній точці: завдання {task}, поза районами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="297"/>
        <source>At the point clicked: no task, {district}.</source>
        <translation>У вказаній точці: завдання немає, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="298"/>
        <source>At the point clicked: no task, outside the districts.</source>
        <translation>У вказаній точці: завдання немає, поза районами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="303"/>
        <source>in task {task} ({district}).</source>
        <translation>у завданні {task} ({district}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="307"/>
        <source>in task {task}.</source>
        <translation>у завданні {task}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="309"/>
        <source>in {district}.</source>
        <translation>у районі {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="313"/>
        <source>Saving to {}</source>
        <translation>Збереження в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="316"/>
        <source>{layer} has unsaved edits. Save or discard them first, then record the point again.</source>
        <translation>У шарі {layer} є незбережені правки. Спершу збережіть або скасуйте їх, потім запишіть точку знову.</translation>
    </message>
</context>
<context>
    <name>ChangesSinceAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="50"/>
        <source>Changes since a date</source>
        <translation>Зміни з дати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="52"/>
        <source>Why today&apos;s figures for a period differ from the figures published earlier: every released polygon, item found, route or accident added, changed or deleted after SINCE that moved the period&apos;s hectares released or items found, with who changed it, when and with which application, and the hectares and items it moved. The rows add up exactly (to the square metre) to today&apos;s figure minus the figure the store had at SINCE (demining:periodreport with AS_OF = SINCE).</source>
        <translation>Чому сьогоднішні показники за період відрізняються від опублікованих раніше: кожен звільнений полігон, знайдений предмет, дорога чи нещасний випадок, додані, змінені або видалені після SINCE, що зсунули звільнені гектари чи знайдені предмети періоду, — хто змінив, коли й яким застосунком, і на скільки гектарів і предметів. Сума рядків точно (до квадратного метра) дорівнює сьогоднішньому показнику мінус показник сховища на момент SINCE (demining:periodreport з AS_OF = SINCE).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="61"/>
        <source>SINCE: a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS], local time unless a zone such as +04:00 or Z is given. DATE_FROM, DATE_TO: the period, YYYY-MM-DD, both inclusive (empty: all dates). OUTPUT: a table, one row per change that moved a figure (released_ha, items). MOVED_HA, MOVED_ITEMS: their sums; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: the period&apos;s figures then and now.</source>
        <translation>SINCE: дата й час, РРРР-ММ-ДД (кінець цього дня) або РРРР-ММ-ДДTГГ:ХХ[:СС], місцевий час, якщо не вказано пояс, наприклад +04:00 або Z. DATE_FROM, DATE_TO: період, РРРР-ММ-ДД, обидві включно (порожньо: усі дати). OUTPUT: таблиця, по рядку на кожну зміну, що зсунула показник (released_ha, items). MOVED_HA, MOVED_ITEMS: їхні суми; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: показники періоду тоді й зараз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="71"/>
        <source>Since (date and time)</source>
        <translation>З моменту (дата й час)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="72"/>
        <source>Period from (YYYY-MM-DD, inclusive)</source>
        <translation>Період від (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="74"/>
        <source>Period to (YYYY-MM-DD, inclusive)</source>
        <translation>Період до (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="76"/>
        <source>Changes since</source>
        <translation>Зміни з моменту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares moved</source>
        <translation>Зсув гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items moved</source>
        <translation>Зсув предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares then</source>
        <translation>Гектарів тоді</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items then</source>
        <translation>Предметів тоді</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares now</source>
        <translation>Гектарів зараз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items now</source>
        <translation>Предметів зараз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="90"/>
        <source>SINCE is needed: the date and time the figures are compared with.</source>
        <translation>Потрібен SINCE: дата й час, з якими порівнюються показники.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="97"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By severity</source>
        <translation>За важливістю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By layer</source>
        <translation>За шаром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By rule</source>
        <translation>За правилом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Layer</source>
        <translation>Шар</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Feature</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="47"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="48"/>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="67"/>
        <source>Demining checks of {}</source>
        <translation>Перевірки розмінування: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="79"/>
        <source>Checks</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="87"/>
        <source>Run checks</source>
        <translation>Запустити перевірки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="90"/>
        <source>Check every layer of the store (geometry, released land, links, dates, identifiers); nothing is changed.</source>
        <translation>Перевірити всі шари сховища (геометрія, звільнена земля, зв’язки, дати, ідентифікатори); нічого не змінюється.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="94"/>
        <source>Fix selected</source>
        <translation>Виправити вибране</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="96"/>
        <source>Apply the safe fix of the selected findings (or of all findings of a selected group) in one step; Undo Last Release takes it back.</source>
        <translation>Застосувати безпечне виправлення вибраних зауважень (або всіх зауважень вибраної групи) за один крок; «Скасувати останнє звільнення» повертає його назад.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="281"/>
        <source>Run the checks to list problems in the store.</source>
        <translation>Запустіть перевірки, щоб отримати список проблем сховища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="134"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Спершу відкрийте або створіть сховище (панель «Розмінування»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="141"/>
        <source>Checking {}…</source>
        <translation>Перевірка {}…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="155"/>
        <source>The checks failed: {}</source>
        <translation>Перевірки не вдалися: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="158"/>
        <source>Checks cancelled.</source>
        <translation>Перевірки скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="167"/>
        <source>No problems found.</source>
        <translation>Проблем не знайдено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="169"/>
        <source>{n} findings: {e} errors, {w} warnings; {f} with a safe fix.</source>
        <translation>Зауважень: {n}; помилок: {e}, попереджень: {w}; з безпечним виправленням: {f}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="197"/>
        <source>Safe fix: {}</source>
        <translation>Безпечне виправлення: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="233"/>
        <source>{} has no place on the map.</source>
        <translation>{} не має місця на карті.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="244"/>
        <source>Cannot show {} on this map: {}</source>
        <translation>Неможливо показати {} на цій карті: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="256"/>
        <source>Select findings that have a safe fix.</source>
        <translation>Виберіть зауваження, що мають безпечне виправлення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="259"/>
        <source>Fixing {} findings</source>
        <translation>Виправлення зауважень: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="264"/>
        <source>Nothing to fix.</source>
        <translation>Нічого виправляти.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="268"/>
        <source>Fixed {n} findings ({rules})</source>
        <translation>Виправлено зауважень: {n} ({rules})</translation>
    </message>
</context>
<context>
    <name>ClearanceDock</name>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Released</source>
        <translation>Звільнено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="89"/>
        <source>Clearance</source>
        <translation>Очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw released land</source>
        <translation>Намалювати звільнену землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
        <translation>Намалюйте на мапі звільнену землю (діє прив'язка); правий клац або Enter завершує, Ctrl+Z скасовує останнє звільнення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Mark selected tasks released…</source>
        <translation>Позначити вибрані завдання звільненими…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Record the selected tasks or sectors as released land.</source>
        <translation>Записати вибрані завдання або сектори як звільнену землю.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide into sectors…</source>
        <translation>Поділити на сектори…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide the selected task into numbered sectors.</source>
        <translation>Поділити вибране завдання на пронумеровані сектори.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Undo last release</source>
        <translation>Скасувати останнє звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Take back the last release or sector division, all of it.</source>
        <translation>Скасувати останнє звільнення або поділ на сектори повністю.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="125"/>
        <source>Planned hectares</source>
        <translation>Заплановано гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="126"/>
        <source>Hectares released in the task</source>
        <translation>Гектарів звільнено в завданні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="197"/>
        <source>No store open.</source>
        <translation>Сховище не відкрито.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="199"/>
        <source>More than {n} tasks in view: zoom in to list them.</source>
        <translation>У вікні мапи понад {n} завдань: наблизьте мапу, щоб побачити список.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="203"/>
        <source>{n} tasks in the map view</source>
        <translation>Завдань у вікні мапи: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="245"/>
        <source>Select one task to divide (in this list or on the map).</source>
        <translation>Виберіть одне завдання для поділу (у цьому списку або на мапі).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Hazard rank</source>
        <translation>Ранг небезпечного району</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="127"/>
        <source>Rank of the task&apos;s hazard in the hazard priorities layer of the project (demining:priorities); click to sort the tasks by it</source>
        <translation>Ранг небезпечного району завдання в шарі пріоритетів небезпечних районів проєкту (demining:priorities); клацніть, щоб відсортувати завдання за ним</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source>{0} completion report(s), {1}{2}</source>
        <translation>Звітів про завершення: {0}, {1}{2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source> with handover certificates</source>
        <translation> з актами передачі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="53"/>
        <source>Completion reports cancelled.</source>
        <translation>Звіти про завершення скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="85"/>
        <source>The layout template {0} is missing from the plugin.</source>
        <translation>Шаблону макета {0} немає в модулі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="100"/>
        <source>Task outline</source>
        <translation>Контур завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="102"/>
        <source>Land handed over</source>
        <translation>Передана земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="105"/>
        <source>Turning points</source>
        <translation>Поворотні точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="106"/>
        <source>Corners</source>
        <translation>Кути</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="168"/>
        <source>The layout template {0} cannot be read.</source>
        <translation>Шаблон макета {0} не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="169"/>
        <source>Completion report</source>
        <translation>Звіт про завершення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="175"/>
        <source>The layout template has no item &apos;{0}&apos;.</source>
        <translation>У шаблоні макета немає елемента '{0}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="340"/>
        <source>BM</source>
        <translation>Рп</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Hectares</source>
        <translation>Гектари</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Disposition</source>
        <translation>Утилізація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspection</source>
        <translation>Інспекція</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspected by</source>
        <translation>Хто перевіряв</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Items</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="314"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="317"/>
        <source>… {0} more rows</source>
        <translation>… ще рядків: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Easting</source>
        <translation>Схід (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Northing</source>
        <translation>Північ (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="53"/>
        <source>OUTPUT must be a .gpkg or .geojson file, not {0}.</source>
        <translation>OUTPUT має бути файлом .gpkg або .geojson, а не {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="56"/>
        <source>Folder {0} does not exist.</source>
        <translation>Тека {0} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="80"/>
        <source>Not handed over or without released land, no parcel: {0}</source>
        <translation>Не передано або без звільненої землі, ділянки немає: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="83"/>
        <source>None of the chosen tasks was handed over with released land ({0}); nothing was written.</source>
        <translation>Жодне з вибраних завдань не передано зі звільненою землею ({0}); нічого не записано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="97"/>
        <source>Writing {0} failed: {1}</source>
        <translation>Запис {0} не вдався: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>Completion report {0}</source>
        <translation>Звіт про завершення {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>IMAS 08.30 completion of a land release task</source>
        <translation>IMAS 08.30: завершення завдання зі звільнення земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="60"/>
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>{0} · {1} · status {2}</source>
        <translation>{0} · {1} · статус: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="66"/>
        <source>Hazard</source>
        <translation>Небезпечний район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="67"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="68"/>
        <source>Organisation and team</source>
        <translation>Організація та група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>planned {0} to {1}; land released {2} to {3}; completed {4}; handed over {5}</source>
        <translation>план: з {0} по {1}; звільнення землі: з {2} по {3}; завершено: {4}; передано: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="79"/>
        <source>WARNING: printed with unresolved checks</source>
        <translation>УВАГА: надруковано з невирішеними зауваженнями перевірок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="86"/>
        <source>Grid: {0}, grid north up. Released land hatched by method; the task outline and its numbered turning points in bold; BM: benchmark.</source>
        <translation>Сітка: {0}, північ сітки вгорі. Звільнену землю заштриховано за методом; контур завдання та його пронумеровані поворотні точки виділено жирним; Рп: репер.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="94"/>
        <source>Total (counted once)</source>
        <translation>Разом (враховано один раз)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="106"/>
        <source>QA visit</source>
        <translation>Візит QA</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="107"/>
        <source>QC sample</source>
        <translation>Вибірка QC</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="123"/>
        <source>{0} ({1:,} in total)</source>
        <translation>{0} (усього {1:,})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="128"/>
        <source>none recorded in the hazard during the task</source>
        <translation>у небезпечному районі за час завдання не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>{0} on {1}: {2} killed, {3} injured ({4}, {5})</source>
        <translation>{0}, {1}: загинуло {2}, поранено {3} ({4}, {5})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>civilian</source>
        <translation>цивільні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>not civilian</source>
        <translation>не цивільні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="138"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>Hectares released</source>
        <translation>Звільнено гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>{0:,.2f} ha, every square metre counted once (true areas on the WGS 84 ellipsoid)</source>
        <translation>{0:,.2f} га, кожен квадратний метр враховано один раз (справжні площі на еліпсоїді WGS 84)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="149"/>
        <source>Clearance depth</source>
        <translation>Глибина очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="150"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="151"/>
        <source>Accidents during the task</source>
        <translation>Нещасні випадки під час завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>Hazard remaining</source>
        <translation>Залишок небезпечного району</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>{0} of hazard {1} not yet released</source>
        <translation>{0} небезпечного району {1} ще не звільнено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>Beneficiaries</source>
        <translation>Бенефіціари</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>women {0}, men {1}, girls {2}, boys {3} ({4} in total)</source>
        <translation>жінки: {0}, чоловіки: {1}, дівчата: {2}, хлопці: {3} (усього {4})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="157"/>
        <source>Land use after release</source>
        <translation>Землекористування після звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="163"/>
        <source>Printed {0} from store {1}.</source>
        <translation>Надруковано {0} зі сховища {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Land handover certificate</source>
        <translation>Акт передачі землі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Task {0} · IMAS 08.30</source>
        <translation>Завдання {0} · IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>{0} on {1}, {2}: {3}</source>
        <translation>{0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="184"/>
        <source>The land shown below, {0:,.2f} ha (true area on the WGS 84 ellipsoid), released by task {1} in hazard {2}, district {3}, by {4} ({5}), is handed over on {6} to {7} for use as {8}.</source>
        <translation>Земля, показана нижче, площею {0:,.2f} га (справжня площа на еліпсоїді WGS 84), звільнена завданням {1} у небезпечному районі {2}, район {3}, організацією {4} ({5}), передається {6} отримувачу {7}; цільове призначення: {8}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="192"/>
        <source>Released by method</source>
        <translation>Звільнено за методами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="193"/>
        <source>Completed on</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="194"/>
        <source>Last inspection</source>
        <translation>Остання інспекція</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="199"/>
        <source>The land was released with all reasonable effort, to the standards in force. No land can be declared free of every explosive item: anyone who finds a suspicious object must not touch it, must mark the place and must report it to the national mine action authority at once.</source>
        <translation>Землю звільнено з докладанням усіх розумних зусиль відповідно до чинних стандартів. Жодну землю не можна оголосити повністю вільною від вибухонебезпечних предметів: кожен, хто знайде підозрілий предмет, не повинен його торкатися, має позначити місце й негайно повідомити національний орган з питань протимінної діяльності.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="207"/>
        <source>Residual risk</source>
        <translation>Залишковий ризик</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="213"/>
        <source>Name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="214"/>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="215"/>
        <source>Signature:</source>
        <translation>Підпис:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="216"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="217"/>
        <source>Stamp</source>
        <translation>М. П.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Releasing organisation</source>
        <translation>Організація, що звільнила землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>National mine action authority</source>
        <translation>Національний орган з питань протимінної діяльності</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Recipient (local authority or land user)</source>
        <translation>Отримувач (місцевий орган влади або землекористувач)</translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="23"/>
        <source>Completion reports: {0} task(s)</source>
        <translation>Звіти про завершення: завдань — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="28"/>
        <source>Print Completion Report…</source>
        <translation>Друк звіту про завершення…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="30"/>
        <source>Choose where to write the completion reports.</source>
        <translation>Виберіть, куди записати звіти про завершення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="31"/>
        <source>Printing {0} completion report(s) to {1}</source>
        <translation>Друк звітів про завершення ({0}) до {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="32"/>
        <source>{0} completion report page(s) written to {1}</source>
        <translation>Сторінок звітів про завершення записано до {1}: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="33"/>
        <source>Printing completion reports</source>
        <translation>Друк звітів про завершення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="34"/>
        <source>Completion reports cancelled.</source>
        <translation>Звіти про завершення скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="52"/>
        <source>Printing with {0} warning(s) on the pages: {1}</source>
        <translation>Друк із попередженнями на сторінках ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="23"/>
        <source>Print Completion Report</source>
        <translation>Друк звіту про завершення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="33"/>
        <source>Add the handover certificate (second page)</source>
        <translation>Додати акт передачі (друга сторінка)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="35"/>
        <source>Certificate</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="36"/>
        <source>Print PDF</source>
        <translation>Друк у PDF</translation>
    </message>
</context>
<context>
    <name>CompletionReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="21"/>
        <source>Completion reports and handover certificates (PDF)</source>
        <translation>Звіти про завершення та акти передачі (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="23"/>
        <source>Prints, per clearance task, a completion report (IMAS 08.30): the task, its hazard, district, organisation, team and dates; a map of the released land hatched by method over the hazard; the benchmark and turning points (easting, northing, latitude, longitude, MGRS); hectares by method and technique (true WGS 84 areas, every square metre once); clearance depth; items found by category and model with their disposition; accidents during the task; the inspections (IMAS 09.20) and their results; the hazard&apos;s remaining area. With HANDOVER, a second page: the handover certificate (the land handed over on a map, its area and corner coordinates, the recipient and land use, the residual risk and signature blocks for the releasing organisation, the national authority and the recipient).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 or A3. A task the handover checks find fault with (handed over but not completed, completed with hazard land left, handed over without a passed inspection, a failed inspection with no later pass) is printed with the warning on its pages.

OUTPUT: a .pdf file, or a folder for one PDF per task (completion_&lt;task id&gt;.pdf). PAGES: pages written; WARNINGS: the number of warnings printed.</source>
        <translation>Друкує для кожного завдання з очищення звіт про завершення (IMAS 08.30): завдання, його небезпечний район, район, організація, група та дати; карта звільненої землі, заштрихованої за методом, поверх небезпечного району; репер і поворотні точки (східна та північна координати, широта, довгота, MGRS); гектари за методом і способом (справжні площі WGS 84, кожен квадратний метр один раз); глибина очищення; знайдені предмети за категорією та моделлю з їхньою утилізацією; нещасні випадки під час завдання; інспекції (IMAS 09.20) та їхні результати; залишок площі небезпечного району. З HANDOVER — друга сторінка: акт передачі (передана земля на карті, її площа та координати кутів, отримувач і землекористування, залишковий ризик і блоки підписів організації, що звільнила землю, національного органу та отримувача).

TASK_IDS: ідентифікатори завдань через кому (наприклад, T-0001, T-0002); або EXPRESSION: фільтр за clearance_tasks (наприклад, &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 або A3. Завдання, у якому перевірки передачі знаходять порушення (передано, але не завершено; завершено, а земля небезпечного району залишилася; передано без пройденої інспекції; непройдена інспекція без пізнішої пройденої), друкується з попередженням на своїх сторінках.

OUTPUT: файл .pdf або тека для окремого PDF на кожне завдання (completion_&lt;task id&gt;.pdf). PAGES: записано сторінок; WARNINGS: кількість надрукованих попереджень.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="43"/>
        <source>Add the handover certificate</source>
        <translation>Додати акт передачі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="46"/>
        <source>Warnings printed</source>
        <translation>Надруковано попереджень</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="58"/>
        <source>Printed with a warning: {0}</source>
        <translation>Надруковано з попередженням: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="59"/>
        <source>{0} page(s): {1}</source>
        <translation>Сторінок: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="216"/>
        <source>Saving styles in {store_name} failed: {error}</source>
        <translation>Збереження стилів у {store_name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/copy.py" line="59"/>
        <source>The copy must go to another store than its source.</source>
        <translation>Копіювати потрібно в інше сховище, а не у вихідне.</translation>
    </message>
</context>
<context>
    <name>CopyStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="105"/>
        <source>Copy project store</source>
        <translation>Копіювати сховище проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="124"/>
        <source>Copy to (.gpkg path or PostGIS location)</source>
        <translation>Копіювати в (шлях .gpkg або розташування PostGIS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="125"/>
        <source>Replace an existing target</source>
        <translation>Замінити наявну ціль</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="126"/>
        <source>Copy</source>
        <translation>Копія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="127"/>
        <source>Features copied</source>
        <translation>Скопійовано об’єктів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="128"/>
        <source>Styles copied</source>
        <translation>Скопійовано стилів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="138"/>
        <source>TARGET is empty: give a .gpkg path or a PostGIS location.</source>
        <translation>TARGET порожній: вкажіть шлях .gpkg або розташування PostGIS.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="107"/>
        <source>Copies a whole project store into a new store, GeoPackage to PostGIS or back, without loss: every feature of every layer with its identifier, attributes and geometry, the styles and forms saved in the store, its metadata (data model version, CRS, creation facts), its history of changes (demining_history: the copy rebuilds the same figures as of any moment) and its submissions, pending and decided (demining_submissions). The features are written in one transaction; a failed copy leaves no target.</source>
        <translation>Копіює все сховище проєкту в нове сховище — з GeoPackage у PostGIS або навпаки — без втрат: кожен об’єкт кожного шару з його ідентифікатором, атрибутами й геометрією, стилі та форми, збережені у сховищі, його метадані (версія моделі даних, система координат, відомості про створення), його історію змін (demining_history: копія відновлює ті самі показники на будь-який момент) і його заявки — як ті, що чекають розгляду, так і розглянуті (demining_submissions). Об’єкти записуються в одній транзакції; якщо копіювання не вдалося, ціль не створюється.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="116"/>
        <source>TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied), STYLES (saved styles copied), HISTORY (history rows copied) and SUBMISSIONS (submissions copied).</source>
        <translation>TARGET: куди помістити копію — шлях .gpkg або розташування PostGIS, записане тим самим способом. OVERWRITE: замінити наявний цільовий файл або схему. Виводить FEATURES (скопійовані об’єкти), STYLES (скопійовані збережені стилі), HISTORY (скопійовані рядки історії) і SUBMISSIONS (скопійовані заявки).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="129"/>
        <source>History rows copied</source>
        <translation>Скопійовано рядків історії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="130"/>
        <source>Submissions copied</source>
        <translation>Скопійовано заявок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="141"/>
        <source>Copied {features} features, {styles} styles, {history} history rows and {submissions} submissions into {target}.</source>
        <translation>До {target} скопійовано: об’єктів — {features}, стилів — {styles}, рядків історії — {history}, заявок — {submissions}.</translation>
    </message>
</context>
<context>
    <name>CreateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="23"/>
        <source>Create project store</source>
        <translation>Створити сховище проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="41"/>
        <source>Layer CRS</source>
        <translation>Система координат шарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="42"/>
        <source>Replace an existing file</source>
        <translation>Замінити наявний файл</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>Store</source>
        <translation>Сховище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="44"/>
        <source>Data model version</source>
        <translation>Версія моделі даних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="51"/>
        <source>Unknown coordinate reference system: {}</source>
        <translation>Невідома система координат: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="58"/>
        <source>Created store {} ({})</source>
        <translation>Створено сховище {} ({})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="25"/>
        <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.

OUTPUT may also be a PostGIS location (pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): the store is then made as that schema of the database, with the same layers, an edit history kept by triggers, and styles and forms saved in the database&apos;s layer_styles table.</source>
        <translation>Створює порожнє сховище проєкту Demining: GeoPackage з усіма шарами моделі даних (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), у кожного з яких у файлі збережено стиль за замовчуванням (кольори IMAS 07.11) і форму атрибутів.

OUTPUT: шлях до нового файлу .gpkg. CRS: система координат шарів (за замовчуванням EPSG:4326). Наявний файл замінюється, лише якщо задано OVERWRITE.

OUTPUT може бути й розташуванням PostGIS (pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt; або postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): тоді сховище створюється як ця схема бази даних, з тими самими шарами, історією правок, яку ведуть тригери, і стилями та формами в таблиці layer_styles бази даних.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="45"/>
        <source>Connect without a password in the location: a PostgreSQL connection saved in QGIS (pg:connection=&apos;&lt;name&gt;&apos; schema=&lt;schema&gt;), or a pg_service.conf service (pg:service=&lt;name&gt; schema=&lt;schema&gt;) with the password in ~/.pgpass.</source>
        <translation>Підключайтеся без пароля в розташуванні: через підключення PostgreSQL, збережене в QGIS (pg:connection='&lt;name&gt;' schema=&lt;schema&gt;), або через службу pg_service.conf (pg:service=&lt;name&gt; schema=&lt;schema&gt;) з паролем у ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="113"/>
        <source>{reason} A password is never written into a project, a layer or a log, so this location cannot be used. {ways} Or enter QGIS&apos;s master password first (the desktop asks for it when a store is opened; qgis_process reads it from the file named by QGIS_AUTH_PASSWORD_FILE), and the password then goes into QGIS&apos;s authentication database.</source>
        <translation>{reason} Пароль ніколи не записується в проєкт, шар чи журнал, тому це розташування не можна використати. {ways} Або спершу введіть головний пароль QGIS (настільна версія запитує його під час відкриття сховища; qgis_process читає його з файлу, вказаного в QGIS_AUTH_PASSWORD_FILE), і тоді пароль потрапить до бази даних автентифікації QGIS.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="142"/>
        <source>QGIS&apos;s authentication database is not available ({reason}). {ways}</source>
        <translation>База даних автентифікації QGIS недоступна ({reason}). {ways}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="171"/>
        <source>The PostGIS location holds a password, and QGIS&apos;s master password has not been entered in this session.</source>
        <translation>Розташування PostGIS містить пароль, а головний пароль QGIS у цьому сеансі не введено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="184"/>
        <source>QGIS&apos;s authentication database did not take the password.</source>
        <translation>База даних автентифікації QGIS не прийняла пароль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="195"/>
        <source>The store&apos;s user name and password are kept in QGIS&apos;s authentication database (configuration {authcfg}), and QGIS&apos;s master password has not been entered in this session: open the store in the QGIS desktop, which asks for it, or give qgis_process the file named by QGIS_AUTH_PASSWORD_FILE.</source>
        <translation>Ім’я користувача й пароль сховища зберігаються в базі даних автентифікації QGIS (конфігурація {authcfg}), а головний пароль QGIS у цьому сеансі не введено: відкрийте сховище в настільній версії QGIS, яка його запитає, або передайте qgis_process файл, вказаний у QGIS_AUTH_PASSWORD_FILE.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="203"/>
        <source>QGIS&apos;s authentication database has no configuration {authcfg} (the store&apos;s user name and password): add it again in Settings &gt; Options &gt; Authentication, or open the store with its password typed once more.</source>
        <translation>У базі даних автентифікації QGIS немає конфігурації {authcfg} (ім’я користувача й пароль сховища): додайте її знову в меню Налаштування &gt; Параметри &gt; Автентифікація або відкрийте сховище, ще раз ввівши його пароль.</translation>
    </message>
</context>
<context>
    <name>DeminingAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="17"/>
        <source>Land release</source>
        <translation>Звільнення земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="16"/>
        <source>Project store</source>
        <translation>Сховище проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="18"/>
        <source>Totals and reports</source>
        <translation>Підсумки та звіти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="20"/>
        <source>Mine maps</source>
        <translation>Карти мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="21"/>
        <source>Field maps</source>
        <translation>Польові карти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="19"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="22"/>
        <source>Completion and handover</source>
        <translation>Завершення та передача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="30"/>
        <source>Planning</source>
        <translation>Планування</translation>
    </message>
</context>
<context>
    <name>DeminingDock</name>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="58"/>
        <source>Demining</source>
        <translation>Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="98"/>
        <source>Recompute the figures from the store</source>
        <translation>Перерахувати показники за сховищем</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>New store…</source>
        <translation>Нове сховище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
        <translation>Створити порожнє сховище Demining (GeoPackage) і додати його до проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Open store…</source>
        <translation>Відкрити сховище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Додати до проєкту шари наявного сховища Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Load demo</source>
        <translation>Завантажити демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
        <translation>Відкрити демонстраційний сценарій (Карабах, 2020–2022), за потреби спершу створивши його</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="132"/>
        <source>Building the demo… %p%</source>
        <translation>Створення демо… %p%</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="138"/>
        <source>Headline figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="160"/>
        <source>Layers</source>
        <translation>Шари</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Layer</source>
        <translation>Шар</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Features</source>
        <translation>Об'єкти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="219"/>
        <source>No store open</source>
        <translation>Сховище не відкрито</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="221"/>
        <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
        <translation>Створіть нове сховище, відкрийте наявне або завантажте демо, щоб побачити тут його показники.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="230"/>
        <source>Data model version {version} · {crs}</source>
        <translation>Версія моделі даних {version} · {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="232"/>
        <source>Reading store {}</source>
        <translation>Читання сховища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="241"/>
        <source>Computing figures…</source>
        <translation>Обчислення показників…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="244"/>
        <source>The figures could not be computed; see the message log.</source>
        <translation>Не вдалося обчислити показники; див. журнал повідомлень.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Land released</source>
        <translation>Звільнено земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Cancelled, reduced and cleared land; overlaps counted once</source>
        <translation>Скасовані, зменшені та очищені землі; перекриття враховуються один раз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Mines, UXO and other items found (sum of quantities)</source>
        <translation>Знайдені міни, НРБ та інші предмети (сума кількостей)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="268"/>
        <source>Cleared routes</source>
        <translation>Очищені дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Accidents</source>
        <translation>Нещасні випадки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians killed</source>
        <translation>Загинуло цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians injured</source>
        <translation>Поранено цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="280"/>
        <source>All dates, saved data.</source>
        <translation>Усі дати, збережені дані.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Reduced</source>
        <translation>Зменшено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AP mines</source>
        <translation>ПП міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AT mines</source>
        <translation>ПТ міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>UXO</source>
        <translation>НРБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AXO</source>
        <translation>ПВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>IEDs</source>
        <translation>СВП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Submunitions</source>
        <translation>Суббоєприпаси</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Other items</source>
        <translation>Інші предмети</translation>
    </message>
</context>
<context>
    <name>DeminingPlugin</name>
    <message>
        <location filename="../demining_plugin/plugin.py" line="88"/>
        <source>Demining Panel</source>
        <translation>Панель «Розмінування»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="118"/>
        <source>Show or hide the Demining panel</source>
        <translation>Показати або сховати панель «Розмінування»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="89"/>
        <source>New Store…</source>
        <translation>Нове сховище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="119"/>
        <source>Create an empty Demining store and add it to the project</source>
        <translation>Створити порожнє сховище Demining і додати його до проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="90"/>
        <source>Open Store…</source>
        <translation>Відкрити сховище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="120"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Додати до проєкту шари наявного сховища Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="91"/>
        <source>Load Demo</source>
        <translation>Завантажити демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="121"/>
        <source>Open the demo scenario, building it first if needed</source>
        <translation>Відкрити демонстраційний сценарій, за потреби спершу створивши його</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="92"/>
        <source>Clearance Panel</source>
        <translation>Панель «Очищення»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="122"/>
        <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
        <translation>Показати або сховати панель «Очищення» (завдання у вікні мапи, інструменти звільнення)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="93"/>
        <source>Draw Released Land</source>
        <translation>Намалювати звільнену землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="124"/>
        <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
        <translation>Намалювати на мапі звільнену землю; вона обрізається за небезпечними районами й ніколи не враховується двічі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="94"/>
        <source>Mark Selected Tasks Released…</source>
        <translation>Позначити вибрані завдання звільненими…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="126"/>
        <source>Record the selected tasks or sectors as released</source>
        <translation>Записати вибрані завдання або сектори як звільнені</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="95"/>
        <source>Divide into Sectors…</source>
        <translation>Поділити на сектори…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="127"/>
        <source>Divide the selected task into numbered sectors</source>
        <translation>Поділити вибране завдання на пронумеровані сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="96"/>
        <source>Undo Last Release</source>
        <translation>Скасувати останнє звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="128"/>
        <source>Take back the whole of the last release or sector division</source>
        <translation>Скасувати повністю останнє звільнення або поділ на сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="97"/>
        <source>Clearance Totals</source>
        <translation>Підсумки очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="129"/>
        <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
        <translation>Показати або сховати панель підсумків очищення (гектари, предмети, дороги, нещасні випадки за районами, методами, групами чи періодами)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="98"/>
        <source>Period Report…</source>
        <translation>Звіт за період…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="131"/>
        <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
        <translation>Записати звіт сховища за період (текст і таблиця) у форматі .md, .html або .txt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="256"/>
        <source>Demining</source>
        <translation>Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="257"/>
        <source>&amp;Demining</source>
        <translation>&amp;Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="101"/>
        <source>Open PostGIS Store…</source>
        <translation>Відкрити сховище PostGIS…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="138"/>
        <source>Add the layers of a Demining store kept in a PostGIS database to the project</source>
        <translation>Додати до проєкту шари сховища Demining із бази даних PostGIS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="102"/>
        <source>Feature History…</source>
        <translation>Історія об’єкта…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="140"/>
        <source>Who changed the selected feature, what and when (PostGIS stores)</source>
        <translation>Хто, що і коли змінив у вибраному об’єкті (сховища PostGIS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="106"/>
        <source>Import Mine Map…</source>
        <translation>Імпорт карти мінного поля…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="147"/>
        <source>Import a supplied mine map (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</source>
        <translation>Імпортувати отриману карту мінного поля (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="107"/>
        <source>Import Items Found…</source>
        <translation>Імпорт знайдених предметів…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="149"/>
        <source>Import items found from a team&apos;s file</source>
        <translation>Імпортувати знайдені предмети з файлу групи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="108"/>
        <source>Import Accidents…</source>
        <translation>Імпорт нещасних випадків…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="150"/>
        <source>Import mine and UXO accidents from a file</source>
        <translation>Імпортувати нещасні випадки з мінами та ВНП з файлу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="109"/>
        <source>Print Field Map…</source>
        <translation>Друк польової карти…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="151"/>
        <source>Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one in the Layout Designer</source>
        <translation>Надрукувати польові карти вибраних завдань (або завдань за виразом) у PDF чи відкрити одну в дизайнері макетів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="99"/>
        <source>Minefield Record Traverse…</source>
        <translation>Хід формуляра мінного поля…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="133"/>
        <source>Show or hide the traverse entry panel: a paper minefield record&apos;s turning points as bearing and distance, previewed on the map and saved as a minefield record</source>
        <translation>Показати або сховати панель введення ходу: поворотні точки паперового формуляра мінного поля як азимут і відстань, з переглядом на карті та збереженням як формуляр мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="100"/>
        <source>Mine Maps</source>
        <translation>Карти мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="136"/>
        <source>Show or hide the Mine maps panel (how accurate each supplied minefield record is)</source>
        <translation>Показати або сховати панель «Карти мінних полів» (наскільки точний кожен отриманий формуляр)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="113"/>
        <source>Data Checks</source>
        <translation>Перевірки даних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="161"/>
        <source>Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)</source>
        <translation>Показати або сховати панель «Перевірки» (пошкоджена геометрія, двічі врахована земля, висячі зв’язки, ...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="103"/>
        <source>Items Found Panel</source>
        <translation>Панель знайдених предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="142"/>
        <source>Show or hide the Items found panel (latest items, filters, counts by category)</source>
        <translation>Показати або сховати панель «Знайдені предмети» (останні предмети, фільтри, кількість за категоріями)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="104"/>
        <source>Record Item Found</source>
        <translation>Записати знайдений предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="144"/>
        <source>Click on the map where an item was found; task and district are filled in from the point</source>
        <translation>Клацніть на карті там, де знайдено предмет; завдання й район заповнюються за точкою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="105"/>
        <source>Record Accident</source>
        <translation>Записати нещасний випадок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="146"/>
        <source>Click on the map where a mine accident happened</source>
        <translation>Клацніть на карті там, де стався нещасний випадок із міною</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="111"/>
        <source>Package for the Field…</source>
        <translation>Пакет для польових робіт…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="156"/>
        <source>Package the selected tasks for a team&apos;s tablet (QField): a project with the context around them and forms for items found, released land and the daily log</source>
        <translation>Спакувати вибрані завдання для планшета групи (QField): проєкт із контекстом навколо них і формами для знайдених предметів, звільненої землі та щоденного журналу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="112"/>
        <source>Merge Field Results…</source>
        <translation>Об’єднати польові результати…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="159"/>
        <source>Merge what a team brought back in a field package (folder or .zip): shown before it is stored, by the desktop&apos;s rules</source>
        <translation>Об’єднати те, що група привезла в польовому пакеті (тека або .zip): з попереднім переглядом перед збереженням, за правилами настільної версії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="110"/>
        <source>Print Completion Report…</source>
        <translation>Друк звіту про завершення…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="114"/>
        <source>Review Submissions</source>
        <translation>Розгляд заявок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="153"/>
        <source>Print the completion report and handover certificate of the selected tasks (IMAS 08.30) to PDF, with the handover checks&apos; warnings</source>
        <translation>Надрукувати в PDF звіт про завершення та акт передачі вибраних завдань (IMAS 08.30) з попередженнями перевірок передачі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="163"/>
        <source>Show or hide the Review panel: imports, releases and field merges submitted for review, to approve or reject</source>
        <translation>Показати або сховати панель «Розгляд»: імпорти, звільнення та об’єднання польових результатів, подані на розгляд, для затвердження або відхилення</translation>
    </message>
</context>
<context>
    <name>DeminingTasks</name>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="129"/>
        <source>Demining figures of {}</source>
        <translation>Показники Demining для {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="152"/>
        <source>Building the Demining demo</source>
        <translation>Створення демо Demining</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../demining_plugin/demo/scenario.py" line="47"/>
        <source>Demo scenario file {path} is missing from the plugin.</source>
        <translation>Файлу сценарію демо {path} немає в модулі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="102"/>
        <source>Building the demo store was cancelled.</source>
        <translation>Створення демо-сховища скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="35"/>
        <source>District boundaries not found: {path} (layer {layer}).</source>
        <translation>Межі районів не знайдено: {path} (шар {layer}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="57"/>
        <source>Districts not found in {path_name}: {missing}</source>
        <translation>Райони не знайдено в {path_name}: {missing}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="99"/>
        <source>Could not lay out enough hazard areas in {name}.</source>
        <translation>Не вдалося розмістити достатньо небезпечних районів у {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="225"/>
        <source>Not enough hazard area in {district} for the demo&apos;s cleared land.</source>
        <translation>У {district} недостатньо небезпечних районів для очищеної землі демо.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="61"/>
        <source>Could not place the supplied records in {district}.</source>
        <translation>Не вдалося розмістити отримані формуляри в {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="154"/>
        <source>No land cleared in {district} during the demo week.</source>
        <translation>У {district} за демонстраційний тиждень не очищено землі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="171"/>
        <source>The demo&apos;s supplied-record matches exceed the items budget.</source>
        <translation>Збіги отриманих формулярів у демо перевищують запас предметів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="299"/>
        <source>Could not lay out a route in {district}.</source>
        <translation>Не вдалося прокласти дорогу в {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="348"/>
        <source>Cannot write the demo project {project_path}: {error}</source>
        <translation>Неможливо записати демо-проєкт {project_path}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="365"/>
        <source>The demo store must be a .gpkg file: {target}</source>
        <translation>Демо-сховище має бути файлом .gpkg: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/planning.py" line="79"/>
        <source>Not enough free land in {name} for the suspected land of the demo.</source>
        <translation>У {name} недостатньо вільної землі для підозрілих земель демонстрації.</translation>
    </message>
</context>
<context>
    <name>ExportHandoverAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="66"/>
        <source>Export handed-over land (parcels)</source>
        <translation>Експорт переданої землі (ділянки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="68"/>
        <source>Writes the land handed over, for a cadastre or land registry: one parcel per chosen task that has a handover date (its released land as one polygon, in WGS 84) with task, hazard, district, organisation, team, area_ha (true WGS 84 area, counted once), completion and handover dates, recipient, land use after release, beneficiaries and residual risk. Chosen tasks not handed over are listed in the log.

TASK_IDS or EXPRESSION choose the tasks. OUTPUT: a .gpkg or .geojson file. PARCELS: parcels written; AREA_HA: their total area.</source>
        <translation>Записує передану землю для кадастру або земельного реєстру: одна ділянка на кожне вибране завдання з датою передачі (його звільнена земля одним полігоном, у WGS 84) із завданням, небезпечним районом, районом, організацією, групою, area_ha (справжня площа WGS 84, врахована один раз), датами завершення та передачі, отримувачем, землекористуванням після звільнення, бенефіціарами та залишковим ризиком. Вибрані завдання, які не передано, перелічуються в журналі.

TASK_IDS або EXPRESSION вибирають завдання. OUTPUT: файл .gpkg або .geojson. PARCELS: записано ділянок; AREA_HA: їхня загальна площа.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>Parcels file</source>
        <translation>Файл ділянок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="81"/>
        <source>Parcels written</source>
        <translation>Записано ділянок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="82"/>
        <source>Area of the parcels (ha)</source>
        <translation>Площа ділянок (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="88"/>
        <source>OUTPUT: give a .gpkg or .geojson file.</source>
        <translation>OUTPUT: вкажіть файл .gpkg або .geojson.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="91"/>
        <source>{0} parcel(s), {1:,.2f} ha: {2}</source>
        <translation>Ділянок: {0}, {1:,.2f} га: {2}</translation>
    </message>
</context>
<context>
    <name>FeatureHistory</name>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="58"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="63"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry drawn</source>
        <translation>Геометрію намальовано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry removed</source>
        <translation>Геометрію видалено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry changed</source>
        <translation>Геометрію змінено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="44"/>
        <source>Feature history</source>
        <translation>Історія об’єкта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="125"/>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="145"/>
        <source>{name}: &apos;{text}&apos; is not a date and time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time, or with a zone such as +04:00).</source>
        <translation>{name}: '{text}' — не дата й час; укажіть у вигляді РРРР-ММ-ДД або РРРР-ММ-ДДTГГ:ХХ[:СС] (місцевий час або з поясом, наприклад +04:00).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="186"/>
        <source>A geometry in the history has Z or M values this plugin does not store.</source>
        <translation>Геометрія в історії містить значення Z або M, які цей модуль не зберігає.</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../demining_plugin/core/feature_table.py" line="83"/>
        <source>Layer &apos;{layer_name}&apos; has no field {fields}.</source>
        <translation>У шарі '{layer_name}' немає поля {fields}.</translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="134"/>
        <source>Field map</source>
        <translation>Польова карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="107"/>
        <source>This task</source>
        <translation>Це завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="111"/>
        <source>Turning points</source>
        <translation>Поворотні точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="122"/>
        <source>Task position</source>
        <translation>Положення завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="214"/>
        <source>Map extent</source>
        <translation>Екстент карти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="221"/>
        <source>Data: store {0}</source>
        <translation>Дані: сховище {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="223"/>
        <source>districts: {0}</source>
        <translation>райони: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Easting</source>
        <translation>Схід (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Northing</source>
        <translation>Північ (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="67"/>
        <source>{0} more points (print A3)</source>
        <translation>ще {0} точок (друкуйте на A3)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="159"/>
        <source>Mag. decl. unknown
Grid conv. {0:.1f}° {1}</source>
        <translation>Магн. схил. невідомо
Збл. меридіанів {0:.1f}° {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="161"/>
        <source>grid north up; {0}; grid convergence {1:.1f}° {2}</source>
        <translation>північ сітки вгорі; {0}; зближення меридіанів {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="165"/>
        <source>Mag. decl. {0}
Grid conv. {1:.1f}° {2}</source>
        <translation>Магн. схил. {0}
Збл. меридіанів {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="167"/>
        <source>grid north up; magnetic declination {0} ({1}, {2}); grid convergence {3:.1f}° {4}</source>
        <translation>північ сітки вгорі; магнітне схилення {0} ({1}, {2}); зближення меридіанів {3:.1f}° {4}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="179"/>
        <source>District: {0} · Team: {1} ({2}) · Planned {3} to {4} · Status: {5}</source>
        <translation>Район: {0} · Група: {1} ({2}) · План: з {3} по {4} · Статус: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="192"/>
        <source>Area</source>
        <translation>Площа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="193"/>
        <source>planned {0:,.2f} ha; released {1:,.2f} ha (true areas, WGS 84 ellipsoid)</source>
        <translation>план {0:,.2f} га; звільнено {1:,.2f} га (справжні площі, еліпсоїд WGS 84)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="195"/>
        <source>Grid</source>
        <translation>Сітка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="196"/>
        <source>UTM {0} ({1}), every {2:,.0f} m; eastings and northings left and bottom, MGRS digits top and right; centre {3}</source>
        <translation>UTM {0} ({1}), через кожні {2:,.0f} м; східні та північні координати зліва й знизу, цифри MGRS згори й справа; центр {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="200"/>
        <source>North</source>
        <translation>Північ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>Emergency and access points</source>
        <translation>Пункти евакуації та доступу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="210"/>
        <source>Printed {0}. {1}. Turning points: {2}.</source>
        <translation>Надруковано {0}. {1}. Поворотних точок: {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="518"/>
        <source>{0} field map(s), {1} {2}</source>
        <translation>Польових карт: {0}, {1} {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="51"/>
        <source>Field maps cancelled; no file was written.</source>
        <translation>Польові карти скасовано; файл не записано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="555"/>
        <source>Field maps cancelled after {0} of {1} tasks.</source>
        <translation>Польові карти скасовано після {0} з {1} завдань.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="576"/>
        <source>Field map {0}</source>
        <translation>Польова карта {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="36"/>
        <source>Field maps: {0} task(s)</source>
        <translation>Польові карти: завдань {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="60"/>
        <source>Paper &apos;{paper}&apos; is not offered; choose one of {PAPERS}.</source>
        <translation>Папір '{paper}' не пропонується; виберіть один із: {PAPERS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="63"/>
        <source>Orientation &apos;{orientation}&apos; is not offered; choose one of {choices}.</source>
        <translation>Орієнтація '{orientation}' не пропонується; виберіть одну з: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="47"/>
        <source>Give task ids or an expression, not both.</source>
        <translation>Вкажіть ідентифікатори завдань або вираз, але не те й інше.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="49"/>
        <source>No task chosen: give task ids (e.g. T-0001, T-0002) or an expression.</source>
        <translation>Завдання не вибрано: вкажіть ідентифікатори завдань (наприклад, T-0001, T-0002) або вираз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="59"/>
        <source>No clearance task has the id {missing} in this store.</source>
        <translation>У цьому сховищі немає завдання з очищення з ідентифікатором {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="65"/>
        <source>The expression &apos;{expression}&apos; is not valid: {parsed}</source>
        <translation>Вираз '{expression}' недійсний: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="70"/>
        <source>The expression &apos;{expression}&apos; names {unknown}, which clearance_tasks does not have (fields: {tasks}).</source>
        <translation>Вираз '{expression}' називає {unknown}, яких немає в clearance_tasks (поля: {tasks}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="82"/>
        <source>The expression &apos;{expression}&apos; cannot be evaluated on task {feature}: {parsed}</source>
        <translation>Вираз '{expression}' не вдається обчислити для завдання {feature}: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="89"/>
        <source>No clearance task matches the expression &apos;{expression}&apos;.</source>
        <translation>Жодне завдання з очищення не відповідає виразу '{expression}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="93"/>
        <source>Clearance task {empty} has no geometry; it cannot be mapped.</source>
        <translation>Завдання з очищення {empty} не має геометрії; його не можна нанести на карту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="94"/>
        <source>The layout template {path_name} is missing from the plugin.</source>
        <translation>Шаблону макета {path_name} немає в модулі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="132"/>
        <source>The layout template {path_name} cannot be read.</source>
        <translation>Шаблон макета {path_name} не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="207"/>
        <source>The layout template has no item &apos;{item_id}&apos;.</source>
        <translation>У шаблоні макета немає елемента '{item_id}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="498"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>Тека {target_parent} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="501"/>
        <source>OUTPUT must be a .pdf file or a folder, not {target_name}.</source>
        <translation>OUTPUT має бути файлом .pdf або текою, а не {target_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="544"/>
        <source>Writing {target_name} failed: {error}</source>
        <translation>Запис {target_name} не вдався: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="562"/>
        <source>Writing {path_name} failed ({result}).</source>
        <translation>Запис {path_name} не вдався ({result}).</translation>
    </message>
</context>
<context>
    <name>FieldMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="12"/>
        <source>Field maps of tasks (PDF)</source>
        <translation>Польові карти завдань (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="13"/>
        <source>Prints one page per clearance task for the field team: the task in its local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released land, items found, routes, the task&apos;s medevac / helicopter landing / access points, an overview of the districts, legend, scale and a north arrow with the magnetic declination (World Magnetic Model on the print date).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = &apos;Aghdam&apos; AND &quot;status&quot; &lt;&gt; &apos;closed&apos;), printed in task id order. PAPER: A4 or A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied minefield records.

OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, fieldmap_&lt;task id&gt;.pdf). PAGES: the number of pages written.</source>
        <translation>Друкує по одній сторінці на кожне завдання з очищення для польової групи: завдання в його місцевій зоні UTM із сіткою UTM/MGRS, пронумеровані поворотні точки та таблиця їхніх координат, небезпечний район, звільнена земля, знайдені предмети, дороги, пункти медеваку / посадки гелікоптера / доступу завдання, огляд районів, легенда, масштаб і стрілка півночі з магнітним схиленням (World Magnetic Model на дату друку).

TASK_IDS: ідентифікатори завдань через кому (наприклад, T-0001, T-0002), друкуються в цьому порядку; або EXPRESSION: фільтр за clearance_tasks (наприклад, &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'), друкуються в порядку ідентифікаторів. PAPER: A4 або A3. ORIENTATION: portrait або landscape. MAPPED_MINES: малювати також міни отриманих формулярів мінних полів.

OUTPUT: файл .pdf (по сторінці на завдання) або тека (по PDF на завдання, fieldmap_&lt;task id&gt;.pdf). PAGES: кількість записаних сторінок.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="31"/>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="34"/>
        <source>Draw mines of supplied minefield records</source>
        <translation>Малювати міни отриманих формулярів мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="47"/>
        <source>{0} page(s): {1}</source>
        <translation>Сторінок: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>FieldMapController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="92"/>
        <source>Print Field Map…</source>
        <translation>Друк польової карти…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="149"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Спершу відкрийте сховище Demining (Розмінування ▸ Відкрити сховище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="98"/>
        <source>Printing field maps</source>
        <translation>Друк польових карт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="95"/>
        <source>Choose where to write the field maps.</source>
        <translation>Виберіть, куди записати польові карти.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="96"/>
        <source>Printing {0} field map(s) to {1}</source>
        <translation>Друк польових карт ({0}) до {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="97"/>
        <source>{0} field map page(s) written to {1}</source>
        <translation>Сторінок польових карт записано: {0}, до {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="99"/>
        <source>Field maps cancelled.</source>
        <translation>Польові карти скасовано.</translation>
    </message>
</context>
<context>
    <name>FieldMapDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="28"/>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="29"/>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="38"/>
        <source>Print Field Map</source>
        <translation>Друк польової карти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="41"/>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="42"/>
        <source>Tasks matching</source>
        <translation>Завдання за умовою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="47"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="62"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="64"/>
        <source>Mines of supplied minefield records</source>
        <translation>Міни отриманих формулярів мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="65"/>
        <source>Medevac, landing and access points</source>
        <translation>Пункти медеваку, посадки й доступу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="67"/>
        <source>Turning-point table</source>
        <translation>Таблиця поворотних точок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="69"/>
        <source>Overview map</source>
        <translation>Оглядова карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="72"/>
        <source>One PDF, a page per task</source>
        <translation>Один PDF, по сторінці на завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="73"/>
        <source>One PDF per task, in a folder</source>
        <translation>По PDF на завдання, у теці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="83"/>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="84"/>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="88"/>
        <source>Include</source>
        <translation>Включити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="93"/>
        <source>Output</source>
        <translation>Вивід</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="96"/>
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="98"/>
        <source>Open in Layout Designer</source>
        <translation>Відкрити в дизайнері макетів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="99"/>
        <source>Lay out the first task and open it in QGIS&apos;s Layout Designer for hand edits</source>
        <translation>Розмістити перше завдання й відкрити його в дизайнері макетів QGIS для ручного редагування</translation>
    </message>
</context>
<context>
    <name>FieldMerge</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="193"/>
        <source>Already merged (its field UUID is in the store); not added again.</source>
        <translation>Уже об’єднано (його польовий UUID є у сховищі); повторно не додається.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="214"/>
        <source>Added to a context layer in the field; context layers are not merged.</source>
        <translation>Додано до контекстного шару в полі; контекстні шари не об’єднуються.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="217"/>
        <source>Edited in the field; context layers are not merged, the store keeps its own.</source>
        <translation>Змінено в полі; контекстні шари не об’єднуються, у сховищі залишається своя версія.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="225"/>
        <source>Deleted in the field; context layers are not merged, the store keeps it.</source>
        <translation>Видалено в полі; контекстні шари не об’єднуються, у сховищі об’єкт зберігається.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="247"/>
        <source>has no position</source>
        <translation>немає положення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="285"/>
        <source>Its photo {photo} is missing from the package; the item is merged without it.</source>
        <translation>Його фото {photo} немає в пакеті; предмет об’єднується без нього.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="288"/>
        <source>Its photo {photo} is not copied: {store} has no folder for attachments.</source>
        <translation>Його фото {photo} не скопійовано: у {store} немає теки для вкладень.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="304"/>
        <source>Released land {n}</source>
        <translation>Звільнена земля {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="316"/>
        <source>has no area</source>
        <translation>немає площі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="347"/>
        <source>Work day {n}</source>
        <translation>Робочий день {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="356"/>
        <source>names task {task}, which is not in the store</source>
        <translation>вказує завдання {task}, якого немає у сховищі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="423"/>
        <source>The photos cannot be copied beside the store ({error}); nothing was merged.</source>
        <translation>Фото не вдається скопіювати поруч зі сховищем ({error}); нічого не об’єднано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="122"/>
        <source>{path} does not exist.</source>
        <translation>{path} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="139"/>
        <source>{name} was made with data model version {version}; this plugin knows up to version {known}. Update the Demining plugin to merge it.</source>
        <translation>{name} створено з версією моделі даних {version}; цей модуль знає версії до {known}. Оновіть модуль Demining, щоб об’єднати його.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="156"/>
        <source>{name} is a damaged ZIP file (it cannot be opened); ask the team for the package again.</source>
        <translation>{name} — пошкоджений ZIP-файл (його не вдається відкрити); попросіть у групи пакет ще раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="166"/>
        <source>{name} holds a file outside its folder ({member}); it was not opened.</source>
        <translation>{name} містить файл поза своєю текою ({member}); його не відкрито.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="176"/>
        <source>{name} is a damaged ZIP file ({member} does not read back); ask the team for the package again.</source>
        <translation>{name} — пошкоджений ZIP-файл ({member} не читається); попросіть у групи пакет ще раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="181"/>
        <source>{name} is a damaged ZIP file ({error}); ask the team for the package again.</source>
        <translation>{name} — пошкоджений ZIP-файл ({error}); попросіть у групи пакет ще раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="188"/>
        <source>{name} is not a field package: a package is the folder made by &apos;Package for the field&apos; (with {manifest} and {data}), or that folder zipped.</source>
        <translation>{name} — не польовий пакет: пакет — це тека, створена командою «Пакет для польових робіт» (з {manifest} і {data}), або ця тека в ZIP.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="198"/>
        <source>{name} has no {manifest}: without it the package cannot be matched to its store and tasks. Ask the team for the whole package folder.</source>
        <translation>У {name} немає {manifest}: без нього пакет не можна зіставити з його сховищем і завданнями. Попросіть у групи всю теку пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="206"/>
        <source>The {manifest} of {name} cannot be read ({error}).</source>
        <translation>{manifest} пакета {name} не вдається прочитати ({error}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="211"/>
        <source>The {manifest} of {name} lacks {keys}; it is not a manifest this plugin wrote.</source>
        <translation>У {manifest} пакета {name} немає {keys}; це не маніфест, записаний цим модулем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="224"/>
        <source>{name} was packaged from another store ({other}), not from {store}; merge it only if you mean to (allow packages of another store).</source>
        <translation>{name} спаковано з іншого сховища ({other}), а не з {store}; об’єднуйте його, лише якщо це навмисно (дозвольте пакети іншого сховища).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="228"/>
        <source>{name} was packaged from another store ({other}); merged into {store} as asked.</source>
        <translation>{name} спаковано з іншого сховища ({other}); об’єднано з {store}, як запитано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="237"/>
        <source>The {manifest} of {name} gives no data model version ({value!r}).</source>
        <translation>У {manifest} пакета {name} не вказано версію моделі даних ({value!r}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="246"/>
        <source>{name} has no {data}: the team&apos;s work is not in it.</source>
        <translation>У {name} немає {data}: роботи групи в ньому немає.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="386"/>
        <source>The GeoPackage {data} of {name} is damaged ({error}); ask the team for the package again.</source>
        <translation>GeoPackage {data} пакета {name} пошкоджено ({error}); попросіть у групи пакет ще раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="263"/>
        <source>not a GeoPackage</source>
        <translation>не GeoPackage</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="267"/>
        <source>The GeoPackage {data} of {name} lacks the field layers {layers}.</source>
        <translation>У GeoPackage {data} пакета {name} немає польових шарів {layers}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="301"/>
        <source>{name} was made with data model version {old}; a copy of its data was brought to version {new} for the merge (the package itself is unchanged).</source>
        <translation>{name} створено з версією моделі даних {old}; для об’єднання копію його даних приведено до версії {new} (сам пакет не змінено).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="36"/>
        <source>The merge report must be a .csv or .gpkg file, not {name}.</source>
        <translation>Звіт про об’єднання має бути файлом .csv або .gpkg, а не {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="38"/>
        <source>the merge report</source>
        <translation>звіт про об’єднання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="26"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="27"/>
        <source>Added, with a warning</source>
        <translation>Додано з попередженням</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="28"/>
        <source>Adds nothing</source>
        <translation>Нічого не додає</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="29"/>
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="30"/>
        <source>Already merged</source>
        <translation>Уже об’єднано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="31"/>
        <source>Ignored</source>
        <translation>Проігноровано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="35"/>
        <source>Item found</source>
        <translation>Знайдений предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="36"/>
        <source>Released land</source>
        <translation>Звільнена земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="37"/>
        <source>Work day</source>
        <translation>Робочий день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="38"/>
        <source>Context layer</source>
        <translation>Контекстний шар</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="92"/>
        <source>has no {field}</source>
        <translation>немає значення {field}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="94"/>
        <source>names no {field}</source>
        <translation>не вказано: {field}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="97"/>
        <source>{field} &apos;{value}&apos; is not one of {codes}</source>
        <translation>{field} '{value}' не входить до списку: {codes}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="103"/>
        <source>{field} &apos;{value}&apos; is not a number</source>
        <translation>{field} '{value}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="109"/>
        <source>{field} {value:g} is outside {low} to {high}</source>
        <translation>{field} {value:g} поза діапазоном від {low} до {high}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="173"/>
        <source>items found: {items}, land released: {ha} ha, work days: {days}; refused: {refused}, warnings: {warnings}, ignored: {ignored}, already merged: {skipped}</source>
        <translation>знайдено предметів: {items}, звільнено землі: {ha} га, робочих днів: {days}; відхилено: {refused}, попереджень: {warnings}, проігноровано: {ignored}, уже об’єднано: {skipped}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="180"/>
        <source>{name} merged: {counts}.</source>
        <translation>{name} об’єднано: {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="181"/>
        <source>{name} (not merged yet): {counts}.</source>
        <translation>{name} (ще не об’єднано): {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="282"/>
        <source>Its photo {photo} lies outside the package; it is not copied.</source>
        <translation>Його фото {photo} розташоване поза пакетом; його не скопійовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="135"/>
        <source>{feature}: refused: {why}</source>
        <translation>{feature}: відхилено: {why}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="160"/>
        <source>{summary} Nothing to submit: the package adds nothing to {store}.</source>
        <translation>{summary} Немає чого подавати: пакет нічого не додає до {store}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="163"/>
        <source>Field results {name} (team {team}): {items} items found, {ha} ha released, {days} work days</source>
        <translation>Польові результати {name} (група {team}): знайдено предметів: {items}, звільнено {ha} га, робочих днів: {days}</translation>
    </message>
</context>
<context>
    <name>FieldMergeAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="21"/>
        <source>Merge field results</source>
        <translation>Об’єднати польові результати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="23"/>
        <source>Merges what a team recorded in a field package (made by &apos;Package for the field&apos; and filled in QField) into the project store, by the rules of the desktop: items found get the task and district under them and the item checks (warnings kept, items the store cannot hold refused); released land is clipped to the hazard areas, land already released is taken out, and it is split by task and district, so land two teams or two trips covered is counted once; the daily log goes to work_days; photos are copied beside the store into &lt;store&gt;_attachments. Features already merged (their field UUID is in the store) are skipped, so merging a package twice adds nothing; context layers edited in the field are not merged and are listed as ignored. Everything is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Об’єднує те, що група записала в польовому пакеті (створеному командою «Пакет для польових робіт» і заповненому в QField), зі сховищем проєкту за правилами настільної версії: знайденим предметам присвоюються завдання й район під ними та застосовуються перевірки предметів (попередження зберігаються, предмети, яких сховище не може прийняти, відхиляються); звільнена земля обрізається за небезпечними районами, уже звільнена земля вилучається, а решта ділиться за завданнями та районами, тож земля, пройдена двома групами чи за два виїзди, враховується один раз; щоденний журнал потрапляє до work_days; фото копіюються поруч зі сховищем у &lt;store&gt;_attachments. Уже об’єднані об’єкти (їхній польовий UUID є у сховищі) пропускаються, тому повторне об’єднання пакета нічого не додає; контекстні шари, змінені в полі, не об’єднуються й перелічуються як проігноровані. Усе зберігається в одній транзакції: якщо щось не вдається, нічого не змінюється.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field package (folder, manifest.json or .zip)</source>
        <translation>Польовий пакет (тека, manifest.json або .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Польові пакети (*.zip manifest.json);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="50"/>
        <source>Store the merge (no: dry run)</source>
        <translation>Зберегти об’єднання (ні: пробний запуск)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="51"/>
        <source>Merge a package made from another store</source>
        <translation>Об’єднати пакет, створений з іншого сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>Merge report</source>
        <translation>Звіт про об’єднання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>CSV files (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>Файли CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Items found added</source>
        <translation>Додано знайдених предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Hectares released added</source>
        <translation>Додано звільнених гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Work days added</source>
        <translation>Додано робочих днів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Field features refused</source>
        <translation>Відхилено польових об’єктів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="82"/>
        <source>{0}: refused: {1}</source>
        <translation>{0}: відхилено: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="86"/>
        <source>{0}: ignored: {1}</source>
        <translation>{0}: проігноровано: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="34"/>
        <source>PACKAGE: the package folder (or its manifest.json), or the package zipped. APPLY (default yes): no for a dry run that only reports. ALLOW_OTHER_STORE (default no): merge a package made from another store. REPORT (optional): a .csv file, or a .gpkg with the table field_merge_report, listing every field feature and what became of it. Outputs ITEMS_ADDED, RELEASED_HA (true ellipsoidal hectares), DAYS_LOGGED, REFUSED and WARNINGS (counts) and REPORT (path).

SUBMIT (default no): keep the merge as a submission waiting for review instead of storing it; it counts nowhere until demining:review approves it, which merges it then, against the store as it is at that moment. An operator of a PostGIS store always submits. Output SUBMISSION: its identifier when submitted.</source>
        <translation>PACKAGE: тека пакета (або її manifest.json) чи пакет у ZIP. APPLY (за замовчуванням так): ні — пробний запуск, який лише звітує. ALLOW_OTHER_STORE (за замовчуванням ні): об’єднати пакет, створений з іншого сховища. REPORT (необов’язково): файл .csv або .gpkg з таблицею field_merge_report зі списком усіх польових об’єктів і того, що з кожним із них сталося. Виводить ITEMS_ADDED, RELEASED_HA (справжні еліпсоїдальні гектари), DAYS_LOGGED, REFUSED і WARNINGS (кількості) та REPORT (шлях).

SUBMIT (за замовчуванням ні): зберегти об’єднання як заявку, що чекає розгляду, замість запису до сховища; вона ніде не враховується, доки demining:review її не затвердить, і тоді об’єднання виконується зі сховищем у його стані на той момент. Оператор сховища PostGIS завжди подає заявку. Виводить SUBMISSION: її ідентифікатор у разі подання.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="53"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подати на розгляд замість збереження (затверджує менеджер даних)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="64"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, що чекає розгляду</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="89"/>
        <source>Nothing was stored yet: the merge waits for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Поки нічого не збережено: об’єднання чекає розгляду як заявка {0} (demining:review затверджує або відхиляє її).</translation>
    </message>
</context>
<context>
    <name>FieldMergeController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="27"/>
        <source>Planning the merge of {0}</source>
        <translation>Планування об’єднання {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="91"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Спершу відкрийте сховище Demining (Розмінування ▸ Відкрити сховище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field package to merge (its .zip, or manifest.json in its folder)</source>
        <translation>Польовий пакет для об’єднання (його .zip або manifest.json у його теці)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Польові пакети (*.zip manifest.json);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="112"/>
        <source>Merging {0}</source>
        <translation>Об’єднання {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>Package of another store</source>
        <translation>Пакет іншого сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>{0}

Merge it into {1} anyway?</source>
        <translation>{0}

Усе одно об’єднати його з {1}?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="53"/>
        <source>Submitting {0}</source>
        <translation>Подання {0} на розгляд</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="165"/>
        <source>{0} waits for review as submission {1}; nothing was stored yet.</source>
        <translation>{0} чекає розгляду як заявка {1}; поки нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Feature</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Hectares</source>
        <translation>Гектари</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="47"/>
        <source>Merge Field Results — {0}</source>
        <translation>Об’єднання польових результатів — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="87"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="88"/>
        <source>Store everything listed as added, in one transaction</source>
        <translation>Зберегти все, що позначено як додане, в одній транзакції</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="94"/>
        <source>Submit for Review</source>
        <translation>Подати на розгляд</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="96"/>
        <source>Keep the merge as a submission: it counts nowhere until a data manager approves it in the Review panel</source>
        <translation>Зберегти об’єднання як заявку: воно ніде не враховується, доки менеджер даних не затвердить його на панелі «Розгляд»</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="67"/>
        <source>Choose a folder or a .zip file for the field package.</source>
        <translation>Виберіть теку або файл .zip для польового пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="70"/>
        <source>Folder {0} does not exist.</source>
        <translation>Тека {0} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="73"/>
        <source>{0} exists and is not a field package; choose a new file name.</source>
        <translation>{0} існує і не є польовим пакетом; виберіть нову назву файлу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="77"/>
        <source>{0} is a file; give a folder (new or empty) or a .zip file.</source>
        <translation>{0} — файл; вкажіть теку (нову або порожню) чи файл .zip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="81"/>
        <source>Folder {0} is not empty and holds no field package; choose an empty or new folder.</source>
        <translation>Тека {0} не порожня і не містить польового пакета; виберіть порожню або нову теку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="86"/>
        <source>Folder {0} holds a field package with {1} photo(s) taken in the field; merge it first or choose another folder.</source>
        <translation>Тека {0} містить польовий пакет із фото, зробленими в полі ({1}); спершу об’єднайте його або виберіть іншу теку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="116"/>
        <source>The basemap {0} cannot be read as a raster.</source>
        <translation>Базову карту {0} не вдається прочитати як растр.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="125"/>
        <source>The basemap {0} has no coordinate reference system.</source>
        <translation>Базова карта {0} не має системи координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="132"/>
        <source>The basemap {0} does not cover the tasks.</source>
        <translation>Базова карта {0} не покриває завдання.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="138"/>
        <source>The basemap {0} cannot be clipped: {1}</source>
        <translation>Базову карту {0} не вдається обрізати: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="141"/>
        <source>The basemap {0} cannot be clipped.</source>
        <translation>Базову карту {0} не вдається обрізати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="158"/>
        <source>Demining field package</source>
        <translation>Польовий пакет Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="164"/>
        <source>Open {0} in QField (or QGIS). Photos go to {1}/. Bring the whole folder back to the office to merge it.</source>
        <translation>Відкрийте {0} у QField (або QGIS). Фото зберігаються в {1}/. Привезіть усю теку назад до офісу для об’єднання.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="171"/>
        <source>Packaging cancelled; nothing was written.</source>
        <translation>Пакування скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="211"/>
        <source>Field package: {0}</source>
        <translation>Польовий пакет: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="221"/>
        <source>The field package cannot be written to {0}: {1}</source>
        <translation>Польовий пакет не вдається записати до {0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="40"/>
        <source>Items found (field)</source>
        <translation>Знайдені предмети (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="43"/>
        <source>Released land (field)</source>
        <translation>Звільнена земля (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="46"/>
        <source>Daily log (field)</source>
        <translation>Щоденний журнал (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="93"/>
        <source>The tasks {0} have no geometry; nothing to package.</source>
        <translation>Завдання {0} не мають геометрії; пакувати нічого.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="140"/>
        <source>{0} {1} could not be copied into the package.</source>
        <translation>Об’єкт {1} шару {0} не вдалося скопіювати до пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="159"/>
        <source>Cannot create {0}.</source>
        <translation>Не вдається створити {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="39"/>
        <source>Context (read only)</source>
        <translation>Контекст (лише читання)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="40"/>
        <source>Field work</source>
        <translation>Польові роботи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="41"/>
        <source>Basemap</source>
        <translation>Базова карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/snapshot.py" line="28"/>
        <source>Layer {0} of the package cannot be opened.</source>
        <translation>Шар {0} пакета не вдається відкрити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="180"/>
        <source>The clipped basemap cannot be opened.</source>
        <translation>Обрізану базову карту не вдається відкрити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="190"/>
        <source>The package&apos;s project cannot be written: {0}</source>
        <translation>Проєкт пакета не вдається записати: {0}</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="18"/>
        <source>Package tasks for the field (QField)</source>
        <translation>Спакувати завдання для польових робіт (QField)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="19"/>
        <source>Packages clearance tasks for a field team's tablet: a folder (or a .zip) that QField opens as it is, with a QGIS project (relative paths) and a GeoPackage. The tasks and their sectors, the hazards under them, released land, task points (medevac, access...), items found, routes and, if asked, mapped mines around the tasks come as read-only context, styled as in the plugin; the team fills in items found (with a photo), released land and a daily log, with today, the team and the task under the point as defaults. manifest.json and manifest.txt say what the package holds; Demining ▸ Merge field results brings it back.

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: the team's name, the default of its records. MAPPED_MINES: also take the mines of supplied minefield records. BASEMAP: a raster copied clipped to the tasks (plus a margin) for offline use.

OUTPUT: a new or empty folder, a previous package's folder (replaced unless it holds photos), or a .zip file. PROJECT: the project file (its name inside the ZIP). PACKAGE_ID: the package's identifier.</source>
        <translation>Пакує завдання з очищення для планшета польової групи: тека (або .zip), яку QField відкриває як є, з проєктом QGIS (відносні шляхи) і GeoPackage. Завдання та їхні сектори, небезпечні райони під ними, звільнена земля, пункти завдань (медевак, доступ...), знайдені предмети, дороги та, за запитом, міни за формулярами навколо завдань ідуть як контекст лише для читання, зі стилями як у модулі; група заповнює знайдені предмети (з фото), звільнену землю та щоденний журнал, де за замовчуванням підставляються сьогоднішня дата, група й завдання під точкою. manifest.json і manifest.txt описують вміст пакета; Розмінування ▸ Об’єднати польові результати повертає його назад.

TASK_IDS: ідентифікатори завдань через кому (наприклад, T-0001, T-0002); або EXPRESSION: фільтр за clearance_tasks (наприклад, &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: назва групи, значення за замовчуванням у її записах. MAPPED_MINES: узяти також міни отриманих формулярів мінних полів. BASEMAP: растр, що копіюється з обрізанням за завданнями (із запасом) для роботи без мережі.

OUTPUT: нова або порожня тека, тека попереднього пакета (замінюється, якщо в ній немає фото) або файл .zip. PROJECT: файл проєкту (його назва всередині ZIP). PACKAGE_ID: ідентифікатор пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="37"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="38"/>
        <source>Include mines of supplied minefield records</source>
        <translation>Включити міни отриманих формулярів мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="39"/>
        <source>Basemap (raster, clipped to the tasks)</source>
        <translation>Базова карта (растр, обрізаний за завданнями)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>Package folder (or a .zip file)</source>
        <translation>Тека пакета (або файл .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>ZIP files (*.zip)</source>
        <translation>Файли ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="43"/>
        <source>Project file of the package</source>
        <translation>Файл проєкту пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="44"/>
        <source>Package identifier</source>
        <translation>Ідентифікатор пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="52"/>
        <source>BASEMAP: {0} is not a raster file.</source>
        <translation>BASEMAP: {0} — не растровий файл.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="60"/>
        <source>Package {0} of {1} written to {2}</source>
        <translation>Пакет {0} (завдання {1}) записано до {2}</translation>
    </message>
</context>
<context>
    <name>FieldPackageController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="38"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Спершу відкрийте сховище Demining (Розмінування ▸ Відкрити сховище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="61"/>
        <source>Packaging tasks for the field</source>
        <translation>Пакування завдань для польових робіт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="70"/>
        <source>Field package of {0} written to {1}</source>
        <translation>Польовий пакет (завдання {0}) записано до {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="73"/>
        <source>Demining</source>
        <translation>Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="76"/>
        <source>Open Folder</source>
        <translation>Відкрити теку</translation>
    </message>
</context>
<context>
    <name>FieldPackageDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="31"/>
        <source>Package for the Field</source>
        <translation>Пакет для польових робіт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="35"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="37"/>
        <source>The team&apos;s name, filled in on everything it records</source>
        <translation>Назва групи, що підставляється в усе, що вона записує</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="39"/>
        <source>Mines of supplied minefield records</source>
        <translation>Міни отриманих формулярів мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="46"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;All files (*)</source>
        <translation>Растри (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="48"/>
        <source>A raster file instead of a layer of the project</source>
        <translation>Растровий файл замість шару проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="50"/>
        <source>A folder (copy it to the tablet as it is)</source>
        <translation>Тека (скопіюйте її на планшет як є)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="51"/>
        <source>A .zip file</source>
        <translation>Файл .zip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="55"/>
        <source>ZIP files (*.zip)</source>
        <translation>Файли ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="59"/>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="61"/>
        <source>Also take</source>
        <translation>Також узяти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="65"/>
        <source>Basemap (clipped)</source>
        <translation>Базова карта (обрізана)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="70"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="73"/>
        <source>Build Package</source>
        <translation>Створити пакет</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../demining_plugin/core/files.py" line="24"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>Тека {target_parent} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/files.py" line="31"/>
        <source>Cannot write {what}: {error}</source>
        <translation>Неможливо записати {what}: {error}</translation>
    </message>
</context>
<context>
    <name>ForecastAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="169"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="142"/>
        <source>CAPACITY: teams per kind, e.g. manual=12,mechanical=4,mdd=2,survey=3 (by default the teams seen working in the last 90 days of the store). WORK_DAYS_PER_YEAR: default 220. COST_PER_TEAM_DAY: cost of a team-day per kind, e.g. manual=1500,mechanical=4000. START: YYYY-MM-DD (default: the day after the last release). DATE_FROM, DATE_TO: the period productivity is measured over (YYYY-MM-DD, inclusive; default all dates). FIRST: districts worked first, in order, by every team, comma-separated. OUTPUT: a table by district and a last row &apos;All&apos;. YEARS, COST, FINISH: the whole job&apos;s.</source>
        <translation>CAPACITY: кількість груп за видами, наприклад manual=12,mechanical=4,mdd=2,survey=3 (за замовчуванням групи, що працювали в останні 90 днів сховища). WORK_DAYS_PER_YEAR: за замовчуванням 220. COST_PER_TEAM_DAY: вартість групо-дня за видами, наприклад manual=1500,mechanical=4000. START: РРРР-ММ-ДД (за замовчуванням: день після останнього звільнення). DATE_FROM, DATE_TO: період, за який вимірюється продуктивність (РРРР-ММ-ДД, включно; за замовчуванням усі дати). FIRST: райони, які всі групи опрацьовують першими, по порядку, через кому. OUTPUT: таблиця за районами та останній рядок 'All'. YEARS, COST, FINISH: для всієї роботи.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="154"/>
        <source>Teams per kind (manual=12,mechanical=4,...; empty: those of the last 90 days)</source>
        <translation>Груп за видами (manual=12,mechanical=4,...; порожньо: групи останніх 90 днів)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="157"/>
        <source>Work days per year</source>
        <translation>Робочих днів на рік</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="160"/>
        <source>Cost of a team-day per kind (manual=1500,mechanical=4000,...)</source>
        <translation>Вартість групо-дня за видами (manual=1500,mechanical=4000,...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="163"/>
        <source>Start date (YYYY-MM-DD; empty: the day after the last release)</source>
        <translation>Дата початку (РРРР-ММ-ДД; порожньо: день після останнього звільнення)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="165"/>
        <source>Districts worked first (comma-separated, in order)</source>
        <translation>Райони в першу чергу (через кому, по порядку)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured from (YYYY-MM-DD, inclusive)</source>
        <translation>Продуктивність вимірюється від (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured up to (YYYY-MM-DD, inclusive)</source>
        <translation>Продуктивність вимірюється до (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="170"/>
        <source>Years for the whole job</source>
        <translation>Років на всю роботу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="171"/>
        <source>Cost of the whole job</source>
        <translation>Вартість усієї роботи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="172"/>
        <source>Finishing date of the whole job</source>
        <translation>Дата завершення всієї роботи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="188"/>
        <source>All</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="131"/>
        <source>How long the land left will take and what it will cost, from the store&apos;s own figures. For each district and in all: the hectares left by classification (the ground of the hazards not closed less the released land, every square metre once: ground in a confirmed and a suspected hazard is confirmed land; land counts in the district it lies in), the hectares expected to be cleared, reduced and cancelled (as land of that classification has left the hazards so far), the team-days needed (at each method&apos;s square metres per team-day), the finishing date with its 10-90% range (the late end at the 10th percentile of productivity, the early end at the 90th) and the cost. What-if: change the parameters (ten more mechanical teams, a district first).</source>
        <translation>Скільки часу забере земля, що лишилася, і скільки це коштуватиме — за власними показниками сховища. Для кожного району й загалом: гектари, що лишилися, за класифікацією (площа незакритих небезпечних районів за вирахуванням звільненої землі, кожен квадратний метр один раз: земля, що входить і до підтвердженого, і до підозрілого небезпечного району, вважається підтвердженою; земля враховується в тому районі, де вона лежить), гектари, які очікується очистити, зменшити й скасувати (у тих самих частках, у яких земля цієї класифікації досі виходила з небезпечних районів), потрібні групо-дні (за продуктивністю кожного методу в квадратних метрах на групо-день), дата завершення з діапазоном 10–90% (пізня межа — за 10-го процентиля продуктивності, рання — за 90-го) і вартість. Сценарії «що, як»: змініть параметри (ще десять механізованих груп, один район у першу чергу).</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Manual</source>
        <translation>Ручний</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Mechanical</source>
        <translation>Механізований</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="60"/>
        <source>Dogs (MDD)</source>
        <translation>Собаки (MDD)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="61"/>
        <source>Survey</source>
        <translation>Обстеження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="84"/>
        <source>Forecast of {}</source>
        <translation>Прогноз для {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="138"/>
        <source>Shown</source>
        <translation>Показувати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="144"/>
        <source>Teams at work (by default those seen in the last 90 days)</source>
        <translation>Працюючі групи (за замовчуванням — помічені за останні 90 днів)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="151"/>
        <source>Cost of a team-day</source>
        <translation>Вартість групо-дня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="154"/>
        <source>cost/day</source>
        <translation>вартість/день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="162"/>
        <source>Work days a year</source>
        <translation>Робочих днів на рік</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="165"/>
        <source>District first</source>
        <translation>Спершу район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="224"/>
        <source>No store open</source>
        <translation>Сховище не відкрито</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="341"/>
        <source>Measuring productivity…</source>
        <translation>Вимірювання продуктивності…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="314"/>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="316"/>
        <source>None (all at once)</source>
        <translation>Немає (усі одразу)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>Productivity measured from {first} to {last}.</source>
        <translation>Період вимірювання продуктивності: {first} — {last}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the start</source>
        <translation>початок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the end</source>
        <translation>кінець</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Released</source>
        <translation>Звільнено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Early (90th percentile)</source>
        <translation>Рано (90-й процентиль)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="387"/>
        <source>Late (10th percentile)</source>
        <translation>Пізно (10-й процентиль)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>Released hectares, {where}</source>
        <translation>Звільнені гектари, {where}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>all districts</source>
        <translation>усі райони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="103"/>
        <source>Productivity by method</source>
        <translation>Продуктивність за методами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="192"/>
        <source>Stop measuring</source>
        <translation>Зупинити вимірювання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="194"/>
        <source>Measure again</source>
        <translation>Виміряти знову</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="288"/>
        <source>Measuring was stopped.</source>
        <translation>Вимірювання зупинено.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="31"/>
        <source>{} ha</source>
        <translation>{} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="36"/>
        <source>{} km</source>
        <translation>{} км</translation>
    </message>
</context>
<context>
    <name>Geomag</name>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="65"/>
        <source>World Magnetic Model file {path} cannot be read: {error}</source>
        <translation>Файл World Magnetic Model {path} не вдається прочитати: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="89"/>
        <source>No World Magnetic Model shipped for {year:.1f}: the models cover {first:.0f} to {last:.0f}.</source>
        <translation>Для {year:.1f} немає постачуваної World Magnetic Model: моделі охоплюють роки з {first:.0f} по {last:.0f}.</translation>
    </message>
</context>
<context>
    <name>GrantAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="64"/>
        <source>Grant a store role</source>
        <translation>Призначити роль сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="66"/>
        <source>Makes a PostgreSQL login role an operator or a manager of a PostGIS store. Operators read the baseline and may only submit changes for review (PostgreSQL itself refuses their direct writes to the layers); managers approve submissions and write the baseline. The group roles &lt;schema&gt;_operator and &lt;schema&gt;_manager are created with the store (or here, when the store&apos;s creator could not create roles).</source>
        <translation>Робить роль входу PostgreSQL оператором або менеджером сховища PostGIS. Оператори читають основні дані й можуть лише подавати зміни на розгляд (сам PostgreSQL відхиляє їхній прямий запис у шари); менеджери затверджують заявки й записують основні дані. Групові ролі &lt;schema&gt;_operator і &lt;schema&gt;_manager створюються разом зі сховищем (або тут, якщо творець сховища не міг створювати ролі).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="74"/>
        <source>USER: the login role. ROLE: operator or manager. GRANTED: the group role granted.</source>
        <translation>USER: роль входу. ROLE: operator або manager. GRANTED: призначена групова роль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="79"/>
        <source>Database user (login role)</source>
        <translation>Користувач бази даних (роль входу)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="80"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="83"/>
        <source>Group role granted</source>
        <translation>Призначена групова роль</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="91"/>
        <source>{0} is now a member of {1}.</source>
        <translation>{0} тепер входить до {1}.</translation>
    </message>
</context>
<context>
    <name>HectareTotalsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="71"/>
        <source>Hectare totals</source>
        <translation>Підсумки в гектарах</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="41"/>
        <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer&apos;s CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts&apos; name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
        <translation>Гектари полігонального шару, кожен квадратний метр враховується один раз: де полігони перекриваються (імпортовані старі дані, земля спершу обстежена, потім очищена), земля враховується за найранішим звільненням, що її покриває (найменший id об'єкта в ту саму дату). Площі — справжні площі на еліпсоїді WGS84 за будь-якої системи координат шару.

INPUT: будь-який полігональний шар. REGIONS (необов'язково): полігональний шар районів; полігони розрізаються по межах районів, і кожна частина враховується у своєму районі (стовпець region). REGION_FIELD: поле назви району (типово name). GROUP_BY: імена полів INPUT через кому (наприклад, release_method,technique), а також month або week (тиждень ISO) поля дати. DATE_FIELD: дата звільнення (типово released_on, якщо таке поле є). DATE_FROM, DATE_TO: РРРР-ММ-ДД, обидві включно; земля, вперше звільнена до DATE_FROM, не враховується.

OUTPUT: таблиця з полями групування, area_ha і n_features (об'єкти із землею в групі). TOTAL_HA: гектари всіх груп.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="57"/>
        <source>Released land (polygons)</source>
        <translation>Звільнена земля (полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="59"/>
        <source>Districts (polygons)</source>
        <translation>Райони (полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="61"/>
        <source>District name field</source>
        <translation>Поле назви району</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="63"/>
        <source>Group by (comma-separated fields; month, week)</source>
        <translation>Групувати за (поля через кому; month, week)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="65"/>
        <source>Date field</source>
        <translation>Поле дати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="67"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Від дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="69"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>До дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="73"/>
        <source>Total hectares</source>
        <translation>Усього гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="110"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="116"/>
        <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
        <translation>{ha:,.2f} га в {groups} групах з {n} об'єктів, кожен квадратний метр враховано один раз (для {general} об'єктів знадобився GEOS).</translation>
    </message>
</context>
<context>
    <name>ImportAccidentsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="274"/>
        <source>Import accidents</source>
        <translation>Імпорт нещасних випадків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="276"/>
        <source>Imports mine and UXO accidents into accidents (date, killed, injured, civilian, activity at the time, device); the district is filled from what lies under each point.</source>
        <translation>Імпортує нещасні випадки з мінами та ВНП до accidents (дата, загиблі, поранені, цивільні особи, діяльність у момент події, пристрій); район заповнюється за тим, що лежить під кожною точкою.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="71"/>
        <source>Open or create a Demining store first (Demining menu).</source>
        <translation>Спершу відкрийте або створіть сховище Demining (меню «Розмінування»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="75"/>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="92"/>
        <source>Reading {0}</source>
        <translation>Читання {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="95"/>
        <source>{0} holds no rows to import.</source>
        <translation>У {0} немає рядків для імпорту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="118"/>
        <source>Importing {0}</source>
        <translation>Імпорт {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="121"/>
        <source>Import of {0} was cancelled; nothing was changed.</source>
        <translation>Імпорт {0} скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="133"/>
        <source>Minefield record: {0}.</source>
        <translation>Формуляр мінного поля: {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="128"/>
        <source>{0}: {1} imported, {2} refused ({3}).</source>
        <translation>{0}: імпортовано {1}, відхилено {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="131"/>
        <source>{0}: {1} imported, {2} refused.</source>
        <translation>{0}: імпортовано {1}, відхилено {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="134"/>
        <source>Report: {0}</source>
        <translation>Звіт: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDetectionsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="262"/>
        <source>Import items found</source>
        <translation>Імпорт знайдених предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="264"/>
        <source>Imports items found (detections) from teams&apos; files into detections; the task and district are filled from what lies under each point. Categories are read in the spellings teams use (&apos;AP&apos;, &apos;anti-personnel&apos;, &apos;APM&apos;, a model such as &apos;PMN-2&apos; or &apos;TM-62M&apos;...). Rows with a date in the future, a quantity under 1 or a depth outside 0-500 cm are refused.</source>
        <translation>Імпортує знайдені предмети (виявлення) з файлів груп до detections; завдання й район заповнюються за тим, що лежить під кожною точкою. Категорії розпізнаються в написаннях, які використовують групи ('AP', 'anti-personnel', 'APM', модель на кшталт 'PMN-2' чи 'TM-62M'...). Рядки з датою в майбутньому, кількістю менше 1 або глибиною поза 0–500 см відхиляються.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="45"/>
        <source>Import mine map</source>
        <translation>Імпорт карти мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="46"/>
        <source>Import items found</source>
        <translation>Імпорт знайдених предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="47"/>
        <source>Import accidents</source>
        <translation>Імпорт нещасних випадків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="50"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="51"/>
        <source>Latitude / longitude columns</source>
        <translation>Стовпці широти / довготи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="52"/>
        <source>X / Y columns in a CRS</source>
        <translation>Стовпці X / Y у СК</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="53"/>
        <source>MGRS column</source>
        <translation>Стовпець MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="54"/>
        <source>The file&apos;s own geometry</source>
        <translation>Власна геометрія файлу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="77"/>
        <source>features</source>
        <translation>об’єктів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="78"/>
        <source>rows</source>
        <translation>рядків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="79"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, {4} columns.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, стовпців: {4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="93"/>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Source column</source>
        <translation>Вихідний стовпець</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="112"/>
        <source>(not used)</source>
        <translation>(не використовується)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="122"/>
        <source>First rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="150"/>
        <source>Positions and checks</source>
        <translation>Положення й перевірки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="159"/>
        <source>Coordinates</source>
        <translation>Координати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="163"/>
        <source>CRS of x / y</source>
        <translation>СК для x / y</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="167"/>
        <source>no check</source>
        <translation>без перевірки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="168"/>
        <source>Expected UTM zone</source>
        <translation>Очікувана зона UTM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="175"/>
        <source>Same position within</source>
        <translation>Те саме положення в межах</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="176"/>
        <source>Refuse rows outside the store&apos;s districts</source>
        <translation>Відхиляти рядки поза районами сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="195"/>
        <source>Minefield record</source>
        <translation>Формуляр мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="199"/>
        <source>New record</source>
        <translation>Новий формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="202"/>
        <source>Add to</source>
        <translation>Додати до</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="205"/>
        <source>e.g. map handed over on 12 June 2021</source>
        <translation>наприклад, карту передано 12 червня 2021</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="206"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="208"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed mines in total</source>
        <translation>Заявлено мін усього</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="219"/>
        <source>count the imported mines</source>
        <translation>підрахувати імпортовані міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="188"/>
        <source>Rows further than this from every district of the store are refused.</source>
        <translation>Рядки, далі від усіх районів сховища, ніж ця відстань, відхиляються.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="191"/>
        <source>Outside the districts by up to</source>
        <translation>Поза районами не більше ніж на</translation>
    </message>
</context>
<context>
    <name>ImportMineMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="200"/>
        <source>Import mine map</source>
        <translation>Імпорт карти мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="202"/>
        <source>Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, for a new record, a minefield_records polygon (the file&apos;s polygons, or the mines&apos; convex hull grown by 10 m) with its district.

SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. RECORD_ID (optional): add the mines to this existing record instead of creating one. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from the imported mines).</source>
        <translation>Імпортує отриману карту мінного поля (формуляр): точки мін за формуляром до mapped_mines і, для нового формуляра, полігон minefield_records (полігони файлу або опуклу оболонку мін, розширену на 10 м) з його районом.

SOURCE: звідки отримано карту (обов’язково для нового формуляра). RECEIVED_ON: РРРР-ММ-ДД. RECORD_ID (необов’язково): додати міни до цього наявного формуляра замість створення нового. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: кількість, заявлена картою (за замовчуванням підраховується за імпортованими мінами).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="211"/>
        <source>RECORD_ID: the record the mines were stored in.</source>
        <translation>RECORD_ID: формуляр, до якого записано міни.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="215"/>
        <source>Source of the map</source>
        <translation>Джерело карти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="216"/>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Отримано (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="219"/>
        <source>Supplied by</source>
        <translation>Ким передано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="220"/>
        <source>Existing record ID</source>
        <translation>Ідентифікатор наявного формуляра</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed mines</source>
        <translation>Заявлено мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="233"/>
        <source>Minefield record</source>
        <translation>Формуляр мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="242"/>
        <source>RECEIVED_ON &apos;{}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>RECEIVED_ON '{}' — не дата (РРРР-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="31"/>
        <source>Demining import of {0}</source>
        <translation>Імпорт Demining: {0}</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="55"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="56"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="57"/>
        <source>X / easting</source>
        <translation>X / схід</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="58"/>
        <source>Y / northing</source>
        <translation>Y / північ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="59"/>
        <source>MGRS reference</source>
        <translation>Посилання MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="60"/>
        <source>Category / mine type</source>
        <translation>Категорія / тип міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="61"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="62"/>
        <source>Row number</source>
        <translation>Номер рядка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="63"/>
        <source>Mine number</source>
        <translation>Номер міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="64"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="65"/>
        <source>Date found</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="66"/>
        <source>Depth (cm)</source>
        <translation>Глибина (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="67"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="68"/>
        <source>Disposition</source>
        <translation>Утилізація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="69"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="70"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="71"/>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="72"/>
        <source>Date of accident</source>
        <translation>Дата нещасного випадку</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="73"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="74"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="75"/>
        <source>Civilian victims</source>
        <translation>Цивільні жертви</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="76"/>
        <source>Activity at the time</source>
        <translation>Діяльність у момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="77"/>
        <source>Device category</source>
        <translation>Категорія пристрою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="78"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="167"/>
        <source>{0}: {1} imported, {2} rejected (report: {3}).</source>
        <translation>{0}: імпортовано {1}, відхилено {2} (звіт: {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="27"/>
        <source>Unknown coordinate mode &apos;{0}&apos; (use {1}).</source>
        <translation>Невідомий режим координат '{0}' (використовуйте {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="40"/>
        <source>{0}: no coordinates found. Map latitude/longitude, x/y or MGRS columns (columns: {1}).</source>
        <translation>{0}: координат не знайдено. Вкажіть стовпці широти/довготи, x/y або MGRS (стовпці: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="49"/>
        <source>{0}: coordinate mode &apos;{1}&apos; needs a column for {2}.</source>
        <translation>{0}: режиму координат '{1}' потрібен стовпець для {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="55"/>
        <source>{0} has no geometries; choose coordinate columns instead.</source>
        <translation>У {0} немає геометрій; виберіть натомість стовпці координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="58"/>
        <source>{0}: x/y coordinates need their coordinate reference system.</source>
        <translation>{0}: для координат x/y потрібна їхня система координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="70"/>
        <source>has no geometry</source>
        <translation>немає геометрії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="81"/>
        <source>its polygon is not valid (self-intersecting?)</source>
        <translation>його полігон недійсний (самоперетин?)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="87"/>
        <source>has a {0} geometry; points are expected</source>
        <translation>має геометрію {0}; очікуються точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="100"/>
        <source>has no MGRS reference</source>
        <translation>немає посилання MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="83"/>
        <source>has no {0}</source>
        <translation>немає значення «{0}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="120"/>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="124"/>
        <source>coordinate &apos;{0}&apos; is not a number</source>
        <translation>координата '{0}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="130"/>
        <source>Unknown coordinate reference system &apos;{0}&apos;: {1}</source>
        <translation>Невідома система координат '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="136"/>
        <source>x/y {0}, {1} lie outside the coordinate system&apos;s area</source>
        <translation>x/y {0}, {1} лежать поза областю системи координат</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="161"/>
        <source>latitude and longitude appear swapped ({0}, {1})</source>
        <translation>широту й довготу, схоже, переплутано ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="164"/>
        <source>latitude {0} / longitude {1} is not a position on Earth</source>
        <translation>широта {0} / довгота {1} — не положення на Землі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="171"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area</source>
        <translation>положення {0:.6f}, {1:.6f} (шир., довг.) поза очікуваною областю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="189"/>
        <source>lies in UTM zone {0}, not the expected zone {1}</source>
        <translation>лежить у зоні UTM {0}, а не в очікуваній зоні {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="217"/>
        <source>same position as {0} {1} ({2:.2f} m apart)</source>
        <translation>те саме положення, що й у {0} {1} (на відстані {2:.2f} м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="231"/>
        <source>same position as {0}, already stored ({1:.2f} m apart)</source>
        <translation>те саме положення, що й у {0}, уже записаного (на відстані {1:.2f} м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>feature</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>row</source>
        <translation>рядок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="26"/>
        <source>{0} has no column &apos;{1}&apos; (mapped to {2}).</source>
        <translation>У {0} немає стовпця '{1}' (зіставлено з {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="64"/>
        <source>unknown mine type &apos;{0}&apos;</source>
        <translation>невідомий тип міни '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="160"/>
        <source>{0} &apos;{1}&apos; is not a whole number of 0 or more</source>
        <translation>{0} '{1}' — не ціле число від 0 і більше</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="87"/>
        <source>{0} &apos;{1}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{0} '{1}' — не дата (використовуйте РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="91"/>
        <source>{0} {1} is in the future</source>
        <translation>{0} {1} — у майбутньому</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="110"/>
        <source>has no category and its model does not imply one</source>
        <translation>немає категорії, і його модель її не передбачає</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="113"/>
        <source>unknown item category &apos;{0}&apos;</source>
        <translation>невідома категорія предмета '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="118"/>
        <source>quantity &apos;{0}&apos; is not a whole number</source>
        <translation>кількість '{0}' — не ціле число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="121"/>
        <source>quantity {0} is under 1</source>
        <translation>кількість {0} менше 1</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="129"/>
        <source>depth &apos;{0}&apos; is not a number</source>
        <translation>глибина '{0}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="132"/>
        <source>depth {0} cm is outside 0-{1} cm</source>
        <translation>глибина {0} см поза 0–{1} см</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="142"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation>невідоме значення {0} '{1}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="170"/>
        <source>civilian &apos;{0}&apos; is not yes/no</source>
        <translation>цивільна особа '{0}' — не так/ні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="175"/>
        <source>has no activity at the time</source>
        <translation>немає діяльності в момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="177"/>
        <source>unknown activity &apos;{0}&apos;</source>
        <translation>невідома діяльність '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="182"/>
        <source>unknown device category &apos;{0}&apos;</source>
        <translation>невідома категорія пристрою '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="161"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не вдається прочитати: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="171"/>
        <source>{0} has no layer {1}.</source>
        <translation>У {0} немає шару {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="45"/>
        <source>the import report</source>
        <translation>звіт про імпорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="55"/>
        <source>The import report cannot be written: {0}</source>
        <translation>Звіт про імпорт не вдається записати: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="61"/>
        <source>{0}, {1} {2}: {3}</source>
        <translation>{0}, {1} {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="64"/>
        <source>{0}: {1} more rows refused; see the report.</source>
        <translation>{0}: відхилено ще {1} рядків; див. звіт.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="393"/>
        <source>Unknown import kind &apos;{0}&apos;.</source>
        <translation>Невідомий вид імпорту '{0}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="88"/>
        <source>{0} holds no rows to import.</source>
        <translation>У {0} немає рядків для імпорту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="93"/>
        <source>&apos;{0}&apos; is not a field of this import (fields: {1}).</source>
        <translation>'{0}' — не поле цього імпорту (поля: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="99"/>
        <source>{0} has no column &apos;{1}&apos; (columns: {2}).</source>
        <translation>У {0} немає стовпця '{1}' (стовпці: {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="238"/>
        <source>{0}: none of its {1} rows can be imported; nothing was changed. The reasons are in {2}.</source>
        <translation>{0}: жоден з {1} рядків не можна імпортувати; нічого не змінено. Причини — у {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="257"/>
        <source>Say where the mine map comes from (SOURCE) to create its record.</source>
        <translation>Вкажіть, звідки отримано карту мінного поля (SOURCE), щоб створити її формуляр.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="261"/>
        <source>{0} cannot be negative ({1}).</source>
        <translation>{0} не може бути від’ємним ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="264"/>
        <source>Minefield record {0} does not exist in {1}.</source>
        <translation>Формуляра мінного поля {0} немає в {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="403"/>
        <source>Column mapping &apos;{0}&apos; is not target=column.</source>
        <translation>Зіставлення стовпців '{0}' — не у вигляді ціль=стовпець.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="164"/>
        <source>{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).</source>
        <translation>{0}: імпортовано {1} (з попередженнями: {2}), відхилено {3} (звіт: {4}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="225"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="159"/>
        <source>{0} outside the store&apos;s districts</source>
        <translation>{0} поза районами сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="160"/>
        <source>{0} outside the expected area</source>
        <translation>{0} поза очікуваною областю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="173"/>
        <source>{0} of the rejected rows lie outside the store&apos;s districts.</source>
        <translation>З відхилених рядків {0} лежать поза районами сховища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="175"/>
        <source>{0} of the rejected rows lie outside the expected area.</source>
        <translation>З відхилених рядків {0} лежать поза очікуваною областю.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="52"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store&apos;s districts</source>
        <translation>положення {0:.6f}, {1:.6f} (шир., довг.) лежить далі ніж {2} від районів сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="59"/>
        <source>{0:g} km</source>
        <translation>{0:g} км</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="60"/>
        <source>{0:g} m</source>
        <translation>{0:g} м</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="111"/>
        <source>The distance rows may lie outside the districts must be 0 m or more (got {0}).</source>
        <translation>Відстань, на яку рядки можуть виходити за райони, має бути не меншою за 0 м (вказано {0}).</translation>
    </message>
</context>
<context>
    <name>ItemChecks</name>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="60"/>
        <source>Item {n} ({category})</source>
        <translation>Предмет {n} ({category})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="62"/>
        <source>Item {n}</source>
        <translation>Предмет {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="109"/>
        <source>{item} lies outside every clearance task and all released land.</source>
        <translation>{item} лежить поза всіма завданнями з очищення та всією звільненою землею.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="119"/>
        <source>{item} names task {task}, which is not in the store.</source>
        <translation>{item} посилається на завдання {task}, якого немає у сховищі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="126"/>
        <source>{item} was found on {date}, outside the planned dates of task {task} ({start} to {end}).</source>
        <translation>{item} знайдено {date}, поза плановими датами завдання {task} (з {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="132"/>
        <source>{item} has a date in the future ({date}).</source>
        <translation>У {item} дата в майбутньому ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="137"/>
        <source>{item} has a quantity under 1 ({quantity:g}).</source>
        <translation>У {item} кількість менше 1 ({quantity:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="141"/>
        <source>{item} has a depth of {depth:g} cm, outside {low} to {high} cm.</source>
        <translation>У {item} глибина {depth:g} см, поза {low}–{high} см.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="150"/>
        <source>{item} lies {km} km from the nearest task of team {team} (more than {limit} km).</source>
        <translation>{item} лежить за {km} км від найближчого завдання групи {team} (більше {limit} км).</translation>
    </message>
</context>
<context>
    <name>ItemsDock</name>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="51"/>
        <source>(no category)</source>
        <translation>(без категорії)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="110"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>First day (empty: from the start)</source>
        <translation>Перший день (порожньо: від початку)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>Last day, included (empty: up to now)</source>
        <translation>Останній день, включно (порожньо: до сьогодні)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="121"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="123"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="131"/>
        <source>Items</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Found on</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="145"/>
        <source>Double-click an item to zoom to it</source>
        <translation>Двічі клацніть предмет, щоб наблизитися до нього</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="150"/>
        <source>Zoom to item</source>
        <translation>Наблизити до предмета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="154"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="210"/>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="213"/>
        <source>(outside the districts)</source>
        <translation>(поза районами)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="247"/>
        <source>Open a Demining store to see its items found.</source>
        <translation>Відкрийте сховище Demining, щоб побачити його знайдені предмети.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="267"/>
        <source>Listing the items found</source>
        <translation>Список знайдених предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="285"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="315"/>
        <source>{total} items in {records} records match; the latest {shown} are listed.</source>
        <translation>Відповідають {total} предметів у {records} записах; показано останні {shown}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="60"/>
        <source>Items found in {}</source>
        <translation>Знайдені предмети в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="256"/>
        <source>Computing… reading the items found in {name}.</source>
        <translation>Обчислення… читаються знайдені предмети з {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="268"/>
        <source>The items found could not be listed: see the message bar.</source>
        <translation>Не вдалося показати знайдені предмети: див. панель повідомлень.</translation>
    </message>
</context>
<context>
    <name>MarkClearedAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="57"/>
        <source>Mark areas released</source>
        <translation>Позначити ділянки звільненими</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="81"/>
        <source>Areas released</source>
        <translation>Звільнені ділянки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="83"/>
        <source>Release method</source>
        <translation>Метод звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="86"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="89"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="90"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="91"/>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>Дата звільнення (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="93"/>
        <source>Clearance depth (cm)</source>
        <translation>Глибина очищення (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="96"/>
        <source>Task ID</source>
        <translation>ID завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="97"/>
        <source>Slivers and remainders smaller than this are ignored (m²)</source>
        <translation>Фрагменти й залишки, менші за це значення, ігноруються (м²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="102"/>
        <source>Hectares added</source>
        <translation>Додано гектарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="103"/>
        <source>Released polygons added</source>
        <translation>Додано полігонів звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="110"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT не є полігональним шаром, який можна прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="128"/>
        <source>Feature {} has no geometry; skipped.</source>
        <translation>Об'єкт {} не має геометрії; пропущено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="142"/>
        <source>Feature {}: {}</source>
        <translation>Об'єкт {}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="59"/>
        <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Записує полігони INPUT до сховища проєкту як звільнену землю, точно як інструмент мапи: кожен полігон перетинається з небезпечними районами, уже звільнена земля вилучається (гектар ніколи не враховується двічі), решта ділиться за завданнями та по межах районів, а фрагменти менші за 1 м² відкидаються. Залишкова площа і статус небезпечних районів (відкритий, у роботі, закритий) і статус завдань оновлюються. Усе записується в одній транзакції: якщо щось не вдається, нічого не змінюється.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="43"/>
        <source>DATE must be a date written YYYY-MM-DD, not &apos;{text}&apos;.</source>
        <translation>DATE має бути датою у вигляді РРРР-ММ-ДД, а не '{text}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="68"/>
        <source>METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. SUBMIT (default false; always for an operator of a PostGIS store): the polygons wait for review instead (demining:review), and are released, against the land released by then, when approved. Outputs ADDED_HA (true ellipsoidal hectares), ADDED_COUNT (released polygons stored) and SUBMISSION.</source>
        <translation>METHOD: cleared, reduced або cancelled. TECHNIQUE: manual, mechanical або mdd. DATE: РРРР-ММ-ДД. TASK_ID (необов’язково): завдання, до якого належить робота; земля поза ним не враховується. TOLERANCE (м², за замовчуванням 1): частини, менші за це, не зберігаються, а небезпечний район чи завдання, де лишилося менше, закриваються. SUBMIT (за замовчуванням false; для оператора сховища PostGIS — завжди): полігони натомість чекають розгляду (demining:review) і після затвердження звільняються з урахуванням землі, звільненої на той момент. Виводить ADDED_HA (справжні еліпсоїдальні гектари), ADDED_COUNT (збережені звільнені полігони) і SUBMISSION.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="100"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подати на розгляд замість збереження (затверджує менеджер даних)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="104"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, що чекає розгляду</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="133"/>
        <source>Nothing was stored yet: {0} polygons wait for review as submission {1}; they are clipped against the released land of the moment they are approved.</source>
        <translation>Поки нічого не збережено: полігони ({0}) чекають розгляду як заявка {1}; їх буде обрізано за звільненою землею на момент затвердження.</translation>
    </message>
</context>
<context>
    <name>Mgrs</name>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="95"/>
        <source>MGRS precision must be a whole number from 0 to 5, not {0}.</source>
        <translation>Точність MGRS має бути цілим числом від 0 до 5, а не {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="98"/>
        <source>Cannot write MGRS for a position that is not a number.</source>
        <translation>Неможливо записати MGRS для положення, що не є числом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="100"/>
        <source>Position {0}, {1} is not a longitude/latitude.</source>
        <translation>Положення {0}, {1} — не довгота/широта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="102"/>
        <source>Latitude {0} is in a polar area (UPS), which MGRS here does not support.</source>
        <translation>Широта {0} у полярній області (UPS), яку MGRS тут не підтримує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="116"/>
        <source>Position {0}, {1} lies outside UTM zone {2}.</source>
        <translation>Положення {0}, {1} лежить поза зоною UTM {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="149"/>
        <source>MGRS reference must be text, not {0!r}.</source>
        <translation>Посилання MGRS має бути текстом, а не {0!r}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="153"/>
        <source>MGRS reference is empty.</source>
        <translation>Посилання MGRS порожнє.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="155"/>
        <source>MGRS reference &apos;{0}&apos; is in a polar area (UPS), which is not supported.</source>
        <translation>Посилання MGRS '{0}' у полярній області (UPS), яка не підтримується.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="160"/>
        <source>&apos;{0}&apos; is not an MGRS reference (expected zone number, band letter, two 100 km letters and an even number of digits, e.g. 38T LK 12345 67890).</source>
        <translation>'{0}' — не посилання MGRS (очікуються номер зони, літера пояса, дві літери 100-кілометрового квадрата й парна кількість цифр, наприклад 38T LK 12345 67890).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="167"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1} is not between 1 and 60.</source>
        <translation>Посилання MGRS '{0}': зона {1} не між 1 і 60.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="170"/>
        <source>MGRS reference &apos;{0}&apos;: band {1} is a polar (UPS) area, which is not supported.</source>
        <translation>Посилання MGRS '{0}': пояс {1} — полярна область (UPS), яка не підтримується.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="175"/>
        <source>MGRS reference &apos;{0}&apos;: &apos;{1}&apos; is not a latitude band letter (C to X, without I and O).</source>
        <translation>Посилання MGRS '{0}': '{1}' — не літера широтного пояса (від C до X, без I та O).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="182"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1}X does not exist (Svalbard&apos;s zones 31X to 37X are widened).</source>
        <translation>Посилання MGRS '{0}': зони {1}X не існує (зони Шпіцбергена з 31X по 37X розширено).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="189"/>
        <source>MGRS reference &apos;{0}&apos; has an odd number of digits ({1}); easting and northing need as many each.</source>
        <translation>У посиланні MGRS '{0}' непарна кількість цифр ({1}); для східної та північної координат їх потрібно порівну.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="194"/>
        <source>MGRS reference &apos;{0}&apos; has {1} digits; at most 10 (1 m precision) are allowed.</source>
        <translation>У посиланні MGRS '{0}' {1} цифр; допускається не більше 10 (точність 1 м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="202"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km column letter &apos;{1}&apos; is not used in zone {2} (expected one of {3}).</source>
        <translation>Посилання MGRS '{0}': літера стовпця 100-кілометрового квадрата '{1}' не використовується в зоні {2} (очікується одна з {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="207"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km row letter &apos;{1}&apos; is not valid (A to V, without I and O).</source>
        <translation>Посилання MGRS '{0}': літера рядка 100-кілометрового квадрата '{1}' недопустима (від A до V, без I та O).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="237"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} does not lie in latitude band {3} of zone {4}.</source>
        <translation>Посилання MGRS '{0}': 100-кілометровий квадрат {1}{2} не лежить у широтному поясі {3} зони {4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="247"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} lies outside zone {3}{4}.</source>
        <translation>Посилання MGRS '{0}': 100-кілометровий квадрат {1}{2} лежить поза зоною {3}{4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="253"/>
        <source>MGRS reference &apos;{0}&apos; does not denote a position.</source>
        <translation>Посилання MGRS '{0}' не позначає положення.</translation>
    </message>
</context>
<context>
    <name>MineMapAccuracyAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="59"/>
        <source>Mine map accuracy</source>
        <translation>Точність карт мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="61"/>
        <source>How accurate supplied minefield records are, judged against the items found, record by record, measured in metres in each record&apos;s local UTM zone.

MAPPED: the records&apos; mapped mines (points). FOUND: the items found (points). RECORDS (optional): the record polygons; mapped mines belong to a record by record_id when both layers have that field, otherwise by lying inside it. Without RECORDS the mapped mines are grouped by record_id. SEARCHED (optional): the land searched so far (the cleared land); only mapped mines in it are judged, since a mine in land nobody has searched can be neither confirmed nor refuted. TOLERANCE: metres (default 10). MAX_OFFSET: how far a record may be off and still be matched (default 100 m).

Recall: share of the judged mapped mines with a found item within the tolerance (each item counts for one mine at most, closest pairs first). Precision: share of the found items inside the record&apos;s area that were matched to one of its mines. Fit: a robust similarity transform from the record to the items: dx, dy (metres east and north, of the record&apos;s centre), rotation_deg (clockwise, about the centre) and scale; found even when the record is off by more than the tolerance. RMSE before and after: root mean square distance of the fitted pairs. Fewer than 3 pairs give a shift only; none, no fit (the note column says why).

OUTPUT: a table, one row per record. CORRECTED (optional): the mapped mines with the fit applied. RECALL, PRECISION: pooled over all records; DX, DY, ROTATION_DEG, SCALE: mean over the fitted records, weighted by their pairs; RMSE_BEFORE, RMSE_AFTER: pooled over all pairs.</source>
        <translation>Наскільки точні отримані формуляри мінних полів у порівнянні зі знайденими предметами, формуляр за формуляром, з вимірюванням у метрах у місцевій зоні UTM кожного формуляра.

MAPPED: міни за формулярами (точки). FOUND: знайдені предмети (точки). RECORDS (необов’язково): полігони формулярів; міни належать до формуляра за record_id, якщо це поле є в обох шарах, інакше — за розташуванням усередині нього. Без RECORDS міни групуються за record_id. SEARCHED (необов’язково): уже обстежена земля (очищена земля); оцінюються лише міни на ній, бо міну на землі, яку ніхто не обстежив, не можна ні підтвердити, ні спростувати. TOLERANCE: метри (за замовчуванням 10). MAX_OFFSET: на скільки формуляр може бути зміщений і все ще зіставлений (за замовчуванням 100 м).

Повнота (recall): частка оцінених мін за формуляром, для яких знайдений предмет є в межах допуску (кожен предмет зараховується не більше ніж для однієї міни, спершу найближчі пари). Точність (precision): частка знайдених предметів у межах площі формуляра, зіставлених з однією з його мін. Підгонка: стійке перетворення подібності від формуляра до предметів: dx, dy (метри на схід і північ, для центру формуляра), rotation_deg (за годинниковою стрілкою, навколо центру) і scale; знаходиться навіть тоді, коли формуляр зміщений більше за допуск. RMSE до й після: середньоквадратична відстань підігнаних пар. Менше 3 пар дають лише зсув; без пар підгонки немає (стовпець note пояснює чому).

OUTPUT: таблиця, по рядку на формуляр. CORRECTED (необов’язково): міни за формулярами із застосованою підгонкою. RECALL, PRECISION: за всіма формулярами разом; DX, DY, ROTATION_DEG, SCALE: середнє за підігнаними формулярами, зважене за їхніми парами; RMSE_BEFORE, RMSE_AFTER: за всіма парами разом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="84"/>
        <source>Mapped mines (points)</source>
        <translation>Міни за формуляром (точки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="86"/>
        <source>Items found (points)</source>
        <translation>Знайдені предмети (точки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="88"/>
        <source>Minefield records (polygons)</source>
        <translation>Формуляри мінних полів (полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="90"/>
        <source>Land searched so far (polygons)</source>
        <translation>Уже обстежена земля (полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="93"/>
        <source>Tolerance (m)</source>
        <translation>Допуск (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="96"/>
        <source>Largest offset looked for (m)</source>
        <translation>Найбільше шукане зміщення (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="99"/>
        <source>Record accuracy</source>
        <translation>Точність формулярів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="101"/>
        <source>Corrected mapped mines</source>
        <translation>Виправлені міни за формуляром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Recall</source>
        <translation>Повнота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Precision</source>
        <translation>Точність</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Shift east (m)</source>
        <translation>Зсув на схід (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Shift north (m)</source>
        <translation>Зсув на північ (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Rotation (degrees, clockwise)</source>
        <translation>Поворот (градуси, за годинниковою стрілкою)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>RMSE before the fit (m)</source>
        <translation>RMSE до підгонки (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="107"/>
        <source>RMSE after the fit (m)</source>
        <translation>RMSE після підгонки (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="157"/>
        <source>{n} records have no found item anywhere near them (no fit).</source>
        <translation>У {n} формулярів немає знайдених предметів поблизу (підгонки немає).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="174"/>
        <source>{n} records; {matched:,} of {judged:,} judged mapped mines matched within {tol:g} m (recall {recall}); precision {precision}.</source>
        <translation>Формулярів: {n}; зіставлено {matched:,} з {judged:,} оцінених мін за формуляром у межах {tol:g} м (повнота {recall}); точність {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="179"/>
        <source>Fit on {pairs:,} pairs: shift {dx:+.2f} m east, {dy:+.2f} m north, rotation {rot:+.3f} degrees, scale {scale:.4f}; RMSE {before:.2f} m before, {after:.2f} m after.</source>
        <translation>Підгонка за {pairs:,} парами: зсув {dx:+.2f} м на схід, {dy:+.2f} м на північ, поворот {rot:+.3f} градусів, масштаб {scale:.4f}; RMSE {before:.2f} м до, {after:.2f} м після.</translation>
    </message>
</context>
<context>
    <name>MineMapsDock</name>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="104"/>
        <source>Mine map accuracy of {}</source>
        <translation>Точність карт мінних полів: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Record</source>
        <translation>Формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Recall</source>
        <translation>Повнота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Precision</source>
        <translation>Точність</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Offset (m): total (east, north)</source>
        <translation>Зміщення (м): усього (схід, північ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Rotation (°)</source>
        <translation>Поворот (°)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE before (m)</source>
        <translation>RMSE до (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE after (m)</source>
        <translation>RMSE після (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Judged</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Mapped</source>
        <translation>За формуляром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AP</source>
        <translation>Заявлено ПП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AT</source>
        <translation>Заявлено ПТ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="156"/>
        <source>Mine maps</source>
        <translation>Карти мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="166"/>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="172"/>
        <source>A mapped mine counts as confirmed when an item was found this close</source>
        <translation>Міна за формуляром вважається підтвердженою, якщо предмет знайдено не далі цієї відстані</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="175"/>
        <source>Compute</source>
        <translation>Обчислити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="176"/>
        <source>Judge every record against the items found (in the background)</source>
        <translation>Оцінити кожен формуляр за знайденими предметами (у фоні)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="180"/>
        <source>Draw offsets</source>
        <translation>Намалювати зміщення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="181"/>
        <source>Draw each record&apos;s offset as an arrow from its centre, and the matched pairs (mapped mine to item found) at true length</source>
        <translation>Намалювати зміщення кожного формуляра стрілкою від його центру та зіставлені пари (міна за формуляром → знайдений предмет) у справжню довжину</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="186"/>
        <source>Add corrected layer</source>
        <translation>Додати виправлений шар</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="187"/>
        <source>Add the mapped mines of every fitted record, moved by its fit, as a layer of the project</source>
        <translation>Додати до проєкту шаром міни кожного підігнаного формуляра, переміщені за його підгонкою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="248"/>
        <source>No store is open. Open a store (Demining ▸ Open Store…) to judge its supplied mine maps.</source>
        <translation>Сховище не відкрито. Відкрийте сховище (Розмінування ▸ Відкрити сховище…), щоб оцінити його отримані карти мінних полів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>This store has no mapped mines yet: import a supplied mine map first.</source>
        <translation>У цьому сховищі ще немає мін за формуляром: спершу імпортуйте отриману карту мінного поля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>No item found yet: nothing to judge the {n} record(s) against.</source>
        <translation>Ще не знайдено жодного предмета: немає з чим порівняти формуляри ({n}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="295"/>
        <source>Judging the mine maps of {}</source>
        <translation>Оцінка карт мінних полів {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="297"/>
        <source>The mine maps could not be judged: see the message bar.</source>
        <translation>Карти мінних полів не вдалося оцінити: див. панель повідомлень.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="360"/>
        <source>Fit: {kind} on {pairs} pairs</source>
        <translation>Підгонка: {kind} за {pairs} парами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="372"/>
        <source>{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), precision {precision}.</source>
        <translation>Формулярів: {n}, мін за формуляром: {mapped}; у {judged_records} формулярів є міни на вже очищеній землі: {matched} з {judged} підтверджено в межах {tol} м (повнота {recall}), точність {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="381"/>
        <source>Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m after.</source>
        <translation>Підгонка за {pairs} парами: середнє зміщення {offset} м, RMSE {before} м до, {after} м після.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="417"/>
        <source>Record offsets (arrows ×{n})</source>
        <translation>Зміщення формулярів (стрілки ×{n})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="451"/>
        <source>Matched pairs (mapped mine → item found)</source>
        <translation>Зіставлені пари (міна за формуляром → знайдений предмет)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="498"/>
        <source>{n} record offsets drawn (arrows {x} times their length) and {p} matched pairs at true length.</source>
        <translation>Намальовано зміщень формулярів: {n} (стрілки в {x} разів довші) і зіставлених пар у справжню довжину: {p}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="506"/>
        <source>Corrected mapped mines</source>
        <translation>Виправлені міни за формуляром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="532"/>
        <source>{n} mapped mines of the fitted records added at their corrected positions (layer “{name}”).</source>
        <translation>{n} мін підігнаних формулярів додано у виправлених положеннях (шар «{name}»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="277"/>
        <source>Computing… the records of {name} are judged against the items found.</source>
        <translation>Обчислення… записи {name} звіряються зі знайденими предметами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="318"/>
        <source>Judging the mine maps was cancelled.</source>
        <translation>Оцінку карт мінних полів скасовано.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="53"/>
        <source>Demining</source>
        <translation>Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="78"/>
        <source>{doing} failed: {error}</source>
        <translation>{doing}: помилка: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="83"/>
        <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
        <translation>{doing}: непередбачена помилка ({error}). Подробиці — на вкладці Demining панелі «Журнал повідомлень».</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="56"/>
        <source>{first} and {last}</source>
        <translation>{first} і {last}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mine</source>
        <translation>{n} протипіхотна міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mines</source>
        <translation>протипіхотні міни — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mine</source>
        <translation>{n} протитанкова міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mines</source>
        <translation>протитанкові міни — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} item of unexploded ordnance (UXO)</source>
        <translation>{n} нерозірваний боєприпас (НРБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} items of unexploded ordnance (UXO)</source>
        <translation>нерозірвані боєприпаси (НРБ) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} item of abandoned explosive ordnance (AXO)</source>
        <translation>{n} покинутий вибухонебезпечний боєприпас (ПВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} items of abandoned explosive ordnance (AXO)</source>
        <translation>покинуті вибухонебезпечні боєприпаси (ПВБ) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive device (IED)</source>
        <translation>{n} саморобний вибуховий пристрій (СВП)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive devices (IEDs)</source>
        <translation>саморобні вибухові пристрої (СВП) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunition</source>
        <translation>{n} суббоєприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunitions</source>
        <translation>суббоєприпаси — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other item</source>
        <translation>{n} інший предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other items</source>
        <translation>інші предмети — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="185"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="190"/>
        <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
        <translation>Гектари — справжні (еліпсоїдальні) площі; земля, звільнена більше ніж один раз, враховується один раз, за першим звільненням. Райони — там, де розташовані земля, предмети, дороги та нещасні випадки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="214"/>
        <source>Outside the districts</source>
        <translation>Поза районами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="235"/>
        <source>between {start} and {end}</source>
        <translation>у період з {start} по {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="238"/>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="245"/>
        <source>outside the mapped districts</source>
        <translation>поза нанесеними на мапу районами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="256"/>
        <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
        <translation>{Period} виявлено 1 вибухонебезпечний предмет: {parts}, у районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="258"/>
        <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
        <translation>{Period} виявлено вибухонебезпечних предметів: {n} ({parts}), у районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="265"/>
        <source>{Period}, no explosive items were found.</source>
        <translation>{Period} вибухонебезпечних предметів не виявлено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="273"/>
        <source>{ha} ha cleared</source>
        <translation>очищено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="275"/>
        <source>{ha} ha reduced by technical survey</source>
        <translation>зменшено технічним обстеженням {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="278"/>
        <source>{ha} ha cancelled by non-technical survey</source>
        <translation>скасовано нетехнічним обстеженням {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="280"/>
        <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
        <translation>Звільнено {ha} га землі, кожен квадратний метр враховано один раз: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="284"/>
        <source>Land was cleared in {districts}.</source>
        <translation>Очищення проводилося в районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="287"/>
        <source>No land was released.</source>
        <translation>Землі не звільнялися.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="291"/>
        <source>{km} km of routes were cleared, in {districts}.</source>
        <translation>Очищено {km} км доріг, у районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="294"/>
        <source>No routes were cleared.</source>
        <translation>Дороги не очищалися.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="298"/>
        <source>1 mine accident was recorded</source>
        <translation>Зареєстровано 1 нещасний випадок, пов'язаний з мінами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="299"/>
        <source>{n} mine accidents were recorded</source>
        <translation>Зареєстровано нещасних випадків, пов'язаних з мінами: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="300"/>
        <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
        <translation>{accidents}; загинуло: {killed}, поранено: {injured}; райони: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="308"/>
        <source>No mine accidents were recorded.</source>
        <translation>Нещасних випадків, пов'язаних з мінами, не зареєстровано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="311"/>
        <source>Mine action report, {day}</source>
        <translation>Звіт про протимінну діяльність, {day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="313"/>
        <source>Mine action report, {start} to {end}</source>
        <translation>Звіт про протимінну діяльність, з {start} по {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="356"/>
        <source>{n} were destroyed in situ</source>
        <translation>знищено на місці: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="357"/>
        <source>{n} were removed for demolition</source>
        <translation>вивезено для знищення: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="358"/>
        <source>{n} were rendered safe</source>
        <translation>знешкоджено: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="368"/>
        <source>{n} have no disposal recorded</source>
        <translation>без запису про утилізацію: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="369"/>
        <source>Of these, {parts}.</source>
        <translation>З них {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="171"/>
        <source>Accidents by activity at the time</source>
        <translation>Нещасні випадки за діяльністю в момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Activity</source>
        <translation>Діяльність</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Accidents</source>
        <translation>Нещасні випадки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Civilians killed</source>
        <translation>Загинуло цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="181"/>
        <source>Civilians injured</source>
        <translation>Поранено цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="331"/>
        <source>{activity} {share}</source>
        <translation>{activity} {share}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="333"/>
        <source>By activity at the time: {parts}.</source>
        <translation>За діяльністю в момент події: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="334"/>
        <source>Civilians: {killed} killed and {injured} injured.</source>
        <translation>Цивільні особи: загиблих {killed}, поранених {injured}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="166"/>
        <source>A report is written as .md, .html or .txt, not &apos;{suffix}&apos;.</source>
        <translation>Звіт записується як .md, .html або .txt, а не '{suffix}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="229"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Звіту за період потрібні обидві дати періоду (DATE_FROM і DATE_TO).</translation>
    </message>
</context>
<context>
    <name>PeriodReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="124"/>
        <source>Period report</source>
        <translation>Звіт за період</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="144"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Від дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="145"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>До дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="150"/>
        <source>Report text</source>
        <translation>Текст звіту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="189"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="125"/>
        <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period&apos;s dates. Every figure is computed from the store.</source>
        <translation>Записує зведення, яке агентство публікує за період, повними реченнями й таблицею за районами: знайдені предмети за категоріями та райони, де їх знайдено, звільнені гектари за методами (кожен квадратний метр один раз, справжні еліпсоїдальні площі), кілометри очищених доріг і нещасні випадки, з датами періоду. Усі показники обчислюються за сховищем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="165"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Звіту за період потрібні обидві дати періоду (DATE_FROM і DATE_TO).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="170"/>
        <source>A report is written as .md, .html or .txt: {output}</source>
        <translation>Звіт записується як .md, .html або .txt: {output}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="132"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. AS_OF (optional): a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS] (local time unless a zone such as +04:00 or Z is given): the figures as the store held them then, rebuilt from its history. SINCE (optional, without AS_OF): appends how the figures moved since that moment (the sum of demining:changessince). OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
        <translation>DATE_FROM, DATE_TO: РРРР-ММ-ДД, обидві включно. AS_OF (необов’язково): дата й час, РРРР-ММ-ДД (кінець цього дня) або РРРР-ММ-ДДTГГ:ХХ[:СС] (місцевий час, якщо не вказано пояс, наприклад +04:00 або Z): показники сховища на той момент, відновлені за його історією. SINCE (необов’язково, без AS_OF): додає, як зсунулися показники з того моменту (сума demining:changessince). OUTPUT: файл звіту; формат визначається розширенням: .md (Markdown), .html або .txt. TEXT: звіт простим текстом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="146"/>
        <source>As the store held it at (date and time)</source>
        <translation>Стан сховища на (дата й час)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="147"/>
        <source>Reconcile with the figures at (date and time)</source>
        <translation>Звірити з показниками на (дата й час)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="175"/>
        <source>SINCE reconciles today&apos;s figures with an earlier moment; leave AS_OF empty when SINCE is given.</source>
        <translation>SINCE звіряє сьогоднішні показники з ранішим моментом; якщо задано SINCE, залиште AS_OF порожнім.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="109"/>
        <source>The store has no released land to measure productivity from.</source>
        <translation>У сховищі немає звільненої землі, за якою можна виміряти продуктивність.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="133"/>
        <source>At this capacity the work would outlast the calendar ({years:,.0f} years): give more teams (CAPACITY).</source>
        <translation>За такого складу робота вийде за межі календаря (років: {years:,.0f}): укажіть більше груп (CAPACITY).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="140"/>
        <source>No teams to do the work: give CAPACITY as kind=teams pairs (kinds: {kinds}).</source>
        <translation>Немає груп для роботи: укажіть CAPACITY парами вид=групи (види: {kinds}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="144"/>
        <source>WORK_DAYS_PER_YEAR must be between 1 and 366, not {days}.</source>
        <translation>WORK_DAYS_PER_YEAR має бути від 1 до 366, а не {days}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="148"/>
        <source>No hazard left in the district(s) {unknown} to work first (districts with land left: {known}).</source>
        <translation>У районах {unknown}, призначених першими, не лишилося небезпечних районів (райони з землею, що лишилася: {known}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="156"/>
        <source>The forecast needs productivity grouped by method.</source>
        <translation>Для прогнозу потрібна продуктивність, згрупована за методами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="220"/>
        <source>{ha} ha left take {days} team-days: with {teams} teams working {wd} days a year from {start}, {years} years, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>Решта {ha} га потребує {days} групо-днів: за {teams} груп, що працюють {wd} днів на рік з {start}, — років: {years}, завершення {finish} (10–90%: з {early} по {late}), вартість {cost}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="84"/>
        <source>WEIGHTS: at least one weight must be above zero.</source>
        <translation>WEIGHTS: хоча б одна вага має бути більшою за нуль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="93"/>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="94"/>
        <source>lines</source>
        <translation>лінії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="95"/>
        <source>polygons</source>
        <translation>полігони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="96"/>
        <source>no geometry</source>
        <translation>без геометрії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="97"/>
        <source>{what}: layer &apos;{name}&apos; holds {found}; it must hold {wanted}.</source>
        <translation>{what}: шар '{name}' містить {found}; він має містити {wanted}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="98"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="102"/>
        <source>{what}: layer &apos;{name}&apos; has no coordinate reference system; set its CRS first.</source>
        <translation>{what}: шар '{name}' не має системи координат; спершу задайте її.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="167"/>
        <source>Settlements</source>
        <translation>Населені пункти</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="169"/>
        <source>Roads</source>
        <translation>Дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="170"/>
        <source>Land use</source>
        <translation>Землекористування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="172"/>
        <source>Settlements: layer &apos;{name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Населені пункти: у шарі '{name}' немає поля '{field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="179"/>
        <source>The store has no open hazard to rank.</source>
        <translation>У сховищі немає відкритих небезпечних районів для ранжування.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="221"/>
        <source>Cannot group productivity by &apos;{group_by}&apos;; choose one of {choices}.</source>
        <translation>Неможливо згрупувати продуктивність за '{group_by}'; виберіть одне з: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="277"/>
        <source>{name}: &apos;{part}&apos; is not a name=number pair with a name among {choices} and a number of zero or more.</source>
        <translation>{name}: '{part}' — не пара ім’я=число з ім’ям із {choices} і числом не менше нуля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="234"/>
        <source>{district}: {ha} ha left ({sha} ha SHA, {cha} ha CHA) take {days} team-days, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>{district}: решта {ha} га ({sha} га SHA, {cha} га CHA) потребує {days} групо-днів, завершення {finish} (10–90%: з {early} по {late}), вартість {cost}.</translation>
    </message>
</context>
<context>
    <name>PlanningAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="66"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Скасовано: нічого не записано.</translation>
    </message>
</context>
<context>
    <name>PostgisController</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>Open PostGIS store</source>
        <translation>Відкрити сховище PostGIS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):</source>
        <translation>Сховище PostGIS (збережене підключення, pg:service=… або postgresql://…?schema=…):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="99"/>
        <source>Select one feature of a Demining store layer first.</source>
        <translation>Спершу виберіть один об’єкт шару сховища Demining.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="103"/>
        <source>Select exactly one feature of {} to see its history ({} are selected).</source>
        <translation>Виберіть рівно один об’єкт {}, щоб побачити його історію (вибрано: {}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="110"/>
        <source>Reading the history of {}</source>
        <translation>Читання історії {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>{layer} {identifier}: {count} recorded changes in {store}</source>
        <translation>{layer} {identifier}: записаних змін {count} у {store}</translation>
    </message>
</context>
<context>
    <name>PostgisRoles</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="65"/>
        <source>ROLE is operator or manager, not &apos;{role}&apos;.</source>
        <translation>ROLE — operator або manager, а не '{role}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="67"/>
        <source>USER: name the PostgreSQL login role to grant.</source>
        <translation>USER: укажіть роль входу PostgreSQL, якій призначається роль.</translation>
    </message>
</context>
<context>
    <name>PostgisStore</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="60"/>
        <source>PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>Сховищам PostGIS потрібен модуль Python psycopg2 (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="73"/>
        <source>Cannot read the PostGIS location at &apos;{text}&apos;: write keyword=value pairs such as host=db.example.org dbname=mine_action schema=demining.</source>
        <translation>Не вдається прочитати розташування PostGIS з '{text}': пишіть пари ключ=значення, наприклад host=db.example.org dbname=mine_action schema=demining.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="113"/>
        <source>&apos;{text}&apos; is not a PostGIS store location (pg:... or postgresql://...).</source>
        <translation>'{text}' — не розташування сховища PostGIS (pg:... або postgresql://...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="116"/>
        <source>Schema name &apos;{schema}&apos; is not usable: use letters, digits and _ only, starting with a letter.</source>
        <translation>Назва схеми '{schema}' непридатна: використовуйте лише літери, цифри та _, починаючи з літери.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="122"/>
        <source>The PostGIS location &apos;{text}&apos; names no database, service or connection.</source>
        <translation>Розташування PostGIS '{text}' не називає ні бази даних, ні служби, ні підключення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="138"/>
        <source>There is no PostgreSQL connection named &apos;{name}&apos; in QGIS (Data Source Manager &gt; PostgreSQL lists the saved connections).</source>
        <translation>У QGIS немає підключення PostgreSQL з назвою '{name}' (збережені підключення перелічено в Менеджері джерел даних &gt; PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="217"/>
        <source>{store_name} does not exist (the database has no schema {store_schema} with tables).</source>
        <translation>{store_name} не існує (у базі даних немає схеми {store_schema} з таблицями).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="221"/>
        <source>Schema {store_schema} is not a Demining project store (it has no {table} table).</source>
        <translation>Схема {store_schema} — не сховище проєкту Demining (у ній немає таблиці {table}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="229"/>
        <source>{store_name} is missing the store layers: {missing}.</source>
        <translation>У {store_name} немає шарів сховища: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="240"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Невідома система координат: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="247"/>
        <source>The database of {store_name} has no PostGIS extension; a database administrator can add it with CREATE EXTENSION postgis.</source>
        <translation>У базі даних {store_name} немає розширення PostGIS; адміністратор бази даних може додати його командою CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="253"/>
        <source>PostGIS does not know the coordinate reference system EPSG:{srid}.</source>
        <translation>PostGIS не знає системи координат EPSG:{srid}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="259"/>
        <source>Schema {store_schema} already exists in that database; choose another schema name or allow overwriting.</source>
        <translation>Схема {store_schema} уже існує в цій базі даних; виберіть іншу назву схеми або дозвольте перезапис.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="397"/>
        <source>Nothing was changed in {name}: another operator was changing the same hazard at the same moment. Try again.</source>
        <translation>У {name} нічого не змінено: інший оператор у той самий момент змінював той самий небезпечний район. Спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="600"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>У {name} нічого не змінено: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="520"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="541"/>
        <source>Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released land {new_id} is already released as {old_id} (another operator marked it at the same moment). Try again.</source>
        <translation>У {name} нічого не змінено: {overlap_m2:.1f} м² нової звільненої землі {new_id} уже звільнено як {old_id} (інший оператор позначив їх у той самий момент). Спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="184"/>
        <source>There is no field {name} in {definition_name}.</source>
        <translation>У {definition_name} немає поля {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="204"/>
        <source>A PostGIS store needs an EPSG coordinate reference system, not {authid}.</source>
        <translation>Сховищу PostGIS потрібна система координат EPSG, а не {authid}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="167"/>
        <source>Reading {name} failed: {error}</source>
        <translation>Читання {name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="279"/>
        <source>Creating {store_name} failed: {error}</source>
        <translation>Створення {store_name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="357"/>
        <source>Removing {name} failed: {error}</source>
        <translation>Видалення {name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="647"/>
        <source>Saving styles in {name} failed: {error}</source>
        <translation>Збереження стилів у {name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="341"/>
        <source>{name}: removed {count} styles that an earlier store of schema {schema} left in layer_styles; the new store&apos;s styles replace them.</source>
        <translation>{name}: вилучено стилів: {count}, залишених у layer_styles попереднім сховищем схеми {schema}; їх замінюють стилі нового сховища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="300"/>
        <source>{name}: the operator and manager roles were not created ({error}); a user allowed to create roles can run demining:grant later.</source>
        <translation>{name}: ролі оператора й менеджера не створено ({error}); користувач із правом створювати ролі може пізніше запустити demining:grant.</translation>
    </message>
</context>
<context>
    <name>PrioritiesAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="268"/>
        <source>Hazard priorities</source>
        <translation>Пріоритети небезпечних районів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="237"/>
        <source>Every hazard not closed, scored by what it blocks and threatens, each component a column between 0 and 1 beside the measure it comes from: settlement (1 / (1 + distance to the nearest settlement in km)), population (people, or settlements without a population field, within 5 km, over the most), roads (metres of road within 500 m, over the most), farmland (share of the hazard in land-use polygons), accidents and items (found within 2 km in the last 365 days, over the most), classification (CHA 1, SHA 0.5) and size (hectares left, over the largest). The score is 100 times the weighted mean of the components; rank 1 comes first. The weights are written in every row.</source>
        <translation>Кожен незакритий небезпечний район, оцінений за тим, що він блокує і чому загрожує; кожна складова — стовпець від 0 до 1 поруч із мірою, з якої її отримано: населений пункт (1 / (1 + відстань до найближчого населеного пункту в км)), населення (люди або, без поля населення, населені пункти в межах 5 км, поділені на максимум), дороги (метри доріг у межах 500 м, поділені на максимум), сільгоспугіддя (частка небезпечного району в полігонах землекористування), нещасні випадки й предмети (знайдені в межах 2 км за останні 365 днів, поділені на максимум), класифікація (CHA 1, SHA 0,5) і розмір (гектари, що лишилися, поділені на найбільше). Бал — 100, помножене на зважене середнє складових; ранг 1 — перший. Ваги записуються в кожному рядку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="246"/>
        <source>SETTLEMENTS: points or polygons (optional), POPULATION_FIELD its population (optional). ROADS: lines (optional). LAND_USE: farmland polygons (optional). WEIGHTS: name=weight pairs changing the defaults settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; a weight of 0 leaves its component out. OUTPUT: the hazards&apos; polygons with the components, score and rank, coloured by rank.</source>
        <translation>SETTLEMENTS: точки або полігони (необов’язково), POPULATION_FIELD — їхнє населення (необов’язково). ROADS: лінії (необов’язково). LAND_USE: полігони сільгоспугідь (необов’язково). WEIGHTS: пари ім’я=вага, що змінюють типові значення settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; вага 0 виключає складову. OUTPUT: полігони небезпечних районів зі складовими, балом і рангом, розфарбовані за рангом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="256"/>
        <source>Settlements (points or polygons)</source>
        <translation>Населені пункти (точки або полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="259"/>
        <source>Population field</source>
        <translation>Поле населення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="262"/>
        <source>Roads (lines)</source>
        <translation>Дороги (лінії)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="264"/>
        <source>Farmland (polygons)</source>
        <translation>Сільгоспугіддя (полігони)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="266"/>
        <source>Weights (settlement=3,roads=2,...; empty: the defaults)</source>
        <translation>Ваги (settlement=3,roads=2,...; порожньо: типові)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="309"/>
        <source>Weights: {weights}.</source>
        <translation>Ваги: {weights}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="311"/>
        <source>{rank}. {hazard} ({district}): score {score}</source>
        <translation>{rank}. {hazard} ({district}): бал {score}</translation>
    </message>
</context>
<context>
    <name>ProductivityAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="95"/>
        <source>Productivity</source>
        <translation>Продуктивність</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="73"/>
        <source>Square metres released per team-day, measured from the store: released land counted once (true ellipsoidal areas), team-days from the work days teams logged on their tasks (the task&apos;s land spread evenly over them) and, where a task has none, the distinct (team, release date) pairs of the released land. Gives the mean and the 10th, 50th and 90th percentiles over team-days, and the shares of suspected (SHA) and confirmed (CHA) land that left the hazards cancelled, reduced and cleared.</source>
        <translation>Квадратні метри, звільнені за групо-день, за даними сховища: звільнена земля враховується один раз (справжні еліпсоїдальні площі), групо-дні — за робочими днями, записаними групами у своїх завданнях (земля завдання розподіляється між ними порівну), а якщо завдання їх не має — за різними парами (група, дата звільнення) звільненої землі. Видає середнє та 10-й, 50-й і 90-й процентилі за групо-днями, а також частки підозрілих (SHA) і підтверджених (CHA) земель, що вийшли з небезпечних районів скасованими, зменшеними та очищеними.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="81"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive (optional). GROUP_BY: nothing (all), technique, method, district, organisation or team. OUTPUT: a table with group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 and the shares sha_cancelled ... cha_cleared; the last row, group &apos;All&apos;, counts every team-day once.</source>
        <translation>DATE_FROM, DATE_TO: РРРР-ММ-ДД, обидві включно (необов’язково). GROUP_BY: нічого (усе), спосіб, метод, район, організація або група. OUTPUT: таблиця з group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 і частками sha_cancelled ... cha_cleared; останній рядок, група 'All', враховує кожен групо-день один раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Від дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>До дати (РРРР-ММ-ДД, включно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Group by</source>
        <translation>Групувати за</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Nothing (all)</source>
        <translation>Нічого (усе)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="97"/>
        <source>Square metres per team-day</source>
        <translation>Квадратних метрів за групо-день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="98"/>
        <source>Team-days</source>
        <translation>Групо-дні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="114"/>
        <source>All</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="119"/>
        <source>{m2} m² per team-day over {days} team-days (10th to 90th percentile: {p10} to {p90} m²).</source>
        <translation>{m2} м² за групо-день за {days} групо-днями (з 10-го по 90-й процентиль: від {p10} до {p90} м²).</translation>
    </message>
</context>
<context>
    <name>RecordEntry</name>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="46"/>
        <source>&apos;{text}&apos; is not a latitude and longitude: type decimal degrees, latitude first, e.g. 40.0512, 46.9876.</source>
        <translation>'{text}' — не широта й довгота: введіть десяткові градуси, спершу широту, наприклад 40.0512, 46.9876.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="57"/>
        <source>Latitude {lat} is outside -90..90{hint}.</source>
        <translation>Широта {lat} поза діапазоном -90..90{hint}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="60"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>Довгота {lon} поза діапазоном -180..180.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="68"/>
        <source>&apos;{text}&apos; is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and the northing in metres, e.g. 38N 650000 4420000.</source>
        <translation>'{text}' — не координата UTM: введіть зону з N або S (півкуля), східну та північну координати в метрах, наприклад 38N 650000 4420000.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="74"/>
        <source>UTM zone {zone} does not exist (1 to 60).</source>
        <translation>Зони UTM {zone} не існує (від 1 до 60).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="76"/>
        <source>Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).</source>
        <translation>Східна координата {easting:.0f} м поза зоною UTM (від 100 000 до 900 000 м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="80"/>
        <source>Northing {northing:.0f} m is outside 0 to 10,000,000 m.</source>
        <translation>Північна координата {northing:.0f} м поза діапазоном від 0 до 10 000 000 м.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="86"/>
        <source>&apos;{text}&apos; does not convert to a latitude and longitude.</source>
        <translation>'{text}' не перетворюється на широту й довготу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="101"/>
        <source>MGRS entry is not available in this installation of the plugin; type the point as latitude/longitude or UTM.</source>
        <translation>Введення MGRS недоступне в цьому встановленні модуля; введіть точку як широту/довготу або UTM.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="105"/>
        <source>Unknown coordinate format &apos;{coordinate_format}&apos;.</source>
        <translation>Невідомий формат координат '{coordinate_format}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="159"/>
        <source>The record needs a source (who supplied it, or the document).</source>
        <translation>Формуляру потрібне джерело (хто його надав, або документ).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="161"/>
        <source>The traverse has no polygon to store.</source>
        <translation>Хід не має полігону для запису.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="423"/>
        <source>The regions layer &apos;{label}&apos; is not a polygon layer.</source>
        <translation>Шар районів '{label}' — не полігональний шар.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="427"/>
        <source>The regions layer &apos;{label}&apos; has no field &apos;{name_field}&apos;.</source>
        <translation>У шарі районів '{label}' немає поля '{name_field}'.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="43"/>
        <source>{ha} ha reduced</source>
        <translation>зменшено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="45"/>
        <source>{ha} ha cancelled</source>
        <translation>скасовано {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="46"/>
        <source>{ha} ha cleared</source>
        <translation>очищено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="36"/>
        <source>{released} in task {task}</source>
        <translation>{released} у завданні {task}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="40"/>
        <source>{released} ({district})</source>
        <translation>{released} ({district})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="122"/>
        <source>{ha} ha remain in hazard {hazard}</source>
        <translation>у небезпечному районі {hazard} залишається {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="125"/>
        <source>{remain} (now closed)</source>
        <translation>{remain} (тепер закритий)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="152"/>
        <source>The drawn area is empty.</source>
        <translation>Намальована ділянка порожня.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="154"/>
        <source>Released land must be drawn as a polygon.</source>
        <translation>Звільнену землю треба малювати полігоном.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="162"/>
        <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
        <translation>Малюнок самоперетинається і після виправлення не має площі; намалюйте його знову.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="165"/>
        <source>The drawing crossed itself and was repaired.</source>
        <translation>Малюнок самоперетинався і був виправлений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="200"/>
        <source>Task {task} does not exist in this store.</source>
        <translation>Завдання {task} немає в цьому сховищі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="205"/>
        <source>Nothing was added: the area lies outside task {task}.</source>
        <translation>Нічого не додано: ділянка лежить поза завданням {task}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="209"/>
        <source>The part outside task {task} was left out.</source>
        <translation>Частину поза завданням {task} не враховано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="215"/>
        <source>Nothing was added: the area is outside every hazard area.</source>
        <translation>Нічого не додано: ділянка поза всіма небезпечними районами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="257"/>
        <source>Nothing was added: this land is already released.</source>
        <translation>Нічого не додано: цю землю вже звільнено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="259"/>
        <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
        <translation>Нічого не додано: після обрізання за небезпечними районами ділянка порожня.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="263"/>
        <source>Slivers under {m2} m² were left out.</source>
        <translation>Фрагменти менші за {m2} м² не враховано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="65"/>
        <source>Release method &apos;{method}&apos; is not one of {codes}.</source>
        <translation>Метод звільнення «{method}» не входить до списку: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="68"/>
        <source>Technique &apos;{technique}&apos; is not one of {codes}.</source>
        <translation>Спосіб «{technique}» не входить до списку: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="71"/>
        <source>The release date is missing.</source>
        <translation>Не вказано дату звільнення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="73"/>
        <source>The release date {date} is in the future.</source>
        <translation>Дата звільнення {date} ще не настала.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="76"/>
        <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
        <translation>Глибина очищення {depth} см поза діапазоном 0–500 см.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="156"/>
        <source>The drawing has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Рисунок має координату, що не є числом (NaN або нескінченність).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/batch.py" line="33"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="261"/>
        <source>Feature {label}: {error}</source>
        <translation>Об’єкт {label}: {error}</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="131"/>
        <source>Undoing &apos;{}&apos;</source>
        <translation>Скасування «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="150"/>
        <source>Refreshing the layers</source>
        <translation>Оновлення шарів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="138"/>
        <source>Undone: {}</source>
        <translation>Скасовано: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="146"/>
        <source>Redoing &apos;{}&apos;</source>
        <translation>Повторення «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="181"/>
        <source>Record the land you drew as released.</source>
        <translation>Записати намальовану землю як звільнену.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="185"/>
        <source>Marking land released</source>
        <translation>Позначення землі звільненою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="198"/>
        <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
        <translation>Спершу виберіть завдання або сектори для позначення (шар «Завдання з очищення»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="202"/>
        <source>{n} selected: {ids}</source>
        <translation>Вибрано {n}: {ids}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="209"/>
        <source>Marking tasks released</source>
        <translation>Позначення завдань звільненими</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="229"/>
        <source>There is no release to undo.</source>
        <translation>Немає звільнення для скасування.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="245"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Спершу відкрийте або створіть сховище (панель «Розмінування»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="263"/>
        <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
        <translation>Шар {layer} має незбережені зміни. Збережіть або відкиньте їх, потім позначте землю знову.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="38"/>
        <source>{released} in {n} tasks</source>
        <translation>{released} у завданнях: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="42"/>
        <source>{released} in {n} districts</source>
        <translation>{released} у районах: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="47"/>
        <source>hazard {hazard} closed</source>
        <translation>небезпечний район {hazard} закрито</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="49"/>
        <source>{n} hazard areas closed</source>
        <translation>закрито небезпечних районів: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="52"/>
        <source>{n} not added (see the log)</source>
        <translation>не додано: {n} (див. журнал)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="63"/>
        <source>{layer} {feature} ({field} {target})</source>
        <translation>{layer} {feature} ({field} {target})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="68"/>
        <source>{named} and {n} more</source>
        <translation>{named} і ще {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="92"/>
        <source>Checking what links to &apos;{}&apos;</source>
        <translation>Перевірка посилань на «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="101"/>
        <source>Not undone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Не скасовано: «{operation}». {links} посилалися б на об'єкт, який вилучається; спершу змініть або видаліть їх.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="103"/>
        <source>Not redone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Не повторено: «{operation}». {links} посилалися б на об'єкт, який вилучається; спершу змініть або видаліть їх.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="36"/>
        <source>Mark land released</source>
        <translation>Позначити землю звільненою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="50"/>
        <source>Release method</source>
        <translation>Метод звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="69"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="57"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="62"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="65"/>
        <source>Released on</source>
        <translation>Дата звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="72"/>
        <source>Clearance depth</source>
        <translation>Глибина очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="75"/>
        <source>(from the map)</source>
        <translation>(з мапи)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="78"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="81"/>
        <source>Mark released</source>
        <translation>Позначити звільненою</translation>
    </message>
</context>
<context>
    <name>ReviewAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="21"/>
        <source>Review a submission</source>
        <translation>Розглянути заявку</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="30"/>
        <source>SUBMISSION: its identifier (S-0001). DECISION: approve or reject. REASON: why (required to reject). STATUS: the submission&apos;s status afterwards.</source>
        <translation>SUBMISSION: її ідентифікатор (S-0001). DECISION: approve або reject. REASON: причина (обов’язкова для відхилення). STATUS: статус заявки після рішення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="37"/>
        <source>Submission (S-0001)</source>
        <translation>Заявка (S-0001)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>approve</source>
        <translation>затвердити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>reject</source>
        <translation>відхилити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="40"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="41"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="48"/>
        <source>SUBMISSION: name the submission to review (S-0001).</source>
        <translation>SUBMISSION: укажіть заявку для розгляду (S-0001).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="55"/>
        <source>Submission {0} approved and stored ({1}).</source>
        <translation>Заявку {0} затверджено й збережено ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="57"/>
        <source>Submission {0} rejected: {1}</source>
        <translation>Заявку {0} відхилено: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="23"/>
        <source>Approves or rejects a submission waiting for review (an import, a release or a field merge run with SUBMIT). Approving stores its rows in the baseline in one transaction, as the import, release or merge would have stored them at that moment (released land clipped against the land released by then); rejecting leaves the baseline as it is and keeps the reason.</source>
        <translation>Затверджує або відхиляє заявку, що чекає розгляду (імпорт, звільнення або об’єднання польових результатів, запущені з SUBMIT). Під час затвердження її рядки зберігаються в основних даних в одній транзакції так, як їх зберегли б імпорт, звільнення чи об’єднання в цей момент (звільнена земля обрізається з урахуванням землі, звільненої на той час); у разі відхилення основні дані залишаються як є, а причина зберігається.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Submission</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Rows</source>
        <translation>Рядків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="68"/>
        <source>Review</source>
        <translation>Розгляд</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="91"/>
        <source>Reason (needed to reject)</source>
        <translation>Причина (потрібна для відхилення)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show on map</source>
        <translation>Показати на мапі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show what the submission would add</source>
        <translation>Показати, що додасть заявка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Store the submission in the baseline now</source>
        <translation>Зберегти заявку в основних даних зараз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject the submission, keeping the reason</source>
        <translation>Відхилити заявку, зберігши причину</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>List the pending submissions again</source>
        <translation>Знову вивести список заявок, що чекають</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="121"/>
        <source>Listing the submissions of {}</source>
        <translation>Отримання списку заявок {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="159"/>
        <source>{n} submissions wait for review.</source>
        <translation>Заявок, що чекають розгляду: {n}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="138"/>
        <source>No store open.</source>
        <translation>Сховище не відкрито.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="228"/>
        <source>Select a submission first.</source>
        <translation>Спершу виберіть заявку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="198"/>
        <source>Reviewing {}</source>
        <translation>Розгляд {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} approved and stored.</source>
        <translation>{} затверджено й збережено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} rejected.</source>
        <translation>{} відхилено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="230"/>
        <source>Showing {}</source>
        <translation>Показ {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="238"/>
        <source>Submission {} (preview)</source>
        <translation>Заявка {} (попередній перегляд)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Approving {}</source>
        <translation>Затвердження {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Rejecting {}</source>
        <translation>Відхилення {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="178"/>
        <source>Wait until {} is done.</source>
        <translation>Дочекайтеся завершення: {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="183"/>
        <source>Say why {} is rejected (Reason).</source>
        <translation>Укажіть, чому {} відхиляється (поле «Причина»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="158"/>
        <source>One submission waits for review.</source>
        <translation>Одна заявка чекає розгляду.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="151"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Suspected hazardous area (SHA)</source>
        <translation>Підозрілий небезпечний район (ПНР, SHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>Підтверджений небезпечний район (ПдНР, CHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Worked on</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Closed</source>
        <translation>Закритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cleared (clearance)</source>
        <translation>Очищено (очищення)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Reduced (technical survey)</source>
        <translation>Зменшено (технічне обстеження)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Скасовано (нетехнічне обстеження)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Manual</source>
        <translation>Ручний</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mechanical</source>
        <translation>Механізований</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mine detection dogs</source>
        <translation>Мінно-пошукові собаки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-personnel mine</source>
        <translation>Протипіхотна міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-tank mine</source>
        <translation>Протитанкова міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Нерозірваний боєприпас (НРБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Покинутий вибухонебезпечний боєприпас (ПВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Improvised explosive device (IED)</source>
        <translation>Саморобний вибуховий пристрій (СВП)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Submunition</source>
        <translation>Суббоєприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-personnel mines</source>
        <translation>Протипіхотні міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-tank mines</source>
        <translation>Протитанкові міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Mixed AP and AT mines</source>
        <translation>Змішані ПП і ПТ міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Unexploded ordnance</source>
        <translation>Нерозірвані боєприпаси</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Cluster munitions</source>
        <translation>Касетні боєприпаси</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Improvised explosive devices</source>
        <translation>Саморобні вибухові пристрої</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Clearance</source>
        <translation>Очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Technical survey</source>
        <translation>Технічне обстеження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Non-technical survey</source>
        <translation>Нетехнічне обстеження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Route clearance</source>
        <translation>Очищення доріг</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>EOD spot task</source>
        <translation>Разове завдання зі знешкодження ВНП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Intact</source>
        <translation>Цілий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Damaged</source>
        <translation>Пошкоджений</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Deteriorated</source>
        <translation>Зруйнований від часу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Armed</source>
        <translation>Зведений</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Destroyed in situ</source>
        <translation>Знищено на місці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Removed for demolition</source>
        <translation>Вивезено для знищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Rendered safe</source>
        <translation>Знешкоджено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Illegal entry into uncleared land</source>
        <translation>Незаконне проникнення на неочищену землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Leaving cleared land</source>
        <translation>Вихід за межі очищеної землі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Demining</source>
        <translation>Розмінування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Farming</source>
        <translation>Землеробство</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Herding</source>
        <translation>Випасання худоби</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Travelling</source>
        <translation>Пересування</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Handling or tampering</source>
        <translation>Поводження або спроба розбирання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Reference point (landmark)</source>
        <translation>Вихідна точка (орієнтир)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Turning point</source>
        <translation>Поворотна точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Intermediate point</source>
        <translation>Проміжна точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>End point</source>
        <translation>Кінцева точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Degrees</source>
        <translation>Градуси</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6400)</source>
        <translation>Тисячні (6400)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6000)</source>
        <translation>Тисячні (6000)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>True north</source>
        <translation>Істинна північ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Grid north</source>
        <translation>Сіткова північ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Magnetic north</source>
        <translation>Магнітна північ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Road</source>
        <translation>Дорога</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Track</source>
        <translation>Ґрунтова дорога</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Path</source>
        <translation>Стежка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Railway</source>
        <translation>Залізниця</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="317"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="318"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="319"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="320"/>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Districts</source>
        <translation>Райони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Region ID</source>
        <translation>ID району</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Local name</source>
        <translation>Місцева назва</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative level</source>
        <translation>Адміністративний рівень</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative districts used to split and total released land.</source>
        <translation>Адміністративні райони для поділу й підрахунку звільненої землі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard areas</source>
        <translation>Небезпечні райони</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard ID</source>
        <translation>ID небезпечного району</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Classification</source>
        <translation>Класифікація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Contamination</source>
        <translation>Забруднення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Reported on</source>
        <translation>Дата повідомлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Evidence</source>
        <translation>Ознаки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Area (ha)</source>
        <translation>Площа (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Remaining (ha)</source>
        <translation>Залишок (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
        <translation>Підозрілі (ПНР, SHA) і підтверджені (ПдНР, CHA) небезпечні райони.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance tasks</source>
        <translation>Завдання з очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task ID</source>
        <translation>ID завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Hazard</source>
        <translation>Небезпечний район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Parent task</source>
        <translation>Батьківське завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task type</source>
        <translation>Тип завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned start</source>
        <translation>Планований початок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned end</source>
        <translation>Планований кінець</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned (ha)</source>
        <translation>План (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Sector number</source>
        <translation>Номер сектора</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
        <translation>Завдання з очищення й обстеження та їхні сектори, нанесені всередині небезпечних районів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released land</source>
        <translation>Звільнена земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release ID</source>
        <translation>ID звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release method</source>
        <translation>Метод звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released on</source>
        <translation>Дата звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Clearance depth (cm)</source>
        <translation>Глибина очищення (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
        <translation>Земля, звільнена очищенням, технічним або нетехнічним обстеженням; без перекриттів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Minefield records</source>
        <translation>Формуляри мінних полів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Record ID</source>
        <translation>ID формуляра</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied by</source>
        <translation>Ким передано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мін</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed mines in total</source>
        <translation>Заявлено мін усього</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing unit</source>
        <translation>Одиниця азимута</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>North reference</source>
        <translation>Напрям півночі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Magnetic declination (degrees)</source>
        <translation>Магнітне схилення (градуси)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Traverse misclosure (m)</source>
        <translation>Нев'язка ходу (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied minefield records (mine maps handed over by the other side).</source>
        <translation>Передані формуляри мінних полів (карти мінування, передані іншою стороною).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mines</source>
        <translation>Міни за формуляром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mine ID</source>
        <translation>ID міни за формуляром</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Minefield record</source>
        <translation>Формуляр мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mine number in row</source>
        <translation>Номер міни в ряду</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mines as positioned by a supplied record.</source>
        <translation>Міни в положеннях за переданим формуляром.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Record points</source>
        <translation>Точки формуляра</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point UID</source>
        <translation>UID точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point number</source>
        <translation>Номер точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point type</source>
        <translation>Тип точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Distance (m)</source>
        <translation>Відстань (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>From point</source>
        <translation>Від точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Reference point, benchmark and turning points of a minefield record.</source>
        <translation>Вихідна точка, репер і поворотні точки формуляра мінного поля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Item ID</source>
        <translation>ID предмета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Found on</source>
        <translation>Дата виявлення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Depth (cm)</source>
        <translation>Глибина (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Disposition</source>
        <translation>Утилізація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Mines, UXO and other items found and what was done with them.</source>
        <translation>Знайдені міни, НРБ та інші предмети і що з ними зроблено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared routes</source>
        <translation>Очищені дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route ID</source>
        <translation>ID дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route type</source>
        <translation>Тип дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared width (m)</source>
        <translation>Очищена ширина (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared on</source>
        <translation>Дата очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Length (km)</source>
        <translation>Довжина (км)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Roads and tracks cleared and verified.</source>
        <translation>Очищені та перевірені дороги й колії.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accidents</source>
        <translation>Нещасні випадки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accident ID</source>
        <translation>ID нещасного випадку</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Occurred on</source>
        <translation>Дата події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Civilian victims</source>
        <translation>Цивільні жертви</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Activity at the time</source>
        <translation>Діяльність у момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Mine and UXO accidents with their victims.</source>
        <translation>Нещасні випадки з мінами та НРБ і їхні жертви.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="146"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="219"/>
        <source>Value out of range</source>
        <translation>Значення поза допустимим діапазоном</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Medical evacuation point</source>
        <translation>Пункт медичної евакуації</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Helicopter landing site</source>
        <translation>Гелікоптерний майданчик</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Access point</source>
        <translation>Пункт доступу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Assembly point</source>
        <translation>Пункт збору</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Control point</source>
        <translation>Контрольний пункт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Task points</source>
        <translation>Пункти завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Point ID</source>
        <translation>Ідентифікатор пункту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Medevac, helicopter landing, access and assembly points of a task.</source>
        <translation>Пункти медеваку, посадки гелікоптера, доступу та збору для завдання.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Housing</source>
        <translation>Житлова забудова</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Grazing</source>
        <translation>Пасовище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Infrastructure</source>
        <translation>Інфраструктура</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Forest</source>
        <translation>Ліс</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality assurance visit</source>
        <translation>Візит із забезпечення якості</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality control sampling</source>
        <translation>Вибірковий контроль якості</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Pass</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Fail</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Corrective action</source>
        <translation>Коригувальні дії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="322"/>
        <source>Field package UUID</source>
        <translation>UUID польового пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="324"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Completed on</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over on</source>
        <translation>Дата передачі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over to (authority or land user)</source>
        <translation>Кому передано (орган влади або землекористувач)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Land use after release</source>
        <translation>Землекористування після звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: women</source>
        <translation>Бенефіціари: жінки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: men</source>
        <translation>Бенефіціари: чоловіки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: girls</source>
        <translation>Бенефіціари: дівчата</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: boys</source>
        <translation>Бенефіціари: хлопці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Residual risk</source>
        <translation>Залишковий ризик</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Work days</source>
        <translation>Робочі дні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Day ID</source>
        <translation>ID дня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Hours worked</source>
        <translation>Відпрацьовано годин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Machines</source>
        <translation>Машини</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>What a team worked on a task each day: hours, people and machines.</source>
        <translation>Що група робила за завданням щодня: години, люди та машини.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspections</source>
        <translation>Інспекції</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspection ID</source>
        <translation>ID інспекції</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspected on</source>
        <translation>Дата інспекції</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspector</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Area sampled (m²)</source>
        <translation>Площа вибірки (м²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Items found in the sample</source>
        <translation>Знайдено предметів у вибірці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Quality assurance visits and quality control samples of tasks, and their results.</source>
        <translation>Візити із забезпечення якості та вибірковий контроль якості завдань і їхні результати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="123"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Зображення (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>SectoriseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="153"/>
        <source>Divide into sectors</source>
        <translation>Поділити на сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="155"/>
        <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon&apos;s local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent&apos;s attributes and gets sector_no, sector_id (such as T-0042/07, from the parent&apos;s task_id, hazard_id or feature id) and area_ha.</source>
        <translation>Ділить кожен полігон INPUT (завдання або небезпечні райони) на пронумеровані сектори або смуги шириною WIDTH метрів і довжиною LENGTH метрів уздовж напрямку ANGLE (градуси за годинниковою стрілкою від півночі), виміряні на місцевості в місцевій зоні UTM полігона й обрізані за полігоном. Сектори покривають батьківський полігон точно, без перекриттів і проміжків. Кожен сектор зберігає атрибути батька й отримує sector_no, sector_id (наприклад, T-0042/07, з task_id, hazard_id або id об'єкта батька) і area_ha.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="165"/>
        <source>Polygons to divide</source>
        <translation>Полігони для поділу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="167"/>
        <source>Sector width (m)</source>
        <translation>Ширина сектора (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="169"/>
        <source>Sector length (m)</source>
        <translation>Довжина сектора (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="171"/>
        <source>Direction (degrees from north)</source>
        <translation>Напрямок (градуси від півночі)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="174"/>
        <source>Sectors</source>
        <translation>Сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="180"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT не є полігональним шаром, який можна прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="215"/>
        <source>{}: {} sectors</source>
        <translation>{}: секторів: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="204"/>
        <source>Feature {}: {}</source>
        <translation>Об'єкт {}: {}</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="52"/>
        <source>Only polygons can be divided into sectors.</source>
        <translation>На сектори можна ділити лише полігони.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="54"/>
        <source>The polygon has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Полігон має координату, що не є числом (NaN або нескінченність).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="57"/>
        <source>Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).</source>
        <translation>Ширина й довжина сектора мають бути більшими за 0 м (задано {width_m:g} x {length_m:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="61"/>
        <source>Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most {max_km:g} km.</source>
        <translation>Сектори {width_m:g} м x {length_m:g} м більші за будь-яке завдання: кожна сторона має бути не більшою за {max_km:g} км.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="65"/>
        <source>The sector direction {angle_deg} is not a number of degrees.</source>
        <translation>Напрямок секторів {angle_deg} — не число градусів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="71"/>
        <source>The polygon holds no area (collapsed, or crossing itself); it cannot be divided.</source>
        <translation>Полігон не має площі (вироджений або самоперетинний); його не можна поділити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="99"/>
        <source>{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check the units (metres).</source>
        <translation>Сектори {width_m:g} м x {length_m:g} м дали б близько {columns:,} секторів; перевірте одиниці (метри).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="145"/>
        <source>More than {MAX_SECTORS} sectors; use larger sectors.</source>
        <translation>Понад {MAX_SECTORS} секторів; використовуйте більші сектори.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="172"/>
        <source>Task {task_id} does not exist in this store.</source>
        <translation>Завдання {task_id} немає в цьому сховищі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="177"/>
        <source>Task {task_id} is already divided into {n_children} sectors.</source>
        <translation>Завдання {task_id} уже поділено на {n_children} секторів.</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="42"/>
        <source>Divide {} into sectors</source>
        <translation>Поділити {} на сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="49"/>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="52"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="53"/>
        <source>Width (across)</source>
        <translation>Ширина (впоперек)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="54"/>
        <source>Length (along)</source>
        <translation>Довжина (уздовж)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="55"/>
        <source>Direction from north</source>
        <translation>Напрямок від півночі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="56"/>
        <source>Draw baseline on the map…</source>
        <translation>Намалювати базову лінію на мапі…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="57"/>
        <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
        <translation>Клацніть початок базової лінії, потім точку на ній: сектори починаються там і йдуть уздовж неї.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="67"/>
        <source>Store sectors</source>
        <translation>Записати сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="104"/>
        <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
        <translation>Секторів: {n}, усього {ha:.2f} га (у середньому {avg:.2f} га кожен).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="132"/>
        <source>Dividing {} into sectors</source>
        <translation>Поділ {} на сектори</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="139"/>
        <source>Task {task} divided into {n} sectors ({first} to {last})</source>
        <translation>Завдання {task} поділено на сектори ({n}): з {first} по {last}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="206"/>
        <source>Layer &apos;{layer_name}&apos; of store {name} cannot be opened.</source>
        <translation>Шар '{layer_name}' сховища {name} не вдається відкрити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="220"/>
        <source>{name} has data model version {version}; this plugin knows up to version {SCHEMA_VERSION}. Update the Demining plugin to open it.</source>
        <translation>{name} має версію моделі даних {version}; цей модуль знає версії до {SCHEMA_VERSION}. Оновіть модуль Demining, щоб відкрити його.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="228"/>
        <source>{name} has data model version {version} and no migration to version {version2} exists.</source>
        <translation>{name} має версію моделі даних {version}, і міграції до версії {version2} немає.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="139"/>
        <source>Cannot add field {layer_name}.{field_name} to {name}.</source>
        <translation>Неможливо додати поле {layer_name}.{field_name} до {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="250"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} не вдається відкрити для запису: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="283"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>У {name} нічого не змінено: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="295"/>
        <source>{path_name} is a folder, not a GeoPackage file.</source>
        <translation>{path_name} — тека, а не файл GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="298"/>
        <source>{path} does not exist.</source>
        <translation>{path} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="302"/>
        <source>{path_name} is not a GeoPackage (not an SQLite database).</source>
        <translation>{path_name} — не GeoPackage (не база даних SQLite).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="305"/>
        <source>{path_name} is an empty file, not a GeoPackage.</source>
        <translation>{path_name} — порожній файл, а не GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="308"/>
        <source>{path_name} is not a GeoPackage.</source>
        <translation>{path_name} — не GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="310"/>
        <source>{path_name} is a GeoPackage but not a Demining project store (it has no {META_TABLE} table). Create a store with &apos;New store...&apos;.</source>
        <translation>{path_name} — GeoPackage, але не сховище проєкту Demining (у ньому немає таблиці {META_TABLE}). Створіть сховище командою «Нове сховище...».</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="324"/>
        <source>{path_name} is missing the store layers: {missing}.</source>
        <translation>У {path_name} немає шарів сховища: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="346"/>
        <source>{name} has data model version {old} and this plugin has no migration from version {missing} to {missing2}; it was left as it is.</source>
        <translation>{name} має версію моделі даних {old}, а в цього модуля немає міграції з версії {missing} на {missing2}; файл залишено як є.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="351"/>
        <source>{name} has data model version {old} and must be migrated to version {SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere writable.</source>
        <translation>{name} має версію моделі даних {old}, і його потрібно перевести на версію {SCHEMA_VERSION}, але файл або його тека доступні лише для читання; скопіюйте його туди, де можна писати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="357"/>
        <source>{name} must be migrated from version {old}, but the backup {backup_name} already exists; move it away first so that it is not overwritten.</source>
        <translation>{name} потрібно перевести з версії {old}, але резервна копія {backup_name} уже існує; спершу приберіть її, щоб її не було перезаписано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="366"/>
        <source>Migrating {name} from version {old} failed ({error}); the file was restored from {backup_name}.</source>
        <translation>Міграція {name} з версії {old} не вдалася ({error}); файл відновлено з {backup_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="376"/>
        <source>A store file must end in .gpkg: {path}</source>
        <translation>Файл сховища має закінчуватися на .gpkg: {path}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="378"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} уже існує; виберіть іншу назву або дозвольте перезапис.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="381"/>
        <source>Folder {path_parent} does not exist.</source>
        <translation>Тека {path_parent} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="384"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Невідома система координат: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="514"/>
        <source>Cannot create {path}.</source>
        <translation>Неможливо створити {path}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="567"/>
        <source>Cannot create layer {definition_name}.</source>
        <translation>Неможливо створити шар {definition_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="580"/>
        <source>Cannot create field {definition_name}.{f_name}.</source>
        <translation>Неможливо створити поле {definition_name}.{f_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="24"/>
        <source>The store has no layer {layer_name}.</source>
        <translation>У сховищі немає шару {layer_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="50"/>
        <source>There is no field {key}.</source>
        <translation>Немає поля {key}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="67"/>
        <source>{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{definition_title}: геометрія має координату, що не є числом (NaN або нескінченність).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="100"/>
        <source>Adding {values} to {layer_name} failed.</source>
        <translation>Додавання {values} до {layer_name} не вдалося.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="158"/>
        <source>{layer_name} does not hold points.</source>
        <translation>{layer_name} не містить точок.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="208"/>
        <source>{layer_name} has no field {name}.</source>
        <translation>У {layer_name} немає поля {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="211"/>
        <source>{layer_name}.{name}: {n_values} values for {count} points.</source>
        <translation>{layer_name}.{name}: {n_values} значень для {count} точок.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="41"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} не існує.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="117"/>
        <source>Updating {identifier} in {layer_name} failed.</source>
        <translation>Оновлення {identifier} у {layer_name} не вдалося.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="132"/>
        <source>Deleting {identifier} from {layer_name} failed.</source>
        <translation>Видалення {identifier} з {layer_name} не вдалося.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/__init__.py" line="32"/>
        <source>&apos;{location}&apos; is not a store location this plugin understands (a GeoPackage path ending in .gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).</source>
        <translation>'{location}' — не розташування сховища, зрозуміле цьому модулю (шлях GeoPackage із закінченням .gpkg або розташування PostGIS pg:... чи postgresql://...?schema=...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="172"/>
        <source>{name} is a file: its roles are the file system&apos;s rights. Roles are granted on PostGIS stores.</source>
        <translation>{name} — файл: його ролі — це права файлової системи. Ролі призначаються у сховищах PostGIS.</translation>
    </message>
</context>
<context>
    <name>StoreParameter</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="123"/>
        <source>Store to copy</source>
        <translation>Сховище, що копіюється</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="76"/>
        <source>Project store</source>
        <translation>Сховище проєкту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="79"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="19"/>
        <source>STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. A password typed in the location (password=... or &lt;user&gt;:&lt;password&gt;@) goes into QGIS&apos;s authentication database and the store is named by authcfg=&lt;id&gt; from then on; when QGIS&apos;s master password has not been entered, such a location is refused: use a saved connection, or a service with the password in ~/.pgpass.</source>
        <translation>STORE: сховище проєкту — файл GeoPackage (.gpkg) або сховище PostGIS, записане як pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt; або postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. Пароль, введений у розташуванні (password=... або &lt;user&gt;:&lt;password&gt;@), потрапляє до бази даних автентифікації QGIS, і відтоді сховище позначається як authcfg=&lt;id&gt;; якщо головний пароль QGIS не введено, таке розташування відхиляється: використовуйте збережене підключення або службу з паролем у ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="263"/>
        <source>Computing the figures of {}</source>
        <translation>Обчислення показників {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>New Demining store</source>
        <translation>Нове сховище Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Open Demining store</source>
        <translation>Відкрити сховище Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Demining store (*.gpkg);;All files (*)</source>
        <translation>Сховище Demining (*.gpkg);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="361"/>
        <source>{} is the store this project uses; choose another file name.</source>
        <translation>{} — сховище, яке використовує цей проєкт; виберіть іншу назву файлу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="364"/>
        <source>Creating store {}</source>
        <translation>Створення сховища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="368"/>
        <source>Created the Demining store {}.</source>
        <translation>Створено сховище Demining {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="373"/>
        <source>Opening store {}</source>
        <translation>Відкриття сховища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="433"/>
        <source>The demo builder is not available in this installation of the plugin ({}).</source>
        <translation>Побудовник демо недоступний у цьому встановленні модуля ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="440"/>
        <source>Creating folder {}</source>
        <translation>Створення теки {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="456"/>
        <source>Building the demo was cancelled.</source>
        <translation>Створення демо скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="461"/>
        <source>Building the demo</source>
        <translation>Створення демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="464"/>
        <source>The demo store is open: {}</source>
        <translation>Демонстраційне сховище відкрито: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="191"/>
        <source>This project&apos;s Demining store {name} cannot be opened.</source>
        <translation>Сховище Demining {name} цього проєкту не вдається відкрити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="323"/>
        <source>The history of these edits names no user: {}</source>
        <translation>В історії цих редагувань не вказано користувача: {}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, open</source>
        <translation>ПдНР, відкритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, worked on</source>
        <translation>ПдНР, у роботі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, closed</source>
        <translation>ПдНР, закритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, open</source>
        <translation>ПНР, відкритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, worked on</source>
        <translation>ПНР, у роботі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, closed</source>
        <translation>ПНР, закритий</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>unclassified</source>
        <translation>без класифікації</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Reduced</source>
        <translation>Зменшено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AP mine</source>
        <translation>ПП міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AT mine</source>
        <translation>ПТ міна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>UXO</source>
        <translation>НРБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AXO</source>
        <translation>ПВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>IED</source>
        <translation>СВП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Submunition</source>
        <translation>Суббоєприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="99"/>
        <source>Style {path_name} could not be loaded: {message}</source>
        <translation>Стиль {path_name} не вдалося завантажити: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="208"/>
        <source>Layer {definition_name} has no field {field_name}.</source>
        <translation>У шарі {definition_name} немає поля {field_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="248"/>
        <source>Layer {definition_name} of {store_name} cannot be opened.</source>
        <translation>Шар {definition_name} сховища {store_name} не вдається відкрити.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="256"/>
        <source>Saving the style of {definition_name} failed: {error}</source>
        <translation>Збереження стилю {definition_name} не вдалося: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="288"/>
        <source>Relation {definition_id} between {definition_child} and {definition_parent} is not valid.</source>
        <translation>Зв’язок {definition_id} між {definition_child} і {definition_parent} недійсний.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Medical evacuation point</source>
        <translation>Пункт медичної евакуації</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Helicopter landing site</source>
        <translation>Гелікоптерний майданчик</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Access point</source>
        <translation>Пункт доступу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Assembly point</source>
        <translation>Пункт збору</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Control point</source>
        <translation>Контрольний пункт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="268"/>
        <source>The old style of {definition_name} in {store_name} cannot be replaced: {error}</source>
        <translation>Попередній стиль {definition_name} у {store_name} не вдається замінити: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="273"/>
        <source>{store_name}: replaced the style saved earlier for {definition_name}.</source>
        <translation>{store_name}: замінено раніше збережений стиль {definition_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection passed</source>
        <translation>Інспекцію пройдено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection failed</source>
        <translation>Інспекцію не пройдено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Corrective action</source>
        <translation>Коригувальні дії</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="136"/>
        <source>There is nothing to submit.</source>
        <translation>Нічого подавати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="141"/>
        <source>{n} polygons to mark {method}</source>
        <translation>Полігонів для позначення як {method}: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="285"/>
        <source>There is no submission {id} in {store}.</source>
        <translation>У {store} немає заявки {id}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="201"/>
        <source>Submission {id} was already {status}; nothing was changed.</source>
        <translation>Заявка {id} уже має статус {status}; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="204"/>
        <source>Say why submission {id} is rejected (REASON).</source>
        <translation>Укажіть, чому заявку {id} відхилено (REASON).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="213"/>
        <source>Submission {id} was decided by someone else meanwhile; nothing was changed.</source>
        <translation>Тим часом рішення щодо заявки {id} ухвалив хтось інший; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="32"/>
        <source>Outside the districts</source>
        <translation>Поза районами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="33"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="35"/>
        <source>(not applicable)</source>
        <translation>(не застосовується)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="49"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="99"/>
        <source>Totals</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="76"/>
        <source>An XLSX export must end in .xlsx: {target}</source>
        <translation>Експорт XLSX має закінчуватися на .xlsx: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="80"/>
        <source>This GDAL has no XLSX driver; export the table to CSV instead.</source>
        <translation>У цьому GDAL немає драйвера XLSX; експортуйте таблицю в CSV.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="103"/>
        <source>Cannot write the column &apos;{title}&apos; to {target}.</source>
        <translation>Неможливо записати стовпець '{title}' до {target}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="111"/>
        <source>Cannot write a row to {target}.</source>
        <translation>Неможливо записати рядок до {target}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="97"/>
        <source>Cannot create {target}: {error}</source>
        <translation>Неможливо створити {target}: {error}</translation>
    </message>
</context>
<context>
    <name>TabularImport</name>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="45"/>
        <source>Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</source>
        <translation>Таблиці та векторні файли (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>{0}: files ending in &apos;{1}&apos; cannot be imported (use CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX).</source>
        <translation>{0}: файли із закінченням '{1}' не можна імпортувати (використовуйте CSV, XLSX, GeoJSON, Shapefile, KML/KMZ або GPX).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>(no extension)</source>
        <translation>(без розширення)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="100"/>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} не існує або не є файлом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="103"/>
        <source>{0} is empty.</source>
        <translation>{0} порожній.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="110"/>
        <source>an Excel workbook</source>
        <translation>книгою Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="111"/>
        <source>a KMZ file</source>
        <translation>файлом KMZ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="112"/>
        <source>{0} is not {1}: it is not a ZIP archive.</source>
        <translation>{0} не є {1}: це не ZIP-архів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="119"/>
        <source>{0} is a damaged ZIP archive: {1}</source>
        <translation>{0} — пошкоджений ZIP-архів: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="122"/>
        <source>{0} is a damaged ZIP archive ({1} cannot be read).</source>
        <translation>{0} — пошкоджений ZIP-архів ({1} не читається).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="125"/>
        <source>{0} is a ZIP archive but not an Excel workbook.</source>
        <translation>{0} — ZIP-архів, але не книга Excel.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="128"/>
        <source>{0} is a ZIP archive without a KML document inside.</source>
        <translation>{0} — ZIP-архів без документа KML усередині.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="132"/>
        <source>{0} is too large for a table ({1} bytes).</source>
        <translation>{0} завеликий для таблиці ({1} байт).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="135"/>
        <source>{0} is not a text (CSV) file: it holds binary data.</source>
        <translation>{0} — не текстовий (CSV) файл: у ньому двійкові дані.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="139"/>
        <source>{0} is not GeoJSON: it does not start with &apos;{{&apos;.</source>
        <translation>{0} — не GeoJSON: він не починається з '{{'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="143"/>
        <source>{0} is not an XML ({1}) file.</source>
        <translation>{0} — не файл XML ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="147"/>
        <source>{0} is not a Shapefile (its header is wrong).</source>
        <translation>{0} — не Shapefile (його заголовок неправильний).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="167"/>
        <source>{0}: the text encoding cannot be recognised.</source>
        <translation>{0}: кодування тексту не вдається розпізнати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="187"/>
        <source>{0} has no header row.</source>
        <translation>У {0} немає рядка заголовка.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="189"/>
        <source>{0}: the header cannot be read: {1}</source>
        <translation>{0}: заголовок не вдається прочитати: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="193"/>
        <source>{0} has an empty header row.</source>
        <translation>У {0} порожній рядок заголовка.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="218"/>
        <source>has {0} values but the header has {1} columns</source>
        <translation>містить {0} значень, а в заголовку {1} стовпців</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="224"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, рядок {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="383"/>
        <source>{0} cannot be read as {1}: {2}</source>
        <translation>{0} не вдається прочитати як {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="306"/>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
</context>
<context>
    <name>TaskAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="36"/>
        <source>Task ids (comma-separated)</source>
        <translation>Ідентифікатори завдань (через кому)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="38"/>
        <source>Or tasks matching the expression</source>
        <translation>Або завдання, що відповідають виразу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="42"/>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF file (or a folder for one PDF per task)</source>
        <translation>Файл PDF (або тека для окремого PDF на кожне завдання)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="65"/>
        <source>OUTPUT: give a .pdf file or a folder.</source>
        <translation>OUTPUT: вкажіть файл .pdf або теку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="56"/>
        <source>Pages written</source>
        <translation>Записано сторінок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="60"/>
        <source>Files written (;-separated)</source>
        <translation>Записані файли (через ;)</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>Release method</source>
        <translation>Метод звільнення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Technique</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Team</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>ISO week</source>
        <translation>Тиждень ISO</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AP mines</source>
        <translation>ПП міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AT mines</source>
        <translation>ПТ міни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>UXO</source>
        <translation>НРБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>AXO</source>
        <translation>ПВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>IED</source>
        <translation>СВП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="44"/>
        <source>Submunitions</source>
        <translation>Суббоєприпаси</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="45"/>
        <source>Other items</source>
        <translation>Інші предмети</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Cleared (ha)</source>
        <translation>Очищено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Reduced (ha)</source>
        <translation>Зменшено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="50"/>
        <source>Cancelled (ha)</source>
        <translation>Скасовано (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="249"/>
        <source>Released (ha)</source>
        <translation>Звільнено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="251"/>
        <source>Items found</source>
        <translation>Знайдено предметів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="253"/>
        <source>Routes (km)</source>
        <translation>Дороги (км)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="254"/>
        <source>Accidents</source>
        <translation>Нещасні випадки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="255"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="256"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/dates.py" line="48"/>
        <source>{name} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2021-11-22).</source>
        <translation>{name} '{text}' — не дата; пишіть у вигляді РРРР-ММ-ДД (наприклад, 2021-11-22).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="57"/>
        <source>The period starts ({date_from}) after it ends ({date_to}).</source>
        <translation>Період починається ({date_from}) після свого кінця ({date_to}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="75"/>
        <source>Cannot group released land by &apos;{name}&apos;.</source>
        <translation>Звільнену землю не можна групувати за '{name}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="126"/>
        <source>Layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>Шар '{name}' — не полігональний шар.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="129"/>
        <source>GROUP_BY names a field twice: {group_by}.</source>
        <translation>GROUP_BY називає поле двічі: {group_by}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="137"/>
        <source>Grouping by {g} needs a date field (DATE_FIELD).</source>
        <translation>Для групування за {g} потрібне поле дати (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="139"/>
        <source>Layer &apos;{name}&apos; has no field &apos;{g}&apos; to group by (its fields: {fields}; also month and week).</source>
        <translation>У шарі '{name}' немає поля '{g}' для групування (його поля: {fields}; а також month і week).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="145"/>
        <source>Layer &apos;{name}&apos; has no date field &apos;{date_field}&apos;.</source>
        <translation>У шарі '{name}' немає поля дати '{date_field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="148"/>
        <source>Field &apos;{date_field}&apos; of layer &apos;{name}&apos; does not hold dates.</source>
        <translation>Поле '{date_field}' шару '{name}' не містить дат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="154"/>
        <source>The regions layer &apos;{layer_name}&apos; is not a polygon layer.</source>
        <translation>Шар районів '{layer_name}' — не полігональний шар.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="157"/>
        <source>The regions layer &apos;{layer_name}&apos; has no field &apos;{region_field}&apos;.</source>
        <translation>У шарі районів '{layer_name}' немає поля '{region_field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="186"/>
        <source>No input layer.</source>
        <translation>Немає вхідного шару.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="193"/>
        <source>A date range needs a date field (DATE_FIELD).</source>
        <translation>Для діапазону дат потрібне поле дати (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="210"/>
        <source>Unknown grouping &apos;{grouping}&apos;; choose one of {GROUPINGS}.</source>
        <translation>Невідоме групування '{grouping}'; виберіть одне з: {GROUPINGS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="440"/>
        <source>No store to total.</source>
        <translation>Немає сховища для підрахунку підсумків.</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="204"/>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="365"/>
        <source>Outside the districts</source>
        <translation>Поза районами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="46"/>
        <source>{n}k</source>
        <translation>{n} тис</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="331"/>
        <source>No releases between {start} and {end}: this time is left out of the axis.</source>
        <translation>З {start} по {end} землю не вивільняли: цей період на осі пропущено.</translation>
    </message>
</context>
<context>
    <name>TotalsDock</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="40"/>
        <source>Clearance totals of {}</source>
        <translation>Підсумки очищення {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>First day of the period (empty: from the start)</source>
        <translation>Перший день періоду (порожньо: від початку)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>Last day of the period, included (empty: up to now)</source>
        <translation>Останній день періоду, включно (порожньо: до сьогодні)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="133"/>
        <source>What the rows of the table are</source>
        <translation>Що являють собою рядки таблиці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="134"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="136"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="139"/>
        <source>by</source>
        <translation>у розрізі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="172"/>
        <source>Cumulative hectares</source>
        <translation>Наростаючим підсумком, га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>Items found per week</source>
        <translation>Знайдено предметів за тиждень</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>Export the table to a CSV file</source>
        <translation>Експортувати таблицю у файл CSV</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>Export the table to an Excel workbook</source>
        <translation>Експортувати таблицю в книгу Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Report…</source>
        <translation>Звіт…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Write the period report (sentences and table) as .md, .html or .txt</source>
        <translation>Записати звіт за період (текст і таблиця) у форматі .md, .html або .txt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="198"/>
        <source>Recompute every figure from the store</source>
        <translation>Перерахувати всі показники за сховищем</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="313"/>
        <source>No store open</source>
        <translation>Сховище не відкрито</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="539"/>
        <source>Computing the totals of {}…</source>
        <translation>Обчислення підсумків {}…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="368"/>
        <source>Computing the clearance totals of {}</source>
        <translation>Обчислення підсумків очищення {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="370"/>
        <source>The totals could not be computed.</source>
        <translation>Не вдалося обчислити підсумки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="374"/>
        <source>Computing the totals was cancelled.</source>
        <translation>Обчислення підсумків скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="473"/>
        <source>Updating the clearance totals</source>
        <translation>Оновлення підсумків очищення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>Hectares released, cumulative</source>
        <translation>Звільнено гектарів, наростаючим підсумком</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>items</source>
        <translation>предмети</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="537"/>
        <source>Open a Demining store to see its clearance totals.</source>
        <translation>Відкрийте сховище Demining, щоб побачити його підсумки очищення.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="544"/>
        <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
        <translation>{store}: за період звільнено {ha} га, кожен квадратний метр враховано один раз (справжні еліпсоїдальні площі).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>Export totals to CSV</source>
        <translation>Експорт підсумків у CSV</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Export totals to Excel</source>
        <translation>Експорт підсумків в Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="584"/>
        <source>There are no totals to export yet.</source>
        <translation>Поки немає підсумків для експорту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="592"/>
        <source>Exporting the totals to {}</source>
        <translation>Експорт підсумків у {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="594"/>
        <source>Totals exported to {}.</source>
        <translation>Підсумки експортовано в {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="600"/>
        <source>Open a Demining store first: the report is computed from it.</source>
        <translation>Спершу відкрийте сховище Demining: звіт обчислюється за ним.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="602"/>
        <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
        <translation>Підсумки {} ще обчислюються; запитайте звіт знову за хвилину.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Period report</source>
        <translation>Звіт за період</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="632"/>
        <source>Writing the report {}</source>
        <translation>Запис звіту {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="634"/>
        <source>Report for {start} to {end} written to {path}.</source>
        <translation>Звіт з {start} по {end} записано в {path}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="175"/>
        <source>Accidents by activity</source>
        <translation>Нещасні випадки за діяльністю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Activity at the time</source>
        <translation>Діяльність у момент події</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Accidents</source>
        <translation>Нещасні випадки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Killed</source>
        <translation>Загинуло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Injured</source>
        <translation>Поранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians killed</source>
        <translation>Загинуло цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians injured</source>
        <translation>Поранено цивільних</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="255"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="88"/>
        <source>Totals</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="144"/>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="146"/>
        <source>The figures as the store held them at this moment, rebuilt from its history: YYYY-MM-DD (the end of that day) or YYYY-MM-DD HH:MM. Empty: now.</source>
        <translation>Показники сховища на цей момент, відновлені за його історією: РРРР-ММ-ДД (кінець цього дня) або РРРР-ММ-ДД ГГ:ХХ. Порожньо: зараз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="149"/>
        <source>as of</source>
        <translation>на момент</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="177"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="286"/>
        <source>As of</source>
        <translation>На момент</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="90"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="104"/>
        <source>The layer behind these figures does not record this grouping.</source>
        <translation>Шар, на якому ґрунтуються ці показники, не містить такого групування.</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="107"/>
        <source>Unknown bearing unit &apos;{unit}&apos;: use one of {UNITS}.</source>
        <translation>Невідома одиниця азимута '{unit}': використовуйте одну з: {UNITS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="110"/>
        <source>Unknown north reference &apos;{north}&apos;: use one of {NORTHS}.</source>
        <translation>Невідомий напрямок півночі '{north}': використовуйте один з: {NORTHS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="114"/>
        <source>Magnetic bearings need the magnetic declination (degrees, east positive).</source>
        <translation>Магнітним азимутам потрібне магнітне схилення (у градусах, східне додатне).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="117"/>
        <source>Declination {declination_deg} is outside -180..180 degrees.</source>
        <translation>Схилення {declination_deg} поза діапазоном -180..180 градусів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="128"/>
        <source>{what} ({lon!r}, {lat!r}) is not a longitude/latitude: both must be numbers.</source>
        <translation>{what} ({lon!r}, {lat!r}) — не довгота/широта: обидва значення мають бути числами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="132"/>
        <source>{what} ({lon}, {lat}) is not a longitude/latitude: longitude must be within -180..180 and latitude within -90..90.</source>
        <translation>{what} ({lon}, {lat}) — не довгота/широта: довгота має бути в межах -180..180, а широта в межах -90..90.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="136"/>
        <source>{what} latitude {lat} is outside the UTM zones (84S to 84N).</source>
        <translation>{what}: широта {lat} поза зонами UTM (від 84S до 84N).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="144"/>
        <source>Point {leg_point_no}: distance &apos;{distance}&apos; is not a number of metres.</source>
        <translation>Точка {leg_point_no}: відстань '{distance}' — не число метрів.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="148"/>
        <source>Point {leg_point_no}: distance {distance} m is negative.</source>
        <translation>Точка {leg_point_no}: відстань {distance} м від’ємна.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="152"/>
        <source>Point {leg_point_no}: bearing &apos;{bearing}&apos; is not a number.</source>
        <translation>Точка {leg_point_no}: азимут '{bearing}' — не число.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="155"/>
        <source>Point {leg_point_no}: bearing {bearing} is outside 0..{circle:g} {unit}.</source>
        <translation>Точка {leg_point_no}: азимут {bearing} поза діапазоном 0..{circle:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="159"/>
        <source>Point {leg_point_no}: unknown point type &apos;{leg_point_type}&apos; (use one of {types}).</source>
        <translation>Точка {leg_point_no}: невідомий тип точки '{leg_point_type}' (використовуйте один з: {types}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="310"/>
        <source>The traverse has no legs.</source>
        <translation>Хід не має відрізків.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="203"/>
        <source>A closed minefield record needs at least 3 legs; this one has {n_legs}.</source>
        <translation>Замкненому формуляру мінного поля потрібно щонайменше 3 відрізки; у цьому {n_legs}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="255"/>
        <source>The polygon is empty.</source>
        <translation>Полігон порожній.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="259"/>
        <source>The polygon has {n_parts} parts; a turning-point table describes one.</source>
        <translation>Полігон має {n_parts} частин; таблиця поворотних точок описує одну.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="266"/>
        <source>The geometry is not a polygon.</source>
        <translation>Геометрія — не полігон.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="271"/>
        <source>The polygon has {n_ring} distinct vertices; a record needs at least 3.</source>
        <translation>Полігон має {n_ring} різних вершин; формуляру потрібно щонайменше 3.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="305"/>
        <source>Unknown start point type &apos;{start_type}&apos; (use one of {POINT_TYPES}).</source>
        <translation>Невідомий тип початкової точки '{start_type}' (використовуйте один з: {POINT_TYPES}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="319"/>
        <source>The outline has {n_outline} turning, intermediate or end points; a minefield needs at least 3.</source>
        <translation>Контур має {n_outline} поворотних, проміжних або кінцевих точок; мінному полю потрібно щонайменше 3.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="333"/>
        <source>The outline closes with fewer than 3 distinct corners.</source>
        <translation>Контур замикається менш ніж із 3 різними кутами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="352"/>
        <source>Point {leg_point_no} appears more than once (point 0 is the start point).</source>
        <translation>Точка {leg_point_no} трапляється більше одного разу (точка 0 — початкова).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="358"/>
        <source>Point {leg_point_no}: from-point {origin_no} is not the start (0) or a point above it in the table.</source>
        <translation>Точка {leg_point_no}: точка відліку {origin_no} — не початкова (0) і не точка вище в таблиці.</translation>
    </message>
</context>
<context>
    <name>TraverseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="45"/>
        <source>Minefield record traverse</source>
        <translation>Хід за формуляром мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="47"/>
        <source>Runs a minefield record&apos;s turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point&apos;s UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon&apos;s true (ellipsoidal) area in hectares.</source>
        <translation>Прокладає поворотні точки формуляра мінного поля (азимут і відстань від попередньої точки) на місцевості, на еліпсоїді WGS84, від початкової точки й замикає формуляр.

INPUT: таблиця з point_no, bearing і distance_m (метри на місцевості) у порядку point_no. START_POINT: вихідна точка в будь-якій системі координат. BEARING_UNIT: degrees, mils6400 (НАТО) або mils6000 (Варшавський договір). NORTH: true, grid (північ зони UTM початкової точки) або magnetic, для якого потрібне DECLINATION у градусах, схід додатний.

OUTPUT: полігон формуляра (EPSG:4326) з misclosure_m, misclosure_ratio (периметр / нев'язка), perimeter_m і area_ha. MISCLOSURE_M: відстань від останньої обчисленої точки до початкової. AREA_HA: справжня (еліпсоїдальна) площа полігона в гектарах.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60"/>
        <source>Turning points (point_no, bearing, distance_m)</source>
        <translation>Поворотні точки (point_no, bearing, distance_m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="62"/>
        <source>Start (reference) point</source>
        <translation>Початкова (вихідна) точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63"/>
        <source>Bearing unit</source>
        <translation>Одиниця азимута</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66"/>
        <source>North reference</source>
        <translation>Напрям півночі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Магнітне схилення (градуси, схід додатний)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="72"/>
        <source>Minefield record</source>
        <translation>Формуляр мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="74"/>
        <source>Misclosure (m)</source>
        <translation>Нев'язка (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="75"/>
        <source>Area (ha)</source>
        <translation>Площа (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="110"/>
        <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
        <translation>Нев'язка {0:.3f} м ({1}); площа {2:.4f} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="33"/>
        <source>Row {feature_no}: {name} is empty.</source>
        <translation>Рядок {feature_no}: {name} порожнє.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="38"/>
        <source>Row {feature_no}: {name} &apos;{value}&apos; is not a number.</source>
        <translation>Рядок {feature_no}: {name} '{value}' — не число.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="80"/>
        <source>INPUT: the turning-point table cannot be read.</source>
        <translation>INPUT: таблицю поворотних точок не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="105"/>
        <source>INPUT: point_no {duplicates} appears more than once.</source>
        <translation>INPUT: point_no {duplicates} трапляється більше одного разу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="84"/>
        <source>INPUT has no column {missing}; it needs {required}.</source>
        <translation>У INPUT немає стовпця {missing}; потрібні {required}.</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Distance (m)</source>
        <translation>Відстань (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>From point</source>
        <translation>Від точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="70"/>
        <source>better than 1:1,000,000</source>
        <translation>краще 1:1 000 000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="117"/>
        <source>The point the leg starts from; empty: the point above.</source>
        <translation>Точка, від якої починається відрізок ходу; порожньо — точка вище.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="119"/>
        <source>Bearing in the chosen unit from the chosen north.</source>
        <translation>Азимут у вибраних одиницях від вибраної півночі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="244"/>
        <source>Point {} is used twice (0 is the start point).</source>
        <translation>Точку {} використано двічі (0 — початкова точка).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="247"/>
        <source>The point number must be a whole number from 1.</source>
        <translation>Номер точки має бути цілим числом від 1.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="250"/>
        <source>Unknown point type &apos;{}&apos;: use {}.</source>
        <translation>Невідомий тип точки '{}': використовуйте {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="256"/>
        <source>Bearing {} is outside 0 to {} ({}).</source>
        <translation>Азимут {} поза діапазоном від 0 до {} ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="259"/>
        <source>&apos;{}&apos; is not a bearing (a number).</source>
        <translation>'{}' — не азимут (не число).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="261"/>
        <source>The bearing is missing.</source>
        <translation>Азимут не вказано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="265"/>
        <source>The distance must be more than 0 m.</source>
        <translation>Відстань має бути більшою за 0 м.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="267"/>
        <source>&apos;{}&apos; is not a distance in metres.</source>
        <translation>'{}' — не відстань у метрах.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="269"/>
        <source>The distance is missing.</source>
        <translation>Відстань не вказано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="276"/>
        <source>Point {} is not the start (0) or a point above.</source>
        <translation>Точка {} — не початкова (0) і не точка вище.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="279"/>
        <source>&apos;{}&apos; is not a point number.</source>
        <translation>'{}' — не номер точки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>Lat/lon</source>
        <translation>Шир./довг.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="118"/>
        <source>Pick</source>
        <translation>Вказати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="121"/>
        <source>Click the start point on the map (snapping applies).</source>
        <translation>Клацніть початкову точку на карті (з прив’язуванням).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="125"/>
        <source>Start point</source>
        <translation>Початкова точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="130"/>
        <source>Turning point: the start is the first corner of the minefield. Reference point or benchmark: a landmark off the minefield the record measures from.</source>
        <translation>Поворотна точка: початок — перший кут мінного поля. Орієнтир або репер: помітний предмет поза мінним полем, від якого ведуться вимірювання формуляра.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="134"/>
        <source>Start is a</source>
        <translation>Початок — це</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="141"/>
        <source>The unit the record&apos;s bearings are written in. Changing it reads the table again in the new unit; it does not convert the figures.</source>
        <translation>Одиниці, в яких записано азимути формуляра. Під час зміни таблиця читається заново в нових одиницях; числа не перераховуються.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="153"/>
        <source>Magnetic declination in degrees, east positive.</source>
        <translation>Магнітне схилення в градусах, східне додатне.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="156"/>
        <source>Declination</source>
        <translation>Схилення</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="158"/>
        <source>Bearings</source>
        <translation>Азимути</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add a row at the end</source>
        <translation>Додати рядок у кінці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert a row above the current one</source>
        <translation>Вставити рядок над поточним</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete the selected rows</source>
        <translation>Видалити вибрані рядки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Empty the table</source>
        <translation>Очистити таблицю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Load from selected polygon</source>
        <translation>Завантажити з вибраного полігону</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Fill the table from the selected polygon (minefield record, task, hazard...) in the chosen unit and north</source>
        <translation>Заповнити таблицю за вибраним полігоном (формуляр мінного поля, завдання, небезпечний район...) у вибраних одиницях і від вибраної півночі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="203"/>
        <source>Who supplied the record, or the document</source>
        <translation>Хто надав формуляр, або документ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="205"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="206"/>
        <source>Received on</source>
        <translation>Дата отримання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="210"/>
        <source>Save record</source>
        <translation>Зберегти формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="212"/>
        <source>Store the record polygon and its points in the store, in one step</source>
        <translation>Записати полігон формуляра та його точки у сховище за один крок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="286"/>
        <source>latitude, longitude, e.g. 40.0512, 46.9876</source>
        <translation>широта, довгота, наприклад 40.0512, 46.9876</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="287"/>
        <source>zone N/S easting northing, e.g. 38N 650000 4420000</source>
        <translation>зона N/S схід північ, наприклад 38N 650000 4420000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="288"/>
        <source>e.g. 38TNK 50000 20000</source>
        <translation>наприклад 38TNK 50000 20000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="382"/>
        <source>Row {row}: {message}</source>
        <translation>Рядок {row}: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="384"/>
        <source>({n} cells to correct in all.)</source>
        <translation>(Усього клітинок для виправлення: {n}.)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>Type or pick the start point.</source>
        <translation>Введіть або вкажіть початкову точку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>The start point cannot be read.</source>
        <translation>Початкову точку не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="391"/>
        <source>Type the turning points: bearing and distance from the point before.</source>
        <translation>Введіть поворотні точки: азимут і відстань від попередньої точки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="406"/>
        <source>Misclosure: –</source>
        <translation>Нев’язка: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="407"/>
        <source>Area: –</source>
        <translation>Площа: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="408"/>
        <source>Perimeter: –</source>
        <translation>Периметр: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="412"/>
        <source>Misclosure: {m:.3f} m ({ratio})</source>
        <translation>Нев’язка: {m:.3f} м ({ratio})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="414"/>
        <source>Area: {}</source>
        <translation>Площа: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="415"/>
        <source>Perimeter: {:.2f} m</source>
        <translation>Периметр: {:.2f} м</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="418"/>
        <source>The traverse does not close within {t:g} m: check the bearings and distances, or save and confirm closing it.</source>
        <translation>Хід не замикається в межах {t:g} м: перевірте азимути й відстані або збережіть і підтвердьте замикання.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="423"/>
        <source>Closed: {n} points, UTM zone {zone}.</source>
        <translation>Замкнено: точок {n}, зона UTM {zone}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="477"/>
        <source>Select one polygon first (a minefield record, task, hazard or any polygon layer).</source>
        <translation>Спершу виберіть один полігон (формуляр мінного поля, завдання, небезпечний район або будь-який полігональний шар).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="488"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="493"/>
        <source>{what}: {n} legs in the table, {unit} from {north}.</source>
        <translation>{what}: відрізків у таблиці {n}, {unit} від напрямку «{north}».</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="515"/>
        <source>Traverse does not close</source>
        <translation>Хід не замикається</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="523"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Спершу відкрийте або створіть сховище (панель «Розмінування»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="527"/>
        <source>The record was not saved: {}</source>
        <translation>Формуляр не збережено: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="530"/>
        <source>The record was not saved: type its source (who supplied it, or the document).</source>
        <translation>Формуляр не збережено: вкажіть його джерело (хто надав або документ).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="537"/>
        <source>The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, more than the {t:g} m allowed.

Close it (join the last point to the first) and save the record with this misclosure?</source>
        <translation>Хід не замикається: остання точка за {m:.2f} м ({ratio}) від першої, більше за допустимі {t:g} м.

Замкнути його (з’єднати останню точку з першою) і зберегти формуляр із цією нев’язкою?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="543"/>
        <source>The record was not saved: the traverse does not close within {t:g} m (misclosure {m:.2f} m).</source>
        <translation>Формуляр не збережено: хід не замикається в межах {t:g} м (нев’язка {m:.2f} м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="549"/>
        <source>Saving the minefield record</source>
        <translation>Збереження формуляра мінного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="552"/>
        <source>{layer} has unsaved edits. Save or discard them first, then save the record again.</source>
        <translation>У шарі {layer} є незбережені правки. Спершу збережіть або скасуйте їх, потім збережіть формуляр знову.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), {n} points{district}.</source>
        <translation>Формуляр мінного поля {id} збережено: {area}, нев’язка {m:.3f} м ({ratio}), точок {n}{district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>, in {}</source>
        <translation>, у {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="94"/>
        <source>Traverse</source>
        <translation>Хід</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="14"/>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="15"/>
        <source>m</source>
        <translation>м</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Invalid or self-intersecting geometry</source>
        <translation>Недійсна або самоперетинна геометрія</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Feature without geometry</source>
        <translation>Об’єкт без геометрії</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Fewer than 3 distinct vertices</source>
        <translation>Менше 3 різних вершин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate consecutive vertices</source>
        <translation>Повторювані сусідні вершини</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Vertices more than 5 km apart</source>
        <translation>Вершини далі 5 км одна від одної</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land overlapping other released land</source>
        <translation>Звільнена земля перекриває іншу звільнену землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land outside its hazard</source>
        <translation>Звільнена земля поза своїм небезпечним районом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released area larger than its hazard</source>
        <translation>Звільнена площа більша за свій небезпечний район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Stored area differs from the computed area</source>
        <translation>Записана площа відрізняється від обчисленої</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside every task and released area</source>
        <translation>Знайдений предмет поза всіма завданнями та звільненими ділянками</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Date in the future</source>
        <translation>Дата в майбутньому</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>End before start</source>
        <translation>Закінчення раніше за початок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates outside the country</source>
        <translation>Координати поза країною</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates apparently swapped (x and y)</source>
        <translation>Координати, схоже, переплутано (x та y)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Missing identifier</source>
        <translation>Немає ідентифікатора</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate identifier</source>
        <translation>Повторюваний ідентифікатор</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Identifier with leading or trailing spaces</source>
        <translation>Ідентифікатор із пробілами на початку або в кінці</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Link to a feature that does not exist</source>
        <translation>Посилання на неіснуючий об’єкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Closed hazard with area remaining</source>
        <translation>Закритий небезпечний район із залишком площі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>CHA without evidence in the store</source>
        <translation>CHA без доказів у сховищі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="243"/>
        <source>{feature} has no geometry.</source>
        <translation>{feature} не має геометрії.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="249"/>
        <source>{feature} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{feature} має координату, що не є числом (NaN або нескінченність).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="232"/>
        <source>{feature} is not a valid geometry: {error}.</source>
        <translation>{feature} — недійсна геометрія: {error}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="266"/>
        <source>{feature} has a part or ring with fewer than {n} distinct vertices.</source>
        <translation>{feature} має частину або кільце з менш ніж {n} різними вершинами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="271"/>
        <source>{feature} repeats a vertex twice in a row.</source>
        <translation>{feature} повторює вершину двічі поспіль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="290"/>
        <source>{feature} has consecutive vertices {km:.1f} km apart (more than {limit:g} km).</source>
        <translation>У {feature} сусідні вершини за {km:.1f} км одна від одної (більше {limit:g} км).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="309"/>
        <source>{feature} overlaps {other} by {m2:,.0f} m² ({ha:.4f} ha): that land would be counted twice.</source>
        <translation>{feature} перекриває {other} на {m2:,.0f} м² ({ha:.4f} га): цю землю було б враховано двічі.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="323"/>
        <source>its hazard {id}</source>
        <translation>свого небезпечного району {id}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="327"/>
        <source>every hazard area</source>
        <translation>усіх небезпечних районів</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="331"/>
        <source>{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.</source>
        <translation>У {feature} {m2:,.0f} м² ({ha:.4f} га) поза межами {what}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="342"/>
        <source>Land released in {feature} adds up to {ha:,.4f} ha, more than the hazard&apos;s {hazard_ha:,.4f} ha.</source>
        <translation>Земля, звільнена в {feature}, становить {ha:,.4f} га — більше, ніж {hazard_ha:,.4f} га небезпечного району.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="356"/>
        <source>{feature} stores {stored:,.4f} ha; its polygon measures {computed:,.4f} ha (ellipsoidal).</source>
        <translation>{feature} зберігає {stored:,.4f} га; його полігон має {computed:,.4f} га (на еліпсоїді).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="371"/>
        <source>{feature} ({category}) lies outside every clearance task and released area.</source>
        <translation>{feature} ({category}) лежить поза всіма завданнями з очищення та звільненими ділянками.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="386"/>
        <source>{feature}: {field} {date} is in the future.</source>
        <translation>{feature}: {field} {date} — у майбутньому.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="391"/>
        <source>{feature}: planned end {end} is before planned start {start}.</source>
        <translation>{feature}: планове закінчення {end} раніше за планований початок {start}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="425"/>
        <source>{feature} lies outside the country but would fall inside it with x and y swapped (latitude and longitude exchanged?).</source>
        <translation>{feature} лежить поза країною, але потрапив би в неї, якщо поміняти x та y місцями (переплутано широту й довготу?).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="430"/>
        <source>{feature} lies outside the regions&apos; extent (more than {km:g} km beyond it).</source>
        <translation>{feature} лежить поза екстентом районів (далі {km:g} км від нього).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="442"/>
        <source>{layer} fid {fid} has no identifier.</source>
        <translation>У {layer} fid {fid} немає ідентифікатора.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="447"/>
        <source>&apos;{value}&apos; is used by {n} features of {layer} (spaces and case aside).</source>
        <translation>'{value}' використовують {n} об’єктів шару {layer} (без урахування пробілів і регістру).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces.</source>
        <translation>'{value}' має пробіли на початку або в кінці.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces; &apos;{trimmed}&apos; is already taken, so it cannot be trimmed.</source>
        <translation>'{value}' має пробіли на початку або в кінці; '{trimmed}' уже зайнято, тому обрізати не можна.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="471"/>
        <source>{feature}: {field} &apos;{value}&apos; is not a {parent_field} of {parent}.</source>
        <translation>{feature}: {field} '{value}' — не {parent_field} шару {parent}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="496"/>
        <source>{feature} is closed but stores {ha:,.4f} ha remaining.</source>
        <translation>{feature} закрито, але він зберігає залишок {ha:,.4f} га.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="500"/>
        <source>{feature} is closed but {ha:,.4f} ha of it is not covered by released land.</source>
        <translation>{feature} закрито, але {ha:,.4f} га його площі не вкрито звільненою землею.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="505"/>
        <source>{feature} is a CHA but no item found, accident, mapped mine, record point or minefield record in the store lies inside it.</source>
        <translation>{feature} — CHA, але всередині нього немає ні знайденого предмета, ні нещасного випадку, ні міни за формуляром, ні точки формуляра, ні формуляра мінного поля зі сховища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="66"/>
        <source>{feature}: not fixed ({n} features have that identifier).</source>
        <translation>{feature}: не виправлено (цей ідентифікатор мають {n} об’єктів).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="71"/>
        <source>{feature}: not fixed (nothing would be left of its geometry).</source>
        <translation>{feature}: не виправлено (від його геометрії нічого б не залишилося).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="62"/>
        <source>{task} was handed over on {date} but is not completed (no completion date).</source>
        <translation>Завдання {task} передано {date}, але не завершено (немає дати завершення).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="66"/>
        <source>{task} is completed but {m2:,.0f} m² ({ha:.4f} ha) of hazard inside it is not released.</source>
        <translation>Завдання {task} завершено, але {m2:,.0f} м² ({ha:.4f} га) небезпечного району всередині нього не звільнено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="72"/>
        <source>{task} was handed over on {date} without a passed inspection.</source>
        <translation>Завдання {task} передано {date} без пройденої інспекції.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="80"/>
        <source>Inspection {inspection} of {task} failed on {date} and no later inspection passed.</source>
        <translation>Інспекцію {inspection} завдання {task} не пройдено {date}, і пізніших пройдених інспекцій немає.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over but not completed</source>
        <translation>Завдання передано, але не завершено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task completed with hazard land not released</source>
        <translation>Завдання завершено, а землю небезпечного району не звільнено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over without a passed inspection</source>
        <translation>Завдання передано без пройденої інспекції</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Failed inspection with no later pass</source>
        <translation>Непройдена інспекція без пізнішої пройденої</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item naming a task that is not in the store</source>
        <translation>Предмет вказує завдання, якого немає у сховищі</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside its task&apos;s planned dates</source>
        <translation>Предмет знайдено поза плановими датами свого завдання</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Quantity under 1</source>
        <translation>Кількість менше 1</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Depth outside 0 to 500 cm</source>
        <translation>Глибина поза діапазоном 0–500 см</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item far from every task of its team</source>
        <translation>Предмет далеко від усіх завдань своєї групи</translation>
    </message>
</context>
<context>
    <name>ValidateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="31"/>
        <source>Check store data</source>
        <translation>Перевірити дані сховища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="33"/>
        <source>Checks every layer of a project store and writes one point per finding (where the problem is: the error&apos;s place, or a point on the feature) with its severity (error or warning), layer, feature identifier, rule and message. Rules: invalid or self-intersecting geometry, missing geometry, fewer than 3 distinct vertices, duplicate consecutive vertices, vertices more than 5 km apart, released land overlapping other released land, released land outside its hazard, released area larger than its hazard, stored area_ha more than 1% off the ellipsoidal area, items found outside every task and released area, dates in the future or end before start, coordinates outside the regions&apos; extent or apparently swapped, missing, duplicate or padded identifiers, links to features that do not exist, closed hazards with area remaining, and CHAs without evidence in the store (no item found, accident, mapped mine, record point or minefield record inside them). Nothing in the store is changed.

OUTPUT: the findings. N_FINDINGS: how many.</source>
        <translation>Перевіряє кожен шар сховища проєкту й записує по точці на кожне зауваження (де проблема: місце помилки або точка на об’єкті) з важливістю (помилка чи попередження), шаром, ідентифікатором об’єкта, правилом і повідомленням. Правила: недійсна або самоперетинна геометрія, відсутня геометрія, менше 3 різних вершин, повторювані сусідні вершини, вершини далі 5 км одна від одної, звільнена земля, що перекриває іншу звільнену землю, звільнена земля поза своїм небезпечним районом, звільнена площа більша за небезпечний район, записана area_ha, що відрізняється від еліпсоїдальної площі більш ніж на 1%, знайдені предмети поза всіма завданнями та звільненими ділянками, дати в майбутньому або закінчення раніше за початок, координати поза екстентом районів або, схоже, переплутані, відсутні, повторювані ідентифікатори або ідентифікатори з пробілами, посилання на неіснуючі об’єкти, закриті небезпечні райони із залишком площі та CHA без доказів у сховищі (усередині немає ні знайденого предмета, ні нещасного випадку, ні міни за формуляром, ні точки формуляра, ні формуляра мінного поля). Сховище не змінюється.

OUTPUT: зауваження. N_FINDINGS: їхня кількість.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="51"/>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="53"/>
        <source>Number of findings</source>
        <translation>Кількість зауважень</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="54"/>
        <source>Number of errors</source>
        <translation>Кількість помилок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="67"/>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="81"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="82"/>
        <source>{} findings, {} errors.</source>
        <translation>Зауважень: {}, помилок: {}.</translation>
    </message>
</context>
<context>
    <name>_ImportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="62"/>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="73"/>
        <source>Coordinates</source>
        <translation>Координати</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="82"/>
        <source>CRS of x/y columns</source>
        <translation>СК стовпців x/y</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="83"/>
        <source>Expected UTM zone (0: no check)</source>
        <translation>Очікувана зона UTM (0: без перевірки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="94"/>
        <source>Expected area</source>
        <translation>Очікувана область</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="95"/>
        <source>Duplicate distance (m)</source>
        <translation>Відстань збігу (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="105"/>
        <source>Column mapping</source>
        <translation>Зіставлення стовпців</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="113"/>
        <source>Rows imported</source>
        <translation>Імпортовано рядків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="114"/>
        <source>Rows refused</source>
        <translation>Відхилено рядків</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="123"/>
        <source>Unknown CRS for x/y: {}</source>
        <translation>Невідома СК для x/y: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>feature</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>row</source>
        <translation>рядок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="155"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="157"/>
        <source>... and {0} more; see the report.</source>
        <translation>... і ще {0}; див. звіт.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="162"/>
        <source>{0} imported, {1} refused. Report: {2}</source>
        <translation>Імпортовано {0}, відхилено {1}. Звіт: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="190"/>
        <source>INPUT: choose the file to import.</source>
        <translation>INPUT: виберіть файл для імпорту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="159"/>
        <source>{0} imported, {1} refused ({2}). Report: {3}</source>
        <translation>Імпортовано {0}, відхилено {1} ({2}). Звіт: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="32"/>
        <source>INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). COORDINATES: auto (the file&apos;s geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone (0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the store&apos;s districts). DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the same item. MAPPING (optional): target=column pairs separated by &apos;;&apos; where the detected columns are wrong, e.g. &apos;lat=N;lon=E;category=Type&apos;. REPORT: the CSV listing refused rows (default: beside the input).

Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); the good rows are stored in one transaction and the refused ones listed with their row number and reason. A file that is not what it claims to be changes nothing.

SUBMIT (default false): keep the good rows as a submission waiting for review instead of storing them; they count nowhere until demining:review approves them. An operator of a PostGIS store always submits.

Outputs: IMPORTED and REJECTED (row counts), REPORT (path), SUBMISSION (its identifier when submitted).</source>
        <translation>INPUT: файл (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ або GPX). COORDINATES: auto (геометрія файлу, інакше стовпці широти/довготи, MGRS або x/y), latlon, xy, mgrs або geometry. XY_CRS: система координат стовпців x/y. UTM_ZONE: відхиляти рядки поза цією зоною UTM (0: без перевірки). EXTENT: відхиляти рядки поза цією областю (за замовчуванням: рядки далі ніж 1 км за межами районів сховища). DUPLICATE_M: дві позиції, ближчі за цю відстань (у файлі або порівняно зі збереженим), — той самий предмет. MAPPING (необов’язково): пари ціль=стовпець через ';', де стовпці визначено неправильно, наприклад 'lat=N;lon=E;category=Type'. REPORT: CSV зі списком відхилених рядків (за замовчуванням: поруч із вхідним файлом).

Кожен рядок перевіряється (відсутні або нечислові координати, переплутані широта/довгота, вихід за очікувану область чи зону UTM, повторювані позиції, невідомі категорії, дати, кількості, глибини); добрі рядки зберігаються в одній транзакції, а відхилені перелічуються з номером рядка й причиною. Файл, який не є тим, за що себе видає, нічого не змінює.

SUBMIT (за замовчуванням false): зберегти добрі рядки як заявку, що чекає розгляду, замість запису; вони ніде не враховуються, доки demining:review їх не затвердить. Оператор сховища PostGIS завжди подає заявку.

Виходи: IMPORTED і REJECTED (кількість рядків), REPORT (шлях), SUBMISSION (її ідентифікатор у разі подання).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="69"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подати на розгляд замість збереження (затверджує менеджер даних)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="115"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, що чекає розгляду</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="172"/>
        <source>Nothing was stored yet: the rows wait for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Поки нічого не збережено: рядки чекають розгляду як заявка {0} (demining:review затверджує або відхиляє її).</translation>
    </message>
</context>
</TS>
