<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>BuildDemoAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="60" />
            <source>Build demo store</source>
            <translation>Создать демонстрационное хранилище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="62" />
            <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
            <translation>Создаёт демонстрационный сценарий (высвобождение земель вокруг Карабаха, Азербайджан, 2020–2022) в новом хранилище из фиксированного случайного зерна, на реальных границах районов, поставляемых с QGIS (Natural Earth). Рядом с хранилищем записывает проект QGIS (.qgz), который открывает его со стилями.

OUTPUT: путь к записываемому файлу .gpkg (заменяется, если существует). SEED: случайное зерно (значение по умолчанию воспроизводит опубликованные показатели).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="73" />
            <source>Random seed</source>
            <translation>Случайное зерно</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>Demo store</source>
            <translation>Демонстрационное хранилище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="79" />
            <source>Demo project</source>
            <translation>Демонстрационный проект</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="80" />
            <source>Hectares released</source>
            <translation>Высвобождено гектаров</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="81" />
            <source>Items found</source>
            <translation>Найдено предметов</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDock</name>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Task</source>
            <translation>Задача</translation>
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
            <translation>Высвобождено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="58" />
            <source>Clearance</source>
            <translation>Очистка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw released land</source>
            <translation>Нарисовать высвобожденную землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
            <translation>Нарисуйте на карте высвобожденную землю (действует привязка); правый щелчок или Enter завершает, Ctrl+Z отменяет последнее высвобождение.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Mark selected tasks released…</source>
            <translation>Отметить выбранные задачи высвобожденными…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Record the selected tasks or sectors as released land.</source>
            <translation>Записать выбранные задачи или секторы как высвобожденную землю.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide into sectors…</source>
            <translation>Разделить на секторы…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide the selected task into numbered sectors.</source>
            <translation>Разделить выбранную задачу на пронумерованные секторы.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Undo last release</source>
            <translation>Отменить последнее высвобождение</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Take back the last release or sector division, all of it.</source>
            <translation>Отменить последнее высвобождение или деление на секторы целиком.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="96" />
            <source>Planned hectares</source>
            <translation>Запланировано гектаров</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="97" />
            <source>Hectares released in the task</source>
            <translation>Гектаров высвобождено в задаче</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="169" />
            <source>No store open.</source>
            <translation>Хранилище не открыто.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="171" />
            <source>More than {n} tasks in view: zoom in to list them.</source>
            <translation>В окне карты более {n} задач: приблизьте карту, чтобы увидеть список.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="175" />
            <source>{n} tasks in the map view</source>
            <translation>Задач в окне карты: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="213" />
            <source>Select one task to divide (in this list or on the map).</source>
            <translation>Выберите одну задачу для деления (в этом списке или на карте).</translation>
        </message>
    </context>
    <context>
        <name>CreateStoreAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="23" />
            <source>Create project store</source>
            <translation>Создать хранилище проекта</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="25" />
            <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.</source>
            <translation>Создаёт пустое хранилище проекта Demining: GeoPackage со всеми слоями модели данных (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), у каждого из которых в файле сохранены стиль по умолчанию (цвета IMAS 07.11) и форма атрибутов.

OUTPUT: путь к новому файлу .gpkg. CRS: система координат слоёв (по умолчанию EPSG:4326). Существующий файл заменяется, только если задан OVERWRITE.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="37" />
            <source>Layer CRS</source>
            <translation>Система координат слоёв</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="38" />
            <source>Replace an existing file</source>
            <translation>Заменить существующий файл</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>Store</source>
            <translation>Хранилище</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="42" />
            <source>Data model version</source>
            <translation>Версия модели данных</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="49" />
            <source>Unknown coordinate reference system: {}</source>
            <translation>Неизвестная система координат: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="54" />
            <source>Created store {} ({})</source>
            <translation>Создано хранилище {} ({})</translation>
        </message>
    </context>
    <context>
        <name>DeminingAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="30" />
            <source>Land release</source>
            <translation>Высвобождение земель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="18" />
            <source>Project store</source>
            <translation>Хранилище проекта</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="29" />
            <source>Totals and reports</source>
            <translation>Итоги и отчёты</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="40" />
            <source>Mine maps</source>
            <translation>Карты минных полей</translation>
        </message>
    </context>
    <context>
        <name>DeminingDock</name>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="57" />
            <source>Demining</source>
            <translation>Разминирование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="100" />
            <source>Recompute the figures from the store</source>
            <translation>Пересчитать показатели по хранилищу</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>New store…</source>
            <translation>Новое хранилище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
            <translation>Создать пустое хранилище Demining (GeoPackage) и добавить его в проект</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Open store…</source>
            <translation>Открыть хранилище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Добавить в проект слои существующего хранилища Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Load demo</source>
            <translation>Загрузить демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
            <translation>Открыть демонстрационный сценарий (Карабах, 2020–2022), при необходимости сначала создав его</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="134" />
            <source>Building the demo… %p%</source>
            <translation>Создание демо… %p%</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="140" />
            <source>Headline figures</source>
            <translation>Основные показатели</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="164" />
            <source>Layers</source>
            <translation>Слои</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Layer</source>
            <translation>Слой</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Features</source>
            <translation>Объекты</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="228" />
            <source>No store open</source>
            <translation>Хранилище не открыто</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="230" />
            <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
            <translation>Создайте новое хранилище, откройте существующее или загрузите демо, чтобы увидеть здесь его показатели.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="239" />
            <source>Data model version {version} · {crs}</source>
            <translation>Версия модели данных {version} · {crs}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="241" />
            <source>Reading store {}</source>
            <translation>Чтение хранилища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="250" />
            <source>Computing figures…</source>
            <translation>Расчёт показателей…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="253" />
            <source>The figures could not be computed; see the message log.</source>
            <translation>Не удалось рассчитать показатели; см. журнал сообщений.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Land released</source>
            <translation>Высвобождено земель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Cancelled, reduced and cleared land; overlaps counted once</source>
            <translation>Исключённые, сокращённые и очищенные земли; перекрытия учитываются один раз</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Items found</source>
            <translation>Найдено предметов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Mines, UXO and other items found (sum of quantities)</source>
            <translation>Найденные мины, НВБ и другие предметы (сумма количеств)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="277" />
            <source>Cleared routes</source>
            <translation>Очищенные дороги</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="278" />
            <source>Accidents</source>
            <translation>Несчастные случаи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Killed</source>
            <translation>Погибло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Injured</source>
            <translation>Ранено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians killed</source>
            <translation>Погибло мирных жителей</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians injured</source>
            <translation>Ранено мирных жителей</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="288" />
            <source>All dates, saved data.</source>
            <translation>Все даты, сохранённые данные.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cleared</source>
            <translation>Очищено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Reduced</source>
            <translation>Сокращено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cancelled</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AP mines</source>
            <translation>ПП мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AT mines</source>
            <translation>ПТ мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>UXO</source>
            <translation>НВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AXO</source>
            <translation>ОВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>IEDs</source>
            <translation>СВУ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Submunitions</source>
            <translation>Суббоеприпасы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Other items</source>
            <translation>Прочие предметы</translation>
        </message>
    </context>
    <context>
        <name>DeminingPlugin</name>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Demining Panel</source>
            <translation>Панель «Разминирование»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Show or hide the Demining panel</source>
            <translation>Показать или скрыть панель «Разминирование»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>New Store…</source>
            <translation>Новое хранилище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>Create an empty Demining store and add it to the project</source>
            <translation>Создать пустое хранилище Demining и добавить его в проект</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Open Store…</source>
            <translation>Открыть хранилище…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Добавить в проект слои существующего хранилища Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Load Demo</source>
            <translation>Загрузить демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Open the demo scenario, building it first if needed</source>
            <translation>Открыть демонстрационный сценарий, при необходимости сначала создав его</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Clearance Panel</source>
            <translation>Панель «Очистка»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
            <translation>Показать или скрыть панель «Очистка» (задачи в окне карты, инструменты высвобождения)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw Released Land</source>
            <translation>Нарисовать высвобожденную землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
            <translation>Нарисовать на карте высвобожденную землю; она обрезается по опасным районам и никогда не учитывается дважды</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Mark Selected Tasks Released…</source>
            <translation>Отметить выбранные задачи высвобожденными…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Record the selected tasks or sectors as released</source>
            <translation>Записать выбранные задачи или секторы как высвобожденные</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide into Sectors…</source>
            <translation>Разделить на секторы…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide the selected task into numbered sectors</source>
            <translation>Разделить выбранную задачу на пронумерованные секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Undo Last Release</source>
            <translation>Отменить последнее высвобождение</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Take back the whole of the last release or sector division</source>
            <translation>Отменить целиком последнее высвобождение или деление на секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Clearance Totals</source>
            <translation>Итоги очистки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
            <translation>Показать или скрыть панель итогов очистки (гектары, предметы, дороги, несчастные случаи по районам, методам, группам или периодам)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Period Report…</source>
            <translation>Отчёт за период…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
            <translation>Записать отчёт хранилища за период (текст и таблица) в формате .md, .html или .txt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="129" />
            <source>Demining</source>
            <translation>Разминирование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="131" />
            <source>&amp;Demining</source>
            <translation>&amp;Разминирование</translation>
        </message>
    </context>
    <context>
        <name>DeminingTasks</name>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="81" />
            <source>Demining figures of {}</source>
            <translation>Показатели Demining для {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="97" />
            <source>Building the Demining demo</source>
            <translation>Создание демо Demining</translation>
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
            <translation>Итоги в гектарах</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="41" />
            <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer's CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts' name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
            <translation>Гектары полигонального слоя, каждый квадратный метр учитывается один раз: где полигоны перекрываются (импортированные старые данные, земля сначала обследована, затем очищена), земля учитывается за самым ранним высвобождением, которое её покрывает (наименьший id объекта в ту же дату). Площади — истинные площади на эллипсоиде WGS84 при любой системе координат слоя.

INPUT: любой полигональный слой. REGIONS (необязательно): полигональный слой районов; полигоны разрезаются по границам районов, и каждая часть учитывается в своём районе (столбец region). REGION_FIELD: поле названия района (по умолчанию name). GROUP_BY: имена полей INPUT через запятую (например, release_method,technique), а также month или week (ISO-неделя) поля даты. DATE_FIELD: дата высвобождения (по умолчанию released_on, если такое поле есть). DATE_FROM, DATE_TO: ГГГГ-ММ-ДД, обе включительно; земля, впервые высвобожденная до DATE_FROM, не учитывается.

OUTPUT: таблица с полями группировки, area_ha и n_features (объекты с землёй в группе). TOTAL_HA: гектары всех групп.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="57" />
            <source>Released land (polygons)</source>
            <translation>Высвобожденная земля (полигоны)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="59" />
            <source>Districts (polygons)</source>
            <translation>Районы (полигоны)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="61" />
            <source>District name field</source>
            <translation>Поле названия района</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="63" />
            <source>Group by (comma-separated fields; month, week)</source>
            <translation>Группировать по (поля через запятую; month, week)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="65" />
            <source>Date field</source>
            <translation>Поле даты</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="67" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>С даты (ГГГГ-ММ-ДД, включительно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="69" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>По дату (ГГГГ-ММ-ДД, включительно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="73" />
            <source>Total hectares</source>
            <translation>Всего гектаров</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="110" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="126" />
            <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
            <translation>{ha:,.2f} га в {groups} группах из {n} объектов, каждый квадратный метр учтён один раз (для {general} объектов понадобился GEOS).</translation>
        </message>
    </context>
    <context>
        <name>MarkClearedAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="47" />
            <source>Mark areas released</source>
            <translation>Отметить участки высвобожденными</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="49" />
            <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.

STORE: the store (.gpkg). METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. Outputs ADDED_HA (true ellipsoidal hectares) and ADDED_COUNT (released polygons stored).</source>
            <translation>Записывает полигоны INPUT в хранилище проекта как высвобожденную землю, в точности как инструмент карты: каждый полигон пересекается с опасными районами, уже высвобожденная земля исключается (гектар никогда не учитывается дважды), остаток делится по задачам и по границам районов, а фрагменты меньше 1 м² отбрасываются. Оставшаяся площадь и статус опасных районов (открыт, в работе, закрыт) и статус задач обновляются. Всё записывается в одной транзакции: если что-то не удаётся, ничего не меняется.

STORE: хранилище (.gpkg). METHOD: cleared, reduced или cancelled. TECHNIQUE: manual, mechanical или mdd. DATE: ГГГГ-ММ-ДД. TASK_ID (необязательно): задача, к которой относится работа; земля вне её не учитывается. TOLERANCE (м², по умолчанию 1): куски меньше этого не записываются, а опасный район или задача с меньшим остатком закрывается. Выводит ADDED_HA (истинные эллипсоидальные гектары) и ADDED_COUNT (записанные полигоны высвобождения).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="64" />
            <source>Project store</source>
            <translation>Хранилище проекта</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="65" />
            <source>Areas released</source>
            <translation>Высвобожденные участки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="67" />
            <source>Release method</source>
            <translation>Метод высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="70" />
            <source>Technique</source>
            <translation>Способ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="73" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="74" />
            <source>Team</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="75" />
            <source>Release date (YYYY-MM-DD)</source>
            <translation>Дата высвобождения (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="77" />
            <source>Clearance depth (cm)</source>
            <translation>Глубина очистки (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="80" />
            <source>Task ID</source>
            <translation>ID задачи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="81" />
            <source>Slivers and remainders smaller than this are ignored (m²)</source>
            <translation>Фрагменты и остатки меньше этого значения игнорируются (м²)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="84" />
            <source>Hectares added</source>
            <translation>Добавлено гектаров</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="85" />
            <source>Released polygons added</source>
            <translation>Добавлено полигонов высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="91" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT не является читаемым полигональным слоем.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="111" />
            <source>Cancelled; nothing was stored.</source>
            <translation>Отменено; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="113" />
            <source>Feature {} has no geometry; skipped.</source>
            <translation>У объекта {} нет геометрии; пропущен.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="121" />
            <source>Feature {}: {}</source>
            <translation>Объект {}: {}</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="34" />
            <source>Demining</source>
            <translation>Разминирование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="55" />
            <source>{doing} failed: {error}</source>
            <translation>{doing}: ошибка: {error}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="60" />
            <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
            <translation>{doing}: непредвиденная ошибка ({error}). Подробности — на вкладке Demining панели «Журнал сообщений».</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="53" />
            <source>{first} and {last}</source>
            <translation>{first} и {last}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mine</source>
            <translation>{n} противопехотная мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mines</source>
            <translation>противопехотные мины — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mine</source>
            <translation>{n} противотанковая мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mines</source>
            <translation>противотанковые мины — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} item of unexploded ordnance (UXO)</source>
            <translation>{n} неразорвавшийся боеприпас (НВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} items of unexploded ordnance (UXO)</source>
            <translation>неразорвавшиеся боеприпасы (НВБ) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} item of abandoned explosive ordnance (AXO)</source>
            <translation>{n} оставленный взрывоопасный боеприпас (ОВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} items of abandoned explosive ordnance (AXO)</source>
            <translation>оставленные взрывоопасные боеприпасы (ОВБ) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive device (IED)</source>
            <translation>{n} самодельное взрывное устройство (СВУ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive devices (IEDs)</source>
            <translation>самодельные взрывные устройства (СВУ) — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunition</source>
            <translation>{n} суббоеприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunitions</source>
            <translation>суббоеприпасы — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other item</source>
            <translation>{n} прочий предмет</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other items</source>
            <translation>прочие предметы — {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="93" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="155" />
            <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
            <translation>Гектары — истинные (эллипсоидальные) площади; земля, высвобожденная более одного раза, учитывается один раз, за первым высвобождением. Районы — там, где находятся земля, предметы, дороги и несчастные случаи.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="167" />
            <source>Outside the districts</source>
            <translation>Вне районов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="187" />
            <source>between {start} and {end}</source>
            <translation>в период с {start} по {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="190" />
            <source>on {day}</source>
            <translation>{day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="197" />
            <source>outside the mapped districts</source>
            <translation>вне нанесённых на карту районов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="208" />
            <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
            <translation>{Period} обнаружен 1 взрывоопасный предмет: {parts}, в районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="210" />
            <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
            <translation>{Period} обнаружено взрывоопасных предметов: {n} ({parts}), в районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="217" />
            <source>{Period}, no explosive items were found.</source>
            <translation>{Period} взрывоопасных предметов не обнаружено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="225" />
            <source>{ha} ha cleared</source>
            <translation>очищено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="227" />
            <source>{ha} ha reduced by technical survey</source>
            <translation>сокращено техническим обследованием {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="230" />
            <source>{ha} ha cancelled by non-technical survey</source>
            <translation>исключено нетехническим обследованием {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="232" />
            <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
            <translation>Высвобождено {ha} га земли, каждый квадратный метр учтён один раз: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="236" />
            <source>Land was cleared in {districts}.</source>
            <translation>Очистка проводилась в районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="239" />
            <source>No land was released.</source>
            <translation>Земли не высвобождались.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="243" />
            <source>{km} km of routes were cleared, in {districts}.</source>
            <translation>Очищено {km} км дорог, в районах: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="246" />
            <source>No routes were cleared.</source>
            <translation>Дороги не очищались.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="250" />
            <source>1 mine accident was recorded</source>
            <translation>Зарегистрирован 1 несчастный случай, связанный с минами</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="251" />
            <source>{n} mine accidents were recorded</source>
            <translation>Зарегистрировано несчастных случаев, связанных с минами: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="252" />
            <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
            <translation>{accidents}; погибло: {killed}, ранено: {injured}; районы: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="257" />
            <source>No mine accidents were recorded.</source>
            <translation>Несчастных случаев, связанных с минами, не зарегистрировано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="260" />
            <source>Mine action report, {day}</source>
            <translation>Отчёт о противоминной деятельности, {day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="262" />
            <source>Mine action report, {start} to {end}</source>
            <translation>Отчёт о противоминной деятельности, с {start} по {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="287" />
            <source>{n} were destroyed in situ</source>
            <translation>уничтожено на месте: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="288" />
            <source>{n} were removed for demolition</source>
            <translation>вывезено для уничтожения: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="289" />
            <source>{n} were rendered safe</source>
            <translation>обезврежено: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="299" />
            <source>{n} have no disposal recorded</source>
            <translation>без записи об утилизации: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="300" />
            <source>Of these, {parts}.</source>
            <translation>Из них {parts}.</translation>
        </message>
    </context>
    <context>
        <name>PeriodReportAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="134" />
            <source>Period report</source>
            <translation>Отчёт за период</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="136" />
            <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period's dates. Every figure is computed from the store.

STORE: a Demining project store (.gpkg). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
            <translation>Записывает сводку, которую агентство публикует за период, полными предложениями и таблицей по районам: найденные предметы по категориям и районы, где они найдены, высвобожденные гектары по методам (каждый квадратный метр один раз, истинные эллипсоидальные площади), километры очищенных дорог и несчастные случаи, с датами периода. Все показатели рассчитываются по хранилищу.

STORE: хранилище проекта Demining (.gpkg). DATE_FROM, DATE_TO: ГГГГ-ММ-ДД, обе включительно. OUTPUT: файл отчёта; его расширение определяет формат: .md (Markdown), .html или .txt. TEXT: отчёт в виде простого текста.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="147" />
            <source>Project store</source>
            <translation>Хранилище проекта</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="149" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>С даты (ГГГГ-ММ-ДД, включительно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="150" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>По дату (ГГГГ-ММ-ДД, включительно)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="153" />
            <source>Report text</source>
            <translation>Текст отчёта</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="175" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message>
            <location filename="../demining_plugin/core/release.py" line="43" />
            <source>{ha} ha reduced</source>
            <translation>сокращено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="45" />
            <source>{ha} ha cancelled</source>
            <translation>исключено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="46" />
            <source>{ha} ha cleared</source>
            <translation>очищено {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="116" />
            <source>{released} in task {task}</source>
            <translation>{released} в задаче {task}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="118" />
            <source>{released} ({district})</source>
            <translation>{released} ({district})</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="122" />
            <source>{ha} ha remain in hazard {hazard}</source>
            <translation>в опасном районе {hazard} остаётся {ha} га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="125" />
            <source>{remain} (now closed)</source>
            <translation>{remain} (теперь закрыт)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="152" />
            <source>The drawn area is empty.</source>
            <translation>Нарисованный участок пуст.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="154" />
            <source>Released land must be drawn as a polygon.</source>
            <translation>Высвобожденную землю нужно рисовать полигоном.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="161" />
            <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
            <translation>Рисунок самопересекается и после исправления не имеет площади; нарисуйте его заново.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="164" />
            <source>The drawing crossed itself and was repaired.</source>
            <translation>Рисунок самопересекался и был исправлен.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="199" />
            <source>Task {task} does not exist in this store.</source>
            <translation>Задачи {task} нет в этом хранилище.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="204" />
            <source>Nothing was added: the area lies outside task {task}.</source>
            <translation>Ничего не добавлено: участок лежит вне задачи {task}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="208" />
            <source>The part outside task {task} was left out.</source>
            <translation>Часть вне задачи {task} не учтена.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="214" />
            <source>Nothing was added: the area is outside every hazard area.</source>
            <translation>Ничего не добавлено: участок вне всех опасных районов.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="256" />
            <source>Nothing was added: this land is already released.</source>
            <translation>Ничего не добавлено: эта земля уже высвобождена.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="258" />
            <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
            <translation>Ничего не добавлено: после обрезки по опасным районам участок пуст.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="262" />
            <source>Slivers under {m2} m² were left out.</source>
            <translation>Фрагменты меньше {m2} м² не учтены.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="65" />
            <source>Release method '{method}' is not one of {codes}.</source>
            <translation>Метод высвобождения «{method}» не входит в список: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="68" />
            <source>Technique '{technique}' is not one of {codes}.</source>
            <translation>Способ «{technique}» не входит в список: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="71" />
            <source>The release date is missing.</source>
            <translation>Не указана дата высвобождения.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="73" />
            <source>The release date {date} is in the future.</source>
            <translation>Дата высвобождения {date} ещё не наступила.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="76" />
            <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
            <translation>Глубина очистки {depth} см вне диапазона 0–500 см.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseController</name>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="51" />
            <source>Undoing '{}'</source>
            <translation>Отмена «{}»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="67" />
            <source>Refreshing the layers</source>
            <translation>Обновление слоёв</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="58" />
            <source>Undone: {}</source>
            <translation>Отменено: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="63" />
            <source>Redoing '{}'</source>
            <translation>Повтор «{}»</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="98" />
            <source>Record the land you drew as released.</source>
            <translation>Записать нарисованную землю как высвобожденную.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="102" />
            <source>Marking land released</source>
            <translation>Отметка земли как высвобожденной</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="115" />
            <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
            <translation>Сначала выберите задачи или секторы для отметки (слой «Задачи по очистке»).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="119" />
            <source>{n} selected: {ids}</source>
            <translation>Выбрано {n}: {ids}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="126" />
            <source>Marking tasks released</source>
            <translation>Отметка задач как высвобожденных</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="148" />
            <source>There is no release to undo.</source>
            <translation>Нет высвобождения для отмены.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="158" />
            <source>Open or create a store first (Demining dock).</source>
            <translation>Сначала откройте или создайте хранилище (панель «Разминирование»).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="182" />
            <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
            <translation>В слое {layer} есть несохранённые правки. Сохраните или отмените их, затем отметьте землю снова.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="37" />
            <source>Mark land released</source>
            <translation>Отметить землю высвобожденной</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="52" />
            <source>Release method</source>
            <translation>Метод высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="74" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="59" />
            <source>Technique</source>
            <translation>Способ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="62" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="64" />
            <source>Team</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="70" />
            <source>Released on</source>
            <translation>Дата высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="77" />
            <source>Clearance depth</source>
            <translation>Глубина очистки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="80" />
            <source>(from the map)</source>
            <translation>(по карте)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="83" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="86" />
            <source>Mark released</source>
            <translation>Отметить высвобожденной</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Suspected hazardous area (SHA)</source>
            <translation>Подозреваемый опасный район (ПОР, SHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Confirmed hazardous area (CHA)</source>
            <translation>Подтверждённый опасный район (ПдОР, CHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Worked on</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cleared (clearance)</source>
            <translation>Очищена (очистка)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Reduced (technical survey)</source>
            <translation>Сокращена (техническое обследование)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cancelled (non-technical survey)</source>
            <translation>Исключена (нетехническое обследование)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Manual</source>
            <translation>Ручной</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mechanical</source>
            <translation>Механизированный</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mine detection dogs</source>
            <translation>Минно-розыскные собаки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-personnel mine</source>
            <translation>Противопехотная мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-tank mine</source>
            <translation>Противотанковая мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Unexploded ordnance (UXO)</source>
            <translation>Неразорвавшийся боеприпас (НВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Abandoned explosive ordnance (AXO)</source>
            <translation>Оставленный взрывоопасный боеприпас (ОВБ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Improvised explosive device (IED)</source>
            <translation>Самодельное взрывное устройство (СВУ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Submunition</source>
            <translation>Суббоеприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-personnel mines</source>
            <translation>Противопехотные мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-tank mines</source>
            <translation>Противотанковые мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Mixed AP and AT mines</source>
            <translation>Смешанные ПП и ПТ мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Unexploded ordnance</source>
            <translation>Неразорвавшиеся боеприпасы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Cluster munitions</source>
            <translation>Кассетные боеприпасы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Improvised explosive devices</source>
            <translation>Самодельные взрывные устройства</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Clearance</source>
            <translation>Очистка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Technical survey</source>
            <translation>Техническое обследование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Non-technical survey</source>
            <translation>Нетехническое обследование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Route clearance</source>
            <translation>Очистка дорог</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>EOD spot task</source>
            <translation>Разовая задача по обезвреживанию ВОП</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Intact</source>
            <translation>Целый</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Damaged</source>
            <translation>Повреждён</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Deteriorated</source>
            <translation>Разрушен от времени</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Armed</source>
            <translation>Взведён</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Destroyed in situ</source>
            <translation>Уничтожен на месте</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Removed for demolition</source>
            <translation>Вывезен для уничтожения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Rendered safe</source>
            <translation>Обезврежен</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Illegal entry into uncleared land</source>
            <translation>Незаконный вход на неочищенную землю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Leaving cleared land</source>
            <translation>Выход за пределы очищенной земли</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Demining</source>
            <translation>Разминирование</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Farming</source>
            <translation>Земледелие</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Herding</source>
            <translation>Выпас скота</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Travelling</source>
            <translation>Передвижение</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Handling or tampering</source>
            <translation>Обращение или попытка вскрытия</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Reference point (landmark)</source>
            <translation>Исходная точка (ориентир)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Benchmark</source>
            <translation>Репер</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Turning point</source>
            <translation>Поворотная точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Intermediate point</source>
            <translation>Промежуточная точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>End point</source>
            <translation>Конечная точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Degrees</source>
            <translation>Градусы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6400)</source>
            <translation>Тысячные (6400)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6000)</source>
            <translation>Тысячные (6000)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>True north</source>
            <translation>Истинный север</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Grid north</source>
            <translation>Сетевой север</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Magnetic north</source>
            <translation>Магнитный север</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Road</source>
            <translation>Дорога</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Track</source>
            <translation>Грунтовая дорога</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Path</source>
            <translation>Тропа</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Railway</source>
            <translation>Железная дорога</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="283" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="284" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="285" />
            <source>Team</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="286" />
            <source>Remarks</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Districts</source>
            <translation>Районы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Region ID</source>
            <translation>ID района</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Local name</source>
            <translation>Местное название</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative level</source>
            <translation>Административный уровень</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative districts used to split and total released land.</source>
            <translation>Административные районы для деления и подсчёта высвобожденной земли.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard areas</source>
            <translation>Опасные районы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard ID</source>
            <translation>ID опасного района</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Classification</source>
            <translation>Классификация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Contamination</source>
            <translation>Загрязнение</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Reported on</source>
            <translation>Дата сообщения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Evidence</source>
            <translation>Признаки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Area (ha)</source>
            <translation>Площадь (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Remaining (ha)</source>
            <translation>Остаток (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
            <translation>Подозреваемые (ПОР, SHA) и подтверждённые (ПдОР, CHA) опасные районы.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance tasks</source>
            <translation>Задачи по очистке</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task ID</source>
            <translation>ID задачи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Hazard</source>
            <translation>Опасный район</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Parent task</source>
            <translation>Родительская задача</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task type</source>
            <translation>Тип задачи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned start</source>
            <translation>Плановое начало</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned end</source>
            <translation>Плановое окончание</translation>
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
            <translation>Задачи по очистке и обследованию и их секторы, нанесённые внутри опасных районов.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released land</source>
            <translation>Высвобожденная земля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release ID</source>
            <translation>ID высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release method</source>
            <translation>Метод высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Technique</source>
            <translation>Способ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released on</source>
            <translation>Дата высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Clearance depth (cm)</source>
            <translation>Глубина очистки (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
            <translation>Земля, высвобожденная очисткой, техническим или нетехническим обследованием; без перекрытий.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Minefield records</source>
            <translation>Формуляры минных полей</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Record ID</source>
            <translation>ID формуляра</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Received on</source>
            <translation>Дата получения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied by</source>
            <translation>Кем передан</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AP mines</source>
            <translation>Заявлено ПП мин</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AT mines</source>
            <translation>Заявлено ПТ мин</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed mines in total</source>
            <translation>Заявлено мин всего</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing unit</source>
            <translation>Единица азимута</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>North reference</source>
            <translation>Направление севера</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Magnetic declination (degrees)</source>
            <translation>Магнитное склонение (градусы)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Traverse misclosure (m)</source>
            <translation>Невязка хода (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied minefield records (mine maps handed over by the other side).</source>
            <translation>Переданные формуляры минных полей (карты минирования, переданные другой стороной).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mines</source>
            <translation>Мины по формуляру</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mine ID</source>
            <translation>ID мины по формуляру</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Minefield record</source>
            <translation>Формуляр минного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Row</source>
            <translation>Ряд</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mine number in row</source>
            <translation>Номер мины в ряду</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mines as positioned by a supplied record.</source>
            <translation>Мины в положениях по переданному формуляру.</translation>
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
            <translation>Расстояние (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>From point</source>
            <translation>От точки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Reference point, benchmark and turning points of a minefield record.</source>
            <translation>Исходная точка, репер и поворотные точки формуляра минного поля.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Items found</source>
            <translation>Найдено предметов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Item ID</source>
            <translation>ID предмета</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Found on</source>
            <translation>Дата обнаружения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Depth (cm)</source>
            <translation>Глубина (см)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Condition</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Disposition</source>
            <translation>Утилизация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Mines, UXO and other items found and what was done with them.</source>
            <translation>Найденные мины, НВБ и другие предметы и что с ними сделано.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared routes</source>
            <translation>Очищенные дороги</translation>
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
            <translation>Очищенная ширина (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared on</source>
            <translation>Дата очистки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Length (km)</source>
            <translation>Длина (км)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Roads and tracks cleared and verified.</source>
            <translation>Очищенные и проверенные дороги и колеи.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accidents</source>
            <translation>Несчастные случаи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accident ID</source>
            <translation>ID несчастного случая</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Occurred on</source>
            <translation>Дата происшествия</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Killed</source>
            <translation>Погибло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Injured</source>
            <translation>Ранено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Civilian victims</source>
            <translation>Жертвы среди мирных жителей</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Activity at the time</source>
            <translation>Деятельность в момент происшествия</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Mine and UXO accidents with their victims.</source>
            <translation>Несчастные случаи с минами и НВБ и их жертвы.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="108" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="180" />
            <source>Value out of range</source>
            <translation>Значение вне допустимого диапазона</translation>
        </message>
    </context>
    <context>
        <name>SectoriseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="137" />
            <source>Divide into sectors</source>
            <translation>Разделить на секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="139" />
            <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon's local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent's attributes and gets sector_no, sector_id (such as T-0042/07, from the parent's task_id, hazard_id or feature id) and area_ha.</source>
            <translation>Делит каждый полигон INPUT (задачи или опасные районы) на пронумерованные секторы или полосы шириной WIDTH метров и длиной LENGTH метров вдоль направления ANGLE (градусы по часовой стрелке от севера), измеряемые на местности в местной зоне UTM полигона и обрезанные по полигону. Секторы покрывают родительский полигон точно, без перекрытий и разрывов. Каждый сектор сохраняет атрибуты родителя и получает sector_no, sector_id (например, T-0042/07, из task_id, hazard_id или id объекта родителя) и area_ha.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="149" />
            <source>Polygons to divide</source>
            <translation>Полигоны для деления</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="151" />
            <source>Sector width (m)</source>
            <translation>Ширина сектора (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="153" />
            <source>Sector length (m)</source>
            <translation>Длина сектора (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="155" />
            <source>Direction (degrees from north)</source>
            <translation>Направление (градусы от севера)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="158" />
            <source>Sectors</source>
            <translation>Секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="164" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT не является читаемым полигональным слоем.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="196" />
            <source>{}: {} sectors</source>
            <translation>{}: секторов: {}</translation>
        </message>
    </context>
    <context>
        <name>SectorsDialog</name>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="41" />
            <source>Divide {} into sectors</source>
            <translation>Разделить {} на секторы</translation>
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
            <translation>Ширина (поперёк)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="53" />
            <source>Length (along)</source>
            <translation>Длина (вдоль)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="54" />
            <source>Direction from north</source>
            <translation>Направление от севера</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="55" />
            <source>Draw baseline on the map…</source>
            <translation>Нарисовать базовую линию на карте…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="56" />
            <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
            <translation>Щёлкните начало базовой линии, затем точку на ней: секторы начинаются там и идут вдоль неё.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="66" />
            <source>Store sectors</source>
            <translation>Записать секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="103" />
            <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
            <translation>Секторов: {n}, всего {ha:.2f} га (в среднем {avg:.2f} га каждый).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="131" />
            <source>Dividing {} into sectors</source>
            <translation>Деление {} на секторы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="138" />
            <source>Task {task} divided into {n} sectors ({first} to {last})</source>
            <translation>Задача {task} разделена на секторы ({n}): с {first} по {last}</translation>
        </message>
    </context>
    <context>
        <name>StoreSession</name>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="190" />
            <source>This project uses the Demining store {}, which cannot be opened: {}</source>
            <translation>Этот проект использует хранилище Demining {}, которое не удаётся открыть: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="232" />
            <source>Computing the figures of {}</source>
            <translation>Расчёт показателей {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>New Demining store</source>
            <translation>Новое хранилище Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Open Demining store</source>
            <translation>Открыть хранилище Demining</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Demining store (*.gpkg);;All files (*)</source>
            <translation>Хранилище Demining (*.gpkg);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="314" />
            <source>{} is the store this project uses; choose another file name.</source>
            <translation>{} — хранилище, используемое этим проектом; выберите другое имя файла.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="317" />
            <source>Creating store {}</source>
            <translation>Создание хранилища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="321" />
            <source>Created the Demining store {}.</source>
            <translation>Создано хранилище Demining {}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="326" />
            <source>Opening store {}</source>
            <translation>Открытие хранилища {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="378" />
            <source>The demo builder is not available in this installation of the plugin ({}).</source>
            <translation>Построитель демо недоступен в этой установке модуля ({}).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="385" />
            <source>Creating folder {}</source>
            <translation>Создание папки {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="398" />
            <source>Building the demo was cancelled.</source>
            <translation>Создание демо отменено.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="401" />
            <source>Building the demo</source>
            <translation>Создание демо</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="404" />
            <source>The demo store is open: {}</source>
            <translation>Демонстрационное хранилище открыто: {}</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, open</source>
            <translation>ПдОР, открыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, worked on</source>
            <translation>ПдОР, в работе</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, closed</source>
            <translation>ПдОР, закрыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, open</source>
            <translation>ПОР, открыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, worked on</source>
            <translation>ПОР, в работе</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, closed</source>
            <translation>ПОР, закрыт</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>unclassified</source>
            <translation>без классификации</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cleared</source>
            <translation>Очищено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Reduced</source>
            <translation>Сокращено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cancelled</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AP mine</source>
            <translation>ПП мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AT mine</source>
            <translation>ПТ мина</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>UXO</source>
            <translation>НВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AXO</source>
            <translation>ОВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>IED</source>
            <translation>СВУ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Submunition</source>
            <translation>Суббоеприпас</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="31" />
            <source>Outside the districts</source>
            <translation>Вне районов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="32" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="34" />
            <source>(not applicable)</source>
            <translation>(не применимо)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="48" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="96" />
            <source>Totals</source>
            <translation>Итоги</translation>
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
            <translation>Метод высвобождения</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Technique</source>
            <translation>Способ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Team</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>ISO week</source>
            <translation>ISO-неделя</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AP mines</source>
            <translation>ПП мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AT mines</source>
            <translation>ПТ мины</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>UXO</source>
            <translation>НВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>AXO</source>
            <translation>ОВБ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>IED</source>
            <translation>СВУ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="71" />
            <source>Submunitions</source>
            <translation>Суббоеприпасы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="72" />
            <source>Other items</source>
            <translation>Прочие предметы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Cleared (ha)</source>
            <translation>Очищено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Reduced (ha)</source>
            <translation>Сокращено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="77" />
            <source>Cancelled (ha)</source>
            <translation>Исключено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="571" />
            <source>Released (ha)</source>
            <translation>Высвобождено (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="573" />
            <source>Items found</source>
            <translation>Найдено предметов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="575" />
            <source>Routes (km)</source>
            <translation>Дороги (км)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="576" />
            <source>Accidents</source>
            <translation>Несчастные случаи</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="577" />
            <source>Killed</source>
            <translation>Погибло</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="578" />
            <source>Injured</source>
            <translation>Ранено</translation>
        </message>
    </context>
    <context>
        <name>TotalsChart</name>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="93" />
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="212" />
            <source>Outside the districts</source>
            <translation>Вне районов</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="45" />
            <source>{n}k</source>
            <translation>{n} тыс</translation>
        </message>
    </context>
    <context>
        <name>TotalsDock</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="93" />
            <source>Clearance totals of {}</source>
            <translation>Итоги очистки {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="211" />
            <source>Clearance totals</source>
            <translation>Итоги очистки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>First day of the period (empty: from the start)</source>
            <translation>Первый день периода (пусто: с начала)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>start</source>
            <translation>начало</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>Last day of the period, included (empty: up to now)</source>
            <translation>Последний день периода, включительно (пусто: до сегодня)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="255" />
            <source>What the rows of the table are</source>
            <translation>Что представляют строки таблицы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="256" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="258" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="261" />
            <source>by</source>
            <translation>в разрезе</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="284" />
            <source>Cumulative hectares</source>
            <translation>Нарастающим итогом, га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>Items found per week</source>
            <translation>Найдено предметов за неделю</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>Export the table to a CSV file</source>
            <translation>Экспортировать таблицу в файл CSV</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>Export the table to an Excel workbook</source>
            <translation>Экспортировать таблицу в книгу Excel</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Report…</source>
            <translation>Отчёт…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Write the period report (sentences and table) as .md, .html or .txt</source>
            <translation>Записать отчёт за период (текст и таблица) в формате .md, .html или .txt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="305" />
            <source>Recompute every figure from the store</source>
            <translation>Пересчитать все показатели по хранилищу</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="387" />
            <source>No store open</source>
            <translation>Хранилище не открыто</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="581" />
            <source>Computing the totals of {}…</source>
            <translation>Расчёт итогов {}…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="422" />
            <source>Computing the clearance totals of {}</source>
            <translation>Расчёт итогов очистки {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="424" />
            <source>The totals could not be computed.</source>
            <translation>Не удалось рассчитать итоги.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="428" />
            <source>Computing the totals was cancelled.</source>
            <translation>Расчёт итогов отменён.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="531" />
            <source>Updating the clearance totals</source>
            <translation>Обновление итогов очистки</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>Hectares released, cumulative</source>
            <translation>Высвобождено гектаров, нарастающим итогом</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>ha</source>
            <translation>га</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>items</source>
            <translation>предметы</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="579" />
            <source>Open a Demining store to see its clearance totals.</source>
            <translation>Откройте хранилище Demining, чтобы увидеть его итоги очистки.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="586" />
            <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
            <translation>{store}: за период высвобождено {ha} га, каждый квадратный метр учтён один раз (истинные эллипсоидальные площади).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>Export totals to CSV</source>
            <translation>Экспорт итогов в CSV</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Export totals to Excel</source>
            <translation>Экспорт итогов в Excel</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="626" />
            <source>There are no totals to export yet.</source>
            <translation>Пока нет итогов для экспорта.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="634" />
            <source>Exporting the totals to {}</source>
            <translation>Экспорт итогов в {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="636" />
            <source>Totals exported to {}.</source>
            <translation>Итоги экспортированы в {}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="642" />
            <source>Open a Demining store first: the report is computed from it.</source>
            <translation>Сначала откройте хранилище Demining: отчёт рассчитывается по нему.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="644" />
            <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
            <translation>Итоги {} ещё рассчитываются; запросите отчёт снова через минуту.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Period report</source>
            <translation>Отчёт за период</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Текст (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="672" />
            <source>Writing the report {}</source>
            <translation>Запись отчёта {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="674" />
            <source>Report for {start} to {end} written to {path}.</source>
            <translation>Отчёт с {start} по {end} записан в {path}.</translation>
        </message>
    </context>
    <context>
        <name>TotalsModel</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="156" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="170" />
            <source>The layer behind these figures does not record this grouping.</source>
            <translation>Слой, на котором основаны эти показатели, не содержит такой группировки.</translation>
        </message>
    </context>
    <context>
        <name>TraverseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="39" />
            <source>Minefield record traverse</source>
            <translation>Ход по формуляру минного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="41" />
            <source>Runs a minefield record's turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point's UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon's true (ellipsoidal) area in hectares.</source>
            <translation>Прокладывает поворотные точки формуляра минного поля (азимут и расстояние от предыдущей точки) на местности, на эллипсоиде WGS84, от начальной точки и замыкает формуляр.

INPUT: таблица с point_no, bearing и distance_m (метры на местности) в порядке point_no. START_POINT: исходная точка в любой системе координат. BEARING_UNIT: degrees, mils6400 (НАТО) или mils6000 (Варшавский договор). NORTH: true, grid (север зоны UTM начальной точки) или magnetic, для которого нужно DECLINATION в градусах, восток положителен.

OUTPUT: полигон формуляра (EPSG:4326) с misclosure_m, misclosure_ratio (периметр / невязка), perimeter_m и area_ha. MISCLOSURE_M: расстояние от последней вычисленной точки до начальной. AREA_HA: истинная (эллипсоидальная) площадь полигона в гектарах.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="54" />
            <source>Turning points (point_no, bearing, distance_m)</source>
            <translation>Поворотные точки (point_no, bearing, distance_m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="56" />
            <source>Start (reference) point</source>
            <translation>Начальная (исходная) точка</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="57" />
            <source>Bearing unit</source>
            <translation>Единица азимута</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60" />
            <source>North reference</source>
            <translation>Направление севера</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63" />
            <source>Magnetic declination (degrees, east positive)</source>
            <translation>Магнитное склонение (градусы, восток положителен)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66" />
            <source>Minefield record</source>
            <translation>Формуляр минного поля</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="68" />
            <source>Misclosure (m)</source>
            <translation>Невязка (м)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69" />
            <source>Area (ha)</source>
            <translation>Площадь (га)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="100" />
            <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
            <translation>Невязка {0:.3f} м ({1}); площадь {2:.4f} га</translation>
        </message>
    </context>
</TS>
