<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
    <context>
        <name>BuildDemoAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="60" />
            <source>Build demo store</source>
            <translation>Demo anbarını yarat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="62" />
            <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
            <translation>Demo ssenarisini (Qarabağ ətrafında torpaqların azad edilməsi, Azərbaycan, 2020–2022) sabit təsadüfi toxumdan, QGIS ilə gələn real rayon sərhədləri (Natural Earth) üzərində yeni anbara yazır. Anbarın yanında onu üslublarla açan QGIS layihəsi (.qgz) yazır.

OUTPUT: yazılacaq .gpkg faylının yolu (mövcuddursa, əvəz olunur). SEED: təsadüfi toxum (standart dəyər dərc olunmuş göstəriciləri təkrarlayır).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="73" />
            <source>Random seed</source>
            <translation>Təsadüfi toxum</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>Demo store</source>
            <translation>Demo anbarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="79" />
            <source>Demo project</source>
            <translation>Demo layihəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="80" />
            <source>Hectares released</source>
            <translation>Azad edilmiş hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="81" />
            <source>Items found</source>
            <translation>Aşkar edilmiş obyektlər</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDock</name>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Task</source>
            <translation>Tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Planned</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Released</source>
            <translation>Azad edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>District</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="58" />
            <source>Clearance</source>
            <translation>Təmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw released land</source>
            <translation>Azad edilmiş ərazini çək</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
            <translation>Azad edilmiş ərazini xəritədə çəkin (yapışdırma tətbiq olunur); sağ klik və ya Enter bitirir, Ctrl+Z sonuncu azadetməni geri qaytarır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Mark selected tasks released…</source>
            <translation>Seçilmiş tapşırıqları azad edilmiş kimi qeyd et…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Record the selected tasks or sectors as released land.</source>
            <translation>Seçilmiş tapşırıqları və ya sektorları azad edilmiş ərazi kimi qeyd et.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide into sectors…</source>
            <translation>Sektorlara böl…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide the selected task into numbered sectors.</source>
            <translation>Seçilmiş tapşırığı nömrələnmiş sektorlara böl.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Undo last release</source>
            <translation>Sonuncu azadetməni geri qaytar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Take back the last release or sector division, all of it.</source>
            <translation>Sonuncu azadetməni və ya sektorlara bölməni bütövlükdə geri qaytar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="96" />
            <source>Planned hectares</source>
            <translation>Planlaşdırılmış hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="97" />
            <source>Hectares released in the task</source>
            <translation>Tapşırıqda azad edilmiş hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="169" />
            <source>No store open.</source>
            <translation>Anbar açıq deyil.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="171" />
            <source>More than {n} tasks in view: zoom in to list them.</source>
            <translation>Xəritə görünüşündə {n}-dən çox tapşırıq var: siyahı üçün yaxınlaşdırın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="175" />
            <source>{n} tasks in the map view</source>
            <translation>Xəritə görünüşündə tapşırıqlar: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="213" />
            <source>Select one task to divide (in this list or on the map).</source>
            <translation>Bölmək üçün bir tapşırıq seçin (bu siyahıda və ya xəritədə).</translation>
        </message>
    </context>
    <context>
        <name>CreateStoreAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="23" />
            <source>Create project store</source>
            <translation>Layihə anbarını yarat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="25" />
            <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.</source>
            <translation>Boş Demining layihə anbarı yaradır: məlumat modelinin bütün laylarını (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents) saxlayan GeoPackage; hər layın standart üslubu (IMAS 07.11 rəngləri) və atribut forması faylda saxlanılır.

OUTPUT: yeni .gpkg faylının yolu. CRS: layların koordinat sistemi (standart EPSG:4326). Mövcud fayl yalnız OVERWRITE verildikdə əvəz olunur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="37" />
            <source>Layer CRS</source>
            <translation>Layların koordinat sistemi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="38" />
            <source>Replace an existing file</source>
            <translation>Mövcud faylı əvəz et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>Store</source>
            <translation>Anbar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="42" />
            <source>Data model version</source>
            <translation>Məlumat modelinin versiyası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="49" />
            <source>Unknown coordinate reference system: {}</source>
            <translation>Naməlum koordinat sistemi: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="54" />
            <source>Created store {} ({})</source>
            <translation>{} anbarı yaradıldı ({})</translation>
        </message>
    </context>
    <context>
        <name>DeminingAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="30" />
            <source>Land release</source>
            <translation>Torpaqların azad edilməsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="18" />
            <source>Project store</source>
            <translation>Layihə anbarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="29" />
            <source>Totals and reports</source>
            <translation>Yekunlar və hesabatlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="40" />
            <source>Mine maps</source>
            <translation>Mina xəritələri</translation>
        </message>
    </context>
    <context>
        <name>DeminingDock</name>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="57" />
            <source>Demining</source>
            <translation>Minatəmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="100" />
            <source>Recompute the figures from the store</source>
            <translation>Göstəriciləri anbardan yenidən hesabla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>New store…</source>
            <translation>Yeni anbar…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
            <translation>Boş Demining anbarı (GeoPackage) yarat və layihəyə əlavə et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Open store…</source>
            <translation>Anbarı aç…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Mövcud Demining anbarının laylarını layihəyə əlavə et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Load demo</source>
            <translation>Demonu yüklə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
            <translation>Demo ssenarisini (Qarabağ, 2020–2022) aç, lazım olsa əvvəlcə onu yarat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="134" />
            <source>Building the demo… %p%</source>
            <translation>Demo yaradılır… %p%</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="140" />
            <source>Headline figures</source>
            <translation>Əsas göstəricilər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Figure</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="164" />
            <source>Layers</source>
            <translation>Laylar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Layer</source>
            <translation>Lay</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Features</source>
            <translation>Obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="228" />
            <source>No store open</source>
            <translation>Anbar açıq deyil</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="230" />
            <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
            <translation>Göstəricilərini burada görmək üçün yeni anbar yaradın, mövcud anbarı açın və ya demonu yükləyin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="239" />
            <source>Data model version {version} · {crs}</source>
            <translation>Məlumat modelinin versiyası {version} · {crs}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="241" />
            <source>Reading store {}</source>
            <translation>{} anbarı oxunur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="250" />
            <source>Computing figures…</source>
            <translation>Göstəricilər hesablanır…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="253" />
            <source>The figures could not be computed; see the message log.</source>
            <translation>Göstəricilər hesablana bilmədi; mesaj jurnalına baxın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Land released</source>
            <translation>Azad edilmiş ərazi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Cancelled, reduced and cleared land; overlaps counted once</source>
            <translation>Ləğv edilmiş, azaldılmış və təmizlənmiş ərazi; üst-üstə düşmələr bir dəfə sayılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Items found</source>
            <translation>Aşkar edilmiş obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Mines, UXO and other items found (sum of quantities)</source>
            <translation>Aşkar edilmiş minalar, PHS və digər obyektlər (miqdarların cəmi)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="277" />
            <source>Cleared routes</source>
            <translation>Təmizlənmiş yollar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="278" />
            <source>Accidents</source>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Killed</source>
            <translation>Həlak olub</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Injured</source>
            <translation>Yaralanıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians killed</source>
            <translation>Həlak olan mülki şəxslər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians injured</source>
            <translation>Yaralanan mülki şəxslər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="288" />
            <source>All dates, saved data.</source>
            <translation>Bütün tarixlər, saxlanılmış məlumatlar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cleared</source>
            <translation>Təmizlənib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Reduced</source>
            <translation>Azaldılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AP mines</source>
            <translation>PƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AT mines</source>
            <translation>TƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>UXO</source>
            <translation>PHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AXO</source>
            <translation>TPHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>IEDs</source>
            <translation>ƏPQ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Submunitions</source>
            <translation>Kasetli döyüş elementləri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Other items</source>
            <translation>Digər obyektlər</translation>
        </message>
    </context>
    <context>
        <name>DeminingPlugin</name>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Demining Panel</source>
            <translation>Minatəmizləmə paneli</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Show or hide the Demining panel</source>
            <translation>Minatəmizləmə panelini göstər və ya gizlət</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>New Store…</source>
            <translation>Yeni anbar…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>Create an empty Demining store and add it to the project</source>
            <translation>Boş Demining anbarı yarat və layihəyə əlavə et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Open Store…</source>
            <translation>Anbarı aç…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Mövcud Demining anbarının laylarını layihəyə əlavə et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Load Demo</source>
            <translation>Demonu yüklə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Open the demo scenario, building it first if needed</source>
            <translation>Demo ssenarisini aç, lazım olsa əvvəlcə onu yarat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Clearance Panel</source>
            <translation>Təmizləmə paneli</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
            <translation>Təmizləmə panelini göstər və ya gizlət (görünüşdəki tapşırıqlar, azadetmə alətləri)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw Released Land</source>
            <translation>Azad edilmiş ərazini çək</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
            <translation>Azad edilmiş ərazini xəritədə çək; o, təhlükəli ərazilərlə kəsilir və heç vaxt iki dəfə sayılmır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Mark Selected Tasks Released…</source>
            <translation>Seçilmiş tapşırıqları azad edilmiş kimi qeyd et…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Record the selected tasks or sectors as released</source>
            <translation>Seçilmiş tapşırıqları və ya sektorları azad edilmiş kimi qeyd et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide into Sectors…</source>
            <translation>Sektorlara böl…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide the selected task into numbered sectors</source>
            <translation>Seçilmiş tapşırığı nömrələnmiş sektorlara böl</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Undo Last Release</source>
            <translation>Sonuncu azadetməni geri qaytar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Take back the whole of the last release or sector division</source>
            <translation>Sonuncu azadetməni və ya sektorlara bölməni bütövlükdə geri qaytar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Clearance Totals</source>
            <translation>Təmizləmə yekunları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
            <translation>Təmizləmə yekunları panelini göstər və ya gizlət (rayon, üsul, komanda və ya dövr üzrə hektarlar, obyektlər, yollar, hadisələr)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Period Report…</source>
            <translation>Dövr hesabatı…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
            <translation>Anbarın dövr hesabatını (cümlələr və cədvəl) .md, .html və ya .txt kimi yaz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="129" />
            <source>Demining</source>
            <translation>Minatəmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="131" />
            <source>&amp;Demining</source>
            <translation>&amp;Minatəmizləmə</translation>
        </message>
    </context>
    <context>
        <name>DeminingTasks</name>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="81" />
            <source>Demining figures of {}</source>
            <translation>{} üçün Demining göstəriciləri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="97" />
            <source>Building the Demining demo</source>
            <translation>Demining demosu yaradılır</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../demining_plugin/gui/formatting.py" line="28" />
            <source>{} ha</source>
            <translation>{} ha</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/formatting.py" line="33" />
            <source>{} km</source>
            <translation>{} km</translation>
        </message>
    </context>
    <context>
        <name>HectareTotalsAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="71" />
            <source>Hectare totals</source>
            <translation>Hektar yekunları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="41" />
            <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer's CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts' name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
            <translation>Poliqon layının hektarları, hər kvadrat metr bir dəfə sayılır: poliqonlar üst-üstə düşdükdə (idxal olunmuş köhnə məlumatlar, əvvəl tədqiq edilib sonra təmizlənmiş ərazi) ərazi onu əhatə edən ən erkən azadetməyə aid edilir (eyni tarixdə ən kiçik obyekt id-si). Sahələr layın koordinat sistemindən asılı olmayaraq WGS84 ellipsoidi üzərində həqiqi sahələrdir.

INPUT: istənilən poliqon layı. REGIONS (istəyə bağlı): rayonların poliqon layı; poliqonlar rayon sərhədlərində kəsilir və hər hissə öz rayonunda sayılır (region sütunu). REGION_FIELD: rayonların ad sahəsi (standart name). GROUP_BY: INPUT-un vergüllə ayrılmış sahə adları (məsələn, release_method,technique), həmçinin tarix sahəsinin month və ya week (ISO həftəsi). DATE_FIELD: azadetmə tarixi (lay onu saxlayırsa, standart released_on). DATE_FROM, DATE_TO: İİİİ-AA-GG, hər ikisi daxil; DATE_FROM-dan əvvəl ilk dəfə azad edilmiş ərazi sayılmır.

OUTPUT: qruplaşdırma sahələri, area_ha və n_features (qrupda ərazisi olan obyektlər) ilə cədvəl. TOTAL_HA: bütün qrupların hektarları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="57" />
            <source>Released land (polygons)</source>
            <translation>Azad edilmiş ərazi (poliqonlar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="59" />
            <source>Districts (polygons)</source>
            <translation>Rayonlar (poliqonlar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="61" />
            <source>District name field</source>
            <translation>Rayon adı sahəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="63" />
            <source>Group by (comma-separated fields; month, week)</source>
            <translation>Qruplaşdır (vergüllə ayrılmış sahələr; month, week)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="65" />
            <source>Date field</source>
            <translation>Tarix sahəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="67" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Başlanğıc tarixi (İİİİ-AA-GG, daxil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="69" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>Son tarix (İİİİ-AA-GG, daxil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="73" />
            <source>Total hectares</source>
            <translation>Cəmi hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="110" />
            <source>Cancelled.</source>
            <translation>Ləğv edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="126" />
            <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
            <translation>{n} obyektdən {groups} qrupda {ha:,.2f} ha, hər kvadrat metr bir dəfə sayılıb ({general} obyekt üçün GEOS lazım oldu).</translation>
        </message>
    </context>
    <context>
        <name>MarkClearedAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="47" />
            <source>Mark areas released</source>
            <translation>Sahələri azad edilmiş kimi qeyd et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="49" />
            <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.

STORE: the store (.gpkg). METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. Outputs ADDED_HA (true ellipsoidal hectares) and ADDED_COUNT (released polygons stored).</source>
            <translation>INPUT poliqonlarını layihə anbarında azad edilmiş ərazi kimi qeyd edir, xəritə aləti kimi: hər poliqon təhlükəli ərazilərlə kəsişdirilir, artıq azad edilmiş ərazi çıxarılır (hektar heç vaxt iki dəfə sayılmır), qalanı tapşırıqlar və rayon sərhədləri üzrə bölünür, 1 m²-dən kiçik qırıntılar atılır. Təhlükəli ərazilərin qalan sahəsi və statusu (açıq, üzərində işlənir, bağlı) və tapşırıqların statusu yenilənir. Hamısı bir tranzaksiyada saxlanılır: nə isə alınmasa, heç nə dəyişmir.

STORE: anbar (.gpkg). METHOD: cleared, reduced və ya cancelled. TECHNIQUE: manual, mechanical və ya mdd. DATE: İİİİ-AA-GG. TASK_ID (istəyə bağlı): işin aid olduğu tapşırıq; ondan kənar ərazi nəzərə alınmır. TOLERANCE (m², standart 1): bundan kiçik hissələr saxlanılmır, bundan az qalığı olan təhlükəli ərazi və ya tapşırıq bağlanır. ADDED_HA (həqiqi ellipsoidal hektar) və ADDED_COUNT (saxlanılmış azadetmə poliqonları) qaytarır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="64" />
            <source>Project store</source>
            <translation>Layihə anbarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="65" />
            <source>Areas released</source>
            <translation>Azad edilmiş sahələr</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="67" />
            <source>Release method</source>
            <translation>Azadetmə üsulu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="70" />
            <source>Technique</source>
            <translation>Texnika</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="73" />
            <source>Organisation</source>
            <translation>Təşkilat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="74" />
            <source>Team</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="75" />
            <source>Release date (YYYY-MM-DD)</source>
            <translation>Azadetmə tarixi (İİİİ-AA-GG)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="77" />
            <source>Clearance depth (cm)</source>
            <translation>Təmizləmə dərinliyi (sm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="80" />
            <source>Task ID</source>
            <translation>Tapşırıq ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="81" />
            <source>Slivers and remainders smaller than this are ignored (m²)</source>
            <translation>Bundan kiçik qırıntılar və qalıqlar nəzərə alınmır (m²)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="84" />
            <source>Hectares added</source>
            <translation>Əlavə edilmiş hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="85" />
            <source>Released polygons added</source>
            <translation>Əlavə edilmiş azadetmə poliqonları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="91" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT oxuna bilən poliqon layı deyil.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="111" />
            <source>Cancelled; nothing was stored.</source>
            <translation>Ləğv edildi; heç nə saxlanılmadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="113" />
            <source>Feature {} has no geometry; skipped.</source>
            <translation>{} obyektinin həndəsəsi yoxdur; buraxıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="121" />
            <source>Feature {}: {}</source>
            <translation>Obyekt {}: {}</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="34" />
            <source>Demining</source>
            <translation>Minatəmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="55" />
            <source>{doing} failed: {error}</source>
            <translation>{doing} alınmadı: {error}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="60" />
            <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
            <translation>{doing} gözlənilməz xəta səbəbindən alınmadı ({error}). Təfərrüatlar Mesaj jurnalı panelinin Demining vərəqindədir.</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="53" />
            <source>{first} and {last}</source>
            <translation>{first} və {last}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mine</source>
            <translation>{n} piyada əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mines</source>
            <translation>{n} piyada əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mine</source>
            <translation>{n} tank əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mines</source>
            <translation>{n} tank əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} item of unexploded ordnance (UXO)</source>
            <translation>{n} partlamamış hərbi sursat (PHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} items of unexploded ordnance (UXO)</source>
            <translation>{n} partlamamış hərbi sursat (PHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} item of abandoned explosive ordnance (AXO)</source>
            <translation>{n} tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} items of abandoned explosive ordnance (AXO)</source>
            <translation>{n} tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive device (IED)</source>
            <translation>{n} əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive devices (IEDs)</source>
            <translation>{n} əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunition</source>
            <translation>{n} kasetli döyüş elementi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunitions</source>
            <translation>{n} kasetli döyüş elementi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other item</source>
            <translation>{n} digər obyekt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other items</source>
            <translation>{n} digər obyekt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="93" />
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="155" />
            <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
            <translation>Hektarlar həqiqi (ellipsoidal) sahələrdir; bir dəfədən çox azad edilmiş ərazi ilk azadetməsi üzrə bir dəfə sayılır. Rayonlar ərazinin, obyektlərin, yolların və hadisələrin yerləşdiyi yerlərdir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="167" />
            <source>Outside the districts</source>
            <translation>Rayonlardan kənar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="187" />
            <source>between {start} and {end}</source>
            <translation>{start} ilə {end} arasında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="190" />
            <source>on {day}</source>
            <translation>{day} tarixində</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="197" />
            <source>outside the mapped districts</source>
            <translation>xəritəyə salınmış rayonlardan kənarda</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="208" />
            <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
            <translation>{Period} {districts} ərazisində 1 partlayıcı obyekt aşkar edilib: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="210" />
            <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
            <translation>{Period} {districts} ərazisində {n} partlayıcı obyekt aşkar edilib: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="217" />
            <source>{Period}, no explosive items were found.</source>
            <translation>{Period} partlayıcı obyekt aşkar edilməyib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="225" />
            <source>{ha} ha cleared</source>
            <translation>{ha} ha təmizlənib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="227" />
            <source>{ha} ha reduced by technical survey</source>
            <translation>{ha} ha texniki tədqiqatla azaldılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="230" />
            <source>{ha} ha cancelled by non-technical survey</source>
            <translation>{ha} ha qeyri-texniki tədqiqatla ləğv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="232" />
            <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
            <translation>{ha} hektar ərazi azad edilib, hər kvadrat metr bir dəfə sayılmaqla: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="236" />
            <source>Land was cleared in {districts}.</source>
            <translation>Ərazi bu rayonlarda təmizlənib: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="239" />
            <source>No land was released.</source>
            <translation>Ərazi azad edilməyib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="243" />
            <source>{km} km of routes were cleared, in {districts}.</source>
            <translation>{districts} ərazisində {km} km yol təmizlənib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="246" />
            <source>No routes were cleared.</source>
            <translation>Yol təmizlənməyib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="250" />
            <source>1 mine accident was recorded</source>
            <translation>1 mina hadisəsi qeydə alınıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="251" />
            <source>{n} mine accidents were recorded</source>
            <translation>{n} mina hadisəsi qeydə alınıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="252" />
            <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
            <translation>{accidents}: {killed} nəfər həlak olub, {injured} nəfər yaralanıb; rayonlar: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="257" />
            <source>No mine accidents were recorded.</source>
            <translation>Mina hadisəsi qeydə alınmayıb.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="260" />
            <source>Mine action report, {day}</source>
            <translation>Mina fəaliyyəti hesabatı, {day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="262" />
            <source>Mine action report, {start} to {end}</source>
            <translation>Mina fəaliyyəti hesabatı, {start} – {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="287" />
            <source>{n} were destroyed in situ</source>
            <translation>{n} ədədi yerində məhv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="288" />
            <source>{n} were removed for demolition</source>
            <translation>{n} ədədi məhv edilmək üçün aparılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="289" />
            <source>{n} were rendered safe</source>
            <translation>{n} ədədi zərərsizləşdirilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="299" />
            <source>{n} have no disposal recorded</source>
            <translation>{n} ədədinin məhvetmə qeydi yoxdur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="300" />
            <source>Of these, {parts}.</source>
            <translation>Bunlardan {parts}.</translation>
        </message>
    </context>
    <context>
        <name>PeriodReportAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="134" />
            <source>Period report</source>
            <translation>Dövr hesabatı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="136" />
            <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period's dates. Every figure is computed from the store.

STORE: a Demining project store (.gpkg). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
            <translation>Agentliyin dövr üzrə dərc etdiyi xülasəni tam cümlələr və rayonlar üzrə cədvəl şəklində yazır: kateqoriyalar üzrə aşkar edilmiş obyektlər və onların tapıldığı rayonlar, üsullar üzrə azad edilmiş hektarlar (hər kvadrat metr bir dəfə, həqiqi ellipsoidal sahələr), təmizlənmiş yolların kilometrləri və mina hadisələri, dövrün tarixləri ilə. Bütün göstəricilər anbardan hesablanır.

STORE: Demining layihə anbarı (.gpkg). DATE_FROM, DATE_TO: İİİİ-AA-GG, hər ikisi daxil. OUTPUT: hesabat faylı; onun genişlənməsi formatı seçir: .md (Markdown), .html və ya .txt. TEXT: hesabat sadə mətn kimi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="147" />
            <source>Project store</source>
            <translation>Layihə anbarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="149" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Başlanğıc tarixi (İİİİ-AA-GG, daxil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="150" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>Son tarix (İİİİ-AA-GG, daxil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Report</source>
            <translation>Hesabat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Mətn (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="153" />
            <source>Report text</source>
            <translation>Hesabatın mətni</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="175" />
            <source>Cancelled.</source>
            <translation>Ləğv edildi.</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message>
            <location filename="../demining_plugin/core/release.py" line="43" />
            <source>{ha} ha reduced</source>
            <translation>{ha} ha azaldılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="45" />
            <source>{ha} ha cancelled</source>
            <translation>{ha} ha ləğv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="46" />
            <source>{ha} ha cleared</source>
            <translation>{ha} ha təmizlənib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="116" />
            <source>{released} in task {task}</source>
            <translation>{task} tapşırığında {released}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="118" />
            <source>{released} ({district})</source>
            <translation>{released} ({district})</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="122" />
            <source>{ha} ha remain in hazard {hazard}</source>
            <translation>{hazard} təhlükəli ərazisində {ha} ha qalır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="125" />
            <source>{remain} (now closed)</source>
            <translation>{remain} (artıq bağlıdır)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="152" />
            <source>The drawn area is empty.</source>
            <translation>Çəkilmiş sahə boşdur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="154" />
            <source>Released land must be drawn as a polygon.</source>
            <translation>Azad edilmiş ərazi poliqon kimi çəkilməlidir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="161" />
            <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
            <translation>Çəkilmiş fiqur özünü kəsir və düzəldildikdən sonra sahəsi qalmır; yenidən çəkin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="164" />
            <source>The drawing crossed itself and was repaired.</source>
            <translation>Çəkilmiş fiqur özünü kəsirdi və düzəldildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="199" />
            <source>Task {task} does not exist in this store.</source>
            <translation>{task} tapşırığı bu anbarda yoxdur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="204" />
            <source>Nothing was added: the area lies outside task {task}.</source>
            <translation>Heç nə əlavə edilmədi: sahə {task} tapşırığından kənardadır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="208" />
            <source>The part outside task {task} was left out.</source>
            <translation>{task} tapşırığından kənar hissə nəzərə alınmadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="214" />
            <source>Nothing was added: the area is outside every hazard area.</source>
            <translation>Heç nə əlavə edilmədi: sahə bütün təhlükəli ərazilərdən kənardadır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="256" />
            <source>Nothing was added: this land is already released.</source>
            <translation>Heç nə əlavə edilmədi: bu ərazi artıq azad edilib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="258" />
            <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
            <translation>Heç nə əlavə edilmədi: təhlükəli ərazilərlə kəsildikdən sonra qalan sahə boşdur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="262" />
            <source>Slivers under {m2} m² were left out.</source>
            <translation>{m2} m²-dən kiçik qırıntılar nəzərə alınmadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="65" />
            <source>Release method '{method}' is not one of {codes}.</source>
            <translation>«{method}» azadetmə üsulu bunlardan biri deyil: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="68" />
            <source>Technique '{technique}' is not one of {codes}.</source>
            <translation>«{technique}» texnikası bunlardan biri deyil: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="71" />
            <source>The release date is missing.</source>
            <translation>Azadetmə tarixi göstərilməyib.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="73" />
            <source>The release date {date} is in the future.</source>
            <translation>{date} azadetmə tarixi gələcəkdədir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="76" />
            <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
            <translation>{depth} sm təmizləmə dərinliyi 0–500 sm aralığından kənardadır.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseController</name>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="51" />
            <source>Undoing '{}'</source>
            <translation>«{}» geri qaytarılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="67" />
            <source>Refreshing the layers</source>
            <translation>Laylar yenilənir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="58" />
            <source>Undone: {}</source>
            <translation>Geri qaytarıldı: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="63" />
            <source>Redoing '{}'</source>
            <translation>«{}» təkrarlanır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="98" />
            <source>Record the land you drew as released.</source>
            <translation>Çəkdiyiniz ərazini azad edilmiş kimi qeyd edin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="102" />
            <source>Marking land released</source>
            <translation>Ərazinin azad edilmiş kimi qeyd edilməsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="115" />
            <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
            <translation>Əvvəlcə qeyd ediləcək tapşırıqları və ya sektorları seçin (Təmizləmə tapşırıqları layı).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="119" />
            <source>{n} selected: {ids}</source>
            <translation>{n} seçilib: {ids}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="126" />
            <source>Marking tasks released</source>
            <translation>Tapşırıqların azad edilmiş kimi qeyd edilməsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="148" />
            <source>There is no release to undo.</source>
            <translation>Geri qaytarılacaq azadetmə yoxdur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="158" />
            <source>Open or create a store first (Demining dock).</source>
            <translation>Əvvəlcə anbarı açın və ya yaradın (Minatəmizləmə paneli).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="182" />
            <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
            <translation>{layer} layında saxlanılmamış düzəlişlər var. Əvvəlcə onları saxlayın və ya ləğv edin, sonra ərazini yenidən qeyd edin.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="37" />
            <source>Mark land released</source>
            <translation>Ərazini azad edilmiş kimi qeyd et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="52" />
            <source>Release method</source>
            <translation>Azadetmə üsulu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="74" />
            <source>(not recorded)</source>
            <translation>(qeyd edilməyib)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="59" />
            <source>Technique</source>
            <translation>Texnika</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="62" />
            <source>Organisation</source>
            <translation>Təşkilat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="64" />
            <source>Team</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="70" />
            <source>Released on</source>
            <translation>Azad edilmə tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="77" />
            <source>Clearance depth</source>
            <translation>Təmizləmə dərinliyi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="80" />
            <source>(from the map)</source>
            <translation>(xəritədən)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="83" />
            <source>Task</source>
            <translation>Tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="86" />
            <source>Mark released</source>
            <translation>Azad edilmiş kimi qeyd et</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Suspected hazardous area (SHA)</source>
            <translation>Şübhəli təhlükəli ərazi (SHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Confirmed hazardous area (CHA)</source>
            <translation>Təsdiqlənmiş təhlükəli ərazi (CHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Open</source>
            <translation>Açıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Worked on</source>
            <translation>Üzərində işlənir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Closed</source>
            <translation>Bağlı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cleared (clearance)</source>
            <translation>Təmizlənib (təmizləmə)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Reduced (technical survey)</source>
            <translation>Azaldılıb (texniki tədqiqat)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cancelled (non-technical survey)</source>
            <translation>Ləğv edilib (qeyri-texniki tədqiqat)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Manual</source>
            <translation>Əl ilə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mechanical</source>
            <translation>Mexaniki</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mine detection dogs</source>
            <translation>Mina axtaran itlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-personnel mine</source>
            <translation>Piyada əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-tank mine</source>
            <translation>Tank əleyhinə mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Unexploded ordnance (UXO)</source>
            <translation>Partlamamış hərbi sursat (PHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Abandoned explosive ordnance (AXO)</source>
            <translation>Tərk edilmiş partlayıcı hərbi sursat (TPHS)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Improvised explosive device (IED)</source>
            <translation>Əldəqayırma partlayıcı qurğu (ƏPQ)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Submunition</source>
            <translation>Kasetli döyüş elementi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Other</source>
            <translation>Digər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-personnel mines</source>
            <translation>Piyada əleyhinə minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-tank mines</source>
            <translation>Tank əleyhinə minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Mixed AP and AT mines</source>
            <translation>Qarışıq PƏ və TƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Unexploded ordnance</source>
            <translation>Partlamamış hərbi sursat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Cluster munitions</source>
            <translation>Kasetli sursat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Improvised explosive devices</source>
            <translation>Əldəqayırma partlayıcı qurğular</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Clearance</source>
            <translation>Təmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Technical survey</source>
            <translation>Texniki tədqiqat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Non-technical survey</source>
            <translation>Qeyri-texniki tədqiqat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Route clearance</source>
            <translation>Yolların təmizlənməsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>EOD spot task</source>
            <translation>PHS-nin zərərsizləşdirilməsi üzrə nöqtəvi tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Intact</source>
            <translation>Salamat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Damaged</source>
            <translation>Zədələnmiş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Deteriorated</source>
            <translation>Köhnəlmiş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Armed</source>
            <translation>Döyüş vəziyyətində</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Unknown</source>
            <translation>Naməlum</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Destroyed in situ</source>
            <translation>Yerində məhv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Removed for demolition</source>
            <translation>Məhv edilmək üçün aparılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Rendered safe</source>
            <translation>Zərərsizləşdirilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Illegal entry into uncleared land</source>
            <translation>Təmizlənməmiş əraziyə qanunsuz daxil olma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Leaving cleared land</source>
            <translation>Təmizlənmiş ərazidən kənara çıxma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Demining</source>
            <translation>Minatəmizləmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Farming</source>
            <translation>Əkinçilik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Herding</source>
            <translation>Heyvan otarma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Travelling</source>
            <translation>Səfər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Handling or tampering</source>
            <translation>Əllə toxunma və ya sökməyə cəhd</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Reference point (landmark)</source>
            <translation>İstinad nöqtəsi (orientir)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Benchmark</source>
            <translation>Reper</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Turning point</source>
            <translation>Dönmə nöqtəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Intermediate point</source>
            <translation>Aralıq nöqtə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>End point</source>
            <translation>Son nöqtə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Degrees</source>
            <translation>Dərəcə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6400)</source>
            <translation>Min hissə (6400)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6000)</source>
            <translation>Min hissə (6000)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>True north</source>
            <translation>Həqiqi şimal</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Grid north</source>
            <translation>Tor şimalı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Magnetic north</source>
            <translation>Maqnit şimalı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Road</source>
            <translation>Yol</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Track</source>
            <translation>Torpaq yol</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Path</source>
            <translation>Cığır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Railway</source>
            <translation>Dəmir yolu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="283" />
            <source>District</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="284" />
            <source>Organisation</source>
            <translation>Təşkilat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="285" />
            <source>Team</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="286" />
            <source>Remarks</source>
            <translation>Qeydlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Districts</source>
            <translation>Rayonlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Region ID</source>
            <translation>Rayon ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Local name</source>
            <translation>Yerli ad</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative level</source>
            <translation>İnzibati səviyyə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative districts used to split and total released land.</source>
            <translation>Azad edilmiş ərazini bölmək və yekunlaşdırmaq üçün inzibati rayonlar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard areas</source>
            <translation>Təhlükəli ərazilər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard ID</source>
            <translation>Təhlükəli ərazi ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Classification</source>
            <translation>Təsnifat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Contamination</source>
            <translation>Çirklənmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Reported on</source>
            <translation>Məlumat tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Evidence</source>
            <translation>Sübutlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Area (ha)</source>
            <translation>Sahə (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Remaining (ha)</source>
            <translation>Qalıq (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
            <translation>Şübhəli (SHA) və təsdiqlənmiş (CHA) təhlükəli ərazilər.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance tasks</source>
            <translation>Təmizləmə tapşırıqları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task ID</source>
            <translation>Tapşırıq ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Hazard</source>
            <translation>Təhlükəli ərazi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Parent task</source>
            <translation>Ana tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task type</source>
            <translation>Tapşırıq növü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned start</source>
            <translation>Planlaşdırılmış başlanğıc</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned end</source>
            <translation>Planlaşdırılmış son</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned (ha)</source>
            <translation>Plan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Sector number</source>
            <translation>Sektor nömrəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
            <translation>Təhlükəli ərazilərin daxilində çəkilmiş təmizləmə və tədqiqat tapşırıqları və onların sektorları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released land</source>
            <translation>Azad edilmiş ərazi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release ID</source>
            <translation>Azadetmə ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release method</source>
            <translation>Azadetmə üsulu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Technique</source>
            <translation>Texnika</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Task</source>
            <translation>Tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released on</source>
            <translation>Azad edilmə tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Clearance depth (cm)</source>
            <translation>Təmizləmə dərinliyi (sm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
            <translation>Təmizləmə, texniki və ya qeyri-texniki tədqiqatla azad edilmiş ərazi; üst-üstə düşmür.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Minefield records</source>
            <translation>Minasahəsi formulyarları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Record ID</source>
            <translation>Formulyar ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Received on</source>
            <translation>Alınma tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied by</source>
            <translation>Təqdim edən</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AP mines</source>
            <translation>Bildirilmiş PƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AT mines</source>
            <translation>Bildirilmiş TƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed mines in total</source>
            <translation>Bildirilmiş minalar cəmi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing unit</source>
            <translation>İstiqamət bucağı vahidi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>North reference</source>
            <translation>Şimal istinadı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Magnetic declination (degrees)</source>
            <translation>Maqnit meyli (dərəcə)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Traverse misclosure (m)</source>
            <translation>Gedişin uyğunsuzluğu (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied minefield records (mine maps handed over by the other side).</source>
            <translation>Təqdim edilmiş minasahəsi formulyarları (qarşı tərəfin təhvil verdiyi mina xəritələri).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mines</source>
            <translation>Xəritədəki minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mine ID</source>
            <translation>Xəritədəki mina ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Minefield record</source>
            <translation>Minasahəsi formulyarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Row</source>
            <translation>Sıra</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mine number in row</source>
            <translation>Sırada mina nömrəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Category</source>
            <translation>Kateqoriya</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mines as positioned by a supplied record.</source>
            <translation>Təqdim edilmiş formulyarda göstərilən mövqelərdə minalar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Record points</source>
            <translation>Formulyar nöqtələri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point UID</source>
            <translation>Nöqtə UID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point number</source>
            <translation>Nöqtə nömrəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point type</source>
            <translation>Nöqtə növü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing</source>
            <translation>İstiqamət bucağı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Distance (m)</source>
            <translation>Məsafə (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>From point</source>
            <translation>Hansı nöqtədən</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Reference point, benchmark and turning points of a minefield record.</source>
            <translation>Minasahəsi formulyarının istinad nöqtəsi, reperi və dönmə nöqtələri.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Items found</source>
            <translation>Aşkar edilmiş obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Item ID</source>
            <translation>Obyekt ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Quantity</source>
            <translation>Miqdar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Found on</source>
            <translation>Aşkar edilmə tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Depth (cm)</source>
            <translation>Dərinlik (sm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Condition</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Disposition</source>
            <translation>Məhvetmə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Mines, UXO and other items found and what was done with them.</source>
            <translation>Aşkar edilmiş minalar, PHS və digər obyektlər və onlarla nə edildiyi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared routes</source>
            <translation>Təmizlənmiş yollar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route ID</source>
            <translation>Yol ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route type</source>
            <translation>Yol növü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared width (m)</source>
            <translation>Təmizlənmiş en (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared on</source>
            <translation>Təmizlənmə tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Length (km)</source>
            <translation>Uzunluq (km)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Roads and tracks cleared and verified.</source>
            <translation>Təmizlənmiş və yoxlanılmış yollar və torpaq yollar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accidents</source>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accident ID</source>
            <translation>Hadisə ID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Occurred on</source>
            <translation>Baş vermə tarixi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Killed</source>
            <translation>Həlak olub</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Injured</source>
            <translation>Yaralanıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Civilian victims</source>
            <translation>Mülki qurbanlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Activity at the time</source>
            <translation>Həmin andakı fəaliyyət</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Device</source>
            <translation>Qurğu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Description</source>
            <translation>Təsvir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Mine and UXO accidents with their victims.</source>
            <translation>Mina və PHS hadisələri və onların qurbanları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="108" />
            <source>(not recorded)</source>
            <translation>(qeyd edilməyib)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="180" />
            <source>Value out of range</source>
            <translation>Dəyər icazə verilən aralıqdan kənardadır</translation>
        </message>
    </context>
    <context>
        <name>SectoriseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="137" />
            <source>Divide into sectors</source>
            <translation>Sektorlara böl</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="139" />
            <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon's local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent's attributes and gets sector_no, sector_id (such as T-0042/07, from the parent's task_id, hazard_id or feature id) and area_ha.</source>
            <translation>INPUT-un hər poliqonunu (tapşırıqlar və ya təhlükəli ərazilər) ANGLE istiqaməti (şimaldan saat əqrəbi üzrə dərəcə) boyunca eni WIDTH metr, uzunluğu LENGTH metr olan nömrələnmiş sektorlara və ya zolaqlara bölür; ölçülər poliqonun yerli UTM zonasında yerdə aparılır və poliqonla kəsilir. Sektorlar ana poliqonu dəqiq, üst-üstə düşmə və boşluq olmadan örtür. Hər sektor ananın atributlarını saxlayır və sector_no, sector_id (məsələn, ananın task_id, hazard_id və ya obyekt id-sindən T-0042/07) və area_ha alır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="149" />
            <source>Polygons to divide</source>
            <translation>Bölünəcək poliqonlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="151" />
            <source>Sector width (m)</source>
            <translation>Sektorun eni (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="153" />
            <source>Sector length (m)</source>
            <translation>Sektorun uzunluğu (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="155" />
            <source>Direction (degrees from north)</source>
            <translation>İstiqamət (şimaldan dərəcə)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="158" />
            <source>Sectors</source>
            <translation>Sektorlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="164" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT oxuna bilən poliqon layı deyil.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="196" />
            <source>{}: {} sectors</source>
            <translation>{}: {} sektor</translation>
        </message>
    </context>
    <context>
        <name>SectorsDialog</name>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="41" />
            <source>Divide {} into sectors</source>
            <translation>{} tapşırığını sektorlara böl</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="48" />
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="51" />
            <source>°</source>
            <translation>°</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="52" />
            <source>Width (across)</source>
            <translation>En (eninə)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="53" />
            <source>Length (along)</source>
            <translation>Uzunluq (boyunca)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="54" />
            <source>Direction from north</source>
            <translation>Şimaldan istiqamət</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="55" />
            <source>Draw baseline on the map…</source>
            <translation>Baza xəttini xəritədə çək…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="56" />
            <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
            <translation>Baza xəttinin başlanğıcına, sonra onun üzərində bir nöqtəyə klikləyin: sektorlar oradan başlayır və onun boyunca uzanır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="66" />
            <source>Store sectors</source>
            <translation>Sektorları saxla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="103" />
            <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
            <translation>{n} sektor, cəmi {ha:.2f} ha (hər biri orta hesabla {avg:.2f} ha).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="131" />
            <source>Dividing {} into sectors</source>
            <translation>{} sektorlara bölünür</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="138" />
            <source>Task {task} divided into {n} sectors ({first} to {last})</source>
            <translation>{task} tapşırığı {n} sektora bölündü ({first} – {last})</translation>
        </message>
    </context>
    <context>
        <name>StoreSession</name>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="190" />
            <source>This project uses the Demining store {}, which cannot be opened: {}</source>
            <translation>Bu layihə {} Demining anbarından istifadə edir, lakin onu açmaq mümkün deyil: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="232" />
            <source>Computing the figures of {}</source>
            <translation>{} göstəriciləri hesablanır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>New Demining store</source>
            <translation>Yeni Demining anbarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Open Demining store</source>
            <translation>Demining anbarını aç</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Demining store (*.gpkg);;All files (*)</source>
            <translation>Demining anbarı (*.gpkg);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="314" />
            <source>{} is the store this project uses; choose another file name.</source>
            <translation>{} bu layihənin istifadə etdiyi anbardır; başqa fayl adı seçin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="317" />
            <source>Creating store {}</source>
            <translation>{} anbarı yaradılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="321" />
            <source>Created the Demining store {}.</source>
            <translation>{} Demining anbarı yaradıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="326" />
            <source>Opening store {}</source>
            <translation>{} anbarı açılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="378" />
            <source>The demo builder is not available in this installation of the plugin ({}).</source>
            <translation>Demo qurucusu plaginin bu quraşdırmasında mövcud deyil ({}).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="385" />
            <source>Creating folder {}</source>
            <translation>{} qovluğu yaradılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="398" />
            <source>Building the demo was cancelled.</source>
            <translation>Demonun yaradılması ləğv edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="401" />
            <source>Building the demo</source>
            <translation>Demo yaradılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="404" />
            <source>The demo store is open: {}</source>
            <translation>Demo anbarı açıqdır: {}</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, open</source>
            <translation>CHA, açıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, worked on</source>
            <translation>CHA, üzərində işlənir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, closed</source>
            <translation>CHA, bağlı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, open</source>
            <translation>SHA, açıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, worked on</source>
            <translation>SHA, üzərində işlənir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, closed</source>
            <translation>SHA, bağlı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>unclassified</source>
            <translation>təsnif edilməyib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cleared</source>
            <translation>Təmizlənib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Reduced</source>
            <translation>Azaldılıb</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AP mine</source>
            <translation>PƏ mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AT mine</source>
            <translation>TƏ mina</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>UXO</source>
            <translation>PHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AXO</source>
            <translation>TPHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>IED</source>
            <translation>ƏPQ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Submunition</source>
            <translation>Kasetli döyüş elementi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Other</source>
            <translation>Digər</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="31" />
            <source>Outside the districts</source>
            <translation>Rayonlardan kənar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="32" />
            <source>(not recorded)</source>
            <translation>(qeyd edilməyib)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="34" />
            <source>(not applicable)</source>
            <translation>(tətbiq edilmir)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="48" />
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="96" />
            <source>Totals</source>
            <translation>Yekunlar</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>District</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>Release method</source>
            <translation>Azadetmə üsulu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Technique</source>
            <translation>Texnika</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Organisation</source>
            <translation>Təşkilat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Team</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Task</source>
            <translation>Tapşırıq</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>ISO week</source>
            <translation>ISO həftəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AP mines</source>
            <translation>PƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AT mines</source>
            <translation>TƏ minalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>UXO</source>
            <translation>PHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>AXO</source>
            <translation>TPHS</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>IED</source>
            <translation>ƏPQ</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="71" />
            <source>Submunitions</source>
            <translation>Kasetli döyüş elementləri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="72" />
            <source>Other items</source>
            <translation>Digər obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Cleared (ha)</source>
            <translation>Təmizlənib (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Reduced (ha)</source>
            <translation>Azaldılıb (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="77" />
            <source>Cancelled (ha)</source>
            <translation>Ləğv edilib (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="571" />
            <source>Released (ha)</source>
            <translation>Azad edilib (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="573" />
            <source>Items found</source>
            <translation>Aşkar edilmiş obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="575" />
            <source>Routes (km)</source>
            <translation>Yollar (km)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="576" />
            <source>Accidents</source>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="577" />
            <source>Killed</source>
            <translation>Həlak olub</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="578" />
            <source>Injured</source>
            <translation>Yaralanıb</translation>
        </message>
    </context>
    <context>
        <name>TotalsChart</name>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="93" />
            <source>No data</source>
            <translation>Məlumat yoxdur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="212" />
            <source>Outside the districts</source>
            <translation>Rayonlardan kənar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="45" />
            <source>{n}k</source>
            <translation>{n} min</translation>
        </message>
    </context>
    <context>
        <name>TotalsDock</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="93" />
            <source>Clearance totals of {}</source>
            <translation>{} təmizləmə yekunları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="211" />
            <source>Clearance totals</source>
            <translation>Təmizləmə yekunları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>First day of the period (empty: from the start)</source>
            <translation>Dövrün ilk günü (boş: əvvəldən)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>start</source>
            <translation>başlanğıc</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>Last day of the period, included (empty: up to now)</source>
            <translation>Dövrün son günü, daxil (boş: bu günə qədər)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>today</source>
            <translation>bu gün</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="255" />
            <source>What the rows of the table are</source>
            <translation>Cədvəlin sətirləri nəyi göstərir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="256" />
            <source>From</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="258" />
            <source>to</source>
            <translation>son</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="261" />
            <source>by</source>
            <translation>üzrə</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="284" />
            <source>Cumulative hectares</source>
            <translation>Artan yekunla hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>Items found per week</source>
            <translation>Həftə üzrə aşkar edilmiş obyektlər</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>Export the table to a CSV file</source>
            <translation>Cədvəli CSV faylına ixrac et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>Export the table to an Excel workbook</source>
            <translation>Cədvəli Excel kitabına ixrac et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Report…</source>
            <translation>Hesabat…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Write the period report (sentences and table) as .md, .html or .txt</source>
            <translation>Dövr hesabatını (cümlələr və cədvəl) .md, .html və ya .txt kimi yaz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="305" />
            <source>Recompute every figure from the store</source>
            <translation>Bütün göstəriciləri anbardan yenidən hesabla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="387" />
            <source>No store open</source>
            <translation>Anbar açıq deyil</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="581" />
            <source>Computing the totals of {}…</source>
            <translation>{} yekunları hesablanır…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="422" />
            <source>Computing the clearance totals of {}</source>
            <translation>{} təmizləmə yekunları hesablanır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="424" />
            <source>The totals could not be computed.</source>
            <translation>Yekunlar hesablana bilmədi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="428" />
            <source>Computing the totals was cancelled.</source>
            <translation>Yekunların hesablanması ləğv edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="531" />
            <source>Updating the clearance totals</source>
            <translation>Təmizləmə yekunları yenilənir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>Hectares released, cumulative</source>
            <translation>Azad edilmiş hektar, artan yekunla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>items</source>
            <translation>obyekt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="579" />
            <source>Open a Demining store to see its clearance totals.</source>
            <translation>Təmizləmə yekunlarını görmək üçün Demining anbarını açın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="586" />
            <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
            <translation>{store}: dövrdə {ha} ha azad edilib, hər kvadrat metr bir dəfə sayılmaqla (həqiqi ellipsoidal sahələr).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>Export totals to CSV</source>
            <translation>Yekunları CSV-yə ixrac et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Export totals to Excel</source>
            <translation>Yekunları Excel-ə ixrac et</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel kitabı (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="626" />
            <source>There are no totals to export yet.</source>
            <translation>Hələ ixrac ediləcək yekun yoxdur.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="634" />
            <source>Exporting the totals to {}</source>
            <translation>Yekunlar {} faylına ixrac edilir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="636" />
            <source>Totals exported to {}.</source>
            <translation>Yekunlar {} faylına ixrac edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="642" />
            <source>Open a Demining store first: the report is computed from it.</source>
            <translation>Əvvəlcə Demining anbarını açın: hesabat ondan hesablanır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="644" />
            <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
            <translation>{} yekunları hələ hesablanır; bir azdan hesabatı yenidən istəyin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Period report</source>
            <translation>Dövr hesabatı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Mətn (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="672" />
            <source>Writing the report {}</source>
            <translation>{} hesabatı yazılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="674" />
            <source>Report for {start} to {end} written to {path}.</source>
            <translation>{start} – {end} hesabatı {path} faylına yazıldı.</translation>
        </message>
    </context>
    <context>
        <name>TotalsModel</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="156" />
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="170" />
            <source>The layer behind these figures does not record this grouping.</source>
            <translation>Bu göstəricilərin əsaslandığı lay bu qruplaşdırmanı saxlamır.</translation>
        </message>
    </context>
    <context>
        <name>TraverseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="39" />
            <source>Minefield record traverse</source>
            <translation>Minasahəsi formulyarının gedişi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="41" />
            <source>Runs a minefield record's turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point's UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon's true (ellipsoidal) area in hectares.</source>
            <translation>Minasahəsi formulyarının dönmə nöqtələrini (əvvəlki nöqtədən istiqamət bucağı və məsafə) başlanğıc nöqtəsindən yerdə, WGS84 ellipsoidi üzərində çəkir və formulyarı qapadır.

INPUT: point_no, bearing və distance_m (yerdə metr) olan cədvəl, point_no sırası ilə. START_POINT: istinad nöqtəsi, istənilən koordinat sistemində. BEARING_UNIT: degrees, mils6400 (NATO) və ya mils6000 (Varşava Müqaviləsi). NORTH: true, grid (başlanğıc nöqtəsinin UTM zonasının şimalı) və ya magnetic; sonuncu üçün dərəcə ilə DECLINATION lazımdır, şərq müsbətdir.

OUTPUT: misclosure_m, misclosure_ratio (perimetr / uyğunsuzluq), perimeter_m və area_ha ilə formulyar poliqonu (EPSG:4326). MISCLOSURE_M: son hesablanmış nöqtədən başlanğıca qədər məsafə. AREA_HA: poliqonun hektarla həqiqi (ellipsoidal) sahəsi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="54" />
            <source>Turning points (point_no, bearing, distance_m)</source>
            <translation>Dönmə nöqtələri (point_no, bearing, distance_m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="56" />
            <source>Start (reference) point</source>
            <translation>Başlanğıc (istinad) nöqtəsi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="57" />
            <source>Bearing unit</source>
            <translation>İstiqamət bucağı vahidi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60" />
            <source>North reference</source>
            <translation>Şimal istinadı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63" />
            <source>Magnetic declination (degrees, east positive)</source>
            <translation>Maqnit meyli (dərəcə, şərq müsbət)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66" />
            <source>Minefield record</source>
            <translation>Minasahəsi formulyarı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="68" />
            <source>Misclosure (m)</source>
            <translation>Uyğunsuzluq (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69" />
            <source>Area (ha)</source>
            <translation>Sahə (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="100" />
            <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
            <translation>Uyğunsuzluq {0:.3f} m ({1}); sahə {2:.4f} ha</translation>
        </message>
    </context>
</TS>
