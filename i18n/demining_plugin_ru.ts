<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Accidents</name>
    <message>
        <location filename="../demining_plugin/core/reports/accidents.py" line="77"/>
        <source>Activity not recorded</source>
        <translation>Вид деятельности не записан</translation>
    </message>
</context>
<context>
    <name>Accuracy</name>
    <message>
        <location filename="../demining_plugin/core/records/fit.py" line="181"/>
        <source>Judging mine maps needs SciPy, which this Python does not have: install it (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</source>
        <translation>Для оценки карт минных полей нужен SciPy, которого нет в этом Python: установите его (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/record_layers.py" line="35"/>
        <source>A layer has no valid coordinate reference system.</source>
        <translation>У слоя нет действительной системы координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="161"/>
        <source>The tolerance must be more than 0 m (got {tolerance:g}).</source>
        <translation>Допуск должен быть больше 0 м (задано {tolerance:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="164"/>
        <source>The largest offset searched ({max_offset:g} m) must be at least the tolerance ({tolerance:g} m).</source>
        <translation>Наибольшее искомое смещение ({max_offset:g} м) должно быть не меньше допуска ({tolerance:g} м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="180"/>
        <source>The mapped mines layer has no features: there is no record to judge.</source>
        <translation>В слое мин по формуляру нет объектов: нечего оценивать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="192"/>
        <source>The found items layer has no item with a position: nothing to compare the records with.</source>
        <translation>В слое найденных предметов нет предметов с положением: не с чем сравнивать формуляры.</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="215"/>
        <source>{store} records its changes since {start}; what it held at {moment} cannot be rebuilt.</source>
        <translation>{store} записывает свои изменения с {start}; его содержимое на {moment} восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="301"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="331"/>
        <source>These figures are the store&apos;s as it held them at {moment}, rebuilt from its history of changes.</source>
        <translation>Это показатели хранилища в том виде, в каком они были на {moment}, восстановленные по его истории изменений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="338"/>
        <source>Since {since}, {n} recorded changes moved these figures by {ha} ha and {items} items: {today_ha} ha and {today_items} items now, against {before_ha} ha and {before_items} items as the store held them then (demining:changessince lists them).</source>
        <translation>С {since} записанные изменения ({n}) сдвинули эти показатели на {ha} га и {items} предм.: сейчас {today_ha} га и {today_items} предм., против {before_ha} га и {before_items} предм. в хранилище на тот момент (их перечисляет demining:changessince).</translation>
    </message>
</context>
<context>
    <name>BuildDemoAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="65"/>
        <source>Build demo store</source>
        <translation>Создать демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="67"/>
        <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
        <translation>Создаёт демонстрационный сценарий (высвобождение земель вокруг Карабаха, Азербайджан, 2020–2022) в новом хранилище из фиксированного случайного зерна, на реальных границах районов, поставляемых с QGIS (Natural Earth). Рядом с хранилищем записывает проект QGIS (.qgz), который открывает его со стилями.

OUTPUT: путь к записываемому файлу .gpkg (заменяется, если существует). SEED: случайное зерно (значение по умолчанию воспроизводит опубликованные показатели).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="78"/>
        <source>Random seed</source>
        <translation>Случайное зерно</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>Demo store</source>
        <translation>Демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>Demo project</source>
        <translation>Демонстрационный проект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="85"/>
        <source>Hectares released</source>
        <translation>Высвобождено гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="86"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
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
        <translation>Проверьте перед сохранением (сохранить всё равно можно):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Item found</source>
        <translation>Найденный предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Record an item found at the point clicked.</source>
        <translation>Записать предмет, найденный в указанной точке.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="188"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="191"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="197"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="203"/>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="204"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="207"/>
        <source>Disposition</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="212"/>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="215"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="220"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="228"/>
        <source>no task here</source>
        <translation>здесь нет задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="229"/>
        <source>The smallest task (sector) under the point; the others under it are listed</source>
        <translation>Наименьшая задача (сектор) под точкой; остальные под ней перечислены</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="232"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="305"/>
        <source>outside the districts</source>
        <translation>вне районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="308"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="239"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Mine accident</source>
        <translation>Несчастный случай с миной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Record an accident at the point clicked.</source>
        <translation>Записать несчастный случай в указанной точке.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="275"/>
        <source>Occurred on</source>
        <translation>Дата происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="281"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="285"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="286"/>
        <source>The victims were civilians</source>
        <translation>Пострадавшие — гражданские лица</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="288"/>
        <source>Civilian</source>
        <translation>Гражданское лицо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="289"/>
        <source>Activity at the time</source>
        <translation>Деятельность в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="294"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="299"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="329"/>
        <source>The accident has a date in the future ({date}).</source>
        <translation>Дата несчастного случая в будущем ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="335"/>
        <source>No one killed or injured is recorded.</source>
        <translation>Не записано ни погибших, ни раненых.</translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="146"/>
        <source>Recording an item found</source>
        <translation>Запись найденного предмета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="163"/>
        <source>This item</source>
        <translation>Этот предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="181"/>
        <source>{id} ({what}) recorded</source>
        <translation>{id} ({what}) записан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="230"/>
        <source>with warnings:</source>
        <translation>с предупреждениями:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="190"/>
        <source>Recording an accident</source>
        <translation>Запись несчастного случая</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="200"/>
        <source>Accident {id} recorded: {killed} killed, {injured} injured</source>
        <translation>Несчастный случай {id} записан: погибших {killed}, раненых {injured}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="255"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Сначала откройте или создайте хранилище (панель «Разминирование»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="289"/>
        <source>At the point clicked: task {task}, {district}.</source>
        <translation>В указанной точке: задача {task}, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="293"/>
        <source>At the point clicked: task {task}, outside the districts.</source>
        <translation>В указанной точке: задача {task}, вне районов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="297"/>
        <source>At the point clicked: no task, {district}.</source>
        <translation>В указанной точке: задачи нет, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="298"/>
        <source>At the point clicked: no task, outside the districts.</source>
        <translation>В указанной точке: задачи нет, вне районов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="303"/>
        <source>in task {task} ({district}).</source>
        <translation>в задаче {task} ({district}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="307"/>
        <source>in task {task}.</source>
        <translation>в задаче {task}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="309"/>
        <source>in {district}.</source>
        <translation>в районе {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="313"/>
        <source>Saving to {}</source>
        <translation>Сохранение в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="316"/>
        <source>{layer} has unsaved edits. Save or discard them first, then record the point again.</source>
        <translation>В слое {layer} есть несохранённые правки. Сначала сохраните или отмените их, затем запишите точку снова.</translation>
    </message>
</context>
<context>
    <name>ChangesSinceAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="50"/>
        <source>Changes since a date</source>
        <translation>Изменения с даты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="52"/>
        <source>Why today&apos;s figures for a period differ from the figures published earlier: every released polygon, item found, route or accident added, changed or deleted after SINCE that moved the period&apos;s hectares released or items found, with who changed it, when and with which application, and the hectares and items it moved. The rows add up exactly (to the square metre) to today&apos;s figure minus the figure the store had at SINCE (demining:periodreport with AS_OF = SINCE).</source>
        <translation>Почему сегодняшние показатели за период отличаются от опубликованных ранее: каждый высвобожденный полигон, найденный предмет, дорога или несчастный случай, добавленные, изменённые или удалённые после SINCE и сдвинувшие высвобожденные гектары или найденные предметы периода, — кто изменил, когда и каким приложением, и на сколько гектаров и предметов. Сумма строк точно (до квадратного метра) равна сегодняшнему показателю минус показатель хранилища на момент SINCE (demining:periodreport с AS_OF = SINCE).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="61"/>
        <source>SINCE: a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS], local time unless a zone such as +04:00 or Z is given. DATE_FROM, DATE_TO: the period, YYYY-MM-DD, both inclusive (empty: all dates). OUTPUT: a table, one row per change that moved a figure (released_ha, items). MOVED_HA, MOVED_ITEMS: their sums; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: the period&apos;s figures then and now.</source>
        <translation>SINCE: дата и время, ГГГГ-ММ-ДД (конец этого дня) или ГГГГ-ММ-ДДTЧЧ:ММ[:СС], местное время, если не указан пояс, например +04:00 или Z. DATE_FROM, DATE_TO: период, ГГГГ-ММ-ДД, обе включительно (пусто: все даты). OUTPUT: таблица, по строке на каждое изменение, сдвинувшее показатель (released_ha, items). MOVED_HA, MOVED_ITEMS: их суммы; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: показатели периода тогда и сейчас.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="71"/>
        <source>Since (date and time)</source>
        <translation>С момента (дата и время)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="72"/>
        <source>Period from (YYYY-MM-DD, inclusive)</source>
        <translation>Период с (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="74"/>
        <source>Period to (YYYY-MM-DD, inclusive)</source>
        <translation>Период по (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="76"/>
        <source>Changes since</source>
        <translation>Изменения с момента</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares moved</source>
        <translation>Сдвиг гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items moved</source>
        <translation>Сдвиг предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares then</source>
        <translation>Гектаров тогда</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items then</source>
        <translation>Предметов тогда</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares now</source>
        <translation>Гектаров сейчас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items now</source>
        <translation>Предметов сейчас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="90"/>
        <source>SINCE is needed: the date and time the figures are compared with.</source>
        <translation>Нужен SINCE: дата и время, с которыми сравниваются показатели.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="97"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By severity</source>
        <translation>По важности</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By layer</source>
        <translation>По слою</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By rule</source>
        <translation>По правилу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="47"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="48"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="67"/>
        <source>Demining checks of {}</source>
        <translation>Проверки разминирования: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="79"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="87"/>
        <source>Run checks</source>
        <translation>Запустить проверки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="90"/>
        <source>Check every layer of the store (geometry, released land, links, dates, identifiers); nothing is changed.</source>
        <translation>Проверить все слои хранилища (геометрия, высвобожденная земля, связи, даты, идентификаторы); ничего не изменяется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="94"/>
        <source>Fix selected</source>
        <translation>Исправить выбранное</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="96"/>
        <source>Apply the safe fix of the selected findings (or of all findings of a selected group) in one step; Undo Last Release takes it back.</source>
        <translation>Применить безопасное исправление выбранных замечаний (или всех замечаний выбранной группы) за один шаг; «Отменить последнее высвобождение» возвращает его назад.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="281"/>
        <source>Run the checks to list problems in the store.</source>
        <translation>Запустите проверки, чтобы получить список проблем хранилища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="134"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Сначала откройте или создайте хранилище (панель «Разминирование»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="141"/>
        <source>Checking {}…</source>
        <translation>Проверка {}…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="155"/>
        <source>The checks failed: {}</source>
        <translation>Проверки не удались: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="158"/>
        <source>Checks cancelled.</source>
        <translation>Проверки отменены.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="167"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="169"/>
        <source>{n} findings: {e} errors, {w} warnings; {f} with a safe fix.</source>
        <translation>Замечаний: {n}; ошибок: {e}, предупреждений: {w}; с безопасным исправлением: {f}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="197"/>
        <source>Safe fix: {}</source>
        <translation>Безопасное исправление: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="233"/>
        <source>{} has no place on the map.</source>
        <translation>У {} нет места на карте.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="244"/>
        <source>Cannot show {} on this map: {}</source>
        <translation>Невозможно показать {} на этой карте: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="256"/>
        <source>Select findings that have a safe fix.</source>
        <translation>Выберите замечания, у которых есть безопасное исправление.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="259"/>
        <source>Fixing {} findings</source>
        <translation>Исправление замечаний: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="264"/>
        <source>Nothing to fix.</source>
        <translation>Нечего исправлять.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="268"/>
        <source>Fixed {n} findings ({rules})</source>
        <translation>Исправлено замечаний: {n} ({rules})</translation>
    </message>
</context>
<context>
    <name>ClearanceDock</name>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Task</source>
        <translation>Задача</translation>
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
        <translation>Высвобождено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="89"/>
        <source>Clearance</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw released land</source>
        <translation>Нарисовать высвобожденную землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
        <translation>Нарисуйте на карте высвобожденную землю (действует привязка); правый щелчок или Enter завершает, Ctrl+Z отменяет последнее высвобождение.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Mark selected tasks released…</source>
        <translation>Отметить выбранные задачи высвобожденными…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Record the selected tasks or sectors as released land.</source>
        <translation>Записать выбранные задачи или секторы как высвобожденную землю.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide into sectors…</source>
        <translation>Разделить на секторы…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide the selected task into numbered sectors.</source>
        <translation>Разделить выбранную задачу на пронумерованные секторы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Undo last release</source>
        <translation>Отменить последнее высвобождение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Take back the last release or sector division, all of it.</source>
        <translation>Отменить последнее высвобождение или деление на секторы целиком.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="125"/>
        <source>Planned hectares</source>
        <translation>Запланировано гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="126"/>
        <source>Hectares released in the task</source>
        <translation>Гектаров высвобождено в задаче</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="197"/>
        <source>No store open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="199"/>
        <source>More than {n} tasks in view: zoom in to list them.</source>
        <translation>В окне карты более {n} задач: приблизьте карту, чтобы увидеть список.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="203"/>
        <source>{n} tasks in the map view</source>
        <translation>Задач в окне карты: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="245"/>
        <source>Select one task to divide (in this list or on the map).</source>
        <translation>Выберите одну задачу для деления (в этом списке или на карте).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Hazard rank</source>
        <translation>Ранг опасного района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="127"/>
        <source>Rank of the task&apos;s hazard in the hazard priorities layer of the project (demining:priorities); click to sort the tasks by it</source>
        <translation>Ранг опасного района задачи в слое приоритетов опасных районов проекта (demining:priorities); щёлкните, чтобы отсортировать задачи по нему</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source>{0} completion report(s), {1}{2}</source>
        <translation>Отчётов о завершении: {0}, {1}{2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source> with handover certificates</source>
        <translation> с актами передачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="53"/>
        <source>Completion reports cancelled.</source>
        <translation>Отчёты о завершении отменены.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="85"/>
        <source>The layout template {0} is missing from the plugin.</source>
        <translation>Шаблон макета {0} отсутствует в модуле.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="100"/>
        <source>Task outline</source>
        <translation>Контур задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="102"/>
        <source>Land handed over</source>
        <translation>Переданная земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="105"/>
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="106"/>
        <source>Corners</source>
        <translation>Углы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="168"/>
        <source>The layout template {0} cannot be read.</source>
        <translation>Шаблон макета {0} не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="169"/>
        <source>Completion report</source>
        <translation>Отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="175"/>
        <source>The layout template has no item &apos;{0}&apos;.</source>
        <translation>В шаблоне макета нет элемента '{0}'.</translation>
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
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Hectares</source>
        <translation>Гектары</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Disposition</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspection</source>
        <translation>Инспекция</translation>
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
        <translation>Кто проверял</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Items</source>
        <translation>Предметы</translation>
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
        <translation>… ещё строк: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Easting</source>
        <translation>Восток (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Northing</source>
        <translation>Север (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="53"/>
        <source>OUTPUT must be a .gpkg or .geojson file, not {0}.</source>
        <translation>OUTPUT должен быть файлом .gpkg или .geojson, а не {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="56"/>
        <source>Folder {0} does not exist.</source>
        <translation>Папка {0} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="80"/>
        <source>Not handed over or without released land, no parcel: {0}</source>
        <translation>Не переданы или без высвобожденной земли, участка нет: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="83"/>
        <source>None of the chosen tasks was handed over with released land ({0}); nothing was written.</source>
        <translation>Ни одна из выбранных задач не передана с высвобожденной землёй ({0}); ничего не записано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="97"/>
        <source>Writing {0} failed: {1}</source>
        <translation>Запись {0} не удалась: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>Completion report {0}</source>
        <translation>Отчёт о завершении {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>IMAS 08.30 completion of a land release task</source>
        <translation>IMAS 08.30: завершение задачи по высвобождению земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="60"/>
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>{0} · {1} · status {2}</source>
        <translation>{0} · {1} · статус: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="66"/>
        <source>Hazard</source>
        <translation>Опасный район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="67"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="68"/>
        <source>Organisation and team</source>
        <translation>Организация и группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>planned {0} to {1}; land released {2} to {3}; completed {4}; handed over {5}</source>
        <translation>план: с {0} по {1}; высвобождение земли: с {2} по {3}; завершено: {4}; передано: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="79"/>
        <source>WARNING: printed with unresolved checks</source>
        <translation>ВНИМАНИЕ: напечатано с нерешёнными замечаниями проверок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="86"/>
        <source>Grid: {0}, grid north up. Released land hatched by method; the task outline and its numbered turning points in bold; BM: benchmark.</source>
        <translation>Сетка: {0}, север сетки вверху. Высвобожденная земля заштрихована по методу; контур задачи и её пронумерованные поворотные точки выделены жирным; Рп: репер.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="94"/>
        <source>Total (counted once)</source>
        <translation>Итого (учтено один раз)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="106"/>
        <source>QA visit</source>
        <translation>Визит QA</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="107"/>
        <source>QC sample</source>
        <translation>Выборка QC</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="123"/>
        <source>{0} ({1:,} in total)</source>
        <translation>{0} (всего {1:,})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="128"/>
        <source>none recorded in the hazard during the task</source>
        <translation>в опасном районе за время задачи не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>{0} on {1}: {2} killed, {3} injured ({4}, {5})</source>
        <translation>{0}, {1}: погибло {2}, ранено {3} ({4}, {5})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>civilian</source>
        <translation>мирные жители</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>not civilian</source>
        <translation>не мирные жители</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="138"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>Hectares released</source>
        <translation>Высвобождено гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>{0:,.2f} ha, every square metre counted once (true areas on the WGS 84 ellipsoid)</source>
        <translation>{0:,.2f} га, каждый квадратный метр учтён один раз (истинные площади на эллипсоиде WGS 84)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="149"/>
        <source>Clearance depth</source>
        <translation>Глубина очистки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="150"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="151"/>
        <source>Accidents during the task</source>
        <translation>Несчастные случаи во время задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>Hazard remaining</source>
        <translation>Остаток опасного района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>{0} of hazard {1} not yet released</source>
        <translation>{0} опасного района {1} ещё не высвобождено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>women {0}, men {1}, girls {2}, boys {3} ({4} in total)</source>
        <translation>женщины: {0}, мужчины: {1}, девочки: {2}, мальчики: {3} (всего {4})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="157"/>
        <source>Land use after release</source>
        <translation>Землепользование после высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="163"/>
        <source>Printed {0} from store {1}.</source>
        <translation>Напечатано {0} из хранилища {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Land handover certificate</source>
        <translation>Акт передачи земли</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Task {0} · IMAS 08.30</source>
        <translation>Задача {0} · IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>{0} on {1}, {2}: {3}</source>
        <translation>{0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="184"/>
        <source>The land shown below, {0:,.2f} ha (true area on the WGS 84 ellipsoid), released by task {1} in hazard {2}, district {3}, by {4} ({5}), is handed over on {6} to {7} for use as {8}.</source>
        <translation>Земля, показанная ниже, площадью {0:,.2f} га (истинная площадь на эллипсоиде WGS 84), высвобожденная задачей {1} в опасном районе {2}, район {3}, организацией {4} ({5}), передаётся {6} получателю {7}; целевое назначение: {8}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="192"/>
        <source>Released by method</source>
        <translation>Высвобождено по методам</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="193"/>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="194"/>
        <source>Last inspection</source>
        <translation>Последняя инспекция</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="199"/>
        <source>The land was released with all reasonable effort, to the standards in force. No land can be declared free of every explosive item: anyone who finds a suspicious object must not touch it, must mark the place and must report it to the national mine action authority at once.</source>
        <translation>Земля высвобождена с приложением всех разумных усилий в соответствии с действующими стандартами. Никакую землю нельзя объявить полностью свободной от взрывоопасных предметов: любой, кто найдёт подозрительный предмет, не должен его трогать, должен обозначить место и немедленно сообщить в национальный орган по противоминной деятельности.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="207"/>
        <source>Residual risk</source>
        <translation>Остаточный риск</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="213"/>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="214"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="215"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
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
        <translation>Организация, высвободившая землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>National mine action authority</source>
        <translation>Национальный орган по противоминной деятельности</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Recipient (local authority or land user)</source>
        <translation>Получатель (местный орган власти или землепользователь)</translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="23"/>
        <source>Completion reports: {0} task(s)</source>
        <translation>Отчёты о завершении: задач — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="28"/>
        <source>Print Completion Report…</source>
        <translation>Печать отчёта о завершении…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="30"/>
        <source>Choose where to write the completion reports.</source>
        <translation>Выберите, куда записать отчёты о завершении.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="31"/>
        <source>Printing {0} completion report(s) to {1}</source>
        <translation>Печать отчётов о завершении ({0}) в {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="32"/>
        <source>{0} completion report page(s) written to {1}</source>
        <translation>Страниц отчётов о завершении записано в {1}: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="33"/>
        <source>Printing completion reports</source>
        <translation>Печать отчётов о завершении</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="34"/>
        <source>Completion reports cancelled.</source>
        <translation>Отчёты о завершении отменены.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="52"/>
        <source>Printing with {0} warning(s) on the pages: {1}</source>
        <translation>Печать с предупреждениями на страницах ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="23"/>
        <source>Print Completion Report</source>
        <translation>Печать отчёта о завершении</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="33"/>
        <source>Add the handover certificate (second page)</source>
        <translation>Добавить акт передачи (вторая страница)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="35"/>
        <source>Certificate</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="36"/>
        <source>Print PDF</source>
        <translation>Печать в PDF</translation>
    </message>
</context>
<context>
    <name>CompletionReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="21"/>
        <source>Completion reports and handover certificates (PDF)</source>
        <translation>Отчёты о завершении и акты передачи (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="23"/>
        <source>Prints, per clearance task, a completion report (IMAS 08.30): the task, its hazard, district, organisation, team and dates; a map of the released land hatched by method over the hazard; the benchmark and turning points (easting, northing, latitude, longitude, MGRS); hectares by method and technique (true WGS 84 areas, every square metre once); clearance depth; items found by category and model with their disposition; accidents during the task; the inspections (IMAS 09.20) and their results; the hazard&apos;s remaining area. With HANDOVER, a second page: the handover certificate (the land handed over on a map, its area and corner coordinates, the recipient and land use, the residual risk and signature blocks for the releasing organisation, the national authority and the recipient).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 or A3. A task the handover checks find fault with (handed over but not completed, completed with hazard land left, handed over without a passed inspection, a failed inspection with no later pass) is printed with the warning on its pages.

OUTPUT: a .pdf file, or a folder for one PDF per task (completion_&lt;task id&gt;.pdf). PAGES: pages written; WARNINGS: the number of warnings printed.</source>
        <translation>Печатает для каждой задачи по очистке отчёт о завершении (IMAS 08.30): задача, её опасный район, район, организация, группа и даты; карта высвобожденной земли, заштрихованной по методу, поверх опасного района; репер и поворотные точки (восточная и северная координаты, широта, долгота, MGRS); гектары по методу и способу (истинные площади WGS 84, каждый квадратный метр один раз); глубина очистки; найденные предметы по категории и модели с их утилизацией; несчастные случаи во время задачи; инспекции (IMAS 09.20) и их результаты; оставшаяся площадь опасного района. С HANDOVER — вторая страница: акт передачи (переданная земля на карте, её площадь и координаты углов, получатель и землепользование, остаточный риск и блоки подписей высвободившей организации, национального органа и получателя).

TASK_IDS: идентификаторы задач через запятую (например, T-0001, T-0002); или EXPRESSION: фильтр по clearance_tasks (например, &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 или A3. Задача, в которой проверки передачи находят нарушения (передана, но не завершена; завершена, а земля опасного района осталась; передана без пройденной инспекции; непройденная инспекция без последующей пройденной), печатается с предупреждением на своих страницах.

OUTPUT: файл .pdf или папка для отдельного PDF на каждую задачу (completion_&lt;task id&gt;.pdf). PAGES: записано страниц; WARNINGS: число напечатанных предупреждений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="43"/>
        <source>Add the handover certificate</source>
        <translation>Добавить акт передачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="46"/>
        <source>Warnings printed</source>
        <translation>Напечатано предупреждений</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="58"/>
        <source>Printed with a warning: {0}</source>
        <translation>Напечатано с предупреждением: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="59"/>
        <source>{0} page(s): {1}</source>
        <translation>Страниц: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="216"/>
        <source>Saving styles in {store_name} failed: {error}</source>
        <translation>Сохранение стилей в {store_name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/copy.py" line="59"/>
        <source>The copy must go to another store than its source.</source>
        <translation>Копировать нужно в другое хранилище, а не в исходное.</translation>
    </message>
</context>
<context>
    <name>CopyStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="105"/>
        <source>Copy project store</source>
        <translation>Копировать хранилище проекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="124"/>
        <source>Copy to (.gpkg path or PostGIS location)</source>
        <translation>Копировать в (путь .gpkg или расположение PostGIS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="125"/>
        <source>Replace an existing target</source>
        <translation>Заменить существующую цель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="126"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="127"/>
        <source>Features copied</source>
        <translation>Скопировано объектов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="128"/>
        <source>Styles copied</source>
        <translation>Скопировано стилей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="138"/>
        <source>TARGET is empty: give a .gpkg path or a PostGIS location.</source>
        <translation>TARGET пуст: укажите путь .gpkg или расположение PostGIS.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="107"/>
        <source>Copies a whole project store into a new store, GeoPackage to PostGIS or back, without loss: every feature of every layer with its identifier, attributes and geometry, the styles and forms saved in the store, its metadata (data model version, CRS, creation facts), its history of changes (demining_history: the copy rebuilds the same figures as of any moment) and its submissions, pending and decided (demining_submissions). The features are written in one transaction; a failed copy leaves no target.</source>
        <translation>Копирует всё хранилище проекта в новое хранилище — из GeoPackage в PostGIS или обратно — без потерь: каждый объект каждого слоя с его идентификатором, атрибутами и геометрией, стили и формы, сохранённые в хранилище, его метаданные (версия модели данных, система координат, сведения о создании), его историю изменений (demining_history: копия восстанавливает те же показатели на любой момент) и его заявки, как ожидающие рассмотрения, так и рассмотренные (demining_submissions). Объекты записываются в одной транзакции; если копирование не удалось, цель не создаётся.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="116"/>
        <source>TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied), STYLES (saved styles copied), HISTORY (history rows copied) and SUBMISSIONS (submissions copied).</source>
        <translation>TARGET: куда поместить копию — путь .gpkg или расположение PostGIS, записанное тем же способом. OVERWRITE: заменить существующий целевой файл или схему. Выводит FEATURES (скопированные объекты), STYLES (скопированные сохранённые стили), HISTORY (скопированные строки истории) и SUBMISSIONS (скопированные заявки).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="129"/>
        <source>History rows copied</source>
        <translation>Скопировано строк истории</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="130"/>
        <source>Submissions copied</source>
        <translation>Скопировано заявок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="141"/>
        <source>Copied {features} features, {styles} styles, {history} history rows and {submissions} submissions into {target}.</source>
        <translation>В {target} скопировано: объектов — {features}, стилей — {styles}, строк истории — {history}, заявок — {submissions}.</translation>
    </message>
</context>
<context>
    <name>CreateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="23"/>
        <source>Create project store</source>
        <translation>Создать хранилище проекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="41"/>
        <source>Layer CRS</source>
        <translation>Система координат слоёв</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="42"/>
        <source>Replace an existing file</source>
        <translation>Заменить существующий файл</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>Store</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="44"/>
        <source>Data model version</source>
        <translation>Версия модели данных</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="51"/>
        <source>Unknown coordinate reference system: {}</source>
        <translation>Неизвестная система координат: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="58"/>
        <source>Created store {} ({})</source>
        <translation>Создано хранилище {} ({})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="25"/>
        <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.

OUTPUT may also be a PostGIS location (pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): the store is then made as that schema of the database, with the same layers, an edit history kept by triggers, and styles and forms saved in the database&apos;s layer_styles table.</source>
        <translation>Создаёт пустое хранилище проекта Demining: GeoPackage со всеми слоями модели данных (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), у каждого из которых в файле сохранены стиль по умолчанию (цвета IMAS 07.11) и форма атрибутов.

OUTPUT: путь к новому файлу .gpkg. CRS: система координат слоёв (по умолчанию EPSG:4326). Существующий файл заменяется, только если задан OVERWRITE.

OUTPUT может быть и расположением PostGIS (pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt; или postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): тогда хранилище создаётся как эта схема базы данных, с теми же слоями, историей правок, которую ведут триггеры, и стилями и формами в таблице layer_styles базы данных.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="45"/>
        <source>Connect without a password in the location: a PostgreSQL connection saved in QGIS (pg:connection=&apos;&lt;name&gt;&apos; schema=&lt;schema&gt;), or a pg_service.conf service (pg:service=&lt;name&gt; schema=&lt;schema&gt;) with the password in ~/.pgpass.</source>
        <translation>Подключайтесь без пароля в расположении: через подключение PostgreSQL, сохранённое в QGIS (pg:connection='&lt;name&gt;' schema=&lt;schema&gt;), или через службу pg_service.conf (pg:service=&lt;name&gt; schema=&lt;schema&gt;) с паролем в ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="113"/>
        <source>{reason} A password is never written into a project, a layer or a log, so this location cannot be used. {ways} Or enter QGIS&apos;s master password first (the desktop asks for it when a store is opened; qgis_process reads it from the file named by QGIS_AUTH_PASSWORD_FILE), and the password then goes into QGIS&apos;s authentication database.</source>
        <translation>{reason} Пароль никогда не записывается в проект, слой или журнал, поэтому это расположение использовать нельзя. {ways} Или сначала введите мастер-пароль QGIS (настольная версия запрашивает его при открытии хранилища; qgis_process читает его из файла, указанного в QGIS_AUTH_PASSWORD_FILE), и тогда пароль попадёт в базу данных аутентификации QGIS.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="142"/>
        <source>QGIS&apos;s authentication database is not available ({reason}). {ways}</source>
        <translation>База данных аутентификации QGIS недоступна ({reason}). {ways}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="171"/>
        <source>The PostGIS location holds a password, and QGIS&apos;s master password has not been entered in this session.</source>
        <translation>Расположение PostGIS содержит пароль, а мастер-пароль QGIS в этом сеансе не введён.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="184"/>
        <source>QGIS&apos;s authentication database did not take the password.</source>
        <translation>База данных аутентификации QGIS не приняла пароль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="195"/>
        <source>The store&apos;s user name and password are kept in QGIS&apos;s authentication database (configuration {authcfg}), and QGIS&apos;s master password has not been entered in this session: open the store in the QGIS desktop, which asks for it, or give qgis_process the file named by QGIS_AUTH_PASSWORD_FILE.</source>
        <translation>Имя пользователя и пароль хранилища записаны в базе данных аутентификации QGIS (конфигурация {authcfg}), а мастер-пароль QGIS в этом сеансе не введён: откройте хранилище в настольной версии QGIS, которая его запросит, или передайте qgis_process файл, указанный в QGIS_AUTH_PASSWORD_FILE.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="203"/>
        <source>QGIS&apos;s authentication database has no configuration {authcfg} (the store&apos;s user name and password): add it again in Settings &gt; Options &gt; Authentication, or open the store with its password typed once more.</source>
        <translation>В базе данных аутентификации QGIS нет конфигурации {authcfg} (имя пользователя и пароль хранилища): добавьте её снова в меню Настройки &gt; Параметры &gt; Аутентификация или откройте хранилище, ещё раз введя его пароль.</translation>
    </message>
</context>
<context>
    <name>DeminingAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="17"/>
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="16"/>
        <source>Project store</source>
        <translation>Хранилище проекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="18"/>
        <source>Totals and reports</source>
        <translation>Итоги и отчёты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="20"/>
        <source>Mine maps</source>
        <translation>Карты минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="21"/>
        <source>Field maps</source>
        <translation>Карты для поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="19"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="22"/>
        <source>Completion and handover</source>
        <translation>Завершение и передача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="30"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
</context>
<context>
    <name>DeminingDock</name>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="58"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="98"/>
        <source>Recompute the figures from the store</source>
        <translation>Пересчитать показатели по хранилищу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>New store…</source>
        <translation>Новое хранилище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
        <translation>Создать пустое хранилище Demining (GeoPackage) и добавить его в проект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Open store…</source>
        <translation>Открыть хранилище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Добавить в проект слои существующего хранилища Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Load demo</source>
        <translation>Загрузить демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
        <translation>Открыть демонстрационный сценарий (Карабах, 2020–2022), при необходимости сначала создав его</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="132"/>
        <source>Building the demo… %p%</source>
        <translation>Создание демо… %p%</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="138"/>
        <source>Headline figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="160"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="219"/>
        <source>No store open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="221"/>
        <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
        <translation>Создайте новое хранилище, откройте существующее или загрузите демо, чтобы увидеть здесь его показатели.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="230"/>
        <source>Data model version {version} · {crs}</source>
        <translation>Версия модели данных {version} · {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="232"/>
        <source>Reading store {}</source>
        <translation>Чтение хранилища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="241"/>
        <source>Computing figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="244"/>
        <source>The figures could not be computed; see the message log.</source>
        <translation>Не удалось рассчитать показатели; см. журнал сообщений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Land released</source>
        <translation>Высвобождено земель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Cancelled, reduced and cleared land; overlaps counted once</source>
        <translation>Исключённые, сокращённые и очищенные земли; перекрытия учитываются один раз</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Mines, UXO and other items found (sum of quantities)</source>
        <translation>Найденные мины, НВБ и другие предметы (сумма количеств)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="268"/>
        <source>Cleared routes</source>
        <translation>Очищенные дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians killed</source>
        <translation>Погибло мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians injured</source>
        <translation>Ранено мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="280"/>
        <source>All dates, saved data.</source>
        <translation>Все даты, сохранённые данные.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Reduced</source>
        <translation>Сокращено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cancelled</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AP mines</source>
        <translation>ПП мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AT mines</source>
        <translation>ПТ мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>UXO</source>
        <translation>НВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AXO</source>
        <translation>ОВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>IEDs</source>
        <translation>СВУ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Submunitions</source>
        <translation>Суббоеприпасы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Other items</source>
        <translation>Прочие предметы</translation>
    </message>
</context>
<context>
    <name>DeminingPlugin</name>
    <message>
        <location filename="../demining_plugin/plugin.py" line="88"/>
        <source>Demining Panel</source>
        <translation>Панель «Разминирование»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="118"/>
        <source>Show or hide the Demining panel</source>
        <translation>Показать или скрыть панель «Разминирование»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="89"/>
        <source>New Store…</source>
        <translation>Новое хранилище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="119"/>
        <source>Create an empty Demining store and add it to the project</source>
        <translation>Создать пустое хранилище Demining и добавить его в проект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="90"/>
        <source>Open Store…</source>
        <translation>Открыть хранилище…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="120"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Добавить в проект слои существующего хранилища Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="91"/>
        <source>Load Demo</source>
        <translation>Загрузить демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="121"/>
        <source>Open the demo scenario, building it first if needed</source>
        <translation>Открыть демонстрационный сценарий, при необходимости сначала создав его</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="92"/>
        <source>Clearance Panel</source>
        <translation>Панель «Очистка»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="122"/>
        <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
        <translation>Показать или скрыть панель «Очистка» (задачи в окне карты, инструменты высвобождения)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="93"/>
        <source>Draw Released Land</source>
        <translation>Нарисовать высвобожденную землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="124"/>
        <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
        <translation>Нарисовать на карте высвобожденную землю; она обрезается по опасным районам и никогда не учитывается дважды</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="94"/>
        <source>Mark Selected Tasks Released…</source>
        <translation>Отметить выбранные задачи высвобожденными…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="126"/>
        <source>Record the selected tasks or sectors as released</source>
        <translation>Записать выбранные задачи или секторы как высвобожденные</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="95"/>
        <source>Divide into Sectors…</source>
        <translation>Разделить на секторы…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="127"/>
        <source>Divide the selected task into numbered sectors</source>
        <translation>Разделить выбранную задачу на пронумерованные секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="96"/>
        <source>Undo Last Release</source>
        <translation>Отменить последнее высвобождение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="128"/>
        <source>Take back the whole of the last release or sector division</source>
        <translation>Отменить целиком последнее высвобождение или деление на секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="97"/>
        <source>Clearance Totals</source>
        <translation>Итоги очистки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="129"/>
        <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
        <translation>Показать или скрыть панель итогов очистки (гектары, предметы, дороги, несчастные случаи по районам, методам, группам или периодам)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="98"/>
        <source>Period Report…</source>
        <translation>Отчёт за период…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="131"/>
        <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
        <translation>Записать отчёт хранилища за период (текст и таблица) в формате .md, .html или .txt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="256"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="257"/>
        <source>&amp;Demining</source>
        <translation>&amp;Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="101"/>
        <source>Open PostGIS Store…</source>
        <translation>Открыть хранилище PostGIS…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="138"/>
        <source>Add the layers of a Demining store kept in a PostGIS database to the project</source>
        <translation>Добавить в проект слои хранилища Demining из базы данных PostGIS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="102"/>
        <source>Feature History…</source>
        <translation>История объекта…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="140"/>
        <source>Who changed the selected feature, what and when (PostGIS stores)</source>
        <translation>Кто, что и когда изменил в выбранном объекте (хранилища PostGIS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="106"/>
        <source>Import Mine Map…</source>
        <translation>Импорт карты минного поля…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="147"/>
        <source>Import a supplied mine map (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</source>
        <translation>Импортировать полученную карту минного поля (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="107"/>
        <source>Import Items Found…</source>
        <translation>Импорт найденных предметов…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="149"/>
        <source>Import items found from a team&apos;s file</source>
        <translation>Импортировать найденные предметы из файла группы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="108"/>
        <source>Import Accidents…</source>
        <translation>Импорт несчастных случаев…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="150"/>
        <source>Import mine and UXO accidents from a file</source>
        <translation>Импортировать несчастные случаи с минами и ВОП из файла</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="109"/>
        <source>Print Field Map…</source>
        <translation>Печать полевой карты…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="151"/>
        <source>Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one in the Layout Designer</source>
        <translation>Напечатать полевые карты выбранных задач (или задач по выражению) в PDF или открыть одну в дизайнере макетов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="99"/>
        <source>Minefield Record Traverse…</source>
        <translation>Ход формуляра минного поля…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="133"/>
        <source>Show or hide the traverse entry panel: a paper minefield record&apos;s turning points as bearing and distance, previewed on the map and saved as a minefield record</source>
        <translation>Показать или скрыть панель ввода хода: поворотные точки бумажного формуляра минного поля как азимут и расстояние, с просмотром на карте и сохранением как формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="100"/>
        <source>Mine Maps</source>
        <translation>Карты минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="136"/>
        <source>Show or hide the Mine maps panel (how accurate each supplied minefield record is)</source>
        <translation>Показать или скрыть панель «Карты минных полей» (насколько точен каждый полученный формуляр)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="113"/>
        <source>Data Checks</source>
        <translation>Проверки данных</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="161"/>
        <source>Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)</source>
        <translation>Показать или скрыть панель «Проверки» (повреждённая геометрия, дважды учтённая земля, висячие связи, ...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="103"/>
        <source>Items Found Panel</source>
        <translation>Панель найденных предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="142"/>
        <source>Show or hide the Items found panel (latest items, filters, counts by category)</source>
        <translation>Показать или скрыть панель «Найденные предметы» (последние предметы, фильтры, количество по категориям)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="104"/>
        <source>Record Item Found</source>
        <translation>Записать найденный предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="144"/>
        <source>Click on the map where an item was found; task and district are filled in from the point</source>
        <translation>Щёлкните на карте там, где найден предмет; задача и район заполняются по точке</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="105"/>
        <source>Record Accident</source>
        <translation>Записать несчастный случай</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="146"/>
        <source>Click on the map where a mine accident happened</source>
        <translation>Щёлкните на карте там, где произошёл несчастный случай с миной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="111"/>
        <source>Package for the Field…</source>
        <translation>Пакет для полевых работ…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="156"/>
        <source>Package the selected tasks for a team&apos;s tablet (QField): a project with the context around them and forms for items found, released land and the daily log</source>
        <translation>Упаковать выбранные задачи для планшета группы (QField): проект с контекстом вокруг них и формами для найденных предметов, высвобожденной земли и ежедневного журнала</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="112"/>
        <source>Merge Field Results…</source>
        <translation>Объединить полевые результаты…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="159"/>
        <source>Merge what a team brought back in a field package (folder or .zip): shown before it is stored, by the desktop&apos;s rules</source>
        <translation>Объединить то, что группа привезла в полевом пакете (папка или .zip): с предпросмотром перед сохранением, по правилам настольной версии</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="110"/>
        <source>Print Completion Report…</source>
        <translation>Печать отчёта о завершении…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="114"/>
        <source>Review Submissions</source>
        <translation>Рассмотрение заявок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="153"/>
        <source>Print the completion report and handover certificate of the selected tasks (IMAS 08.30) to PDF, with the handover checks&apos; warnings</source>
        <translation>Напечатать в PDF отчёт о завершении и акт передачи выбранных задач (IMAS 08.30) с предупреждениями проверок передачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="163"/>
        <source>Show or hide the Review panel: imports, releases and field merges submitted for review, to approve or reject</source>
        <translation>Показать или скрыть панель «Рассмотрение»: импорты, высвобождения и объединения полевых результатов, поданные на рассмотрение, для утверждения или отклонения</translation>
    </message>
</context>
<context>
    <name>DeminingTasks</name>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="129"/>
        <source>Demining figures of {}</source>
        <translation>Показатели Demining для {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="152"/>
        <source>Building the Demining demo</source>
        <translation>Создание демо Demining</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../demining_plugin/demo/scenario.py" line="47"/>
        <source>Demo scenario file {path} is missing from the plugin.</source>
        <translation>Файл сценария демо {path} отсутствует в модуле.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="102"/>
        <source>Building the demo store was cancelled.</source>
        <translation>Создание демо-хранилища отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="35"/>
        <source>District boundaries not found: {path} (layer {layer}).</source>
        <translation>Границы районов не найдены: {path} (слой {layer}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="57"/>
        <source>Districts not found in {path_name}: {missing}</source>
        <translation>Районы не найдены в {path_name}: {missing}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="99"/>
        <source>Could not lay out enough hazard areas in {name}.</source>
        <translation>Не удалось разместить достаточно опасных районов в {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="225"/>
        <source>Not enough hazard area in {district} for the demo&apos;s cleared land.</source>
        <translation>В {district} недостаточно опасных районов для очищенной земли демо.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="61"/>
        <source>Could not place the supplied records in {district}.</source>
        <translation>Не удалось разместить полученные формуляры в {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="154"/>
        <source>No land cleared in {district} during the demo week.</source>
        <translation>В {district} за демонстрационную неделю не очищено земли.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="171"/>
        <source>The demo&apos;s supplied-record matches exceed the items budget.</source>
        <translation>Совпадения полученных формуляров в демо превышают запас предметов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="299"/>
        <source>Could not lay out a route in {district}.</source>
        <translation>Не удалось проложить дорогу в {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="348"/>
        <source>Cannot write the demo project {project_path}: {error}</source>
        <translation>Невозможно записать демо-проект {project_path}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="365"/>
        <source>The demo store must be a .gpkg file: {target}</source>
        <translation>Демо-хранилище должно быть файлом .gpkg: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/planning.py" line="79"/>
        <source>Not enough free land in {name} for the suspected land of the demo.</source>
        <translation>В {name} недостаточно свободной земли для подозреваемых земель демонстрации.</translation>
    </message>
</context>
<context>
    <name>ExportHandoverAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="66"/>
        <source>Export handed-over land (parcels)</source>
        <translation>Экспорт переданной земли (участки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="68"/>
        <source>Writes the land handed over, for a cadastre or land registry: one parcel per chosen task that has a handover date (its released land as one polygon, in WGS 84) with task, hazard, district, organisation, team, area_ha (true WGS 84 area, counted once), completion and handover dates, recipient, land use after release, beneficiaries and residual risk. Chosen tasks not handed over are listed in the log.

TASK_IDS or EXPRESSION choose the tasks. OUTPUT: a .gpkg or .geojson file. PARCELS: parcels written; AREA_HA: their total area.</source>
        <translation>Записывает переданную землю для кадастра или земельного реестра: один участок на каждую выбранную задачу с датой передачи (её высвобожденная земля одним полигоном, в WGS 84) с задачей, опасным районом, районом, организацией, группой, area_ha (истинная площадь WGS 84, учтённая один раз), датами завершения и передачи, получателем, землепользованием после высвобождения, бенефициарами и остаточным риском. Выбранные задачи, которые не переданы, перечисляются в журнале.

TASK_IDS или EXPRESSION выбирают задачи. OUTPUT: файл .gpkg или .geojson. PARCELS: записано участков; AREA_HA: их общая площадь.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>Parcels file</source>
        <translation>Файл участков</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="81"/>
        <source>Parcels written</source>
        <translation>Записано участков</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="82"/>
        <source>Area of the parcels (ha)</source>
        <translation>Площадь участков (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="88"/>
        <source>OUTPUT: give a .gpkg or .geojson file.</source>
        <translation>OUTPUT: укажите файл .gpkg или .geojson.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="91"/>
        <source>{0} parcel(s), {1:,.2f} ha: {2}</source>
        <translation>Участков: {0}, {1:,.2f} га: {2}</translation>
    </message>
</context>
<context>
    <name>FeatureHistory</name>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="58"/>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="63"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry drawn</source>
        <translation>Геометрия нарисована</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry removed</source>
        <translation>Геометрия удалена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry changed</source>
        <translation>Геометрия изменена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="44"/>
        <source>Feature history</source>
        <translation>История объекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="125"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="145"/>
        <source>{name}: &apos;{text}&apos; is not a date and time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time, or with a zone such as +04:00).</source>
        <translation>{name}: '{text}' — не дата и время; укажите в виде ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ[:СС] (местное время или с поясом, например +04:00).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="186"/>
        <source>A geometry in the history has Z or M values this plugin does not store.</source>
        <translation>Геометрия в истории содержит значения Z или M, которые этот модуль не хранит.</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../demining_plugin/core/feature_table.py" line="83"/>
        <source>Layer &apos;{layer_name}&apos; has no field {fields}.</source>
        <translation>В слое '{layer_name}' нет поля {fields}.</translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="134"/>
        <source>Field map</source>
        <translation>Полевая карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="107"/>
        <source>This task</source>
        <translation>Эта задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="111"/>
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="122"/>
        <source>Task position</source>
        <translation>Положение задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="214"/>
        <source>Map extent</source>
        <translation>Экстент карты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="221"/>
        <source>Data: store {0}</source>
        <translation>Данные: хранилище {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="223"/>
        <source>districts: {0}</source>
        <translation>районы: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Easting</source>
        <translation>Восток (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Northing</source>
        <translation>Север (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="67"/>
        <source>{0} more points (print A3)</source>
        <translation>ещё {0} точек (печатайте на A3)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="159"/>
        <source>Mag. decl. unknown
Grid conv. {0:.1f}° {1}</source>
        <translation>Магн. скл. неизвестно
Сбл. меридианов {0:.1f}° {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="161"/>
        <source>grid north up; {0}; grid convergence {1:.1f}° {2}</source>
        <translation>север сетки вверху; {0}; сближение меридианов {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="165"/>
        <source>Mag. decl. {0}
Grid conv. {1:.1f}° {2}</source>
        <translation>Магн. скл. {0}
Сбл. меридианов {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="167"/>
        <source>grid north up; magnetic declination {0} ({1}, {2}); grid convergence {3:.1f}° {4}</source>
        <translation>север сетки вверху; магнитное склонение {0} ({1}, {2}); сближение меридианов {3:.1f}° {4}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="179"/>
        <source>District: {0} · Team: {1} ({2}) · Planned {3} to {4} · Status: {5}</source>
        <translation>Район: {0} · Группа: {1} ({2}) · План: с {3} по {4} · Статус: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="192"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="193"/>
        <source>planned {0:,.2f} ha; released {1:,.2f} ha (true areas, WGS 84 ellipsoid)</source>
        <translation>план {0:,.2f} га; высвобождено {1:,.2f} га (истинные площади, эллипсоид WGS 84)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="195"/>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="196"/>
        <source>UTM {0} ({1}), every {2:,.0f} m; eastings and northings left and bottom, MGRS digits top and right; centre {3}</source>
        <translation>UTM {0} ({1}), через каждые {2:,.0f} м; восточные и северные координаты слева и снизу, цифры MGRS сверху и справа; центр {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="200"/>
        <source>North</source>
        <translation>Север</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>Emergency and access points</source>
        <translation>Пункты эвакуации и доступа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>none recorded</source>
        <translation>не записаны</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="210"/>
        <source>Printed {0}. {1}. Turning points: {2}.</source>
        <translation>Напечатано {0}. {1}. Поворотных точек: {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="518"/>
        <source>{0} field map(s), {1} {2}</source>
        <translation>Полевых карт: {0}, {1} {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="51"/>
        <source>Field maps cancelled; no file was written.</source>
        <translation>Полевые карты отменены; файл не записан.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="555"/>
        <source>Field maps cancelled after {0} of {1} tasks.</source>
        <translation>Полевые карты отменены после {0} из {1} задач.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="576"/>
        <source>Field map {0}</source>
        <translation>Полевая карта {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="36"/>
        <source>Field maps: {0} task(s)</source>
        <translation>Полевые карты: задач {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="60"/>
        <source>Paper &apos;{paper}&apos; is not offered; choose one of {PAPERS}.</source>
        <translation>Бумага '{paper}' не предлагается; выберите одно из: {PAPERS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="63"/>
        <source>Orientation &apos;{orientation}&apos; is not offered; choose one of {choices}.</source>
        <translation>Ориентация '{orientation}' не предлагается; выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="47"/>
        <source>Give task ids or an expression, not both.</source>
        <translation>Укажите идентификаторы задач или выражение, но не то и другое.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="49"/>
        <source>No task chosen: give task ids (e.g. T-0001, T-0002) or an expression.</source>
        <translation>Задача не выбрана: укажите идентификаторы задач (например, T-0001, T-0002) или выражение.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="59"/>
        <source>No clearance task has the id {missing} in this store.</source>
        <translation>В этом хранилище нет задачи по очистке с идентификатором {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="65"/>
        <source>The expression &apos;{expression}&apos; is not valid: {parsed}</source>
        <translation>Выражение '{expression}' недействительно: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="70"/>
        <source>The expression &apos;{expression}&apos; names {unknown}, which clearance_tasks does not have (fields: {tasks}).</source>
        <translation>Выражение '{expression}' называет {unknown}, которых нет в clearance_tasks (поля: {tasks}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="82"/>
        <source>The expression &apos;{expression}&apos; cannot be evaluated on task {feature}: {parsed}</source>
        <translation>Выражение '{expression}' не удаётся вычислить для задачи {feature}: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="89"/>
        <source>No clearance task matches the expression &apos;{expression}&apos;.</source>
        <translation>Ни одна задача по очистке не соответствует выражению '{expression}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="93"/>
        <source>Clearance task {empty} has no geometry; it cannot be mapped.</source>
        <translation>У задачи по очистке {empty} нет геометрии; её нельзя нанести на карту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="94"/>
        <source>The layout template {path_name} is missing from the plugin.</source>
        <translation>Шаблон макета {path_name} отсутствует в модуле.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="132"/>
        <source>The layout template {path_name} cannot be read.</source>
        <translation>Шаблон макета {path_name} не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="207"/>
        <source>The layout template has no item &apos;{item_id}&apos;.</source>
        <translation>В шаблоне макета нет элемента '{item_id}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="498"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>Папка {target_parent} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="501"/>
        <source>OUTPUT must be a .pdf file or a folder, not {target_name}.</source>
        <translation>OUTPUT должен быть файлом .pdf или папкой, а не {target_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="544"/>
        <source>Writing {target_name} failed: {error}</source>
        <translation>Запись {target_name} не удалась: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="562"/>
        <source>Writing {path_name} failed ({result}).</source>
        <translation>Запись {path_name} не удалась ({result}).</translation>
    </message>
</context>
<context>
    <name>FieldMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="12"/>
        <source>Field maps of tasks (PDF)</source>
        <translation>Полевые карты задач (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="13"/>
        <source>Prints one page per clearance task for the field team: the task in its local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released land, items found, routes, the task&apos;s medevac / helicopter landing / access points, an overview of the districts, legend, scale and a north arrow with the magnetic declination (World Magnetic Model on the print date).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = &apos;Aghdam&apos; AND &quot;status&quot; &lt;&gt; &apos;closed&apos;), printed in task id order. PAPER: A4 or A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied minefield records.

OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, fieldmap_&lt;task id&gt;.pdf). PAGES: the number of pages written.</source>
        <translation>Печатает по одной странице на каждую задачу по очистке для полевой группы: задача в её местной зоне UTM с сеткой UTM/MGRS, пронумерованные поворотные точки и таблица их координат, опасный район, высвобожденная земля, найденные предметы, дороги, пункты медэвакуации / посадки вертолёта / доступа задачи, обзор районов, легенда, масштаб и стрелка севера с магнитным склонением (World Magnetic Model на дату печати).

TASK_IDS: идентификаторы задач через запятую (например, T-0001, T-0002), печатаются в этом порядке; или EXPRESSION: фильтр по clearance_tasks (например, &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'), печатаются в порядке идентификаторов. PAPER: A4 или A3. ORIENTATION: portrait или landscape. MAPPED_MINES: рисовать также мины полученных формуляров минных полей.

OUTPUT: файл .pdf (по странице на задачу) или папка (по PDF на задачу, fieldmap_&lt;task id&gt;.pdf). PAGES: число записанных страниц.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="31"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="34"/>
        <source>Draw mines of supplied minefield records</source>
        <translation>Рисовать мины полученных формуляров минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="47"/>
        <source>{0} page(s): {1}</source>
        <translation>Страниц: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>FieldMapController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="92"/>
        <source>Print Field Map…</source>
        <translation>Печать полевой карты…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="149"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Сначала откройте хранилище Demining (Разминирование ▸ Открыть хранилище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="98"/>
        <source>Printing field maps</source>
        <translation>Печать полевых карт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="95"/>
        <source>Choose where to write the field maps.</source>
        <translation>Выберите, куда записать полевые карты.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="96"/>
        <source>Printing {0} field map(s) to {1}</source>
        <translation>Печать полевых карт ({0}) в {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="97"/>
        <source>{0} field map page(s) written to {1}</source>
        <translation>Страниц полевых карт записано: {0}, в {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="99"/>
        <source>Field maps cancelled.</source>
        <translation>Полевые карты отменены.</translation>
    </message>
</context>
<context>
    <name>FieldMapDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="28"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="29"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="38"/>
        <source>Print Field Map</source>
        <translation>Печать полевой карты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="41"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="42"/>
        <source>Tasks matching</source>
        <translation>Задачи по условию</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="47"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="62"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="64"/>
        <source>Mines of supplied minefield records</source>
        <translation>Мины полученных формуляров минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="65"/>
        <source>Medevac, landing and access points</source>
        <translation>Пункты медэвакуации, посадки и доступа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="67"/>
        <source>Turning-point table</source>
        <translation>Таблица поворотных точек</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="69"/>
        <source>Overview map</source>
        <translation>Обзорная карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="72"/>
        <source>One PDF, a page per task</source>
        <translation>Один PDF, по странице на задачу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="73"/>
        <source>One PDF per task, in a folder</source>
        <translation>По PDF на задачу, в папке</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="83"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="84"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="88"/>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="93"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="96"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="98"/>
        <source>Open in Layout Designer</source>
        <translation>Открыть в дизайнере макетов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="99"/>
        <source>Lay out the first task and open it in QGIS&apos;s Layout Designer for hand edits</source>
        <translation>Разместить первую задачу и открыть её в дизайнере макетов QGIS для ручной правки</translation>
    </message>
</context>
<context>
    <name>FieldMerge</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="193"/>
        <source>Already merged (its field UUID is in the store); not added again.</source>
        <translation>Уже объединено (его полевой UUID есть в хранилище); повторно не добавляется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="214"/>
        <source>Added to a context layer in the field; context layers are not merged.</source>
        <translation>Добавлено в контекстный слой в поле; контекстные слои не объединяются.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="217"/>
        <source>Edited in the field; context layers are not merged, the store keeps its own.</source>
        <translation>Изменено в поле; контекстные слои не объединяются, в хранилище остаётся своя версия.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="225"/>
        <source>Deleted in the field; context layers are not merged, the store keeps it.</source>
        <translation>Удалено в поле; контекстные слои не объединяются, в хранилище объект сохраняется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="247"/>
        <source>has no position</source>
        <translation>нет положения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="285"/>
        <source>Its photo {photo} is missing from the package; the item is merged without it.</source>
        <translation>Его фото {photo} отсутствует в пакете; предмет объединяется без него.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="288"/>
        <source>Its photo {photo} is not copied: {store} has no folder for attachments.</source>
        <translation>Его фото {photo} не скопировано: у {store} нет папки для вложений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="304"/>
        <source>Released land {n}</source>
        <translation>Высвобожденная земля {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="316"/>
        <source>has no area</source>
        <translation>нет площади</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="347"/>
        <source>Work day {n}</source>
        <translation>Рабочий день {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="356"/>
        <source>names task {task}, which is not in the store</source>
        <translation>указывает задачу {task}, которой нет в хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="423"/>
        <source>The photos cannot be copied beside the store ({error}); nothing was merged.</source>
        <translation>Фото не удаётся скопировать рядом с хранилищем ({error}); ничего не объединено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="122"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="139"/>
        <source>{name} was made with data model version {version}; this plugin knows up to version {known}. Update the Demining plugin to merge it.</source>
        <translation>{name} создан с версией модели данных {version}; этот модуль знает версии до {known}. Обновите модуль Demining, чтобы объединить его.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="156"/>
        <source>{name} is a damaged ZIP file (it cannot be opened); ask the team for the package again.</source>
        <translation>{name} — повреждённый ZIP-файл (его не удаётся открыть); попросите у группы пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="166"/>
        <source>{name} holds a file outside its folder ({member}); it was not opened.</source>
        <translation>{name} содержит файл за пределами своей папки ({member}); он не открыт.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="176"/>
        <source>{name} is a damaged ZIP file ({member} does not read back); ask the team for the package again.</source>
        <translation>{name} — повреждённый ZIP-файл ({member} не читается); попросите у группы пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="181"/>
        <source>{name} is a damaged ZIP file ({error}); ask the team for the package again.</source>
        <translation>{name} — повреждённый ZIP-файл ({error}); попросите у группы пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="188"/>
        <source>{name} is not a field package: a package is the folder made by &apos;Package for the field&apos; (with {manifest} and {data}), or that folder zipped.</source>
        <translation>{name} — не полевой пакет: пакет — это папка, созданная командой «Пакет для полевых работ» (с {manifest} и {data}), или эта папка в ZIP.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="198"/>
        <source>{name} has no {manifest}: without it the package cannot be matched to its store and tasks. Ask the team for the whole package folder.</source>
        <translation>В {name} нет {manifest}: без него пакет нельзя сопоставить с его хранилищем и задачами. Попросите у группы всю папку пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="206"/>
        <source>The {manifest} of {name} cannot be read ({error}).</source>
        <translation>{manifest} пакета {name} не удаётся прочитать ({error}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="211"/>
        <source>The {manifest} of {name} lacks {keys}; it is not a manifest this plugin wrote.</source>
        <translation>В {manifest} пакета {name} нет {keys}; это не манифест, записанный этим модулем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="224"/>
        <source>{name} was packaged from another store ({other}), not from {store}; merge it only if you mean to (allow packages of another store).</source>
        <translation>{name} упакован из другого хранилища ({other}), а не из {store}; объединяйте его, только если это намеренно (разрешите пакеты другого хранилища).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="228"/>
        <source>{name} was packaged from another store ({other}); merged into {store} as asked.</source>
        <translation>{name} упакован из другого хранилища ({other}); объединён с {store}, как запрошено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="237"/>
        <source>The {manifest} of {name} gives no data model version ({value!r}).</source>
        <translation>В {manifest} пакета {name} не указана версия модели данных ({value!r}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="246"/>
        <source>{name} has no {data}: the team&apos;s work is not in it.</source>
        <translation>В {name} нет {data}: работы группы в нём нет.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="386"/>
        <source>The GeoPackage {data} of {name} is damaged ({error}); ask the team for the package again.</source>
        <translation>GeoPackage {data} пакета {name} повреждён ({error}); попросите у группы пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="263"/>
        <source>not a GeoPackage</source>
        <translation>не GeoPackage</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="267"/>
        <source>The GeoPackage {data} of {name} lacks the field layers {layers}.</source>
        <translation>В GeoPackage {data} пакета {name} нет полевых слоёв {layers}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="301"/>
        <source>{name} was made with data model version {old}; a copy of its data was brought to version {new} for the merge (the package itself is unchanged).</source>
        <translation>{name} создан с версией модели данных {old}; для объединения копия его данных приведена к версии {new} (сам пакет не изменён).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="36"/>
        <source>The merge report must be a .csv or .gpkg file, not {name}.</source>
        <translation>Отчёт об объединении должен быть файлом .csv или .gpkg, а не {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="38"/>
        <source>the merge report</source>
        <translation>отчёт об объединении</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="26"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="27"/>
        <source>Added, with a warning</source>
        <translation>Добавлено с предупреждением</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="28"/>
        <source>Adds nothing</source>
        <translation>Ничего не добавляет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="29"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="30"/>
        <source>Already merged</source>
        <translation>Уже объединено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="31"/>
        <source>Ignored</source>
        <translation>Проигнорировано</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="35"/>
        <source>Item found</source>
        <translation>Найденный предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="36"/>
        <source>Released land</source>
        <translation>Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="37"/>
        <source>Work day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="38"/>
        <source>Context layer</source>
        <translation>Контекстный слой</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="92"/>
        <source>has no {field}</source>
        <translation>нет значения {field}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="94"/>
        <source>names no {field}</source>
        <translation>не указано: {field}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="97"/>
        <source>{field} &apos;{value}&apos; is not one of {codes}</source>
        <translation>{field} '{value}' не входит в список: {codes}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="103"/>
        <source>{field} &apos;{value}&apos; is not a number</source>
        <translation>{field} '{value}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="109"/>
        <source>{field} {value:g} is outside {low} to {high}</source>
        <translation>{field} {value:g} вне диапазона от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="173"/>
        <source>items found: {items}, land released: {ha} ha, work days: {days}; refused: {refused}, warnings: {warnings}, ignored: {ignored}, already merged: {skipped}</source>
        <translation>найдено предметов: {items}, высвобождено земли: {ha} га, рабочих дней: {days}; отклонено: {refused}, предупреждений: {warnings}, проигнорировано: {ignored}, уже объединено: {skipped}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="180"/>
        <source>{name} merged: {counts}.</source>
        <translation>{name} объединён: {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="181"/>
        <source>{name} (not merged yet): {counts}.</source>
        <translation>{name} (ещё не объединён): {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="282"/>
        <source>Its photo {photo} lies outside the package; it is not copied.</source>
        <translation>Его фото {photo} находится вне пакета; оно не копируется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="135"/>
        <source>{feature}: refused: {why}</source>
        <translation>{feature}: отклонено: {why}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="160"/>
        <source>{summary} Nothing to submit: the package adds nothing to {store}.</source>
        <translation>{summary} Подавать нечего: пакет ничего не добавляет в {store}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="163"/>
        <source>Field results {name} (team {team}): {items} items found, {ha} ha released, {days} work days</source>
        <translation>Полевые результаты {name} (группа {team}): найдено предметов: {items}, высвобождено {ha} га, рабочих дней: {days}</translation>
    </message>
</context>
<context>
    <name>FieldMergeAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="21"/>
        <source>Merge field results</source>
        <translation>Объединить полевые результаты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="23"/>
        <source>Merges what a team recorded in a field package (made by &apos;Package for the field&apos; and filled in QField) into the project store, by the rules of the desktop: items found get the task and district under them and the item checks (warnings kept, items the store cannot hold refused); released land is clipped to the hazard areas, land already released is taken out, and it is split by task and district, so land two teams or two trips covered is counted once; the daily log goes to work_days; photos are copied beside the store into &lt;store&gt;_attachments. Features already merged (their field UUID is in the store) are skipped, so merging a package twice adds nothing; context layers edited in the field are not merged and are listed as ignored. Everything is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Объединяет то, что группа записала в полевом пакете (созданном командой «Пакет для полевых работ» и заполненном в QField), с хранилищем проекта по правилам настольной версии: найденным предметам присваиваются задача и район под ними и применяются проверки предметов (предупреждения сохраняются, предметы, которые хранилище не может принять, отклоняются); высвобожденная земля обрезается по опасным районам, уже высвобожденная земля исключается, а остальное делится по задачам и районам, так что земля, пройденная двумя группами или за два выезда, учитывается один раз; ежедневный журнал попадает в work_days; фото копируются рядом с хранилищем в &lt;store&gt;_attachments. Уже объединённые объекты (их полевой UUID есть в хранилище) пропускаются, поэтому повторное объединение пакета ничего не добавляет; контекстные слои, изменённые в поле, не объединяются и перечисляются как проигнорированные. Всё сохраняется в одной транзакции: если что-то не удаётся, ничего не изменяется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field package (folder, manifest.json or .zip)</source>
        <translation>Полевой пакет (папка, manifest.json или .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Полевые пакеты (*.zip manifest.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="50"/>
        <source>Store the merge (no: dry run)</source>
        <translation>Сохранить объединение (нет: пробный запуск)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="51"/>
        <source>Merge a package made from another store</source>
        <translation>Объединить пакет, созданный из другого хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>Merge report</source>
        <translation>Отчёт об объединении</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>CSV files (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>Файлы CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Items found added</source>
        <translation>Добавлено найденных предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Hectares released added</source>
        <translation>Добавлено высвобожденных гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Work days added</source>
        <translation>Добавлено рабочих дней</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Field features refused</source>
        <translation>Отклонено полевых объектов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="82"/>
        <source>{0}: refused: {1}</source>
        <translation>{0}: отклонено: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="86"/>
        <source>{0}: ignored: {1}</source>
        <translation>{0}: проигнорировано: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="34"/>
        <source>PACKAGE: the package folder (or its manifest.json), or the package zipped. APPLY (default yes): no for a dry run that only reports. ALLOW_OTHER_STORE (default no): merge a package made from another store. REPORT (optional): a .csv file, or a .gpkg with the table field_merge_report, listing every field feature and what became of it. Outputs ITEMS_ADDED, RELEASED_HA (true ellipsoidal hectares), DAYS_LOGGED, REFUSED and WARNINGS (counts) and REPORT (path).

SUBMIT (default no): keep the merge as a submission waiting for review instead of storing it; it counts nowhere until demining:review approves it, which merges it then, against the store as it is at that moment. An operator of a PostGIS store always submits. Output SUBMISSION: its identifier when submitted.</source>
        <translation>PACKAGE: папка пакета (или её manifest.json) либо пакет в ZIP. APPLY (по умолчанию да): нет — пробный запуск, который только выдаёт отчёт. ALLOW_OTHER_STORE (по умолчанию нет): объединить пакет, созданный из другого хранилища. REPORT (необязательно): файл .csv или .gpkg с таблицей field_merge_report со списком всех полевых объектов и того, что с каждым из них стало. Выводит ITEMS_ADDED, RELEASED_HA (истинные эллипсоидальные гектары), DAYS_LOGGED, REFUSED и WARNINGS (количества) и REPORT (путь).

SUBMIT (по умолчанию нет): сохранить объединение как заявку, ожидающую рассмотрения, вместо записи в хранилище; она нигде не учитывается, пока demining:review её не утвердит, и тогда объединение выполняется с хранилищем в его состоянии на тот момент. Оператор хранилища PostGIS всегда подаёт заявку. Выводит SUBMISSION: её идентификатор при подаче.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="53"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подать на рассмотрение вместо сохранения (утверждает менеджер данных)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="64"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, ожидающая рассмотрения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="89"/>
        <source>Nothing was stored yet: the merge waits for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Пока ничего не сохранено: объединение ждёт рассмотрения как заявка {0} (demining:review утверждает или отклоняет её).</translation>
    </message>
</context>
<context>
    <name>FieldMergeController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="27"/>
        <source>Planning the merge of {0}</source>
        <translation>Планирование объединения {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="91"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Сначала откройте хранилище Demining (Разминирование ▸ Открыть хранилище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field package to merge (its .zip, or manifest.json in its folder)</source>
        <translation>Полевой пакет для объединения (его .zip или manifest.json в его папке)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Полевые пакеты (*.zip manifest.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="112"/>
        <source>Merging {0}</source>
        <translation>Объединение {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>Package of another store</source>
        <translation>Пакет другого хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>{0}

Merge it into {1} anyway?</source>
        <translation>{0}

Всё равно объединить его с {1}?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="53"/>
        <source>Submitting {0}</source>
        <translation>Подача {0} на рассмотрение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="165"/>
        <source>{0} waits for review as submission {1}; nothing was stored yet.</source>
        <translation>{0} ждёт рассмотрения как заявка {1}; пока ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Hectares</source>
        <translation>Гектары</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="47"/>
        <source>Merge Field Results — {0}</source>
        <translation>Объединение полевых результатов — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="87"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="88"/>
        <source>Store everything listed as added, in one transaction</source>
        <translation>Сохранить всё, что указано как добавленное, в одной транзакции</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="94"/>
        <source>Submit for Review</source>
        <translation>Подать на рассмотрение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="96"/>
        <source>Keep the merge as a submission: it counts nowhere until a data manager approves it in the Review panel</source>
        <translation>Сохранить объединение как заявку: оно нигде не учитывается, пока менеджер данных не утвердит его на панели «Рассмотрение»</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="67"/>
        <source>Choose a folder or a .zip file for the field package.</source>
        <translation>Выберите папку или файл .zip для полевого пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="70"/>
        <source>Folder {0} does not exist.</source>
        <translation>Папка {0} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="73"/>
        <source>{0} exists and is not a field package; choose a new file name.</source>
        <translation>{0} существует и не является полевым пакетом; выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="77"/>
        <source>{0} is a file; give a folder (new or empty) or a .zip file.</source>
        <translation>{0} — файл; укажите папку (новую или пустую) или файл .zip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="81"/>
        <source>Folder {0} is not empty and holds no field package; choose an empty or new folder.</source>
        <translation>Папка {0} не пуста и не содержит полевого пакета; выберите пустую или новую папку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="86"/>
        <source>Folder {0} holds a field package with {1} photo(s) taken in the field; merge it first or choose another folder.</source>
        <translation>Папка {0} содержит полевой пакет с фото, сделанными в поле ({1}); сначала объедините его или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="116"/>
        <source>The basemap {0} cannot be read as a raster.</source>
        <translation>Базовую карту {0} не удаётся прочитать как растр.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="125"/>
        <source>The basemap {0} has no coordinate reference system.</source>
        <translation>У базовой карты {0} нет системы координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="132"/>
        <source>The basemap {0} does not cover the tasks.</source>
        <translation>Базовая карта {0} не покрывает задачи.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="138"/>
        <source>The basemap {0} cannot be clipped: {1}</source>
        <translation>Базовую карту {0} не удаётся обрезать: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="141"/>
        <source>The basemap {0} cannot be clipped.</source>
        <translation>Базовую карту {0} не удаётся обрезать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="158"/>
        <source>Demining field package</source>
        <translation>Полевой пакет Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="164"/>
        <source>Open {0} in QField (or QGIS). Photos go to {1}/. Bring the whole folder back to the office to merge it.</source>
        <translation>Откройте {0} в QField (или QGIS). Фото сохраняются в {1}/. Привезите всю папку обратно в офис для объединения.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="171"/>
        <source>Packaging cancelled; nothing was written.</source>
        <translation>Упаковка отменена; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="211"/>
        <source>Field package: {0}</source>
        <translation>Полевой пакет: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="221"/>
        <source>The field package cannot be written to {0}: {1}</source>
        <translation>Полевой пакет не удаётся записать в {0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="40"/>
        <source>Items found (field)</source>
        <translation>Найденные предметы (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="43"/>
        <source>Released land (field)</source>
        <translation>Высвобожденная земля (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="46"/>
        <source>Daily log (field)</source>
        <translation>Ежедневный журнал (поле)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="93"/>
        <source>The tasks {0} have no geometry; nothing to package.</source>
        <translation>У задач {0} нет геометрии; упаковывать нечего.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="140"/>
        <source>{0} {1} could not be copied into the package.</source>
        <translation>Объект {1} слоя {0} не удалось скопировать в пакет.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="159"/>
        <source>Cannot create {0}.</source>
        <translation>Не удаётся создать {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="39"/>
        <source>Context (read only)</source>
        <translation>Контекст (только чтение)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="40"/>
        <source>Field work</source>
        <translation>Полевые работы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="41"/>
        <source>Basemap</source>
        <translation>Базовая карта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/snapshot.py" line="28"/>
        <source>Layer {0} of the package cannot be opened.</source>
        <translation>Слой {0} пакета не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="180"/>
        <source>The clipped basemap cannot be opened.</source>
        <translation>Обрезанную базовую карту не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="190"/>
        <source>The package&apos;s project cannot be written: {0}</source>
        <translation>Проект пакета не удаётся записать: {0}</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="18"/>
        <source>Package tasks for the field (QField)</source>
        <translation>Упаковать задачи для полевых работ (QField)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="19"/>
        <source>Packages clearance tasks for a field team's tablet: a folder (or a .zip) that QField opens as it is, with a QGIS project (relative paths) and a GeoPackage. The tasks and their sectors, the hazards under them, released land, task points (medevac, access...), items found, routes and, if asked, mapped mines around the tasks come as read-only context, styled as in the plugin; the team fills in items found (with a photo), released land and a daily log, with today, the team and the task under the point as defaults. manifest.json and manifest.txt say what the package holds; Demining ▸ Merge field results brings it back.

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: the team's name, the default of its records. MAPPED_MINES: also take the mines of supplied minefield records. BASEMAP: a raster copied clipped to the tasks (plus a margin) for offline use.

OUTPUT: a new or empty folder, a previous package's folder (replaced unless it holds photos), or a .zip file. PROJECT: the project file (its name inside the ZIP). PACKAGE_ID: the package's identifier.</source>
        <translation>Упаковывает задачи по очистке для планшета полевой группы: папка (или .zip), которую QField открывает как есть, с проектом QGIS (относительные пути) и GeoPackage. Задачи и их секторы, опасные районы под ними, высвобожденная земля, пункты задач (медэвакуация, доступ...), найденные предметы, дороги и, по запросу, мины по формулярам вокруг задач идут как контекст только для чтения, со стилями как в модуле; группа заполняет найденные предметы (с фото), высвобожденную землю и ежедневный журнал, где по умолчанию подставляются сегодняшняя дата, группа и задача под точкой. manifest.json и manifest.txt описывают содержимое пакета; Разминирование ▸ Объединить полевые результаты возвращает его обратно.

TASK_IDS: идентификаторы задач через запятую (например, T-0001, T-0002); или EXPRESSION: фильтр по clearance_tasks (например, &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: название группы, значение по умолчанию в её записях. MAPPED_MINES: взять также мины полученных формуляров минных полей. BASEMAP: растр, копируемый с обрезкой по задачам (с запасом) для работы без сети.

OUTPUT: новая или пустая папка, папка прежнего пакета (заменяется, если в ней нет фото) или файл .zip. PROJECT: файл проекта (его имя внутри ZIP). PACKAGE_ID: идентификатор пакета.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="37"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="38"/>
        <source>Include mines of supplied minefield records</source>
        <translation>Включить мины полученных формуляров минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="39"/>
        <source>Basemap (raster, clipped to the tasks)</source>
        <translation>Базовая карта (растр, обрезанный по задачам)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>Package folder (or a .zip file)</source>
        <translation>Папка пакета (или файл .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>ZIP files (*.zip)</source>
        <translation>Файлы ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="43"/>
        <source>Project file of the package</source>
        <translation>Файл проекта пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="44"/>
        <source>Package identifier</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="52"/>
        <source>BASEMAP: {0} is not a raster file.</source>
        <translation>BASEMAP: {0} — не растровый файл.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="60"/>
        <source>Package {0} of {1} written to {2}</source>
        <translation>Пакет {0} (задачи {1}) записан в {2}</translation>
    </message>
</context>
<context>
    <name>FieldPackageController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="38"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Сначала откройте хранилище Demining (Разминирование ▸ Открыть хранилище…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="61"/>
        <source>Packaging tasks for the field</source>
        <translation>Упаковка задач для полевых работ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="70"/>
        <source>Field package of {0} written to {1}</source>
        <translation>Полевой пакет (задачи {0}) записан в {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="73"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="76"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>FieldPackageDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="31"/>
        <source>Package for the Field</source>
        <translation>Пакет для полевых работ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="35"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="37"/>
        <source>The team&apos;s name, filled in on everything it records</source>
        <translation>Название группы, подставляемое во всё, что она записывает</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="39"/>
        <source>Mines of supplied minefield records</source>
        <translation>Мины полученных формуляров минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="46"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;All files (*)</source>
        <translation>Растры (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="48"/>
        <source>A raster file instead of a layer of the project</source>
        <translation>Растровый файл вместо слоя проекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="50"/>
        <source>A folder (copy it to the tablet as it is)</source>
        <translation>Папка (скопируйте её на планшет как есть)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="51"/>
        <source>A .zip file</source>
        <translation>Файл .zip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="55"/>
        <source>ZIP files (*.zip)</source>
        <translation>Файлы ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="59"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="61"/>
        <source>Also take</source>
        <translation>Также взять</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="65"/>
        <source>Basemap (clipped)</source>
        <translation>Базовая карта (обрезанная)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="70"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="73"/>
        <source>Build Package</source>
        <translation>Создать пакет</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../demining_plugin/core/files.py" line="24"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>Папка {target_parent} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/files.py" line="31"/>
        <source>Cannot write {what}: {error}</source>
        <translation>Невозможно записать {what}: {error}</translation>
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
        <translation>CAPACITY: число групп по видам, например manual=12,mechanical=4,mdd=2,survey=3 (по умолчанию группы, работавшие в последние 90 дней хранилища). WORK_DAYS_PER_YEAR: по умолчанию 220. COST_PER_TEAM_DAY: стоимость группо-дня по видам, например manual=1500,mechanical=4000. START: ГГГГ-ММ-ДД (по умолчанию: день после последнего высвобождения). DATE_FROM, DATE_TO: период, за который измеряется производительность (ГГГГ-ММ-ДД, включительно; по умолчанию все даты). FIRST: районы, которые все группы обрабатывают первыми, по порядку, через запятую. OUTPUT: таблица по районам и последняя строка 'All'. YEARS, COST, FINISH: для всей работы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="154"/>
        <source>Teams per kind (manual=12,mechanical=4,...; empty: those of the last 90 days)</source>
        <translation>Групп по видам (manual=12,mechanical=4,...; пусто: группы последних 90 дней)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="157"/>
        <source>Work days per year</source>
        <translation>Рабочих дней в году</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="160"/>
        <source>Cost of a team-day per kind (manual=1500,mechanical=4000,...)</source>
        <translation>Стоимость группо-дня по видам (manual=1500,mechanical=4000,...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="163"/>
        <source>Start date (YYYY-MM-DD; empty: the day after the last release)</source>
        <translation>Дата начала (ГГГГ-ММ-ДД; пусто: день после последнего высвобождения)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="165"/>
        <source>Districts worked first (comma-separated, in order)</source>
        <translation>Районы в первую очередь (через запятую, по порядку)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured from (YYYY-MM-DD, inclusive)</source>
        <translation>Производительность измеряется с (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured up to (YYYY-MM-DD, inclusive)</source>
        <translation>Производительность измеряется по (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="170"/>
        <source>Years for the whole job</source>
        <translation>Лет на всю работу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="171"/>
        <source>Cost of the whole job</source>
        <translation>Стоимость всей работы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="172"/>
        <source>Finishing date of the whole job</source>
        <translation>Дата завершения всей работы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="188"/>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="131"/>
        <source>How long the land left will take and what it will cost, from the store&apos;s own figures. For each district and in all: the hectares left by classification (the ground of the hazards not closed less the released land, every square metre once: ground in a confirmed and a suspected hazard is confirmed land; land counts in the district it lies in), the hectares expected to be cleared, reduced and cancelled (as land of that classification has left the hazards so far), the team-days needed (at each method&apos;s square metres per team-day), the finishing date with its 10-90% range (the late end at the 10th percentile of productivity, the early end at the 90th) and the cost. What-if: change the parameters (ten more mechanical teams, a district first).</source>
        <translation>Сколько времени займёт оставшаяся земля и сколько это будет стоить — по собственным показателям хранилища. Для каждого района и в целом: оставшиеся гектары по классификации (площадь незакрытых опасных районов за вычетом высвобожденной земли, каждый квадратный метр один раз: земля, входящая и в подтверждённый, и в подозреваемый опасный район, считается подтверждённой; земля учитывается в том районе, где она лежит), гектары, которые ожидается очистить, сократить и исключить (в тех же долях, в каких земля этой классификации до сих пор выходила из опасных районов), необходимые группо-дни (по производительности каждого метода в квадратных метрах за группо-день), дата завершения с диапазоном 10–90% (поздняя граница — при 10-м процентиле производительности, ранняя — при 90-м) и стоимость. Сценарии «что если»: измените параметры (ещё десять механизированных групп, один район в первую очередь).</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Manual</source>
        <translation>Ручной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Mechanical</source>
        <translation>Механизированный</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="60"/>
        <source>Dogs (MDD)</source>
        <translation>Собаки (MDD)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="61"/>
        <source>Survey</source>
        <translation>Обследование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="84"/>
        <source>Forecast of {}</source>
        <translation>Прогноз для {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="138"/>
        <source>Shown</source>
        <translation>Показывать</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="144"/>
        <source>Teams at work (by default those seen in the last 90 days)</source>
        <translation>Работающие группы (по умолчанию — замеченные за последние 90 дней)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="151"/>
        <source>Cost of a team-day</source>
        <translation>Стоимость группо-дня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="154"/>
        <source>cost/day</source>
        <translation>стоимость/день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="162"/>
        <source>Work days a year</source>
        <translation>Рабочих дней в году</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="165"/>
        <source>District first</source>
        <translation>Сначала район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="224"/>
        <source>No store open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="341"/>
        <source>Measuring productivity…</source>
        <translation>Измерение производительности…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="314"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="316"/>
        <source>None (all at once)</source>
        <translation>Нет (все сразу)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>Productivity measured from {first} to {last}.</source>
        <translation>Период измерения производительности: {first} — {last}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Released</source>
        <translation>Высвобождено</translation>
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
        <translation>Поздно (10-й процентиль)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>Released hectares, {where}</source>
        <translation>Высвобожденные гектары, {where}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>all districts</source>
        <translation>все районы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="103"/>
        <source>Productivity by method</source>
        <translation>Производительность по методам</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="192"/>
        <source>Stop measuring</source>
        <translation>Остановить измерение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="194"/>
        <source>Measure again</source>
        <translation>Измерить снова</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="288"/>
        <source>Measuring was stopped.</source>
        <translation>Измерение остановлено.</translation>
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
        <translation>Файл World Magnetic Model {path} не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="89"/>
        <source>No World Magnetic Model shipped for {year:.1f}: the models cover {first:.0f} to {last:.0f}.</source>
        <translation>Для {year:.1f} нет поставляемой World Magnetic Model: модели охватывают годы с {first:.0f} по {last:.0f}.</translation>
    </message>
</context>
<context>
    <name>GrantAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="64"/>
        <source>Grant a store role</source>
        <translation>Назначить роль хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="66"/>
        <source>Makes a PostgreSQL login role an operator or a manager of a PostGIS store. Operators read the baseline and may only submit changes for review (PostgreSQL itself refuses their direct writes to the layers); managers approve submissions and write the baseline. The group roles &lt;schema&gt;_operator and &lt;schema&gt;_manager are created with the store (or here, when the store&apos;s creator could not create roles).</source>
        <translation>Делает роль входа PostgreSQL оператором или менеджером хранилища PostGIS. Операторы читают основные данные и могут лишь подавать изменения на рассмотрение (сам PostgreSQL отклоняет их прямую запись в слои); менеджеры утверждают заявки и записывают основные данные. Групповые роли &lt;schema&gt;_operator и &lt;schema&gt;_manager создаются вместе с хранилищем (или здесь, если создатель хранилища не мог создавать роли).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="74"/>
        <source>USER: the login role. ROLE: operator or manager. GRANTED: the group role granted.</source>
        <translation>USER: роль входа. ROLE: operator или manager. GRANTED: назначенная групповая роль.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="79"/>
        <source>Database user (login role)</source>
        <translation>Пользователь базы данных (роль входа)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="80"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="83"/>
        <source>Group role granted</source>
        <translation>Назначенная групповая роль</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="91"/>
        <source>{0} is now a member of {1}.</source>
        <translation>{0} теперь входит в {1}.</translation>
    </message>
</context>
<context>
    <name>HectareTotalsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="71"/>
        <source>Hectare totals</source>
        <translation>Итоги в гектарах</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="41"/>
        <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer&apos;s CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts&apos; name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
        <translation>Гектары полигонального слоя, каждый квадратный метр учитывается один раз: где полигоны перекрываются (импортированные старые данные, земля сначала обследована, затем очищена), земля учитывается за самым ранним высвобождением, которое её покрывает (наименьший id объекта в ту же дату). Площади — истинные площади на эллипсоиде WGS84 при любой системе координат слоя.

INPUT: любой полигональный слой. REGIONS (необязательно): полигональный слой районов; полигоны разрезаются по границам районов, и каждая часть учитывается в своём районе (столбец region). REGION_FIELD: поле названия района (по умолчанию name). GROUP_BY: имена полей INPUT через запятую (например, release_method,technique), а также month или week (ISO-неделя) поля даты. DATE_FIELD: дата высвобождения (по умолчанию released_on, если такое поле есть). DATE_FROM, DATE_TO: ГГГГ-ММ-ДД, обе включительно; земля, впервые высвобожденная до DATE_FROM, не учитывается.

OUTPUT: таблица с полями группировки, area_ha и n_features (объекты с землёй в группе). TOTAL_HA: гектары всех групп.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="57"/>
        <source>Released land (polygons)</source>
        <translation>Высвобожденная земля (полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="59"/>
        <source>Districts (polygons)</source>
        <translation>Районы (полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="61"/>
        <source>District name field</source>
        <translation>Поле названия района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="63"/>
        <source>Group by (comma-separated fields; month, week)</source>
        <translation>Группировать по (поля через запятую; month, week)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="65"/>
        <source>Date field</source>
        <translation>Поле даты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="67"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>С даты (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="69"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>По дату (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="73"/>
        <source>Total hectares</source>
        <translation>Всего гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="110"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="116"/>
        <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
        <translation>{ha:,.2f} га в {groups} группах из {n} объектов, каждый квадратный метр учтён один раз (для {general} объектов понадобился GEOS).</translation>
    </message>
</context>
<context>
    <name>ImportAccidentsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="274"/>
        <source>Import accidents</source>
        <translation>Импорт несчастных случаев</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="276"/>
        <source>Imports mine and UXO accidents into accidents (date, killed, injured, civilian, activity at the time, device); the district is filled from what lies under each point.</source>
        <translation>Импортирует несчастные случаи с минами и ВОП в accidents (дата, погибшие, раненые, гражданские лица, деятельность в момент происшествия, устройство); район заполняется по тому, что лежит под каждой точкой.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="71"/>
        <source>Open or create a Demining store first (Demining menu).</source>
        <translation>Сначала откройте или создайте хранилище Demining (меню «Разминирование»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="75"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="92"/>
        <source>Reading {0}</source>
        <translation>Чтение {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="95"/>
        <source>{0} holds no rows to import.</source>
        <translation>В {0} нет строк для импорта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="118"/>
        <source>Importing {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="121"/>
        <source>Import of {0} was cancelled; nothing was changed.</source>
        <translation>Импорт {0} отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="133"/>
        <source>Minefield record: {0}.</source>
        <translation>Формуляр минного поля: {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="128"/>
        <source>{0}: {1} imported, {2} refused ({3}).</source>
        <translation>{0}: импортировано {1}, отклонено {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="131"/>
        <source>{0}: {1} imported, {2} refused.</source>
        <translation>{0}: импортировано {1}, отклонено {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="134"/>
        <source>Report: {0}</source>
        <translation>Отчёт: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDetectionsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="262"/>
        <source>Import items found</source>
        <translation>Импорт найденных предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="264"/>
        <source>Imports items found (detections) from teams&apos; files into detections; the task and district are filled from what lies under each point. Categories are read in the spellings teams use (&apos;AP&apos;, &apos;anti-personnel&apos;, &apos;APM&apos;, a model such as &apos;PMN-2&apos; or &apos;TM-62M&apos;...). Rows with a date in the future, a quantity under 1 or a depth outside 0-500 cm are refused.</source>
        <translation>Импортирует найденные предметы (обнаружения) из файлов групп в detections; задача и район заполняются по тому, что лежит под каждой точкой. Категории распознаются в написаниях, которые используют группы ('AP', 'anti-personnel', 'APM', модель вроде 'PMN-2' или 'TM-62M'...). Строки с датой в будущем, количеством меньше 1 или глубиной вне 0–500 см отклоняются.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="45"/>
        <source>Import mine map</source>
        <translation>Импорт карты минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="46"/>
        <source>Import items found</source>
        <translation>Импорт найденных предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="47"/>
        <source>Import accidents</source>
        <translation>Импорт несчастных случаев</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="50"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="51"/>
        <source>Latitude / longitude columns</source>
        <translation>Столбцы широты / долготы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="52"/>
        <source>X / Y columns in a CRS</source>
        <translation>Столбцы X / Y в СК</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="53"/>
        <source>MGRS column</source>
        <translation>Столбец MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="54"/>
        <source>The file&apos;s own geometry</source>
        <translation>Собственная геометрия файла</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="77"/>
        <source>features</source>
        <translation>объектов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="78"/>
        <source>rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="79"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, {4} columns.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, столбцов: {4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="93"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Source column</source>
        <translation>Исходный столбец</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="112"/>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="122"/>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="150"/>
        <source>Positions and checks</source>
        <translation>Положения и проверки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="159"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="163"/>
        <source>CRS of x / y</source>
        <translation>СК для x / y</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="167"/>
        <source>no check</source>
        <translation>без проверки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="168"/>
        <source>Expected UTM zone</source>
        <translation>Ожидаемая зона UTM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="175"/>
        <source>Same position within</source>
        <translation>Одно и то же положение в пределах</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="176"/>
        <source>Refuse rows outside the store&apos;s districts</source>
        <translation>Отклонять строки вне районов хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="195"/>
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="199"/>
        <source>New record</source>
        <translation>Новый формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="202"/>
        <source>Add to</source>
        <translation>Добавить к</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="205"/>
        <source>e.g. map handed over on 12 June 2021</source>
        <translation>например, карта передана 12 июня 2021</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="206"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="208"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed mines in total</source>
        <translation>Заявлено мин всего</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="219"/>
        <source>count the imported mines</source>
        <translation>подсчитать импортированные мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="188"/>
        <source>Rows further than this from every district of the store are refused.</source>
        <translation>Строки дальше этого расстояния от всех районов хранилища отклоняются.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="191"/>
        <source>Outside the districts by up to</source>
        <translation>Вне районов не более чем на</translation>
    </message>
</context>
<context>
    <name>ImportMineMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="200"/>
        <source>Import mine map</source>
        <translation>Импорт карты минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="202"/>
        <source>Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, for a new record, a minefield_records polygon (the file&apos;s polygons, or the mines&apos; convex hull grown by 10 m) with its district.

SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. RECORD_ID (optional): add the mines to this existing record instead of creating one. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from the imported mines).</source>
        <translation>Импортирует полученную карту минного поля (формуляр): точки мин по формуляру в mapped_mines и, для нового формуляра, полигон minefield_records (полигоны файла или выпуклую оболочку мин, расширенную на 10 м) с его районом.

SOURCE: откуда получена карта (обязательно для нового формуляра). RECEIVED_ON: ГГГГ-ММ-ДД. RECORD_ID (необязательно): добавить мины к этому существующему формуляру вместо создания нового. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: количество, заявленное картой (по умолчанию подсчитывается по импортированным минам).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="211"/>
        <source>RECORD_ID: the record the mines were stored in.</source>
        <translation>RECORD_ID: формуляр, в который записаны мины.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="215"/>
        <source>Source of the map</source>
        <translation>Источник карты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="216"/>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Получена (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="219"/>
        <source>Supplied by</source>
        <translation>Кем передан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="220"/>
        <source>Existing record ID</source>
        <translation>Идентификатор существующего формуляра</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed mines</source>
        <translation>Заявлено мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="233"/>
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="242"/>
        <source>RECEIVED_ON &apos;{}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>RECEIVED_ON '{}' — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="31"/>
        <source>Demining import of {0}</source>
        <translation>Импорт Demining: {0}</translation>
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
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="57"/>
        <source>X / easting</source>
        <translation>X / восток</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="58"/>
        <source>Y / northing</source>
        <translation>Y / север</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="59"/>
        <source>MGRS reference</source>
        <translation>Ссылка MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="60"/>
        <source>Category / mine type</source>
        <translation>Категория / тип мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="61"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="62"/>
        <source>Row number</source>
        <translation>Номер строки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="63"/>
        <source>Mine number</source>
        <translation>Номер мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="64"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="65"/>
        <source>Date found</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="66"/>
        <source>Depth (cm)</source>
        <translation>Глубина (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="67"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="68"/>
        <source>Disposition</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="69"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="70"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="71"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="72"/>
        <source>Date of accident</source>
        <translation>Дата несчастного случая</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="73"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="74"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="75"/>
        <source>Civilian victims</source>
        <translation>Жертвы среди мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="76"/>
        <source>Activity at the time</source>
        <translation>Деятельность в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="77"/>
        <source>Device category</source>
        <translation>Категория устройства</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="78"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="167"/>
        <source>{0}: {1} imported, {2} rejected (report: {3}).</source>
        <translation>{0}: импортировано {1}, отклонено {2} (отчёт: {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="27"/>
        <source>Unknown coordinate mode &apos;{0}&apos; (use {1}).</source>
        <translation>Неизвестный режим координат '{0}' (используйте {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="40"/>
        <source>{0}: no coordinates found. Map latitude/longitude, x/y or MGRS columns (columns: {1}).</source>
        <translation>{0}: координаты не найдены. Укажите столбцы широты/долготы, x/y или MGRS (столбцы: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="49"/>
        <source>{0}: coordinate mode &apos;{1}&apos; needs a column for {2}.</source>
        <translation>{0}: режиму координат '{1}' нужен столбец для {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="55"/>
        <source>{0} has no geometries; choose coordinate columns instead.</source>
        <translation>В {0} нет геометрий; выберите вместо этого столбцы координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="58"/>
        <source>{0}: x/y coordinates need their coordinate reference system.</source>
        <translation>{0}: для координат x/y нужна их система координат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="70"/>
        <source>has no geometry</source>
        <translation>нет геометрии</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="81"/>
        <source>its polygon is not valid (self-intersecting?)</source>
        <translation>его полигон недействителен (самопересечение?)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="87"/>
        <source>has a {0} geometry; points are expected</source>
        <translation>имеет геометрию {0}; ожидаются точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="100"/>
        <source>has no MGRS reference</source>
        <translation>нет ссылки MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="83"/>
        <source>has no {0}</source>
        <translation>нет значения «{0}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="120"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="124"/>
        <source>coordinate &apos;{0}&apos; is not a number</source>
        <translation>координата '{0}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="130"/>
        <source>Unknown coordinate reference system &apos;{0}&apos;: {1}</source>
        <translation>Неизвестная система координат '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="136"/>
        <source>x/y {0}, {1} lie outside the coordinate system&apos;s area</source>
        <translation>x/y {0}, {1} лежат вне области системы координат</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="161"/>
        <source>latitude and longitude appear swapped ({0}, {1})</source>
        <translation>широта и долгота, похоже, перепутаны ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="164"/>
        <source>latitude {0} / longitude {1} is not a position on Earth</source>
        <translation>широта {0} / долгота {1} — не положение на Земле</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="171"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area</source>
        <translation>положение {0:.6f}, {1:.6f} (шир., долг.) вне ожидаемой области</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="189"/>
        <source>lies in UTM zone {0}, not the expected zone {1}</source>
        <translation>лежит в зоне UTM {0}, а не в ожидаемой зоне {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="217"/>
        <source>same position as {0} {1} ({2:.2f} m apart)</source>
        <translation>то же положение, что у {0} {1} (на расстоянии {2:.2f} м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="231"/>
        <source>same position as {0}, already stored ({1:.2f} m apart)</source>
        <translation>то же положение, что у {0}, уже записанного (на расстоянии {1:.2f} м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>feature</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="26"/>
        <source>{0} has no column &apos;{1}&apos; (mapped to {2}).</source>
        <translation>В {0} нет столбца '{1}' (сопоставлен с {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="64"/>
        <source>unknown mine type &apos;{0}&apos;</source>
        <translation>неизвестный тип мины '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="160"/>
        <source>{0} &apos;{1}&apos; is not a whole number of 0 or more</source>
        <translation>{0} '{1}' — не целое число от 0 и больше</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="87"/>
        <source>{0} &apos;{1}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{0} '{1}' — не дата (используйте ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="91"/>
        <source>{0} {1} is in the future</source>
        <translation>{0} {1} — в будущем</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="110"/>
        <source>has no category and its model does not imply one</source>
        <translation>нет категории, и его модель её не подразумевает</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="113"/>
        <source>unknown item category &apos;{0}&apos;</source>
        <translation>неизвестная категория предмета '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="118"/>
        <source>quantity &apos;{0}&apos; is not a whole number</source>
        <translation>количество '{0}' — не целое число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="121"/>
        <source>quantity {0} is under 1</source>
        <translation>количество {0} меньше 1</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="129"/>
        <source>depth &apos;{0}&apos; is not a number</source>
        <translation>глубина '{0}' — не число</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="132"/>
        <source>depth {0} cm is outside 0-{1} cm</source>
        <translation>глубина {0} см вне 0–{1} см</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="142"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation>неизвестное значение {0} '{1}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="170"/>
        <source>civilian &apos;{0}&apos; is not yes/no</source>
        <translation>гражданское лицо '{0}' — не да/нет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="175"/>
        <source>has no activity at the time</source>
        <translation>нет деятельности в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="177"/>
        <source>unknown activity &apos;{0}&apos;</source>
        <translation>неизвестная деятельность '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="182"/>
        <source>unknown device category &apos;{0}&apos;</source>
        <translation>неизвестная категория устройства '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="161"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не удаётся прочитать: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="171"/>
        <source>{0} has no layer {1}.</source>
        <translation>В {0} нет слоя {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="45"/>
        <source>the import report</source>
        <translation>отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="55"/>
        <source>The import report cannot be written: {0}</source>
        <translation>Отчёт об импорте не удаётся записать: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="61"/>
        <source>{0}, {1} {2}: {3}</source>
        <translation>{0}, {1} {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="64"/>
        <source>{0}: {1} more rows refused; see the report.</source>
        <translation>{0}: отклонено ещё {1} строк; см. отчёт.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="393"/>
        <source>Unknown import kind &apos;{0}&apos;.</source>
        <translation>Неизвестный вид импорта '{0}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="88"/>
        <source>{0} holds no rows to import.</source>
        <translation>В {0} нет строк для импорта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="93"/>
        <source>&apos;{0}&apos; is not a field of this import (fields: {1}).</source>
        <translation>'{0}' — не поле этого импорта (поля: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="99"/>
        <source>{0} has no column &apos;{1}&apos; (columns: {2}).</source>
        <translation>В {0} нет столбца '{1}' (столбцы: {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="238"/>
        <source>{0}: none of its {1} rows can be imported; nothing was changed. The reasons are in {2}.</source>
        <translation>{0}: ни одну из {1} строк нельзя импортировать; ничего не изменено. Причины — в {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="257"/>
        <source>Say where the mine map comes from (SOURCE) to create its record.</source>
        <translation>Укажите, откуда получена карта минного поля (SOURCE), чтобы создать её формуляр.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="261"/>
        <source>{0} cannot be negative ({1}).</source>
        <translation>{0} не может быть отрицательным ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="264"/>
        <source>Minefield record {0} does not exist in {1}.</source>
        <translation>Формуляра минного поля {0} нет в {1}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="403"/>
        <source>Column mapping &apos;{0}&apos; is not target=column.</source>
        <translation>Сопоставление столбцов '{0}' — не в виде цель=столбец.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="164"/>
        <source>{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).</source>
        <translation>{0}: импортировано {1} (с предупреждениями: {2}), отклонено {3} (отчёт: {4}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="225"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="159"/>
        <source>{0} outside the store&apos;s districts</source>
        <translation>{0} вне районов хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="160"/>
        <source>{0} outside the expected area</source>
        <translation>{0} вне ожидаемой области</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="173"/>
        <source>{0} of the rejected rows lie outside the store&apos;s districts.</source>
        <translation>Из отклонённых строк {0} лежат вне районов хранилища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="175"/>
        <source>{0} of the rejected rows lie outside the expected area.</source>
        <translation>Из отклонённых строк {0} лежат вне ожидаемой области.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="52"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store&apos;s districts</source>
        <translation>положение {0:.6f}, {1:.6f} (шир., долг.) лежит более чем в {2} от районов хранилища</translation>
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
        <translation>Расстояние, на которое строки могут выходить за районы, должно быть не меньше 0 м (указано {0}).</translation>
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
        <translation>{item} лежит вне всех задач по очистке и всей высвобожденной земли.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="119"/>
        <source>{item} names task {task}, which is not in the store.</source>
        <translation>{item} ссылается на задачу {task}, которой нет в хранилище.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="126"/>
        <source>{item} was found on {date}, outside the planned dates of task {task} ({start} to {end}).</source>
        <translation>{item} найден {date}, вне плановых дат задачи {task} (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="132"/>
        <source>{item} has a date in the future ({date}).</source>
        <translation>У {item} дата в будущем ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="137"/>
        <source>{item} has a quantity under 1 ({quantity:g}).</source>
        <translation>У {item} количество меньше 1 ({quantity:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="141"/>
        <source>{item} has a depth of {depth:g} cm, outside {low} to {high} cm.</source>
        <translation>У {item} глубина {depth:g} см, вне {low}–{high} см.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="150"/>
        <source>{item} lies {km} km from the nearest task of team {team} (more than {limit} km).</source>
        <translation>{item} лежит в {km} км от ближайшей задачи группы {team} (больше {limit} км).</translation>
    </message>
</context>
<context>
    <name>ItemsDock</name>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="51"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="110"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>First day (empty: from the start)</source>
        <translation>Первый день (пусто: с начала)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>Last day, included (empty: up to now)</source>
        <translation>Последний день, включительно (пусто: по сегодня)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="121"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="123"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="131"/>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="145"/>
        <source>Double-click an item to zoom to it</source>
        <translation>Дважды щёлкните предмет, чтобы приблизиться к нему</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="150"/>
        <source>Zoom to item</source>
        <translation>Приблизить к предмету</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="154"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="210"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="213"/>
        <source>(outside the districts)</source>
        <translation>(вне районов)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="247"/>
        <source>Open a Demining store to see its items found.</source>
        <translation>Откройте хранилище Demining, чтобы увидеть его найденные предметы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="267"/>
        <source>Listing the items found</source>
        <translation>Список найденных предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="285"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="315"/>
        <source>{total} items in {records} records match; the latest {shown} are listed.</source>
        <translation>Подходят {total} предметов в {records} записях; показаны последние {shown}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="60"/>
        <source>Items found in {}</source>
        <translation>Найденные предметы в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="256"/>
        <source>Computing… reading the items found in {name}.</source>
        <translation>Вычисление… читаются найденные предметы из {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="268"/>
        <source>The items found could not be listed: see the message bar.</source>
        <translation>Не удалось показать найденные предметы: см. панель сообщений.</translation>
    </message>
</context>
<context>
    <name>MarkClearedAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="57"/>
        <source>Mark areas released</source>
        <translation>Отметить участки высвобожденными</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="81"/>
        <source>Areas released</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="83"/>
        <source>Release method</source>
        <translation>Метод высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="86"/>
        <source>Technique</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="89"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="90"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="91"/>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>Дата высвобождения (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="93"/>
        <source>Clearance depth (cm)</source>
        <translation>Глубина очистки (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="96"/>
        <source>Task ID</source>
        <translation>ID задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="97"/>
        <source>Slivers and remainders smaller than this are ignored (m²)</source>
        <translation>Фрагменты и остатки меньше этого значения игнорируются (м²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="102"/>
        <source>Hectares added</source>
        <translation>Добавлено гектаров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="103"/>
        <source>Released polygons added</source>
        <translation>Добавлено полигонов высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="110"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT не является читаемым полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="128"/>
        <source>Feature {} has no geometry; skipped.</source>
        <translation>У объекта {} нет геометрии; пропущен.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="142"/>
        <source>Feature {}: {}</source>
        <translation>Объект {}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="59"/>
        <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Записывает полигоны INPUT в хранилище проекта как высвобожденную землю, в точности как инструмент карты: каждый полигон пересекается с опасными районами, уже высвобожденная земля исключается (гектар никогда не учитывается дважды), остаток делится по задачам и по границам районов, а фрагменты меньше 1 м² отбрасываются. Оставшаяся площадь и статус опасных районов (открыт, в работе, закрыт) и статус задач обновляются. Всё записывается в одной транзакции: если что-то не удаётся, ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="43"/>
        <source>DATE must be a date written YYYY-MM-DD, not &apos;{text}&apos;.</source>
        <translation>DATE должна быть датой в виде ГГГГ-ММ-ДД, а не '{text}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="68"/>
        <source>METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. SUBMIT (default false; always for an operator of a PostGIS store): the polygons wait for review instead (demining:review), and are released, against the land released by then, when approved. Outputs ADDED_HA (true ellipsoidal hectares), ADDED_COUNT (released polygons stored) and SUBMISSION.</source>
        <translation>METHOD: cleared, reduced или cancelled. TECHNIQUE: manual, mechanical или mdd. DATE: ГГГГ-ММ-ДД. TASK_ID (необязательно): задача, к которой относится работа; земля вне её не учитывается. TOLERANCE (м², по умолчанию 1): куски меньше этого не сохраняются, а опасный район или задача, где осталось меньше этого, закрываются. SUBMIT (по умолчанию false; для оператора хранилища PostGIS — всегда): полигоны вместо этого ждут рассмотрения (demining:review) и при утверждении высвобождаются с учётом земли, высвобожденной к тому моменту. Выводит ADDED_HA (истинные эллипсоидальные гектары), ADDED_COUNT (сохранённые высвобожденные полигоны) и SUBMISSION.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="100"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подать на рассмотрение вместо сохранения (утверждает менеджер данных)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="104"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, ожидающая рассмотрения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="133"/>
        <source>Nothing was stored yet: {0} polygons wait for review as submission {1}; they are clipped against the released land of the moment they are approved.</source>
        <translation>Пока ничего не сохранено: полигоны ({0}) ждут рассмотрения как заявка {1}; они будут обрезаны по высвобожденной земле на момент утверждения.</translation>
    </message>
</context>
<context>
    <name>Mgrs</name>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="95"/>
        <source>MGRS precision must be a whole number from 0 to 5, not {0}.</source>
        <translation>Точность MGRS должна быть целым числом от 0 до 5, а не {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="98"/>
        <source>Cannot write MGRS for a position that is not a number.</source>
        <translation>Невозможно записать MGRS для положения, которое не является числом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="100"/>
        <source>Position {0}, {1} is not a longitude/latitude.</source>
        <translation>Положение {0}, {1} — не долгота/широта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="102"/>
        <source>Latitude {0} is in a polar area (UPS), which MGRS here does not support.</source>
        <translation>Широта {0} в полярной области (UPS), которую MGRS здесь не поддерживает.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="116"/>
        <source>Position {0}, {1} lies outside UTM zone {2}.</source>
        <translation>Положение {0}, {1} лежит вне зоны UTM {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="149"/>
        <source>MGRS reference must be text, not {0!r}.</source>
        <translation>Ссылка MGRS должна быть текстом, а не {0!r}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="153"/>
        <source>MGRS reference is empty.</source>
        <translation>Ссылка MGRS пуста.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="155"/>
        <source>MGRS reference &apos;{0}&apos; is in a polar area (UPS), which is not supported.</source>
        <translation>Ссылка MGRS '{0}' в полярной области (UPS), которая не поддерживается.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="160"/>
        <source>&apos;{0}&apos; is not an MGRS reference (expected zone number, band letter, two 100 km letters and an even number of digits, e.g. 38T LK 12345 67890).</source>
        <translation>'{0}' — не ссылка MGRS (ожидаются номер зоны, буква пояса, две буквы 100-километрового квадрата и чётное число цифр, например 38T LK 12345 67890).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="167"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1} is not between 1 and 60.</source>
        <translation>Ссылка MGRS '{0}': зона {1} не между 1 и 60.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="170"/>
        <source>MGRS reference &apos;{0}&apos;: band {1} is a polar (UPS) area, which is not supported.</source>
        <translation>Ссылка MGRS '{0}': пояс {1} — полярная область (UPS), которая не поддерживается.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="175"/>
        <source>MGRS reference &apos;{0}&apos;: &apos;{1}&apos; is not a latitude band letter (C to X, without I and O).</source>
        <translation>Ссылка MGRS '{0}': '{1}' — не буква широтного пояса (от C до X, без I и O).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="182"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1}X does not exist (Svalbard&apos;s zones 31X to 37X are widened).</source>
        <translation>Ссылка MGRS '{0}': зоны {1}X не существует (зоны Шпицбергена с 31X по 37X расширены).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="189"/>
        <source>MGRS reference &apos;{0}&apos; has an odd number of digits ({1}); easting and northing need as many each.</source>
        <translation>В ссылке MGRS '{0}' нечётное число цифр ({1}); для восточной и северной координат их нужно поровну.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="194"/>
        <source>MGRS reference &apos;{0}&apos; has {1} digits; at most 10 (1 m precision) are allowed.</source>
        <translation>В ссылке MGRS '{0}' {1} цифр; допускается не больше 10 (точность 1 м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="202"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km column letter &apos;{1}&apos; is not used in zone {2} (expected one of {3}).</source>
        <translation>Ссылка MGRS '{0}': буква столбца 100-километрового квадрата '{1}' не используется в зоне {2} (ожидается одна из {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="207"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km row letter &apos;{1}&apos; is not valid (A to V, without I and O).</source>
        <translation>Ссылка MGRS '{0}': буква строки 100-километрового квадрата '{1}' недопустима (от A до V, без I и O).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="237"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} does not lie in latitude band {3} of zone {4}.</source>
        <translation>Ссылка MGRS '{0}': 100-километровый квадрат {1}{2} не лежит в широтном поясе {3} зоны {4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="247"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} lies outside zone {3}{4}.</source>
        <translation>Ссылка MGRS '{0}': 100-километровый квадрат {1}{2} лежит вне зоны {3}{4}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="253"/>
        <source>MGRS reference &apos;{0}&apos; does not denote a position.</source>
        <translation>Ссылка MGRS '{0}' не обозначает положение.</translation>
    </message>
</context>
<context>
    <name>MineMapAccuracyAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="59"/>
        <source>Mine map accuracy</source>
        <translation>Точность карт минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="61"/>
        <source>How accurate supplied minefield records are, judged against the items found, record by record, measured in metres in each record&apos;s local UTM zone.

MAPPED: the records&apos; mapped mines (points). FOUND: the items found (points). RECORDS (optional): the record polygons; mapped mines belong to a record by record_id when both layers have that field, otherwise by lying inside it. Without RECORDS the mapped mines are grouped by record_id. SEARCHED (optional): the land searched so far (the cleared land); only mapped mines in it are judged, since a mine in land nobody has searched can be neither confirmed nor refuted. TOLERANCE: metres (default 10). MAX_OFFSET: how far a record may be off and still be matched (default 100 m).

Recall: share of the judged mapped mines with a found item within the tolerance (each item counts for one mine at most, closest pairs first). Precision: share of the found items inside the record&apos;s area that were matched to one of its mines. Fit: a robust similarity transform from the record to the items: dx, dy (metres east and north, of the record&apos;s centre), rotation_deg (clockwise, about the centre) and scale; found even when the record is off by more than the tolerance. RMSE before and after: root mean square distance of the fitted pairs. Fewer than 3 pairs give a shift only; none, no fit (the note column says why).

OUTPUT: a table, one row per record. CORRECTED (optional): the mapped mines with the fit applied. RECALL, PRECISION: pooled over all records; DX, DY, ROTATION_DEG, SCALE: mean over the fitted records, weighted by their pairs; RMSE_BEFORE, RMSE_AFTER: pooled over all pairs.</source>
        <translation>Насколько точны полученные формуляры минных полей, в сравнении с найденными предметами, формуляр за формуляром, с измерением в метрах в местной зоне UTM каждого формуляра.

MAPPED: мины по формулярам (точки). FOUND: найденные предметы (точки). RECORDS (необязательно): полигоны формуляров; мины относятся к формуляру по record_id, если это поле есть в обоих слоях, иначе — по нахождению внутри него. Без RECORDS мины группируются по record_id. SEARCHED (необязательно): уже обследованная земля (очищенная земля); оцениваются только мины на ней, так как мину на земле, которую никто не обследовал, нельзя ни подтвердить, ни опровергнуть. TOLERANCE: метры (по умолчанию 10). MAX_OFFSET: на сколько формуляр может быть смещён и всё ещё сопоставлен (по умолчанию 100 м).

Полнота (recall): доля оценённых мин по формуляру, у которых найденный предмет в пределах допуска (каждый предмет засчитывается не более чем для одной мины, сначала ближайшие пары). Точность (precision): доля найденных предметов в пределах площади формуляра, сопоставленных с одной из его мин. Подгонка: устойчивое преобразование подобия от формуляра к предметам: dx, dy (метры на восток и север, для центра формуляра), rotation_deg (по часовой стрелке, вокруг центра) и scale; находится даже тогда, когда формуляр смещён больше допуска. RMSE до и после: среднеквадратическое расстояние подогнанных пар. Меньше 3 пар дают только сдвиг; без пар подгонки нет (столбец note объясняет почему).

OUTPUT: таблица, по строке на формуляр. CORRECTED (необязательно): мины по формулярам с применённой подгонкой. RECALL, PRECISION: по всем формулярам вместе; DX, DY, ROTATION_DEG, SCALE: среднее по подогнанным формулярам, взвешенное по их парам; RMSE_BEFORE, RMSE_AFTER: по всем парам вместе.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="84"/>
        <source>Mapped mines (points)</source>
        <translation>Мины по формуляру (точки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="86"/>
        <source>Items found (points)</source>
        <translation>Найденные предметы (точки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="88"/>
        <source>Minefield records (polygons)</source>
        <translation>Формуляры минных полей (полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="90"/>
        <source>Land searched so far (polygons)</source>
        <translation>Уже обследованная земля (полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="93"/>
        <source>Tolerance (m)</source>
        <translation>Допуск (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="96"/>
        <source>Largest offset looked for (m)</source>
        <translation>Наибольшее искомое смещение (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="99"/>
        <source>Record accuracy</source>
        <translation>Точность формуляров</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="101"/>
        <source>Corrected mapped mines</source>
        <translation>Исправленные мины по формуляру</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Shift east (m)</source>
        <translation>Сдвиг на восток (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Shift north (m)</source>
        <translation>Сдвиг на север (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Rotation (degrees, clockwise)</source>
        <translation>Поворот (градусы, по часовой стрелке)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>RMSE before the fit (m)</source>
        <translation>RMSE до подгонки (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="107"/>
        <source>RMSE after the fit (m)</source>
        <translation>RMSE после подгонки (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="157"/>
        <source>{n} records have no found item anywhere near them (no fit).</source>
        <translation>У {n} формуляров нет найденных предметов поблизости (подгонки нет).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="174"/>
        <source>{n} records; {matched:,} of {judged:,} judged mapped mines matched within {tol:g} m (recall {recall}); precision {precision}.</source>
        <translation>Формуляров: {n}; сопоставлено {matched:,} из {judged:,} оценённых мин по формуляру в пределах {tol:g} м (полнота {recall}); точность {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="179"/>
        <source>Fit on {pairs:,} pairs: shift {dx:+.2f} m east, {dy:+.2f} m north, rotation {rot:+.3f} degrees, scale {scale:.4f}; RMSE {before:.2f} m before, {after:.2f} m after.</source>
        <translation>Подгонка по {pairs:,} парам: сдвиг {dx:+.2f} м на восток, {dy:+.2f} м на север, поворот {rot:+.3f} градусов, масштаб {scale:.4f}; RMSE {before:.2f} м до, {after:.2f} м после.</translation>
    </message>
</context>
<context>
    <name>MineMapsDock</name>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="104"/>
        <source>Mine map accuracy of {}</source>
        <translation>Точность карт минных полей: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Record</source>
        <translation>Формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Offset (m): total (east, north)</source>
        <translation>Смещение (м): всего (восток, север)</translation>
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
        <translation>RMSE после (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Judged</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Mapped</source>
        <translation>По формуляру</translation>
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
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="156"/>
        <source>Mine maps</source>
        <translation>Карты минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="166"/>
        <source>Tolerance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="172"/>
        <source>A mapped mine counts as confirmed when an item was found this close</source>
        <translation>Мина по формуляру считается подтверждённой, если предмет найден не дальше этого расстояния</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="175"/>
        <source>Compute</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="176"/>
        <source>Judge every record against the items found (in the background)</source>
        <translation>Оценить каждый формуляр по найденным предметам (в фоне)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="180"/>
        <source>Draw offsets</source>
        <translation>Нарисовать смещения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="181"/>
        <source>Draw each record&apos;s offset as an arrow from its centre, and the matched pairs (mapped mine to item found) at true length</source>
        <translation>Нарисовать смещение каждого формуляра стрелкой от его центра и сопоставленные пары (мина по формуляру → найденный предмет) в истинную длину</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="186"/>
        <source>Add corrected layer</source>
        <translation>Добавить исправленный слой</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="187"/>
        <source>Add the mapped mines of every fitted record, moved by its fit, as a layer of the project</source>
        <translation>Добавить в проект слоем мины каждого подогнанного формуляра, перемещённые по его подгонке</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="248"/>
        <source>No store is open. Open a store (Demining ▸ Open Store…) to judge its supplied mine maps.</source>
        <translation>Хранилище не открыто. Откройте хранилище (Разминирование ▸ Открыть хранилище…), чтобы оценить его полученные карты минных полей.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>This store has no mapped mines yet: import a supplied mine map first.</source>
        <translation>В этом хранилище ещё нет мин по формуляру: сначала импортируйте полученную карту минного поля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>No item found yet: nothing to judge the {n} record(s) against.</source>
        <translation>Ещё не найдено ни одного предмета: не с чем сравнить формуляры ({n}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="295"/>
        <source>Judging the mine maps of {}</source>
        <translation>Оценка карт минных полей {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="297"/>
        <source>The mine maps could not be judged: see the message bar.</source>
        <translation>Карты минных полей не удалось оценить: см. панель сообщений.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="360"/>
        <source>Fit: {kind} on {pairs} pairs</source>
        <translation>Подгонка: {kind} по {pairs} парам</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="372"/>
        <source>{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), precision {precision}.</source>
        <translation>Формуляров: {n}, мин по формуляру: {mapped}; у {judged_records} формуляров есть мины на уже очищенной земле: {matched} из {judged} подтверждены в пределах {tol} м (полнота {recall}), точность {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="381"/>
        <source>Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m after.</source>
        <translation>Подгонка по {pairs} парам: среднее смещение {offset} м, RMSE {before} м до, {after} м после.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="417"/>
        <source>Record offsets (arrows ×{n})</source>
        <translation>Смещения формуляров (стрелки ×{n})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="451"/>
        <source>Matched pairs (mapped mine → item found)</source>
        <translation>Сопоставленные пары (мина по формуляру → найденный предмет)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="498"/>
        <source>{n} record offsets drawn (arrows {x} times their length) and {p} matched pairs at true length.</source>
        <translation>Нарисовано смещений формуляров: {n} (стрелки в {x} раз длиннее) и сопоставленных пар в истинную длину: {p}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="506"/>
        <source>Corrected mapped mines</source>
        <translation>Исправленные мины по формуляру</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="532"/>
        <source>{n} mapped mines of the fitted records added at their corrected positions (layer “{name}”).</source>
        <translation>{n} мин подогнанных формуляров добавлены в исправленных положениях (слой «{name}»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="277"/>
        <source>Computing… the records of {name} are judged against the items found.</source>
        <translation>Вычисление… записи {name} сверяются с найденными предметами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="318"/>
        <source>Judging the mine maps was cancelled.</source>
        <translation>Оценка карт минных полей отменена.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="53"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="78"/>
        <source>{doing} failed: {error}</source>
        <translation>{doing}: ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="83"/>
        <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
        <translation>{doing}: непредвиденная ошибка ({error}). Подробности — на вкладке Demining панели «Журнал сообщений».</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="56"/>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mine</source>
        <translation>{n} противопехотная мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mines</source>
        <translation>противопехотные мины — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mine</source>
        <translation>{n} противотанковая мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mines</source>
        <translation>противотанковые мины — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} item of unexploded ordnance (UXO)</source>
        <translation>{n} неразорвавшийся боеприпас (НВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} items of unexploded ordnance (UXO)</source>
        <translation>неразорвавшиеся боеприпасы (НВБ) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} item of abandoned explosive ordnance (AXO)</source>
        <translation>{n} оставленный взрывоопасный боеприпас (ОВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} items of abandoned explosive ordnance (AXO)</source>
        <translation>оставленные взрывоопасные боеприпасы (ОВБ) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive device (IED)</source>
        <translation>{n} самодельное взрывное устройство (СВУ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive devices (IEDs)</source>
        <translation>самодельные взрывные устройства (СВУ) — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunition</source>
        <translation>{n} суббоеприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunitions</source>
        <translation>суббоеприпасы — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other item</source>
        <translation>{n} прочий предмет</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other items</source>
        <translation>прочие предметы — {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="185"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="190"/>
        <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
        <translation>Гектары — истинные (эллипсоидальные) площади; земля, высвобожденная более одного раза, учитывается один раз, за первым высвобождением. Районы — там, где находятся земля, предметы, дороги и несчастные случаи.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="214"/>
        <source>Outside the districts</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="235"/>
        <source>between {start} and {end}</source>
        <translation>в период с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="238"/>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="245"/>
        <source>outside the mapped districts</source>
        <translation>вне нанесённых на карту районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="256"/>
        <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
        <translation>{Period} обнаружен 1 взрывоопасный предмет: {parts}, в районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="258"/>
        <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
        <translation>{Period} обнаружено взрывоопасных предметов: {n} ({parts}), в районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="265"/>
        <source>{Period}, no explosive items were found.</source>
        <translation>{Period} взрывоопасных предметов не обнаружено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="273"/>
        <source>{ha} ha cleared</source>
        <translation>очищено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="275"/>
        <source>{ha} ha reduced by technical survey</source>
        <translation>сокращено техническим обследованием {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="278"/>
        <source>{ha} ha cancelled by non-technical survey</source>
        <translation>исключено нетехническим обследованием {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="280"/>
        <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
        <translation>Высвобождено {ha} га земли, каждый квадратный метр учтён один раз: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="284"/>
        <source>Land was cleared in {districts}.</source>
        <translation>Очистка проводилась в районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="287"/>
        <source>No land was released.</source>
        <translation>Земли не высвобождались.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="291"/>
        <source>{km} km of routes were cleared, in {districts}.</source>
        <translation>Очищено {km} км дорог, в районах: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="294"/>
        <source>No routes were cleared.</source>
        <translation>Дороги не очищались.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="298"/>
        <source>1 mine accident was recorded</source>
        <translation>Зарегистрирован 1 несчастный случай, связанный с минами</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="299"/>
        <source>{n} mine accidents were recorded</source>
        <translation>Зарегистрировано несчастных случаев, связанных с минами: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="300"/>
        <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
        <translation>{accidents}; погибло: {killed}, ранено: {injured}; районы: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="308"/>
        <source>No mine accidents were recorded.</source>
        <translation>Несчастных случаев, связанных с минами, не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="311"/>
        <source>Mine action report, {day}</source>
        <translation>Отчёт о противоминной деятельности, {day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="313"/>
        <source>Mine action report, {start} to {end}</source>
        <translation>Отчёт о противоминной деятельности, с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="356"/>
        <source>{n} were destroyed in situ</source>
        <translation>уничтожено на месте: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="357"/>
        <source>{n} were removed for demolition</source>
        <translation>вывезено для уничтожения: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="358"/>
        <source>{n} were rendered safe</source>
        <translation>обезврежено: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="368"/>
        <source>{n} have no disposal recorded</source>
        <translation>без записи об утилизации: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="369"/>
        <source>Of these, {parts}.</source>
        <translation>Из них {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="171"/>
        <source>Accidents by activity at the time</source>
        <translation>Несчастные случаи по деятельности в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Civilians killed</source>
        <translation>Погибло мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="181"/>
        <source>Civilians injured</source>
        <translation>Ранено мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="331"/>
        <source>{activity} {share}</source>
        <translation>{activity} {share}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="333"/>
        <source>By activity at the time: {parts}.</source>
        <translation>По деятельности в момент происшествия: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="334"/>
        <source>Civilians: {killed} killed and {injured} injured.</source>
        <translation>Гражданские лица: погибших {killed}, раненых {injured}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="166"/>
        <source>A report is written as .md, .html or .txt, not &apos;{suffix}&apos;.</source>
        <translation>Отчёт записывается как .md, .html или .txt, а не '{suffix}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="229"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Отчёту за период нужны обе даты периода (DATE_FROM и DATE_TO).</translation>
    </message>
</context>
<context>
    <name>PeriodReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="124"/>
        <source>Period report</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="144"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>С даты (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="145"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>По дату (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="150"/>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="189"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="125"/>
        <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period&apos;s dates. Every figure is computed from the store.</source>
        <translation>Записывает сводку, которую агентство публикует за период, полными предложениями и таблицей по районам: найденные предметы по категориям и районы, где они найдены, высвобожденные гектары по методам (каждый квадратный метр один раз, истинные эллипсоидальные площади), километры очищенных дорог и несчастные случаи, с датами периода. Все показатели рассчитываются по хранилищу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="165"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Отчёту за период нужны обе даты периода (DATE_FROM и DATE_TO).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="170"/>
        <source>A report is written as .md, .html or .txt: {output}</source>
        <translation>Отчёт записывается как .md, .html или .txt: {output}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="132"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. AS_OF (optional): a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS] (local time unless a zone such as +04:00 or Z is given): the figures as the store held them then, rebuilt from its history. SINCE (optional, without AS_OF): appends how the figures moved since that moment (the sum of demining:changessince). OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
        <translation>DATE_FROM, DATE_TO: ГГГГ-ММ-ДД, обе включительно. AS_OF (необязательно): дата и время, ГГГГ-ММ-ДД (конец этого дня) или ГГГГ-ММ-ДДTЧЧ:ММ[:СС] (местное время, если не указан пояс, например +04:00 или Z): показатели хранилища на тот момент, восстановленные по его истории. SINCE (необязательно, без AS_OF): добавляет, как сдвинулись показатели с того момента (сумма demining:changessince). OUTPUT: файл отчёта; формат определяется расширением: .md (Markdown), .html или .txt. TEXT: отчёт простым текстом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="146"/>
        <source>As the store held it at (date and time)</source>
        <translation>Состояние хранилища на (дата и время)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="147"/>
        <source>Reconcile with the figures at (date and time)</source>
        <translation>Сверить с показателями на (дата и время)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="175"/>
        <source>SINCE reconciles today&apos;s figures with an earlier moment; leave AS_OF empty when SINCE is given.</source>
        <translation>SINCE сверяет сегодняшние показатели с более ранним моментом; при заданном SINCE оставьте AS_OF пустым.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="109"/>
        <source>The store has no released land to measure productivity from.</source>
        <translation>В хранилище нет высвобожденной земли, по которой можно измерить производительность.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="133"/>
        <source>At this capacity the work would outlast the calendar ({years:,.0f} years): give more teams (CAPACITY).</source>
        <translation>При таком составе работа выйдет за пределы календаря (лет: {years:,.0f}): укажите больше групп (CAPACITY).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="140"/>
        <source>No teams to do the work: give CAPACITY as kind=teams pairs (kinds: {kinds}).</source>
        <translation>Нет групп для работы: укажите CAPACITY парами вид=группы (виды: {kinds}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="144"/>
        <source>WORK_DAYS_PER_YEAR must be between 1 and 366, not {days}.</source>
        <translation>WORK_DAYS_PER_YEAR должно быть от 1 до 366, а не {days}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="148"/>
        <source>No hazard left in the district(s) {unknown} to work first (districts with land left: {known}).</source>
        <translation>В районах {unknown}, назначенных первыми, не осталось опасных районов (районы с оставшейся землёй: {known}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="156"/>
        <source>The forecast needs productivity grouped by method.</source>
        <translation>Для прогноза нужна производительность, сгруппированная по методам.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="220"/>
        <source>{ha} ha left take {days} team-days: with {teams} teams working {wd} days a year from {start}, {years} years, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>Оставшиеся {ha} га требуют {days} группо-дней: при {teams} группах, работающих {wd} дней в году с {start}, — лет: {years}, завершение {finish} (10–90%: с {early} по {late}), стоимость {cost}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="84"/>
        <source>WEIGHTS: at least one weight must be above zero.</source>
        <translation>WEIGHTS: хотя бы один вес должен быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="93"/>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="94"/>
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="95"/>
        <source>polygons</source>
        <translation>полигоны</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="96"/>
        <source>no geometry</source>
        <translation>без геометрии</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="97"/>
        <source>{what}: layer &apos;{name}&apos; holds {found}; it must hold {wanted}.</source>
        <translation>{what}: слой '{name}' содержит {found}; он должен содержать {wanted}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="98"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="102"/>
        <source>{what}: layer &apos;{name}&apos; has no coordinate reference system; set its CRS first.</source>
        <translation>{what}: у слоя '{name}' нет системы координат; сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="167"/>
        <source>Settlements</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="169"/>
        <source>Roads</source>
        <translation>Дороги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="170"/>
        <source>Land use</source>
        <translation>Землепользование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="172"/>
        <source>Settlements: layer &apos;{name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Населённые пункты: в слое '{name}' нет поля '{field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="179"/>
        <source>The store has no open hazard to rank.</source>
        <translation>В хранилище нет открытых опасных районов для ранжирования.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="221"/>
        <source>Cannot group productivity by &apos;{group_by}&apos;; choose one of {choices}.</source>
        <translation>Нельзя сгруппировать производительность по '{group_by}'; выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="277"/>
        <source>{name}: &apos;{part}&apos; is not a name=number pair with a name among {choices} and a number of zero or more.</source>
        <translation>{name}: '{part}' — не пара имя=число с именем из {choices} и числом не меньше нуля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="234"/>
        <source>{district}: {ha} ha left ({sha} ha SHA, {cha} ha CHA) take {days} team-days, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>{district}: оставшиеся {ha} га ({sha} га SHA, {cha} га CHA) требуют {days} группо-дней, завершение {finish} (10–90%: с {early} по {late}), стоимость {cost}.</translation>
    </message>
</context>
<context>
    <name>PlanningAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="66"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>PostgisController</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>Open PostGIS store</source>
        <translation>Открыть хранилище PostGIS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):</source>
        <translation>Хранилище PostGIS (сохранённое подключение, pg:service=… или postgresql://…?schema=…):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="99"/>
        <source>Select one feature of a Demining store layer first.</source>
        <translation>Сначала выберите один объект слоя хранилища Demining.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="103"/>
        <source>Select exactly one feature of {} to see its history ({} are selected).</source>
        <translation>Выберите ровно один объект {}, чтобы увидеть его историю (выбрано: {}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="110"/>
        <source>Reading the history of {}</source>
        <translation>Чтение истории {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>{layer} {identifier}: {count} recorded changes in {store}</source>
        <translation>{layer} {identifier}: записанных изменений {count} в {store}</translation>
    </message>
</context>
<context>
    <name>PostgisRoles</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="65"/>
        <source>ROLE is operator or manager, not &apos;{role}&apos;.</source>
        <translation>ROLE — operator или manager, а не '{role}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="67"/>
        <source>USER: name the PostgreSQL login role to grant.</source>
        <translation>USER: укажите роль входа PostgreSQL, которой назначается роль.</translation>
    </message>
</context>
<context>
    <name>PostgisStore</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="60"/>
        <source>PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>Хранилищам PostGIS нужен модуль Python psycopg2 (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="73"/>
        <source>Cannot read the PostGIS location at &apos;{text}&apos;: write keyword=value pairs such as host=db.example.org dbname=mine_action schema=demining.</source>
        <translation>Не удаётся прочитать расположение PostGIS с '{text}': пишите пары ключ=значение, например host=db.example.org dbname=mine_action schema=demining.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="113"/>
        <source>&apos;{text}&apos; is not a PostGIS store location (pg:... or postgresql://...).</source>
        <translation>'{text}' — не расположение хранилища PostGIS (pg:... или postgresql://...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="116"/>
        <source>Schema name &apos;{schema}&apos; is not usable: use letters, digits and _ only, starting with a letter.</source>
        <translation>Имя схемы '{schema}' непригодно: используйте только буквы, цифры и _, начиная с буквы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="122"/>
        <source>The PostGIS location &apos;{text}&apos; names no database, service or connection.</source>
        <translation>Расположение PostGIS '{text}' не называет ни базы данных, ни службы, ни подключения.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="138"/>
        <source>There is no PostgreSQL connection named &apos;{name}&apos; in QGIS (Data Source Manager &gt; PostgreSQL lists the saved connections).</source>
        <translation>В QGIS нет подключения PostgreSQL с именем '{name}' (сохранённые подключения перечислены в Диспетчере источников данных &gt; PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="217"/>
        <source>{store_name} does not exist (the database has no schema {store_schema} with tables).</source>
        <translation>{store_name} не существует (в базе данных нет схемы {store_schema} с таблицами).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="221"/>
        <source>Schema {store_schema} is not a Demining project store (it has no {table} table).</source>
        <translation>Схема {store_schema} — не хранилище проекта Demining (в ней нет таблицы {table}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="229"/>
        <source>{store_name} is missing the store layers: {missing}.</source>
        <translation>В {store_name} нет слоёв хранилища: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="240"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Неизвестная система координат: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="247"/>
        <source>The database of {store_name} has no PostGIS extension; a database administrator can add it with CREATE EXTENSION postgis.</source>
        <translation>В базе данных {store_name} нет расширения PostGIS; администратор базы данных может добавить его командой CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="253"/>
        <source>PostGIS does not know the coordinate reference system EPSG:{srid}.</source>
        <translation>PostGIS не знает систему координат EPSG:{srid}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="259"/>
        <source>Schema {store_schema} already exists in that database; choose another schema name or allow overwriting.</source>
        <translation>Схема {store_schema} уже существует в этой базе данных; выберите другое имя схемы или разрешите перезапись.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="397"/>
        <source>Nothing was changed in {name}: another operator was changing the same hazard at the same moment. Try again.</source>
        <translation>В {name} ничего не изменено: другой оператор в тот же момент изменял тот же опасный район. Попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="600"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>В {name} ничего не изменено: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="520"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="541"/>
        <source>Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released land {new_id} is already released as {old_id} (another operator marked it at the same moment). Try again.</source>
        <translation>В {name} ничего не изменено: {overlap_m2:.1f} м² новой высвобожденной земли {new_id} уже высвобождены как {old_id} (другой оператор отметил их в тот же момент). Попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="184"/>
        <source>There is no field {name} in {definition_name}.</source>
        <translation>В {definition_name} нет поля {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="204"/>
        <source>A PostGIS store needs an EPSG coordinate reference system, not {authid}.</source>
        <translation>Хранилищу PostGIS нужна система координат EPSG, а не {authid}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="167"/>
        <source>Reading {name} failed: {error}</source>
        <translation>Чтение {name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="279"/>
        <source>Creating {store_name} failed: {error}</source>
        <translation>Создание {store_name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="357"/>
        <source>Removing {name} failed: {error}</source>
        <translation>Удаление {name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="647"/>
        <source>Saving styles in {name} failed: {error}</source>
        <translation>Сохранение стилей в {name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="341"/>
        <source>{name}: removed {count} styles that an earlier store of schema {schema} left in layer_styles; the new store&apos;s styles replace them.</source>
        <translation>{name}: удалено стилей: {count}, оставленных в layer_styles прежним хранилищем схемы {schema}; их заменяют стили нового хранилища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="300"/>
        <source>{name}: the operator and manager roles were not created ({error}); a user allowed to create roles can run demining:grant later.</source>
        <translation>{name}: роли оператора и менеджера не созданы ({error}); пользователь с правом создавать роли может позже запустить demining:grant.</translation>
    </message>
</context>
<context>
    <name>PrioritiesAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="268"/>
        <source>Hazard priorities</source>
        <translation>Приоритеты опасных районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="237"/>
        <source>Every hazard not closed, scored by what it blocks and threatens, each component a column between 0 and 1 beside the measure it comes from: settlement (1 / (1 + distance to the nearest settlement in km)), population (people, or settlements without a population field, within 5 km, over the most), roads (metres of road within 500 m, over the most), farmland (share of the hazard in land-use polygons), accidents and items (found within 2 km in the last 365 days, over the most), classification (CHA 1, SHA 0.5) and size (hectares left, over the largest). The score is 100 times the weighted mean of the components; rank 1 comes first. The weights are written in every row.</source>
        <translation>Каждый незакрытый опасный район, оценённый по тому, что он блокирует и чему угрожает; каждая составляющая — столбец от 0 до 1 рядом с мерой, из которой она получена: населённый пункт (1 / (1 + расстояние до ближайшего населённого пункта в км)), население (люди или, без поля населения, населённые пункты в пределах 5 км, делённые на максимум), дороги (метры дорог в пределах 500 м, делённые на максимум), сельхозугодья (доля опасного района в полигонах землепользования), несчастные случаи и предметы (найденные в пределах 2 км за последние 365 дней, делённые на максимум), классификация (CHA 1, SHA 0,5) и размер (оставшиеся гектары, делённые на наибольшее). Балл — 100, умноженное на взвешенное среднее составляющих; ранг 1 — первый. Веса записываются в каждой строке.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="246"/>
        <source>SETTLEMENTS: points or polygons (optional), POPULATION_FIELD its population (optional). ROADS: lines (optional). LAND_USE: farmland polygons (optional). WEIGHTS: name=weight pairs changing the defaults settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; a weight of 0 leaves its component out. OUTPUT: the hazards&apos; polygons with the components, score and rank, coloured by rank.</source>
        <translation>SETTLEMENTS: точки или полигоны (необязательно), POPULATION_FIELD — их население (необязательно). ROADS: линии (необязательно). LAND_USE: полигоны сельхозугодий (необязательно). WEIGHTS: пары имя=вес, меняющие значения по умолчанию settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; вес 0 исключает составляющую. OUTPUT: полигоны опасных районов с составляющими, баллом и рангом, раскрашенные по рангу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="256"/>
        <source>Settlements (points or polygons)</source>
        <translation>Населённые пункты (точки или полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="259"/>
        <source>Population field</source>
        <translation>Поле населения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="262"/>
        <source>Roads (lines)</source>
        <translation>Дороги (линии)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="264"/>
        <source>Farmland (polygons)</source>
        <translation>Сельхозугодья (полигоны)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="266"/>
        <source>Weights (settlement=3,roads=2,...; empty: the defaults)</source>
        <translation>Веса (settlement=3,roads=2,...; пусто: по умолчанию)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="309"/>
        <source>Weights: {weights}.</source>
        <translation>Веса: {weights}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="311"/>
        <source>{rank}. {hazard} ({district}): score {score}</source>
        <translation>{rank}. {hazard} ({district}): балл {score}</translation>
    </message>
</context>
<context>
    <name>ProductivityAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="95"/>
        <source>Productivity</source>
        <translation>Производительность</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="73"/>
        <source>Square metres released per team-day, measured from the store: released land counted once (true ellipsoidal areas), team-days from the work days teams logged on their tasks (the task&apos;s land spread evenly over them) and, where a task has none, the distinct (team, release date) pairs of the released land. Gives the mean and the 10th, 50th and 90th percentiles over team-days, and the shares of suspected (SHA) and confirmed (CHA) land that left the hazards cancelled, reduced and cleared.</source>
        <translation>Квадратные метры, высвобожденные за группо-день, по данным хранилища: высвобожденная земля учитывается один раз (истинные эллипсоидальные площади), группо-дни — по рабочим дням, записанным группами в своих задачах (земля задачи распределяется по ним поровну), а если у задачи их нет — по различным парам (группа, дата высвобождения) высвобожденной земли. Выдаёт среднее и 10-й, 50-й и 90-й процентили по группо-дням, а также доли подозреваемых (SHA) и подтверждённых (CHA) земель, вышедших из опасных районов исключёнными, сокращёнными и очищенными.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="81"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive (optional). GROUP_BY: nothing (all), technique, method, district, organisation or team. OUTPUT: a table with group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 and the shares sha_cancelled ... cha_cleared; the last row, group &apos;All&apos;, counts every team-day once.</source>
        <translation>DATE_FROM, DATE_TO: ГГГГ-ММ-ДД, обе включительно (необязательно). GROUP_BY: ничего (всё), способ, метод, район, организация или группа. OUTPUT: таблица с group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 и долями sha_cancelled ... cha_cleared; последняя строка, группа 'All', учитывает каждый группо-день один раз.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>С даты (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>По дату (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Nothing (all)</source>
        <translation>Ничего (всё)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Technique</source>
        <translation>Способ</translation>
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
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="97"/>
        <source>Square metres per team-day</source>
        <translation>Квадратных метров за группо-день</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="98"/>
        <source>Team-days</source>
        <translation>Группо-дни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="114"/>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="119"/>
        <source>{m2} m² per team-day over {days} team-days (10th to 90th percentile: {p10} to {p90} m²).</source>
        <translation>{m2} м² за группо-день по {days} группо-дням (с 10-го по 90-й процентиль: от {p10} до {p90} м²).</translation>
    </message>
</context>
<context>
    <name>RecordEntry</name>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="46"/>
        <source>&apos;{text}&apos; is not a latitude and longitude: type decimal degrees, latitude first, e.g. 40.0512, 46.9876.</source>
        <translation>'{text}' — не широта и долгота: введите десятичные градусы, сначала широту, например 40.0512, 46.9876.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="57"/>
        <source>Latitude {lat} is outside -90..90{hint}.</source>
        <translation>Широта {lat} вне диапазона -90..90{hint}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="60"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>Долгота {lon} вне диапазона -180..180.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="68"/>
        <source>&apos;{text}&apos; is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and the northing in metres, e.g. 38N 650000 4420000.</source>
        <translation>'{text}' — не координата UTM: введите зону с N или S (полушарие), восточную и северную координаты в метрах, например 38N 650000 4420000.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="74"/>
        <source>UTM zone {zone} does not exist (1 to 60).</source>
        <translation>Зоны UTM {zone} не существует (от 1 до 60).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="76"/>
        <source>Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).</source>
        <translation>Восточная координата {easting:.0f} м вне зоны UTM (от 100 000 до 900 000 м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="80"/>
        <source>Northing {northing:.0f} m is outside 0 to 10,000,000 m.</source>
        <translation>Северная координата {northing:.0f} м вне диапазона от 0 до 10 000 000 м.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="86"/>
        <source>&apos;{text}&apos; does not convert to a latitude and longitude.</source>
        <translation>'{text}' не преобразуется в широту и долготу.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="101"/>
        <source>MGRS entry is not available in this installation of the plugin; type the point as latitude/longitude or UTM.</source>
        <translation>Ввод MGRS недоступен в этой установке модуля; введите точку как широту/долготу или UTM.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="105"/>
        <source>Unknown coordinate format &apos;{coordinate_format}&apos;.</source>
        <translation>Неизвестный формат координат '{coordinate_format}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="159"/>
        <source>The record needs a source (who supplied it, or the document).</source>
        <translation>Формуляру нужен источник (кто его предоставил, или документ).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="161"/>
        <source>The traverse has no polygon to store.</source>
        <translation>У хода нет полигона для записи.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="423"/>
        <source>The regions layer &apos;{label}&apos; is not a polygon layer.</source>
        <translation>Слой районов '{label}' — не полигональный слой.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="427"/>
        <source>The regions layer &apos;{label}&apos; has no field &apos;{name_field}&apos;.</source>
        <translation>В слое районов '{label}' нет поля '{name_field}'.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="43"/>
        <source>{ha} ha reduced</source>
        <translation>сокращено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="45"/>
        <source>{ha} ha cancelled</source>
        <translation>исключено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="46"/>
        <source>{ha} ha cleared</source>
        <translation>очищено {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="36"/>
        <source>{released} in task {task}</source>
        <translation>{released} в задаче {task}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="40"/>
        <source>{released} ({district})</source>
        <translation>{released} ({district})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="122"/>
        <source>{ha} ha remain in hazard {hazard}</source>
        <translation>в опасном районе {hazard} остаётся {ha} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="125"/>
        <source>{remain} (now closed)</source>
        <translation>{remain} (теперь закрыт)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="152"/>
        <source>The drawn area is empty.</source>
        <translation>Нарисованный участок пуст.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="154"/>
        <source>Released land must be drawn as a polygon.</source>
        <translation>Высвобожденную землю нужно рисовать полигоном.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="162"/>
        <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
        <translation>Рисунок самопересекается и после исправления не имеет площади; нарисуйте его заново.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="165"/>
        <source>The drawing crossed itself and was repaired.</source>
        <translation>Рисунок самопересекался и был исправлен.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="200"/>
        <source>Task {task} does not exist in this store.</source>
        <translation>Задачи {task} нет в этом хранилище.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="205"/>
        <source>Nothing was added: the area lies outside task {task}.</source>
        <translation>Ничего не добавлено: участок лежит вне задачи {task}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="209"/>
        <source>The part outside task {task} was left out.</source>
        <translation>Часть вне задачи {task} не учтена.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="215"/>
        <source>Nothing was added: the area is outside every hazard area.</source>
        <translation>Ничего не добавлено: участок вне всех опасных районов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="257"/>
        <source>Nothing was added: this land is already released.</source>
        <translation>Ничего не добавлено: эта земля уже высвобождена.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="259"/>
        <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
        <translation>Ничего не добавлено: после обрезки по опасным районам участок пуст.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="263"/>
        <source>Slivers under {m2} m² were left out.</source>
        <translation>Фрагменты меньше {m2} м² не учтены.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="65"/>
        <source>Release method &apos;{method}&apos; is not one of {codes}.</source>
        <translation>Метод высвобождения «{method}» не входит в список: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="68"/>
        <source>Technique &apos;{technique}&apos; is not one of {codes}.</source>
        <translation>Способ «{technique}» не входит в список: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="71"/>
        <source>The release date is missing.</source>
        <translation>Не указана дата высвобождения.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="73"/>
        <source>The release date {date} is in the future.</source>
        <translation>Дата высвобождения {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="76"/>
        <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
        <translation>Глубина очистки {depth} см вне диапазона 0–500 см.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="156"/>
        <source>The drawing has a coordinate that is not a number (NaN or infinite).</source>
        <translation>У рисунка есть координата, которая не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/batch.py" line="33"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="261"/>
        <source>Feature {label}: {error}</source>
        <translation>Объект {label}: {error}</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="131"/>
        <source>Undoing &apos;{}&apos;</source>
        <translation>Отмена «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="150"/>
        <source>Refreshing the layers</source>
        <translation>Обновление слоёв</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="138"/>
        <source>Undone: {}</source>
        <translation>Отменено: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="146"/>
        <source>Redoing &apos;{}&apos;</source>
        <translation>Повтор «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="181"/>
        <source>Record the land you drew as released.</source>
        <translation>Записать нарисованную землю как высвобожденную.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="185"/>
        <source>Marking land released</source>
        <translation>Отметка земли как высвобожденной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="198"/>
        <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
        <translation>Сначала выберите задачи или секторы для отметки (слой «Задачи по очистке»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="202"/>
        <source>{n} selected: {ids}</source>
        <translation>Выбрано {n}: {ids}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="209"/>
        <source>Marking tasks released</source>
        <translation>Отметка задач как высвобожденных</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="229"/>
        <source>There is no release to undo.</source>
        <translation>Нет высвобождения для отмены.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="245"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Сначала откройте или создайте хранилище (панель «Разминирование»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="263"/>
        <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
        <translation>В слое {layer} есть несохранённые правки. Сохраните или отмените их, затем отметьте землю снова.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="38"/>
        <source>{released} in {n} tasks</source>
        <translation>{released} в задачах: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="42"/>
        <source>{released} in {n} districts</source>
        <translation>{released} в районах: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="47"/>
        <source>hazard {hazard} closed</source>
        <translation>опасный район {hazard} закрыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="49"/>
        <source>{n} hazard areas closed</source>
        <translation>закрыто опасных районов: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="52"/>
        <source>{n} not added (see the log)</source>
        <translation>не добавлено: {n} (см. журнал)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="63"/>
        <source>{layer} {feature} ({field} {target})</source>
        <translation>{layer} {feature} ({field} {target})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="68"/>
        <source>{named} and {n} more</source>
        <translation>{named} и ещё {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="92"/>
        <source>Checking what links to &apos;{}&apos;</source>
        <translation>Проверка ссылок на «{}»</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="101"/>
        <source>Not undone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Не отменено: «{operation}». {links} ссылались бы на удаляемый объект; сначала измените или удалите их.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="103"/>
        <source>Not redone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Не повторено: «{operation}». {links} ссылались бы на удаляемый объект; сначала измените или удалите их.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="36"/>
        <source>Mark land released</source>
        <translation>Отметить землю высвобожденной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="50"/>
        <source>Release method</source>
        <translation>Метод высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="69"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="57"/>
        <source>Technique</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="62"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="65"/>
        <source>Released on</source>
        <translation>Дата высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="72"/>
        <source>Clearance depth</source>
        <translation>Глубина очистки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="75"/>
        <source>(from the map)</source>
        <translation>(по карте)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="78"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="81"/>
        <source>Mark released</source>
        <translation>Отметить высвобожденной</translation>
    </message>
</context>
<context>
    <name>ReviewAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="21"/>
        <source>Review a submission</source>
        <translation>Рассмотреть заявку</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="30"/>
        <source>SUBMISSION: its identifier (S-0001). DECISION: approve or reject. REASON: why (required to reject). STATUS: the submission&apos;s status afterwards.</source>
        <translation>SUBMISSION: её идентификатор (S-0001). DECISION: approve или reject. REASON: причина (обязательна при отклонении). STATUS: статус заявки после решения.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="37"/>
        <source>Submission (S-0001)</source>
        <translation>Заявка (S-0001)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>approve</source>
        <translation>утвердить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>reject</source>
        <translation>отклонить</translation>
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
        <translation>SUBMISSION: укажите заявку для рассмотрения (S-0001).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="55"/>
        <source>Submission {0} approved and stored ({1}).</source>
        <translation>Заявка {0} утверждена и сохранена ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="57"/>
        <source>Submission {0} rejected: {1}</source>
        <translation>Заявка {0} отклонена: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="23"/>
        <source>Approves or rejects a submission waiting for review (an import, a release or a field merge run with SUBMIT). Approving stores its rows in the baseline in one transaction, as the import, release or merge would have stored them at that moment (released land clipped against the land released by then); rejecting leaves the baseline as it is and keeps the reason.</source>
        <translation>Утверждает или отклоняет заявку, ожидающую рассмотрения (импорт, высвобождение или объединение полевых результатов, запущенные с SUBMIT). При утверждении её строки сохраняются в основных данных в одной транзакции так, как их сохранили бы импорт, высвобождение или объединение в этот момент (высвобожденная земля обрезается с учётом земли, высвобожденной к тому времени); при отклонении основные данные остаются как есть, а причина сохраняется.</translation>
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
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="68"/>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="91"/>
        <source>Reason (needed to reject)</source>
        <translation>Причина (нужна для отклонения)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show what the submission would add</source>
        <translation>Показать, что добавит заявка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Store the submission in the baseline now</source>
        <translation>Сохранить заявку в основных данных сейчас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject the submission, keeping the reason</source>
        <translation>Отклонить заявку, сохранив причину</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>List the pending submissions again</source>
        <translation>Заново вывести список ожидающих заявок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="121"/>
        <source>Listing the submissions of {}</source>
        <translation>Получение списка заявок {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="159"/>
        <source>{n} submissions wait for review.</source>
        <translation>Заявок, ожидающих рассмотрения: {n}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="138"/>
        <source>No store open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="228"/>
        <source>Select a submission first.</source>
        <translation>Сначала выберите заявку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="198"/>
        <source>Reviewing {}</source>
        <translation>Рассмотрение {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} approved and stored.</source>
        <translation>{} утверждена и сохранена.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} rejected.</source>
        <translation>{} отклонена.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="230"/>
        <source>Showing {}</source>
        <translation>Показ {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="238"/>
        <source>Submission {} (preview)</source>
        <translation>Заявка {} (предпросмотр)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Approving {}</source>
        <translation>Утверждение {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Rejecting {}</source>
        <translation>Отклонение {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="178"/>
        <source>Wait until {} is done.</source>
        <translation>Дождитесь завершения: {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="183"/>
        <source>Say why {} is rejected (Reason).</source>
        <translation>Укажите, почему {} отклоняется (поле «Причина»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="158"/>
        <source>One submission waits for review.</source>
        <translation>Одна заявка ожидает рассмотрения.</translation>
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
        <translation>Подозреваемый опасный район (ПОР, SHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>Подтверждённый опасный район (ПдОР, CHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cleared (clearance)</source>
        <translation>Очищена (очистка)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Reduced (technical survey)</source>
        <translation>Сокращена (техническое обследование)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Исключена (нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Manual</source>
        <translation>Ручной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mechanical</source>
        <translation>Механизированный</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mine detection dogs</source>
        <translation>Минно-розыскные собаки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-personnel mine</source>
        <translation>Противопехотная мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-tank mine</source>
        <translation>Противотанковая мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Неразорвавшийся боеприпас (НВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Оставленный взрывоопасный боеприпас (ОВБ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Improvised explosive device (IED)</source>
        <translation>Самодельное взрывное устройство (СВУ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Submunition</source>
        <translation>Суббоеприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-personnel mines</source>
        <translation>Противопехотные мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-tank mines</source>
        <translation>Противотанковые мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Mixed AP and AT mines</source>
        <translation>Смешанные ПП и ПТ мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Unexploded ordnance</source>
        <translation>Неразорвавшиеся боеприпасы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Cluster munitions</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Improvised explosive devices</source>
        <translation>Самодельные взрывные устройства</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Clearance</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Technical survey</source>
        <translation>Техническое обследование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Non-technical survey</source>
        <translation>Нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Route clearance</source>
        <translation>Очистка дорог</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>EOD spot task</source>
        <translation>Разовая задача по обезвреживанию ВОП</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Intact</source>
        <translation>Целый</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Damaged</source>
        <translation>Повреждён</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Deteriorated</source>
        <translation>Разрушен от времени</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Armed</source>
        <translation>Взведён</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Destroyed in situ</source>
        <translation>Уничтожен на месте</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Removed for demolition</source>
        <translation>Вывезен для уничтожения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Rendered safe</source>
        <translation>Обезврежен</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Illegal entry into uncleared land</source>
        <translation>Незаконный вход на неочищенную землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Leaving cleared land</source>
        <translation>Выход за пределы очищенной земли</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Demining</source>
        <translation>Разминирование</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Farming</source>
        <translation>Земледелие</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Herding</source>
        <translation>Выпас скота</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Travelling</source>
        <translation>Передвижение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Handling or tampering</source>
        <translation>Обращение или попытка вскрытия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Reference point (landmark)</source>
        <translation>Исходная точка (ориентир)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Turning point</source>
        <translation>Поворотная точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Intermediate point</source>
        <translation>Промежуточная точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>End point</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Degrees</source>
        <translation>Градусы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6400)</source>
        <translation>Тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6000)</source>
        <translation>Тысячные (6000)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>True north</source>
        <translation>Истинный север</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Grid north</source>
        <translation>Сетевой север</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Magnetic north</source>
        <translation>Магнитный север</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Road</source>
        <translation>Дорога</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Track</source>
        <translation>Грунтовая дорога</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Path</source>
        <translation>Тропа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Railway</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="317"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="318"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="319"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="320"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Region ID</source>
        <translation>ID района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative level</source>
        <translation>Административный уровень</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative districts used to split and total released land.</source>
        <translation>Административные районы для деления и подсчёта высвобожденной земли.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard ID</source>
        <translation>ID опасного района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Contamination</source>
        <translation>Загрязнение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Reported on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Evidence</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Area (ha)</source>
        <translation>Площадь (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Remaining (ha)</source>
        <translation>Остаток (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
        <translation>Подозреваемые (ПОР, SHA) и подтверждённые (ПдОР, CHA) опасные районы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance tasks</source>
        <translation>Задачи по очистке</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task ID</source>
        <translation>ID задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Hazard</source>
        <translation>Опасный район</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Parent task</source>
        <translation>Родительская задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task type</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
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
        <translation>Задачи по очистке и обследованию и их секторы, нанесённые внутри опасных районов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released land</source>
        <translation>Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release ID</source>
        <translation>ID высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release method</source>
        <translation>Метод высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Technique</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released on</source>
        <translation>Дата высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Clearance depth (cm)</source>
        <translation>Глубина очистки (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
        <translation>Земля, высвобожденная очисткой, техническим или нетехническим обследованием; без перекрытий.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Minefield records</source>
        <translation>Формуляры минных полей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Record ID</source>
        <translation>ID формуляра</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied by</source>
        <translation>Кем передан</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AP mines</source>
        <translation>Заявлено ПП мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AT mines</source>
        <translation>Заявлено ПТ мин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed mines in total</source>
        <translation>Заявлено мин всего</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>North reference</source>
        <translation>Направление севера</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Magnetic declination (degrees)</source>
        <translation>Магнитное склонение (градусы)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Traverse misclosure (m)</source>
        <translation>Невязка хода (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied minefield records (mine maps handed over by the other side).</source>
        <translation>Переданные формуляры минных полей (карты минирования, переданные другой стороной).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mines</source>
        <translation>Мины по формуляру</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mine ID</source>
        <translation>ID мины по формуляру</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mine number in row</source>
        <translation>Номер мины в ряду</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mines as positioned by a supplied record.</source>
        <translation>Мины в положениях по переданному формуляру.</translation>
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
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>From point</source>
        <translation>От точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Reference point, benchmark and turning points of a minefield record.</source>
        <translation>Исходная точка, репер и поворотные точки формуляра минного поля.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Item ID</source>
        <translation>ID предмета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Depth (cm)</source>
        <translation>Глубина (см)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Disposition</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Mines, UXO and other items found and what was done with them.</source>
        <translation>Найденные мины, НВБ и другие предметы и что с ними сделано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared routes</source>
        <translation>Очищенные дороги</translation>
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
        <translation>Очищенная ширина (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared on</source>
        <translation>Дата очистки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Length (km)</source>
        <translation>Длина (км)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Roads and tracks cleared and verified.</source>
        <translation>Очищенные и проверенные дороги и колеи.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accident ID</source>
        <translation>ID несчастного случая</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Occurred on</source>
        <translation>Дата происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Civilian victims</source>
        <translation>Жертвы среди мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Activity at the time</source>
        <translation>Деятельность в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Mine and UXO accidents with their victims.</source>
        <translation>Несчастные случаи с минами и НВБ и их жертвы.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="146"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="219"/>
        <source>Value out of range</source>
        <translation>Значение вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Medical evacuation point</source>
        <translation>Пункт медицинской эвакуации</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Helicopter landing site</source>
        <translation>Вертолётная площадка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Access point</source>
        <translation>Пункт доступа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Assembly point</source>
        <translation>Пункт сбора</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Control point</source>
        <translation>Контрольный пункт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Task points</source>
        <translation>Пункты задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Point ID</source>
        <translation>Идентификатор пункта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Medevac, helicopter landing, access and assembly points of a task.</source>
        <translation>Пункты медэвакуации, посадки вертолёта, доступа и сбора для задачи.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Housing</source>
        <translation>Жилая застройка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Grazing</source>
        <translation>Пастбище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Forest</source>
        <translation>Лес</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality assurance visit</source>
        <translation>Визит по обеспечению качества</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality control sampling</source>
        <translation>Выборочный контроль качества</translation>
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
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="322"/>
        <source>Field package UUID</source>
        <translation>UUID полевого пакета</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="324"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over on</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over to (authority or land user)</source>
        <translation>Кому передано (орган власти или землепользователь)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Land use after release</source>
        <translation>Землепользование после высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: women</source>
        <translation>Бенефициары: женщины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: men</source>
        <translation>Бенефициары: мужчины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: girls</source>
        <translation>Бенефициары: девочки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: boys</source>
        <translation>Бенефициары: мальчики</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Residual risk</source>
        <translation>Остаточный риск</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Work days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Day ID</source>
        <translation>ID дня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Hours worked</source>
        <translation>Отработано часов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Machines</source>
        <translation>Машины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>What a team worked on a task each day: hours, people and machines.</source>
        <translation>Что группа делала по задаче каждый день: часы, люди и машины.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspections</source>
        <translation>Инспекции</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspection ID</source>
        <translation>ID инспекции</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspected on</source>
        <translation>Дата инспекции</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Area sampled (m²)</source>
        <translation>Площадь выборки (м²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Items found in the sample</source>
        <translation>Найдено предметов в выборке</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Quality assurance visits and quality control samples of tasks, and their results.</source>
        <translation>Визиты по обеспечению качества и выборочный контроль качества задач и их результаты.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="123"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>SectoriseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="153"/>
        <source>Divide into sectors</source>
        <translation>Разделить на секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="155"/>
        <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon&apos;s local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent&apos;s attributes and gets sector_no, sector_id (such as T-0042/07, from the parent&apos;s task_id, hazard_id or feature id) and area_ha.</source>
        <translation>Делит каждый полигон INPUT (задачи или опасные районы) на пронумерованные секторы или полосы шириной WIDTH метров и длиной LENGTH метров вдоль направления ANGLE (градусы по часовой стрелке от севера), измеряемые на местности в местной зоне UTM полигона и обрезанные по полигону. Секторы покрывают родительский полигон точно, без перекрытий и разрывов. Каждый сектор сохраняет атрибуты родителя и получает sector_no, sector_id (например, T-0042/07, из task_id, hazard_id или id объекта родителя) и area_ha.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="165"/>
        <source>Polygons to divide</source>
        <translation>Полигоны для деления</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="167"/>
        <source>Sector width (m)</source>
        <translation>Ширина сектора (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="169"/>
        <source>Sector length (m)</source>
        <translation>Длина сектора (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="171"/>
        <source>Direction (degrees from north)</source>
        <translation>Направление (градусы от севера)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="174"/>
        <source>Sectors</source>
        <translation>Секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="180"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT не является читаемым полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="215"/>
        <source>{}: {} sectors</source>
        <translation>{}: секторов: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="204"/>
        <source>Feature {}: {}</source>
        <translation>Объект {}: {}</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="52"/>
        <source>Only polygons can be divided into sectors.</source>
        <translation>На секторы можно делить только полигоны.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="54"/>
        <source>The polygon has a coordinate that is not a number (NaN or infinite).</source>
        <translation>У полигона есть координата, которая не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="57"/>
        <source>Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).</source>
        <translation>Ширина и длина сектора должны быть больше 0 м (задано {width_m:g} x {length_m:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="61"/>
        <source>Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most {max_km:g} km.</source>
        <translation>Секторы {width_m:g} м x {length_m:g} м больше любой задачи: каждая сторона должна быть не больше {max_km:g} км.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="65"/>
        <source>The sector direction {angle_deg} is not a number of degrees.</source>
        <translation>Направление секторов {angle_deg} — не число градусов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="71"/>
        <source>The polygon holds no area (collapsed, or crossing itself); it cannot be divided.</source>
        <translation>У полигона нет площади (вырожден или самопересекается); его нельзя разделить.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="99"/>
        <source>{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check the units (metres).</source>
        <translation>Секторы {width_m:g} м x {length_m:g} м дали бы около {columns:,} секторов; проверьте единицы (метры).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="145"/>
        <source>More than {MAX_SECTORS} sectors; use larger sectors.</source>
        <translation>Больше {MAX_SECTORS} секторов; используйте секторы побольше.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="172"/>
        <source>Task {task_id} does not exist in this store.</source>
        <translation>Задачи {task_id} нет в этом хранилище.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="177"/>
        <source>Task {task_id} is already divided into {n_children} sectors.</source>
        <translation>Задача {task_id} уже разделена на {n_children} секторов.</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="42"/>
        <source>Divide {} into sectors</source>
        <translation>Разделить {} на секторы</translation>
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
        <translation>Ширина (поперёк)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="54"/>
        <source>Length (along)</source>
        <translation>Длина (вдоль)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="55"/>
        <source>Direction from north</source>
        <translation>Направление от севера</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="56"/>
        <source>Draw baseline on the map…</source>
        <translation>Нарисовать базовую линию на карте…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="57"/>
        <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
        <translation>Щёлкните начало базовой линии, затем точку на ней: секторы начинаются там и идут вдоль неё.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="67"/>
        <source>Store sectors</source>
        <translation>Записать секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="104"/>
        <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
        <translation>Секторов: {n}, всего {ha:.2f} га (в среднем {avg:.2f} га каждый).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="132"/>
        <source>Dividing {} into sectors</source>
        <translation>Деление {} на секторы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="139"/>
        <source>Task {task} divided into {n} sectors ({first} to {last})</source>
        <translation>Задача {task} разделена на секторы ({n}): с {first} по {last}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="206"/>
        <source>Layer &apos;{layer_name}&apos; of store {name} cannot be opened.</source>
        <translation>Слой '{layer_name}' хранилища {name} не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="220"/>
        <source>{name} has data model version {version}; this plugin knows up to version {SCHEMA_VERSION}. Update the Demining plugin to open it.</source>
        <translation>У {name} версия модели данных {version}; этот модуль знает версии до {SCHEMA_VERSION}. Обновите модуль Demining, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="228"/>
        <source>{name} has data model version {version} and no migration to version {version2} exists.</source>
        <translation>У {name} версия модели данных {version}, и миграции до версии {version2} нет.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="139"/>
        <source>Cannot add field {layer_name}.{field_name} to {name}.</source>
        <translation>Невозможно добавить поле {layer_name}.{field_name} в {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="250"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} не удаётся открыть для записи: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="283"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>В {name} ничего не изменено: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="295"/>
        <source>{path_name} is a folder, not a GeoPackage file.</source>
        <translation>{path_name} — папка, а не файл GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="298"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="302"/>
        <source>{path_name} is not a GeoPackage (not an SQLite database).</source>
        <translation>{path_name} — не GeoPackage (не база данных SQLite).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="305"/>
        <source>{path_name} is an empty file, not a GeoPackage.</source>
        <translation>{path_name} — пустой файл, а не GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="308"/>
        <source>{path_name} is not a GeoPackage.</source>
        <translation>{path_name} — не GeoPackage.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="310"/>
        <source>{path_name} is a GeoPackage but not a Demining project store (it has no {META_TABLE} table). Create a store with &apos;New store...&apos;.</source>
        <translation>{path_name} — GeoPackage, но не хранилище проекта Demining (в нём нет таблицы {META_TABLE}). Создайте хранилище командой «Новое хранилище...».</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="324"/>
        <source>{path_name} is missing the store layers: {missing}.</source>
        <translation>В {path_name} нет слоёв хранилища: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="346"/>
        <source>{name} has data model version {old} and this plugin has no migration from version {missing} to {missing2}; it was left as it is.</source>
        <translation>У {name} версия модели данных {old}, а у этого модуля нет миграции с версии {missing} на {missing2}; файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="351"/>
        <source>{name} has data model version {old} and must be migrated to version {SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere writable.</source>
        <translation>У {name} версия модели данных {old}, и его нужно перевести на версию {SCHEMA_VERSION}, но файл или его папка доступны только для чтения; скопируйте его туда, где можно писать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="357"/>
        <source>{name} must be migrated from version {old}, but the backup {backup_name} already exists; move it away first so that it is not overwritten.</source>
        <translation>{name} нужно перевести с версии {old}, но резервная копия {backup_name} уже существует; сначала уберите её, чтобы она не была перезаписана.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="366"/>
        <source>Migrating {name} from version {old} failed ({error}); the file was restored from {backup_name}.</source>
        <translation>Миграция {name} с версии {old} не удалась ({error}); файл восстановлен из {backup_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="376"/>
        <source>A store file must end in .gpkg: {path}</source>
        <translation>Файл хранилища должен оканчиваться на .gpkg: {path}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="378"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} уже существует; выберите другое имя или разрешите перезапись.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="381"/>
        <source>Folder {path_parent} does not exist.</source>
        <translation>Папка {path_parent} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="384"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Неизвестная система координат: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="514"/>
        <source>Cannot create {path}.</source>
        <translation>Невозможно создать {path}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="567"/>
        <source>Cannot create layer {definition_name}.</source>
        <translation>Невозможно создать слой {definition_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="580"/>
        <source>Cannot create field {definition_name}.{f_name}.</source>
        <translation>Невозможно создать поле {definition_name}.{f_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="24"/>
        <source>The store has no layer {layer_name}.</source>
        <translation>В хранилище нет слоя {layer_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="50"/>
        <source>There is no field {key}.</source>
        <translation>Нет поля {key}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="67"/>
        <source>{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{definition_title}: у геометрии есть координата, которая не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="100"/>
        <source>Adding {values} to {layer_name} failed.</source>
        <translation>Добавление {values} в {layer_name} не удалось.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="158"/>
        <source>{layer_name} does not hold points.</source>
        <translation>{layer_name} не содержит точек.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="208"/>
        <source>{layer_name} has no field {name}.</source>
        <translation>В {layer_name} нет поля {name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="211"/>
        <source>{layer_name}.{name}: {n_values} values for {count} points.</source>
        <translation>{layer_name}.{name}: {n_values} значений для {count} точек.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="41"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} не существует.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="117"/>
        <source>Updating {identifier} in {layer_name} failed.</source>
        <translation>Обновление {identifier} в {layer_name} не удалось.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="132"/>
        <source>Deleting {identifier} from {layer_name} failed.</source>
        <translation>Удаление {identifier} из {layer_name} не удалось.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/__init__.py" line="32"/>
        <source>&apos;{location}&apos; is not a store location this plugin understands (a GeoPackage path ending in .gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).</source>
        <translation>'{location}' — не расположение хранилища, понятное этому модулю (путь GeoPackage с окончанием .gpkg или расположение PostGIS pg:... или postgresql://...?schema=...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="172"/>
        <source>{name} is a file: its roles are the file system&apos;s rights. Roles are granted on PostGIS stores.</source>
        <translation>{name} — файл: его роли — это права файловой системы. Роли назначаются в хранилищах PostGIS.</translation>
    </message>
</context>
<context>
    <name>StoreParameter</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="123"/>
        <source>Store to copy</source>
        <translation>Копируемое хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="76"/>
        <source>Project store</source>
        <translation>Хранилище проекта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="79"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="19"/>
        <source>STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. A password typed in the location (password=... or &lt;user&gt;:&lt;password&gt;@) goes into QGIS&apos;s authentication database and the store is named by authcfg=&lt;id&gt; from then on; when QGIS&apos;s master password has not been entered, such a location is refused: use a saved connection, or a service with the password in ~/.pgpass.</source>
        <translation>STORE: хранилище проекта — файл GeoPackage (.gpkg) или хранилище PostGIS, записанное как pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt; или postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. Пароль, введённый в расположении (password=... или &lt;user&gt;:&lt;password&gt;@), попадает в базу данных аутентификации QGIS, и с этого момента хранилище обозначается как authcfg=&lt;id&gt;; если мастер-пароль QGIS не введён, такое расположение отклоняется: используйте сохранённое подключение или службу с паролем в ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="263"/>
        <source>Computing the figures of {}</source>
        <translation>Расчёт показателей {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>New Demining store</source>
        <translation>Новое хранилище Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Open Demining store</source>
        <translation>Открыть хранилище Demining</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Demining store (*.gpkg);;All files (*)</source>
        <translation>Хранилище Demining (*.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="361"/>
        <source>{} is the store this project uses; choose another file name.</source>
        <translation>{} — хранилище, используемое этим проектом; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="364"/>
        <source>Creating store {}</source>
        <translation>Создание хранилища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="368"/>
        <source>Created the Demining store {}.</source>
        <translation>Создано хранилище Demining {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="373"/>
        <source>Opening store {}</source>
        <translation>Открытие хранилища {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="433"/>
        <source>The demo builder is not available in this installation of the plugin ({}).</source>
        <translation>Построитель демо недоступен в этой установке модуля ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="440"/>
        <source>Creating folder {}</source>
        <translation>Создание папки {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="456"/>
        <source>Building the demo was cancelled.</source>
        <translation>Создание демо отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="461"/>
        <source>Building the demo</source>
        <translation>Создание демо</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="464"/>
        <source>The demo store is open: {}</source>
        <translation>Демонстрационное хранилище открыто: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="191"/>
        <source>This project&apos;s Demining store {name} cannot be opened.</source>
        <translation>Хранилище Demining {name} этого проекта не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="323"/>
        <source>The history of these edits names no user: {}</source>
        <translation>В истории этих правок не указан пользователь: {}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, open</source>
        <translation>ПдОР, открыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, worked on</source>
        <translation>ПдОР, в работе</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, closed</source>
        <translation>ПдОР, закрыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, open</source>
        <translation>ПОР, открыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, worked on</source>
        <translation>ПОР, в работе</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, closed</source>
        <translation>ПОР, закрыт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>unclassified</source>
        <translation>без классификации</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Reduced</source>
        <translation>Сокращено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cancelled</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AP mine</source>
        <translation>ПП мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AT mine</source>
        <translation>ПТ мина</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>UXO</source>
        <translation>НВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AXO</source>
        <translation>ОВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>IED</source>
        <translation>СВУ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Submunition</source>
        <translation>Суббоеприпас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="99"/>
        <source>Style {path_name} could not be loaded: {message}</source>
        <translation>Стиль {path_name} не удалось загрузить: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="208"/>
        <source>Layer {definition_name} has no field {field_name}.</source>
        <translation>В слое {definition_name} нет поля {field_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="248"/>
        <source>Layer {definition_name} of {store_name} cannot be opened.</source>
        <translation>Слой {definition_name} хранилища {store_name} не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="256"/>
        <source>Saving the style of {definition_name} failed: {error}</source>
        <translation>Сохранение стиля {definition_name} не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="288"/>
        <source>Relation {definition_id} between {definition_child} and {definition_parent} is not valid.</source>
        <translation>Связь {definition_id} между {definition_child} и {definition_parent} недействительна.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Medical evacuation point</source>
        <translation>Пункт медицинской эвакуации</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Helicopter landing site</source>
        <translation>Вертолётная площадка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Access point</source>
        <translation>Пункт доступа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Assembly point</source>
        <translation>Пункт сбора</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Control point</source>
        <translation>Контрольный пункт</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="268"/>
        <source>The old style of {definition_name} in {store_name} cannot be replaced: {error}</source>
        <translation>Прежний стиль {definition_name} в {store_name} не удаётся заменить: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="273"/>
        <source>{store_name}: replaced the style saved earlier for {definition_name}.</source>
        <translation>{store_name}: заменён ранее сохранённый стиль {definition_name}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection passed</source>
        <translation>Инспекция пройдена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection failed</source>
        <translation>Инспекция не пройдена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Corrective action</source>
        <translation>Корректирующие действия</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="136"/>
        <source>There is nothing to submit.</source>
        <translation>Нечего подавать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="141"/>
        <source>{n} polygons to mark {method}</source>
        <translation>Полигонов для отметки как {method}: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="285"/>
        <source>There is no submission {id} in {store}.</source>
        <translation>В {store} нет заявки {id}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="201"/>
        <source>Submission {id} was already {status}; nothing was changed.</source>
        <translation>Заявка {id} уже имеет статус {status}; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="204"/>
        <source>Say why submission {id} is rejected (REASON).</source>
        <translation>Укажите, почему заявка {id} отклоняется (REASON).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="213"/>
        <source>Submission {id} was decided by someone else meanwhile; nothing was changed.</source>
        <translation>Тем временем по заявке {id} решение принял кто-то другой; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="32"/>
        <source>Outside the districts</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="33"/>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="35"/>
        <source>(not applicable)</source>
        <translation>(не применимо)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="49"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="99"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="76"/>
        <source>An XLSX export must end in .xlsx: {target}</source>
        <translation>Экспорт XLSX должен оканчиваться на .xlsx: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="80"/>
        <source>This GDAL has no XLSX driver; export the table to CSV instead.</source>
        <translation>В этом GDAL нет драйвера XLSX; экспортируйте таблицу в CSV.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="103"/>
        <source>Cannot write the column &apos;{title}&apos; to {target}.</source>
        <translation>Невозможно записать столбец '{title}' в {target}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="111"/>
        <source>Cannot write a row to {target}.</source>
        <translation>Невозможно записать строку в {target}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="97"/>
        <source>Cannot create {target}: {error}</source>
        <translation>Невозможно создать {target}: {error}</translation>
    </message>
</context>
<context>
    <name>TabularImport</name>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="45"/>
        <source>Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</source>
        <translation>Таблицы и векторные файлы (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>{0}: files ending in &apos;{1}&apos; cannot be imported (use CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX).</source>
        <translation>{0}: файлы с окончанием '{1}' нельзя импортировать (используйте CSV, XLSX, GeoJSON, Shapefile, KML/KMZ или GPX).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>(no extension)</source>
        <translation>(без расширения)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="100"/>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} не существует или не является файлом.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="103"/>
        <source>{0} is empty.</source>
        <translation>{0} пуст.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="110"/>
        <source>an Excel workbook</source>
        <translation>книгой Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="111"/>
        <source>a KMZ file</source>
        <translation>файлом KMZ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="112"/>
        <source>{0} is not {1}: it is not a ZIP archive.</source>
        <translation>{0} не является {1}: это не ZIP-архив.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="119"/>
        <source>{0} is a damaged ZIP archive: {1}</source>
        <translation>{0} — повреждённый ZIP-архив: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="122"/>
        <source>{0} is a damaged ZIP archive ({1} cannot be read).</source>
        <translation>{0} — повреждённый ZIP-архив ({1} не читается).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="125"/>
        <source>{0} is a ZIP archive but not an Excel workbook.</source>
        <translation>{0} — ZIP-архив, но не книга Excel.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="128"/>
        <source>{0} is a ZIP archive without a KML document inside.</source>
        <translation>{0} — ZIP-архив без документа KML внутри.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="132"/>
        <source>{0} is too large for a table ({1} bytes).</source>
        <translation>{0} слишком велик для таблицы ({1} байт).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="135"/>
        <source>{0} is not a text (CSV) file: it holds binary data.</source>
        <translation>{0} — не текстовый (CSV) файл: в нём двоичные данные.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="139"/>
        <source>{0} is not GeoJSON: it does not start with &apos;{{&apos;.</source>
        <translation>{0} — не GeoJSON: он не начинается с '{{'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="143"/>
        <source>{0} is not an XML ({1}) file.</source>
        <translation>{0} — не файл XML ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="147"/>
        <source>{0} is not a Shapefile (its header is wrong).</source>
        <translation>{0} — не Shapefile (его заголовок неверен).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="167"/>
        <source>{0}: the text encoding cannot be recognised.</source>
        <translation>{0}: кодировку текста не удаётся распознать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="187"/>
        <source>{0} has no header row.</source>
        <translation>В {0} нет строки заголовка.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="189"/>
        <source>{0}: the header cannot be read: {1}</source>
        <translation>{0}: заголовок не удаётся прочитать: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="193"/>
        <source>{0} has an empty header row.</source>
        <translation>В {0} пустая строка заголовка.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="218"/>
        <source>has {0} values but the header has {1} columns</source>
        <translation>содержит {0} значений, а в заголовке {1} столбцов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="224"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, строка {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="383"/>
        <source>{0} cannot be read as {1}: {2}</source>
        <translation>{0} не удаётся прочитать как {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="306"/>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
</context>
<context>
    <name>TaskAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="36"/>
        <source>Task ids (comma-separated)</source>
        <translation>Идентификаторы задач (через запятую)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="38"/>
        <source>Or tasks matching the expression</source>
        <translation>Или задачи, соответствующие выражению</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="42"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF file (or a folder for one PDF per task)</source>
        <translation>Файл PDF (или папка для отдельного PDF на каждую задачу)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="65"/>
        <source>OUTPUT: give a .pdf file or a folder.</source>
        <translation>OUTPUT: укажите файл .pdf или папку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="56"/>
        <source>Pages written</source>
        <translation>Записано страниц</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="60"/>
        <source>Files written (;-separated)</source>
        <translation>Записанные файлы (через ;)</translation>
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
        <translation>Метод высвобождения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Technique</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>ISO week</source>
        <translation>ISO-неделя</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AP mines</source>
        <translation>ПП мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AT mines</source>
        <translation>ПТ мины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>UXO</source>
        <translation>НВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>AXO</source>
        <translation>ОВБ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>IED</source>
        <translation>СВУ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="44"/>
        <source>Submunitions</source>
        <translation>Суббоеприпасы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="45"/>
        <source>Other items</source>
        <translation>Прочие предметы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Cleared (ha)</source>
        <translation>Очищено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Reduced (ha)</source>
        <translation>Сокращено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="50"/>
        <source>Cancelled (ha)</source>
        <translation>Исключено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="249"/>
        <source>Released (ha)</source>
        <translation>Высвобождено (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="251"/>
        <source>Items found</source>
        <translation>Найдено предметов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="253"/>
        <source>Routes (km)</source>
        <translation>Дороги (км)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="254"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="255"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="256"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/dates.py" line="48"/>
        <source>{name} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2021-11-22).</source>
        <translation>{name} '{text}' — не дата; пишите в виде ГГГГ-ММ-ДД (например, 2021-11-22).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="57"/>
        <source>The period starts ({date_from}) after it ends ({date_to}).</source>
        <translation>Период начинается ({date_from}) после своего конца ({date_to}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="75"/>
        <source>Cannot group released land by &apos;{name}&apos;.</source>
        <translation>Высвобожденную землю нельзя группировать по '{name}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="126"/>
        <source>Layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>Слой '{name}' — не полигональный слой.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="129"/>
        <source>GROUP_BY names a field twice: {group_by}.</source>
        <translation>GROUP_BY называет поле дважды: {group_by}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="137"/>
        <source>Grouping by {g} needs a date field (DATE_FIELD).</source>
        <translation>Для группировки по {g} нужно поле даты (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="139"/>
        <source>Layer &apos;{name}&apos; has no field &apos;{g}&apos; to group by (its fields: {fields}; also month and week).</source>
        <translation>В слое '{name}' нет поля '{g}' для группировки (его поля: {fields}; а также month и week).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="145"/>
        <source>Layer &apos;{name}&apos; has no date field &apos;{date_field}&apos;.</source>
        <translation>В слое '{name}' нет поля даты '{date_field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="148"/>
        <source>Field &apos;{date_field}&apos; of layer &apos;{name}&apos; does not hold dates.</source>
        <translation>Поле '{date_field}' слоя '{name}' не содержит дат.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="154"/>
        <source>The regions layer &apos;{layer_name}&apos; is not a polygon layer.</source>
        <translation>Слой районов '{layer_name}' — не полигональный слой.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="157"/>
        <source>The regions layer &apos;{layer_name}&apos; has no field &apos;{region_field}&apos;.</source>
        <translation>В слое районов '{layer_name}' нет поля '{region_field}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="186"/>
        <source>No input layer.</source>
        <translation>Нет входного слоя.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="193"/>
        <source>A date range needs a date field (DATE_FIELD).</source>
        <translation>Для диапазона дат нужно поле даты (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="210"/>
        <source>Unknown grouping &apos;{grouping}&apos;; choose one of {GROUPINGS}.</source>
        <translation>Неизвестная группировка '{grouping}'; выберите одну из: {GROUPINGS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="440"/>
        <source>No store to total.</source>
        <translation>Нет хранилища для подсчёта итогов.</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="204"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="365"/>
        <source>Outside the districts</source>
        <translation>Вне районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="46"/>
        <source>{n}k</source>
        <translation>{n} тыс</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="331"/>
        <source>No releases between {start} and {end}: this time is left out of the axis.</source>
        <translation>С {start} по {end} земля не высвобождалась: этот период на оси пропущен.</translation>
    </message>
</context>
<context>
    <name>TotalsDock</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="40"/>
        <source>Clearance totals of {}</source>
        <translation>Итоги очистки {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>First day of the period (empty: from the start)</source>
        <translation>Первый день периода (пусто: с начала)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>Last day of the period, included (empty: up to now)</source>
        <translation>Последний день периода, включительно (пусто: до сегодня)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="133"/>
        <source>What the rows of the table are</source>
        <translation>Что представляют строки таблицы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="134"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="136"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="139"/>
        <source>by</source>
        <translation>в разрезе</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="172"/>
        <source>Cumulative hectares</source>
        <translation>Нарастающим итогом, га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>Items found per week</source>
        <translation>Найдено предметов за неделю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>Export the table to a CSV file</source>
        <translation>Экспортировать таблицу в файл CSV</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>Export the table to an Excel workbook</source>
        <translation>Экспортировать таблицу в книгу Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Write the period report (sentences and table) as .md, .html or .txt</source>
        <translation>Записать отчёт за период (текст и таблица) в формате .md, .html или .txt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="198"/>
        <source>Recompute every figure from the store</source>
        <translation>Пересчитать все показатели по хранилищу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="313"/>
        <source>No store open</source>
        <translation>Хранилище не открыто</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="539"/>
        <source>Computing the totals of {}…</source>
        <translation>Расчёт итогов {}…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="368"/>
        <source>Computing the clearance totals of {}</source>
        <translation>Расчёт итогов очистки {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="370"/>
        <source>The totals could not be computed.</source>
        <translation>Не удалось рассчитать итоги.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="374"/>
        <source>Computing the totals was cancelled.</source>
        <translation>Расчёт итогов отменён.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="473"/>
        <source>Updating the clearance totals</source>
        <translation>Обновление итогов очистки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>Hectares released, cumulative</source>
        <translation>Высвобождено гектаров, нарастающим итогом</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>items</source>
        <translation>предметы</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="537"/>
        <source>Open a Demining store to see its clearance totals.</source>
        <translation>Откройте хранилище Demining, чтобы увидеть его итоги очистки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="544"/>
        <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
        <translation>{store}: за период высвобождено {ha} га, каждый квадратный метр учтён один раз (истинные эллипсоидальные площади).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>Export totals to CSV</source>
        <translation>Экспорт итогов в CSV</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Export totals to Excel</source>
        <translation>Экспорт итогов в Excel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="584"/>
        <source>There are no totals to export yet.</source>
        <translation>Пока нет итогов для экспорта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="592"/>
        <source>Exporting the totals to {}</source>
        <translation>Экспорт итогов в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="594"/>
        <source>Totals exported to {}.</source>
        <translation>Итоги экспортированы в {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="600"/>
        <source>Open a Demining store first: the report is computed from it.</source>
        <translation>Сначала откройте хранилище Demining: отчёт рассчитывается по нему.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="602"/>
        <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
        <translation>Итоги {} ещё рассчитываются; запросите отчёт снова через минуту.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Period report</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="632"/>
        <source>Writing the report {}</source>
        <translation>Запись отчёта {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="634"/>
        <source>Report for {start} to {end} written to {path}.</source>
        <translation>Отчёт с {start} по {end} записан в {path}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="175"/>
        <source>Accidents by activity</source>
        <translation>Несчастные случаи по деятельности</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Activity at the time</source>
        <translation>Деятельность в момент происшествия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Accidents</source>
        <translation>Несчастные случаи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Killed</source>
        <translation>Погибло</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Injured</source>
        <translation>Ранено</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians killed</source>
        <translation>Погибло мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians injured</source>
        <translation>Ранено мирных жителей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="255"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="88"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="144"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="146"/>
        <source>The figures as the store held them at this moment, rebuilt from its history: YYYY-MM-DD (the end of that day) or YYYY-MM-DD HH:MM. Empty: now.</source>
        <translation>Показатели хранилища на этот момент, восстановленные по его истории: ГГГГ-ММ-ДД (конец этого дня) или ГГГГ-ММ-ДД ЧЧ:ММ. Пусто: сейчас.</translation>
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
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="104"/>
        <source>The layer behind these figures does not record this grouping.</source>
        <translation>Слой, на котором основаны эти показатели, не содержит такой группировки.</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="107"/>
        <source>Unknown bearing unit &apos;{unit}&apos;: use one of {UNITS}.</source>
        <translation>Неизвестная единица азимута '{unit}': используйте одну из: {UNITS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="110"/>
        <source>Unknown north reference &apos;{north}&apos;: use one of {NORTHS}.</source>
        <translation>Неизвестное направление севера '{north}': используйте одно из: {NORTHS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="114"/>
        <source>Magnetic bearings need the magnetic declination (degrees, east positive).</source>
        <translation>Магнитным азимутам нужно магнитное склонение (в градусах, восточное положительное).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="117"/>
        <source>Declination {declination_deg} is outside -180..180 degrees.</source>
        <translation>Склонение {declination_deg} вне диапазона -180..180 градусов.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="128"/>
        <source>{what} ({lon!r}, {lat!r}) is not a longitude/latitude: both must be numbers.</source>
        <translation>{what} ({lon!r}, {lat!r}) — не долгота/широта: оба значения должны быть числами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="132"/>
        <source>{what} ({lon}, {lat}) is not a longitude/latitude: longitude must be within -180..180 and latitude within -90..90.</source>
        <translation>{what} ({lon}, {lat}) — не долгота/широта: долгота должна быть в пределах -180..180, а широта в пределах -90..90.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="136"/>
        <source>{what} latitude {lat} is outside the UTM zones (84S to 84N).</source>
        <translation>{what}: широта {lat} вне зон UTM (от 84S до 84N).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="144"/>
        <source>Point {leg_point_no}: distance &apos;{distance}&apos; is not a number of metres.</source>
        <translation>Точка {leg_point_no}: расстояние '{distance}' — не число метров.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="148"/>
        <source>Point {leg_point_no}: distance {distance} m is negative.</source>
        <translation>Точка {leg_point_no}: расстояние {distance} м отрицательное.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="152"/>
        <source>Point {leg_point_no}: bearing &apos;{bearing}&apos; is not a number.</source>
        <translation>Точка {leg_point_no}: азимут '{bearing}' — не число.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="155"/>
        <source>Point {leg_point_no}: bearing {bearing} is outside 0..{circle:g} {unit}.</source>
        <translation>Точка {leg_point_no}: азимут {bearing} вне диапазона 0..{circle:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="159"/>
        <source>Point {leg_point_no}: unknown point type &apos;{leg_point_type}&apos; (use one of {types}).</source>
        <translation>Точка {leg_point_no}: неизвестный тип точки '{leg_point_type}' (используйте один из: {types}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="310"/>
        <source>The traverse has no legs.</source>
        <translation>В ходе нет отрезков.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="203"/>
        <source>A closed minefield record needs at least 3 legs; this one has {n_legs}.</source>
        <translation>Замкнутому формуляру минного поля нужно не меньше 3 отрезков; в этом {n_legs}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="255"/>
        <source>The polygon is empty.</source>
        <translation>Полигон пуст.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="259"/>
        <source>The polygon has {n_parts} parts; a turning-point table describes one.</source>
        <translation>У полигона {n_parts} частей; таблица поворотных точек описывает одну.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="266"/>
        <source>The geometry is not a polygon.</source>
        <translation>Геометрия — не полигон.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="271"/>
        <source>The polygon has {n_ring} distinct vertices; a record needs at least 3.</source>
        <translation>У полигона {n_ring} различных вершин; формуляру нужно не меньше 3.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="305"/>
        <source>Unknown start point type &apos;{start_type}&apos; (use one of {POINT_TYPES}).</source>
        <translation>Неизвестный тип начальной точки '{start_type}' (используйте один из: {POINT_TYPES}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="319"/>
        <source>The outline has {n_outline} turning, intermediate or end points; a minefield needs at least 3.</source>
        <translation>В контуре {n_outline} поворотных, промежуточных или конечных точек; минному полю нужно не меньше 3.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="333"/>
        <source>The outline closes with fewer than 3 distinct corners.</source>
        <translation>Контур замыкается менее чем с 3 различными углами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="352"/>
        <source>Point {leg_point_no} appears more than once (point 0 is the start point).</source>
        <translation>Точка {leg_point_no} встречается больше одного раза (точка 0 — начальная).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="358"/>
        <source>Point {leg_point_no}: from-point {origin_no} is not the start (0) or a point above it in the table.</source>
        <translation>Точка {leg_point_no}: точка отсчёта {origin_no} — не начальная (0) и не точка выше в таблице.</translation>
    </message>
</context>
<context>
    <name>TraverseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="45"/>
        <source>Minefield record traverse</source>
        <translation>Ход по формуляру минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="47"/>
        <source>Runs a minefield record&apos;s turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point&apos;s UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon&apos;s true (ellipsoidal) area in hectares.</source>
        <translation>Прокладывает поворотные точки формуляра минного поля (азимут и расстояние от предыдущей точки) на местности, на эллипсоиде WGS84, от начальной точки и замыкает формуляр.

INPUT: таблица с point_no, bearing и distance_m (метры на местности) в порядке point_no. START_POINT: исходная точка в любой системе координат. BEARING_UNIT: degrees, mils6400 (НАТО) или mils6000 (Варшавский договор). NORTH: true, grid (север зоны UTM начальной точки) или magnetic, для которого нужно DECLINATION в градусах, восток положителен.

OUTPUT: полигон формуляра (EPSG:4326) с misclosure_m, misclosure_ratio (периметр / невязка), perimeter_m и area_ha. MISCLOSURE_M: расстояние от последней вычисленной точки до начальной. AREA_HA: истинная (эллипсоидальная) площадь полигона в гектарах.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60"/>
        <source>Turning points (point_no, bearing, distance_m)</source>
        <translation>Поворотные точки (point_no, bearing, distance_m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="62"/>
        <source>Start (reference) point</source>
        <translation>Начальная (исходная) точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63"/>
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66"/>
        <source>North reference</source>
        <translation>Направление севера</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Магнитное склонение (градусы, восток положителен)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="72"/>
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="74"/>
        <source>Misclosure (m)</source>
        <translation>Невязка (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="75"/>
        <source>Area (ha)</source>
        <translation>Площадь (га)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="110"/>
        <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
        <translation>Невязка {0:.3f} м ({1}); площадь {2:.4f} га</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="33"/>
        <source>Row {feature_no}: {name} is empty.</source>
        <translation>Строка {feature_no}: {name} пусто.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="38"/>
        <source>Row {feature_no}: {name} &apos;{value}&apos; is not a number.</source>
        <translation>Строка {feature_no}: {name} '{value}' — не число.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="80"/>
        <source>INPUT: the turning-point table cannot be read.</source>
        <translation>INPUT: таблицу поворотных точек не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="105"/>
        <source>INPUT: point_no {duplicates} appears more than once.</source>
        <translation>INPUT: point_no {duplicates} встречается больше одного раза.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="84"/>
        <source>INPUT has no column {missing}; it needs {required}.</source>
        <translation>В INPUT нет столбца {missing}; нужны {required}.</translation>
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
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>From point</source>
        <translation>От точки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="70"/>
        <source>better than 1:1,000,000</source>
        <translation>лучше 1:1 000 000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="117"/>
        <source>The point the leg starts from; empty: the point above.</source>
        <translation>Точка, от которой начинается отрезок хода; пусто — точка выше.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="119"/>
        <source>Bearing in the chosen unit from the chosen north.</source>
        <translation>Азимут в выбранных единицах от выбранного севера.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="244"/>
        <source>Point {} is used twice (0 is the start point).</source>
        <translation>Точка {} использована дважды (0 — начальная точка).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="247"/>
        <source>The point number must be a whole number from 1.</source>
        <translation>Номер точки должен быть целым числом от 1.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="250"/>
        <source>Unknown point type &apos;{}&apos;: use {}.</source>
        <translation>Неизвестный тип точки '{}': используйте {}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="256"/>
        <source>Bearing {} is outside 0 to {} ({}).</source>
        <translation>Азимут {} вне диапазона от 0 до {} ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="259"/>
        <source>&apos;{}&apos; is not a bearing (a number).</source>
        <translation>'{}' — не азимут (не число).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="261"/>
        <source>The bearing is missing.</source>
        <translation>Азимут не указан.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="265"/>
        <source>The distance must be more than 0 m.</source>
        <translation>Расстояние должно быть больше 0 м.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="267"/>
        <source>&apos;{}&apos; is not a distance in metres.</source>
        <translation>'{}' — не расстояние в метрах.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="269"/>
        <source>The distance is missing.</source>
        <translation>Расстояние не указано.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="276"/>
        <source>Point {} is not the start (0) or a point above.</source>
        <translation>Точка {} — не начальная (0) и не точка выше.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="279"/>
        <source>&apos;{}&apos; is not a point number.</source>
        <translation>'{}' — не номер точки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>Lat/lon</source>
        <translation>Шир./долг.</translation>
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
        <translation>Указать</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="121"/>
        <source>Click the start point on the map (snapping applies).</source>
        <translation>Щёлкните начальную точку на карте (с привязкой).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="125"/>
        <source>Start point</source>
        <translation>Начальная точка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="130"/>
        <source>Turning point: the start is the first corner of the minefield. Reference point or benchmark: a landmark off the minefield the record measures from.</source>
        <translation>Поворотная точка: начало — первый угол минного поля. Ориентир или репер: заметный предмет вне минного поля, от которого ведутся измерения формуляра.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="134"/>
        <source>Start is a</source>
        <translation>Начало — это</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="141"/>
        <source>The unit the record&apos;s bearings are written in. Changing it reads the table again in the new unit; it does not convert the figures.</source>
        <translation>Единицы, в которых записаны азимуты формуляра. При смене таблица читается заново в новых единицах; числа не пересчитываются.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="153"/>
        <source>Magnetic declination in degrees, east positive.</source>
        <translation>Магнитное склонение в градусах, восточное положительное.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="156"/>
        <source>Declination</source>
        <translation>Склонение</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="158"/>
        <source>Bearings</source>
        <translation>Азимуты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add a row at the end</source>
        <translation>Добавить строку в конце</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert a row above the current one</source>
        <translation>Вставить строку над текущей</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Empty the table</source>
        <translation>Очистить таблицу</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Load from selected polygon</source>
        <translation>Загрузить из выбранного полигона</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Fill the table from the selected polygon (minefield record, task, hazard...) in the chosen unit and north</source>
        <translation>Заполнить таблицу по выбранному полигону (формуляр минного поля, задача, опасный район...) в выбранных единицах и от выбранного севера</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="203"/>
        <source>Who supplied the record, or the document</source>
        <translation>Кто предоставил формуляр, или документ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="205"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="206"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="210"/>
        <source>Save record</source>
        <translation>Сохранить формуляр</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="212"/>
        <source>Store the record polygon and its points in the store, in one step</source>
        <translation>Записать полигон формуляра и его точки в хранилище за один шаг</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="286"/>
        <source>latitude, longitude, e.g. 40.0512, 46.9876</source>
        <translation>широта, долгота, например 40.0512, 46.9876</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="287"/>
        <source>zone N/S easting northing, e.g. 38N 650000 4420000</source>
        <translation>зона N/S восток север, например 38N 650000 4420000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="288"/>
        <source>e.g. 38TNK 50000 20000</source>
        <translation>например 38TNK 50000 20000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="382"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="384"/>
        <source>({n} cells to correct in all.)</source>
        <translation>(Всего ячеек для исправления: {n}.)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>Type or pick the start point.</source>
        <translation>Введите или укажите начальную точку.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>The start point cannot be read.</source>
        <translation>Начальную точку не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="391"/>
        <source>Type the turning points: bearing and distance from the point before.</source>
        <translation>Введите поворотные точки: азимут и расстояние от предыдущей точки.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="406"/>
        <source>Misclosure: –</source>
        <translation>Невязка: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="407"/>
        <source>Area: –</source>
        <translation>Площадь: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="408"/>
        <source>Perimeter: –</source>
        <translation>Периметр: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="412"/>
        <source>Misclosure: {m:.3f} m ({ratio})</source>
        <translation>Невязка: {m:.3f} м ({ratio})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="414"/>
        <source>Area: {}</source>
        <translation>Площадь: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="415"/>
        <source>Perimeter: {:.2f} m</source>
        <translation>Периметр: {:.2f} м</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="418"/>
        <source>The traverse does not close within {t:g} m: check the bearings and distances, or save and confirm closing it.</source>
        <translation>Ход не замыкается в пределах {t:g} м: проверьте азимуты и расстояния или сохраните и подтвердите замыкание.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="423"/>
        <source>Closed: {n} points, UTM zone {zone}.</source>
        <translation>Замкнут: точек {n}, зона UTM {zone}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="477"/>
        <source>Select one polygon first (a minefield record, task, hazard or any polygon layer).</source>
        <translation>Сначала выберите один полигон (формуляр минного поля, задачу, опасный район или любой полигональный слой).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="488"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="493"/>
        <source>{what}: {n} legs in the table, {unit} from {north}.</source>
        <translation>{what}: отрезков в таблице {n}, {unit} от направления «{north}».</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="515"/>
        <source>Traverse does not close</source>
        <translation>Ход не замыкается</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="523"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Сначала откройте или создайте хранилище (панель «Разминирование»).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="527"/>
        <source>The record was not saved: {}</source>
        <translation>Формуляр не сохранён: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="530"/>
        <source>The record was not saved: type its source (who supplied it, or the document).</source>
        <translation>Формуляр не сохранён: укажите его источник (кто предоставил или документ).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="537"/>
        <source>The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, more than the {t:g} m allowed.

Close it (join the last point to the first) and save the record with this misclosure?</source>
        <translation>Ход не замыкается: последняя точка в {m:.2f} м ({ratio}) от первой, больше допустимых {t:g} м.

Замкнуть его (соединить последнюю точку с первой) и сохранить формуляр с этой невязкой?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="543"/>
        <source>The record was not saved: the traverse does not close within {t:g} m (misclosure {m:.2f} m).</source>
        <translation>Формуляр не сохранён: ход не замыкается в пределах {t:g} м (невязка {m:.2f} м).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="549"/>
        <source>Saving the minefield record</source>
        <translation>Сохранение формуляра минного поля</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="552"/>
        <source>{layer} has unsaved edits. Save or discard them first, then save the record again.</source>
        <translation>В слое {layer} есть несохранённые правки. Сначала сохраните или отмените их, затем сохраните формуляр снова.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), {n} points{district}.</source>
        <translation>Формуляр минного поля {id} сохранён: {area}, невязка {m:.3f} м ({ratio}), точек {n}{district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>, in {}</source>
        <translation>, в {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="94"/>
        <source>Traverse</source>
        <translation>Ход</translation>
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
        <translation>Недействительная или самопересекающаяся геометрия</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Feature without geometry</source>
        <translation>Объект без геометрии</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Fewer than 3 distinct vertices</source>
        <translation>Меньше 3 различных вершин</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate consecutive vertices</source>
        <translation>Повторяющиеся соседние вершины</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Vertices more than 5 km apart</source>
        <translation>Вершины дальше 5 км друг от друга</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land overlapping other released land</source>
        <translation>Высвобожденная земля перекрывает другую высвобожденную землю</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land outside its hazard</source>
        <translation>Высвобожденная земля вне своего опасного района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released area larger than its hazard</source>
        <translation>Высвобожденная площадь больше своего опасного района</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Stored area differs from the computed area</source>
        <translation>Записанная площадь отличается от вычисленной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside every task and released area</source>
        <translation>Найденный предмет вне всех задач и высвобожденных участков</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Date in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>End before start</source>
        <translation>Окончание раньше начала</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates outside the country</source>
        <translation>Координаты вне страны</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates apparently swapped (x and y)</source>
        <translation>Координаты, по-видимому, перепутаны (x и y)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Missing identifier</source>
        <translation>Нет идентификатора</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate identifier</source>
        <translation>Повторяющийся идентификатор</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Identifier with leading or trailing spaces</source>
        <translation>Идентификатор с пробелами в начале или в конце</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Link to a feature that does not exist</source>
        <translation>Ссылка на несуществующий объект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Closed hazard with area remaining</source>
        <translation>Закрытый опасный район с оставшейся площадью</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>CHA without evidence in the store</source>
        <translation>CHA без свидетельств в хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="243"/>
        <source>{feature} has no geometry.</source>
        <translation>У {feature} нет геометрии.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="249"/>
        <source>{feature} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>У {feature} есть координата, которая не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="232"/>
        <source>{feature} is not a valid geometry: {error}.</source>
        <translation>{feature} — недействительная геометрия: {error}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="266"/>
        <source>{feature} has a part or ring with fewer than {n} distinct vertices.</source>
        <translation>У {feature} есть часть или кольцо менее чем с {n} различными вершинами.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="271"/>
        <source>{feature} repeats a vertex twice in a row.</source>
        <translation>{feature} повторяет вершину дважды подряд.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="290"/>
        <source>{feature} has consecutive vertices {km:.1f} km apart (more than {limit:g} km).</source>
        <translation>У {feature} соседние вершины в {km:.1f} км друг от друга (больше {limit:g} км).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="309"/>
        <source>{feature} overlaps {other} by {m2:,.0f} m² ({ha:.4f} ha): that land would be counted twice.</source>
        <translation>{feature} перекрывает {other} на {m2:,.0f} м² ({ha:.4f} га): эта земля была бы учтена дважды.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="323"/>
        <source>its hazard {id}</source>
        <translation>своего опасного района {id}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="327"/>
        <source>every hazard area</source>
        <translation>всех опасных районов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="331"/>
        <source>{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.</source>
        <translation>У {feature} {m2:,.0f} м² ({ha:.4f} га) вне {what}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="342"/>
        <source>Land released in {feature} adds up to {ha:,.4f} ha, more than the hazard&apos;s {hazard_ha:,.4f} ha.</source>
        <translation>Земля, высвобожденная в {feature}, составляет {ha:,.4f} га — больше, чем {hazard_ha:,.4f} га опасного района.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="356"/>
        <source>{feature} stores {stored:,.4f} ha; its polygon measures {computed:,.4f} ha (ellipsoidal).</source>
        <translation>{feature} хранит {stored:,.4f} га; его полигон измеряет {computed:,.4f} га (на эллипсоиде).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="371"/>
        <source>{feature} ({category}) lies outside every clearance task and released area.</source>
        <translation>{feature} ({category}) лежит вне всех задач по очистке и высвобожденных участков.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="386"/>
        <source>{feature}: {field} {date} is in the future.</source>
        <translation>{feature}: {field} {date} — в будущем.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="391"/>
        <source>{feature}: planned end {end} is before planned start {start}.</source>
        <translation>{feature}: плановое окончание {end} раньше планового начала {start}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="425"/>
        <source>{feature} lies outside the country but would fall inside it with x and y swapped (latitude and longitude exchanged?).</source>
        <translation>{feature} лежит вне страны, но попал бы в неё, если поменять x и y местами (перепутаны широта и долгота?).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="430"/>
        <source>{feature} lies outside the regions&apos; extent (more than {km:g} km beyond it).</source>
        <translation>{feature} лежит вне экстента районов (дальше {km:g} км от него).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="442"/>
        <source>{layer} fid {fid} has no identifier.</source>
        <translation>У {layer} fid {fid} нет идентификатора.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="447"/>
        <source>&apos;{value}&apos; is used by {n} features of {layer} (spaces and case aside).</source>
        <translation>'{value}' используется {n} объектами слоя {layer} (без учёта пробелов и регистра).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces.</source>
        <translation>'{value}' содержит пробелы в начале или в конце.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces; &apos;{trimmed}&apos; is already taken, so it cannot be trimmed.</source>
        <translation>'{value}' содержит пробелы в начале или в конце; '{trimmed}' уже занят, поэтому обрезать нельзя.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="471"/>
        <source>{feature}: {field} &apos;{value}&apos; is not a {parent_field} of {parent}.</source>
        <translation>{feature}: {field} '{value}' — не {parent_field} слоя {parent}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="496"/>
        <source>{feature} is closed but stores {ha:,.4f} ha remaining.</source>
        <translation>{feature} закрыт, но хранит оставшиеся {ha:,.4f} га.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="500"/>
        <source>{feature} is closed but {ha:,.4f} ha of it is not covered by released land.</source>
        <translation>{feature} закрыт, но {ha:,.4f} га его площади не покрыты высвобожденной землёй.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="505"/>
        <source>{feature} is a CHA but no item found, accident, mapped mine, record point or minefield record in the store lies inside it.</source>
        <translation>{feature} — CHA, но внутри него нет ни найденного предмета, ни несчастного случая, ни мины по формуляру, ни точки формуляра, ни формуляра минного поля из хранилища.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="66"/>
        <source>{feature}: not fixed ({n} features have that identifier).</source>
        <translation>{feature}: не исправлено (этот идентификатор у {n} объектов).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="71"/>
        <source>{feature}: not fixed (nothing would be left of its geometry).</source>
        <translation>{feature}: не исправлено (от его геометрии ничего бы не осталось).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="62"/>
        <source>{task} was handed over on {date} but is not completed (no completion date).</source>
        <translation>Задача {task} передана {date}, но не завершена (нет даты завершения).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="66"/>
        <source>{task} is completed but {m2:,.0f} m² ({ha:.4f} ha) of hazard inside it is not released.</source>
        <translation>Задача {task} завершена, но {m2:,.0f} м² ({ha:.4f} га) опасного района внутри неё не высвобождено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="72"/>
        <source>{task} was handed over on {date} without a passed inspection.</source>
        <translation>Задача {task} передана {date} без пройденной инспекции.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="80"/>
        <source>Inspection {inspection} of {task} failed on {date} and no later inspection passed.</source>
        <translation>Инспекция {inspection} задачи {task} не пройдена {date}, и более поздних пройденных инспекций нет.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over but not completed</source>
        <translation>Задача передана, но не завершена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task completed with hazard land not released</source>
        <translation>Задача завершена, а земля опасного района не высвобождена</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over without a passed inspection</source>
        <translation>Задача передана без пройденной инспекции</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Failed inspection with no later pass</source>
        <translation>Непройденная инспекция без последующей пройденной</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item naming a task that is not in the store</source>
        <translation>Предмет указывает задачу, которой нет в хранилище</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside its task&apos;s planned dates</source>
        <translation>Предмет найден вне плановых дат своей задачи</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Quantity under 1</source>
        <translation>Количество меньше 1</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Depth outside 0 to 500 cm</source>
        <translation>Глубина вне диапазона 0–500 см</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item far from every task of its team</source>
        <translation>Предмет далеко от всех задач своей группы</translation>
    </message>
</context>
<context>
    <name>ValidateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="31"/>
        <source>Check store data</source>
        <translation>Проверить данные хранилища</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="33"/>
        <source>Checks every layer of a project store and writes one point per finding (where the problem is: the error&apos;s place, or a point on the feature) with its severity (error or warning), layer, feature identifier, rule and message. Rules: invalid or self-intersecting geometry, missing geometry, fewer than 3 distinct vertices, duplicate consecutive vertices, vertices more than 5 km apart, released land overlapping other released land, released land outside its hazard, released area larger than its hazard, stored area_ha more than 1% off the ellipsoidal area, items found outside every task and released area, dates in the future or end before start, coordinates outside the regions&apos; extent or apparently swapped, missing, duplicate or padded identifiers, links to features that do not exist, closed hazards with area remaining, and CHAs without evidence in the store (no item found, accident, mapped mine, record point or minefield record inside them). Nothing in the store is changed.

OUTPUT: the findings. N_FINDINGS: how many.</source>
        <translation>Проверяет каждый слой хранилища проекта и записывает по точке на каждое замечание (где проблема: место ошибки или точка на объекте) с важностью (ошибка или предупреждение), слоем, идентификатором объекта, правилом и сообщением. Правила: недействительная или самопересекающаяся геометрия, отсутствующая геометрия, меньше 3 различных вершин, повторяющиеся соседние вершины, вершины дальше 5 км друг от друга, высвобожденная земля, перекрывающая другую высвобожденную землю, высвобожденная земля вне своего опасного района, высвобожденная площадь больше опасного района, записанная area_ha, отличающаяся от эллипсоидальной площади больше чем на 1%, найденные предметы вне всех задач и высвобожденных участков, даты в будущем или окончание раньше начала, координаты вне экстента районов или, по-видимому, перепутанные, отсутствующие, повторяющиеся идентификаторы или идентификаторы с пробелами, ссылки на несуществующие объекты, закрытые опасные районы с оставшейся площадью и CHA без свидетельств в хранилище (внутри нет ни найденного предмета, ни несчастного случая, ни мины по формуляру, ни точки формуляра, ни формуляра минного поля). Хранилище не изменяется.

OUTPUT: замечания. N_FINDINGS: их число.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="51"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="53"/>
        <source>Number of findings</source>
        <translation>Число замечаний</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="54"/>
        <source>Number of errors</source>
        <translation>Число ошибок</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="67"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="81"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="82"/>
        <source>{} findings, {} errors.</source>
        <translation>Замечаний: {}, ошибок: {}.</translation>
    </message>
</context>
<context>
    <name>_ImportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="62"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="73"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="82"/>
        <source>CRS of x/y columns</source>
        <translation>СК столбцов x/y</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="83"/>
        <source>Expected UTM zone (0: no check)</source>
        <translation>Ожидаемая зона UTM (0: без проверки)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="94"/>
        <source>Expected area</source>
        <translation>Ожидаемая область</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="95"/>
        <source>Duplicate distance (m)</source>
        <translation>Расстояние совпадения (м)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="105"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="113"/>
        <source>Rows imported</source>
        <translation>Импортировано строк</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="114"/>
        <source>Rows refused</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="123"/>
        <source>Unknown CRS for x/y: {}</source>
        <translation>Неизвестная СК для x/y: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>feature</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="155"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="157"/>
        <source>... and {0} more; see the report.</source>
        <translation>... и ещё {0}; см. отчёт.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="162"/>
        <source>{0} imported, {1} refused. Report: {2}</source>
        <translation>Импортировано {0}, отклонено {1}. Отчёт: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="190"/>
        <source>INPUT: choose the file to import.</source>
        <translation>INPUT: выберите файл для импорта.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="159"/>
        <source>{0} imported, {1} refused ({2}). Report: {3}</source>
        <translation>Импортировано {0}, отклонено {1} ({2}). Отчёт: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="32"/>
        <source>INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). COORDINATES: auto (the file&apos;s geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone (0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the store&apos;s districts). DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the same item. MAPPING (optional): target=column pairs separated by &apos;;&apos; where the detected columns are wrong, e.g. &apos;lat=N;lon=E;category=Type&apos;. REPORT: the CSV listing refused rows (default: beside the input).

Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); the good rows are stored in one transaction and the refused ones listed with their row number and reason. A file that is not what it claims to be changes nothing.

SUBMIT (default false): keep the good rows as a submission waiting for review instead of storing them; they count nowhere until demining:review approves them. An operator of a PostGIS store always submits.

Outputs: IMPORTED and REJECTED (row counts), REPORT (path), SUBMISSION (its identifier when submitted).</source>
        <translation>INPUT: файл (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ или GPX). COORDINATES: auto (геометрия файла, иначе столбцы широты/долготы, MGRS или x/y), latlon, xy, mgrs или geometry. XY_CRS: система координат столбцов x/y. UTM_ZONE: отклонять строки вне этой зоны UTM (0: без проверки). EXTENT: отклонять строки вне этой области (по умолчанию: строки дальше 1 км за пределами районов хранилища). DUPLICATE_M: две позиции ближе этого расстояния (в файле или по сравнению с сохранённым) — один и тот же предмет. MAPPING (необязательно): пары цель=столбец через ';', где столбцы определены неверно, например 'lat=N;lon=E;category=Type'. REPORT: CSV со списком отклонённых строк (по умолчанию: рядом с входным файлом).

Каждая строка проверяется (отсутствующие или нечисловые координаты, перепутанные широта/долгота, выход за ожидаемую область или зону UTM, повторяющиеся позиции, неизвестные категории, даты, количества, глубины); хорошие строки сохраняются в одной транзакции, а отклонённые перечисляются с номером строки и причиной. Файл, который не является тем, за что себя выдаёт, ничего не меняет.

SUBMIT (по умолчанию false): сохранить хорошие строки как заявку, ожидающую рассмотрения, вместо записи; они нигде не учитываются, пока demining:review их не утвердит. Оператор хранилища PostGIS всегда подаёт заявку.

Выходы: IMPORTED и REJECTED (число строк), REPORT (путь), SUBMISSION (её идентификатор при подаче).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="69"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Подать на рассмотрение вместо сохранения (утверждает менеджер данных)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="115"/>
        <source>Submission waiting for review</source>
        <translation>Заявка, ожидающая рассмотрения</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="172"/>
        <source>Nothing was stored yet: the rows wait for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Пока ничего не сохранено: строки ждут рассмотрения как заявка {0} (demining:review утверждает или отклоняет её).</translation>
    </message>
</context>
</TS>
