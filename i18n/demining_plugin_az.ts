<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>Accidents</name>
    <message>
        <location filename="../demining_plugin/core/reports/accidents.py" line="77"/>
        <source>Activity not recorded</source>
        <translation>Fəaliyyət qeyd edilməyib</translation>
    </message>
</context>
<context>
    <name>Accuracy</name>
    <message>
        <location filename="../demining_plugin/core/records/fit.py" line="181"/>
        <source>Judging mine maps needs SciPy, which this Python does not have: install it (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</source>
        <translation>Mina xəritələrini qiymətləndirmək üçün bu Python-da olmayan SciPy lazımdır: onu quraşdırın (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/record_layers.py" line="35"/>
        <source>A layer has no valid coordinate reference system.</source>
        <translation>Layın etibarlı koordinat istinad sistemi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="161"/>
        <source>The tolerance must be more than 0 m (got {tolerance:g}).</source>
        <translation>Dözümlülük 0 m-dən çox olmalıdır ({tolerance:g} verilib).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="164"/>
        <source>The largest offset searched ({max_offset:g} m) must be at least the tolerance ({tolerance:g} m).</source>
        <translation>Axtarılan ən böyük sürüşmə ({max_offset:g} m) ən azı dözümlülük ({tolerance:g} m) qədər olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="180"/>
        <source>The mapped mines layer has no features: there is no record to judge.</source>
        <translation>Xəritədəki minalar layında obyekt yoxdur: qiymətləndiriləcək formulyar yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="192"/>
        <source>The found items layer has no item with a position: nothing to compare the records with.</source>
        <translation>Aşkar edilmiş obyektlər layında mövqeyi olan obyekt yoxdur: formulyarları müqayisə etmək üçün heç nə yoxdur.</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="215"/>
        <source>{store} records its changes since {start}; what it held at {moment} cannot be rebuilt.</source>
        <translation>{store} dəyişikliklərini {start} tarixindən bəri qeyd edir; {moment} anında saxladıqlarını bərpa etmək mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="301"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="331"/>
        <source>These figures are the store&apos;s as it held them at {moment}, rebuilt from its history of changes.</source>
        <translation>Bu rəqəmlər anbarın {moment} anında saxladığı rəqəmlərdir, dəyişikliklər tarixçəsindən bərpa edilib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="338"/>
        <source>Since {since}, {n} recorded changes moved these figures by {ha} ha and {items} items: {today_ha} ha and {today_items} items now, against {before_ha} ha and {before_items} items as the store held them then (demining:changessince lists them).</source>
        <translation>{since} tarixindən bəri qeydə alınmış {n} dəyişiklik bu rəqəmləri {ha} ha və {items} obyekt qədər dəyişib: indi {today_ha} ha və {today_items} obyekt, anbarın o vaxt saxladığı {before_ha} ha və {before_items} obyektə qarşı (demining:changessince onları sadalayır).</translation>
    </message>
</context>
<context>
    <name>BuildDemoAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="65"/>
        <source>Build demo store</source>
        <translation>Demo anbarını yarat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="67"/>
        <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
        <translation>Demo ssenarisini (Qarabağ ətrafında torpaqların azad edilməsi, Azərbaycan, 2020–2022) sabit təsadüfi toxumdan, QGIS ilə gələn real rayon sərhədləri (Natural Earth) üzərində yeni anbara yazır. Anbarın yanında onu üslublarla açan QGIS layihəsi (.qgz) yazır.

OUTPUT: yazılacaq .gpkg faylının yolu (mövcuddursa, əvəz olunur). SEED: təsadüfi toxum (standart dəyər dərc olunmuş göstəriciləri təkrarlayır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="78"/>
        <source>Random seed</source>
        <translation>Təsadüfi toxum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>Demo store</source>
        <translation>Demo anbarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>Demo project</source>
        <translation>Demo layihəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="85"/>
        <source>Hectares released</source>
        <translation>Azad edilmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="86"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="200"/>
        <source>(not recorded)</source>
        <translation>(qeyd edilməyib)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="143"/>
        <source>Check before saving (you may still save):</source>
        <translation>Saxlamadan əvvəl yoxlayın (yenə də saxlaya bilərsiniz):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Item found</source>
        <translation>Aşkar edilmiş obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Record an item found at the point clicked.</source>
        <translation>Klik edilən nöqtədə aşkar edilmiş obyekti qeyd et.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="188"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="191"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="197"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="203"/>
        <source>Depth</source>
        <translation>Dərinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="204"/>
        <source>Condition</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="207"/>
        <source>Disposition</source>
        <translation>Məhvetmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="212"/>
        <source>Found on</source>
        <translation>Aşkar edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="215"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="220"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="228"/>
        <source>no task here</source>
        <translation>burada tapşırıq yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="229"/>
        <source>The smallest task (sector) under the point; the others under it are listed</source>
        <translation>Nöqtənin altındakı ən kiçik tapşırıq (sektor); onun altındakı digərləri sadalanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="232"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="305"/>
        <source>outside the districts</source>
        <translation>rayonlardan kənarda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="308"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="239"/>
        <source>Remarks</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Mine accident</source>
        <translation>Mina hadisəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Record an accident at the point clicked.</source>
        <translation>Klik edilən nöqtədə hadisəni qeyd et.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="275"/>
        <source>Occurred on</source>
        <translation>Baş vermə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="281"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="285"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="286"/>
        <source>The victims were civilians</source>
        <translation>Zərərçəkənlər mülki şəxslər idi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="288"/>
        <source>Civilian</source>
        <translation>Mülki şəxs</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="289"/>
        <source>Activity at the time</source>
        <translation>Həmin andakı fəaliyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="294"/>
        <source>Device</source>
        <translation>Qurğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="299"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="329"/>
        <source>The accident has a date in the future ({date}).</source>
        <translation>Hadisənin tarixi gələcəkdədir ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="335"/>
        <source>No one killed or injured is recorded.</source>
        <translation>Həlak olan və ya yaralanan qeyd edilməyib.</translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="146"/>
        <source>Recording an item found</source>
        <translation>Aşkar edilmiş obyekt qeyd edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="163"/>
        <source>This item</source>
        <translation>Bu obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="181"/>
        <source>{id} ({what}) recorded</source>
        <translation>{id} ({what}) qeyd edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="230"/>
        <source>with warnings:</source>
        <translation>xəbərdarlıqlarla:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="190"/>
        <source>Recording an accident</source>
        <translation>Hadisə qeyd edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="200"/>
        <source>Accident {id} recorded: {killed} killed, {injured} injured</source>
        <translation>Hadisə {id} qeyd edildi: {killed} həlak olub, {injured} yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="255"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Əvvəlcə anbarı açın və ya yaradın (Minatəmizləmə paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="289"/>
        <source>At the point clicked: task {task}, {district}.</source>
        <translation>Klik edilən nöqtədə: tapşırıq {task}, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="293"/>
        <source>At the point clicked: task {task}, outside the districts.</source>
        <translation>Klik edilən nöqtədə: tapşırıq {task}, rayonlardan kənarda.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="297"/>
        <source>At the point clicked: no task, {district}.</source>
        <translation>Klik edilən nöqtədə: tapşırıq yoxdur, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="298"/>
        <source>At the point clicked: no task, outside the districts.</source>
        <translation>Klik edilən nöqtədə: tapşırıq yoxdur, rayonlardan kənarda.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="303"/>
        <source>in task {task} ({district}).</source>
        <translation>{task} tapşırığında ({district}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="307"/>
        <source>in task {task}.</source>
        <translation>{task} tapşırığında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="309"/>
        <source>in {district}.</source>
        <translation>{district} daxilində.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="313"/>
        <source>Saving to {}</source>
        <translation>{} yerinə saxlanılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="316"/>
        <source>{layer} has unsaved edits. Save or discard them first, then record the point again.</source>
        <translation>{layer} layında saxlanılmamış düzəlişlər var. Əvvəlcə onları saxlayın və ya ləğv edin, sonra nöqtəni yenidən qeyd edin.</translation>
    </message>
</context>
<context>
    <name>ChangesSinceAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="50"/>
        <source>Changes since a date</source>
        <translation>Tarixdən bəri dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="52"/>
        <source>Why today&apos;s figures for a period differ from the figures published earlier: every released polygon, item found, route or accident added, changed or deleted after SINCE that moved the period&apos;s hectares released or items found, with who changed it, when and with which application, and the hectares and items it moved. The rows add up exactly (to the square metre) to today&apos;s figure minus the figure the store had at SINCE (demining:periodreport with AS_OF = SINCE).</source>
        <translation>Dövr üçün bugünkü rəqəmlərin əvvəl dərc edilmiş rəqəmlərdən niyə fərqləndiyi: SINCE-dən sonra əlavə edilmiş, dəyişdirilmiş və ya silinmiş və dövrün azad edilmiş hektarlarını və ya aşkar edilmiş obyektlərini dəyişmiş hər azad edilmiş poliqon, aşkar edilmiş obyekt, yol və ya hadisə; onu kimin, nə vaxt və hansı proqramla dəyişdiyi, dəyişdirdiyi hektar və obyektlər ilə. Sətirlərin cəmi dəqiq olaraq (kvadrat metrədək) bugünkü rəqəmlə anbarın SINCE anındakı rəqəminin fərqinə bərabərdir (demining:periodreport, AS_OF = SINCE ilə).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="61"/>
        <source>SINCE: a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS], local time unless a zone such as +04:00 or Z is given. DATE_FROM, DATE_TO: the period, YYYY-MM-DD, both inclusive (empty: all dates). OUTPUT: a table, one row per change that moved a figure (released_ha, items). MOVED_HA, MOVED_ITEMS: their sums; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: the period&apos;s figures then and now.</source>
        <translation>SINCE: tarix və vaxt, YYYY-MM-DD (həmin günün sonu) və ya YYYY-MM-DDTHH:MM[:SS]; +04:00 və ya Z kimi zona verilməyibsə, yerli vaxt. DATE_FROM, DATE_TO: dövr, YYYY-MM-DD, hər ikisi daxil (boş: bütün tarixlər). OUTPUT: cədvəl, rəqəmi dəyişmiş hər dəyişikliyə bir sətir (released_ha, items). MOVED_HA, MOVED_ITEMS: onların cəmi; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: dövrün o vaxtkı və indiki rəqəmləri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="71"/>
        <source>Since (date and time)</source>
        <translation>Bu andan bəri (tarix və vaxt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="72"/>
        <source>Period from (YYYY-MM-DD, inclusive)</source>
        <translation>Dövrün başlanğıcı (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="74"/>
        <source>Period to (YYYY-MM-DD, inclusive)</source>
        <translation>Dövrün sonu (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="76"/>
        <source>Changes since</source>
        <translation>Bəri dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares moved</source>
        <translation>Dəyişmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items moved</source>
        <translation>Dəyişmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares then</source>
        <translation>O vaxtkı hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items then</source>
        <translation>O vaxtkı obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares now</source>
        <translation>İndiki hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items now</source>
        <translation>İndiki obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="90"/>
        <source>SINCE is needed: the date and time the figures are compared with.</source>
        <translation>SINCE lazımdır: rəqəmlərin müqayisə edildiyi tarix və vaxt.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="97"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By severity</source>
        <translation>Ciddiliyə görə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By layer</source>
        <translation>Laya görə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By rule</source>
        <translation>Qaydaya görə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Message</source>
        <translation>Məlumat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="47"/>
        <source>error</source>
        <translation>xəta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="48"/>
        <source>warning</source>
        <translation>xəbərdarlıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="67"/>
        <source>Demining checks of {}</source>
        <translation>Minatəmizləmə yoxlamaları: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="79"/>
        <source>Checks</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="87"/>
        <source>Run checks</source>
        <translation>Yoxlamaları işə sal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="90"/>
        <source>Check every layer of the store (geometry, released land, links, dates, identifiers); nothing is changed.</source>
        <translation>Anbarın hər layını yoxla (həndəsə, azad edilmiş ərazi, əlaqələr, tarixlər, identifikatorlar); heç nə dəyişdirilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="94"/>
        <source>Fix selected</source>
        <translation>Seçilənləri düzəlt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="96"/>
        <source>Apply the safe fix of the selected findings (or of all findings of a selected group) in one step; Undo Last Release takes it back.</source>
        <translation>Seçilmiş tapıntıların (və ya seçilmiş qrupun bütün tapıntılarının) təhlükəsiz düzəlişini bir addımda tətbiq et; «Sonuncu azadetməni geri qaytar» onu geri qaytarır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="281"/>
        <source>Run the checks to list problems in the store.</source>
        <translation>Anbardakı problemləri sadalamaq üçün yoxlamaları işə salın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="134"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Əvvəlcə anbarı açın və ya yaradın (Minatəmizləmə paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="141"/>
        <source>Checking {}…</source>
        <translation>{} yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="155"/>
        <source>The checks failed: {}</source>
        <translation>Yoxlamalar alınmadı: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="158"/>
        <source>Checks cancelled.</source>
        <translation>Yoxlamalar ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="167"/>
        <source>No problems found.</source>
        <translation>Problem tapılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="169"/>
        <source>{n} findings: {e} errors, {w} warnings; {f} with a safe fix.</source>
        <translation>{n} tapıntı: {e} xəta, {w} xəbərdarlıq; {f} təhlükəsiz düzəlişlə.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="197"/>
        <source>Safe fix: {}</source>
        <translation>Təhlükəsiz düzəliş: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="233"/>
        <source>{} has no place on the map.</source>
        <translation>{} xəritədə yeri yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="244"/>
        <source>Cannot show {} on this map: {}</source>
        <translation>{} bu xəritədə göstərilə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="256"/>
        <source>Select findings that have a safe fix.</source>
        <translation>Təhlükəsiz düzəlişi olan tapıntıları seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="259"/>
        <source>Fixing {} findings</source>
        <translation>{} tapıntı düzəldilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="264"/>
        <source>Nothing to fix.</source>
        <translation>Düzəldiləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="268"/>
        <source>Fixed {n} findings ({rules})</source>
        <translation>{n} tapıntı düzəldildi ({rules})</translation>
    </message>
</context>
<context>
    <name>ClearanceDock</name>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="89"/>
        <source>Clearance</source>
        <translation>Təmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw released land</source>
        <translation>Azad edilmiş ərazini çək</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
        <translation>Azad edilmiş ərazini xəritədə çəkin (yapışdırma tətbiq olunur); sağ klik və ya Enter bitirir, Ctrl+Z sonuncu azadetməni geri qaytarır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Mark selected tasks released…</source>
        <translation>Seçilmiş tapşırıqları azad edilmiş kimi qeyd et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Record the selected tasks or sectors as released land.</source>
        <translation>Seçilmiş tapşırıqları və ya sektorları azad edilmiş ərazi kimi qeyd et.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide into sectors…</source>
        <translation>Sektorlara böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide the selected task into numbered sectors.</source>
        <translation>Seçilmiş tapşırığı nömrələnmiş sektorlara böl.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Undo last release</source>
        <translation>Sonuncu azadetməni geri qaytar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Take back the last release or sector division, all of it.</source>
        <translation>Sonuncu azadetməni və ya sektorlara bölməni bütövlükdə geri qaytar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="125"/>
        <source>Planned hectares</source>
        <translation>Planlaşdırılmış hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="126"/>
        <source>Hectares released in the task</source>
        <translation>Tapşırıqda azad edilmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="197"/>
        <source>No store open.</source>
        <translation>Anbar açıq deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="199"/>
        <source>More than {n} tasks in view: zoom in to list them.</source>
        <translation>Xəritə görünüşündə {n}-dən çox tapşırıq var: siyahı üçün yaxınlaşdırın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="203"/>
        <source>{n} tasks in the map view</source>
        <translation>Xəritə görünüşündə tapşırıqlar: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="245"/>
        <source>Select one task to divide (in this list or on the map).</source>
        <translation>Bölmək üçün bir tapşırıq seçin (bu siyahıda və ya xəritədə).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Hazard rank</source>
        <translation>Təhlükə dərəcəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="127"/>
        <source>Rank of the task&apos;s hazard in the hazard priorities layer of the project (demining:priorities); click to sort the tasks by it</source>
        <translation>Tapşırığın təhlükəli ərazisinin layihənin təhlükə prioritetləri layındakı yeri (demining:priorities); tapşırıqları ona görə çeşidləmək üçün klikləyin</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source>{0} completion report(s), {1}{2}</source>
        <translation>{0} tamamlama hesabatı, {1}{2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source> with handover certificates</source>
        <translation> təhvil-təslim aktları ilə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="53"/>
        <source>Completion reports cancelled.</source>
        <translation>Tamamlama hesabatları ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="85"/>
        <source>The layout template {0} is missing from the plugin.</source>
        <translation>{0} maket şablonu plagində yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="100"/>
        <source>Task outline</source>
        <translation>Tapşırığın konturu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="102"/>
        <source>Land handed over</source>
        <translation>Təhvil verilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="105"/>
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="106"/>
        <source>Corners</source>
        <translation>Künclər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="168"/>
        <source>The layout template {0} cannot be read.</source>
        <translation>{0} maket şablonu oxunmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="169"/>
        <source>Completion report</source>
        <translation>Tamamlama hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="175"/>
        <source>The layout template has no item &apos;{0}&apos;.</source>
        <translation>Maket şablonunda '{0}' elementi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="340"/>
        <source>BM</source>
        <translation>BM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Disposition</source>
        <translation>Məhvetmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Qty</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspection</source>
        <translation>İnspeksiya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspected by</source>
        <translation>İnspeksiya edən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Items</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="314"/>
        <source>none recorded</source>
        <translation>qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="317"/>
        <source>… {0} more rows</source>
        <translation>… daha {0} sətir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Easting</source>
        <translation>Şərq (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Northing</source>
        <translation>Şimal (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Latitude</source>
        <translation>En dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Longitude</source>
        <translation>Uzunluq dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="53"/>
        <source>OUTPUT must be a .gpkg or .geojson file, not {0}.</source>
        <translation>OUTPUT .gpkg və ya .geojson faylı olmalıdır, {0} yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="56"/>
        <source>Folder {0} does not exist.</source>
        <translation>{0} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="80"/>
        <source>Not handed over or without released land, no parcel: {0}</source>
        <translation>Təhvil verilməyib və ya azad edilmiş ərazisi yoxdur, parsel yoxdur: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="83"/>
        <source>None of the chosen tasks was handed over with released land ({0}); nothing was written.</source>
        <translation>Seçilmiş tapşırıqların heç biri azad edilmiş ərazi ilə təhvil verilməyib ({0}); heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="97"/>
        <source>Writing {0} failed: {1}</source>
        <translation>{0} yazılması alınmadı: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>Completion report {0}</source>
        <translation>Tamamlama hesabatı {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>IMAS 08.30 completion of a land release task</source>
        <translation>Ərazinin azad edilməsi tapşırığının tamamlanması, IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="60"/>
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>{0} · {1} · status {2}</source>
        <translation>{0} · {1} · status: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="66"/>
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="67"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="68"/>
        <source>Organisation and team</source>
        <translation>Təşkilat və komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>planned {0} to {1}; land released {2} to {3}; completed {4}; handed over {5}</source>
        <translation>plan: {0} - {1}; ərazi azad edilib: {2} - {3}; tamamlanıb: {4}; təhvil verilib: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="79"/>
        <source>WARNING: printed with unresolved checks</source>
        <translation>XƏBƏRDARLIQ: həll edilməmiş yoxlamalarla çap edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="86"/>
        <source>Grid: {0}, grid north up. Released land hatched by method; the task outline and its numbered turning points in bold; BM: benchmark.</source>
        <translation>Tor: {0}, tor şimalı yuxarıda. Azad edilmiş ərazi üsula görə ştrixlənib; tapşırığın konturu və onun nömrələnmiş dönmə nöqtələri qalın xətlə; BM: reper.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="94"/>
        <source>Total (counted once)</source>
        <translation>Cəmi (bir dəfə sayılmaqla)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="106"/>
        <source>QA visit</source>
        <translation>KT ziyarəti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="107"/>
        <source>QC sample</source>
        <translation>KN nümunəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="123"/>
        <source>{0} ({1:,} in total)</source>
        <translation>{0} (cəmi {1:,})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="128"/>
        <source>none recorded in the hazard during the task</source>
        <translation>tapşırıq zamanı təhlükəli ərazidə qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>{0} on {1}: {2} killed, {3} injured ({4}, {5})</source>
        <translation>{0}, {1}: {2} həlak olub, {3} yaralanıb ({4}, {5})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>civilian</source>
        <translation>mülki şəxs</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>not civilian</source>
        <translation>mülki şəxs deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="138"/>
        <source>not recorded</source>
        <translation>qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>Hectares released</source>
        <translation>Azad edilmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>{0:,.2f} ha, every square metre counted once (true areas on the WGS 84 ellipsoid)</source>
        <translation>{0:,.2f} ha, hər kvadrat metr bir dəfə sayılmaqla (WGS 84 ellipsoidində həqiqi sahələr)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="149"/>
        <source>Clearance depth</source>
        <translation>Təmizləmə dərinliyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="150"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="151"/>
        <source>Accidents during the task</source>
        <translation>Tapşırıq zamanı hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>Hazard remaining</source>
        <translation>Təhlükəli ərazinin qalığı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>{0} of hazard {1} not yet released</source>
        <translation>{1} təhlükəli ərazisinin {0} hissəsi hələ azad edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>Beneficiaries</source>
        <translation>Faydalananlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>women {0}, men {1}, girls {2}, boys {3} ({4} in total)</source>
        <translation>qadınlar {0}, kişilər {1}, qızlar {2}, oğlanlar {3} (cəmi {4})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="157"/>
        <source>Land use after release</source>
        <translation>Azad edildikdən sonra ərazidən istifadə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="163"/>
        <source>Printed {0} from store {1}.</source>
        <translation>{0} tarixində {1} anbarından çap edilib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Land handover certificate</source>
        <translation>Ərazinin təhvil-təslim aktı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Task {0} · IMAS 08.30</source>
        <translation>Tapşırıq {0} · IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>{0} on {1}, {2}: {3}</source>
        <translation>{0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="184"/>
        <source>The land shown below, {0:,.2f} ha (true area on the WGS 84 ellipsoid), released by task {1} in hazard {2}, district {3}, by {4} ({5}), is handed over on {6} to {7} for use as {8}.</source>
        <translation>{3} rayonunda, {2} təhlükəli ərazisində {1} tapşırığı ilə {4} ({5}) tərəfindən azad edilmiş, aşağıda göstərilən {0:,.2f} ha (WGS 84 ellipsoidində həqiqi sahə) ərazi {6} tarixində {8} məqsədilə istifadə üçün {7} tərəfinə təhvil verilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="192"/>
        <source>Released by method</source>
        <translation>Üsula görə azad edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="193"/>
        <source>Completed on</source>
        <translation>Tamamlanma tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="194"/>
        <source>Last inspection</source>
        <translation>Son inspeksiya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="199"/>
        <source>The land was released with all reasonable effort, to the standards in force. No land can be declared free of every explosive item: anyone who finds a suspicious object must not touch it, must mark the place and must report it to the national mine action authority at once.</source>
        <translation>Ərazi qüvvədə olan standartlara uyğun olaraq bütün ağlabatan səylər göstərilməklə azad edilib. Heç bir ərazi bütün partlayıcı obyektlərdən tam təmiz elan edilə bilməz: şübhəli obyekt tapan hər kəs ona toxunmamalı, yeri işarələməli və dərhal milli mina əleyhinə fəaliyyət orqanına məlumat verməlidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="207"/>
        <source>Residual risk</source>
        <translation>Qalıq risk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="213"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="214"/>
        <source>Position:</source>
        <translation>Vəzifə:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="215"/>
        <source>Signature:</source>
        <translation>İmza:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="216"/>
        <source>Date:</source>
        <translation>Tarix:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="217"/>
        <source>Stamp</source>
        <translation>Möhür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Releasing organisation</source>
        <translation>Ərazini azad edən təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>National mine action authority</source>
        <translation>Milli mina əleyhinə fəaliyyət orqanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Recipient (local authority or land user)</source>
        <translation>Qəbul edən (yerli hakimiyyət orqanı və ya torpaq istifadəçisi)</translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="23"/>
        <source>Completion reports: {0} task(s)</source>
        <translation>Tamamlama hesabatları: {0} tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="28"/>
        <source>Print Completion Report…</source>
        <translation>Tamamlama hesabatını çap et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="30"/>
        <source>Choose where to write the completion reports.</source>
        <translation>Tamamlama hesabatlarının harada yazılacağını seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="31"/>
        <source>Printing {0} completion report(s) to {1}</source>
        <translation>{0} tamamlama hesabatı {1} yerinə çap olunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="32"/>
        <source>{0} completion report page(s) written to {1}</source>
        <translation>{0} tamamlama hesabatı səhifəsi {1} yerinə yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="33"/>
        <source>Printing completion reports</source>
        <translation>Tamamlama hesabatları çap olunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="34"/>
        <source>Completion reports cancelled.</source>
        <translation>Tamamlama hesabatları ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="52"/>
        <source>Printing with {0} warning(s) on the pages: {1}</source>
        <translation>Səhifələrdə {0} xəbərdarlıqla çap olunur: {1}</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="23"/>
        <source>Print Completion Report</source>
        <translation>Tamamlama hesabatını çap et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="33"/>
        <source>Add the handover certificate (second page)</source>
        <translation>Təhvil-təslim aktını əlavə et (ikinci səhifə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="35"/>
        <source>Certificate</source>
        <translation>Akt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="36"/>
        <source>Print PDF</source>
        <translation>PDF çap et</translation>
    </message>
</context>
<context>
    <name>CompletionReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="21"/>
        <source>Completion reports and handover certificates (PDF)</source>
        <translation>Tamamlama hesabatları və təhvil-təslim aktları (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="23"/>
        <source>Prints, per clearance task, a completion report (IMAS 08.30): the task, its hazard, district, organisation, team and dates; a map of the released land hatched by method over the hazard; the benchmark and turning points (easting, northing, latitude, longitude, MGRS); hectares by method and technique (true WGS 84 areas, every square metre once); clearance depth; items found by category and model with their disposition; accidents during the task; the inspections (IMAS 09.20) and their results; the hazard&apos;s remaining area. With HANDOVER, a second page: the handover certificate (the land handed over on a map, its area and corner coordinates, the recipient and land use, the residual risk and signature blocks for the releasing organisation, the national authority and the recipient).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 or A3. A task the handover checks find fault with (handed over but not completed, completed with hazard land left, handed over without a passed inspection, a failed inspection with no later pass) is printed with the warning on its pages.

OUTPUT: a .pdf file, or a folder for one PDF per task (completion_&lt;task id&gt;.pdf). PAGES: pages written; WARNINGS: the number of warnings printed.</source>
        <translation>Hər təmizləmə tapşırığı üçün tamamlama hesabatı (IMAS 08.30) çap edir: tapşırıq, onun təhlükəli ərazisi, rayonu, təşkilatı, komandası və tarixləri; təhlükəli ərazinin üzərində üsula görə ştrixlənmiş azad edilmiş ərazinin xəritəsi; reper və dönmə nöqtələri (şərq, şimal, en dairəsi, uzunluq dairəsi, MGRS); üsul və texnikaya görə hektarlar (WGS 84 üzrə həqiqi sahələr, hər kvadrat metr bir dəfə); təmizləmə dərinliyi; kateqoriya və modelə görə aşkar edilmiş obyektlər və onların məhvetməsi; tapşırıq zamanı hadisələr; inspeksiyalar (IMAS 09.20) və onların nəticələri; təhlükəli ərazinin qalan sahəsi. HANDOVER ilə ikinci səhifə: təhvil-təslim aktı (xəritədə təhvil verilən ərazi, onun sahəsi və künc koordinatları, qəbul edən və ərazidən istifadə, qalıq risk, həmçinin ərazini azad edən təşkilat, milli orqan və qəbul edən üçün imza blokları).

TASK_IDS: vergüllə ayrılmış tapşırıq identifikatorları (məs. T-0001, T-0002); və ya EXPRESSION: clearance_tasks üzrə filtr (məs. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 və ya A3. Təhvil-təslim yoxlamalarının nöqsan tapdığı tapşırıq (təhvil verilib, lakin tamamlanmayıb; təhlükəli ərazi qalmış halda tamamlanıb; uğurlu inspeksiya olmadan təhvil verilib; sonradan uğurlu inspeksiya olmayan uğursuz inspeksiya) səhifələrində xəbərdarlıqla çap edilir.

OUTPUT: .pdf faylı və ya hər tapşırığa bir PDF üçün qovluq (completion_&lt;task id&gt;.pdf). PAGES: yazılmış səhifələr; WARNINGS: çap edilmiş xəbərdarlıqların sayı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="43"/>
        <source>Add the handover certificate</source>
        <translation>Təhvil-təslim aktını əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="46"/>
        <source>Warnings printed</source>
        <translation>Çap edilmiş xəbərdarlıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="58"/>
        <source>Printed with a warning: {0}</source>
        <translation>Xəbərdarlıqla çap edilib: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="59"/>
        <source>{0} page(s): {1}</source>
        <translation>{0} səhifə: {1}</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="216"/>
        <source>Saving styles in {store_name} failed: {error}</source>
        <translation>{store_name} daxilində üslubların saxlanılması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/copy.py" line="59"/>
        <source>The copy must go to another store than its source.</source>
        <translation>Surət mənbəyindən fərqli anbara getməlidir.</translation>
    </message>
</context>
<context>
    <name>CopyStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="105"/>
        <source>Copy project store</source>
        <translation>Layihə anbarını köçür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="124"/>
        <source>Copy to (.gpkg path or PostGIS location)</source>
        <translation>Köçürüləcək yer (.gpkg yolu və ya PostGIS yeri)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="125"/>
        <source>Replace an existing target</source>
        <translation>Mövcud hədəfi əvəz et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="126"/>
        <source>Copy</source>
        <translation>Surət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="127"/>
        <source>Features copied</source>
        <translation>Köçürülmüş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="128"/>
        <source>Styles copied</source>
        <translation>Köçürülmüş üslublar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="138"/>
        <source>TARGET is empty: give a .gpkg path or a PostGIS location.</source>
        <translation>TARGET boşdur: .gpkg yolu və ya PostGIS yeri göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="107"/>
        <source>Copies a whole project store into a new store, GeoPackage to PostGIS or back, without loss: every feature of every layer with its identifier, attributes and geometry, the styles and forms saved in the store, its metadata (data model version, CRS, creation facts), its history of changes (demining_history: the copy rebuilds the same figures as of any moment) and its submissions, pending and decided (demining_submissions). The features are written in one transaction; a failed copy leaves no target.</source>
        <translation>Bütöv layihə anbarını itkisiz olaraq yeni anbara köçürür, GeoPackage ilə PostGIS arasında hər iki istiqamətdə: hər layın hər obyekti öz identifikatoru, atributları və həndəsəsi ilə, anbarda saxlanılan üslub və formalar, onun metaməlumatları (məlumat modelinin versiyası, CRS, yaradılma məlumatları), dəyişikliklər tarixçəsi (demining_history: surət istənilən an üzrə eyni rəqəmləri bərpa edir) və gözləyən və barəsində qərar verilmiş təqdimatları (demining_submissions). Obyektlər bir tranzaksiyada yazılır; köçürmə alınmasa, hədəf yaradılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="116"/>
        <source>TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied), STYLES (saved styles copied), HISTORY (history rows copied) and SUBMISSIONS (submissions copied).</source>
        <translation>TARGET: surətin gedəcəyi yer, .gpkg yolu və ya eyni qaydada yazılmış PostGIS yeri. OVERWRITE: mövcud hədəf faylını və ya sxemini əvəz et. Çıxışlar: FEATURES (köçürülmüş obyektlər), STYLES (köçürülmüş saxlanılmış üslublar), HISTORY (köçürülmüş tarixçə sətirləri) və SUBMISSIONS (köçürülmüş təqdimatlar).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="129"/>
        <source>History rows copied</source>
        <translation>Köçürülmüş tarixçə sətirləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="130"/>
        <source>Submissions copied</source>
        <translation>Köçürülmüş təqdimatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="141"/>
        <source>Copied {features} features, {styles} styles, {history} history rows and {submissions} submissions into {target}.</source>
        <translation>{features} obyekt, {styles} üslub, {history} tarixçə sətri və {submissions} təqdimat {target} anbarına köçürüldü.</translation>
    </message>
</context>
<context>
    <name>CreateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="23"/>
        <source>Create project store</source>
        <translation>Layihə anbarını yarat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="41"/>
        <source>Layer CRS</source>
        <translation>Layların koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="42"/>
        <source>Replace an existing file</source>
        <translation>Mövcud faylı əvəz et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>Store</source>
        <translation>Anbar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="44"/>
        <source>Data model version</source>
        <translation>Məlumat modelinin versiyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="51"/>
        <source>Unknown coordinate reference system: {}</source>
        <translation>Naməlum koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="58"/>
        <source>Created store {} ({})</source>
        <translation>{} anbarı yaradıldı ({})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="25"/>
        <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.

OUTPUT may also be a PostGIS location (pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): the store is then made as that schema of the database, with the same layers, an edit history kept by triggers, and styles and forms saved in the database&apos;s layer_styles table.</source>
        <translation>Boş Demining layihə anbarı yaradır: məlumat modelinin hər layını (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents) saxlayan, hər birinin standart üslubu (IMAS 07.11 rəngləri) və atribut forması faylda saxlanılan GeoPackage.

OUTPUT: yeni .gpkg faylının yolu. CRS: layların koordinat istinad sistemi (standart EPSG:4326). Mövcud fayl yalnız OVERWRITE təyin edildikdə əvəz olunur.

OUTPUT həm də PostGIS yeri ola bilər (pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt; və ya postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): bu halda anbar verilənlər bazasının həmin sxemi kimi, eyni laylarla, triggerlərin apardığı düzəliş tarixçəsi ilə və verilənlər bazasının layer_styles cədvəlində saxlanılan üslub və formalarla yaradılır.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="45"/>
        <source>Connect without a password in the location: a PostgreSQL connection saved in QGIS (pg:connection=&apos;&lt;name&gt;&apos; schema=&lt;schema&gt;), or a pg_service.conf service (pg:service=&lt;name&gt; schema=&lt;schema&gt;) with the password in ~/.pgpass.</source>
        <translation>Yerin özündə parol göstərmədən qoşulun: QGIS-də saxlanılmış PostgreSQL qoşulması (pg:connection='&lt;name&gt;' schema=&lt;schema&gt;) və ya parolu ~/.pgpass faylında olan pg_service.conf xidməti (pg:service=&lt;name&gt; schema=&lt;schema&gt;).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="113"/>
        <source>{reason} A password is never written into a project, a layer or a log, so this location cannot be used. {ways} Or enter QGIS&apos;s master password first (the desktop asks for it when a store is opened; qgis_process reads it from the file named by QGIS_AUTH_PASSWORD_FILE), and the password then goes into QGIS&apos;s authentication database.</source>
        <translation>{reason} Parol heç vaxt layihəyə, laya və ya jurnala yazılmır, buna görə bu yerdən istifadə etmək olmur. {ways} Və ya əvvəlcə QGIS-in əsas parolunu daxil edin (QGIS masaüstü anbar açılanda onu soruşur; qgis_process onu QGIS_AUTH_PASSWORD_FILE ilə göstərilən fayldan oxuyur), bu halda parol QGIS-in autentifikasiya verilənlər bazasına keçir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="142"/>
        <source>QGIS&apos;s authentication database is not available ({reason}). {ways}</source>
        <translation>QGIS-in autentifikasiya verilənlər bazası əlçatan deyil ({reason}). {ways}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="171"/>
        <source>The PostGIS location holds a password, and QGIS&apos;s master password has not been entered in this session.</source>
        <translation>PostGIS yerində parol var, QGIS-in əsas parolu isə bu sessiyada daxil edilməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="184"/>
        <source>QGIS&apos;s authentication database did not take the password.</source>
        <translation>QGIS-in autentifikasiya verilənlər bazası parolu qəbul etmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="195"/>
        <source>The store&apos;s user name and password are kept in QGIS&apos;s authentication database (configuration {authcfg}), and QGIS&apos;s master password has not been entered in this session: open the store in the QGIS desktop, which asks for it, or give qgis_process the file named by QGIS_AUTH_PASSWORD_FILE.</source>
        <translation>Anbarın istifadəçi adı və parolu QGIS-in autentifikasiya verilənlər bazasında saxlanılır ({authcfg} konfiqurasiyası), QGIS-in əsas parolu isə bu sessiyada daxil edilməyib: anbarı əsas parolu soruşan QGIS masaüstündə açın və ya qgis_process-ə QGIS_AUTH_PASSWORD_FILE ilə göstərilən faylı verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="203"/>
        <source>QGIS&apos;s authentication database has no configuration {authcfg} (the store&apos;s user name and password): add it again in Settings &gt; Options &gt; Authentication, or open the store with its password typed once more.</source>
        <translation>QGIS-in autentifikasiya verilənlər bazasında {authcfg} konfiqurasiyası (anbarın istifadəçi adı və parolu) yoxdur: onu Parametrlər &gt; Seçimlər &gt; Autentifikasiya bölməsində yenidən əlavə edin və ya parolu bir daha yazaraq anbarı açın.</translation>
    </message>
</context>
<context>
    <name>DeminingAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="17"/>
        <source>Land release</source>
        <translation>Torpaqların azad edilməsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="16"/>
        <source>Project store</source>
        <translation>Layihə anbarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="18"/>
        <source>Totals and reports</source>
        <translation>Yekunlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="20"/>
        <source>Mine maps</source>
        <translation>Mina xəritələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="21"/>
        <source>Field maps</source>
        <translation>Sahə xəritələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="19"/>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="22"/>
        <source>Completion and handover</source>
        <translation>Tamamlama və təhvil-təslim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="30"/>
        <source>Planning</source>
        <translation>Planlaşdırma</translation>
    </message>
</context>
<context>
    <name>DeminingDock</name>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="58"/>
        <source>Demining</source>
        <translation>Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="98"/>
        <source>Recompute the figures from the store</source>
        <translation>Göstəriciləri anbardan yenidən hesabla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>New store…</source>
        <translation>Yeni anbar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
        <translation>Boş Demining anbarı (GeoPackage) yarat və layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Open store…</source>
        <translation>Anbarı aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Mövcud Demining anbarının laylarını layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Load demo</source>
        <translation>Demonu yüklə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
        <translation>Demo ssenarisini (Qarabağ, 2020–2022) aç, lazım olsa əvvəlcə onu yarat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="132"/>
        <source>Building the demo… %p%</source>
        <translation>Demo yaradılır… %p%</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="138"/>
        <source>Headline figures</source>
        <translation>Əsas göstəricilər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Figure</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="160"/>
        <source>Layers</source>
        <translation>Laylar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Features</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="219"/>
        <source>No store open</source>
        <translation>Anbar açıq deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="221"/>
        <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
        <translation>Göstəricilərini burada görmək üçün yeni anbar yaradın, mövcud anbarı açın və ya demonu yükləyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="230"/>
        <source>Data model version {version} · {crs}</source>
        <translation>Məlumat modelinin versiyası {version} · {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="232"/>
        <source>Reading store {}</source>
        <translation>{} anbarı oxunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="241"/>
        <source>Computing figures…</source>
        <translation>Göstəricilər hesablanır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="244"/>
        <source>The figures could not be computed; see the message log.</source>
        <translation>Göstəricilər hesablana bilmədi; mesaj jurnalına baxın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Land released</source>
        <translation>Azad edilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Cancelled, reduced and cleared land; overlaps counted once</source>
        <translation>Ləğv edilmiş, azaldılmış və təmizlənmiş ərazi; üst-üstə düşmələr bir dəfə sayılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Mines, UXO and other items found (sum of quantities)</source>
        <translation>Aşkar edilmiş minalar, PHS və digər obyektlər (miqdarların cəmi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="268"/>
        <source>Cleared routes</source>
        <translation>Təmizlənmiş yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Accidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians killed</source>
        <translation>Həlak olan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians injured</source>
        <translation>Yaralanan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="280"/>
        <source>All dates, saved data.</source>
        <translation>Bütün tarixlər, saxlanılmış məlumatlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cleared</source>
        <translation>Təmizlənib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Reduced</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AP mines</source>
        <translation>PƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AT mines</source>
        <translation>TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>UXO</source>
        <translation>PHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AXO</source>
        <translation>TPHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>IEDs</source>
        <translation>ƏPQ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Submunitions</source>
        <translation>Kasetli döyüş elementləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Other items</source>
        <translation>Digər obyektlər</translation>
    </message>
</context>
<context>
    <name>DeminingPlugin</name>
    <message>
        <location filename="../demining_plugin/plugin.py" line="88"/>
        <source>Demining Panel</source>
        <translation>Minatəmizləmə paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="118"/>
        <source>Show or hide the Demining panel</source>
        <translation>Minatəmizləmə panelini göstər və ya gizlət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="89"/>
        <source>New Store…</source>
        <translation>Yeni anbar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="119"/>
        <source>Create an empty Demining store and add it to the project</source>
        <translation>Boş Demining anbarı yarat və layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="90"/>
        <source>Open Store…</source>
        <translation>Anbarı aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="120"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Mövcud Demining anbarının laylarını layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="91"/>
        <source>Load Demo</source>
        <translation>Demonu yüklə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="121"/>
        <source>Open the demo scenario, building it first if needed</source>
        <translation>Demo ssenarisini aç, lazım olsa əvvəlcə onu yarat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="92"/>
        <source>Clearance Panel</source>
        <translation>Təmizləmə paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="122"/>
        <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
        <translation>Təmizləmə panelini göstər və ya gizlət (görünüşdəki tapşırıqlar, azadetmə alətləri)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="93"/>
        <source>Draw Released Land</source>
        <translation>Azad edilmiş ərazini çək</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="124"/>
        <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
        <translation>Azad edilmiş ərazini xəritədə çək; o, təhlükəli ərazilərlə kəsilir və heç vaxt iki dəfə sayılmır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="94"/>
        <source>Mark Selected Tasks Released…</source>
        <translation>Seçilmiş tapşırıqları azad edilmiş kimi qeyd et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="126"/>
        <source>Record the selected tasks or sectors as released</source>
        <translation>Seçilmiş tapşırıqları və ya sektorları azad edilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="95"/>
        <source>Divide into Sectors…</source>
        <translation>Sektorlara böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="127"/>
        <source>Divide the selected task into numbered sectors</source>
        <translation>Seçilmiş tapşırığı nömrələnmiş sektorlara böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="96"/>
        <source>Undo Last Release</source>
        <translation>Sonuncu azadetməni geri qaytar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="128"/>
        <source>Take back the whole of the last release or sector division</source>
        <translation>Sonuncu azadetməni və ya sektorlara bölməni bütövlükdə geri qaytar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="97"/>
        <source>Clearance Totals</source>
        <translation>Təmizləmə yekunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="129"/>
        <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
        <translation>Təmizləmə yekunları panelini göstər və ya gizlət (rayon, üsul, komanda və ya dövr üzrə hektarlar, obyektlər, yollar, hadisələr)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="98"/>
        <source>Period Report…</source>
        <translation>Dövr hesabatı…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="131"/>
        <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
        <translation>Anbarın dövr hesabatını (cümlələr və cədvəl) .md, .html və ya .txt kimi yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="256"/>
        <source>Demining</source>
        <translation>Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="257"/>
        <source>&amp;Demining</source>
        <translation>&amp;Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="101"/>
        <source>Open PostGIS Store…</source>
        <translation>PostGIS anbarını aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="138"/>
        <source>Add the layers of a Demining store kept in a PostGIS database to the project</source>
        <translation>PostGIS verilənlər bazasında saxlanılan Demining anbarının laylarını layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="102"/>
        <source>Feature History…</source>
        <translation>Obyekt tarixçəsi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="140"/>
        <source>Who changed the selected feature, what and when (PostGIS stores)</source>
        <translation>Seçilmiş obyekti kim, nəyi və nə vaxt dəyişib (PostGIS anbarları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="106"/>
        <source>Import Mine Map…</source>
        <translation>Mina xəritəsini idxal et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="147"/>
        <source>Import a supplied mine map (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</source>
        <translation>Alınmış mina xəritəsini idxal et (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="107"/>
        <source>Import Items Found…</source>
        <translation>Aşkar edilmiş obyektləri idxal et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="149"/>
        <source>Import items found from a team&apos;s file</source>
        <translation>Komandanın faylından aşkar edilmiş obyektləri idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="108"/>
        <source>Import Accidents…</source>
        <translation>Hadisələri idxal et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="150"/>
        <source>Import mine and UXO accidents from a file</source>
        <translation>Mina və PHS hadisələrini fayldan idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="109"/>
        <source>Print Field Map…</source>
        <translation>Sahə xəritəsini çap et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="151"/>
        <source>Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one in the Layout Designer</source>
        <translation>Seçilmiş tapşırıqların (və ya ifadəyə uyğun tapşırıqların) sahə xəritələrini PDF-ə çap et və ya birini Maket dizaynerində aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="99"/>
        <source>Minefield Record Traverse…</source>
        <translation>Minasahəsi formulyarının gedişi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="133"/>
        <source>Show or hide the traverse entry panel: a paper minefield record&apos;s turning points as bearing and distance, previewed on the map and saved as a minefield record</source>
        <translation>Gediş daxiletmə panelini göstər və ya gizlət: kağız minasahəsi formulyarının dönmə nöqtələri istiqamət bucağı və məsafə kimi, xəritədə önbaxışla və minasahəsi formulyarı kimi saxlanılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="100"/>
        <source>Mine Maps</source>
        <translation>Mina xəritələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="136"/>
        <source>Show or hide the Mine maps panel (how accurate each supplied minefield record is)</source>
        <translation>Mina xəritələri panelini göstər və ya gizlət (alınmış hər minasahəsi formulyarının nə qədər dəqiq olduğu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="113"/>
        <source>Data Checks</source>
        <translation>Məlumat yoxlamaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="161"/>
        <source>Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)</source>
        <translation>Yoxlamalar panelini göstər və ya gizlət (pozulmuş həndəsə, iki dəfə sayılmış ərazi, yetim əlaqələr, ...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="103"/>
        <source>Items Found Panel</source>
        <translation>Aşkar edilmiş obyektlər paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="142"/>
        <source>Show or hide the Items found panel (latest items, filters, counts by category)</source>
        <translation>Aşkar edilmiş obyektlər panelini göstər və ya gizlət (son obyektlər, filtrlər, kateqoriyalar üzrə saylar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="104"/>
        <source>Record Item Found</source>
        <translation>Aşkar edilmiş obyekti qeyd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="144"/>
        <source>Click on the map where an item was found; task and district are filled in from the point</source>
        <translation>Xəritədə obyektin tapıldığı yerə klik edin; tapşırıq və rayon nöqtəyə görə doldurulur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="105"/>
        <source>Record Accident</source>
        <translation>Hadisəni qeyd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="146"/>
        <source>Click on the map where a mine accident happened</source>
        <translation>Xəritədə mina hadisəsinin baş verdiyi yerə klik edin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="111"/>
        <source>Package for the Field…</source>
        <translation>Sahə üçün paketlə…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="156"/>
        <source>Package the selected tasks for a team&apos;s tablet (QField): a project with the context around them and forms for items found, released land and the daily log</source>
        <translation>Seçilmiş tapşırıqları komandanın planşeti üçün paketlə (QField): ətrafdakı kontekstlə layihə və aşkar edilmiş obyektlər, azad edilmiş ərazi və gündəlik jurnal üçün formalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="112"/>
        <source>Merge Field Results…</source>
        <translation>Sahə nəticələrini birləşdir…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="159"/>
        <source>Merge what a team brought back in a field package (folder or .zip): shown before it is stored, by the desktop&apos;s rules</source>
        <translation>Komandanın sahə paketində (qovluq və ya .zip) gətirdiklərini birləşdir: saxlanılmazdan əvvəl, masaüstü qaydaları ilə göstərilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="110"/>
        <source>Print Completion Report…</source>
        <translation>Tamamlama hesabatını çap et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="114"/>
        <source>Review Submissions</source>
        <translation>Təqdimatları nəzərdən keçir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="153"/>
        <source>Print the completion report and handover certificate of the selected tasks (IMAS 08.30) to PDF, with the handover checks&apos; warnings</source>
        <translation>Seçilmiş tapşırıqların tamamlama hesabatını və təhvil-təslim aktını (IMAS 08.30) təhvil-təslim yoxlamalarının xəbərdarlıqları ilə PDF-ə çap et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="163"/>
        <source>Show or hide the Review panel: imports, releases and field merges submitted for review, to approve or reject</source>
        <translation>Nəzərdən keçirmə panelini göstər və ya gizlət: təsdiqləmək və ya rədd etmək üçün nəzərdən keçirməyə təqdim edilmiş idxallar, azadetmələr və sahə birləşdirmələri</translation>
    </message>
</context>
<context>
    <name>DeminingTasks</name>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="129"/>
        <source>Demining figures of {}</source>
        <translation>{} üçün Demining göstəriciləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="152"/>
        <source>Building the Demining demo</source>
        <translation>Demining demosu yaradılır</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../demining_plugin/demo/scenario.py" line="47"/>
        <source>Demo scenario file {path} is missing from the plugin.</source>
        <translation>{path} demo ssenari faylı plagində yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="102"/>
        <source>Building the demo store was cancelled.</source>
        <translation>Demo anbarının yaradılması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="35"/>
        <source>District boundaries not found: {path} (layer {layer}).</source>
        <translation>Rayon sərhədləri tapılmadı: {path} ({layer} layı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="57"/>
        <source>Districts not found in {path_name}: {missing}</source>
        <translation>{path_name} daxilində rayonlar tapılmadı: {missing}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="99"/>
        <source>Could not lay out enough hazard areas in {name}.</source>
        <translation>{name} daxilində kifayət qədər təhlükəli ərazi yerləşdirmək alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="225"/>
        <source>Not enough hazard area in {district} for the demo&apos;s cleared land.</source>
        <translation>{district} daxilində demonun təmizlənmiş ərazisi üçün kifayət qədər təhlükəli ərazi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="61"/>
        <source>Could not place the supplied records in {district}.</source>
        <translation>Alınmış formulyarları {district} daxilində yerləşdirmək alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="154"/>
        <source>No land cleared in {district} during the demo week.</source>
        <translation>Demo həftəsində {district} daxilində ərazi təmizlənməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="171"/>
        <source>The demo&apos;s supplied-record matches exceed the items budget.</source>
        <translation>Demodakı alınmış formulyar uyğunluqları obyekt ehtiyatını aşır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="299"/>
        <source>Could not lay out a route in {district}.</source>
        <translation>{district} daxilində yol salmaq alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="348"/>
        <source>Cannot write the demo project {project_path}: {error}</source>
        <translation>{project_path} demo layihəsi yazıla bilmir: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="365"/>
        <source>The demo store must be a .gpkg file: {target}</source>
        <translation>Demo anbarı .gpkg faylı olmalıdır: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/planning.py" line="79"/>
        <source>Not enough free land in {name} for the suspected land of the demo.</source>
        <translation>{name} daxilində demonun şübhəli ərazisi üçün kifayət qədər boş ərazi yoxdur.</translation>
    </message>
</context>
<context>
    <name>ExportHandoverAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="66"/>
        <source>Export handed-over land (parcels)</source>
        <translation>Təhvil verilmiş ərazini ixrac et (parsellər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="68"/>
        <source>Writes the land handed over, for a cadastre or land registry: one parcel per chosen task that has a handover date (its released land as one polygon, in WGS 84) with task, hazard, district, organisation, team, area_ha (true WGS 84 area, counted once), completion and handover dates, recipient, land use after release, beneficiaries and residual risk. Chosen tasks not handed over are listed in the log.

TASK_IDS or EXPRESSION choose the tasks. OUTPUT: a .gpkg or .geojson file. PARCELS: parcels written; AREA_HA: their total area.</source>
        <translation>Kadastr və ya torpaq reyestri üçün təhvil verilmiş ərazini yazır: təhvil-təslim tarixi olan hər seçilmiş tapşırığa bir parsel (onun azad edilmiş ərazisi bir poliqon kimi, WGS 84-də) tapşırıq, təhlükəli ərazi, rayon, təşkilat, komanda, area_ha (WGS 84 üzrə həqiqi sahə, bir dəfə sayılmaqla), tamamlanma və təhvil-təslim tarixləri, qəbul edən, azad edildikdən sonra ərazidən istifadə, faydalananlar və qalıq risk ilə. Təhvil verilməmiş seçilmiş tapşırıqlar jurnalda sadalanır.

TASK_IDS və ya EXPRESSION tapşırıqları seçir. OUTPUT: .gpkg və ya .geojson faylı. PARCELS: yazılmış parsellər; AREA_HA: onların ümumi sahəsi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>Parcels file</source>
        <translation>Parsellər faylı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="81"/>
        <source>Parcels written</source>
        <translation>Yazılmış parsellər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="82"/>
        <source>Area of the parcels (ha)</source>
        <translation>Parsellərin sahəsi (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="88"/>
        <source>OUTPUT: give a .gpkg or .geojson file.</source>
        <translation>OUTPUT: .gpkg və ya .geojson faylı göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="91"/>
        <source>{0} parcel(s), {1:,.2f} ha: {2}</source>
        <translation>{0} parsel, {1:,.2f} ha: {2}</translation>
    </message>
</context>
<context>
    <name>FeatureHistory</name>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Created</source>
        <translation>Yaradıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Changed</source>
        <translation>Dəyişdirildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="58"/>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="63"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry drawn</source>
        <translation>Həndəsə çəkildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry removed</source>
        <translation>Həndəsə silindi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry changed</source>
        <translation>Həndəsə dəyişdirildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Application</source>
        <translation>Tətbiq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="44"/>
        <source>Feature history</source>
        <translation>Obyekt tarixçəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="125"/>
        <source>(unknown)</source>
        <translation>(naməlum)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="145"/>
        <source>{name}: &apos;{text}&apos; is not a date and time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time, or with a zone such as +04:00).</source>
        <translation>{name}: '{text}' tarix və vaxt deyil; onu YYYY-MM-DD və ya YYYY-MM-DDTHH:MM[:SS] kimi yazın (yerli vaxt və ya +04:00 kimi zona ilə).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="186"/>
        <source>A geometry in the history has Z or M values this plugin does not store.</source>
        <translation>Tarixçədəki həndəsədə bu plaginin saxlamadığı Z və ya M qiymətləri var.</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../demining_plugin/core/feature_table.py" line="83"/>
        <source>Layer &apos;{layer_name}&apos; has no field {fields}.</source>
        <translation>'{layer_name}' layında {fields} sahəsi yoxdur.</translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="134"/>
        <source>Field map</source>
        <translation>Sahə xəritəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="107"/>
        <source>This task</source>
        <translation>Bu tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="111"/>
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="122"/>
        <source>Task position</source>
        <translation>Tapşırığın yeri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="214"/>
        <source>Map extent</source>
        <translation>Xəritənin əhatəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="221"/>
        <source>Data: store {0}</source>
        <translation>Məlumat: anbar {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="223"/>
        <source>districts: {0}</source>
        <translation>rayonlar: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Easting</source>
        <translation>Şərq (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Northing</source>
        <translation>Şimal (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Latitude</source>
        <translation>En dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Longitude</source>
        <translation>Uzunluq dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="67"/>
        <source>{0} more points (print A3)</source>
        <translation>daha {0} nöqtə (A3-də çap edin)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="159"/>
        <source>Mag. decl. unknown
Grid conv. {0:.1f}° {1}</source>
        <translation>Maq. meyl naməlum
Meridian yaxınlaşması {0:.1f}° {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="161"/>
        <source>grid north up; {0}; grid convergence {1:.1f}° {2}</source>
        <translation>tor şimalı yuxarıda; {0}; meridianların yaxınlaşması {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="165"/>
        <source>Mag. decl. {0}
Grid conv. {1:.1f}° {2}</source>
        <translation>Maq. meyl {0}
Meridian yaxınlaşması {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="167"/>
        <source>grid north up; magnetic declination {0} ({1}, {2}); grid convergence {3:.1f}° {4}</source>
        <translation>tor şimalı yuxarıda; maqnit meyli {0} ({1}, {2}); meridianların yaxınlaşması {3:.1f}° {4}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="179"/>
        <source>District: {0} · Team: {1} ({2}) · Planned {3} to {4} · Status: {5}</source>
        <translation>Rayon: {0} · Komanda: {1} ({2}) · Plan: {3} - {4} · Status: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="192"/>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="193"/>
        <source>planned {0:,.2f} ha; released {1:,.2f} ha (true areas, WGS 84 ellipsoid)</source>
        <translation>planlaşdırılan {0:,.2f} ha; azad edilmiş {1:,.2f} ha (həqiqi sahələr, WGS 84 ellipsoidi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="195"/>
        <source>Grid</source>
        <translation>Tor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="196"/>
        <source>UTM {0} ({1}), every {2:,.0f} m; eastings and northings left and bottom, MGRS digits top and right; centre {3}</source>
        <translation>UTM {0} ({1}), hər {2:,.0f} m; şərq və şimal koordinatları solda və aşağıda, MGRS rəqəmləri yuxarıda və sağda; mərkəz {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="200"/>
        <source>North</source>
        <translation>Şimal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>Emergency and access points</source>
        <translation>Təcili yardım və giriş nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>none recorded</source>
        <translation>qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="210"/>
        <source>Printed {0}. {1}. Turning points: {2}.</source>
        <translation>Çap edildi {0}. {1}. Dönmə nöqtələri: {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="518"/>
        <source>{0} field map(s), {1} {2}</source>
        <translation>{0} sahə xəritəsi, {1} {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="51"/>
        <source>Field maps cancelled; no file was written.</source>
        <translation>Sahə xəritələri ləğv edildi; heç bir fayl yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="555"/>
        <source>Field maps cancelled after {0} of {1} tasks.</source>
        <translation>Sahə xəritələri {1} tapşırıqdan {0}-dən sonra ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="576"/>
        <source>Field map {0}</source>
        <translation>Sahə xəritəsi {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="36"/>
        <source>Field maps: {0} task(s)</source>
        <translation>Sahə xəritələri: {0} tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="60"/>
        <source>Paper &apos;{paper}&apos; is not offered; choose one of {PAPERS}.</source>
        <translation>'{paper}' kağızı təklif olunmur; bunlardan birini seçin: {PAPERS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="63"/>
        <source>Orientation &apos;{orientation}&apos; is not offered; choose one of {choices}.</source>
        <translation>'{orientation}' yönümü təklif olunmur; bunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="47"/>
        <source>Give task ids or an expression, not both.</source>
        <translation>Tapşırıq identifikatorlarını və ya ifadəni göstərin, hər ikisini yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="49"/>
        <source>No task chosen: give task ids (e.g. T-0001, T-0002) or an expression.</source>
        <translation>Tapşırıq seçilməyib: tapşırıq identifikatorlarını (məs. T-0001, T-0002) və ya ifadəni göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="59"/>
        <source>No clearance task has the id {missing} in this store.</source>
        <translation>Bu anbarda {missing} identifikatorlu təmizləmə tapşırığı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="65"/>
        <source>The expression &apos;{expression}&apos; is not valid: {parsed}</source>
        <translation>'{expression}' ifadəsi etibarlı deyil: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="70"/>
        <source>The expression &apos;{expression}&apos; names {unknown}, which clearance_tasks does not have (fields: {tasks}).</source>
        <translation>'{expression}' ifadəsi clearance_tasks layında olmayan {unknown} adlarını çəkir (sahələr: {tasks}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="82"/>
        <source>The expression &apos;{expression}&apos; cannot be evaluated on task {feature}: {parsed}</source>
        <translation>'{expression}' ifadəsi {feature} tapşırığında hesablana bilmir: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="89"/>
        <source>No clearance task matches the expression &apos;{expression}&apos;.</source>
        <translation>'{expression}' ifadəsinə uyğun təmizləmə tapşırığı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="93"/>
        <source>Clearance task {empty} has no geometry; it cannot be mapped.</source>
        <translation>{empty} təmizləmə tapşırığının həndəsəsi yoxdur; onu xəritəyə salmaq olmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="94"/>
        <source>The layout template {path_name} is missing from the plugin.</source>
        <translation>{path_name} maket şablonu plagində yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="132"/>
        <source>The layout template {path_name} cannot be read.</source>
        <translation>{path_name} maket şablonu oxunmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="207"/>
        <source>The layout template has no item &apos;{item_id}&apos;.</source>
        <translation>Maket şablonunda '{item_id}' elementi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="498"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>{target_parent} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="501"/>
        <source>OUTPUT must be a .pdf file or a folder, not {target_name}.</source>
        <translation>OUTPUT .pdf faylı və ya qovluq olmalıdır, {target_name} yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="544"/>
        <source>Writing {target_name} failed: {error}</source>
        <translation>{target_name} yazılması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="562"/>
        <source>Writing {path_name} failed ({result}).</source>
        <translation>{path_name} yazılması alınmadı ({result}).</translation>
    </message>
</context>
<context>
    <name>FieldMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="12"/>
        <source>Field maps of tasks (PDF)</source>
        <translation>Tapşırıqların sahə xəritələri (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="13"/>
        <source>Prints one page per clearance task for the field team: the task in its local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released land, items found, routes, the task&apos;s medevac / helicopter landing / access points, an overview of the districts, legend, scale and a north arrow with the magnetic declination (World Magnetic Model on the print date).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = &apos;Aghdam&apos; AND &quot;status&quot; &lt;&gt; &apos;closed&apos;), printed in task id order. PAPER: A4 or A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied minefield records.

OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, fieldmap_&lt;task id&gt;.pdf). PAGES: the number of pages written.</source>
        <translation>Sahə komandası üçün hər təmizləmə tapşırığına bir səhifə çap edir: tapşırıq öz yerli UTM zonasında UTM/MGRS toru ilə, nömrələnmiş dönmə nöqtələri və onların koordinat cədvəli, təhlükəli ərazi, azad edilmiş ərazi, aşkar edilmiş obyektlər, yollar, tapşırığın tibbi evakuasiya / helikopter enişi / giriş nöqtələri, rayonların icmalı, şərti işarələr, miqyas və maqnit meyli ilə şimal oxu (çap tarixində World Magnetic Model).

TASK_IDS: vergüllə ayrılmış tapşırıq identifikatorları (məs. T-0001, T-0002), bu ardıcıllıqla çap olunur; və ya EXPRESSION: clearance_tasks üzrə filtr (məs. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'), tapşırıq identifikatoru ardıcıllığı ilə çap olunur. PAPER: A4 və ya A3. ORIENTATION: portrait və ya landscape. MAPPED_MINES: alınmış minasahəsi formulyarlarının minalarını da çək.

OUTPUT: .pdf faylı (tapşırığa bir səhifə) və ya qovluq (tapşırığa bir PDF, fieldmap_&lt;task id&gt;.pdf). PAGES: yazılmış səhifələrin sayı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="31"/>
        <source>Orientation</source>
        <translation>Yönüm</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="34"/>
        <source>Draw mines of supplied minefield records</source>
        <translation>Alınmış minasahəsi formulyarlarının minalarını çək</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="47"/>
        <source>{0} page(s): {1}</source>
        <translation>{0} səhifə: {1}</translation>
    </message>
</context>
<context>
    <name>FieldMapController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="92"/>
        <source>Print Field Map…</source>
        <translation>Sahə xəritəsini çap et…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="149"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Əvvəlcə Demining anbarını açın (Minatəmizləmə ▸ Anbarı aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="98"/>
        <source>Printing field maps</source>
        <translation>Sahə xəritələri çap olunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="95"/>
        <source>Choose where to write the field maps.</source>
        <translation>Sahə xəritələrinin yazılacağı yeri seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="96"/>
        <source>Printing {0} field map(s) to {1}</source>
        <translation>{0} sahə xəritəsi {1} yerinə çap olunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="97"/>
        <source>{0} field map page(s) written to {1}</source>
        <translation>{0} sahə xəritəsi səhifəsi {1} yerinə yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="99"/>
        <source>Field maps cancelled.</source>
        <translation>Sahə xəritələri ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>FieldMapDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="28"/>
        <source>Portrait</source>
        <translation>Kitab</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="29"/>
        <source>Landscape</source>
        <translation>Albom</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="38"/>
        <source>Print Field Map</source>
        <translation>Sahə xəritəsini çap et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="41"/>
        <source>Tasks</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="42"/>
        <source>Tasks matching</source>
        <translation>Uyğun tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="47"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="62"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="64"/>
        <source>Mines of supplied minefield records</source>
        <translation>Alınmış minasahəsi formulyarlarının minaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="65"/>
        <source>Medevac, landing and access points</source>
        <translation>Tibbi evakuasiya, eniş və giriş nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="67"/>
        <source>Turning-point table</source>
        <translation>Dönmə nöqtələri cədvəli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="69"/>
        <source>Overview map</source>
        <translation>İcmal xəritəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="72"/>
        <source>One PDF, a page per task</source>
        <translation>Bir PDF, tapşırığa bir səhifə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="73"/>
        <source>One PDF per task, in a folder</source>
        <translation>Tapşırığa bir PDF, qovluqda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="83"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="84"/>
        <source>Orientation</source>
        <translation>Yönüm</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="88"/>
        <source>Include</source>
        <translation>Daxil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="93"/>
        <source>Output</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="96"/>
        <source>Export PDF</source>
        <translation>PDF-ə ixrac</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="98"/>
        <source>Open in Layout Designer</source>
        <translation>Maket dizaynerində aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="99"/>
        <source>Lay out the first task and open it in QGIS&apos;s Layout Designer for hand edits</source>
        <translation>Birinci tapşırığı yerləşdir və əl ilə düzəliş üçün QGIS Maket dizaynerində aç</translation>
    </message>
</context>
<context>
    <name>FieldMerge</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="193"/>
        <source>Already merged (its field UUID is in the store); not added again.</source>
        <translation>Artıq birləşdirilib (onun sahə UUID-si anbardadır); yenidən əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="214"/>
        <source>Added to a context layer in the field; context layers are not merged.</source>
        <translation>Sahədə kontekst layına əlavə edilib; kontekst layları birləşdirilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="217"/>
        <source>Edited in the field; context layers are not merged, the store keeps its own.</source>
        <translation>Sahədə redaktə edilib; kontekst layları birləşdirilmir, anbar öz versiyasını saxlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="225"/>
        <source>Deleted in the field; context layers are not merged, the store keeps it.</source>
        <translation>Sahədə silinib; kontekst layları birləşdirilmir, anbar onu saxlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="247"/>
        <source>has no position</source>
        <translation>mövqeyi yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="285"/>
        <source>Its photo {photo} is missing from the package; the item is merged without it.</source>
        <translation>Onun {photo} fotosu paketdə yoxdur; obyekt fotosuz birləşdirilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="288"/>
        <source>Its photo {photo} is not copied: {store} has no folder for attachments.</source>
        <translation>Onun {photo} fotosu köçürülmür: {store} anbarının qoşmalar üçün qovluğu yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="304"/>
        <source>Released land {n}</source>
        <translation>Azad edilmiş ərazi {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="316"/>
        <source>has no area</source>
        <translation>sahəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="347"/>
        <source>Work day {n}</source>
        <translation>İş günü {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="356"/>
        <source>names task {task}, which is not in the store</source>
        <translation>anbarda olmayan {task} tapşırığını göstərir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="423"/>
        <source>The photos cannot be copied beside the store ({error}); nothing was merged.</source>
        <translation>Fotolar anbarın yanına köçürülə bilmir ({error}); heç nə birləşdirilmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="122"/>
        <source>{path} does not exist.</source>
        <translation>{path} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="139"/>
        <source>{name} was made with data model version {version}; this plugin knows up to version {known}. Update the Demining plugin to merge it.</source>
        <translation>{name} məlumat modelinin {version} versiyası ilə yaradılıb; bu plagin {known} versiyasına qədər bilir. Onu birləşdirmək üçün Demining plaginini yeniləyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="156"/>
        <source>{name} is a damaged ZIP file (it cannot be opened); ask the team for the package again.</source>
        <translation>{name} zədələnmiş ZIP faylıdır (açıla bilmir); paketi komandadan yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="166"/>
        <source>{name} holds a file outside its folder ({member}); it was not opened.</source>
        <translation>{name} öz qovluğundan kənarda fayl saxlayır ({member}); açılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="176"/>
        <source>{name} is a damaged ZIP file ({member} does not read back); ask the team for the package again.</source>
        <translation>{name} zədələnmiş ZIP faylıdır ({member} oxunmur); paketi komandadan yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="181"/>
        <source>{name} is a damaged ZIP file ({error}); ask the team for the package again.</source>
        <translation>{name} zədələnmiş ZIP faylıdır ({error}); paketi komandadan yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="188"/>
        <source>{name} is not a field package: a package is the folder made by &apos;Package for the field&apos; (with {manifest} and {data}), or that folder zipped.</source>
        <translation>{name} sahə paketi deyil: paket «Sahə üçün paketlə» ilə yaradılmış qovluqdur ({manifest} və {data} ilə) və ya həmin qovluğun ZIP arxividir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="198"/>
        <source>{name} has no {manifest}: without it the package cannot be matched to its store and tasks. Ask the team for the whole package folder.</source>
        <translation>{name} daxilində {manifest} yoxdur: onsuz paketi öz anbarı və tapşırıqları ilə uyğunlaşdırmaq olmur. Paket qovluğunu komandadan bütövlükdə istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="206"/>
        <source>The {manifest} of {name} cannot be read ({error}).</source>
        <translation>{name} paketinin {manifest} faylı oxunmur ({error}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="211"/>
        <source>The {manifest} of {name} lacks {keys}; it is not a manifest this plugin wrote.</source>
        <translation>{name} paketinin {manifest} faylında {keys} yoxdur; bu, bu plaginin yazdığı manifest deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="224"/>
        <source>{name} was packaged from another store ({other}), not from {store}; merge it only if you mean to (allow packages of another store).</source>
        <translation>{name} {store} anbarından deyil, başqa anbardan ({other}) paketlənib; onu yalnız bunu qəsdən edirsinizsə birləşdirin (başqa anbarın paketlərinə icazə verin).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="228"/>
        <source>{name} was packaged from another store ({other}); merged into {store} as asked.</source>
        <translation>{name} başqa anbardan ({other}) paketlənib; istənildiyi kimi {store} anbarına birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="237"/>
        <source>The {manifest} of {name} gives no data model version ({value!r}).</source>
        <translation>{name} paketinin {manifest} faylı məlumat modelinin versiyasını göstərmir ({value!r}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="246"/>
        <source>{name} has no {data}: the team&apos;s work is not in it.</source>
        <translation>{name} daxilində {data} yoxdur: komandanın işi onda deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="386"/>
        <source>The GeoPackage {data} of {name} is damaged ({error}); ask the team for the package again.</source>
        <translation>{name} paketinin GeoPackage {data} faylı zədələnib ({error}); paketi komandadan yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="263"/>
        <source>not a GeoPackage</source>
        <translation>GeoPackage deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="267"/>
        <source>The GeoPackage {data} of {name} lacks the field layers {layers}.</source>
        <translation>{name} paketinin GeoPackage {data} faylında {layers} sahə layları yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="301"/>
        <source>{name} was made with data model version {old}; a copy of its data was brought to version {new} for the merge (the package itself is unchanged).</source>
        <translation>{name} məlumat modelinin {old} versiyası ilə yaradılıb; birləşdirmə üçün onun məlumatlarının surəti {new} versiyasına gətirildi (paketin özü dəyişməyib).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="36"/>
        <source>The merge report must be a .csv or .gpkg file, not {name}.</source>
        <translation>Birləşdirmə hesabatı .csv və ya .gpkg faylı olmalıdır, {name} yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="38"/>
        <source>the merge report</source>
        <translation>birləşdirmə hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="26"/>
        <source>Added</source>
        <translation>Əlavə olunan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="27"/>
        <source>Added, with a warning</source>
        <translation>Xəbərdarlıqla əlavə olunan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="28"/>
        <source>Adds nothing</source>
        <translation>Heç nə əlavə etməyən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="29"/>
        <source>Refused</source>
        <translation>Rədd edilən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="30"/>
        <source>Already merged</source>
        <translation>Artıq birləşdirilmiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="31"/>
        <source>Ignored</source>
        <translation>Nəzərə alınmayan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="35"/>
        <source>Item found</source>
        <translation>Aşkar edilmiş obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="36"/>
        <source>Released land</source>
        <translation>Azad edilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="37"/>
        <source>Work day</source>
        <translation>İş günü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="38"/>
        <source>Context layer</source>
        <translation>Kontekst layı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="92"/>
        <source>has no {field}</source>
        <translation>{field} yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="94"/>
        <source>names no {field}</source>
        <translation>{field} göstərilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="97"/>
        <source>{field} &apos;{value}&apos; is not one of {codes}</source>
        <translation>{field} '{value}' bunlardan biri deyil: {codes}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="103"/>
        <source>{field} &apos;{value}&apos; is not a number</source>
        <translation>{field} '{value}' rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="109"/>
        <source>{field} {value:g} is outside {low} to {high}</source>
        <translation>{field} {value:g} {low} - {high} xaricindədir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="173"/>
        <source>items found: {items}, land released: {ha} ha, work days: {days}; refused: {refused}, warnings: {warnings}, ignored: {ignored}, already merged: {skipped}</source>
        <translation>aşkar edilmiş obyektlər: {items}, azad edilmiş ərazi: {ha} ha, iş günləri: {days}; rədd edilib: {refused}, xəbərdarlıqlar: {warnings}, nəzərə alınmayıb: {ignored}, artıq birləşdirilib: {skipped}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="180"/>
        <source>{name} merged: {counts}.</source>
        <translation>{name} birləşdirildi: {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="181"/>
        <source>{name} (not merged yet): {counts}.</source>
        <translation>{name} (hələ birləşdirilməyib): {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="282"/>
        <source>Its photo {photo} lies outside the package; it is not copied.</source>
        <translation>Onun {photo} fotosu paketdən kənardadır; köçürülmür.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="135"/>
        <source>{feature}: refused: {why}</source>
        <translation>{feature}: rədd edildi: {why}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="160"/>
        <source>{summary} Nothing to submit: the package adds nothing to {store}.</source>
        <translation>{summary} Təqdim ediləcək heç nə yoxdur: paket {store} anbarına heç nə əlavə etmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="163"/>
        <source>Field results {name} (team {team}): {items} items found, {ha} ha released, {days} work days</source>
        <translation>Sahə nəticələri {name} (komanda {team}): {items} aşkar edilmiş obyekt, {ha} ha azad edilib, {days} iş günü</translation>
    </message>
</context>
<context>
    <name>FieldMergeAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="21"/>
        <source>Merge field results</source>
        <translation>Sahə nəticələrini birləşdir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="23"/>
        <source>Merges what a team recorded in a field package (made by &apos;Package for the field&apos; and filled in QField) into the project store, by the rules of the desktop: items found get the task and district under them and the item checks (warnings kept, items the store cannot hold refused); released land is clipped to the hazard areas, land already released is taken out, and it is split by task and district, so land two teams or two trips covered is counted once; the daily log goes to work_days; photos are copied beside the store into &lt;store&gt;_attachments. Features already merged (their field UUID is in the store) are skipped, so merging a package twice adds nothing; context layers edited in the field are not merged and are listed as ignored. Everything is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Komandanın sahə paketində («Sahə üçün paketlə» ilə yaradılmış və QField-də doldurulmuş) qeyd etdiklərini masaüstü qaydaları ilə layihə anbarına birləşdirir: aşkar edilmiş obyektlər altlarındakı tapşırığı və rayonu alır və obyekt yoxlamalarından keçir (xəbərdarlıqlar saxlanılır, anbarın saxlaya bilmədiyi obyektlər rədd edilir); azad edilmiş ərazi təhlükəli ərazilərlə kəsilir, artıq azad edilmiş ərazi çıxarılır və o, tapşırıq və rayona görə bölünür ki, iki komandanın və ya iki səfərin əhatə etdiyi ərazi bir dəfə sayılsın; gündəlik jurnal work_days layına gedir; fotolar anbarın yanında &lt;store&gt;_attachments qovluğuna köçürülür. Artıq birləşdirilmiş obyektlər (sahə UUID-si anbardadır) ötürülür, buna görə paketi iki dəfə birləşdirmək heç nə əlavə etmir; sahədə redaktə edilmiş kontekst layları birləşdirilmir və nəzərə alınmayanlar kimi sadalanır. Hər şey bir tranzaksiyada saxlanılır: nə isə alınmasa, heç nə dəyişmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field package (folder, manifest.json or .zip)</source>
        <translation>Sahə paketi (qovluq, manifest.json və ya .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Sahə paketləri (*.zip manifest.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="50"/>
        <source>Store the merge (no: dry run)</source>
        <translation>Birləşdirməni saxla (xeyr: sınaq icrası)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="51"/>
        <source>Merge a package made from another store</source>
        <translation>Başqa anbardan yaradılmış paketi birləşdir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>Merge report</source>
        <translation>Birləşdirmə hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>CSV files (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV faylları (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Items found added</source>
        <translation>Əlavə edilmiş aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Hectares released added</source>
        <translation>Əlavə edilmiş azad edilmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Work days added</source>
        <translation>Əlavə edilmiş iş günləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Field features refused</source>
        <translation>Rədd edilmiş sahə obyektləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="82"/>
        <source>{0}: refused: {1}</source>
        <translation>{0}: rədd edildi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="86"/>
        <source>{0}: ignored: {1}</source>
        <translation>{0}: nəzərə alınmadı: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="34"/>
        <source>PACKAGE: the package folder (or its manifest.json), or the package zipped. APPLY (default yes): no for a dry run that only reports. ALLOW_OTHER_STORE (default no): merge a package made from another store. REPORT (optional): a .csv file, or a .gpkg with the table field_merge_report, listing every field feature and what became of it. Outputs ITEMS_ADDED, RELEASED_HA (true ellipsoidal hectares), DAYS_LOGGED, REFUSED and WARNINGS (counts) and REPORT (path).

SUBMIT (default no): keep the merge as a submission waiting for review instead of storing it; it counts nowhere until demining:review approves it, which merges it then, against the store as it is at that moment. An operator of a PostGIS store always submits. Output SUBMISSION: its identifier when submitted.</source>
        <translation>PACKAGE: paket qovluğu (və ya onun manifest.json faylı) və ya paketin ZIP arxivi. APPLY (standart: bəli): yalnız hesabat verən sınaq icrası üçün xeyr. ALLOW_OTHER_STORE (standart: xeyr): başqa anbardan yaradılmış paketi birləşdir. REPORT (ixtiyari): hər sahə obyektini və onunla nə edildiyini sadalayan .csv faylı və ya field_merge_report cədvəli olan .gpkg. Çıxışlar: ITEMS_ADDED, RELEASED_HA (həqiqi ellipsoidal hektar), DAYS_LOGGED, REFUSED və WARNINGS (saylar) və REPORT (yol).

SUBMIT (standart: xeyr): birləşdirməni saxlamaq əvəzinə nəzərdən keçirməni gözləyən təqdimat kimi saxla; demining:review onu təsdiqləyənədək heç yerdə sayılmır, təsdiqləndikdə isə anbarın həmin andakı vəziyyətinə qarşı birləşdirilir. PostGIS anbarının operatoru həmişə təqdim edir. SUBMISSION çıxışı: təqdim edildikdə onun identifikatoru.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="53"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Saxlamaq əvəzinə nəzərdən keçirməyə təqdim et (məlumat meneceri təsdiqləyir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="64"/>
        <source>Submission waiting for review</source>
        <translation>Nəzərdən keçirməni gözləyən təqdimat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="89"/>
        <source>Nothing was stored yet: the merge waits for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Hələ heç nə saxlanılmayıb: birləşdirmə {0} təqdimatı kimi nəzərdən keçirməni gözləyir (demining:review onu təsdiqləyir və ya rədd edir).</translation>
    </message>
</context>
<context>
    <name>FieldMergeController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="27"/>
        <source>Planning the merge of {0}</source>
        <translation>{0} birləşdirilməsi planlaşdırılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="91"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Əvvəlcə Demining anbarını açın (Minatəmizləmə ▸ Anbarı aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field package to merge (its .zip, or manifest.json in its folder)</source>
        <translation>Birləşdiriləcək sahə paketi (onun .zip faylı və ya qovluğundakı manifest.json)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Sahə paketləri (*.zip manifest.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="112"/>
        <source>Merging {0}</source>
        <translation>{0} birləşdirilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>Package of another store</source>
        <translation>Başqa anbarın paketi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>{0}

Merge it into {1} anyway?</source>
        <translation>{0}

Yenə də {1} anbarına birləşdirilsin?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="53"/>
        <source>Submitting {0}</source>
        <translation>{0} təqdim edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="165"/>
        <source>{0} waits for review as submission {1}; nothing was stored yet.</source>
        <translation>{0} {1} təqdimatı kimi nəzərdən keçirməni gözləyir; hələ heç nə saxlanılmayıb.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="47"/>
        <source>Merge Field Results — {0}</source>
        <translation>Sahə nəticələrini birləşdir — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="87"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="88"/>
        <source>Store everything listed as added, in one transaction</source>
        <translation>«Əlavə olunan» kimi sadalanan hər şeyi bir tranzaksiyada saxla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="94"/>
        <source>Submit for Review</source>
        <translation>Nəzərdən keçirməyə təqdim et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="96"/>
        <source>Keep the merge as a submission: it counts nowhere until a data manager approves it in the Review panel</source>
        <translation>Birləşdirməni təqdimat kimi saxla: məlumat meneceri onu Nəzərdən keçirmə panelində təsdiqləyənədək heç yerdə sayılmır</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="67"/>
        <source>Choose a folder or a .zip file for the field package.</source>
        <translation>Sahə paketi üçün qovluq və ya .zip faylı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="70"/>
        <source>Folder {0} does not exist.</source>
        <translation>{0} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="73"/>
        <source>{0} exists and is not a field package; choose a new file name.</source>
        <translation>{0} mövcuddur və sahə paketi deyil; yeni fayl adı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="77"/>
        <source>{0} is a file; give a folder (new or empty) or a .zip file.</source>
        <translation>{0} fayldır; qovluq (yeni və ya boş) və ya .zip faylı göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="81"/>
        <source>Folder {0} is not empty and holds no field package; choose an empty or new folder.</source>
        <translation>{0} qovluğu boş deyil və sahə paketi saxlamır; boş və ya yeni qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="86"/>
        <source>Folder {0} holds a field package with {1} photo(s) taken in the field; merge it first or choose another folder.</source>
        <translation>{0} qovluğunda sahədə çəkilmiş {1} fotolu sahə paketi var; əvvəlcə onu birləşdirin və ya başqa qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="116"/>
        <source>The basemap {0} cannot be read as a raster.</source>
        <translation>{0} əsas xəritəsi raster kimi oxunmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="125"/>
        <source>The basemap {0} has no coordinate reference system.</source>
        <translation>{0} əsas xəritəsinin koordinat istinad sistemi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="132"/>
        <source>The basemap {0} does not cover the tasks.</source>
        <translation>{0} əsas xəritəsi tapşırıqları əhatə etmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="138"/>
        <source>The basemap {0} cannot be clipped: {1}</source>
        <translation>{0} əsas xəritəsi kəsilə bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="141"/>
        <source>The basemap {0} cannot be clipped.</source>
        <translation>{0} əsas xəritəsi kəsilə bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="158"/>
        <source>Demining field package</source>
        <translation>Minatəmizləmə sahə paketi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="164"/>
        <source>Open {0} in QField (or QGIS). Photos go to {1}/. Bring the whole folder back to the office to merge it.</source>
        <translation>{0} faylını QField-də (və ya QGIS-də) açın. Fotolar {1}/ qovluğuna düşür. Birləşdirmək üçün qovluğu bütövlükdə ofisə qaytarın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="171"/>
        <source>Packaging cancelled; nothing was written.</source>
        <translation>Paketləmə ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="211"/>
        <source>Field package: {0}</source>
        <translation>Sahə paketi: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="221"/>
        <source>The field package cannot be written to {0}: {1}</source>
        <translation>Sahə paketi {0} yerinə yazıla bilmir: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="40"/>
        <source>Items found (field)</source>
        <translation>Aşkar edilmiş obyektlər (sahə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="43"/>
        <source>Released land (field)</source>
        <translation>Azad edilmiş ərazi (sahə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="46"/>
        <source>Daily log (field)</source>
        <translation>Gündəlik jurnal (sahə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="93"/>
        <source>The tasks {0} have no geometry; nothing to package.</source>
        <translation>{0} tapşırıqlarının həndəsəsi yoxdur; paketlənəcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="140"/>
        <source>{0} {1} could not be copied into the package.</source>
        <translation>{0} {1} paketə köçürülə bilmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="159"/>
        <source>Cannot create {0}.</source>
        <translation>{0} yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="39"/>
        <source>Context (read only)</source>
        <translation>Kontekst (yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="40"/>
        <source>Field work</source>
        <translation>Sahə işi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="41"/>
        <source>Basemap</source>
        <translation>Əsas xəritə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/snapshot.py" line="28"/>
        <source>Layer {0} of the package cannot be opened.</source>
        <translation>Paketin {0} layı açılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="180"/>
        <source>The clipped basemap cannot be opened.</source>
        <translation>Kəsilmiş əsas xəritə açılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="190"/>
        <source>The package&apos;s project cannot be written: {0}</source>
        <translation>Paketin layihəsi yazıla bilmir: {0}</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="18"/>
        <source>Package tasks for the field (QField)</source>
        <translation>Tapşırıqları sahə üçün paketlə (QField)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="19"/>
        <source>Packages clearance tasks for a field team's tablet: a folder (or a .zip) that QField opens as it is, with a QGIS project (relative paths) and a GeoPackage. The tasks and their sectors, the hazards under them, released land, task points (medevac, access...), items found, routes and, if asked, mapped mines around the tasks come as read-only context, styled as in the plugin; the team fills in items found (with a photo), released land and a daily log, with today, the team and the task under the point as defaults. manifest.json and manifest.txt say what the package holds; Demining ▸ Merge field results brings it back.

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: the team's name, the default of its records. MAPPED_MINES: also take the mines of supplied minefield records. BASEMAP: a raster copied clipped to the tasks (plus a margin) for offline use.

OUTPUT: a new or empty folder, a previous package's folder (replaced unless it holds photos), or a .zip file. PROJECT: the project file (its name inside the ZIP). PACKAGE_ID: the package's identifier.</source>
        <translation>Təmizləmə tapşırıqlarını sahə komandasının planşeti üçün paketləyir: QField-in olduğu kimi açdığı qovluq (və ya .zip), QGIS layihəsi (nisbi yollar) və GeoPackage ilə. Tapşırıqlar və onların sektorları, altlarındakı təhlükəli ərazilər, azad edilmiş ərazi, tapşırıq nöqtələri (tibbi evakuasiya, giriş...), aşkar edilmiş obyektlər, yollar və istənilərsə tapşırıqların ətrafındakı xəritədəki minalar plagindəki kimi üslublanmış, yalnız oxumaq üçün kontekst kimi gəlir; komanda aşkar edilmiş obyektləri (foto ilə), azad edilmiş ərazini və gündəlik jurnalı doldurur; standart dəyərlər bu gün, komanda və nöqtənin altındakı tapşırıqdır. manifest.json və manifest.txt paketin nə saxladığını bildirir; Minatəmizləmə ▸ Sahə nəticələrini birləşdir onu geri gətirir.

TASK_IDS: vergüllə ayrılmış tapşırıq identifikatorları (məs. T-0001, T-0002); və ya EXPRESSION: clearance_tasks üzrə filtr (məs. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: komandanın adı, onun qeydlərinin standart dəyəri. MAPPED_MINES: alınmış minasahəsi formulyarlarının minalarını da götür. BASEMAP: oflayn istifadə üçün tapşırıqlara (üstəgəl kənar boşluq) görə kəsilərək köçürülən raster.

OUTPUT: yeni və ya boş qovluq, əvvəlki paketin qovluğu (foto saxlamırsa, əvəz edilir) və ya .zip faylı. PROJECT: layihə faylı (ZIP daxilindəki adı). PACKAGE_ID: paketin identifikatoru.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="37"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="38"/>
        <source>Include mines of supplied minefield records</source>
        <translation>Alınmış minasahəsi formulyarlarının minalarını daxil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="39"/>
        <source>Basemap (raster, clipped to the tasks)</source>
        <translation>Əsas xəritə (raster, tapşırıqlara görə kəsilmiş)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>Package folder (or a .zip file)</source>
        <translation>Paket qovluğu (və ya .zip faylı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP faylları (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="43"/>
        <source>Project file of the package</source>
        <translation>Paketin layihə faylı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="44"/>
        <source>Package identifier</source>
        <translation>Paket identifikatoru</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="52"/>
        <source>BASEMAP: {0} is not a raster file.</source>
        <translation>BASEMAP: {0} raster faylı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="60"/>
        <source>Package {0} of {1} written to {2}</source>
        <translation>{1} üçün {0} paketi {2} yerinə yazıldı</translation>
    </message>
</context>
<context>
    <name>FieldPackageController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="38"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Əvvəlcə Demining anbarını açın (Minatəmizləmə ▸ Anbarı aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="61"/>
        <source>Packaging tasks for the field</source>
        <translation>Tapşırıqlar sahə üçün paketlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="70"/>
        <source>Field package of {0} written to {1}</source>
        <translation>{0} sahə paketi {1} yerinə yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="73"/>
        <source>Demining</source>
        <translation>Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="76"/>
        <source>Open Folder</source>
        <translation>Qovluğu aç</translation>
    </message>
</context>
<context>
    <name>FieldPackageDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="31"/>
        <source>Package for the Field</source>
        <translation>Sahə üçün paketlə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="35"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="37"/>
        <source>The team&apos;s name, filled in on everything it records</source>
        <translation>Komandanın adı, qeyd etdiyi hər şeyə yazılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="39"/>
        <source>Mines of supplied minefield records</source>
        <translation>Alınmış minasahəsi formulyarlarının minaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="46"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;All files (*)</source>
        <translation>Rasterlər (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="48"/>
        <source>A raster file instead of a layer of the project</source>
        <translation>Layihə layı əvəzinə raster faylı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="50"/>
        <source>A folder (copy it to the tablet as it is)</source>
        <translation>Qovluq (onu planşetə olduğu kimi köçürün)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="51"/>
        <source>A .zip file</source>
        <translation>.zip faylı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="55"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP faylları (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="59"/>
        <source>Tasks</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="61"/>
        <source>Also take</source>
        <translation>Həmçinin götür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="65"/>
        <source>Basemap (clipped)</source>
        <translation>Əsas xəritə (kəsilmiş)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="70"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="73"/>
        <source>Build Package</source>
        <translation>Paketi yarat</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../demining_plugin/core/files.py" line="24"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>{target_parent} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/files.py" line="31"/>
        <source>Cannot write {what}: {error}</source>
        <translation>{what} yazıla bilmir: {error}</translation>
    </message>
</context>
<context>
    <name>ForecastAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="169"/>
        <source>Forecast</source>
        <translation>Proqnoz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="142"/>
        <source>CAPACITY: teams per kind, e.g. manual=12,mechanical=4,mdd=2,survey=3 (by default the teams seen working in the last 90 days of the store). WORK_DAYS_PER_YEAR: default 220. COST_PER_TEAM_DAY: cost of a team-day per kind, e.g. manual=1500,mechanical=4000. START: YYYY-MM-DD (default: the day after the last release). DATE_FROM, DATE_TO: the period productivity is measured over (YYYY-MM-DD, inclusive; default all dates). FIRST: districts worked first, in order, by every team, comma-separated. OUTPUT: a table by district and a last row &apos;All&apos;. YEARS, COST, FINISH: the whole job&apos;s.</source>
        <translation>CAPACITY: növ üzrə komandalar, məs. manual=12,mechanical=4,mdd=2,survey=3 (standart olaraq anbarın son 90 günündə işləyən komandalar). WORK_DAYS_PER_YEAR: standart 220. COST_PER_TEAM_DAY: növ üzrə bir komanda-gününün xərci, məs. manual=1500,mechanical=4000. START: YYYY-MM-DD (standart: sonuncu azadetmədən sonrakı gün). DATE_FROM, DATE_TO: məhsuldarlığın ölçüldüyü dövr (YYYY-MM-DD, daxil; standart bütün tarixlər). FIRST: bütün komandaların ardıcıllıqla əvvəlcə işlədiyi rayonlar, vergüllə ayrılmış. OUTPUT: rayonlar üzrə cədvəl və sonuncu 'All' sətri. YEARS, COST, FINISH: bütün işin göstəriciləri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="154"/>
        <source>Teams per kind (manual=12,mechanical=4,...; empty: those of the last 90 days)</source>
        <translation>Növ üzrə komandalar (manual=12,mechanical=4,...; boş: son 90 günün komandaları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="157"/>
        <source>Work days per year</source>
        <translation>İldə iş günləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="160"/>
        <source>Cost of a team-day per kind (manual=1500,mechanical=4000,...)</source>
        <translation>Növ üzrə komanda-gününün xərci (manual=1500,mechanical=4000,...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="163"/>
        <source>Start date (YYYY-MM-DD; empty: the day after the last release)</source>
        <translation>Başlanğıc tarixi (İİİİ-AA-GG; boş: sonuncu azadetmədən sonrakı gün)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="165"/>
        <source>Districts worked first (comma-separated, in order)</source>
        <translation>Əvvəlcə işlənən rayonlar (vergüllə ayrılmış, ardıcıllıqla)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured from (YYYY-MM-DD, inclusive)</source>
        <translation>Məhsuldarlıq bu tarixdən ölçülür (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured up to (YYYY-MM-DD, inclusive)</source>
        <translation>Məhsuldarlıq bu tarixədək ölçülür (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="170"/>
        <source>Years for the whole job</source>
        <translation>Bütün iş üçün illər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="171"/>
        <source>Cost of the whole job</source>
        <translation>Bütün işin xərci</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="172"/>
        <source>Finishing date of the whole job</source>
        <translation>Bütün işin bitmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="188"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="131"/>
        <source>How long the land left will take and what it will cost, from the store&apos;s own figures. For each district and in all: the hectares left by classification (the ground of the hazards not closed less the released land, every square metre once: ground in a confirmed and a suspected hazard is confirmed land; land counts in the district it lies in), the hectares expected to be cleared, reduced and cancelled (as land of that classification has left the hazards so far), the team-days needed (at each method&apos;s square metres per team-day), the finishing date with its 10-90% range (the late end at the 10th percentile of productivity, the early end at the 90th) and the cost. What-if: change the parameters (ten more mechanical teams, a district first).</source>
        <translation>Qalan ərazinin nə qədər vaxt aparacağı və nəyə başa gələcəyi, anbarın öz rəqəmlərinə əsasən. Hər rayon üzrə və cəmi: təsnifata görə qalan hektarlar (bağlanmamış təhlükəli ərazilərin sahəsi, azad edilmiş ərazi çıxılmaqla, hər kvadrat metr bir dəfə: həm təsdiqlənmiş, həm də şübhəli təhlükəli ərazidə olan sahə təsdiqlənmiş ərazi sayılır; ərazi yerləşdiyi rayonda sayılır), təmizlənəcəyi, azaldılacağı və ləğv ediləcəyi gözlənilən hektarlar (həmin təsnifatdakı ərazinin indiyədək təhlükəli ərazilərdən çıxdığı nisbətlərlə), lazım olan komanda-günləri (hər üsulun komanda-gününə düşən kvadrat metrinə görə), 10-90% diapazonu ilə bitmə tarixi (gec həddi məhsuldarlığın 10-cu persentilinə, erkən həddi 90-cı persentilinə görə) və xərc. Ssenari təhlili: parametrləri dəyişin (daha on mexaniki komanda, əvvəlcə bir rayon).</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="60"/>
        <source>Dogs (MDD)</source>
        <translation>İtlər (MDD)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="61"/>
        <source>Survey</source>
        <translation>Tədqiqat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="84"/>
        <source>Forecast of {}</source>
        <translation>{} proqnozu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="138"/>
        <source>Shown</source>
        <translation>Göstərilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="144"/>
        <source>Teams at work (by default those seen in the last 90 days)</source>
        <translation>İşləyən komandalar (standart olaraq son 90 gündə görünənlər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="151"/>
        <source>Cost of a team-day</source>
        <translation>Komanda-gününün xərci</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="154"/>
        <source>cost/day</source>
        <translation>xərc/gün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="162"/>
        <source>Work days a year</source>
        <translation>İldə iş günləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="165"/>
        <source>District first</source>
        <translation>Əvvəlcə rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="224"/>
        <source>No store open</source>
        <translation>Anbar açıq deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="341"/>
        <source>Measuring productivity…</source>
        <translation>Məhsuldarlıq ölçülür…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="314"/>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="316"/>
        <source>None (all at once)</source>
        <translation>Heç biri (hamısı birlikdə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>Productivity measured from {first} to {last}.</source>
        <translation>Məhsuldarlıq {first} tarixindən {last} tarixinədək ölçülüb.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the start</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the end</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Forecast</source>
        <translation>Proqnoz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Early (90th percentile)</source>
        <translation>Erkən (90-cı persentil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="387"/>
        <source>Late (10th percentile)</source>
        <translation>Gec (10-cu persentil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>Released hectares, {where}</source>
        <translation>Azad edilmiş hektar, {where}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>all districts</source>
        <translation>bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="103"/>
        <source>Productivity by method</source>
        <translation>Üsullar üzrə məhsuldarlıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="192"/>
        <source>Stop measuring</source>
        <translation>Ölçməni dayandır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="194"/>
        <source>Measure again</source>
        <translation>Yenidən ölç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="288"/>
        <source>Measuring was stopped.</source>
        <translation>Ölçmə dayandırıldı.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="31"/>
        <source>{} ha</source>
        <translation>{} ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="36"/>
        <source>{} km</source>
        <translation>{} km</translation>
    </message>
</context>
<context>
    <name>Geomag</name>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="65"/>
        <source>World Magnetic Model file {path} cannot be read: {error}</source>
        <translation>World Magnetic Model faylı {path} oxunmur: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="89"/>
        <source>No World Magnetic Model shipped for {year:.1f}: the models cover {first:.0f} to {last:.0f}.</source>
        <translation>{year:.1f} üçün World Magnetic Model təqdim edilmir: modellər {first:.0f}-{last:.0f} illərini əhatə edir.</translation>
    </message>
</context>
<context>
    <name>GrantAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="64"/>
        <source>Grant a store role</source>
        <translation>Anbar rolu ver</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="66"/>
        <source>Makes a PostgreSQL login role an operator or a manager of a PostGIS store. Operators read the baseline and may only submit changes for review (PostgreSQL itself refuses their direct writes to the layers); managers approve submissions and write the baseline. The group roles &lt;schema&gt;_operator and &lt;schema&gt;_manager are created with the store (or here, when the store&apos;s creator could not create roles).</source>
        <translation>PostgreSQL giriş rolunu PostGIS anbarının operatoru və ya menecerinə çevirir. Operatorlar əsas məlumatları oxuyur və dəyişiklikləri yalnız nəzərdən keçirməyə təqdim edə bilər (laylara birbaşa yazmalarını PostgreSQL özü rədd edir); menecerlər təqdimatları təsdiqləyir və əsas məlumatlara yazır. &lt;schema&gt;_operator və &lt;schema&gt;_manager qrup rolları anbarla birlikdə yaradılır (və ya anbarı yaradan rolları yarada bilmədikdə, burada).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="74"/>
        <source>USER: the login role. ROLE: operator or manager. GRANTED: the group role granted.</source>
        <translation>USER: giriş rolu. ROLE: operator və ya manager. GRANTED: verilmiş qrup rolu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="79"/>
        <source>Database user (login role)</source>
        <translation>Verilənlər bazası istifadəçisi (giriş rolu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="80"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="83"/>
        <source>Group role granted</source>
        <translation>Verilmiş qrup rolu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="91"/>
        <source>{0} is now a member of {1}.</source>
        <translation>{0} indi {1} üzvüdür.</translation>
    </message>
</context>
<context>
    <name>HectareTotalsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="71"/>
        <source>Hectare totals</source>
        <translation>Hektar yekunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="41"/>
        <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer&apos;s CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts&apos; name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
        <translation>Poliqon layının hektarları, hər kvadrat metr bir dəfə sayılır: poliqonlar üst-üstə düşdükdə (idxal olunmuş köhnə məlumatlar, əvvəl tədqiq edilib sonra təmizlənmiş ərazi) ərazi onu əhatə edən ən erkən azadetməyə aid edilir (eyni tarixdə ən kiçik obyekt id-si). Sahələr layın koordinat sistemindən asılı olmayaraq WGS84 ellipsoidi üzərində həqiqi sahələrdir.

INPUT: istənilən poliqon layı. REGIONS (istəyə bağlı): rayonların poliqon layı; poliqonlar rayon sərhədlərində kəsilir və hər hissə öz rayonunda sayılır (region sütunu). REGION_FIELD: rayonların ad sahəsi (standart name). GROUP_BY: INPUT-un vergüllə ayrılmış sahə adları (məsələn, release_method,technique), həmçinin tarix sahəsinin month və ya week (ISO həftəsi). DATE_FIELD: azadetmə tarixi (lay onu saxlayırsa, standart released_on). DATE_FROM, DATE_TO: İİİİ-AA-GG, hər ikisi daxil; DATE_FROM-dan əvvəl ilk dəfə azad edilmiş ərazi sayılmır.

OUTPUT: qruplaşdırma sahələri, area_ha və n_features (qrupda ərazisi olan obyektlər) ilə cədvəl. TOTAL_HA: bütün qrupların hektarları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="57"/>
        <source>Released land (polygons)</source>
        <translation>Azad edilmiş ərazi (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="59"/>
        <source>Districts (polygons)</source>
        <translation>Rayonlar (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="61"/>
        <source>District name field</source>
        <translation>Rayon adı sahəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="63"/>
        <source>Group by (comma-separated fields; month, week)</source>
        <translation>Qruplaşdır (vergüllə ayrılmış sahələr; month, week)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="65"/>
        <source>Date field</source>
        <translation>Tarix sahəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="67"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlanğıc tarixi (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="69"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Son tarix (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="73"/>
        <source>Total hectares</source>
        <translation>Cəmi hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="110"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="116"/>
        <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
        <translation>{n} obyektdən {groups} qrupda {ha:,.2f} ha, hər kvadrat metr bir dəfə sayılıb ({general} obyekt üçün GEOS lazım oldu).</translation>
    </message>
</context>
<context>
    <name>ImportAccidentsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="274"/>
        <source>Import accidents</source>
        <translation>Hadisələri idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="276"/>
        <source>Imports mine and UXO accidents into accidents (date, killed, injured, civilian, activity at the time, device); the district is filled from what lies under each point.</source>
        <translation>Mina və PHS hadisələrini accidents layına idxal edir (tarix, həlak olanlar, yaralananlar, mülki şəxs, həmin anda fəaliyyət, qurğu); rayon hər nöqtənin altındakı yerə görə doldurulur.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="71"/>
        <source>Open or create a Demining store first (Demining menu).</source>
        <translation>Əvvəlcə Demining anbarını açın və ya yaradın (Minatəmizləmə menyusu).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="75"/>
        <source>File to import</source>
        <translation>İdxal ediləcək fayl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="92"/>
        <source>Reading {0}</source>
        <translation>{0} oxunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="95"/>
        <source>{0} holds no rows to import.</source>
        <translation>{0} idxal ediləcək sətir saxlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="118"/>
        <source>Importing {0}</source>
        <translation>{0} idxal edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="121"/>
        <source>Import of {0} was cancelled; nothing was changed.</source>
        <translation>{0} idxalı ləğv edildi; heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="133"/>
        <source>Minefield record: {0}.</source>
        <translation>Minasahəsi formulyarı: {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="128"/>
        <source>{0}: {1} imported, {2} refused ({3}).</source>
        <translation>{0}: {1} idxal edildi, {2} rədd edildi ({3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="131"/>
        <source>{0}: {1} imported, {2} refused.</source>
        <translation>{0}: {1} idxal edildi, {2} rədd edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="134"/>
        <source>Report: {0}</source>
        <translation>Hesabat: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDetectionsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="262"/>
        <source>Import items found</source>
        <translation>Aşkar edilmiş obyektləri idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="264"/>
        <source>Imports items found (detections) from teams&apos; files into detections; the task and district are filled from what lies under each point. Categories are read in the spellings teams use (&apos;AP&apos;, &apos;anti-personnel&apos;, &apos;APM&apos;, a model such as &apos;PMN-2&apos; or &apos;TM-62M&apos;...). Rows with a date in the future, a quantity under 1 or a depth outside 0-500 cm are refused.</source>
        <translation>Komandaların fayllarından aşkar edilmiş obyektləri (aşkarlamaları) detections layına idxal edir; tapşırıq və rayon hər nöqtənin altındakı yerə görə doldurulur. Kateqoriyalar komandaların istifadə etdiyi yazılışlarla oxunur ('AP', 'anti-personnel', 'APM', 'PMN-2' və ya 'TM-62M' kimi model...). Tarixi gələcəkdə olan, miqdarı 1-dən az və ya dərinliyi 0-500 sm xaricində olan sətirlər rədd edilir.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="45"/>
        <source>Import mine map</source>
        <translation>Mina xəritəsini idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="46"/>
        <source>Import items found</source>
        <translation>Aşkar edilmiş obyektləri idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="47"/>
        <source>Import accidents</source>
        <translation>Hadisələri idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="50"/>
        <source>Automatic</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="51"/>
        <source>Latitude / longitude columns</source>
        <translation>En / uzunluq dairəsi sütunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="52"/>
        <source>X / Y columns in a CRS</source>
        <translation>KİS-də X / Y sütunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="53"/>
        <source>MGRS column</source>
        <translation>MGRS sütunu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="54"/>
        <source>The file&apos;s own geometry</source>
        <translation>Faylın öz həndəsəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="77"/>
        <source>features</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="78"/>
        <source>rows</source>
        <translation>sətir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="79"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, {4} columns.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2} {3}, {4} sütun.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="93"/>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Source column</source>
        <translation>Mənbə sütunu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="112"/>
        <source>(not used)</source>
        <translation>(istifadə edilmir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="122"/>
        <source>First rows of the file</source>
        <translation>Faylın ilk sətirləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="150"/>
        <source>Positions and checks</source>
        <translation>Mövqelər və yoxlamalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="159"/>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="163"/>
        <source>CRS of x / y</source>
        <translation>x / y üçün KİS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="167"/>
        <source>no check</source>
        <translation>yoxlama yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="168"/>
        <source>Expected UTM zone</source>
        <translation>Gözlənilən UTM zonası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="175"/>
        <source>Same position within</source>
        <translation>Eyni mövqe sayılan məsafə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="176"/>
        <source>Refuse rows outside the store&apos;s districts</source>
        <translation>Anbarın rayonlarından kənar sətirləri rədd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="195"/>
        <source>Minefield record</source>
        <translation>Minasahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="199"/>
        <source>New record</source>
        <translation>Yeni formulyar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="202"/>
        <source>Add to</source>
        <translation>Buna əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="205"/>
        <source>e.g. map handed over on 12 June 2021</source>
        <translation>məs. xəritə 12 iyun 2021-də təhvil verilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="206"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="208"/>
        <source>Received on</source>
        <translation>Alınma tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilmiş PƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilmiş TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed mines in total</source>
        <translation>Bildirilmiş minalar cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="219"/>
        <source>count the imported mines</source>
        <translation>idxal edilmiş minaları say</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="188"/>
        <source>Rows further than this from every district of the store are refused.</source>
        <translation>Anbarın bütün rayonlarından bundan uzaq olan sətirlər rədd edilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="191"/>
        <source>Outside the districts by up to</source>
        <translation>Rayonlardan kənarda ən çox</translation>
    </message>
</context>
<context>
    <name>ImportMineMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="200"/>
        <source>Import mine map</source>
        <translation>Mina xəritəsini idxal et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="202"/>
        <source>Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, for a new record, a minefield_records polygon (the file&apos;s polygons, or the mines&apos; convex hull grown by 10 m) with its district.

SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. RECORD_ID (optional): add the mines to this existing record instead of creating one. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from the imported mines).</source>
        <translation>Alınmış mina xəritəsini (minasahəsi formulyarını) idxal edir: xəritədəki mina nöqtələri mapped_mines layına və yeni formulyar üçün rayonu ilə birlikdə minefield_records poliqonu (faylın poliqonları və ya minaların 10 m genişləndirilmiş qabarıq örtüyü).

SOURCE: xəritənin haradan gəldiyi (yeni formulyar üçün mütləqdir). RECEIVED_ON: İİİİ-AA-GG. RECORD_ID (istəyə bağlı): yeni formulyar yaratmaq əvəzinə minaları bu mövcud formulyara əlavə et. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: xəritənin bəyan etdiyi saylar (standart: idxal edilmiş minalardan sayılır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="211"/>
        <source>RECORD_ID: the record the mines were stored in.</source>
        <translation>RECORD_ID: minaların saxlandığı formulyar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="215"/>
        <source>Source of the map</source>
        <translation>Xəritənin mənbəyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="216"/>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Alınma tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="219"/>
        <source>Supplied by</source>
        <translation>Təqdim edən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="220"/>
        <source>Existing record ID</source>
        <translation>Mövcud formulyarın identifikatoru</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilmiş PƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilmiş TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed mines</source>
        <translation>Bəyan edilmiş minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="233"/>
        <source>Minefield record</source>
        <translation>Minasahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="242"/>
        <source>RECEIVED_ON &apos;{}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>RECEIVED_ON '{}' tarix deyil (İİİİ-AA-GG).</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="31"/>
        <source>Demining import of {0}</source>
        <translation>Demining idxalı: {0}</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="55"/>
        <source>Latitude</source>
        <translation>En dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="56"/>
        <source>Longitude</source>
        <translation>Uzunluq dairəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="57"/>
        <source>X / easting</source>
        <translation>X / şərq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="58"/>
        <source>Y / northing</source>
        <translation>Y / şimal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="59"/>
        <source>MGRS reference</source>
        <translation>MGRS istinadı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="60"/>
        <source>Category / mine type</source>
        <translation>Kateqoriya / mina növü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="61"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="62"/>
        <source>Row number</source>
        <translation>Sətir nömrəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="63"/>
        <source>Mine number</source>
        <translation>Mina nömrəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="64"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="65"/>
        <source>Date found</source>
        <translation>Aşkar edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="66"/>
        <source>Depth (cm)</source>
        <translation>Dərinlik (sm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="67"/>
        <source>Condition</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="68"/>
        <source>Disposition</source>
        <translation>Məhvetmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="69"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="70"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="71"/>
        <source>Remarks</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="72"/>
        <source>Date of accident</source>
        <translation>Hadisənin tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="73"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="74"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="75"/>
        <source>Civilian victims</source>
        <translation>Mülki qurbanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="76"/>
        <source>Activity at the time</source>
        <translation>Həmin andakı fəaliyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="77"/>
        <source>Device category</source>
        <translation>Qurğunun kateqoriyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="78"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="167"/>
        <source>{0}: {1} imported, {2} rejected (report: {3}).</source>
        <translation>{0}: {1} idxal edildi, {2} rədd edildi (hesabat: {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="27"/>
        <source>Unknown coordinate mode &apos;{0}&apos; (use {1}).</source>
        <translation>Naməlum koordinat rejimi '{0}' ({1} istifadə edin).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="40"/>
        <source>{0}: no coordinates found. Map latitude/longitude, x/y or MGRS columns (columns: {1}).</source>
        <translation>{0}: koordinat tapılmadı. En/uzunluq dairəsi, x/y və ya MGRS sütunlarını uyğunlaşdırın (sütunlar: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="49"/>
        <source>{0}: coordinate mode &apos;{1}&apos; needs a column for {2}.</source>
        <translation>{0}: '{1}' koordinat rejimi {2} üçün sütun tələb edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="55"/>
        <source>{0} has no geometries; choose coordinate columns instead.</source>
        <translation>{0} həndəsə saxlamır; əvəzinə koordinat sütunlarını seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="58"/>
        <source>{0}: x/y coordinates need their coordinate reference system.</source>
        <translation>{0}: x/y koordinatları öz koordinat istinad sistemini tələb edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="70"/>
        <source>has no geometry</source>
        <translation>həndəsəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="81"/>
        <source>its polygon is not valid (self-intersecting?)</source>
        <translation>poliqonu etibarlı deyil (özü ilə kəsişir?)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="87"/>
        <source>has a {0} geometry; points are expected</source>
        <translation>{0} həndəsəsinə malikdir; nöqtələr gözlənilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="100"/>
        <source>has no MGRS reference</source>
        <translation>MGRS istinadı yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="83"/>
        <source>has no {0}</source>
        <translation>{0} yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="120"/>
        <source> and </source>
        <translation> və </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="124"/>
        <source>coordinate &apos;{0}&apos; is not a number</source>
        <translation>'{0}' koordinatı rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="130"/>
        <source>Unknown coordinate reference system &apos;{0}&apos;: {1}</source>
        <translation>Naməlum koordinat istinad sistemi '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="136"/>
        <source>x/y {0}, {1} lie outside the coordinate system&apos;s area</source>
        <translation>x/y {0}, {1} koordinat sisteminin sahəsindən kənardadır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="161"/>
        <source>latitude and longitude appear swapped ({0}, {1})</source>
        <translation>en və uzunluq dairəsi yerini dəyişmiş kimi görünür ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="164"/>
        <source>latitude {0} / longitude {1} is not a position on Earth</source>
        <translation>en dairəsi {0} / uzunluq dairəsi {1} Yer üzərində mövqe deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="171"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area</source>
        <translation>{0:.6f}, {1:.6f} (en, uzunluq) mövqeyi gözlənilən ərazidən kənardadır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="189"/>
        <source>lies in UTM zone {0}, not the expected zone {1}</source>
        <translation>gözlənilən {1} zonası əvəzinə {0} UTM zonasındadır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="217"/>
        <source>same position as {0} {1} ({2:.2f} m apart)</source>
        <translation>{0} {1} ilə eyni mövqe ({2:.2f} m aralı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="231"/>
        <source>same position as {0}, already stored ({1:.2f} m apart)</source>
        <translation>artıq saxlanılmış {0} ilə eyni mövqe ({1:.2f} m aralı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>feature</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>row</source>
        <translation>sətir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="26"/>
        <source>{0} has no column &apos;{1}&apos; (mapped to {2}).</source>
        <translation>{0} daxilində '{1}' sütunu yoxdur ({2} ilə uyğunlaşdırılıb).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="64"/>
        <source>unknown mine type &apos;{0}&apos;</source>
        <translation>naməlum mina növü '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="160"/>
        <source>{0} &apos;{1}&apos; is not a whole number of 0 or more</source>
        <translation>{0} '{1}' 0 və ya daha böyük tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="87"/>
        <source>{0} &apos;{1}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{0} '{1}' tarix deyil (İİİİ-AA-GG istifadə edin)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="91"/>
        <source>{0} {1} is in the future</source>
        <translation>{0} {1} gələcəkdədir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="110"/>
        <source>has no category and its model does not imply one</source>
        <translation>kateqoriyası yoxdur və modeli onu nəzərdə tutmur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="113"/>
        <source>unknown item category &apos;{0}&apos;</source>
        <translation>naməlum obyekt kateqoriyası '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="118"/>
        <source>quantity &apos;{0}&apos; is not a whole number</source>
        <translation>'{0}' miqdarı tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="121"/>
        <source>quantity {0} is under 1</source>
        <translation>{0} miqdarı 1-dən azdır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="129"/>
        <source>depth &apos;{0}&apos; is not a number</source>
        <translation>'{0}' dərinliyi rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="132"/>
        <source>depth {0} cm is outside 0-{1} cm</source>
        <translation>{0} sm dərinlik 0-{1} sm xaricindədir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="142"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation>naməlum {0} '{1}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="170"/>
        <source>civilian &apos;{0}&apos; is not yes/no</source>
        <translation>mülki şəxs '{0}' bəli/xeyr deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="175"/>
        <source>has no activity at the time</source>
        <translation>həmin anda fəaliyyət yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="177"/>
        <source>unknown activity &apos;{0}&apos;</source>
        <translation>naməlum fəaliyyət '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="182"/>
        <source>unknown device category &apos;{0}&apos;</source>
        <translation>naməlum qurğu kateqoriyası '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="161"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} oxunmur: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="171"/>
        <source>{0} has no layer {1}.</source>
        <translation>{0} daxilində {1} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="45"/>
        <source>the import report</source>
        <translation>idxal hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="55"/>
        <source>The import report cannot be written: {0}</source>
        <translation>İdxal hesabatı yazıla bilmir: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="61"/>
        <source>{0}, {1} {2}: {3}</source>
        <translation>{0}, {1} {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="64"/>
        <source>{0}: {1} more rows refused; see the report.</source>
        <translation>{0}: daha {1} sətir rədd edildi; hesabata baxın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="393"/>
        <source>Unknown import kind &apos;{0}&apos;.</source>
        <translation>Naməlum idxal növü '{0}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="88"/>
        <source>{0} holds no rows to import.</source>
        <translation>{0} idxal ediləcək sətir saxlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="93"/>
        <source>&apos;{0}&apos; is not a field of this import (fields: {1}).</source>
        <translation>'{0}' bu idxalın sahəsi deyil (sahələr: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="99"/>
        <source>{0} has no column &apos;{1}&apos; (columns: {2}).</source>
        <translation>{0} daxilində '{1}' sütunu yoxdur (sütunlar: {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="238"/>
        <source>{0}: none of its {1} rows can be imported; nothing was changed. The reasons are in {2}.</source>
        <translation>{0}: {1} sətirdən heç biri idxal edilə bilmir; heç nə dəyişmədi. Səbəblər {2} daxilindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="257"/>
        <source>Say where the mine map comes from (SOURCE) to create its record.</source>
        <translation>Formulyarını yaratmaq üçün mina xəritəsinin haradan gəldiyini (SOURCE) göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="261"/>
        <source>{0} cannot be negative ({1}).</source>
        <translation>{0} mənfi ola bilməz ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="264"/>
        <source>Minefield record {0} does not exist in {1}.</source>
        <translation>{0} minasahəsi formulyarı {1} daxilində yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="403"/>
        <source>Column mapping &apos;{0}&apos; is not target=column.</source>
        <translation>'{0}' sütun uyğunlaşdırması hədəf=sütun şəklində deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="164"/>
        <source>{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).</source>
        <translation>{0}: {1} idxal edildi ({2} xəbərdarlıqla), {3} rədd edildi (hesabat: {4}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="225"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="159"/>
        <source>{0} outside the store&apos;s districts</source>
        <translation>{0} anbarın rayonlarından kənarda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="160"/>
        <source>{0} outside the expected area</source>
        <translation>{0} gözlənilən ərazidən kənarda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="173"/>
        <source>{0} of the rejected rows lie outside the store&apos;s districts.</source>
        <translation>Rədd edilmiş sətirlərdən {0} anbarın rayonlarından kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="175"/>
        <source>{0} of the rejected rows lie outside the expected area.</source>
        <translation>Rədd edilmiş sətirlərdən {0} gözlənilən ərazidən kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="52"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store&apos;s districts</source>
        <translation>{0:.6f}, {1:.6f} (en, uzunluq) mövqeyi anbarın rayonlarından {2}-dən çox kənardadır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="59"/>
        <source>{0:g} km</source>
        <translation>{0:g} km</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="60"/>
        <source>{0:g} m</source>
        <translation>{0:g} m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="111"/>
        <source>The distance rows may lie outside the districts must be 0 m or more (got {0}).</source>
        <translation>Sətirlərin rayonlardan kənara çıxa biləcəyi məsafə 0 m və ya daha çox olmalıdır (verilən: {0}).</translation>
    </message>
</context>
<context>
    <name>ItemChecks</name>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="60"/>
        <source>Item {n} ({category})</source>
        <translation>Obyekt {n} ({category})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="62"/>
        <source>Item {n}</source>
        <translation>Obyekt {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="109"/>
        <source>{item} lies outside every clearance task and all released land.</source>
        <translation>{item} bütün təmizləmə tapşırıqlarından və bütün azad edilmiş ərazidən kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="119"/>
        <source>{item} names task {task}, which is not in the store.</source>
        <translation>{item} anbarda olmayan {task} tapşırığını göstərir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="126"/>
        <source>{item} was found on {date}, outside the planned dates of task {task} ({start} to {end}).</source>
        <translation>{item} {date} tarixində, {task} tapşırığının planlaşdırılan tarixlərindən ({start} - {end}) kənarda tapılıb.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="132"/>
        <source>{item} has a date in the future ({date}).</source>
        <translation>{item} tarixi gələcəkdədir ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="137"/>
        <source>{item} has a quantity under 1 ({quantity:g}).</source>
        <translation>{item} miqdarı 1-dən azdır ({quantity:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="141"/>
        <source>{item} has a depth of {depth:g} cm, outside {low} to {high} cm.</source>
        <translation>{item} dərinliyi {depth:g} sm, {low} - {high} sm xaricindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="150"/>
        <source>{item} lies {km} km from the nearest task of team {team} (more than {limit} km).</source>
        <translation>{item} {team} komandasının ən yaxın tapşırığından {km} km aralıdır ({limit} km-dən çox).</translation>
    </message>
</context>
<context>
    <name>ItemsDock</name>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="51"/>
        <source>(no category)</source>
        <translation>(kateqoriyasız)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="110"/>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>First day (empty: from the start)</source>
        <translation>İlk gün (boş: əvvəldən)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>start</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>Last day, included (empty: up to now)</source>
        <translation>Son gün, daxil olmaqla (boş: bu günə qədər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>today</source>
        <translation>bu gün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="121"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="123"/>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="131"/>
        <source>Items</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Item</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Found on</source>
        <translation>Aşkar edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Qty</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="145"/>
        <source>Double-click an item to zoom to it</source>
        <translation>Obyektə yaxınlaşmaq üçün iki dəfə klik edin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="150"/>
        <source>Zoom to item</source>
        <translation>Obyektə yaxınlaş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="154"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="210"/>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="213"/>
        <source>(outside the districts)</source>
        <translation>(rayonlardan kənarda)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="247"/>
        <source>Open a Demining store to see its items found.</source>
        <translation>Aşkar edilmiş obyektlərini görmək üçün Demining anbarını açın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="267"/>
        <source>Listing the items found</source>
        <translation>Aşkar edilmiş obyektlər sadalanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="285"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="315"/>
        <source>{total} items in {records} records match; the latest {shown} are listed.</source>
        <translation>{records} qeyddə {total} obyekt uyğundur; son {shown} sadalanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="60"/>
        <source>Items found in {}</source>
        <translation>{} anbarında tapılmış əşyalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="256"/>
        <source>Computing… reading the items found in {name}.</source>
        <translation>Hesablanır… {name} anbarında tapılmış əşyalar oxunur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="268"/>
        <source>The items found could not be listed: see the message bar.</source>
        <translation>Tapılmış əşyaları göstərmək mümkün olmadı: mesaj panelinə baxın.</translation>
    </message>
</context>
<context>
    <name>MarkClearedAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="57"/>
        <source>Mark areas released</source>
        <translation>Sahələri azad edilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="81"/>
        <source>Areas released</source>
        <translation>Azad edilmiş sahələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="83"/>
        <source>Release method</source>
        <translation>Azadetmə üsulu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="86"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="89"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="90"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="91"/>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>Azadetmə tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="93"/>
        <source>Clearance depth (cm)</source>
        <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="96"/>
        <source>Task ID</source>
        <translation>Tapşırıq ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="97"/>
        <source>Slivers and remainders smaller than this are ignored (m²)</source>
        <translation>Bundan kiçik qırıntılar və qalıqlar nəzərə alınmır (m²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="102"/>
        <source>Hectares added</source>
        <translation>Əlavə edilmiş hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="103"/>
        <source>Released polygons added</source>
        <translation>Əlavə edilmiş azadetmə poliqonları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="110"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT oxuna bilən poliqon layı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="128"/>
        <source>Feature {} has no geometry; skipped.</source>
        <translation>{} obyektinin həndəsəsi yoxdur; buraxıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="142"/>
        <source>Feature {}: {}</source>
        <translation>Obyekt {}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="59"/>
        <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>INPUT poliqonlarını layihə anbarında azad edilmiş ərazi kimi qeyd edir, xəritə aləti kimi: hər poliqon təhlükəli ərazilərlə kəsişdirilir, artıq azad edilmiş ərazi çıxarılır (hektar heç vaxt iki dəfə sayılmır), qalanı tapşırıqlar və rayon sərhədləri üzrə bölünür, 1 m²-dən kiçik qırıntılar atılır. Təhlükəli ərazilərin qalan sahəsi və statusu (açıq, üzərində işlənir, bağlı) və tapşırıqların statusu yenilənir. Hamısı bir tranzaksiyada saxlanılır: nə isə alınmasa, heç nə dəyişmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="43"/>
        <source>DATE must be a date written YYYY-MM-DD, not &apos;{text}&apos;.</source>
        <translation>DATE '{text}' deyil, İİİİ-AA-GG şəklində yazılmış tarix olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="68"/>
        <source>METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. SUBMIT (default false; always for an operator of a PostGIS store): the polygons wait for review instead (demining:review), and are released, against the land released by then, when approved. Outputs ADDED_HA (true ellipsoidal hectares), ADDED_COUNT (released polygons stored) and SUBMISSION.</source>
        <translation>METHOD: cleared, reduced və ya cancelled. TECHNIQUE: manual, mechanical və ya mdd. DATE: YYYY-MM-DD. TASK_ID (ixtiyari): işin aid olduğu tapşırıq; ondan kənardakı ərazi nəzərə alınmır. TOLERANCE (m², standart 1): bundan kiçik hissələr saxlanılmır, bundan az qalmış təhlükəli ərazi və ya tapşırıq bağlanır. SUBMIT (standart false; PostGIS anbarının operatoru üçün həmişə): bunun əvəzinə poliqonlar nəzərdən keçirməni gözləyir (demining:review) və təsdiq edildikdə, o vaxtadək azad edilmiş əraziyə qarşı azad edilir. Çıxışlar: ADDED_HA (həqiqi ellipsoidal hektar), ADDED_COUNT (saxlanılmış azad edilmiş poliqonlar) və SUBMISSION.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="100"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Saxlamaq əvəzinə nəzərdən keçirməyə təqdim et (məlumat meneceri təsdiqləyir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="104"/>
        <source>Submission waiting for review</source>
        <translation>Nəzərdən keçirməni gözləyən təqdimat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="133"/>
        <source>Nothing was stored yet: {0} polygons wait for review as submission {1}; they are clipped against the released land of the moment they are approved.</source>
        <translation>Hələ heç nə saxlanılmayıb: {0} poliqon {1} təqdimatı kimi nəzərdən keçirməni gözləyir; onlar təsdiq edildikləri andakı azad edilmiş ərazi ilə kəsilir.</translation>
    </message>
</context>
<context>
    <name>Mgrs</name>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="95"/>
        <source>MGRS precision must be a whole number from 0 to 5, not {0}.</source>
        <translation>MGRS dəqiqliyi 0-dan 5-ə qədər tam ədəd olmalıdır, {0} deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="98"/>
        <source>Cannot write MGRS for a position that is not a number.</source>
        <translation>Rəqəm olmayan mövqe üçün MGRS yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="100"/>
        <source>Position {0}, {1} is not a longitude/latitude.</source>
        <translation>{0}, {1} mövqeyi uzunluq/en dairəsi deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="102"/>
        <source>Latitude {0} is in a polar area (UPS), which MGRS here does not support.</source>
        <translation>{0} en dairəsi qütb ərazisindədir (UPS); MGRS burada onu dəstəkləmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="116"/>
        <source>Position {0}, {1} lies outside UTM zone {2}.</source>
        <translation>{0}, {1} mövqeyi {2} UTM zonasından kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="149"/>
        <source>MGRS reference must be text, not {0!r}.</source>
        <translation>MGRS istinadı mətn olmalıdır, {0!r} deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="153"/>
        <source>MGRS reference is empty.</source>
        <translation>MGRS istinadı boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="155"/>
        <source>MGRS reference &apos;{0}&apos; is in a polar area (UPS), which is not supported.</source>
        <translation>MGRS istinadı '{0}' qütb ərazisindədir (UPS); bu dəstəklənmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="160"/>
        <source>&apos;{0}&apos; is not an MGRS reference (expected zone number, band letter, two 100 km letters and an even number of digits, e.g. 38T LK 12345 67890).</source>
        <translation>'{0}' MGRS istinadı deyil (zona nömrəsi, qurşaq hərfi, iki 100 km hərfi və cüt sayda rəqəm gözlənilir, məs. 38T LK 12345 67890).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="167"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1} is not between 1 and 60.</source>
        <translation>MGRS istinadı '{0}': {1} zonası 1 ilə 60 arasında deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="170"/>
        <source>MGRS reference &apos;{0}&apos;: band {1} is a polar (UPS) area, which is not supported.</source>
        <translation>MGRS istinadı '{0}': {1} qurşağı qütb (UPS) ərazisidir; bu dəstəklənmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="175"/>
        <source>MGRS reference &apos;{0}&apos;: &apos;{1}&apos; is not a latitude band letter (C to X, without I and O).</source>
        <translation>MGRS istinadı '{0}': '{1}' en qurşağı hərfi deyil (C-dən X-ə qədər, I və O olmadan).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="182"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1}X does not exist (Svalbard&apos;s zones 31X to 37X are widened).</source>
        <translation>MGRS istinadı '{0}': {1}X zonası mövcud deyil (Şpitsbergenin 31X-37X zonaları genişləndirilib).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="189"/>
        <source>MGRS reference &apos;{0}&apos; has an odd number of digits ({1}); easting and northing need as many each.</source>
        <translation>MGRS istinadı '{0}' tək sayda rəqəm saxlayır ({1}); şərq və şimal koordinatlarının hər biri eyni sayda rəqəm tələb edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="194"/>
        <source>MGRS reference &apos;{0}&apos; has {1} digits; at most 10 (1 m precision) are allowed.</source>
        <translation>MGRS istinadı '{0}' {1} rəqəm saxlayır; ən çox 10 (1 m dəqiqlik) icazə verilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="202"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km column letter &apos;{1}&apos; is not used in zone {2} (expected one of {3}).</source>
        <translation>MGRS istinadı '{0}': 100 km sütun hərfi '{1}' {2} zonasında istifadə olunmur ({3} hərflərindən biri gözlənilir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="207"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km row letter &apos;{1}&apos; is not valid (A to V, without I and O).</source>
        <translation>MGRS istinadı '{0}': 100 km sətir hərfi '{1}' etibarlı deyil (A-dan V-yə qədər, I və O olmadan).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="237"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} does not lie in latitude band {3} of zone {4}.</source>
        <translation>MGRS istinadı '{0}': {1}{2} 100 km kvadratı {4} zonasının {3} en qurşağında yerləşmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="247"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} lies outside zone {3}{4}.</source>
        <translation>MGRS istinadı '{0}': {1}{2} 100 km kvadratı {3}{4} zonasından kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="253"/>
        <source>MGRS reference &apos;{0}&apos; does not denote a position.</source>
        <translation>MGRS istinadı '{0}' mövqe bildirmir.</translation>
    </message>
</context>
<context>
    <name>MineMapAccuracyAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="59"/>
        <source>Mine map accuracy</source>
        <translation>Mina xəritəsinin dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="61"/>
        <source>How accurate supplied minefield records are, judged against the items found, record by record, measured in metres in each record&apos;s local UTM zone.

MAPPED: the records&apos; mapped mines (points). FOUND: the items found (points). RECORDS (optional): the record polygons; mapped mines belong to a record by record_id when both layers have that field, otherwise by lying inside it. Without RECORDS the mapped mines are grouped by record_id. SEARCHED (optional): the land searched so far (the cleared land); only mapped mines in it are judged, since a mine in land nobody has searched can be neither confirmed nor refuted. TOLERANCE: metres (default 10). MAX_OFFSET: how far a record may be off and still be matched (default 100 m).

Recall: share of the judged mapped mines with a found item within the tolerance (each item counts for one mine at most, closest pairs first). Precision: share of the found items inside the record&apos;s area that were matched to one of its mines. Fit: a robust similarity transform from the record to the items: dx, dy (metres east and north, of the record&apos;s centre), rotation_deg (clockwise, about the centre) and scale; found even when the record is off by more than the tolerance. RMSE before and after: root mean square distance of the fitted pairs. Fewer than 3 pairs give a shift only; none, no fit (the note column says why).

OUTPUT: a table, one row per record. CORRECTED (optional): the mapped mines with the fit applied. RECALL, PRECISION: pooled over all records; DX, DY, ROTATION_DEG, SCALE: mean over the fitted records, weighted by their pairs; RMSE_BEFORE, RMSE_AFTER: pooled over all pairs.</source>
        <translation>Alınmış minasahəsi formulyarlarının nə qədər dəqiq olduğu; aşkar edilmiş obyektlərlə müqayisədə, formulyar-formulyar, hər formulyarın yerli UTM zonasında metrlə ölçülərək qiymətləndirilir.

MAPPED: formulyarlardakı minalar (nöqtələr). FOUND: aşkar edilmiş obyektlər (nöqtələr). RECORDS (istəyə bağlı): formulyar poliqonları; hər iki layda record_id sahəsi varsa minalar formulyara record_id ilə, əks halda onun daxilində yerləşməklə aid olur. RECORDS olmadan minalar record_id üzrə qruplaşdırılır. SEARCHED (istəyə bağlı): indiyədək axtarılmış ərazi (təmizlənmiş ərazi); yalnız oradakı minalar qiymətləndirilir, çünki heç kimin axtarmadığı ərazidəki mina nə təsdiqlənə, nə də təkzib edilə bilər. TOLERANCE: metr (standart 10). MAX_OFFSET: formulyarın nə qədər sürüşüb yenə də uyğunlaşdırıla biləcəyi (standart 100 m).

Tamlıq (recall): dözümlülük daxilində aşkar edilmiş obyekti olan qiymətləndirilmiş formulyar minalarının payı (hər obyekt ən çox bir mina üçün sayılır, əvvəlcə ən yaxın cütlər). Dəqiqlik (precision): formulyarın sahəsi daxilindəki aşkar edilmiş obyektlərdən onun minalarından biri ilə uyğunlaşanların payı. Uyğunlaşdırma: formulyardan obyektlərə davamlı oxşarlıq çevrilməsi: dx, dy (formulyarın mərkəzinin şərqə və şimala metrlə sürüşməsi), rotation_deg (mərkəz ətrafında saat əqrəbi istiqamətində) və scale; formulyar dözümlülükdən çox sürüşdükdə belə tapılır. Əvvəl və sonra RMSE: uyğunlaşdırılmış cütlərin orta kvadratik məsafəsi. 3-dən az cüt yalnız sürüşmə verir; cüt yoxdursa, uyğunlaşdırma yoxdur (note sütunu səbəbini deyir).

OUTPUT: cədvəl, formulyara bir sətir. CORRECTED (istəyə bağlı): uyğunlaşdırma tətbiq edilmiş formulyar minaları. RECALL, PRECISION: bütün formulyarlar üzrə birlikdə; DX, DY, ROTATION_DEG, SCALE: uyğunlaşdırılmış formulyarlar üzrə onların cütləri ilə çəkilmiş orta; RMSE_BEFORE, RMSE_AFTER: bütün cütlər üzrə birlikdə.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="84"/>
        <source>Mapped mines (points)</source>
        <translation>Xəritədəki minalar (nöqtələr)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="86"/>
        <source>Items found (points)</source>
        <translation>Aşkar edilmiş obyektlər (nöqtələr)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="88"/>
        <source>Minefield records (polygons)</source>
        <translation>Minasahəsi formulyarları (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="90"/>
        <source>Land searched so far (polygons)</source>
        <translation>İndiyədək axtarılmış ərazi (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="93"/>
        <source>Tolerance (m)</source>
        <translation>Dözümlülük (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="96"/>
        <source>Largest offset looked for (m)</source>
        <translation>Axtarılan ən böyük sürüşmə (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="99"/>
        <source>Record accuracy</source>
        <translation>Formulyarın dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="101"/>
        <source>Corrected mapped mines</source>
        <translation>Düzəldilmiş xəritə minaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Recall</source>
        <translation>Tamlıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Precision</source>
        <translation>Dəqiqlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Shift east (m)</source>
        <translation>Şərqə sürüşmə (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Shift north (m)</source>
        <translation>Şimala sürüşmə (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Rotation (degrees, clockwise)</source>
        <translation>Dönmə (dərəcə, saat əqrəbi istiqamətində)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>Scale</source>
        <translation>Miqyas</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>RMSE before the fit (m)</source>
        <translation>Uyğunlaşdırmadan əvvəl RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="107"/>
        <source>RMSE after the fit (m)</source>
        <translation>Uyğunlaşdırmadan sonra RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="157"/>
        <source>{n} records have no found item anywhere near them (no fit).</source>
        <translation>{n} formulyarın yaxınlığında heç bir aşkar edilmiş obyekt yoxdur (uyğunlaşdırma yoxdur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="174"/>
        <source>{n} records; {matched:,} of {judged:,} judged mapped mines matched within {tol:g} m (recall {recall}); precision {precision}.</source>
        <translation>{n} formulyar; qiymətləndirilmiş {judged:,} xəritə minasından {matched:,} {tol:g} m daxilində uyğunlaşdı (tamlıq {recall}); dəqiqlik {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="179"/>
        <source>Fit on {pairs:,} pairs: shift {dx:+.2f} m east, {dy:+.2f} m north, rotation {rot:+.3f} degrees, scale {scale:.4f}; RMSE {before:.2f} m before, {after:.2f} m after.</source>
        <translation>{pairs:,} cüt üzrə uyğunlaşdırma: sürüşmə şərqə {dx:+.2f} m, şimala {dy:+.2f} m, dönmə {rot:+.3f} dərəcə, miqyas {scale:.4f}; RMSE əvvəl {before:.2f} m, sonra {after:.2f} m.</translation>
    </message>
</context>
<context>
    <name>MineMapsDock</name>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="104"/>
        <source>Mine map accuracy of {}</source>
        <translation>{} mina xəritələrinin dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Record</source>
        <translation>Formulyar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Recall</source>
        <translation>Tamlıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Precision</source>
        <translation>Dəqiqlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Offset (m): total (east, north)</source>
        <translation>Sürüşmə (m): cəmi (şərq, şimal)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Rotation (°)</source>
        <translation>Dönmə (°)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE before (m)</source>
        <translation>Əvvəl RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE after (m)</source>
        <translation>Sonra RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Judged</source>
        <translation>Qiymətləndirilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Mapped</source>
        <translation>Xəritədə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AP</source>
        <translation>Bəyan edilmiş AP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AT</source>
        <translation>Bəyan edilmiş AT</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed</source>
        <translation>Bəyan edilmiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Received</source>
        <translation>Alınıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="156"/>
        <source>Mine maps</source>
        <translation>Mina xəritələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="166"/>
        <source>Tolerance</source>
        <translation>Dözümlülük</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="172"/>
        <source>A mapped mine counts as confirmed when an item was found this close</source>
        <translation>Bu məsafədə obyekt tapıldıqda xəritədəki mina təsdiqlənmiş sayılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="175"/>
        <source>Compute</source>
        <translation>Hesabla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="176"/>
        <source>Judge every record against the items found (in the background)</source>
        <translation>Hər formulyarı aşkar edilmiş obyektlərlə qiymətləndir (arxa planda)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="180"/>
        <source>Draw offsets</source>
        <translation>Sürüşmələri çək</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="181"/>
        <source>Draw each record&apos;s offset as an arrow from its centre, and the matched pairs (mapped mine to item found) at true length</source>
        <translation>Hər formulyarın sürüşməsini mərkəzindən ox kimi və uyğunlaşan cütləri (xəritədəki mina → aşkar edilmiş obyekt) həqiqi uzunluqda çək</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="186"/>
        <source>Add corrected layer</source>
        <translation>Düzəldilmiş lay əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="187"/>
        <source>Add the mapped mines of every fitted record, moved by its fit, as a layer of the project</source>
        <translation>Uyğunlaşdırılmış hər formulyarın minalarını uyğunlaşdırmaya görə köçürülmüş şəkildə layihəyə lay kimi əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="248"/>
        <source>No store is open. Open a store (Demining ▸ Open Store…) to judge its supplied mine maps.</source>
        <translation>Açıq anbar yoxdur. Alınmış mina xəritələrini qiymətləndirmək üçün anbarı açın (Minatəmizləmə ▸ Anbarı aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>This store has no mapped mines yet: import a supplied mine map first.</source>
        <translation>Bu anbarda hələ xəritədəki mina yoxdur: əvvəlcə alınmış mina xəritəsini idxal edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>No item found yet: nothing to judge the {n} record(s) against.</source>
        <translation>Hələ heç bir obyekt aşkar edilməyib: {n} formulyarı müqayisə etmək üçün heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="295"/>
        <source>Judging the mine maps of {}</source>
        <translation>{} mina xəritələri qiymətləndirilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="297"/>
        <source>The mine maps could not be judged: see the message bar.</source>
        <translation>Mina xəritələri qiymətləndirilə bilmədi: məlumat panelinə baxın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="360"/>
        <source>Fit: {kind} on {pairs} pairs</source>
        <translation>Uyğunlaşdırma: {pairs} cüt üzrə {kind}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="372"/>
        <source>{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), precision {precision}.</source>
        <translation>{n} formulyar, {mapped} xəritə minası; {judged_records} formulyarın indiyədək təmizlənmiş ərazidə minası var: {judged} minadan {matched} {tol} m daxilində təsdiqləndi (tamlıq {recall}), dəqiqlik {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="381"/>
        <source>Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m after.</source>
        <translation>{pairs} cüt üzrə uyğunlaşdırma: orta sürüşmə {offset} m, RMSE əvvəl {before} m, sonra {after} m.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="417"/>
        <source>Record offsets (arrows ×{n})</source>
        <translation>Formulyar sürüşmələri (oxlar ×{n})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="451"/>
        <source>Matched pairs (mapped mine → item found)</source>
        <translation>Uyğunlaşan cütlər (xəritədəki mina → aşkar edilmiş obyekt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="498"/>
        <source>{n} record offsets drawn (arrows {x} times their length) and {p} matched pairs at true length.</source>
        <translation>{n} formulyar sürüşməsi çəkildi (oxlar uzunluqlarının {x} qatı) və {p} uyğunlaşan cüt həqiqi uzunluqda.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="506"/>
        <source>Corrected mapped mines</source>
        <translation>Düzəldilmiş xəritə minaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="532"/>
        <source>{n} mapped mines of the fitted records added at their corrected positions (layer “{name}”).</source>
        <translation>Uyğunlaşdırılmış formulyarların {n} xəritə minası düzəldilmiş mövqelərində əlavə edildi (“{name}” layı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="277"/>
        <source>Computing… the records of {name} are judged against the items found.</source>
        <translation>Hesablanır… {name} qeydləri tapılmış əşyalarla müqayisə edilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="318"/>
        <source>Judging the mine maps was cancelled.</source>
        <translation>Mina xəritələrinin qiymətləndirilməsi ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="53"/>
        <source>Demining</source>
        <translation>Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="78"/>
        <source>{doing} failed: {error}</source>
        <translation>{doing} alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="83"/>
        <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
        <translation>{doing} gözlənilməz xəta səbəbindən alınmadı ({error}). Təfərrüatlar Mesaj jurnalı panelinin Demining vərəqindədir.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="56"/>
        <source>{first} and {last}</source>
        <translation>{first} və {last}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mine</source>
        <translation>{n} piyada əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mines</source>
        <translation>{n} piyada əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mine</source>
        <translation>{n} tank əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mines</source>
        <translation>{n} tank əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} item of unexploded ordnance (UXO)</source>
        <translation>{n} partlamamış hərbi sursat (PHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} items of unexploded ordnance (UXO)</source>
        <translation>{n} partlamamış hərbi sursat (PHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} item of abandoned explosive ordnance (AXO)</source>
        <translation>{n} tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} items of abandoned explosive ordnance (AXO)</source>
        <translation>{n} tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive device (IED)</source>
        <translation>{n} əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive devices (IEDs)</source>
        <translation>{n} əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunition</source>
        <translation>{n} kasetli döyüş elementi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunitions</source>
        <translation>{n} kasetli döyüş elementi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other item</source>
        <translation>{n} digər obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other items</source>
        <translation>{n} digər obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="185"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="190"/>
        <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
        <translation>Hektarlar həqiqi (ellipsoidal) sahələrdir; bir dəfədən çox azad edilmiş ərazi ilk azadetməsi üzrə bir dəfə sayılır. Rayonlar ərazinin, obyektlərin, yolların və hadisələrin yerləşdiyi yerlərdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="214"/>
        <source>Outside the districts</source>
        <translation>Rayonlardan kənar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="235"/>
        <source>between {start} and {end}</source>
        <translation>{start} ilə {end} arasında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="238"/>
        <source>on {day}</source>
        <translation>{day} tarixində</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="245"/>
        <source>outside the mapped districts</source>
        <translation>xəritəyə salınmış rayonlardan kənarda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="256"/>
        <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} ərazisində 1 partlayıcı obyekt aşkar edilib: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="258"/>
        <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} ərazisində {n} partlayıcı obyekt aşkar edilib: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="265"/>
        <source>{Period}, no explosive items were found.</source>
        <translation>{Period} partlayıcı obyekt aşkar edilməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="273"/>
        <source>{ha} ha cleared</source>
        <translation>{ha} ha təmizlənib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="275"/>
        <source>{ha} ha reduced by technical survey</source>
        <translation>{ha} ha texniki tədqiqatla azaldılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="278"/>
        <source>{ha} ha cancelled by non-technical survey</source>
        <translation>{ha} ha qeyri-texniki tədqiqatla ləğv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="280"/>
        <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
        <translation>{ha} hektar ərazi azad edilib, hər kvadrat metr bir dəfə sayılmaqla: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="284"/>
        <source>Land was cleared in {districts}.</source>
        <translation>Ərazi bu rayonlarda təmizlənib: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="287"/>
        <source>No land was released.</source>
        <translation>Ərazi azad edilməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="291"/>
        <source>{km} km of routes were cleared, in {districts}.</source>
        <translation>{districts} ərazisində {km} km yol təmizlənib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="294"/>
        <source>No routes were cleared.</source>
        <translation>Yol təmizlənməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="298"/>
        <source>1 mine accident was recorded</source>
        <translation>1 mina hadisəsi qeydə alınıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="299"/>
        <source>{n} mine accidents were recorded</source>
        <translation>{n} mina hadisəsi qeydə alınıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="300"/>
        <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
        <translation>{accidents}: {killed} nəfər həlak olub, {injured} nəfər yaralanıb; rayonlar: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="308"/>
        <source>No mine accidents were recorded.</source>
        <translation>Mina hadisəsi qeydə alınmayıb.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="311"/>
        <source>Mine action report, {day}</source>
        <translation>Mina fəaliyyəti hesabatı, {day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="313"/>
        <source>Mine action report, {start} to {end}</source>
        <translation>Mina fəaliyyəti hesabatı, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="356"/>
        <source>{n} were destroyed in situ</source>
        <translation>{n} ədədi yerində məhv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="357"/>
        <source>{n} were removed for demolition</source>
        <translation>{n} ədədi məhv edilmək üçün aparılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="358"/>
        <source>{n} were rendered safe</source>
        <translation>{n} ədədi zərərsizləşdirilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="368"/>
        <source>{n} have no disposal recorded</source>
        <translation>{n} ədədinin məhvetmə qeydi yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="369"/>
        <source>Of these, {parts}.</source>
        <translation>Bunlardan {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="171"/>
        <source>Accidents by activity at the time</source>
        <translation>Həmin andakı fəaliyyətə görə hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Activity</source>
        <translation>Fəaliyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Accidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Civilians killed</source>
        <translation>Həlak olan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="181"/>
        <source>Civilians injured</source>
        <translation>Yaralanan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="331"/>
        <source>{activity} {share}</source>
        <translation>{activity} {share}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="333"/>
        <source>By activity at the time: {parts}.</source>
        <translation>Həmin andakı fəaliyyətə görə: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="334"/>
        <source>Civilians: {killed} killed and {injured} injured.</source>
        <translation>Mülki şəxslər: {killed} həlak olub və {injured} yaralanıb.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="166"/>
        <source>A report is written as .md, .html or .txt, not &apos;{suffix}&apos;.</source>
        <translation>Hesabat .md, .html və ya .txt kimi yazılır, '{suffix}' kimi yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="229"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dövr hesabatı dövrün hər iki tarixini tələb edir (DATE_FROM və DATE_TO).</translation>
    </message>
</context>
<context>
    <name>PeriodReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="124"/>
        <source>Period report</source>
        <translation>Dövr hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="144"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlanğıc tarixi (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="145"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Son tarix (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Mətn (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="150"/>
        <source>Report text</source>
        <translation>Hesabatın mətni</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="189"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="125"/>
        <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period&apos;s dates. Every figure is computed from the store.</source>
        <translation>Agentliyin dövr üzrə dərc etdiyi xülasəni tam cümlələr və rayonlar üzrə cədvəl şəklində yazır: kateqoriyalar üzrə aşkar edilmiş obyektlər və onların tapıldığı rayonlar, üsullar üzrə azad edilmiş hektarlar (hər kvadrat metr bir dəfə, həqiqi ellipsoidal sahələr), təmizlənmiş yolların kilometrləri və mina hadisələri, dövrün tarixləri ilə. Bütün göstəricilər anbardan hesablanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="165"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dövr hesabatı dövrün hər iki tarixini tələb edir (DATE_FROM və DATE_TO).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="170"/>
        <source>A report is written as .md, .html or .txt: {output}</source>
        <translation>Hesabat .md, .html və ya .txt kimi yazılır: {output}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="132"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. AS_OF (optional): a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS] (local time unless a zone such as +04:00 or Z is given): the figures as the store held them then, rebuilt from its history. SINCE (optional, without AS_OF): appends how the figures moved since that moment (the sum of demining:changessince). OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
        <translation>DATE_FROM, DATE_TO: YYYY-MM-DD, hər ikisi daxil. AS_OF (ixtiyari): tarix və vaxt, YYYY-MM-DD (həmin günün sonu) və ya YYYY-MM-DDTHH:MM[:SS] (+04:00 və ya Z kimi zona verilməyibsə, yerli vaxt): anbarın o vaxt saxladığı rəqəmlər, tarixçəsindən bərpa edilmiş. SINCE (ixtiyari, AS_OF olmadan): rəqəmlərin həmin andan bəri necə dəyişdiyini əlavə edir (demining:changessince cəmi). OUTPUT: hesabat faylı; onun genişlənməsi formatı seçir: .md (Markdown), .html və ya .txt. TEXT: sadə mətn kimi hesabat.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="146"/>
        <source>As the store held it at (date and time)</source>
        <translation>Anbarın bu anda saxladığı kimi (tarix və vaxt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="147"/>
        <source>Reconcile with the figures at (date and time)</source>
        <translation>Bu andakı rəqəmlərlə uzlaşdır (tarix və vaxt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="175"/>
        <source>SINCE reconciles today&apos;s figures with an earlier moment; leave AS_OF empty when SINCE is given.</source>
        <translation>SINCE bugünkü rəqəmləri əvvəlki anla uzlaşdırır; SINCE verildikdə AS_OF-u boş buraxın.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="109"/>
        <source>The store has no released land to measure productivity from.</source>
        <translation>Anbarda məhsuldarlığı ölçmək üçün azad edilmiş ərazi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="133"/>
        <source>At this capacity the work would outlast the calendar ({years:,.0f} years): give more teams (CAPACITY).</source>
        <translation>Bu gücdə iş təqvimdən uzun çəkərdi ({years:,.0f} il): daha çox komanda verin (CAPACITY).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="140"/>
        <source>No teams to do the work: give CAPACITY as kind=teams pairs (kinds: {kinds}).</source>
        <translation>İşi görəcək komanda yoxdur: CAPACITY-ni növ=komandalar cütləri kimi verin (növlər: {kinds}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="144"/>
        <source>WORK_DAYS_PER_YEAR must be between 1 and 366, not {days}.</source>
        <translation>WORK_DAYS_PER_YEAR 1 ilə 366 arasında olmalıdır, {days} yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="148"/>
        <source>No hazard left in the district(s) {unknown} to work first (districts with land left: {known}).</source>
        <translation>Əvvəlcə işlənəcək {unknown} rayon(lar)ında təhlükəli ərazi qalmayıb (ərazisi qalan rayonlar: {known}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="156"/>
        <source>The forecast needs productivity grouped by method.</source>
        <translation>Proqnoz üçün üsullar üzrə qruplaşdırılmış məhsuldarlıq lazımdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="220"/>
        <source>{ha} ha left take {days} team-days: with {teams} teams working {wd} days a year from {start}, {years} years, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>Qalan {ha} ha {days} komanda-günü tələb edir: {start} tarixindən ildə {wd} gün işləyən {teams} komanda ilə {years} il, {finish} tarixində bitir (10-90%: {early} – {late}), xərc {cost}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="84"/>
        <source>WEIGHTS: at least one weight must be above zero.</source>
        <translation>WEIGHTS: ən azı bir çəki sıfırdan böyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="93"/>
        <source>points</source>
        <translation>nöqtələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="94"/>
        <source>lines</source>
        <translation>xətlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="95"/>
        <source>polygons</source>
        <translation>poliqonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="96"/>
        <source>no geometry</source>
        <translation>həndəsə yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="97"/>
        <source>{what}: layer &apos;{name}&apos; holds {found}; it must hold {wanted}.</source>
        <translation>{what}: '{name}' layında {found} var; orada {wanted} olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="98"/>
        <source> or </source>
        <translation> və ya </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="102"/>
        <source>{what}: layer &apos;{name}&apos; has no coordinate reference system; set its CRS first.</source>
        <translation>{what}: '{name}' layının koordinat istinad sistemi yoxdur; əvvəlcə onun CRS-ni təyin edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="167"/>
        <source>Settlements</source>
        <translation>Yaşayış məntəqələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="169"/>
        <source>Roads</source>
        <translation>Yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="170"/>
        <source>Land use</source>
        <translation>Torpaqdan istifadə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="172"/>
        <source>Settlements: layer &apos;{name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Yaşayış məntəqələri: '{name}' layında '{field}' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="179"/>
        <source>The store has no open hazard to rank.</source>
        <translation>Anbarda sıralanacaq açıq təhlükəli ərazi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="221"/>
        <source>Cannot group productivity by &apos;{group_by}&apos;; choose one of {choices}.</source>
        <translation>Məhsuldarlığı '{group_by}' üzrə qruplaşdırmaq olmur; bunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="277"/>
        <source>{name}: &apos;{part}&apos; is not a name=number pair with a name among {choices} and a number of zero or more.</source>
        <translation>{name}: '{part}' ad=ədəd cütü deyil (ad bunlardan biri olmalıdır: {choices}, ədəd isə sıfır və ya daha çox).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="234"/>
        <source>{district}: {ha} ha left ({sha} ha SHA, {cha} ha CHA) take {days} team-days, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>{district}: qalan {ha} ha ({sha} ha SHA, {cha} ha CHA) {days} komanda-günü tələb edir, {finish} tarixində bitir (10-90%: {early} – {late}), xərc {cost}.</translation>
    </message>
</context>
<context>
    <name>PlanningAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="66"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
</context>
<context>
    <name>PostgisController</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>Open PostGIS store</source>
        <translation>PostGIS anbarını aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):</source>
        <translation>PostGIS anbarı (saxlanılmış qoşulma, pg:service=… və ya postgresql://…?schema=…):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="99"/>
        <source>Select one feature of a Demining store layer first.</source>
        <translation>Əvvəlcə Demining anbarı layının bir obyektini seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="103"/>
        <source>Select exactly one feature of {} to see its history ({} are selected).</source>
        <translation>Tarixçəsini görmək üçün {} layının düz bir obyektini seçin ({} seçilib).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="110"/>
        <source>Reading the history of {}</source>
        <translation>{} tarixçəsi oxunur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>{layer} {identifier}: {count} recorded changes in {store}</source>
        <translation>{layer} {identifier}: {store} daxilində {count} qeydə alınmış dəyişiklik</translation>
    </message>
</context>
<context>
    <name>PostgisRoles</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="65"/>
        <source>ROLE is operator or manager, not &apos;{role}&apos;.</source>
        <translation>ROLE operator və ya manager olmalıdır, '{role}' yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="67"/>
        <source>USER: name the PostgreSQL login role to grant.</source>
        <translation>USER: rol veriləcək PostgreSQL giriş rolunu göstərin.</translation>
    </message>
</context>
<context>
    <name>PostgisStore</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="60"/>
        <source>PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>PostGIS anbarları psycopg2 Python modulunu tələb edir (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="73"/>
        <source>Cannot read the PostGIS location at &apos;{text}&apos;: write keyword=value pairs such as host=db.example.org dbname=mine_action schema=demining.</source>
        <translation>'{text}' yerindəki PostGIS yeri oxunmur: host=db.example.org dbname=mine_action schema=demining kimi açar=dəyər cütləri yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="113"/>
        <source>&apos;{text}&apos; is not a PostGIS store location (pg:... or postgresql://...).</source>
        <translation>'{text}' PostGIS anbar yeri deyil (pg:... və ya postgresql://...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="116"/>
        <source>Schema name &apos;{schema}&apos; is not usable: use letters, digits and _ only, starting with a letter.</source>
        <translation>'{schema}' sxem adı yararsızdır: yalnız hərf, rəqəm və _ istifadə edin, hərflə başlayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="122"/>
        <source>The PostGIS location &apos;{text}&apos; names no database, service or connection.</source>
        <translation>'{text}' PostGIS yeri nə verilənlər bazasını, nə xidməti, nə də qoşulmanı göstərir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="138"/>
        <source>There is no PostgreSQL connection named &apos;{name}&apos; in QGIS (Data Source Manager &gt; PostgreSQL lists the saved connections).</source>
        <translation>QGIS-də '{name}' adlı PostgreSQL qoşulması yoxdur (Verilənlər mənbəyi meneceri &gt; PostgreSQL saxlanılmış qoşulmaları sadalayır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="217"/>
        <source>{store_name} does not exist (the database has no schema {store_schema} with tables).</source>
        <translation>{store_name} mövcud deyil (verilənlər bazasında cədvəlləri olan {store_schema} sxemi yoxdur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="221"/>
        <source>Schema {store_schema} is not a Demining project store (it has no {table} table).</source>
        <translation>{store_schema} sxemi Demining layihə anbarı deyil (onda {table} cədvəli yoxdur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="229"/>
        <source>{store_name} is missing the store layers: {missing}.</source>
        <translation>{store_name} daxilində anbar layları çatışmır: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="240"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Naməlum koordinat istinad sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="247"/>
        <source>The database of {store_name} has no PostGIS extension; a database administrator can add it with CREATE EXTENSION postgis.</source>
        <translation>{store_name} verilənlər bazasında PostGIS genişlənməsi yoxdur; verilənlər bazası administratoru onu CREATE EXTENSION postgis ilə əlavə edə bilər.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="253"/>
        <source>PostGIS does not know the coordinate reference system EPSG:{srid}.</source>
        <translation>PostGIS EPSG:{srid} koordinat istinad sistemini tanımır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="259"/>
        <source>Schema {store_schema} already exists in that database; choose another schema name or allow overwriting.</source>
        <translation>{store_schema} sxemi həmin verilənlər bazasında artıq mövcuddur; başqa sxem adı seçin və ya üzərinə yazmağa icazə verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="397"/>
        <source>Nothing was changed in {name}: another operator was changing the same hazard at the same moment. Try again.</source>
        <translation>{name} daxilində heç nə dəyişmədi: başqa operator eyni anda eyni təhlükəli ərazini dəyişirdi. Yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="600"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} daxilində heç nə dəyişmədi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="520"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="541"/>
        <source>Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released land {new_id} is already released as {old_id} (another operator marked it at the same moment). Try again.</source>
        <translation>{name} daxilində heç nə dəyişmədi: yeni azad edilmiş ərazi {new_id} sahəsinin {overlap_m2:.1f} m² hissəsi artıq {old_id} kimi azad edilib (başqa operator onu eyni anda qeyd edib). Yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="184"/>
        <source>There is no field {name} in {definition_name}.</source>
        <translation>{definition_name} daxilində {name} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="204"/>
        <source>A PostGIS store needs an EPSG coordinate reference system, not {authid}.</source>
        <translation>PostGIS anbarı EPSG koordinat istinad sistemi tələb edir, {authid} yox.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="167"/>
        <source>Reading {name} failed: {error}</source>
        <translation>{name} oxunması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="279"/>
        <source>Creating {store_name} failed: {error}</source>
        <translation>{store_name} yaradılması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="357"/>
        <source>Removing {name} failed: {error}</source>
        <translation>{name} silinməsi alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="647"/>
        <source>Saving styles in {name} failed: {error}</source>
        <translation>{name} daxilində üslubların saxlanılması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="341"/>
        <source>{name}: removed {count} styles that an earlier store of schema {schema} left in layer_styles; the new store&apos;s styles replace them.</source>
        <translation>{name}: {schema} sxeminin əvvəlki anbarının layer_styles-da qoyduğu {count} üslub silindi; onları yeni anbarın üslubları əvəz edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="300"/>
        <source>{name}: the operator and manager roles were not created ({error}); a user allowed to create roles can run demining:grant later.</source>
        <translation>{name}: operator və menecer rolları yaradılmadı ({error}); rol yaratmağa icazəsi olan istifadəçi sonra demining:grant işə sala bilər.</translation>
    </message>
</context>
<context>
    <name>PrioritiesAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="268"/>
        <source>Hazard priorities</source>
        <translation>Təhlükə prioritetləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="237"/>
        <source>Every hazard not closed, scored by what it blocks and threatens, each component a column between 0 and 1 beside the measure it comes from: settlement (1 / (1 + distance to the nearest settlement in km)), population (people, or settlements without a population field, within 5 km, over the most), roads (metres of road within 500 m, over the most), farmland (share of the hazard in land-use polygons), accidents and items (found within 2 km in the last 365 days, over the most), classification (CHA 1, SHA 0.5) and size (hectares left, over the largest). The score is 100 times the weighted mean of the components; rank 1 comes first. The weights are written in every row.</source>
        <translation>Bağlanmamış hər təhlükəli ərazi, bağladığı və təhdid etdiyi şeylərə görə qiymətləndirilir; hər komponent, mənbəyi olan ölçünün yanında 0 ilə 1 arasında bir sütundur: yaşayış məntəqəsi (1 / (1 + ən yaxın yaşayış məntəqəsinə qədər km ilə məsafə)), əhali (5 km daxilində insanlar və ya əhali sahəsi yoxdursa yaşayış məntəqələri, ən böyüyünə nisbətən), yollar (500 m daxilində yol metrləri, ən böyüyünə nisbətən), əkin sahələri (təhlükəli ərazinin torpaqdan istifadə poliqonlarındakı payı), hadisələr və obyektlər (son 365 gündə 2 km daxilində aşkar edilmiş, ən böyüyünə nisbətən), təsnifat (CHA 1, SHA 0.5) və ölçü (qalan hektar, ən böyüyünə nisbətən). Bal komponentlərin çəkili ortasının 100 mislidir; 1-ci yer birinci gəlir. Çəkilər hər sətirdə yazılır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="246"/>
        <source>SETTLEMENTS: points or polygons (optional), POPULATION_FIELD its population (optional). ROADS: lines (optional). LAND_USE: farmland polygons (optional). WEIGHTS: name=weight pairs changing the defaults settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; a weight of 0 leaves its component out. OUTPUT: the hazards&apos; polygons with the components, score and rank, coloured by rank.</source>
        <translation>SETTLEMENTS: nöqtələr və ya poliqonlar (ixtiyari), POPULATION_FIELD onların əhalisi (ixtiyari). ROADS: xətlər (ixtiyari). LAND_USE: əkin sahəsi poliqonları (ixtiyari). WEIGHTS: standart dəyərləri dəyişən ad=çəki cütləri: settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; 0 çəkisi komponenti kənarda qoyur. OUTPUT: komponentlər, bal və yerlə birlikdə, yerə görə rənglənmiş təhlükəli ərazi poliqonları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="256"/>
        <source>Settlements (points or polygons)</source>
        <translation>Yaşayış məntəqələri (nöqtələr və ya poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="259"/>
        <source>Population field</source>
        <translation>Əhali sahəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="262"/>
        <source>Roads (lines)</source>
        <translation>Yollar (xətlər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="264"/>
        <source>Farmland (polygons)</source>
        <translation>Əkin sahələri (poliqonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="266"/>
        <source>Weights (settlement=3,roads=2,...; empty: the defaults)</source>
        <translation>Çəkilər (settlement=3,roads=2,...; boş: standart dəyərlər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="309"/>
        <source>Weights: {weights}.</source>
        <translation>Çəkilər: {weights}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="311"/>
        <source>{rank}. {hazard} ({district}): score {score}</source>
        <translation>{rank}. {hazard} ({district}): bal {score}</translation>
    </message>
</context>
<context>
    <name>ProductivityAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="95"/>
        <source>Productivity</source>
        <translation>Məhsuldarlıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="73"/>
        <source>Square metres released per team-day, measured from the store: released land counted once (true ellipsoidal areas), team-days from the work days teams logged on their tasks (the task&apos;s land spread evenly over them) and, where a task has none, the distinct (team, release date) pairs of the released land. Gives the mean and the 10th, 50th and 90th percentiles over team-days, and the shares of suspected (SHA) and confirmed (CHA) land that left the hazards cancelled, reduced and cleared.</source>
        <translation>Komanda-gününə düşən azad edilmiş kvadrat metr, anbardan ölçülür: azad edilmiş ərazi bir dəfə sayılır (həqiqi ellipsoidal sahələr), komanda-günləri komandaların tapşırıqlarında qeyd etdiyi iş günlərindən (tapşırığın ərazisi onlara bərabər bölünür), tapşırıqda belə günlər yoxdursa, azad edilmiş ərazinin fərqli (komanda, azadetmə tarixi) cütlərindən götürülür. Komanda-günləri üzrə orta qiyməti və 10-cu, 50-ci və 90-cı persentilləri, həmçinin təhlükəli ərazilərdən ləğv edilmiş, azaldılmış və təmizlənmiş kimi çıxan şübhəli (SHA) və təsdiqlənmiş (CHA) ərazinin paylarını verir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="81"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive (optional). GROUP_BY: nothing (all), technique, method, district, organisation or team. OUTPUT: a table with group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 and the shares sha_cancelled ... cha_cleared; the last row, group &apos;All&apos;, counts every team-day once.</source>
        <translation>DATE_FROM, DATE_TO: YYYY-MM-DD, hər ikisi daxil (ixtiyari). GROUP_BY: heç nə (hamısı), texnika, üsul, rayon, təşkilat və ya komanda. OUTPUT: group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 və sha_cancelled ... cha_cleared payları olan cədvəl; sonuncu sətir, 'All' qrupu, hər komanda-gününü bir dəfə sayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlanğıc tarixi (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Son tarix (İİİİ-AA-GG, daxil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Nothing (all)</source>
        <translation>Heç nə (hamısı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="97"/>
        <source>Square metres per team-day</source>
        <translation>Komanda-gününə kvadrat metr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="98"/>
        <source>Team-days</source>
        <translation>Komanda-günləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="114"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="119"/>
        <source>{m2} m² per team-day over {days} team-days (10th to 90th percentile: {p10} to {p90} m²).</source>
        <translation>{days} komanda-günü üzrə komanda-gününə {m2} m² (10-cu – 90-cı persentil: {p10} – {p90} m²).</translation>
    </message>
</context>
<context>
    <name>RecordEntry</name>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="46"/>
        <source>&apos;{text}&apos; is not a latitude and longitude: type decimal degrees, latitude first, e.g. 40.0512, 46.9876.</source>
        <translation>'{text}' en və uzunluq dairəsi deyil: onluq dərəcə yazın, əvvəlcə en dairəsi, məs. 40.0512, 46.9876.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="57"/>
        <source>Latitude {lat} is outside -90..90{hint}.</source>
        <translation>{lat} en dairəsi -90..90 xaricindədir{hint}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="60"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>{lon} uzunluq dairəsi -180..180 xaricindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="68"/>
        <source>&apos;{text}&apos; is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and the northing in metres, e.g. 38N 650000 4420000.</source>
        <translation>'{text}' UTM koordinatı deyil: zonanı N və ya S (yarımkürə) ilə, şərq və şimal koordinatlarını metrlə yazın, məs. 38N 650000 4420000.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="74"/>
        <source>UTM zone {zone} does not exist (1 to 60).</source>
        <translation>{zone} UTM zonası mövcud deyil (1-dən 60-a qədər).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="76"/>
        <source>Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).</source>
        <translation>{easting:.0f} m şərq koordinatı UTM zonasından kənardadır (100 000 - 900 000 m).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="80"/>
        <source>Northing {northing:.0f} m is outside 0 to 10,000,000 m.</source>
        <translation>{northing:.0f} m şimal koordinatı 0 - 10 000 000 m xaricindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="86"/>
        <source>&apos;{text}&apos; does not convert to a latitude and longitude.</source>
        <translation>'{text}' en və uzunluq dairəsinə çevrilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="101"/>
        <source>MGRS entry is not available in this installation of the plugin; type the point as latitude/longitude or UTM.</source>
        <translation>MGRS daxiletməsi plagin bu quraşdırılmasında mövcud deyil; nöqtəni en/uzunluq dairəsi və ya UTM kimi yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="105"/>
        <source>Unknown coordinate format &apos;{coordinate_format}&apos;.</source>
        <translation>Naməlum koordinat formatı '{coordinate_format}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="159"/>
        <source>The record needs a source (who supplied it, or the document).</source>
        <translation>Formulyara mənbə lazımdır (onu kim təqdim edib və ya sənəd).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="161"/>
        <source>The traverse has no polygon to store.</source>
        <translation>Gedişin saxlanılacaq poliqonu yoxdur.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="423"/>
        <source>The regions layer &apos;{label}&apos; is not a polygon layer.</source>
        <translation>'{label}' rayonlar layı poliqon layı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="427"/>
        <source>The regions layer &apos;{label}&apos; has no field &apos;{name_field}&apos;.</source>
        <translation>'{label}' rayonlar layında '{name_field}' sahəsi yoxdur.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="43"/>
        <source>{ha} ha reduced</source>
        <translation>{ha} ha azaldılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="45"/>
        <source>{ha} ha cancelled</source>
        <translation>{ha} ha ləğv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="46"/>
        <source>{ha} ha cleared</source>
        <translation>{ha} ha təmizlənib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="36"/>
        <source>{released} in task {task}</source>
        <translation>{task} tapşırığında {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="40"/>
        <source>{released} ({district})</source>
        <translation>{released} ({district})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="122"/>
        <source>{ha} ha remain in hazard {hazard}</source>
        <translation>{hazard} təhlükəli ərazisində {ha} ha qalır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="125"/>
        <source>{remain} (now closed)</source>
        <translation>{remain} (artıq bağlıdır)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="152"/>
        <source>The drawn area is empty.</source>
        <translation>Çəkilmiş sahə boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="154"/>
        <source>Released land must be drawn as a polygon.</source>
        <translation>Azad edilmiş ərazi poliqon kimi çəkilməlidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="162"/>
        <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
        <translation>Çəkilmiş fiqur özünü kəsir və düzəldildikdən sonra sahəsi qalmır; yenidən çəkin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="165"/>
        <source>The drawing crossed itself and was repaired.</source>
        <translation>Çəkilmiş fiqur özünü kəsirdi və düzəldildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="200"/>
        <source>Task {task} does not exist in this store.</source>
        <translation>{task} tapşırığı bu anbarda yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="205"/>
        <source>Nothing was added: the area lies outside task {task}.</source>
        <translation>Heç nə əlavə edilmədi: sahə {task} tapşırığından kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="209"/>
        <source>The part outside task {task} was left out.</source>
        <translation>{task} tapşırığından kənar hissə nəzərə alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="215"/>
        <source>Nothing was added: the area is outside every hazard area.</source>
        <translation>Heç nə əlavə edilmədi: sahə bütün təhlükəli ərazilərdən kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="257"/>
        <source>Nothing was added: this land is already released.</source>
        <translation>Heç nə əlavə edilmədi: bu ərazi artıq azad edilib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="259"/>
        <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
        <translation>Heç nə əlavə edilmədi: təhlükəli ərazilərlə kəsildikdən sonra qalan sahə boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="263"/>
        <source>Slivers under {m2} m² were left out.</source>
        <translation>{m2} m²-dən kiçik qırıntılar nəzərə alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="65"/>
        <source>Release method &apos;{method}&apos; is not one of {codes}.</source>
        <translation>«{method}» azadetmə üsulu bunlardan biri deyil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="68"/>
        <source>Technique &apos;{technique}&apos; is not one of {codes}.</source>
        <translation>«{technique}» texnikası bunlardan biri deyil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="71"/>
        <source>The release date is missing.</source>
        <translation>Azadetmə tarixi göstərilməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="73"/>
        <source>The release date {date} is in the future.</source>
        <translation>{date} azadetmə tarixi gələcəkdədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="76"/>
        <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
        <translation>{depth} sm təmizləmə dərinliyi 0–500 sm aralığından kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="156"/>
        <source>The drawing has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Çəkilişdə rəqəm olmayan koordinat var (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/batch.py" line="33"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Ləğv edildi; heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="261"/>
        <source>Feature {label}: {error}</source>
        <translation>{label} obyekti: {error}</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="131"/>
        <source>Undoing &apos;{}&apos;</source>
        <translation>«{}» geri qaytarılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="150"/>
        <source>Refreshing the layers</source>
        <translation>Laylar yenilənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="138"/>
        <source>Undone: {}</source>
        <translation>Geri qaytarıldı: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="146"/>
        <source>Redoing &apos;{}&apos;</source>
        <translation>«{}» təkrarlanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="181"/>
        <source>Record the land you drew as released.</source>
        <translation>Çəkdiyiniz ərazini azad edilmiş kimi qeyd edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="185"/>
        <source>Marking land released</source>
        <translation>Ərazinin azad edilmiş kimi qeyd edilməsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="198"/>
        <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
        <translation>Əvvəlcə qeyd ediləcək tapşırıqları və ya sektorları seçin (Təmizləmə tapşırıqları layı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="202"/>
        <source>{n} selected: {ids}</source>
        <translation>{n} seçilib: {ids}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="209"/>
        <source>Marking tasks released</source>
        <translation>Tapşırıqların azad edilmiş kimi qeyd edilməsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="229"/>
        <source>There is no release to undo.</source>
        <translation>Geri qaytarılacaq azadetmə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="245"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Əvvəlcə anbarı açın və ya yaradın (Minatəmizləmə paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="263"/>
        <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
        <translation>{layer} layında saxlanılmamış düzəlişlər var. Əvvəlcə onları saxlayın və ya ləğv edin, sonra ərazini yenidən qeyd edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="38"/>
        <source>{released} in {n} tasks</source>
        <translation>{n} tapşırıqda {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="42"/>
        <source>{released} in {n} districts</source>
        <translation>{n} rayonda {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="47"/>
        <source>hazard {hazard} closed</source>
        <translation>{hazard} təhlükəli ərazisi bağlandı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="49"/>
        <source>{n} hazard areas closed</source>
        <translation>{n} təhlükəli ərazi bağlandı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="52"/>
        <source>{n} not added (see the log)</source>
        <translation>{n} əlavə edilmədi (jurnala baxın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="63"/>
        <source>{layer} {feature} ({field} {target})</source>
        <translation>{layer} {feature} ({field} {target})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="68"/>
        <source>{named} and {n} more</source>
        <translation>{named} və daha {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="92"/>
        <source>Checking what links to &apos;{}&apos;</source>
        <translation>'{}' qeydinə keçidlər yoxlanılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="101"/>
        <source>Not undone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Geri qaytarılmadı: '{operation}'. {links} sildiyi obyektə istinad edərdi; əvvəlcə onları dəyişin və ya silin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="103"/>
        <source>Not redone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Təkrarlanmadı: '{operation}'. {links} sildiyi obyektə istinad edərdi; əvvəlcə onları dəyişin və ya silin.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="36"/>
        <source>Mark land released</source>
        <translation>Ərazini azad edilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="50"/>
        <source>Release method</source>
        <translation>Azadetmə üsulu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="69"/>
        <source>(not recorded)</source>
        <translation>(qeyd edilməyib)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="57"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="62"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="65"/>
        <source>Released on</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="72"/>
        <source>Clearance depth</source>
        <translation>Təmizləmə dərinliyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="75"/>
        <source>(from the map)</source>
        <translation>(xəritədən)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="78"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="81"/>
        <source>Mark released</source>
        <translation>Azad edilmiş kimi qeyd et</translation>
    </message>
</context>
<context>
    <name>ReviewAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="21"/>
        <source>Review a submission</source>
        <translation>Təqdimatı nəzərdən keçir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="30"/>
        <source>SUBMISSION: its identifier (S-0001). DECISION: approve or reject. REASON: why (required to reject). STATUS: the submission&apos;s status afterwards.</source>
        <translation>SUBMISSION: onun identifikatoru (S-0001). DECISION: approve və ya reject. REASON: səbəb (rədd üçün tələb olunur). STATUS: təqdimatın sonrakı statusu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="37"/>
        <source>Submission (S-0001)</source>
        <translation>Təqdimat (S-0001)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>approve</source>
        <translation>təsdiqlə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>reject</source>
        <translation>rədd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="40"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="48"/>
        <source>SUBMISSION: name the submission to review (S-0001).</source>
        <translation>SUBMISSION: nəzərdən keçiriləcək təqdimatı göstərin (S-0001).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="55"/>
        <source>Submission {0} approved and stored ({1}).</source>
        <translation>{0} təqdimatı təsdiqləndi və saxlanıldı ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="57"/>
        <source>Submission {0} rejected: {1}</source>
        <translation>{0} təqdimatı rədd edildi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="23"/>
        <source>Approves or rejects a submission waiting for review (an import, a release or a field merge run with SUBMIT). Approving stores its rows in the baseline in one transaction, as the import, release or merge would have stored them at that moment (released land clipped against the land released by then); rejecting leaves the baseline as it is and keeps the reason.</source>
        <translation>Nəzərdən keçirməni gözləyən təqdimatı (SUBMIT ilə işə salınmış idxal, azadetmə və ya sahə birləşdirməsi) təsdiqləyir və ya rədd edir. Təsdiqləmə onun sətirlərini bir tranzaksiyada, idxal, azadetmə və ya birləşdirmənin həmin anda saxlayacağı kimi əsas məlumatlarda saxlayır (azad edilmiş ərazi o vaxtadək azad edilmiş ərazi ilə kəsilir); rədd etmə əsas məlumatları olduğu kimi qoyur və səbəbi saxlayır.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Submission</source>
        <translation>Təqdimat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Rows</source>
        <translation>Sətirlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="68"/>
        <source>Review</source>
        <translation>Nəzərdən keçirmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="91"/>
        <source>Reason (needed to reject)</source>
        <translation>Səbəb (rədd üçün lazımdır)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show on map</source>
        <translation>Xəritədə göstər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show what the submission would add</source>
        <translation>Təqdimatın nə əlavə edəcəyini göstər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Approve</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Store the submission in the baseline now</source>
        <translation>Təqdimatı indi əsas məlumatlarda saxla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject</source>
        <translation>Rədd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject the submission, keeping the reason</source>
        <translation>Təqdimatı səbəbini saxlamaqla rədd et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>List the pending submissions again</source>
        <translation>Gözləyən təqdimatları yenidən sadala</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="121"/>
        <source>Listing the submissions of {}</source>
        <translation>{} təqdimatları sadalanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="159"/>
        <source>{n} submissions wait for review.</source>
        <translation>{n} təqdimat nəzərdən keçirməni gözləyir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="138"/>
        <source>No store open.</source>
        <translation>Anbar açıq deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="228"/>
        <source>Select a submission first.</source>
        <translation>Əvvəlcə təqdimatı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="198"/>
        <source>Reviewing {}</source>
        <translation>{} nəzərdən keçirilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} approved and stored.</source>
        <translation>{} təsdiqləndi və saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} rejected.</source>
        <translation>{} rədd edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="230"/>
        <source>Showing {}</source>
        <translation>{} göstərilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="238"/>
        <source>Submission {} (preview)</source>
        <translation>{} təqdimatı (önbaxış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Approving {}</source>
        <translation>{} təsdiqlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Rejecting {}</source>
        <translation>{} rədd edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="178"/>
        <source>Wait until {} is done.</source>
        <translation>{} başa çatana qədər gözləyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="183"/>
        <source>Say why {} is rejected (Reason).</source>
        <translation>{} təqdimatının niyə rədd edildiyini bildirin (Səbəb).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="158"/>
        <source>One submission waits for review.</source>
        <translation>Bir təqdimat nəzərdən keçirməni gözləyir.</translation>
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
        <translation>Şübhəli təhlükəli ərazi (SHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>Təsdiqlənmiş təhlükəli ərazi (CHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Worked on</source>
        <translation>Üzərində işlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cleared (clearance)</source>
        <translation>Təmizlənib (təmizləmə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Reduced (technical survey)</source>
        <translation>Azaldılıb (texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>Ləğv edilib (qeyri-texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mine detection dogs</source>
        <translation>Mina axtaran itlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-personnel mine</source>
        <translation>Piyada əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-tank mine</source>
        <translation>Tank əleyhinə mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Partlamamış hərbi sursat (PHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Improvised explosive device (IED)</source>
        <translation>Əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Submunition</source>
        <translation>Kasetli döyüş elementi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-personnel mines</source>
        <translation>Piyada əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-tank mines</source>
        <translation>Tank əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Mixed AP and AT mines</source>
        <translation>Qarışıq PƏ və TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Unexploded ordnance</source>
        <translation>Partlamamış hərbi sursat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Cluster munitions</source>
        <translation>Kasetli sursat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Improvised explosive devices</source>
        <translation>Əldəqayırma partlayıcı qurğular</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Clearance</source>
        <translation>Təmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Technical survey</source>
        <translation>Texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Non-technical survey</source>
        <translation>Qeyri-texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Route clearance</source>
        <translation>Yolların təmizlənməsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>EOD spot task</source>
        <translation>PHS-nin zərərsizləşdirilməsi üzrə nöqtəvi tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Intact</source>
        <translation>Salamat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Damaged</source>
        <translation>Zədələnmiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Deteriorated</source>
        <translation>Köhnəlmiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Armed</source>
        <translation>Döyüş vəziyyətində</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Destroyed in situ</source>
        <translation>Yerində məhv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Removed for demolition</source>
        <translation>Məhv edilmək üçün aparılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Rendered safe</source>
        <translation>Zərərsizləşdirilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Illegal entry into uncleared land</source>
        <translation>Təmizlənməmiş əraziyə qanunsuz daxil olma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Leaving cleared land</source>
        <translation>Təmizlənmiş ərazidən kənara çıxma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Demining</source>
        <translation>Minatəmizləmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Farming</source>
        <translation>Əkinçilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Herding</source>
        <translation>Heyvan otarma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Travelling</source>
        <translation>Səfər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Handling or tampering</source>
        <translation>Əllə toxunma və ya sökməyə cəhd</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Reference point (landmark)</source>
        <translation>İstinad nöqtəsi (orientir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Benchmark</source>
        <translation>Reper</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Turning point</source>
        <translation>Dönmə nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Intermediate point</source>
        <translation>Aralıq nöqtə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>End point</source>
        <translation>Son nöqtə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Degrees</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6400)</source>
        <translation>Min hissə (6400)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6000)</source>
        <translation>Min hissə (6000)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>True north</source>
        <translation>Həqiqi şimal</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Grid north</source>
        <translation>Tor şimalı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Magnetic north</source>
        <translation>Maqnit şimalı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Road</source>
        <translation>Yol</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Track</source>
        <translation>Torpaq yol</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Path</source>
        <translation>Cığır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Railway</source>
        <translation>Dəmir yolu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="317"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="318"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="319"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="320"/>
        <source>Remarks</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Region ID</source>
        <translation>Rayon ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Local name</source>
        <translation>Yerli ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative level</source>
        <translation>İnzibati səviyyə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative districts used to split and total released land.</source>
        <translation>Azad edilmiş ərazini bölmək və yekunlaşdırmaq üçün inzibati rayonlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard ID</source>
        <translation>Təhlükəli ərazi ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Classification</source>
        <translation>Təsnifat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Contamination</source>
        <translation>Çirklənmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Reported on</source>
        <translation>Məlumat tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Area (ha)</source>
        <translation>Sahə (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Remaining (ha)</source>
        <translation>Qalıq (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
        <translation>Şübhəli (SHA) və təsdiqlənmiş (CHA) təhlükəli ərazilər.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance tasks</source>
        <translation>Təmizləmə tapşırıqları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task ID</source>
        <translation>Tapşırıq ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Parent task</source>
        <translation>Ana tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task type</source>
        <translation>Tapşırıq növü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned start</source>
        <translation>Planlaşdırılmış başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned end</source>
        <translation>Planlaşdırılmış son</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned (ha)</source>
        <translation>Plan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Sector number</source>
        <translation>Sektor nömrəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
        <translation>Təhlükəli ərazilərin daxilində çəkilmiş təmizləmə və tədqiqat tapşırıqları və onların sektorları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released land</source>
        <translation>Azad edilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release ID</source>
        <translation>Azadetmə ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release method</source>
        <translation>Azadetmə üsulu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released on</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Clearance depth (cm)</source>
        <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
        <translation>Təmizləmə, texniki və ya qeyri-texniki tədqiqatla azad edilmiş ərazi; üst-üstə düşmür.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Minefield records</source>
        <translation>Minasahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Record ID</source>
        <translation>Formulyar ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Received on</source>
        <translation>Alınma tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied by</source>
        <translation>Təqdim edən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilmiş PƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilmiş TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed mines in total</source>
        <translation>Bildirilmiş minalar cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing unit</source>
        <translation>İstiqamət bucağı vahidi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>North reference</source>
        <translation>Şimal istinadı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Magnetic declination (degrees)</source>
        <translation>Maqnit meyli (dərəcə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Traverse misclosure (m)</source>
        <translation>Gedişin uyğunsuzluğu (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied minefield records (mine maps handed over by the other side).</source>
        <translation>Təqdim edilmiş minasahəsi formulyarları (qarşı tərəfin təhvil verdiyi mina xəritələri).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mines</source>
        <translation>Xəritədəki minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mine ID</source>
        <translation>Xəritədəki mina ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Minefield record</source>
        <translation>Minasahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Row</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mine number in row</source>
        <translation>Sırada mina nömrəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mines as positioned by a supplied record.</source>
        <translation>Təqdim edilmiş formulyarda göstərilən mövqelərdə minalar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Record points</source>
        <translation>Formulyar nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point UID</source>
        <translation>Nöqtə UID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point number</source>
        <translation>Nöqtə nömrəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point type</source>
        <translation>Nöqtə növü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing</source>
        <translation>İstiqamət bucağı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>From point</source>
        <translation>Hansı nöqtədən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Reference point, benchmark and turning points of a minefield record.</source>
        <translation>Minasahəsi formulyarının istinad nöqtəsi, reperi və dönmə nöqtələri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Item ID</source>
        <translation>Obyekt ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Found on</source>
        <translation>Aşkar edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Depth (cm)</source>
        <translation>Dərinlik (sm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Condition</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Disposition</source>
        <translation>Məhvetmə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Mines, UXO and other items found and what was done with them.</source>
        <translation>Aşkar edilmiş minalar, PHS və digər obyektlər və onlarla nə edildiyi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared routes</source>
        <translation>Təmizlənmiş yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route ID</source>
        <translation>Yol ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route type</source>
        <translation>Yol növü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared width (m)</source>
        <translation>Təmizlənmiş en (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared on</source>
        <translation>Təmizlənmə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Length (km)</source>
        <translation>Uzunluq (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Roads and tracks cleared and verified.</source>
        <translation>Təmizlənmiş və yoxlanılmış yollar və torpaq yollar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accident ID</source>
        <translation>Hadisə ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Occurred on</source>
        <translation>Baş vermə tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Civilian victims</source>
        <translation>Mülki qurbanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Activity at the time</source>
        <translation>Həmin andakı fəaliyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Device</source>
        <translation>Qurğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Mine and UXO accidents with their victims.</source>
        <translation>Mina və PHS hadisələri və onların qurbanları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="146"/>
        <source>(not recorded)</source>
        <translation>(qeyd edilməyib)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="219"/>
        <source>Value out of range</source>
        <translation>Dəyər icazə verilən aralıqdan kənardadır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Medical evacuation point</source>
        <translation>Tibbi evakuasiya nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Helicopter landing site</source>
        <translation>Helikopter eniş meydançası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Access point</source>
        <translation>Giriş nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Assembly point</source>
        <translation>Toplanma nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Control point</source>
        <translation>Nəzarət nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Task points</source>
        <translation>Tapşırıq nöqtələri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Point ID</source>
        <translation>Nöqtə identifikatoru</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Medevac, helicopter landing, access and assembly points of a task.</source>
        <translation>Tapşırığın tibbi evakuasiya, helikopter enişi, giriş və toplanma nöqtələri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Housing</source>
        <translation>Yaşayış</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Grazing</source>
        <translation>Otlaq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Infrastructure</source>
        <translation>İnfrastruktur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Forest</source>
        <translation>Meşə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality assurance visit</source>
        <translation>Keyfiyyət təminatı (KT) ziyarəti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality control sampling</source>
        <translation>Keyfiyyətə nəzarət (KN) nümunəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Pass</source>
        <translation>Keçdi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Fail</source>
        <translation>Keçmədi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Corrective action</source>
        <translation>Düzəldici tədbir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="322"/>
        <source>Field package UUID</source>
        <translation>Sahə paketi UUID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="324"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Completed on</source>
        <translation>Tamamlanma tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over on</source>
        <translation>Təhvil-təslim tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over to (authority or land user)</source>
        <translation>Təhvil alan (hakimiyyət orqanı və ya torpaq istifadəçisi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Land use after release</source>
        <translation>Azad edildikdən sonra ərazidən istifadə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: women</source>
        <translation>Faydalananlar: qadınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: men</source>
        <translation>Faydalananlar: kişilər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: girls</source>
        <translation>Faydalananlar: qızlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: boys</source>
        <translation>Faydalananlar: oğlanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Residual risk</source>
        <translation>Qalıq risk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Work days</source>
        <translation>İş günləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Day ID</source>
        <translation>Gün ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Hours worked</source>
        <translation>İşlənmiş saatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>People</source>
        <translation>İnsan sayı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Machines</source>
        <translation>Maşın sayı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>What a team worked on a task each day: hours, people and machines.</source>
        <translation>Komandanın hər gün tapşırıq üzrə gördüyü iş: saatlar, insanlar və maşınlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspections</source>
        <translation>İnspeksiyalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspection ID</source>
        <translation>İnspeksiya ID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspected on</source>
        <translation>İnspeksiya tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspector</source>
        <translation>İnspektor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Area sampled (m²)</source>
        <translation>Nümunə götürülmüş sahə (m²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Items found in the sample</source>
        <translation>Nümunədə aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Quality assurance visits and quality control samples of tasks, and their results.</source>
        <translation>Tapşırıqların keyfiyyət təminatı ziyarətləri və keyfiyyətə nəzarət nümunələri, həmçinin onların nəticələri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="123"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Şəkillər (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>SectoriseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="153"/>
        <source>Divide into sectors</source>
        <translation>Sektorlara böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="155"/>
        <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon&apos;s local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent&apos;s attributes and gets sector_no, sector_id (such as T-0042/07, from the parent&apos;s task_id, hazard_id or feature id) and area_ha.</source>
        <translation>INPUT-un hər poliqonunu (tapşırıqlar və ya təhlükəli ərazilər) ANGLE istiqaməti (şimaldan saat əqrəbi üzrə dərəcə) boyunca eni WIDTH metr, uzunluğu LENGTH metr olan nömrələnmiş sektorlara və ya zolaqlara bölür; ölçülər poliqonun yerli UTM zonasında yerdə aparılır və poliqonla kəsilir. Sektorlar ana poliqonu dəqiq, üst-üstə düşmə və boşluq olmadan örtür. Hər sektor ananın atributlarını saxlayır və sector_no, sector_id (məsələn, ananın task_id, hazard_id və ya obyekt id-sindən T-0042/07) və area_ha alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="165"/>
        <source>Polygons to divide</source>
        <translation>Bölünəcək poliqonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="167"/>
        <source>Sector width (m)</source>
        <translation>Sektorun eni (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="169"/>
        <source>Sector length (m)</source>
        <translation>Sektorun uzunluğu (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="171"/>
        <source>Direction (degrees from north)</source>
        <translation>İstiqamət (şimaldan dərəcə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="174"/>
        <source>Sectors</source>
        <translation>Sektorlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="180"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT oxuna bilən poliqon layı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="215"/>
        <source>{}: {} sectors</source>
        <translation>{}: {} sektor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="204"/>
        <source>Feature {}: {}</source>
        <translation>Obyekt {}: {}</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="52"/>
        <source>Only polygons can be divided into sectors.</source>
        <translation>Yalnız poliqonlar sektorlara bölünə bilər.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="54"/>
        <source>The polygon has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Poliqonda rəqəm olmayan koordinat var (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="57"/>
        <source>Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).</source>
        <translation>Sektorun eni və uzunluğu 0 m-dən çox olmalıdır ({width_m:g} x {length_m:g} verilib).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="61"/>
        <source>Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most {max_km:g} km.</source>
        <translation>{width_m:g} m x {length_m:g} m sektorlar istənilən tapşırıqdan böyükdür: hər tərəf ən çox {max_km:g} km olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="65"/>
        <source>The sector direction {angle_deg} is not a number of degrees.</source>
        <translation>{angle_deg} sektor istiqaməti dərəcə sayı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="71"/>
        <source>The polygon holds no area (collapsed, or crossing itself); it cannot be divided.</source>
        <translation>Poliqonun sahəsi yoxdur (çökmüş və ya özü ilə kəsişir); onu bölmək olmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="99"/>
        <source>{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check the units (metres).</source>
        <translation>{width_m:g} m x {length_m:g} m sektorlar təxminən {columns:,} sektor yaradardı; vahidləri yoxlayın (metr).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="145"/>
        <source>More than {MAX_SECTORS} sectors; use larger sectors.</source>
        <translation>{MAX_SECTORS} sektordan çox; daha böyük sektorlar istifadə edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="172"/>
        <source>Task {task_id} does not exist in this store.</source>
        <translation>{task_id} tapşırığı bu anbarda mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="177"/>
        <source>Task {task_id} is already divided into {n_children} sectors.</source>
        <translation>{task_id} tapşırığı artıq {n_children} sektora bölünüb.</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="42"/>
        <source>Divide {} into sectors</source>
        <translation>{} tapşırığını sektorlara böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="49"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="52"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="53"/>
        <source>Width (across)</source>
        <translation>En (eninə)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="54"/>
        <source>Length (along)</source>
        <translation>Uzunluq (boyunca)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="55"/>
        <source>Direction from north</source>
        <translation>Şimaldan istiqamət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="56"/>
        <source>Draw baseline on the map…</source>
        <translation>Baza xəttini xəritədə çək…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="57"/>
        <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
        <translation>Baza xəttinin başlanğıcına, sonra onun üzərində bir nöqtəyə klikləyin: sektorlar oradan başlayır və onun boyunca uzanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="67"/>
        <source>Store sectors</source>
        <translation>Sektorları saxla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="104"/>
        <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
        <translation>{n} sektor, cəmi {ha:.2f} ha (hər biri orta hesabla {avg:.2f} ha).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="132"/>
        <source>Dividing {} into sectors</source>
        <translation>{} sektorlara bölünür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="139"/>
        <source>Task {task} divided into {n} sectors ({first} to {last})</source>
        <translation>{task} tapşırığı {n} sektora bölündü ({first} – {last})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="206"/>
        <source>Layer &apos;{layer_name}&apos; of store {name} cannot be opened.</source>
        <translation>{name} anbarının '{layer_name}' layı açılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="220"/>
        <source>{name} has data model version {version}; this plugin knows up to version {SCHEMA_VERSION}. Update the Demining plugin to open it.</source>
        <translation>{name} məlumat modelinin {version} versiyasına malikdir; bu plagin {SCHEMA_VERSION} versiyasına qədər bilir. Onu açmaq üçün Demining plaginini yeniləyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="228"/>
        <source>{name} has data model version {version} and no migration to version {version2} exists.</source>
        <translation>{name} məlumat modelinin {version} versiyasına malikdir və {version2} versiyasına miqrasiya yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="139"/>
        <source>Cannot add field {layer_name}.{field_name} to {name}.</source>
        <translation>{layer_name}.{field_name} sahəsi {name} daxilinə əlavə edilə bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="250"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} yazmaq üçün açılmır: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="283"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} daxilində heç nə dəyişmədi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="295"/>
        <source>{path_name} is a folder, not a GeoPackage file.</source>
        <translation>{path_name} qovluqdur, GeoPackage faylı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="298"/>
        <source>{path} does not exist.</source>
        <translation>{path} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="302"/>
        <source>{path_name} is not a GeoPackage (not an SQLite database).</source>
        <translation>{path_name} GeoPackage deyil (SQLite verilənlər bazası deyil).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="305"/>
        <source>{path_name} is an empty file, not a GeoPackage.</source>
        <translation>{path_name} boş fayldır, GeoPackage deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="308"/>
        <source>{path_name} is not a GeoPackage.</source>
        <translation>{path_name} GeoPackage deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="310"/>
        <source>{path_name} is a GeoPackage but not a Demining project store (it has no {META_TABLE} table). Create a store with &apos;New store...&apos;.</source>
        <translation>{path_name} GeoPackage-dir, lakin Demining layihə anbarı deyil (onda {META_TABLE} cədvəli yoxdur). «Yeni anbar...» ilə anbar yaradın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="324"/>
        <source>{path_name} is missing the store layers: {missing}.</source>
        <translation>{path_name} daxilində anbar layları çatışmır: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="346"/>
        <source>{name} has data model version {old} and this plugin has no migration from version {missing} to {missing2}; it was left as it is.</source>
        <translation>{name} məlumat modelinin {old} versiyasına malikdir və bu plaginin {missing} versiyasından {missing2} versiyasına miqrasiyası yoxdur; olduğu kimi saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="351"/>
        <source>{name} has data model version {old} and must be migrated to version {SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere writable.</source>
        <translation>{name} məlumat modelinin {old} versiyasına malikdir və {SCHEMA_VERSION} versiyasına keçirilməlidir, lakin fayl və ya onun qovluğu yalnız oxunandır; onu yazıla bilən yerə köçürün.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="357"/>
        <source>{name} must be migrated from version {old}, but the backup {backup_name} already exists; move it away first so that it is not overwritten.</source>
        <translation>{name} {old} versiyasından keçirilməlidir, lakin {backup_name} ehtiyat nüsxəsi artıq mövcuddur; üzərinə yazılmaması üçün əvvəlcə onu başqa yerə köçürün.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="366"/>
        <source>Migrating {name} from version {old} failed ({error}); the file was restored from {backup_name}.</source>
        <translation>{name} faylının {old} versiyasından miqrasiyası alınmadı ({error}); fayl {backup_name} nüsxəsindən bərpa edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="376"/>
        <source>A store file must end in .gpkg: {path}</source>
        <translation>Anbar faylı .gpkg ilə bitməlidir: {path}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="378"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} artıq mövcuddur; başqa ad seçin və ya üzərinə yazmağa icazə verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="381"/>
        <source>Folder {path_parent} does not exist.</source>
        <translation>{path_parent} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="384"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Naməlum koordinat istinad sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="514"/>
        <source>Cannot create {path}.</source>
        <translation>{path} yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="567"/>
        <source>Cannot create layer {definition_name}.</source>
        <translation>{definition_name} layı yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="580"/>
        <source>Cannot create field {definition_name}.{f_name}.</source>
        <translation>{definition_name}.{f_name} sahəsi yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="24"/>
        <source>The store has no layer {layer_name}.</source>
        <translation>Anbarda {layer_name} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="50"/>
        <source>There is no field {key}.</source>
        <translation>{key} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="67"/>
        <source>{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{definition_title}: həndəsədə rəqəm olmayan koordinat var (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="100"/>
        <source>Adding {values} to {layer_name} failed.</source>
        <translation>{values} {layer_name} daxilinə əlavə edilməsi alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="158"/>
        <source>{layer_name} does not hold points.</source>
        <translation>{layer_name} nöqtə saxlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="208"/>
        <source>{layer_name} has no field {name}.</source>
        <translation>{layer_name} daxilində {name} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="211"/>
        <source>{layer_name}.{name}: {n_values} values for {count} points.</source>
        <translation>{layer_name}.{name}: {count} nöqtə üçün {n_values} dəyər.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="41"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="117"/>
        <source>Updating {identifier} in {layer_name} failed.</source>
        <translation>{layer_name} daxilində {identifier} yenilənməsi alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="132"/>
        <source>Deleting {identifier} from {layer_name} failed.</source>
        <translation>{identifier} {layer_name} daxilindən silinməsi alınmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/__init__.py" line="32"/>
        <source>&apos;{location}&apos; is not a store location this plugin understands (a GeoPackage path ending in .gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).</source>
        <translation>'{location}' bu plaginin başa düşdüyü anbar yeri deyil (.gpkg ilə bitən GeoPackage yolu və ya pg:... və ya postgresql://...?schema=... PostGIS yeri).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="172"/>
        <source>{name} is a file: its roles are the file system&apos;s rights. Roles are granted on PostGIS stores.</source>
        <translation>{name} fayldır: onun rolları fayl sisteminin hüquqlarıdır. Rollar PostGIS anbarlarında verilir.</translation>
    </message>
</context>
<context>
    <name>StoreParameter</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="123"/>
        <source>Store to copy</source>
        <translation>Köçürüləcək anbar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="76"/>
        <source>Project store</source>
        <translation>Layihə anbarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="79"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="19"/>
        <source>STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. A password typed in the location (password=... or &lt;user&gt;:&lt;password&gt;@) goes into QGIS&apos;s authentication database and the store is named by authcfg=&lt;id&gt; from then on; when QGIS&apos;s master password has not been entered, such a location is refused: use a saved connection, or a service with the password in ~/.pgpass.</source>
        <translation>STORE: layihə anbarı — GeoPackage faylı (.gpkg) və ya pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt; və ya postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt; kimi yazılmış PostGIS anbarı. Yerdə yazılmış parol (password=... və ya &lt;user&gt;:&lt;password&gt;@) QGIS-in autentifikasiya verilənlər bazasına keçir və bundan sonra anbar authcfg=&lt;id&gt; ilə adlandırılır; QGIS-in əsas parolu daxil edilməyibsə, belə yer rədd edilir: saxlanılmış qoşulmadan və ya parolu ~/.pgpass faylında olan xidmətdən istifadə edin.</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="263"/>
        <source>Computing the figures of {}</source>
        <translation>{} göstəriciləri hesablanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>New Demining store</source>
        <translation>Yeni Demining anbarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Open Demining store</source>
        <translation>Demining anbarını aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Demining store (*.gpkg);;All files (*)</source>
        <translation>Demining anbarı (*.gpkg);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="361"/>
        <source>{} is the store this project uses; choose another file name.</source>
        <translation>{} bu layihənin istifadə etdiyi anbardır; başqa fayl adı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="364"/>
        <source>Creating store {}</source>
        <translation>{} anbarı yaradılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="368"/>
        <source>Created the Demining store {}.</source>
        <translation>{} Demining anbarı yaradıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="373"/>
        <source>Opening store {}</source>
        <translation>{} anbarı açılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="433"/>
        <source>The demo builder is not available in this installation of the plugin ({}).</source>
        <translation>Demo qurucusu plaginin bu quraşdırmasında mövcud deyil ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="440"/>
        <source>Creating folder {}</source>
        <translation>{} qovluğu yaradılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="456"/>
        <source>Building the demo was cancelled.</source>
        <translation>Demonun yaradılması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="461"/>
        <source>Building the demo</source>
        <translation>Demo yaradılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="464"/>
        <source>The demo store is open: {}</source>
        <translation>Demo anbarı açıqdır: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="191"/>
        <source>This project&apos;s Demining store {name} cannot be opened.</source>
        <translation>Bu layihənin Demining anbarı {name} açılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="323"/>
        <source>The history of these edits names no user: {}</source>
        <translation>Bu düzəlişlərin tarixçəsində istifadəçi göstərilmir: {}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, open</source>
        <translation>CHA, açıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, worked on</source>
        <translation>CHA, üzərində işlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, closed</source>
        <translation>CHA, bağlı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, open</source>
        <translation>SHA, açıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, worked on</source>
        <translation>SHA, üzərində işlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, closed</source>
        <translation>SHA, bağlı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>unclassified</source>
        <translation>təsnif edilməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cleared</source>
        <translation>Təmizlənib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Reduced</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AP mine</source>
        <translation>PƏ mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AT mine</source>
        <translation>TƏ mina</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>UXO</source>
        <translation>PHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AXO</source>
        <translation>TPHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>IED</source>
        <translation>ƏPQ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Submunition</source>
        <translation>Kasetli döyüş elementi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="99"/>
        <source>Style {path_name} could not be loaded: {message}</source>
        <translation>{path_name} üslubu yüklənə bilmədi: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="208"/>
        <source>Layer {definition_name} has no field {field_name}.</source>
        <translation>{definition_name} layında {field_name} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="248"/>
        <source>Layer {definition_name} of {store_name} cannot be opened.</source>
        <translation>{store_name} anbarının {definition_name} layı açılmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="256"/>
        <source>Saving the style of {definition_name} failed: {error}</source>
        <translation>{definition_name} üslubunun saxlanılması alınmadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="288"/>
        <source>Relation {definition_id} between {definition_child} and {definition_parent} is not valid.</source>
        <translation>{definition_child} və {definition_parent} arasındakı {definition_id} əlaqəsi etibarlı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Medical evacuation point</source>
        <translation>Tibbi evakuasiya nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Helicopter landing site</source>
        <translation>Helikopter eniş meydançası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Access point</source>
        <translation>Giriş nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Assembly point</source>
        <translation>Toplanma nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Control point</source>
        <translation>Nəzarət nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="268"/>
        <source>The old style of {definition_name} in {store_name} cannot be replaced: {error}</source>
        <translation>{store_name} anbarında {definition_name} köhnə üslubunu əvəz etmək mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="273"/>
        <source>{store_name}: replaced the style saved earlier for {definition_name}.</source>
        <translation>{store_name}: {definition_name} üçün əvvəl saxlanmış üslub əvəz edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection passed</source>
        <translation>İnspeksiyadan keçib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection failed</source>
        <translation>İnspeksiyadan keçməyib</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Corrective action</source>
        <translation>Düzəldici tədbir</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="136"/>
        <source>There is nothing to submit.</source>
        <translation>Təqdim ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="141"/>
        <source>{n} polygons to mark {method}</source>
        <translation>{method} kimi qeyd ediləcək {n} poliqon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="285"/>
        <source>There is no submission {id} in {store}.</source>
        <translation>{store} daxilində {id} təqdimatı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="201"/>
        <source>Submission {id} was already {status}; nothing was changed.</source>
        <translation>{id} təqdimatı artıq {status}; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="204"/>
        <source>Say why submission {id} is rejected (REASON).</source>
        <translation>{id} təqdimatının niyə rədd edildiyini bildirin (REASON).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="213"/>
        <source>Submission {id} was decided by someone else meanwhile; nothing was changed.</source>
        <translation>{id} təqdimatı barədə bu arada başqası qərar verdi; heç nə dəyişdirilmədi.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="32"/>
        <source>Outside the districts</source>
        <translation>Rayonlardan kənar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="33"/>
        <source>(not recorded)</source>
        <translation>(qeyd edilməyib)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="35"/>
        <source>(not applicable)</source>
        <translation>(tətbiq edilmir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="49"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="99"/>
        <source>Totals</source>
        <translation>Yekunlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="76"/>
        <source>An XLSX export must end in .xlsx: {target}</source>
        <translation>XLSX ixracı .xlsx ilə bitməlidir: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="80"/>
        <source>This GDAL has no XLSX driver; export the table to CSV instead.</source>
        <translation>Bu GDAL-da XLSX drayveri yoxdur; cədvəli əvəzinə CSV-yə ixrac edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="103"/>
        <source>Cannot write the column &apos;{title}&apos; to {target}.</source>
        <translation>'{title}' sütunu {target} daxilinə yazıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="111"/>
        <source>Cannot write a row to {target}.</source>
        <translation>{target} daxilinə sətir yazıla bilmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="97"/>
        <source>Cannot create {target}: {error}</source>
        <translation>{target} yaradıla bilmir: {error}</translation>
    </message>
</context>
<context>
    <name>TabularImport</name>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="45"/>
        <source>Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</source>
        <translation>Cədvəllər və vektor faylları (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>{0}: files ending in &apos;{1}&apos; cannot be imported (use CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX).</source>
        <translation>{0}: '{1}' ilə bitən fayllar idxal edilə bilməz (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ və ya GPX istifadə edin).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>(no extension)</source>
        <translation>(genişlənmə yoxdur)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="100"/>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} mövcud deyil və ya fayl deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="103"/>
        <source>{0} is empty.</source>
        <translation>{0} boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="110"/>
        <source>an Excel workbook</source>
        <translation>Excel iş kitabı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="111"/>
        <source>a KMZ file</source>
        <translation>KMZ faylı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="112"/>
        <source>{0} is not {1}: it is not a ZIP archive.</source>
        <translation>{0} {1} deyil: ZIP arxivi deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="119"/>
        <source>{0} is a damaged ZIP archive: {1}</source>
        <translation>{0} zədələnmiş ZIP arxividir: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="122"/>
        <source>{0} is a damaged ZIP archive ({1} cannot be read).</source>
        <translation>{0} zədələnmiş ZIP arxividir ({1} oxunmur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="125"/>
        <source>{0} is a ZIP archive but not an Excel workbook.</source>
        <translation>{0} ZIP arxividir, lakin Excel iş kitabı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="128"/>
        <source>{0} is a ZIP archive without a KML document inside.</source>
        <translation>{0} içində KML sənədi olmayan ZIP arxividir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="132"/>
        <source>{0} is too large for a table ({1} bytes).</source>
        <translation>{0} cədvəl üçün çox böyükdür ({1} bayt).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="135"/>
        <source>{0} is not a text (CSV) file: it holds binary data.</source>
        <translation>{0} mətn (CSV) faylı deyil: ikili məlumat saxlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="139"/>
        <source>{0} is not GeoJSON: it does not start with &apos;{{&apos;.</source>
        <translation>{0} GeoJSON deyil: '{{' ilə başlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="143"/>
        <source>{0} is not an XML ({1}) file.</source>
        <translation>{0} XML ({1}) faylı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="147"/>
        <source>{0} is not a Shapefile (its header is wrong).</source>
        <translation>{0} Shapefile deyil (başlığı səhvdir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="167"/>
        <source>{0}: the text encoding cannot be recognised.</source>
        <translation>{0}: mətnin kodlaşdırması tanınmır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="187"/>
        <source>{0} has no header row.</source>
        <translation>{0} başlıq sətri saxlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="189"/>
        <source>{0}: the header cannot be read: {1}</source>
        <translation>{0}: başlıq oxunmur: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="193"/>
        <source>{0} has an empty header row.</source>
        <translation>{0} boş başlıq sətrinə malikdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="218"/>
        <source>has {0} values but the header has {1} columns</source>
        <translation>{0} dəyər saxlayır, lakin başlıqda {1} sütun var</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="224"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, sətir {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="383"/>
        <source>{0} cannot be read as {1}: {2}</source>
        <translation>{0} {1} kimi oxunmur: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="306"/>
        <source>unknown error</source>
        <translation>naməlum xəta</translation>
    </message>
</context>
<context>
    <name>TaskAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="36"/>
        <source>Task ids (comma-separated)</source>
        <translation>Tapşırıq identifikatorları (vergüllə ayrılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="38"/>
        <source>Or tasks matching the expression</source>
        <translation>Və ya ifadəyə uyğun tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="42"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF file (or a folder for one PDF per task)</source>
        <translation>PDF faylı (və ya hər tapşırığa bir PDF üçün qovluq)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="65"/>
        <source>OUTPUT: give a .pdf file or a folder.</source>
        <translation>OUTPUT: .pdf faylı və ya qovluq göstərin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="56"/>
        <source>Pages written</source>
        <translation>Yazılmış səhifələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="60"/>
        <source>Files written (;-separated)</source>
        <translation>Yazılmış fayllar (; ilə ayrılmış)</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>Release method</source>
        <translation>Azadetmə üsulu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>ISO week</source>
        <translation>ISO həftəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AP mines</source>
        <translation>PƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AT mines</source>
        <translation>TƏ minalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>UXO</source>
        <translation>PHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>AXO</source>
        <translation>TPHS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>IED</source>
        <translation>ƏPQ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="44"/>
        <source>Submunitions</source>
        <translation>Kasetli döyüş elementləri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="45"/>
        <source>Other items</source>
        <translation>Digər obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Cleared (ha)</source>
        <translation>Təmizlənib (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Reduced (ha)</source>
        <translation>Azaldılıb (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="50"/>
        <source>Cancelled (ha)</source>
        <translation>Ləğv edilib (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="249"/>
        <source>Released (ha)</source>
        <translation>Azad edilib (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="251"/>
        <source>Items found</source>
        <translation>Aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="253"/>
        <source>Routes (km)</source>
        <translation>Yollar (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="254"/>
        <source>Accidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="255"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="256"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/dates.py" line="48"/>
        <source>{name} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2021-11-22).</source>
        <translation>{name} '{text}' tarix deyil; İİİİ-AA-GG şəklində yazın (məs. 2021-11-22).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="57"/>
        <source>The period starts ({date_from}) after it ends ({date_to}).</source>
        <translation>Dövr bitdikdən ({date_to}) sonra başlayır ({date_from}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="75"/>
        <source>Cannot group released land by &apos;{name}&apos;.</source>
        <translation>Azad edilmiş ərazini '{name}' üzrə qruplaşdırmaq olmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="126"/>
        <source>Layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>'{name}' layı poliqon layı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="129"/>
        <source>GROUP_BY names a field twice: {group_by}.</source>
        <translation>GROUP_BY bir sahəni iki dəfə göstərir: {group_by}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="137"/>
        <source>Grouping by {g} needs a date field (DATE_FIELD).</source>
        <translation>{g} üzrə qruplaşdırma tarix sahəsi tələb edir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="139"/>
        <source>Layer &apos;{name}&apos; has no field &apos;{g}&apos; to group by (its fields: {fields}; also month and week).</source>
        <translation>'{name}' layında qruplaşdırmaq üçün '{g}' sahəsi yoxdur (onun sahələri: {fields}; həmçinin month və week).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="145"/>
        <source>Layer &apos;{name}&apos; has no date field &apos;{date_field}&apos;.</source>
        <translation>'{name}' layında '{date_field}' tarix sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="148"/>
        <source>Field &apos;{date_field}&apos; of layer &apos;{name}&apos; does not hold dates.</source>
        <translation>'{name}' layının '{date_field}' sahəsi tarix saxlamır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="154"/>
        <source>The regions layer &apos;{layer_name}&apos; is not a polygon layer.</source>
        <translation>'{layer_name}' rayonlar layı poliqon layı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="157"/>
        <source>The regions layer &apos;{layer_name}&apos; has no field &apos;{region_field}&apos;.</source>
        <translation>'{layer_name}' rayonlar layında '{region_field}' sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="186"/>
        <source>No input layer.</source>
        <translation>Giriş layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="193"/>
        <source>A date range needs a date field (DATE_FIELD).</source>
        <translation>Tarix aralığı tarix sahəsi tələb edir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="210"/>
        <source>Unknown grouping &apos;{grouping}&apos;; choose one of {GROUPINGS}.</source>
        <translation>Naməlum qruplaşdırma '{grouping}'; bunlardan birini seçin: {GROUPINGS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="440"/>
        <source>No store to total.</source>
        <translation>Yekun hesablanacaq anbar yoxdur.</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="204"/>
        <source>No data</source>
        <translation>Məlumat yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="365"/>
        <source>Outside the districts</source>
        <translation>Rayonlardan kənar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="46"/>
        <source>{n}k</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="331"/>
        <source>No releases between {start} and {end}: this time is left out of the axis.</source>
        <translation>{start} ilə {end} arasında ərazi azad edilməyib: bu müddət oxda göstərilmir.</translation>
    </message>
</context>
<context>
    <name>TotalsDock</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="40"/>
        <source>Clearance totals of {}</source>
        <translation>{} təmizləmə yekunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>First day of the period (empty: from the start)</source>
        <translation>Dövrün ilk günü (boş: əvvəldən)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>start</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>Last day of the period, included (empty: up to now)</source>
        <translation>Dövrün son günü, daxil (boş: bu günə qədər)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>today</source>
        <translation>bu gün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="133"/>
        <source>What the rows of the table are</source>
        <translation>Cədvəlin sətirləri nəyi göstərir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="134"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="136"/>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="139"/>
        <source>by</source>
        <translation>üzrə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="172"/>
        <source>Cumulative hectares</source>
        <translation>Artan yekunla hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>Items found per week</source>
        <translation>Həftə üzrə aşkar edilmiş obyektlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>Export the table to a CSV file</source>
        <translation>Cədvəli CSV faylına ixrac et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>Export the table to an Excel workbook</source>
        <translation>Cədvəli Excel kitabına ixrac et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Report…</source>
        <translation>Hesabat…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Write the period report (sentences and table) as .md, .html or .txt</source>
        <translation>Dövr hesabatını (cümlələr və cədvəl) .md, .html və ya .txt kimi yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="198"/>
        <source>Recompute every figure from the store</source>
        <translation>Bütün göstəriciləri anbardan yenidən hesabla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="313"/>
        <source>No store open</source>
        <translation>Anbar açıq deyil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="539"/>
        <source>Computing the totals of {}…</source>
        <translation>{} yekunları hesablanır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="368"/>
        <source>Computing the clearance totals of {}</source>
        <translation>{} təmizləmə yekunları hesablanır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="370"/>
        <source>The totals could not be computed.</source>
        <translation>Yekunlar hesablana bilmədi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="374"/>
        <source>Computing the totals was cancelled.</source>
        <translation>Yekunların hesablanması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="473"/>
        <source>Updating the clearance totals</source>
        <translation>Təmizləmə yekunları yenilənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>Hectares released, cumulative</source>
        <translation>Azad edilmiş hektar, artan yekunla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>items</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="537"/>
        <source>Open a Demining store to see its clearance totals.</source>
        <translation>Təmizləmə yekunlarını görmək üçün Demining anbarını açın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="544"/>
        <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
        <translation>{store}: dövrdə {ha} ha azad edilib, hər kvadrat metr bir dəfə sayılmaqla (həqiqi ellipsoidal sahələr).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>Export totals to CSV</source>
        <translation>Yekunları CSV-yə ixrac et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Export totals to Excel</source>
        <translation>Yekunları Excel-ə ixrac et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="584"/>
        <source>There are no totals to export yet.</source>
        <translation>Hələ ixrac ediləcək yekun yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="592"/>
        <source>Exporting the totals to {}</source>
        <translation>Yekunlar {} faylına ixrac edilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="594"/>
        <source>Totals exported to {}.</source>
        <translation>Yekunlar {} faylına ixrac edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="600"/>
        <source>Open a Demining store first: the report is computed from it.</source>
        <translation>Əvvəlcə Demining anbarını açın: hesabat ondan hesablanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="602"/>
        <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
        <translation>{} yekunları hələ hesablanır; bir azdan hesabatı yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Period report</source>
        <translation>Dövr hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Mətn (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="632"/>
        <source>Writing the report {}</source>
        <translation>{} hesabatı yazılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="634"/>
        <source>Report for {start} to {end} written to {path}.</source>
        <translation>{start} – {end} hesabatı {path} faylına yazıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="175"/>
        <source>Accidents by activity</source>
        <translation>Fəaliyyətə görə hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Activity at the time</source>
        <translation>Həmin andakı fəaliyyət</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Accidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Killed</source>
        <translation>Həlak olub</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Injured</source>
        <translation>Yaralanıb</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians killed</source>
        <translation>Həlak olan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians injured</source>
        <translation>Yaralanan mülki şəxslər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="255"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="88"/>
        <source>Totals</source>
        <translation>Yekunlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="144"/>
        <source>now</source>
        <translation>indi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="146"/>
        <source>The figures as the store held them at this moment, rebuilt from its history: YYYY-MM-DD (the end of that day) or YYYY-MM-DD HH:MM. Empty: now.</source>
        <translation>Anbarın bu anda saxladığı rəqəmlər, tarixçəsindən bərpa edilmiş: YYYY-MM-DD (həmin günün sonu) və ya YYYY-MM-DD HH:MM. Boş: indi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="149"/>
        <source>as of</source>
        <translation>tarixə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="177"/>
        <source>Forecast</source>
        <translation>Proqnoz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="286"/>
        <source>As of</source>
        <translation>Tarixə</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="90"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="104"/>
        <source>The layer behind these figures does not record this grouping.</source>
        <translation>Bu göstəricilərin əsaslandığı lay bu qruplaşdırmanı saxlamır.</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="107"/>
        <source>Unknown bearing unit &apos;{unit}&apos;: use one of {UNITS}.</source>
        <translation>Naməlum istiqamət bucağı vahidi '{unit}': bunlardan birini istifadə edin: {UNITS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="110"/>
        <source>Unknown north reference &apos;{north}&apos;: use one of {NORTHS}.</source>
        <translation>Naməlum şimal istinadı '{north}': bunlardan birini istifadə edin: {NORTHS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="114"/>
        <source>Magnetic bearings need the magnetic declination (degrees, east positive).</source>
        <translation>Maqnit istiqamət bucaqları maqnit meylini tələb edir (dərəcə ilə, şərq müsbətdir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="117"/>
        <source>Declination {declination_deg} is outside -180..180 degrees.</source>
        <translation>{declination_deg} meyli -180..180 dərəcə xaricindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="128"/>
        <source>{what} ({lon!r}, {lat!r}) is not a longitude/latitude: both must be numbers.</source>
        <translation>{what} ({lon!r}, {lat!r}) uzunluq/en dairəsi deyil: hər ikisi rəqəm olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="132"/>
        <source>{what} ({lon}, {lat}) is not a longitude/latitude: longitude must be within -180..180 and latitude within -90..90.</source>
        <translation>{what} ({lon}, {lat}) uzunluq/en dairəsi deyil: uzunluq -180..180, en isə -90..90 daxilində olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="136"/>
        <source>{what} latitude {lat} is outside the UTM zones (84S to 84N).</source>
        <translation>{what}: {lat} en dairəsi UTM zonalarından kənardadır (84S - 84N).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="144"/>
        <source>Point {leg_point_no}: distance &apos;{distance}&apos; is not a number of metres.</source>
        <translation>Nöqtə {leg_point_no}: '{distance}' məsafəsi metr sayı deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="148"/>
        <source>Point {leg_point_no}: distance {distance} m is negative.</source>
        <translation>Nöqtə {leg_point_no}: {distance} m məsafə mənfidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="152"/>
        <source>Point {leg_point_no}: bearing &apos;{bearing}&apos; is not a number.</source>
        <translation>Nöqtə {leg_point_no}: '{bearing}' istiqamət bucağı rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="155"/>
        <source>Point {leg_point_no}: bearing {bearing} is outside 0..{circle:g} {unit}.</source>
        <translation>Nöqtə {leg_point_no}: {bearing} istiqamət bucağı 0..{circle:g} {unit} xaricindədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="159"/>
        <source>Point {leg_point_no}: unknown point type &apos;{leg_point_type}&apos; (use one of {types}).</source>
        <translation>Nöqtə {leg_point_no}: naməlum nöqtə növü '{leg_point_type}' (bunlardan birini istifadə edin: {types}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="310"/>
        <source>The traverse has no legs.</source>
        <translation>Gedişin parçaları yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="203"/>
        <source>A closed minefield record needs at least 3 legs; this one has {n_legs}.</source>
        <translation>Qapalı minasahəsi formulyarı ən azı 3 parça tələb edir; bunda {n_legs} var.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="255"/>
        <source>The polygon is empty.</source>
        <translation>Poliqon boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="259"/>
        <source>The polygon has {n_parts} parts; a turning-point table describes one.</source>
        <translation>Poliqonun {n_parts} hissəsi var; dönmə nöqtələri cədvəli birini təsvir edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="266"/>
        <source>The geometry is not a polygon.</source>
        <translation>Həndəsə poliqon deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="271"/>
        <source>The polygon has {n_ring} distinct vertices; a record needs at least 3.</source>
        <translation>Poliqonun {n_ring} fərqli təpəsi var; formulyar ən azı 3 tələb edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="305"/>
        <source>Unknown start point type &apos;{start_type}&apos; (use one of {POINT_TYPES}).</source>
        <translation>Naməlum başlanğıc nöqtəsi növü '{start_type}' (bunlardan birini istifadə edin: {POINT_TYPES}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="319"/>
        <source>The outline has {n_outline} turning, intermediate or end points; a minefield needs at least 3.</source>
        <translation>Konturda {n_outline} dönmə, aralıq və ya son nöqtə var; minasahəsi ən azı 3 tələb edir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="333"/>
        <source>The outline closes with fewer than 3 distinct corners.</source>
        <translation>Kontur 3-dən az fərqli künclə qapanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="352"/>
        <source>Point {leg_point_no} appears more than once (point 0 is the start point).</source>
        <translation>{leg_point_no} nöqtəsi bir dəfədən çox görünür (0 nöqtəsi başlanğıc nöqtəsidir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="358"/>
        <source>Point {leg_point_no}: from-point {origin_no} is not the start (0) or a point above it in the table.</source>
        <translation>Nöqtə {leg_point_no}: {origin_no} çıxış nöqtəsi başlanğıc (0) və ya cədvəldə yuxarıdakı nöqtə deyil.</translation>
    </message>
</context>
<context>
    <name>TraverseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="45"/>
        <source>Minefield record traverse</source>
        <translation>Minasahəsi formulyarının gedişi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="47"/>
        <source>Runs a minefield record&apos;s turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point&apos;s UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon&apos;s true (ellipsoidal) area in hectares.</source>
        <translation>Minasahəsi formulyarının dönmə nöqtələrini (əvvəlki nöqtədən istiqamət bucağı və məsafə) başlanğıc nöqtəsindən yerdə, WGS84 ellipsoidi üzərində çəkir və formulyarı qapadır.

INPUT: point_no, bearing və distance_m (yerdə metr) olan cədvəl, point_no sırası ilə. START_POINT: istinad nöqtəsi, istənilən koordinat sistemində. BEARING_UNIT: degrees, mils6400 (NATO) və ya mils6000 (Varşava Müqaviləsi). NORTH: true, grid (başlanğıc nöqtəsinin UTM zonasının şimalı) və ya magnetic; sonuncu üçün dərəcə ilə DECLINATION lazımdır, şərq müsbətdir.

OUTPUT: misclosure_m, misclosure_ratio (perimetr / uyğunsuzluq), perimeter_m və area_ha ilə formulyar poliqonu (EPSG:4326). MISCLOSURE_M: son hesablanmış nöqtədən başlanğıca qədər məsafə. AREA_HA: poliqonun hektarla həqiqi (ellipsoidal) sahəsi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60"/>
        <source>Turning points (point_no, bearing, distance_m)</source>
        <translation>Dönmə nöqtələri (point_no, bearing, distance_m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="62"/>
        <source>Start (reference) point</source>
        <translation>Başlanğıc (istinad) nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63"/>
        <source>Bearing unit</source>
        <translation>İstiqamət bucağı vahidi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66"/>
        <source>North reference</source>
        <translation>Şimal istinadı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Maqnit meyli (dərəcə, şərq müsbət)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="72"/>
        <source>Minefield record</source>
        <translation>Minasahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="74"/>
        <source>Misclosure (m)</source>
        <translation>Uyğunsuzluq (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="75"/>
        <source>Area (ha)</source>
        <translation>Sahə (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="110"/>
        <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
        <translation>Uyğunsuzluq {0:.3f} m ({1}); sahə {2:.4f} ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="33"/>
        <source>Row {feature_no}: {name} is empty.</source>
        <translation>Sətir {feature_no}: {name} boşdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="38"/>
        <source>Row {feature_no}: {name} &apos;{value}&apos; is not a number.</source>
        <translation>Sətir {feature_no}: {name} '{value}' rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="80"/>
        <source>INPUT: the turning-point table cannot be read.</source>
        <translation>INPUT: dönmə nöqtələri cədvəli oxunmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="105"/>
        <source>INPUT: point_no {duplicates} appears more than once.</source>
        <translation>INPUT: point_no {duplicates} bir dəfədən çox görünür.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="84"/>
        <source>INPUT has no column {missing}; it needs {required}.</source>
        <translation>INPUT daxilində {missing} sütunu yoxdur; ona {required} lazımdır.</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Point</source>
        <translation>Nöqtə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Bearing</source>
        <translation>İstiqamət bucağı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>From point</source>
        <translation>Hansı nöqtədən</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="70"/>
        <source>better than 1:1,000,000</source>
        <translation>1:1 000 000-dan yaxşı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="117"/>
        <source>The point the leg starts from; empty: the point above.</source>
        <translation>Gediş parçasının başladığı nöqtə; boş: yuxarıdakı nöqtə.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="119"/>
        <source>Bearing in the chosen unit from the chosen north.</source>
        <translation>Seçilmiş vahiddə, seçilmiş şimaldan istiqamət bucağı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="244"/>
        <source>Point {} is used twice (0 is the start point).</source>
        <translation>{} nöqtəsi iki dəfə istifadə olunub (0 başlanğıc nöqtədir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="247"/>
        <source>The point number must be a whole number from 1.</source>
        <translation>Nöqtə nömrəsi 1-dən başlayan tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="250"/>
        <source>Unknown point type &apos;{}&apos;: use {}.</source>
        <translation>Naməlum nöqtə növü '{}': {} istifadə edin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="256"/>
        <source>Bearing {} is outside 0 to {} ({}).</source>
        <translation>{} istiqamət bucağı 0 ilə {} arasından kənardadır ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="259"/>
        <source>&apos;{}&apos; is not a bearing (a number).</source>
        <translation>'{}' istiqamət bucağı (rəqəm) deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="261"/>
        <source>The bearing is missing.</source>
        <translation>İstiqamət bucağı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="265"/>
        <source>The distance must be more than 0 m.</source>
        <translation>Məsafə 0 m-dən çox olmalıdır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="267"/>
        <source>&apos;{}&apos; is not a distance in metres.</source>
        <translation>'{}' metrlə məsafə deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="269"/>
        <source>The distance is missing.</source>
        <translation>Məsafə yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="276"/>
        <source>Point {} is not the start (0) or a point above.</source>
        <translation>{} nöqtəsi başlanğıc (0) və ya yuxarıdakı nöqtə deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="279"/>
        <source>&apos;{}&apos; is not a point number.</source>
        <translation>'{}' nöqtə nömrəsi deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>Lat/lon</source>
        <translation>En/uzunluq</translation>
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
        <translation>Seç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="121"/>
        <source>Click the start point on the map (snapping applies).</source>
        <translation>Xəritədə başlanğıc nöqtəsinə klik edin (yapışdırma tətbiq olunur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="125"/>
        <source>Start point</source>
        <translation>Başlanğıc nöqtəsi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="130"/>
        <source>Turning point: the start is the first corner of the minefield. Reference point or benchmark: a landmark off the minefield the record measures from.</source>
        <translation>Dönmə nöqtəsi: başlanğıc minasahəsinin ilk küncüdür. İstinad nöqtəsi və ya reper: formulyarın ölçmələri apardığı, minasahəsindən kənarda olan orientir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="134"/>
        <source>Start is a</source>
        <translation>Başlanğıc budur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="141"/>
        <source>The unit the record&apos;s bearings are written in. Changing it reads the table again in the new unit; it does not convert the figures.</source>
        <translation>Formulyarın istiqamət bucaqlarının yazıldığı vahid. Dəyişdirmək cədvəli yeni vahiddə yenidən oxuyur; rəqəmləri çevirmir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="153"/>
        <source>Magnetic declination in degrees, east positive.</source>
        <translation>Dərəcə ilə maqnit meyli, şərq müsbətdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="156"/>
        <source>Declination</source>
        <translation>Meyl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="158"/>
        <source>Bearings</source>
        <translation>İstiqamət bucaqları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add a row at the end</source>
        <translation>Sona sətir əlavə et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert</source>
        <translation>Daxil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert a row above the current one</source>
        <translation>Cari sətrin üstünə sətir daxil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete the selected rows</source>
        <translation>Seçilmiş sətirləri sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Empty the table</source>
        <translation>Cədvəli boşalt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Load from selected polygon</source>
        <translation>Seçilmiş poliqondan yüklə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Fill the table from the selected polygon (minefield record, task, hazard...) in the chosen unit and north</source>
        <translation>Cədvəli seçilmiş poliqondan (minasahəsi formulyarı, tapşırıq, təhlükəli ərazi...) seçilmiş vahiddə və şimalda doldur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="203"/>
        <source>Who supplied the record, or the document</source>
        <translation>Formulyarı kim təqdim edib və ya sənəd</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="205"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="206"/>
        <source>Received on</source>
        <translation>Alınma tarixi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="210"/>
        <source>Save record</source>
        <translation>Formulyarı saxla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="212"/>
        <source>Store the record polygon and its points in the store, in one step</source>
        <translation>Formulyar poliqonunu və onun nöqtələrini bir addımda anbara yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="286"/>
        <source>latitude, longitude, e.g. 40.0512, 46.9876</source>
        <translation>en, uzunluq dairəsi, məs. 40.0512, 46.9876</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="287"/>
        <source>zone N/S easting northing, e.g. 38N 650000 4420000</source>
        <translation>zona N/S şərq şimal, məs. 38N 650000 4420000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="288"/>
        <source>e.g. 38TNK 50000 20000</source>
        <translation>məs. 38TNK 50000 20000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="382"/>
        <source>Row {row}: {message}</source>
        <translation>Sətir {row}: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="384"/>
        <source>({n} cells to correct in all.)</source>
        <translation>(Cəmi düzəldiləcək {n} xana.)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>Type or pick the start point.</source>
        <translation>Başlanğıc nöqtəsini yazın və ya seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>The start point cannot be read.</source>
        <translation>Başlanğıc nöqtəsi oxunmur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="391"/>
        <source>Type the turning points: bearing and distance from the point before.</source>
        <translation>Dönmə nöqtələrini yazın: əvvəlki nöqtədən istiqamət bucağı və məsafə.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="406"/>
        <source>Misclosure: –</source>
        <translation>Qapanmama xətası: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="407"/>
        <source>Area: –</source>
        <translation>Sahə: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="408"/>
        <source>Perimeter: –</source>
        <translation>Perimetr: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="412"/>
        <source>Misclosure: {m:.3f} m ({ratio})</source>
        <translation>Qapanmama xətası: {m:.3f} m ({ratio})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="414"/>
        <source>Area: {}</source>
        <translation>Sahə: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="415"/>
        <source>Perimeter: {:.2f} m</source>
        <translation>Perimetr: {:.2f} m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="418"/>
        <source>The traverse does not close within {t:g} m: check the bearings and distances, or save and confirm closing it.</source>
        <translation>Gediş {t:g} m daxilində qapanmır: istiqamət bucaqlarını və məsafələri yoxlayın və ya saxlayıb qapanmanı təsdiqləyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="423"/>
        <source>Closed: {n} points, UTM zone {zone}.</source>
        <translation>Qapalı: {n} nöqtə, UTM zonası {zone}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="477"/>
        <source>Select one polygon first (a minefield record, task, hazard or any polygon layer).</source>
        <translation>Əvvəlcə bir poliqon seçin (minasahəsi formulyarı, tapşırıq, təhlükəli ərazi və ya istənilən poliqon layı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="488"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="493"/>
        <source>{what}: {n} legs in the table, {unit} from {north}.</source>
        <translation>{what}: cədvəldə {n} parça, {north} istiqamətindən {unit}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="515"/>
        <source>Traverse does not close</source>
        <translation>Gediş qapanmır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="523"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Əvvəlcə anbarı açın və ya yaradın (Minatəmizləmə paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="527"/>
        <source>The record was not saved: {}</source>
        <translation>Formulyar saxlanılmadı: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="530"/>
        <source>The record was not saved: type its source (who supplied it, or the document).</source>
        <translation>Formulyar saxlanılmadı: onun mənbəyini yazın (kim təqdim edib və ya sənəd).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="537"/>
        <source>The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, more than the {t:g} m allowed.

Close it (join the last point to the first) and save the record with this misclosure?</source>
        <translation>Gediş qapanmır: son nöqtə birincidən {m:.2f} m ({ratio}) aralıdır, icazə verilən {t:g} m-dən çox.

Onu qapamaq (son nöqtəni birinci ilə birləşdirmək) və formulyarı bu qapanmama xətası ilə saxlamaq?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="543"/>
        <source>The record was not saved: the traverse does not close within {t:g} m (misclosure {m:.2f} m).</source>
        <translation>Formulyar saxlanılmadı: gediş {t:g} m daxilində qapanmır (qapanmama xətası {m:.2f} m).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="549"/>
        <source>Saving the minefield record</source>
        <translation>Minasahəsi formulyarı saxlanılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="552"/>
        <source>{layer} has unsaved edits. Save or discard them first, then save the record again.</source>
        <translation>{layer} layında saxlanılmamış düzəlişlər var. Əvvəlcə onları saxlayın və ya ləğv edin, sonra formulyarı yenidən saxlayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), {n} points{district}.</source>
        <translation>Minasahəsi formulyarı {id} saxlanıldı: {area}, qapanmama xətası {m:.3f} m ({ratio}), {n} nöqtə{district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>, in {}</source>
        <translation>, {} daxilində</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="94"/>
        <source>Traverse</source>
        <translation>Poliqon</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="14"/>
        <source>cm</source>
        <translation>sm</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="15"/>
        <source>m</source>
        <translation>m</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Invalid or self-intersecting geometry</source>
        <translation>Etibarsız və ya özü ilə kəsişən həndəsə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Feature without geometry</source>
        <translation>Həndəsəsiz obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Fewer than 3 distinct vertices</source>
        <translation>3-dən az fərqli təpə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate consecutive vertices</source>
        <translation>Təkrarlanan ardıcıl təpələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Vertices more than 5 km apart</source>
        <translation>Bir-birindən 5 km-dən uzaq təpələr</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land overlapping other released land</source>
        <translation>Digər azad edilmiş ərazi ilə üst-üstə düşən azad edilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land outside its hazard</source>
        <translation>Öz təhlükəli ərazisindən kənarda azad edilmiş ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released area larger than its hazard</source>
        <translation>Təhlükəli ərazisindən böyük azad edilmiş sahə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Stored area differs from the computed area</source>
        <translation>Saxlanılmış sahə hesablanmış sahədən fərqlənir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside every task and released area</source>
        <translation>Bütün tapşırıqlardan və azad edilmiş ərazilərdən kənarda aşkar edilmiş obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Date in the future</source>
        <translation>Gələcəkdə tarix</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>End before start</source>
        <translation>Son başlanğıcdan əvvəldir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates outside the country</source>
        <translation>Ölkədən kənar koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates apparently swapped (x and y)</source>
        <translation>Yeri dəyişmiş kimi görünən koordinatlar (x və y)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Missing identifier</source>
        <translation>İdentifikator yoxdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate identifier</source>
        <translation>Təkrarlanan identifikator</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Identifier with leading or trailing spaces</source>
        <translation>Əvvəlində və ya sonunda boşluq olan identifikator</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Link to a feature that does not exist</source>
        <translation>Mövcud olmayan obyektə əlaqə</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Closed hazard with area remaining</source>
        <translation>Qalıq sahəsi olan bağlı təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>CHA without evidence in the store</source>
        <translation>Anbarda sübutu olmayan CHA</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="243"/>
        <source>{feature} has no geometry.</source>
        <translation>{feature} həndəsəyə malik deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="249"/>
        <source>{feature} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{feature} rəqəm olmayan koordinata malikdir (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="232"/>
        <source>{feature} is not a valid geometry: {error}.</source>
        <translation>{feature} etibarlı həndəsə deyil: {error}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="266"/>
        <source>{feature} has a part or ring with fewer than {n} distinct vertices.</source>
        <translation>{feature} {n}-dən az fərqli təpəsi olan hissəyə və ya halqaya malikdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="271"/>
        <source>{feature} repeats a vertex twice in a row.</source>
        <translation>{feature} bir təpəni ardıcıl iki dəfə təkrarlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="290"/>
        <source>{feature} has consecutive vertices {km:.1f} km apart (more than {limit:g} km).</source>
        <translation>{feature} bir-birindən {km:.1f} km aralı ardıcıl təpələrə malikdir ({limit:g} km-dən çox).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="309"/>
        <source>{feature} overlaps {other} by {m2:,.0f} m² ({ha:.4f} ha): that land would be counted twice.</source>
        <translation>{feature} {other} ilə {m2:,.0f} m² ({ha:.4f} ha) üst-üstə düşür: bu ərazi iki dəfə sayılardı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="323"/>
        <source>its hazard {id}</source>
        <translation>öz təhlükəli ərazisi {id}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="327"/>
        <source>every hazard area</source>
        <translation>bütün təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="331"/>
        <source>{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.</source>
        <translation>{feature} üçün {m2:,.0f} m² ({ha:.4f} ha) bundan kənardadır: {what}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="342"/>
        <source>Land released in {feature} adds up to {ha:,.4f} ha, more than the hazard&apos;s {hazard_ha:,.4f} ha.</source>
        <translation>{feature} daxilində azad edilmiş ərazi cəmi {ha:,.4f} ha təşkil edir, bu təhlükəli ərazinin {hazard_ha:,.4f} ha sahəsindən çoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="356"/>
        <source>{feature} stores {stored:,.4f} ha; its polygon measures {computed:,.4f} ha (ellipsoidal).</source>
        <translation>{feature} {stored:,.4f} ha saxlayır; onun poliqonu {computed:,.4f} ha ölçür (ellipsoidal).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="371"/>
        <source>{feature} ({category}) lies outside every clearance task and released area.</source>
        <translation>{feature} ({category}) bütün təmizləmə tapşırıqlarından və azad edilmiş ərazilərdən kənardadır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="386"/>
        <source>{feature}: {field} {date} is in the future.</source>
        <translation>{feature}: {field} {date} gələcəkdədir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="391"/>
        <source>{feature}: planned end {end} is before planned start {start}.</source>
        <translation>{feature}: planlaşdırılan son {end} planlaşdırılan başlanğıcdan {start} əvvəldir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="425"/>
        <source>{feature} lies outside the country but would fall inside it with x and y swapped (latitude and longitude exchanged?).</source>
        <translation>{feature} ölkədən kənardadır, lakin x və y yerini dəyişsəydi, onun daxilinə düşərdi (en və uzunluq dairəsi qarışdırılıb?).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="430"/>
        <source>{feature} lies outside the regions&apos; extent (more than {km:g} km beyond it).</source>
        <translation>{feature} rayonların əhatəsindən kənardadır (ondan {km:g} km-dən çox aralı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="442"/>
        <source>{layer} fid {fid} has no identifier.</source>
        <translation>{layer} fid {fid} identifikatora malik deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="447"/>
        <source>&apos;{value}&apos; is used by {n} features of {layer} (spaces and case aside).</source>
        <translation>'{value}' {layer} layının {n} obyekti tərəfindən istifadə olunur (boşluqlar və hərf registri nəzərə alınmadan).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces.</source>
        <translation>'{value}' əvvəlində və ya sonunda boşluq saxlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces; &apos;{trimmed}&apos; is already taken, so it cannot be trimmed.</source>
        <translation>'{value}' əvvəlində və ya sonunda boşluq saxlayır; '{trimmed}' artıq tutulub, ona görə kəsilə bilməz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="471"/>
        <source>{feature}: {field} &apos;{value}&apos; is not a {parent_field} of {parent}.</source>
        <translation>{feature}: {field} '{value}' {parent} layının {parent_field} dəyəri deyil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="496"/>
        <source>{feature} is closed but stores {ha:,.4f} ha remaining.</source>
        <translation>{feature} bağlıdır, lakin {ha:,.4f} ha qalıq saxlayır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="500"/>
        <source>{feature} is closed but {ha:,.4f} ha of it is not covered by released land.</source>
        <translation>{feature} bağlıdır, lakin onun {ha:,.4f} ha hissəsi azad edilmiş ərazi ilə örtülməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="505"/>
        <source>{feature} is a CHA but no item found, accident, mapped mine, record point or minefield record in the store lies inside it.</source>
        <translation>{feature} CHA-dır, lakin onun daxilində anbardan heç bir aşkar edilmiş obyekt, hadisə, xəritədəki mina, formulyar nöqtəsi və ya minasahəsi formulyarı yoxdur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="66"/>
        <source>{feature}: not fixed ({n} features have that identifier).</source>
        <translation>{feature}: düzəldilmədi ({n} obyekt bu identifikatora malikdir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="71"/>
        <source>{feature}: not fixed (nothing would be left of its geometry).</source>
        <translation>{feature}: düzəldilmədi (həndəsəsindən heç nə qalmazdı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="62"/>
        <source>{task} was handed over on {date} but is not completed (no completion date).</source>
        <translation>{task} {date} tarixində təhvil verilib, lakin tamamlanmayıb (tamamlanma tarixi yoxdur).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="66"/>
        <source>{task} is completed but {m2:,.0f} m² ({ha:.4f} ha) of hazard inside it is not released.</source>
        <translation>{task} tamamlanıb, lakin onun daxilində təhlükəli ərazinin {m2:,.0f} m² ({ha:.4f} ha) hissəsi azad edilməyib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="72"/>
        <source>{task} was handed over on {date} without a passed inspection.</source>
        <translation>{task} {date} tarixində uğurlu inspeksiya olmadan təhvil verilib.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="80"/>
        <source>Inspection {inspection} of {task} failed on {date} and no later inspection passed.</source>
        <translation>{task} tapşırığının {inspection} inspeksiyası {date} tarixində uğursuz olub və sonrakı heç bir inspeksiya uğurlu olmayıb.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over but not completed</source>
        <translation>Təhvil verilmiş, lakin tamamlanmamış tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task completed with hazard land not released</source>
        <translation>Azad edilməmiş təhlükəli ərazisi olan tamamlanmış tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over without a passed inspection</source>
        <translation>Uğurlu inspeksiya olmadan təhvil verilmiş tapşırıq</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Failed inspection with no later pass</source>
        <translation>Sonradan uğurlu inspeksiya olmayan uğursuz inspeksiya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item naming a task that is not in the store</source>
        <translation>Anbarda olmayan tapşırığı göstərən obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside its task&apos;s planned dates</source>
        <translation>Tapşırığının planlaşdırılan tarixlərindən kənar aşkar edilmiş obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Quantity under 1</source>
        <translation>1-dən az miqdar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Depth outside 0 to 500 cm</source>
        <translation>0-500 sm xaricində dərinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item far from every task of its team</source>
        <translation>Komandasının bütün tapşırıqlarından uzaq obyekt</translation>
    </message>
</context>
<context>
    <name>ValidateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="31"/>
        <source>Check store data</source>
        <translation>Anbar məlumatlarını yoxla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="33"/>
        <source>Checks every layer of a project store and writes one point per finding (where the problem is: the error&apos;s place, or a point on the feature) with its severity (error or warning), layer, feature identifier, rule and message. Rules: invalid or self-intersecting geometry, missing geometry, fewer than 3 distinct vertices, duplicate consecutive vertices, vertices more than 5 km apart, released land overlapping other released land, released land outside its hazard, released area larger than its hazard, stored area_ha more than 1% off the ellipsoidal area, items found outside every task and released area, dates in the future or end before start, coordinates outside the regions&apos; extent or apparently swapped, missing, duplicate or padded identifiers, links to features that do not exist, closed hazards with area remaining, and CHAs without evidence in the store (no item found, accident, mapped mine, record point or minefield record inside them). Nothing in the store is changed.

OUTPUT: the findings. N_FINDINGS: how many.</source>
        <translation>Layihə anbarının hər layını yoxlayır və hər tapıntı üçün (problemin olduğu yerdə: xətanın yeri və ya obyekt üzərində nöqtə) ciddiliyi (xəta və ya xəbərdarlıq), layı, obyekt identifikatoru, qaydası və məlumatı ilə bir nöqtə yazır. Qaydalar: etibarsız və ya özü ilə kəsişən həndəsə, olmayan həndəsə, 3-dən az fərqli təpə, təkrarlanan ardıcıl təpələr, bir-birindən 5 km-dən uzaq təpələr, digər azad edilmiş ərazi ilə üst-üstə düşən azad edilmiş ərazi, öz təhlükəli ərazisindən kənarda azad edilmiş ərazi, təhlükəli ərazisindən böyük azad edilmiş sahə, ellipsoidal sahədən yüzdə 1-dən çox fərqlənən saxlanılmış area_ha, bütün tapşırıqlardan və azad edilmiş ərazilərdən kənarda aşkar edilmiş obyektlər, gələcəkdə tarixlər və ya başlanğıcdan əvvəl son, rayonların əhatəsindən kənar və ya yeri dəyişmiş kimi görünən koordinatlar, olmayan, təkrarlanan və ya boşluqlu identifikatorlar, mövcud olmayan obyektlərə əlaqələr, qalıq sahəsi olan bağlı təhlükəli ərazilər və anbarda sübutu olmayan CHA-lar (daxilində heç bir aşkar edilmiş obyekt, hadisə, xəritədəki mina, formulyar nöqtəsi və ya minasahəsi formulyarı yoxdur). Anbarda heç nə dəyişdirilmir.

OUTPUT: tapıntılar. N_FINDINGS: onların sayı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="51"/>
        <source>Findings</source>
        <translation>Tapıntılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="53"/>
        <source>Number of findings</source>
        <translation>Tapıntıların sayı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="54"/>
        <source>Number of errors</source>
        <translation>Xətaların sayı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="67"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="81"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="82"/>
        <source>{} findings, {} errors.</source>
        <translation>{} tapıntı, {} xəta.</translation>
    </message>
</context>
<context>
    <name>_ImportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="62"/>
        <source>File to import</source>
        <translation>İdxal ediləcək fayl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="73"/>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="82"/>
        <source>CRS of x/y columns</source>
        <translation>x/y sütunlarının KİS-i</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="83"/>
        <source>Expected UTM zone (0: no check)</source>
        <translation>Gözlənilən UTM zonası (0: yoxlama yoxdur)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="94"/>
        <source>Expected area</source>
        <translation>Gözlənilən ərazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="95"/>
        <source>Duplicate distance (m)</source>
        <translation>Təkrar məsafəsi (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="105"/>
        <source>Column mapping</source>
        <translation>Sütun uyğunlaşdırması</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>Import report</source>
        <translation>İdxal hesabatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="113"/>
        <source>Rows imported</source>
        <translation>İdxal edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="114"/>
        <source>Rows refused</source>
        <translation>Rədd edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="123"/>
        <source>Unknown CRS for x/y: {}</source>
        <translation>x/y üçün naməlum KİS: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>feature</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>row</source>
        <translation>sətir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="155"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="157"/>
        <source>... and {0} more; see the report.</source>
        <translation>... və daha {0}; hesabata baxın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="162"/>
        <source>{0} imported, {1} refused. Report: {2}</source>
        <translation>{0} idxal edildi, {1} rədd edildi. Hesabat: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="190"/>
        <source>INPUT: choose the file to import.</source>
        <translation>INPUT: idxal ediləcək faylı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="159"/>
        <source>{0} imported, {1} refused ({2}). Report: {3}</source>
        <translation>{0} idxal edildi, {1} rədd edildi ({2}). Hesabat: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="32"/>
        <source>INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). COORDINATES: auto (the file&apos;s geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone (0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the store&apos;s districts). DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the same item. MAPPING (optional): target=column pairs separated by &apos;;&apos; where the detected columns are wrong, e.g. &apos;lat=N;lon=E;category=Type&apos;. REPORT: the CSV listing refused rows (default: beside the input).

Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); the good rows are stored in one transaction and the refused ones listed with their row number and reason. A file that is not what it claims to be changes nothing.

SUBMIT (default false): keep the good rows as a submission waiting for review instead of storing them; they count nowhere until demining:review approves them. An operator of a PostGIS store always submits.

Outputs: IMPORTED and REJECTED (row counts), REPORT (path), SUBMISSION (its identifier when submitted).</source>
        <translation>INPUT: fayl (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ və ya GPX). COORDINATES: auto (faylın həndəsəsi, yoxdursa en/uzunluq dairəsi, MGRS və ya x/y sütunları), latlon, xy, mgrs və ya geometry. XY_CRS: x/y sütunlarının CRS-i. UTM_ZONE: bu UTM zonasından kənar sətirləri rədd et (0: yoxlama yoxdur). EXTENT: bu sahədən kənar sətirləri rədd et (standart: anbarın rayonlarından 1 km-dən çox kənarda olan sətirlər). DUPLICATE_M: bir-birinə bundan yaxın iki mövqe (faylda və ya saxlanılanlarla müqayisədə) eyni obyektdir. MAPPING (ixtiyari): aşkar edilmiş sütunlar səhv olduqda ';' ilə ayrılmış hədəf=sütun cütləri, məs. 'lat=N;lon=E;category=Type'. REPORT: rədd edilmiş sətirləri sadalayan CSV (standart: giriş faylının yanında).

Hər sətir yoxlanılır (çatışmayan və ya qeyri-rəqəmsal koordinatlar, yerləri dəyişmiş en/uzunluq dairəsi, gözlənilən sahədən və ya UTM zonasından kənar, təkrarlanan mövqelər, naməlum kateqoriyalar, tarixlər, miqdarlar, dərinliklər); yaxşı sətirlər bir tranzaksiyada saxlanılır, rədd edilənlər isə sətir nömrəsi və səbəbi ilə sadalanır. İddia etdiyi fayl olmayan fayl heç nəyi dəyişmir.

SUBMIT (standart false): yaxşı sətirləri saxlamaq əvəzinə nəzərdən keçirməni gözləyən təqdimat kimi saxla; demining:review onları təsdiqləyənədək heç yerdə sayılmır. PostGIS anbarının operatoru həmişə təqdim edir.

Çıxışlar: IMPORTED və REJECTED (sətir sayları), REPORT (yol), SUBMISSION (təqdim edildikdə onun identifikatoru).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="69"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Saxlamaq əvəzinə nəzərdən keçirməyə təqdim et (məlumat meneceri təsdiqləyir)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="115"/>
        <source>Submission waiting for review</source>
        <translation>Nəzərdən keçirməni gözləyən təqdimat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="172"/>
        <source>Nothing was stored yet: the rows wait for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Hələ heç nə saxlanılmayıb: sətirlər {0} təqdimatı kimi nəzərdən keçirməni gözləyir (demining:review onu təsdiqləyir və ya rədd edir).</translation>
    </message>
</context>
</TS>
