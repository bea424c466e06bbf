<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
    <context>
        <name>BuildDemoAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="60" />
            <source>Build demo store</source>
            <translation>Demo deposu oluştur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="62" />
            <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
            <translation>Demo senaryosunu (Karabağ çevresinde arazi serbest bırakma, Azerbaycan, 2020–2022) sabit bir rastgele tohumdan, QGIS ile gelen gerçek ilçe sınırları (Natural Earth) üzerinde yeni bir depoya yazar. Deponun yanına onu stilleriyle açan bir QGIS projesi (.qgz) yazar.

OUTPUT: yazılacak .gpkg dosyasının yolu (varsa değiştirilir). SEED: rastgele tohum (varsayılan değer yayımlanmış rakamları yeniden üretir).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="73" />
            <source>Random seed</source>
            <translation>Rastgele tohum</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>Demo store</source>
            <translation>Demo deposu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="76" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="79" />
            <source>Demo project</source>
            <translation>Demo projesi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="80" />
            <source>Hectares released</source>
            <translation>Serbest bırakılan hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="81" />
            <source>Items found</source>
            <translation>Bulunan unsurlar</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDock</name>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Task</source>
            <translation>Görev</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Planned</source>
            <translation>Planlanan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>Released</source>
            <translation>Serbest bırakılan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="53" />
            <source>District</source>
            <translation>İlçe</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="58" />
            <source>Clearance</source>
            <translation>Temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw released land</source>
            <translation>Serbest bırakılan araziyi çiz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="67" />
            <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
            <translation>Serbest bırakılan araziyi haritada çizin (yakalama uygulanır); sağ tık veya Enter bitirir, Ctrl+Z son serbest bırakmayı geri alır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Mark selected tasks released…</source>
            <translation>Seçili görevleri serbest bırakıldı olarak işaretle…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="72" />
            <source>Record the selected tasks or sectors as released land.</source>
            <translation>Seçili görevleri veya sektörleri serbest bırakılan arazi olarak kaydet.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide into sectors…</source>
            <translation>Sektörlere böl…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="76" />
            <source>Divide the selected task into numbered sectors.</source>
            <translation>Seçili görevi numaralı sektörlere böl.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Undo last release</source>
            <translation>Son serbest bırakmayı geri al</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="80" />
            <source>Take back the last release or sector division, all of it.</source>
            <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="96" />
            <source>Planned hectares</source>
            <translation>Planlanan hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="97" />
            <source>Hectares released in the task</source>
            <translation>Görevde serbest bırakılan hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="169" />
            <source>No store open.</source>
            <translation>Açık depo yok.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="171" />
            <source>More than {n} tasks in view: zoom in to list them.</source>
            <translation>Harita görünümünde {n} görevden fazla var: listelemek için yakınlaştırın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="175" />
            <source>{n} tasks in the map view</source>
            <translation>Harita görünümündeki görevler: {n}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/clearance_dock.py" line="213" />
            <source>Select one task to divide (in this list or on the map).</source>
            <translation>Bölmek için bir görev seçin (bu listede veya haritada).</translation>
        </message>
    </context>
    <context>
        <name>CreateStoreAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="23" />
            <source>Create project store</source>
            <translation>Proje deposu oluştur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="25" />
            <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.</source>
            <translation>Boş bir Demining proje deposu oluşturur: veri modelinin tüm katmanlarını (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents) tutan bir GeoPackage; her katmanın varsayılan stili (IMAS 07.11 renkleri) ve öznitelik formu dosyaya kaydedilir.

OUTPUT: yeni .gpkg dosyasının yolu. CRS: katmanların koordinat referans sistemi (varsayılan EPSG:4326). Var olan bir dosya yalnızca OVERWRITE ayarlıysa değiştirilir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="37" />
            <source>Layer CRS</source>
            <translation>Katman KRS'si</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="38" />
            <source>Replace an existing file</source>
            <translation>Var olan dosyayı değiştir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>Store</source>
            <translation>Depo</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="39" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="42" />
            <source>Data model version</source>
            <translation>Veri modeli sürümü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="49" />
            <source>Unknown coordinate reference system: {}</source>
            <translation>Bilinmeyen koordinat referans sistemi: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="54" />
            <source>Created store {} ({})</source>
            <translation>{} deposu oluşturuldu ({})</translation>
        </message>
    </context>
    <context>
        <name>DeminingAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="30" />
            <source>Land release</source>
            <translation>Arazi serbest bırakma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/store_algorithms.py" line="18" />
            <source>Project store</source>
            <translation>Proje deposu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="29" />
            <source>Totals and reports</source>
            <translation>Toplamlar ve raporlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="40" />
            <source>Mine maps</source>
            <translation>Mayın haritaları</translation>
        </message>
    </context>
    <context>
        <name>DeminingDock</name>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="57" />
            <source>Demining</source>
            <translation>Mayın temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="100" />
            <source>Recompute the figures from the store</source>
            <translation>Rakamları depodan yeniden hesapla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>New store…</source>
            <translation>Yeni depo…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="114" />
            <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
            <translation>Boş bir Demining deposu (GeoPackage) oluştur ve projeye ekle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Open store…</source>
            <translation>Depo aç…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="117" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Var olan bir Demining deposunun katmanlarını projeye ekle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Load demo</source>
            <translation>Demoyu yükle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="120" />
            <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
            <translation>Demo senaryosunu (Karabağ, 2020–2022) aç, gerekirse önce oluştur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="134" />
            <source>Building the demo… %p%</source>
            <translation>Demo oluşturuluyor… %p%</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="140" />
            <source>Headline figures</source>
            <translation>Başlıca rakamlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Figure</source>
            <translation>Gösterge</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="145" />
            <source>Value</source>
            <translation>Değer</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="164" />
            <source>Layers</source>
            <translation>Katmanlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Layer</source>
            <translation>Katman</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="169" />
            <source>Features</source>
            <translation>Nesneler</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="228" />
            <source>No store open</source>
            <translation>Açık depo yok</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="230" />
            <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
            <translation>Rakamlarını burada görmek için yeni bir depo oluşturun, var olan bir depoyu açın veya demoyu yükleyin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="239" />
            <source>Data model version {version} · {crs}</source>
            <translation>Veri modeli sürümü {version} · {crs}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="241" />
            <source>Reading store {}</source>
            <translation>{} deposu okunuyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="250" />
            <source>Computing figures…</source>
            <translation>Rakamlar hesaplanıyor…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="253" />
            <source>The figures could not be computed; see the message log.</source>
            <translation>Rakamlar hesaplanamadı; ileti günlüğüne bakın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Land released</source>
            <translation>Serbest bırakılan arazi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="262" />
            <source>Cancelled, reduced and cleared land; overlaps counted once</source>
            <translation>İptal edilen, azaltılan ve temizlenen arazi; örtüşmeler bir kez sayılır</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Items found</source>
            <translation>Bulunan unsurlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="269" />
            <source>Mines, UXO and other items found (sum of quantities)</source>
            <translation>Bulunan mayınlar, PM ve diğer unsurlar (miktarların toplamı)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="277" />
            <source>Cleared routes</source>
            <translation>Temizlenen yollar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="278" />
            <source>Accidents</source>
            <translation>Kazalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Killed</source>
            <translation>Ölen</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Injured</source>
            <translation>Yaralanan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians killed</source>
            <translation>Ölen siviller</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="279" />
            <source>Civilians injured</source>
            <translation>Yaralanan siviller</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="288" />
            <source>All dates, saved data.</source>
            <translation>Tüm tarihler, kaydedilmiş veriler.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cleared</source>
            <translation>Temizlenen</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Reduced</source>
            <translation>Azaltılan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="293" />
            <source>Cancelled</source>
            <translation>İptal edilen</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AP mines</source>
            <translation>AP mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AT mines</source>
            <translation>AT mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>UXO</source>
            <translation>PM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="297" />
            <source>AXO</source>
            <translation>TPM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>IEDs</source>
            <translation>EYP</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Submunitions</source>
            <translation>Alt mühimmatlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/dock.py" line="298" />
            <source>Other items</source>
            <translation>Diğer unsurlar</translation>
        </message>
    </context>
    <context>
        <name>DeminingPlugin</name>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Demining Panel</source>
            <translation>Mayın Temizleme Paneli</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="73" />
            <source>Show or hide the Demining panel</source>
            <translation>Mayın temizleme panelini göster veya gizle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>New Store…</source>
            <translation>Yeni Depo…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="75" />
            <source>Create an empty Demining store and add it to the project</source>
            <translation>Boş bir Demining deposu oluştur ve projeye ekle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Open Store…</source>
            <translation>Depo Aç…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="78" />
            <source>Add the layers of an existing Demining store to the project</source>
            <translation>Var olan bir Demining deposunun katmanlarını projeye ekle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Load Demo</source>
            <translation>Demoyu Yükle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="81" />
            <source>Open the demo scenario, building it first if needed</source>
            <translation>Demo senaryosunu aç, gerekirse önce oluştur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Clearance Panel</source>
            <translation>Temizleme Paneli</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
            <translation>Temizleme panelini göster veya gizle (görünümdeki görevler, serbest bırakma araçları)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw Released Land</source>
            <translation>Serbest Bırakılan Araziyi Çiz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
            <translation>Serbest bırakılan araziyi haritada çiz; tehlikeli alanlara göre kırpılır ve asla iki kez sayılmaz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Mark Selected Tasks Released…</source>
            <translation>Seçili Görevleri Serbest Bırakıldı Olarak İşaretle…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Record the selected tasks or sectors as released</source>
            <translation>Seçili görevleri veya sektörleri serbest bırakıldı olarak kaydet</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide into Sectors…</source>
            <translation>Sektörlere Böl…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Divide the selected task into numbered sectors</source>
            <translation>Seçili görevi numaralı sektörlere böl</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Undo Last Release</source>
            <translation>Son Serbest Bırakmayı Geri Al</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="89" />
            <source>Take back the whole of the last release or sector division</source>
            <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Clearance Totals</source>
            <translation>Temizleme Toplamları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
            <translation>Temizleme toplamları panosunu göster veya gizle (ilçe, yöntem, ekip veya döneme göre hektarlar, unsurlar, yollar, kazalar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Period Report…</source>
            <translation>Dönem Raporu…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="110" />
            <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
            <translation>Deponun dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="129" />
            <source>Demining</source>
            <translation>Mayın temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/plugin.py" line="131" />
            <source>&amp;Demining</source>
            <translation>&amp;Mayın Temizleme</translation>
        </message>
    </context>
    <context>
        <name>DeminingTasks</name>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="81" />
            <source>Demining figures of {}</source>
            <translation>{} için Demining rakamları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/tasks.py" line="97" />
            <source>Building the Demining demo</source>
            <translation>Demining demosu oluşturuluyor</translation>
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
            <translation>Hektar toplamları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="41" />
            <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer's CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts' name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
            <translation>Bir poligon katmanının hektarları, her metrekare bir kez sayılır: poligonların örtüştüğü yerlerde (içe aktarılmış eski veriler, önce taranıp sonra temizlenen arazi) arazi onu kapsayan en erken serbest bırakmaya sayılır (aynı tarihte en küçük nesne kimliği). Alanlar, katmanın KRS'si ne olursa olsun WGS84 elipsoidi üzerindeki gerçek alanlardır.

INPUT: herhangi bir poligon katmanı. REGIONS (isteğe bağlı): ilçelerin poligon katmanı; poligonlar ilçe sınırlarında kesilir ve her parça kendi ilçesinde sayılır (region sütunu). REGION_FIELD: ilçelerin ad alanı (varsayılan name). GROUP_BY: INPUT'un virgülle ayrılmış alan adları (ör. release_method,technique) ve tarih alanının month veya week (ISO haftası) değeri. DATE_FIELD: serbest bırakma tarihi (katmanda varsa varsayılan released_on). DATE_FROM, DATE_TO: YYYY-AA-GG, ikisi de dahil; DATE_FROM'dan önce ilk kez serbest bırakılan arazi sayılmaz.

OUTPUT: gruplama alanları, area_ha ve n_features (grupta arazisi olan nesneler) içeren bir tablo. TOTAL_HA: tüm grupların hektarları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="57" />
            <source>Released land (polygons)</source>
            <translation>Serbest bırakılan arazi (poligonlar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="59" />
            <source>Districts (polygons)</source>
            <translation>İlçeler (poligonlar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="61" />
            <source>District name field</source>
            <translation>İlçe adı alanı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="63" />
            <source>Group by (comma-separated fields; month, week)</source>
            <translation>Grupla (virgülle ayrılmış alanlar; month, week)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="65" />
            <source>Date field</source>
            <translation>Tarih alanı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="67" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="69" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="73" />
            <source>Total hectares</source>
            <translation>Toplam hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="110" />
            <source>Cancelled.</source>
            <translation>İptal edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="126" />
            <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
            <translation>{n} nesneden {groups} grupta {ha:,.2f} ha, her metrekare bir kez sayıldı ({general} nesne için GEOS gerekti).</translation>
        </message>
    </context>
    <context>
        <name>MarkClearedAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="47" />
            <source>Mark areas released</source>
            <translation>Alanları serbest bırakıldı olarak işaretle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="49" />
            <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.

STORE: the store (.gpkg). METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. Outputs ADDED_HA (true ellipsoidal hectares) and ADDED_COUNT (released polygons stored).</source>
            <translation>INPUT poligonlarını bir proje deposunda serbest bırakılan arazi olarak, harita aracının yaptığı gibi kaydeder: her poligon tehlikeli alanlarla kesiştirilir, zaten serbest bırakılmış arazi çıkarılır (bir hektar asla iki kez sayılmaz), kalan kısım görevlere ve ilçe sınırlarına göre bölünür ve 1 m²'den küçük parçacıklar atılır. Tehlikeli alanların kalan alanı ve durumu (açık, üzerinde çalışılıyor, kapalı) ile görevlerin durumu güncellenir. Hepsi tek bir işlemde kaydedilir: bir şey başarısız olursa hiçbir şey değişmez.

STORE: depo (.gpkg). METHOD: cleared, reduced veya cancelled. TECHNIQUE: manual, mechanical veya mdd. DATE: YYYY-AA-GG. TASK_ID (isteğe bağlı): işin ait olduğu görev; onun dışındaki arazi dışarıda bırakılır. TOLERANCE (m², varsayılan 1): bundan küçük parçalar kaydedilmez ve bundan az kalanı olan tehlikeli alan veya görev kapatılır. ADDED_HA (gerçek elipsoidal hektar) ve ADDED_COUNT (kaydedilen serbest bırakma poligonları) çıktılarını verir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="64" />
            <source>Project store</source>
            <translation>Proje deposu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="65" />
            <source>Areas released</source>
            <translation>Serbest bırakılan alanlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="67" />
            <source>Release method</source>
            <translation>Serbest bırakma yöntemi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="70" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="73" />
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="74" />
            <source>Team</source>
            <translation>Ekip</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="75" />
            <source>Release date (YYYY-MM-DD)</source>
            <translation>Serbest bırakma tarihi (YYYY-AA-GG)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="77" />
            <source>Clearance depth (cm)</source>
            <translation>Temizleme derinliği (cm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="80" />
            <source>Task ID</source>
            <translation>Görev kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="81" />
            <source>Slivers and remainders smaller than this are ignored (m²)</source>
            <translation>Bundan küçük parçacıklar ve kalıntılar yok sayılır (m²)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="84" />
            <source>Hectares added</source>
            <translation>Eklenen hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="85" />
            <source>Released polygons added</source>
            <translation>Eklenen serbest bırakma poligonları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="91" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="111" />
            <source>Cancelled; nothing was stored.</source>
            <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="113" />
            <source>Feature {} has no geometry; skipped.</source>
            <translation>{} nesnesinin geometrisi yok; atlandı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="121" />
            <source>Feature {}: {}</source>
            <translation>Nesne {}: {}</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="34" />
            <source>Demining</source>
            <translation>Mayın temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="55" />
            <source>{doing} failed: {error}</source>
            <translation>{doing} başarısız oldu: {error}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/notify.py" line="60" />
            <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
            <translation>{doing} beklenmeyen bir hata nedeniyle başarısız oldu ({error}). Ayrıntılar Günlük İletileri panelinin Demining sekmesinde.</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="53" />
            <source>{first} and {last}</source>
            <translation>{first} ve {last}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mine</source>
            <translation>{n} anti-personel mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="59" />
            <source>{n} anti-personnel mines</source>
            <translation>{n} anti-personel mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mine</source>
            <translation>{n} tanksavar mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="61" />
            <source>{n} anti-tank mines</source>
            <translation>{n} tanksavar mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} item of unexploded ordnance (UXO)</source>
            <translation>{n} patlamamış mühimmat (PM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="62" />
            <source>{n} items of unexploded ordnance (UXO)</source>
            <translation>{n} patlamamış mühimmat (PM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} item of abandoned explosive ordnance (AXO)</source>
            <translation>{n} terk edilmiş patlayıcı mühimmat (TPM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="64" />
            <source>{n} items of abandoned explosive ordnance (AXO)</source>
            <translation>{n} terk edilmiş patlayıcı mühimmat (TPM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive device (IED)</source>
            <translation>{n} el yapımı patlayıcı (EYP)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="66" />
            <source>{n} improvised explosive devices (IEDs)</source>
            <translation>{n} el yapımı patlayıcı (EYP)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunition</source>
            <translation>{n} alt mühimmat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="68" />
            <source>{n} submunitions</source>
            <translation>{n} alt mühimmat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other item</source>
            <translation>{n} diğer unsur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="69" />
            <source>{n} other items</source>
            <translation>{n} diğer unsur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="93" />
            <source>Total</source>
            <translation>Toplam</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="155" />
            <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
            <translation>Hektarlar gerçek (elipsoidal) alanlardır; birden fazla kez serbest bırakılan arazi ilk serbest bırakılışında bir kez sayılır. İlçeler arazinin, unsurların, yolların ve kazaların bulunduğu yerlerdir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="167" />
            <source>Outside the districts</source>
            <translation>İlçelerin dışında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="187" />
            <source>between {start} and {end}</source>
            <translation>{start} ile {end} arasında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="190" />
            <source>on {day}</source>
            <translation>{day} tarihinde</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="197" />
            <source>outside the mapped districts</source>
            <translation>haritalanmış ilçelerin dışında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="208" />
            <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
            <translation>{Period} {districts} bölgesinde 1 patlayıcı unsur bulundu: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="210" />
            <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
            <translation>{Period} {districts} bölgesinde {n} patlayıcı unsur bulundu: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="217" />
            <source>{Period}, no explosive items were found.</source>
            <translation>{Period} patlayıcı unsur bulunmadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="225" />
            <source>{ha} ha cleared</source>
            <translation>{ha} ha temizlendi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="227" />
            <source>{ha} ha reduced by technical survey</source>
            <translation>{ha} ha teknik tarama ile azaltıldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="230" />
            <source>{ha} ha cancelled by non-technical survey</source>
            <translation>{ha} ha teknik olmayan tarama ile iptal edildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="232" />
            <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
            <translation>Her metrekare bir kez sayılarak {ha} hektar arazi serbest bırakıldı: {parts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="236" />
            <source>Land was cleared in {districts}.</source>
            <translation>Arazi şu ilçelerde temizlendi: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="239" />
            <source>No land was released.</source>
            <translation>Arazi serbest bırakılmadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="243" />
            <source>{km} km of routes were cleared, in {districts}.</source>
            <translation>{districts} bölgesinde {km} km yol temizlendi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="246" />
            <source>No routes were cleared.</source>
            <translation>Yol temizlenmedi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="250" />
            <source>1 mine accident was recorded</source>
            <translation>1 mayın kazası kaydedildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="251" />
            <source>{n} mine accidents were recorded</source>
            <translation>{n} mayın kazası kaydedildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="252" />
            <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
            <translation>{accidents}: {killed} ölü, {injured} yaralı; ilçeler: {districts}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="257" />
            <source>No mine accidents were recorded.</source>
            <translation>Mayın kazası kaydedilmedi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="260" />
            <source>Mine action report, {day}</source>
            <translation>Mayın faaliyeti raporu, {day}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="262" />
            <source>Mine action report, {start} to {end}</source>
            <translation>Mayın faaliyeti raporu, {start} – {end}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="287" />
            <source>{n} were destroyed in situ</source>
            <translation>{n} tanesi yerinde imha edildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="288" />
            <source>{n} were removed for demolition</source>
            <translation>{n} tanesi imha için kaldırıldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="289" />
            <source>{n} were rendered safe</source>
            <translation>{n} tanesi emniyete alındı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/period_report.py" line="299" />
            <source>{n} have no disposal recorded</source>
            <translation>{n} tanesinin imha kaydı yok</translation>
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
            <translation>Dönem raporu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="136" />
            <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period's dates. Every figure is computed from the store.

STORE: a Demining project store (.gpkg). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
            <translation>Bir kurumun bir dönem için yayımladığı özeti tam cümleler ve ilçelere göre bir tablo olarak yazar: kategoriye göre bulunan unsurlar ve bulundukları ilçeler, yönteme göre serbest bırakılan hektarlar (her metrekare bir kez, gerçek elipsoidal alanlar), temizlenen yolların kilometresi ve mayın kazaları, dönemin tarihleriyle. Her rakam depodan hesaplanır.

STORE: bir Demining proje deposu (.gpkg). DATE_FROM, DATE_TO: YYYY-AA-GG, ikisi de dahil. OUTPUT: rapor dosyası; uzantısı biçimi seçer: .md (Markdown), .html veya .txt. TEXT: düz metin olarak rapor.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="147" />
            <source>Project store</source>
            <translation>Proje deposu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="149" />
            <source>From date (YYYY-MM-DD, inclusive)</source>
            <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="150" />
            <source>To date (YYYY-MM-DD, inclusive)</source>
            <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Report</source>
            <translation>Rapor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="151" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="153" />
            <source>Report text</source>
            <translation>Rapor metni</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/totals_algorithms.py" line="175" />
            <source>Cancelled.</source>
            <translation>İptal edildi.</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message>
            <location filename="../demining_plugin/core/release.py" line="43" />
            <source>{ha} ha reduced</source>
            <translation>{ha} ha azaltıldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="45" />
            <source>{ha} ha cancelled</source>
            <translation>{ha} ha iptal edildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="46" />
            <source>{ha} ha cleared</source>
            <translation>{ha} ha temizlendi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="116" />
            <source>{released} in task {task}</source>
            <translation>{task} görevinde {released}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="118" />
            <source>{released} ({district})</source>
            <translation>{released} ({district})</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="122" />
            <source>{ha} ha remain in hazard {hazard}</source>
            <translation>{hazard} tehlikeli alanında {ha} ha kaldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="125" />
            <source>{remain} (now closed)</source>
            <translation>{remain} (artık kapalı)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="152" />
            <source>The drawn area is empty.</source>
            <translation>Çizilen alan boş.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="154" />
            <source>Released land must be drawn as a polygon.</source>
            <translation>Serbest bırakılan arazi poligon olarak çizilmelidir.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="161" />
            <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
            <translation>Çizim kendini kesiyor ve onarıldıktan sonra alanı kalmıyor; yeniden çizin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="164" />
            <source>The drawing crossed itself and was repaired.</source>
            <translation>Çizim kendini kesiyordu ve onarıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="199" />
            <source>Task {task} does not exist in this store.</source>
            <translation>{task} görevi bu depoda yok.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="204" />
            <source>Nothing was added: the area lies outside task {task}.</source>
            <translation>Hiçbir şey eklenmedi: alan {task} görevinin dışında.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="208" />
            <source>The part outside task {task} was left out.</source>
            <translation>{task} görevinin dışındaki kısım dışarıda bırakıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="214" />
            <source>Nothing was added: the area is outside every hazard area.</source>
            <translation>Hiçbir şey eklenmedi: alan tüm tehlikeli alanların dışında.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="256" />
            <source>Nothing was added: this land is already released.</source>
            <translation>Hiçbir şey eklenmedi: bu arazi zaten serbest bırakıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="258" />
            <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
            <translation>Hiçbir şey eklenmedi: tehlikeli alanlara göre kırpıldıktan sonra kalan alan boş.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="262" />
            <source>Slivers under {m2} m² were left out.</source>
            <translation>{m2} m²'den küçük parçacıklar dışarıda bırakıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="65" />
            <source>Release method '{method}' is not one of {codes}.</source>
            <translation>'{method}' serbest bırakma yöntemi şunlardan biri değil: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="68" />
            <source>Technique '{technique}' is not one of {codes}.</source>
            <translation>'{technique}' tekniği şunlardan biri değil: {codes}.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="71" />
            <source>The release date is missing.</source>
            <translation>Serbest bırakma tarihi eksik.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="73" />
            <source>The release date {date} is in the future.</source>
            <translation>{date} serbest bırakma tarihi gelecekte.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/release.py" line="76" />
            <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
            <translation>{depth} cm temizleme derinliği 0-500 cm aralığının dışında.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseController</name>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="51" />
            <source>Undoing '{}'</source>
            <translation>'{}' geri alınıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="67" />
            <source>Refreshing the layers</source>
            <translation>Katmanlar yenileniyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="58" />
            <source>Undone: {}</source>
            <translation>Geri alındı: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="63" />
            <source>Redoing '{}'</source>
            <translation>'{}' yineleniyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="98" />
            <source>Record the land you drew as released.</source>
            <translation>Çizdiğiniz araziyi serbest bırakıldı olarak kaydedin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="102" />
            <source>Marking land released</source>
            <translation>Arazinin serbest bırakıldı olarak işaretlenmesi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="115" />
            <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
            <translation>Önce işaretlenecek görevleri veya sektörleri seçin (Temizleme görevleri katmanı).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="119" />
            <source>{n} selected: {ids}</source>
            <translation>{n} seçili: {ids}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="126" />
            <source>Marking tasks released</source>
            <translation>Görevlerin serbest bırakıldı olarak işaretlenmesi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="148" />
            <source>There is no release to undo.</source>
            <translation>Geri alınacak serbest bırakma yok.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="158" />
            <source>Open or create a store first (Demining dock).</source>
            <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_controller.py" line="182" />
            <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
            <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra araziyi yeniden işaretleyin.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="37" />
            <source>Mark land released</source>
            <translation>Araziyi serbest bırakıldı olarak işaretle</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="52" />
            <source>Release method</source>
            <translation>Serbest bırakma yöntemi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="74" />
            <source>(not recorded)</source>
            <translation>(kaydedilmedi)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="59" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="62" />
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="64" />
            <source>Team</source>
            <translation>Ekip</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="70" />
            <source>Released on</source>
            <translation>Serbest bırakma tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="77" />
            <source>Clearance depth</source>
            <translation>Temizleme derinliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="80" />
            <source>(from the map)</source>
            <translation>(haritadan)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="83" />
            <source>Task</source>
            <translation>Görev</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/release_dialog.py" line="86" />
            <source>Mark released</source>
            <translation>Serbest bırakıldı olarak işaretle</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Suspected hazardous area (SHA)</source>
            <translation>Şüpheli tehlikeli alan (SHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="112" />
            <source>Confirmed hazardous area (CHA)</source>
            <translation>Teyit edilmiş tehlikeli alan (CHA)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Open</source>
            <translation>Açık</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Worked on</source>
            <translation>Üzerinde çalışılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="119" />
            <source>Closed</source>
            <translation>Kapalı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cleared (clearance)</source>
            <translation>Temizlendi (temizleme)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Reduced (technical survey)</source>
            <translation>Azaltıldı (teknik tarama)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="127" />
            <source>Cancelled (non-technical survey)</source>
            <translation>İptal edildi (teknik olmayan tarama)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Manual</source>
            <translation>Manuel</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mechanical</source>
            <translation>Mekanik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="135" />
            <source>Mine detection dogs</source>
            <translation>Mayın arama köpekleri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-personnel mine</source>
            <translation>Anti-personel mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Anti-tank mine</source>
            <translation>Tanksavar mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Unexploded ordnance (UXO)</source>
            <translation>Patlamamış mühimmat (PM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Abandoned explosive ordnance (AXO)</source>
            <translation>Terk edilmiş patlayıcı mühimmat (TPM)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Improvised explosive device (IED)</source>
            <translation>El yapımı patlayıcı (EYP)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="143" />
            <source>Submunition</source>
            <translation>Alt mühimmat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-personnel mines</source>
            <translation>Anti-personel mayınlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Anti-tank mines</source>
            <translation>Tanksavar mayınlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Mixed AP and AT mines</source>
            <translation>Karışık AP ve AT mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Unexploded ordnance</source>
            <translation>Patlamamış mühimmat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Cluster munitions</source>
            <translation>Misket mühimmatı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="155" />
            <source>Improvised explosive devices</source>
            <translation>El yapımı patlayıcılar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Clearance</source>
            <translation>Temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Technical survey</source>
            <translation>Teknik tarama</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Non-technical survey</source>
            <translation>Teknik olmayan tarama</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>Route clearance</source>
            <translation>Yol temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="166" />
            <source>EOD spot task</source>
            <translation>Noktasal EOD görevi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Intact</source>
            <translation>Sağlam</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Damaged</source>
            <translation>Hasarlı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Deteriorated</source>
            <translation>Bozulmuş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Armed</source>
            <translation>Kurulu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="176" />
            <source>Unknown</source>
            <translation>Bilinmiyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Destroyed in situ</source>
            <translation>Yerinde imha edildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Removed for demolition</source>
            <translation>İmha için kaldırıldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="186" />
            <source>Rendered safe</source>
            <translation>Emniyete alındı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Illegal entry into uncleared land</source>
            <translation>Temizlenmemiş araziye yasa dışı giriş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Leaving cleared land</source>
            <translation>Temizlenmiş araziden çıkma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Demining</source>
            <translation>Mayın temizleme</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Farming</source>
            <translation>Tarım</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Herding</source>
            <translation>Hayvan otlatma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Travelling</source>
            <translation>Yolculuk</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="194" />
            <source>Handling or tampering</source>
            <translation>Ellemek veya kurcalamak</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Reference point (landmark)</source>
            <translation>Referans noktası (yer işareti)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Benchmark</source>
            <translation>Röper</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Turning point</source>
            <translation>Dönüm noktası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>Intermediate point</source>
            <translation>Ara nokta</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="207" />
            <source>End point</source>
            <translation>Bitiş noktası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Degrees</source>
            <translation>Derece</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6400)</source>
            <translation>Milyem (6400)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="217" />
            <source>Mils (6000)</source>
            <translation>Milyem (6000)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>True north</source>
            <translation>Coğrafi kuzey</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Grid north</source>
            <translation>Grid kuzeyi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="225" />
            <source>Magnetic north</source>
            <translation>Manyetik kuzey</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Road</source>
            <translation>Karayolu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Track</source>
            <translation>Toprak yol</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Path</source>
            <translation>Patika</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="233" />
            <source>Railway</source>
            <translation>Demiryolu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="283" />
            <source>District</source>
            <translation>İlçe</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="284" />
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="285" />
            <source>Team</source>
            <translation>Ekip</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="286" />
            <source>Remarks</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Districts</source>
            <translation>İlçeler</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Region ID</source>
            <translation>Bölge kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Local name</source>
            <translation>Yerel ad</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative level</source>
            <translation>İdari düzey</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Country</source>
            <translation>Ülke</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Source</source>
            <translation>Kaynak</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="291" />
            <source>Administrative districts used to split and total released land.</source>
            <translation>Serbest bırakılan araziyi bölmek ve toplamak için kullanılan idari ilçeler.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard areas</source>
            <translation>Tehlikeli alanlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Hazard ID</source>
            <translation>Tehlikeli alan kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Classification</source>
            <translation>Sınıflandırma</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Contamination</source>
            <translation>Kirlilik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Reported on</source>
            <translation>Bildirim tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Evidence</source>
            <translation>Kanıt</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Area (ha)</source>
            <translation>Alan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Remaining (ha)</source>
            <translation>Kalan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="304" />
            <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
            <translation>Şüpheli (SHA) ve teyit edilmiş (CHA) tehlikeli alanlar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance tasks</source>
            <translation>Temizleme görevleri</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task ID</source>
            <translation>Görev kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Hazard</source>
            <translation>Tehlikeli alan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Parent task</source>
            <translation>Üst görev</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Task type</source>
            <translation>Görev türü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned start</source>
            <translation>Planlanan başlangıç</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned end</source>
            <translation>Planlanan bitiş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Planned (ha)</source>
            <translation>Planlanan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Sector number</source>
            <translation>Sektör numarası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="323" />
            <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
            <translation>Tehlikeli alanların içinde çizilmiş temizleme ve tarama görevleri ve sektörleri.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released land</source>
            <translation>Serbest bırakılan arazi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release ID</source>
            <translation>Serbest bırakma kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Release method</source>
            <translation>Serbest bırakma yöntemi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Task</source>
            <translation>Görev</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Released on</source>
            <translation>Serbest bırakma tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Clearance depth (cm)</source>
            <translation>Temizleme derinliği (cm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="344" />
            <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
            <translation>Temizleme, teknik tarama veya teknik olmayan tarama ile serbest bırakılan arazi; asla örtüşmez.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Minefield records</source>
            <translation>Mayın tarlası kayıtları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Record ID</source>
            <translation>Kayıt kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Received on</source>
            <translation>Alınma tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied by</source>
            <translation>Teslim eden</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AP mines</source>
            <translation>Bildirilen AP mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed AT mines</source>
            <translation>Bildirilen AT mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Claimed mines in total</source>
            <translation>Bildirilen toplam mayın</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing unit</source>
            <translation>Semt açısı birimi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>North reference</source>
            <translation>Kuzey referansı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Magnetic declination (degrees)</source>
            <translation>Manyetik sapma (derece)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Traverse misclosure (m)</source>
            <translation>Poligon kapanma hatası (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="364" />
            <source>Supplied minefield records (mine maps handed over by the other side).</source>
            <translation>Teslim edilen mayın tarlası kayıtları (karşı tarafın teslim ettiği mayın haritaları).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mines</source>
            <translation>Haritalanmış mayınlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mapped mine ID</source>
            <translation>Haritalanmış mayın kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Minefield record</source>
            <translation>Mayın tarlası kaydı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Row</source>
            <translation>Sıra</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mine number in row</source>
            <translation>Sıradaki mayın numarası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="385" />
            <source>Mines as positioned by a supplied record.</source>
            <translation>Teslim edilen bir kayıtta konumlandırılan mayınlar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Record points</source>
            <translation>Kayıt noktaları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point UID</source>
            <translation>Nokta UID</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point number</source>
            <translation>Nokta numarası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Point type</source>
            <translation>Nokta türü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Bearing</source>
            <translation>Semt açısı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Distance (m)</source>
            <translation>Mesafe (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>From point</source>
            <translation>Önceki nokta</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="399" />
            <source>Reference point, benchmark and turning points of a minefield record.</source>
            <translation>Bir mayın tarlası kaydının referans noktası, röperi ve dönüm noktaları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Items found</source>
            <translation>Bulunan unsurlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Item ID</source>
            <translation>Unsur kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Quantity</source>
            <translation>Miktar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Found on</source>
            <translation>Bulunma tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Depth (cm)</source>
            <translation>Derinlik (cm)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Condition</source>
            <translation>Durumu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Disposition</source>
            <translation>İmha şekli</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="416" />
            <source>Mines, UXO and other items found and what was done with them.</source>
            <translation>Bulunan mayınlar, PM ve diğer unsurlar ve onlara ne yapıldığı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared routes</source>
            <translation>Temizlenen yollar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route ID</source>
            <translation>Yol kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Route type</source>
            <translation>Yol türü</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared width (m)</source>
            <translation>Temizlenen genişlik (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Cleared on</source>
            <translation>Temizlenme tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Length (km)</source>
            <translation>Uzunluk (km)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="436" />
            <source>Roads and tracks cleared and verified.</source>
            <translation>Temizlenen ve doğrulanan yollar ve toprak yollar.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accidents</source>
            <translation>Kazalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Accident ID</source>
            <translation>Kaza kimliği</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Occurred on</source>
            <translation>Olay tarihi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Killed</source>
            <translation>Ölen</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Injured</source>
            <translation>Yaralanan</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Civilian victims</source>
            <translation>Sivil kayıplar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Activity at the time</source>
            <translation>O andaki faaliyet</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Device</source>
            <translation>Düzenek</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Description</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/schema.py" line="455" />
            <source>Mine and UXO accidents with their victims.</source>
            <translation>Mayın ve PM kazaları ve kurbanları.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="108" />
            <source>(not recorded)</source>
            <translation>(kaydedilmedi)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="180" />
            <source>Value out of range</source>
            <translation>Değer aralık dışında</translation>
        </message>
    </context>
    <context>
        <name>SectoriseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="137" />
            <source>Divide into sectors</source>
            <translation>Sektörlere böl</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="139" />
            <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon's local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent's attributes and gets sector_no, sector_id (such as T-0042/07, from the parent's task_id, hazard_id or feature id) and area_ha.</source>
            <translation>INPUT'un her poligonunu (görevler veya tehlikeli alanlar) ANGLE yönü (kuzeyden saat yönünde derece) boyunca WIDTH metre genişliğinde ve LENGTH metre uzunluğunda numaralı sektörlere veya şeritlere böler; ölçüler poligonun yerel UTM diliminde arazi üzerinde yapılır ve poligona göre kırpılır. Sektörler üst poligonu örtüşme ve boşluk olmadan tam olarak kaplar. Her sektör üst poligonun özniteliklerini korur ve sector_no, sector_id (ör. üst poligonun task_id, hazard_id veya nesne kimliğinden T-0042/07) ve area_ha alır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="149" />
            <source>Polygons to divide</source>
            <translation>Bölünecek poligonlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="151" />
            <source>Sector width (m)</source>
            <translation>Sektör genişliği (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="153" />
            <source>Sector length (m)</source>
            <translation>Sektör uzunluğu (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="155" />
            <source>Direction (degrees from north)</source>
            <translation>Yön (kuzeyden derece)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="158" />
            <source>Sectors</source>
            <translation>Sektörler</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="164" />
            <source>INPUT is not a polygon layer that can be read.</source>
            <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/release_algorithms.py" line="196" />
            <source>{}: {} sectors</source>
            <translation>{}: {} sektör</translation>
        </message>
    </context>
    <context>
        <name>SectorsDialog</name>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="41" />
            <source>Divide {} into sectors</source>
            <translation>{} görevini sektörlere böl</translation>
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
            <translation>Genişlik (enine)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="53" />
            <source>Length (along)</source>
            <translation>Uzunluk (boyuna)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="54" />
            <source>Direction from north</source>
            <translation>Kuzeyden yön</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="55" />
            <source>Draw baseline on the map…</source>
            <translation>Haritada taban çizgisi çiz…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="56" />
            <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
            <translation>Taban çizgisinin başlangıcına, sonra üzerindeki bir noktaya tıklayın: sektörler oradan başlar ve onun boyunca uzanır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="66" />
            <source>Store sectors</source>
            <translation>Sektörleri kaydet</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="103" />
            <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
            <translation>{n} sektör, toplam {ha:.2f} ha (ortalama her biri {avg:.2f} ha).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="131" />
            <source>Dividing {} into sectors</source>
            <translation>{} sektörlere bölünüyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/sectors_dialog.py" line="138" />
            <source>Task {task} divided into {n} sectors ({first} to {last})</source>
            <translation>{task} görevi {n} sektöre bölündü ({first} – {last})</translation>
        </message>
    </context>
    <context>
        <name>StoreSession</name>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="190" />
            <source>This project uses the Demining store {}, which cannot be opened: {}</source>
            <translation>Bu proje {} Demining deposunu kullanıyor, ancak depo açılamıyor: {}</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="232" />
            <source>Computing the figures of {}</source>
            <translation>{} rakamları hesaplanıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>New Demining store</source>
            <translation>Yeni Demining deposu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="290" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Open Demining store</source>
            <translation>Demining deposu aç</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="303" />
            <source>Demining store (*.gpkg);;All files (*)</source>
            <translation>Demining deposu (*.gpkg);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="314" />
            <source>{} is the store this project uses; choose another file name.</source>
            <translation>{} bu projenin kullandığı depodur; başka bir dosya adı seçin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="317" />
            <source>Creating store {}</source>
            <translation>{} deposu oluşturuluyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="321" />
            <source>Created the Demining store {}.</source>
            <translation>{} Demining deposu oluşturuldu.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="326" />
            <source>Opening store {}</source>
            <translation>{} deposu açılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="378" />
            <source>The demo builder is not available in this installation of the plugin ({}).</source>
            <translation>Demo oluşturucu, eklentinin bu kurulumunda mevcut değil ({}).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="385" />
            <source>Creating folder {}</source>
            <translation>{} klasörü oluşturuluyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="398" />
            <source>Building the demo was cancelled.</source>
            <translation>Demo oluşturma iptal edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="401" />
            <source>Building the demo</source>
            <translation>Demo oluşturuluyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/session.py" line="404" />
            <source>The demo store is open: {}</source>
            <translation>Demo deposu açık: {}</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, open</source>
            <translation>CHA, açık</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, worked on</source>
            <translation>CHA, üzerinde çalışılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>CHA, closed</source>
            <translation>CHA, kapalı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, open</source>
            <translation>SHA, açık</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, worked on</source>
            <translation>SHA, üzerinde çalışılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>SHA, closed</source>
            <translation>SHA, kapalı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>unclassified</source>
            <translation>sınıflandırılmamış</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cleared</source>
            <translation>Temizlendi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Reduced</source>
            <translation>Azaltıldı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Cancelled</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AP mine</source>
            <translation>AP mayını</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AT mine</source>
            <translation>AT mayını</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>UXO</source>
            <translation>PM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>AXO</source>
            <translation>TPM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>IED</source>
            <translation>EYP</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Submunition</source>
            <translation>Alt mühimmat</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/styles.py" line="49" />
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="31" />
            <source>Outside the districts</source>
            <translation>İlçelerin dışında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="32" />
            <source>(not recorded)</source>
            <translation>(kaydedilmedi)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="34" />
            <source>(not applicable)</source>
            <translation>(uygulanamaz)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="48" />
            <source>Total</source>
            <translation>Toplam</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/table_export.py" line="96" />
            <source>Totals</source>
            <translation>Toplamlar</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>District</source>
            <translation>İlçe</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="61" />
            <source>Release method</source>
            <translation>Serbest bırakma yöntemi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="62" />
            <source>Organisation</source>
            <translation>Kuruluş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Team</source>
            <translation>Ekip</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="63" />
            <source>Task</source>
            <translation>Görev</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="64" />
            <source>ISO week</source>
            <translation>ISO haftası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AP mines</source>
            <translation>AP mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="69" />
            <source>AT mines</source>
            <translation>AT mayınları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>UXO</source>
            <translation>PM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>AXO</source>
            <translation>TPM</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="70" />
            <source>IED</source>
            <translation>EYP</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="71" />
            <source>Submunitions</source>
            <translation>Alt mühimmatlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="72" />
            <source>Other items</source>
            <translation>Diğer unsurlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Cleared (ha)</source>
            <translation>Temizlenen (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="76" />
            <source>Reduced (ha)</source>
            <translation>Azaltılan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="77" />
            <source>Cancelled (ha)</source>
            <translation>İptal edilen (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="571" />
            <source>Released (ha)</source>
            <translation>Serbest bırakılan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="573" />
            <source>Items found</source>
            <translation>Bulunan unsurlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="575" />
            <source>Routes (km)</source>
            <translation>Yollar (km)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="576" />
            <source>Accidents</source>
            <translation>Kazalar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="577" />
            <source>Killed</source>
            <translation>Ölen</translation>
        </message>
        <message>
            <location filename="../demining_plugin/core/totals.py" line="578" />
            <source>Injured</source>
            <translation>Yaralanan</translation>
        </message>
    </context>
    <context>
        <name>TotalsChart</name>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="93" />
            <source>No data</source>
            <translation>Veri yok</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="212" />
            <source>Outside the districts</source>
            <translation>İlçelerin dışında</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_chart.py" line="45" />
            <source>{n}k</source>
            <translation>{n} bin</translation>
        </message>
    </context>
    <context>
        <name>TotalsDock</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="93" />
            <source>Clearance totals of {}</source>
            <translation>{} temizleme toplamları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="211" />
            <source>Clearance totals</source>
            <translation>Temizleme toplamları</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>First day of the period (empty: from the start)</source>
            <translation>Dönemin ilk günü (boş: baştan)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="247" />
            <source>start</source>
            <translation>başlangıç</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>Last day of the period, included (empty: up to now)</source>
            <translation>Dönemin son günü, dahil (boş: bugüne kadar)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="249" />
            <source>today</source>
            <translation>bugün</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="255" />
            <source>What the rows of the table are</source>
            <translation>Tablonun satırları neyi gösterir</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="256" />
            <source>From</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="258" />
            <source>to</source>
            <translation>bitiş</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="261" />
            <source>by</source>
            <translation>göre</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="284" />
            <source>Cumulative hectares</source>
            <translation>Kümülatif hektar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>Items found per week</source>
            <translation>Haftalık bulunan unsurlar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="291" />
            <source>Export the table to a CSV file</source>
            <translation>Tabloyu bir CSV dosyasına aktar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="293" />
            <source>Export the table to an Excel workbook</source>
            <translation>Tabloyu bir Excel çalışma kitabına aktar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Report…</source>
            <translation>Rapor…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="296" />
            <source>Write the period report (sentences and table) as .md, .html or .txt</source>
            <translation>Dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="305" />
            <source>Recompute every figure from the store</source>
            <translation>Tüm rakamları depodan yeniden hesapla</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="387" />
            <source>No store open</source>
            <translation>Açık depo yok</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="581" />
            <source>Computing the totals of {}…</source>
            <translation>{} toplamları hesaplanıyor…</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="422" />
            <source>Computing the clearance totals of {}</source>
            <translation>{} temizleme toplamları hesaplanıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="424" />
            <source>The totals could not be computed.</source>
            <translation>Toplamlar hesaplanamadı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="428" />
            <source>Computing the totals was cancelled.</source>
            <translation>Toplamların hesaplanması iptal edildi.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="531" />
            <source>Updating the clearance totals</source>
            <translation>Temizleme toplamları güncelleniyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>Hectares released, cumulative</source>
            <translation>Serbest bırakılan hektar, kümülatif</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="560" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="564" />
            <source>items</source>
            <translation>unsur</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="579" />
            <source>Open a Demining store to see its clearance totals.</source>
            <translation>Temizleme toplamlarını görmek için bir Demining deposu açın.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="586" />
            <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
            <translation>{store}: dönemde {ha} ha serbest bırakıldı, her metrekare bir kez sayıldı (gerçek elipsoidal alanlar).</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>Export totals to CSV</source>
            <translation>Toplamları CSV'ye aktar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="613" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Export totals to Excel</source>
            <translation>Toplamları Excel'e aktar</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="618" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel çalışma kitabı (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="626" />
            <source>There are no totals to export yet.</source>
            <translation>Henüz aktarılacak toplam yok.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="634" />
            <source>Exporting the totals to {}</source>
            <translation>Toplamlar {} dosyasına aktarılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="636" />
            <source>Totals exported to {}.</source>
            <translation>Toplamlar {} dosyasına aktarıldı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="642" />
            <source>Open a Demining store first: the report is computed from it.</source>
            <translation>Önce bir Demining deposu açın: rapor ondan hesaplanır.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="644" />
            <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
            <translation>{} toplamları hâlâ hesaplanıyor; raporu birazdan yeniden isteyin.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Period report</source>
            <translation>Dönem raporu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="649" />
            <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
            <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="672" />
            <source>Writing the report {}</source>
            <translation>{} raporu yazılıyor</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="674" />
            <source>Report for {start} to {end} written to {path}.</source>
            <translation>{start} – {end} raporu {path} dosyasına yazıldı.</translation>
        </message>
    </context>
    <context>
        <name>TotalsModel</name>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="156" />
            <source>Total</source>
            <translation>Toplam</translation>
        </message>
        <message>
            <location filename="../demining_plugin/gui/totals_dock.py" line="170" />
            <source>The layer behind these figures does not record this grouping.</source>
            <translation>Bu rakamların dayandığı katman bu gruplamayı kaydetmiyor.</translation>
        </message>
    </context>
    <context>
        <name>TraverseAlgorithm</name>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="39" />
            <source>Minefield record traverse</source>
            <translation>Mayın tarlası kaydı poligonu</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="41" />
            <source>Runs a minefield record's turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point's UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon's true (ellipsoidal) area in hectares.</source>
            <translation>Bir mayın tarlası kaydının dönüm noktalarını (önceki noktadan semt açısı ve mesafe) bir başlangıç noktasından arazi üzerinde, WGS84 elipsoidinde çizer ve kaydı kapatır.

INPUT: point_no sırasında point_no, bearing ve distance_m (arazi metresi) içeren bir tablo. START_POINT: herhangi bir KRS'de referans noktası. BEARING_UNIT: degrees, mils6400 (NATO) veya mils6000 (Varşova Paktı). NORTH: true, grid (başlangıç noktasının UTM diliminin kuzeyi) veya magnetic; sonuncusu derece cinsinden DECLINATION gerektirir, doğu pozitiftir.

OUTPUT: misclosure_m, misclosure_ratio (çevre / kapanma hatası), perimeter_m ve area_ha ile kayıt poligonu (EPSG:4326). MISCLOSURE_M: son hesaplanan noktadan başlangıca olan mesafe. AREA_HA: poligonun hektar cinsinden gerçek (elipsoidal) alanı.</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="54" />
            <source>Turning points (point_no, bearing, distance_m)</source>
            <translation>Dönüm noktaları (point_no, bearing, distance_m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="56" />
            <source>Start (reference) point</source>
            <translation>Başlangıç (referans) noktası</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="57" />
            <source>Bearing unit</source>
            <translation>Semt açısı birimi</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60" />
            <source>North reference</source>
            <translation>Kuzey referansı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63" />
            <source>Magnetic declination (degrees, east positive)</source>
            <translation>Manyetik sapma (derece, doğu pozitif)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66" />
            <source>Minefield record</source>
            <translation>Mayın tarlası kaydı</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="68" />
            <source>Misclosure (m)</source>
            <translation>Kapanma hatası (m)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69" />
            <source>Area (ha)</source>
            <translation>Alan (ha)</translation>
        </message>
        <message>
            <location filename="../demining_plugin/processing/traverse_algorithm.py" line="100" />
            <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
            <translation>Kapanma hatası {0:.3f} m ({1}); alan {2:.4f} ha</translation>
        </message>
    </context>
</TS>
