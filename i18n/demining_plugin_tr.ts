<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Accidents</name>
    <message>
        <location filename="../demining_plugin/core/reports/accidents.py" line="77"/>
        <source>Activity not recorded</source>
        <translation>Faaliyet kaydedilmemiş</translation>
    </message>
</context>
<context>
    <name>Accuracy</name>
    <message>
        <location filename="../demining_plugin/core/records/fit.py" line="181"/>
        <source>Judging mine maps needs SciPy, which this Python does not have: install it (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</source>
        <translation>Mayın haritalarını değerlendirmek için bu Python'da bulunmayan SciPy gerekir: kurun (Debian/Ubuntu: apt install python3-scipy; pip: pip install scipy).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/record_layers.py" line="37"/>
        <source>A layer has no valid coordinate reference system.</source>
        <translation>Bir katmanın geçerli bir koordinat referans sistemi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="161"/>
        <source>The tolerance must be more than 0 m (got {tolerance:g}).</source>
        <translation>Tolerans 0 m'den büyük olmalı ({tolerance:g} verildi).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="164"/>
        <source>The largest offset searched ({max_offset:g} m) must be at least the tolerance ({tolerance:g} m).</source>
        <translation>Aranan en büyük kayma ({max_offset:g} m) en az tolerans ({tolerance:g} m) kadar olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="180"/>
        <source>The mapped mines layer has no features: there is no record to judge.</source>
        <translation>Haritalanmış mayınlar katmanında unsur yok: değerlendirilecek kayıt yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/accuracy.py" line="192"/>
        <source>The found items layer has no item with a position: nothing to compare the records with.</source>
        <translation>Bulunan unsurlar katmanında konumu olan unsur yok: kayıtları karşılaştıracak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>BuildDemoAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="68"/>
        <source>Build demo store</source>
        <translation>Demo deposu oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="70"/>
        <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
        <translation>Demo senaryosunu (Karabağ çevresinde arazi serbest bırakma, Azerbaycan, 2020–2022) sabit bir rastgele tohumdan, QGIS ile gelen gerçek ilçe sınırları (Natural Earth) üzerinde yeni bir depoya yazar. Deponun yanına onu stilleriyle açan bir QGIS projesi (.qgz) yazar.

OUTPUT: yazılacak .gpkg dosyasının yolu (varsa değiştirilir). SEED: rastgele tohum (varsayılan değer yayımlanmış rakamları yeniden üretir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>Random seed</source>
        <translation>Rastgele tohum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>Demo store</source>
        <translation>Demo deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="87"/>
        <source>Demo project</source>
        <translation>Demo projesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="88"/>
        <source>Hectares released</source>
        <translation>Serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="89"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="200"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="143"/>
        <source>Check before saving (you may still save):</source>
        <translation>Kaydetmeden önce kontrol edin (yine de kaydedebilirsiniz):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Item found</source>
        <translation>Bulunan unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="181"/>
        <source>Record an item found at the point clicked.</source>
        <translation>Tıklanan noktada bulunan bir unsuru kaydet.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="188"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="191"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="197"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="203"/>
        <source>Depth</source>
        <translation>Derinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="204"/>
        <source>Condition</source>
        <translation>Durumu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="207"/>
        <source>Disposition</source>
        <translation>İmha şekli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="212"/>
        <source>Found on</source>
        <translation>Bulunma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="215"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="220"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="228"/>
        <source>no task here</source>
        <translation>burada görev yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="229"/>
        <source>The smallest task (sector) under the point; the others under it are listed</source>
        <translation>Noktanın altındaki en küçük görev (sektör); altındaki diğerleri listelenir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="232"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="305"/>
        <source>outside the districts</source>
        <translation>ilçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="308"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="239"/>
        <source>Remarks</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Mine accident</source>
        <translation>Mayın kazası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="268"/>
        <source>Record an accident at the point clicked.</source>
        <translation>Tıklanan noktadaki bir kazayı kaydet.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="275"/>
        <source>Occurred on</source>
        <translation>Olay tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="281"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="285"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="286"/>
        <source>The victims were civilians</source>
        <translation>Kazazedeler sivildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="288"/>
        <source>Civilian</source>
        <translation>Sivil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="289"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="294"/>
        <source>Device</source>
        <translation>Düzenek</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="299"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="329"/>
        <source>The accident has a date in the future ({date}).</source>
        <translation>Kazanın tarihi gelecekte ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_form.py" line="335"/>
        <source>No one killed or injured is recorded.</source>
        <translation>Ölen veya yaralanan kaydedilmemiş.</translation>
    </message>
</context>
<context>
    <name>CaptureTool</name>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="146"/>
        <source>Recording an item found</source>
        <translation>Bulunan unsur kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="163"/>
        <source>This item</source>
        <translation>Bu unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="187"/>
        <source>{id} ({what}) recorded</source>
        <translation>{id} ({what}) kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="222"/>
        <source>with warnings:</source>
        <translation>uyarılarla:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="201"/>
        <source>Recording an accident</source>
        <translation>Kaza kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="217"/>
        <source>Accident {id} recorded: {killed} killed, {injured} injured</source>
        <translation>Kaza {id} kaydedildi: {killed} ölü, {injured} yaralı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="249"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="283"/>
        <source>At the point clicked: task {task}, {district}.</source>
        <translation>Tıklanan noktada: görev {task}, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="287"/>
        <source>At the point clicked: task {task}, outside the districts.</source>
        <translation>Tıklanan noktada: görev {task}, ilçelerin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="291"/>
        <source>At the point clicked: no task, {district}.</source>
        <translation>Tıklanan noktada: görev yok, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="292"/>
        <source>At the point clicked: no task, outside the districts.</source>
        <translation>Tıklanan noktada: görev yok, ilçelerin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="297"/>
        <source>in task {task} ({district}).</source>
        <translation>{task} görevinde ({district}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="301"/>
        <source>in task {task}.</source>
        <translation>{task} görevinde.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="303"/>
        <source>in {district}.</source>
        <translation>{district} içinde.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="307"/>
        <source>Saving to {}</source>
        <translation>{} konumuna kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="310"/>
        <source>{layer} has unsaved edits. Save or discard them first, then record the point again.</source>
        <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra noktayı yeniden kaydedin.</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="39"/>
        <source>By severity</source>
        <translation>Önem derecesine göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="39"/>
        <source>By layer</source>
        <translation>Katmana göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="39"/>
        <source>By rule</source>
        <translation>Kurala göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="42"/>
        <source>Severity</source>
        <translation>Önem derecesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="42"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="42"/>
        <source>Feature</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="42"/>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="42"/>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="46"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="47"/>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="66"/>
        <source>Demining checks of {}</source>
        <translation>Mayın temizleme denetimleri: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="77"/>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="85"/>
        <source>Run checks</source>
        <translation>Denetimleri çalıştır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="88"/>
        <source>Check every layer of the store (geometry, released land, links, dates, identifiers); nothing is changed.</source>
        <translation>Deponun her katmanını denetle (geometri, serbest bırakılan arazi, bağlantılar, tarihler, tanımlayıcılar); hiçbir şey değiştirilmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="92"/>
        <source>Fix selected</source>
        <translation>Seçilenleri düzelt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="94"/>
        <source>Apply the safe fix of the selected findings (or of all findings of a selected group) in one step; Undo Last Release takes it back.</source>
        <translation>Seçilen bulguların (veya seçilen bir grubun tüm bulgularının) güvenli düzeltmesini tek adımda uygula; Son Serbest Bırakmayı Geri Al bunu geri alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="279"/>
        <source>Run the checks to list problems in the store.</source>
        <translation>Depodaki sorunları listelemek için denetimleri çalıştırın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="132"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="139"/>
        <source>Checking {}…</source>
        <translation>{} denetleniyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="153"/>
        <source>The checks failed: {}</source>
        <translation>Denetimler başarısız oldu: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="156"/>
        <source>Checks cancelled.</source>
        <translation>Denetimler iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="165"/>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="167"/>
        <source>{n} findings: {e} errors, {w} warnings; {f} with a safe fix.</source>
        <translation>{n} bulgu: {e} hata, {w} uyarı; {f} tanesinin güvenli düzeltmesi var.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="195"/>
        <source>Safe fix: {}</source>
        <translation>Güvenli düzeltme: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="231"/>
        <source>{} has no place on the map.</source>
        <translation>{} haritada bir yere sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="242"/>
        <source>Cannot show {} on this map: {}</source>
        <translation>{} bu haritada gösterilemiyor: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="254"/>
        <source>Select findings that have a safe fix.</source>
        <translation>Güvenli düzeltmesi olan bulguları seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="257"/>
        <source>Fixing {} findings</source>
        <translation>{} bulgu düzeltiliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="262"/>
        <source>Nothing to fix.</source>
        <translation>Düzeltilecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="266"/>
        <source>Fixed {n} findings ({rules})</source>
        <translation>{n} bulgu düzeltildi ({rules})</translation>
    </message>
</context>
<context>
    <name>ClearanceDock</name>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="53"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="53"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="53"/>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="53"/>
        <source>Released</source>
        <translation>Serbest bırakılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="53"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="58"/>
        <source>Clearance</source>
        <translation>Temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="65"/>
        <source>Draw released land</source>
        <translation>Serbest bırakılan araziyi çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="65"/>
        <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
        <translation>Serbest bırakılan araziyi haritada çizin (yakalama uygulanır); sağ tık veya Enter bitirir, Ctrl+Z son serbest bırakmayı geri alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="70"/>
        <source>Mark selected tasks released…</source>
        <translation>Seçili görevleri serbest bırakıldı olarak işaretle…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="70"/>
        <source>Record the selected tasks or sectors as released land.</source>
        <translation>Seçili görevleri veya sektörleri serbest bırakılan arazi olarak kaydet.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="74"/>
        <source>Divide into sectors…</source>
        <translation>Sektörlere böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="74"/>
        <source>Divide the selected task into numbered sectors.</source>
        <translation>Seçili görevi numaralı sektörlere böl.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="78"/>
        <source>Undo last release</source>
        <translation>Son serbest bırakmayı geri al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="78"/>
        <source>Take back the last release or sector division, all of it.</source>
        <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="94"/>
        <source>Planned hectares</source>
        <translation>Planlanan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="95"/>
        <source>Hectares released in the task</source>
        <translation>Görevde serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="164"/>
        <source>No store open.</source>
        <translation>Açık depo yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="166"/>
        <source>More than {n} tasks in view: zoom in to list them.</source>
        <translation>Harita görünümünde {n} görevden fazla var: listelemek için yakınlaştırın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="170"/>
        <source>{n} tasks in the map view</source>
        <translation>Harita görünümündeki görevler: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="208"/>
        <source>Select one task to divide (in this list or on the map).</source>
        <translation>Bölmek için bir görev seçin (bu listede veya haritada).</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="135"/>
        <source>Saving styles in {store_name} failed: {error}</source>
        <translation>{store_name} içine stilleri kaydetme başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/copy.py" line="44"/>
        <source>The copy must go to another store than its source.</source>
        <translation>Kopya, kaynağından başka bir depoya gitmeli.</translation>
    </message>
</context>
<context>
    <name>CopyStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="108"/>
        <source>Copy project store</source>
        <translation>Proje deposunu kopyala</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="110"/>
        <source>Copies a whole project store into a new store, GeoPackage to PostGIS or back, without loss: every feature of every layer with its identifier, attributes and geometry, the styles and forms saved in the store, and its metadata (data model version, CRS, creation facts). The features are written in one transaction; a failed copy leaves no target.</source>
        <translation>Bütün bir proje deposunu kayıpsız olarak yeni bir depoya kopyalar, GeoPackage'dan PostGIS'e veya tersi: her katmanın her unsuru tanımlayıcısı, öznitelikleri ve geometrisiyle, depoda kayıtlı stiller ve formlar ve meta verileri (veri modeli sürümü, KRS, oluşturma bilgileri). Unsurlar tek bir işlemde yazılır; başarısız bir kopyalama hedef bırakmaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="117"/>
        <source>TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied) and STYLES (saved styles copied).</source>
        <translation>TARGET: kopyanın gideceği yer, bir .gpkg yolu veya aynı şekilde yazılmış bir PostGIS konumu. OVERWRITE: mevcut hedef dosyayı veya şemayı değiştir. FEATURES (kopyalanan unsurlar) ve STYLES (kopyalanan kayıtlı stiller) çıktılarını verir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="125"/>
        <source>Copy to (.gpkg path or PostGIS location)</source>
        <translation>Kopyalanacak yer (.gpkg yolu veya PostGIS konumu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="126"/>
        <source>Replace an existing target</source>
        <translation>Mevcut hedefi değiştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="127"/>
        <source>Copy</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="128"/>
        <source>Features copied</source>
        <translation>Kopyalanan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="129"/>
        <source>Styles copied</source>
        <translation>Kopyalanan stiller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="137"/>
        <source>TARGET is empty: give a .gpkg path or a PostGIS location.</source>
        <translation>TARGET boş: bir .gpkg yolu veya PostGIS konumu verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="140"/>
        <source>Copied {features} features and {styles} styles into {target}.</source>
        <translation>{features} unsur ve {styles} stil {target} içine kopyalandı.</translation>
    </message>
</context>
<context>
    <name>CreateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="25"/>
        <source>Create project store</source>
        <translation>Proje deposu oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>Layer CRS</source>
        <translation>Katman KRS'si</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="44"/>
        <source>Replace an existing file</source>
        <translation>Var olan dosyayı değiştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="45"/>
        <source>Store</source>
        <translation>Depo</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="45"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="48"/>
        <source>Data model version</source>
        <translation>Veri modeli sürümü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="55"/>
        <source>Unknown coordinate reference system: {}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="62"/>
        <source>Created store {} ({})</source>
        <translation>{} deposu oluşturuldu ({})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="27"/>
        <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.

OUTPUT may also be a PostGIS location (pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): the store is then made as that schema of the database, with the same layers, an edit history kept by triggers, and styles and forms saved in the database&apos;s layer_styles table.</source>
        <translation>Boş bir Demining proje deposu oluşturur: veri modelinin her katmanını (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents) tutan, her birinin varsayılan stili (IMAS 07.11 renkleri) ve öznitelik formu dosyada kayıtlı bir GeoPackage.

OUTPUT: yeni .gpkg dosyasının yolu. CRS: katmanların koordinat referans sistemi (varsayılan EPSG:4326). Mevcut bir dosya yalnızca OVERWRITE ayarlandığında değiştirilir.

OUTPUT bir PostGIS konumu da olabilir (pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt; veya postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): depo bu durumda veritabanının o şeması olarak, aynı katmanlarla, tetikleyicilerin tuttuğu bir düzenleme geçmişiyle ve veritabanının layer_styles tablosunda kayıtlı stiller ve formlarla oluşturulur.</translation>
    </message>
</context>
<context>
    <name>DeminingAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="35"/>
        <source>Land release</source>
        <translation>Arazi serbest bırakma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="32"/>
        <source>Project store</source>
        <translation>Proje deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="31"/>
        <source>Totals and reports</source>
        <translation>Toplamlar ve raporlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="45"/>
        <source>Mine maps</source>
        <translation>Mayın haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="27"/>
        <source>Field maps</source>
        <translation>Saha haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="30"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
</context>
<context>
    <name>DeminingDock</name>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="58"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="98"/>
        <source>Recompute the figures from the store</source>
        <translation>Rakamları depodan yeniden hesapla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>New store…</source>
        <translation>Yeni depo…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="112"/>
        <source>Create an empty Demining store (GeoPackage) and add it to the project</source>
        <translation>Boş bir Demining deposu (GeoPackage) oluştur ve projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Open store…</source>
        <translation>Depo aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="115"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Var olan bir Demining deposunun katmanlarını projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Load demo</source>
        <translation>Demoyu yükle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="118"/>
        <source>Open the demo scenario (Karabakh, 2020-2022), building it first if needed</source>
        <translation>Demo senaryosunu (Karabağ, 2020–2022) aç, gerekirse önce oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="132"/>
        <source>Building the demo… %p%</source>
        <translation>Demo oluşturuluyor… %p%</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="138"/>
        <source>Headline figures</source>
        <translation>Başlıca rakamlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Figure</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="143"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="160"/>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="165"/>
        <source>Features</source>
        <translation>Nesneler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="219"/>
        <source>No store open</source>
        <translation>Açık depo yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="221"/>
        <source>Create a new store, open an existing one or load the demo to see its figures here.</source>
        <translation>Rakamlarını burada görmek için yeni bir depo oluşturun, var olan bir depoyu açın veya demoyu yükleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="230"/>
        <source>Data model version {version} · {crs}</source>
        <translation>Veri modeli sürümü {version} · {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="232"/>
        <source>Reading store {}</source>
        <translation>{} deposu okunuyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="241"/>
        <source>Computing figures…</source>
        <translation>Rakamlar hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="244"/>
        <source>The figures could not be computed; see the message log.</source>
        <translation>Rakamlar hesaplanamadı; ileti günlüğüne bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Land released</source>
        <translation>Serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="253"/>
        <source>Cancelled, reduced and cleared land; overlaps counted once</source>
        <translation>İptal edilen, azaltılan ve temizlenen arazi; örtüşmeler bir kez sayılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="260"/>
        <source>Mines, UXO and other items found (sum of quantities)</source>
        <translation>Bulunan mayınlar, PM ve diğer unsurlar (miktarların toplamı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="268"/>
        <source>Cleared routes</source>
        <translation>Temizlenen yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="269"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="279"/>
        <source>All dates, saved data.</source>
        <translation>Tüm tarihler, kaydedilmiş veriler.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="284"/>
        <source>Cleared</source>
        <translation>Temizlenen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="284"/>
        <source>Reduced</source>
        <translation>Azaltılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="284"/>
        <source>Cancelled</source>
        <translation>İptal edilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="288"/>
        <source>AP mines</source>
        <translation>AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="288"/>
        <source>AT mines</source>
        <translation>AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="288"/>
        <source>UXO</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="288"/>
        <source>AXO</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>IEDs</source>
        <translation>EYP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>Submunitions</source>
        <translation>Alt mühimmatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>Other items</source>
        <translation>Diğer unsurlar</translation>
    </message>
</context>
<context>
    <name>DeminingPlugin</name>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Demining Panel</source>
        <translation>Mayın Temizleme Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Demining panel</source>
        <translation>Mayın temizleme panelini göster veya gizle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>New Store…</source>
        <translation>Yeni Depo…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Create an empty Demining store and add it to the project</source>
        <translation>Boş bir Demining deposu oluştur ve projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Open Store…</source>
        <translation>Depo Aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Var olan bir Demining deposunun katmanlarını projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Load Demo</source>
        <translation>Demoyu Yükle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Open the demo scenario, building it first if needed</source>
        <translation>Demo senaryosunu aç, gerekirse önce oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Clearance Panel</source>
        <translation>Temizleme Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
        <translation>Temizleme panelini göster veya gizle (görünümdeki görevler, serbest bırakma araçları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Draw Released Land</source>
        <translation>Serbest Bırakılan Araziyi Çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
        <translation>Serbest bırakılan araziyi haritada çiz; tehlikeli alanlara göre kırpılır ve asla iki kez sayılmaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Mark Selected Tasks Released…</source>
        <translation>Seçili Görevleri Serbest Bırakıldı Olarak İşaretle…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Record the selected tasks or sectors as released</source>
        <translation>Seçili görevleri veya sektörleri serbest bırakıldı olarak kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Divide into Sectors…</source>
        <translation>Sektörlere Böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Divide the selected task into numbered sectors</source>
        <translation>Seçili görevi numaralı sektörlere böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Undo Last Release</source>
        <translation>Son Serbest Bırakmayı Geri Al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Take back the whole of the last release or sector division</source>
        <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Clearance Totals</source>
        <translation>Temizleme Toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
        <translation>Temizleme toplamları panosunu göster veya gizle (ilçe, yöntem, ekip veya döneme göre hektarlar, unsurlar, yollar, kazalar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Period Report…</source>
        <translation>Dönem Raporu…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
        <translation>Deponun dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="245"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="246"/>
        <source>&amp;Demining</source>
        <translation>&amp;Mayın Temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Open PostGIS Store…</source>
        <translation>PostGIS Deposunu Aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Add the layers of a Demining store kept in a PostGIS database to the project</source>
        <translation>PostGIS veritabanında tutulan bir Demining deposunun katmanlarını projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Feature History…</source>
        <translation>Unsur Geçmişi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Who changed the selected feature, what and when (PostGIS stores)</source>
        <translation>Seçili unsuru kimin, neyi ve ne zaman değiştirdiği (PostGIS depoları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import Mine Map…</source>
        <translation>Mayın Haritası İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import a supplied mine map (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</source>
        <translation>Teslim alınan bir mayın haritasını içe aktar (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import Items Found…</source>
        <translation>Bulunan Unsurları İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import items found from a team&apos;s file</source>
        <translation>Bir ekibin dosyasından bulunan unsurları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import Accidents…</source>
        <translation>Kazaları İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Import mine and UXO accidents from a file</source>
        <translation>Mayın ve UXO kazalarını bir dosyadan içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Print Field Map…</source>
        <translation>Saha Haritası Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one in the Layout Designer</source>
        <translation>Seçili görevlerin (veya bir ifadeye uyan görevlerin) saha haritalarını PDF'ye yazdır ya da birini Yerleşim Tasarımcısında aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Minefield Record Traverse…</source>
        <translation>Mayın Tarlası Kaydı Poligon Geçkisi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the traverse entry panel: a paper minefield record&apos;s turning points as bearing and distance, previewed on the map and saved as a minefield record</source>
        <translation>Geçki giriş panelini göster veya gizle: kâğıt bir mayın tarlası kaydının dönüş noktaları, semt açısı ve mesafe olarak, haritada önizlenir ve mayın tarlası kaydı olarak kaydedilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Mine Maps</source>
        <translation>Mayın Haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Mine maps panel (how accurate each supplied minefield record is)</source>
        <translation>Mayın haritaları panelini göster veya gizle (teslim alınan her mayın tarlası kaydının ne kadar doğru olduğu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Data Checks</source>
        <translation>Veri Denetimleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)</source>
        <translation>Denetimler panelini göster veya gizle (bozuk geometri, iki kez sayılan arazi, sahipsiz bağlantılar, ...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Items Found Panel</source>
        <translation>Bulunan Unsurlar Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Show or hide the Items found panel (latest items, filters, counts by category)</source>
        <translation>Bulunan unsurlar panelini göster veya gizle (son unsurlar, filtreler, kategoriye göre sayılar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Record Item Found</source>
        <translation>Bulunan Unsuru Kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Click on the map where an item was found; task and district are filled in from the point</source>
        <translation>Haritada bir unsurun bulunduğu yere tıklayın; görev ve ilçe noktadan doldurulur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Record Accident</source>
        <translation>Kazayı Kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="51"/>
        <source>Click on the map where a mine accident happened</source>
        <translation>Haritada bir mayın kazasının olduğu yere tıklayın</translation>
    </message>
</context>
<context>
    <name>DeminingTasks</name>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="133"/>
        <source>Demining figures of {}</source>
        <translation>{} için Demining rakamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="151"/>
        <source>Building the Demining demo</source>
        <translation>Demining demosu oluşturuluyor</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../demining_plugin/demo/scenario.py" line="45"/>
        <source>Demo scenario file {path} is missing from the plugin.</source>
        <translation>{path} demo senaryo dosyası eklentide yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="102"/>
        <source>Building the demo store was cancelled.</source>
        <translation>Demo deposunun oluşturulması iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="39"/>
        <source>District boundaries not found: {path} (layer {layer}).</source>
        <translation>İlçe sınırları bulunamadı: {path} ({layer} katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="61"/>
        <source>Districts not found in {path_name}: {missing}</source>
        <translation>{path_name} içinde ilçeler bulunamadı: {missing}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="103"/>
        <source>Could not lay out enough hazard areas in {name}.</source>
        <translation>{name} içinde yeterli tehlikeli alan yerleştirilemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="229"/>
        <source>Not enough hazard area in {district} for the demo&apos;s cleared land.</source>
        <translation>{district} içinde demonun temizlenen arazisi için yeterli tehlikeli alan yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="61"/>
        <source>Could not place the supplied records in {district}.</source>
        <translation>Teslim alınan kayıtlar {district} içine yerleştirilemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="154"/>
        <source>No land cleared in {district} during the demo week.</source>
        <translation>Demo haftasında {district} içinde arazi temizlenmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="171"/>
        <source>The demo&apos;s supplied-record matches exceed the items budget.</source>
        <translation>Demodaki teslim alınan kayıt eşleşmeleri unsur bütçesini aşıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/findings.py" line="299"/>
        <source>Could not lay out a route in {district}.</source>
        <translation>{district} içinde bir yol çizilemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="185"/>
        <source>Cannot write to {store_path}.</source>
        <translation>{store_path} konumuna yazılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="218"/>
        <source>Writing {layer_name} failed.</source>
        <translation>{layer_name} yazılamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="365"/>
        <source>Cannot write the demo project {project_path}: {error}</source>
        <translation>{project_path} demo projesi yazılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="382"/>
        <source>The demo store must be a .gpkg file: {target}</source>
        <translation>Demo deposu bir .gpkg dosyası olmalı: {target}</translation>
    </message>
</context>
<context>
    <name>FeatureHistory</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="33"/>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="33"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="34"/>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="39"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="51"/>
        <source>Geometry drawn</source>
        <translation>Geometri çizildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="51"/>
        <source>Geometry removed</source>
        <translation>Geometri kaldırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="51"/>
        <source>Geometry changed</source>
        <translation>Geometri değiştirildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="66"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="66"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="66"/>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="66"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="66"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="73"/>
        <source>Feature history</source>
        <translation>Unsur geçmişi</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../demining_plugin/core/feature_table.py" line="86"/>
        <source>Layer &apos;{layer_name}&apos; has no field {fields}.</source>
        <translation>'{layer_name}' katmanında {fields} alanı yok.</translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="134"/>
        <source>Field map</source>
        <translation>Saha haritası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="107"/>
        <source>This task</source>
        <translation>Bu görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="111"/>
        <source>Turning points</source>
        <translation>Dönüş noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="122"/>
        <source>Task position</source>
        <translation>Görev konumu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="214"/>
        <source>Map extent</source>
        <translation>Harita kapsamı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="221"/>
        <source>Data: store {0}</source>
        <translation>Veri: depo {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="223"/>
        <source>districts: {0}</source>
        <translation>ilçeler: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Easting</source>
        <translation>Doğu (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Northing</source>
        <translation>Kuzey (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="53"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="67"/>
        <source>{0} more points (print A3)</source>
        <translation>{0} nokta daha (A3'e yazdırın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="159"/>
        <source>Mag. decl. unknown
Grid conv. {0:.1f}° {1}</source>
        <translation>Manyetik sapma bilinmiyor
Grid yakınsaması {0:.1f}° {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="161"/>
        <source>grid north up; {0}; grid convergence {1:.1f}° {2}</source>
        <translation>grid kuzeyi yukarıda; {0}; grid yakınsaması {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="165"/>
        <source>Mag. decl. {0}
Grid conv. {1:.1f}° {2}</source>
        <translation>Manyetik sapma {0}
Grid yakınsaması {1:.1f}° {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="167"/>
        <source>grid north up; magnetic declination {0} ({1}, {2}); grid convergence {3:.1f}° {4}</source>
        <translation>grid kuzeyi yukarıda; manyetik sapma {0} ({1}, {2}); grid yakınsaması {3:.1f}° {4}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="179"/>
        <source>District: {0} · Team: {1} ({2}) · Planned {3} to {4} · Status: {5}</source>
        <translation>İlçe: {0} · Ekip: {1} ({2}) · Plan: {3} - {4} · Durum: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="192"/>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="193"/>
        <source>planned {0:,.2f} ha; released {1:,.2f} ha (true areas, WGS 84 ellipsoid)</source>
        <translation>planlanan {0:,.2f} ha; serbest bırakılan {1:,.2f} ha (gerçek alanlar, WGS 84 elipsoidi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="195"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="196"/>
        <source>UTM {0} ({1}), every {2:,.0f} m; eastings and northings left and bottom, MGRS digits top and right; centre {3}</source>
        <translation>UTM {0} ({1}), her {2:,.0f} m'de; doğu ve kuzey değerleri solda ve altta, MGRS rakamları üstte ve sağda; merkez {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="200"/>
        <source>North</source>
        <translation>Kuzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>Emergency and access points</source>
        <translation>Acil durum ve erişim noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="208"/>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/panels.py" line="210"/>
        <source>Printed {0}. {1}. Turning points: {2}.</source>
        <translation>Yazdırma {0}. {1}. Dönüş noktaları: {2}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="517"/>
        <source>{0} field map(s), {1} {2}</source>
        <translation>{0} saha haritası, {1} {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="48"/>
        <source>Field maps cancelled; no file was written.</source>
        <translation>Saha haritaları iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="553"/>
        <source>Field maps cancelled after {0} of {1} tasks.</source>
        <translation>Saha haritaları {1} görevden {0} tanesinden sonra iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="574"/>
        <source>Field map {0}</source>
        <translation>Saha haritası {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="33"/>
        <source>Field maps: {0} task(s)</source>
        <translation>Saha haritaları: {0} görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="59"/>
        <source>Paper &apos;{paper}&apos; is not offered; choose one of {PAPERS}.</source>
        <translation>'{paper}' kâğıdı sunulmuyor; şunlardan birini seçin: {PAPERS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="62"/>
        <source>Orientation &apos;{orientation}&apos; is not offered; choose one of {choices}.</source>
        <translation>'{orientation}' yönlendirmesi sunulmuyor; şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="46"/>
        <source>Give task ids or an expression, not both.</source>
        <translation>Görev kimlikleri veya bir ifade verin, ikisini birden değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="48"/>
        <source>No task chosen: give task ids (e.g. T-0001, T-0002) or an expression.</source>
        <translation>Görev seçilmedi: görev kimlikleri (ör. T-0001, T-0002) veya bir ifade verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="58"/>
        <source>No clearance task has the id {missing} in this store.</source>
        <translation>Bu depoda {missing} kimlikli temizleme görevi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="64"/>
        <source>The expression &apos;{expression}&apos; is not valid: {parsed}</source>
        <translation>'{expression}' ifadesi geçerli değil: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="69"/>
        <source>The expression &apos;{expression}&apos; names {unknown}, which clearance_tasks does not have (fields: {tasks}).</source>
        <translation>'{expression}' ifadesi clearance_tasks katmanında olmayan {unknown} adlarını kullanıyor (alanlar: {tasks}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="81"/>
        <source>The expression &apos;{expression}&apos; cannot be evaluated on task {feature}: {parsed}</source>
        <translation>'{expression}' ifadesi {feature} görevinde değerlendirilemiyor: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="88"/>
        <source>No clearance task matches the expression &apos;{expression}&apos;.</source>
        <translation>'{expression}' ifadesine uyan temizleme görevi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="92"/>
        <source>Clearance task {empty} has no geometry; it cannot be mapped.</source>
        <translation>{empty} temizleme görevinin geometrisi yok; haritalanamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="94"/>
        <source>The layout template {path_name} is missing from the plugin.</source>
        <translation>{path_name} yerleşim şablonu eklentide yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="132"/>
        <source>The layout template {path_name} cannot be read.</source>
        <translation>{path_name} yerleşim şablonu okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="207"/>
        <source>The layout template has no item &apos;{item_id}&apos;.</source>
        <translation>Yerleşim şablonunda '{item_id}' öğesi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="497"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>{target_parent} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="500"/>
        <source>OUTPUT must be a .pdf file or a folder, not {target_name}.</source>
        <translation>OUTPUT bir .pdf dosyası veya klasör olmalı, {target_name} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="542"/>
        <source>Writing {target_name} failed: {error}</source>
        <translation>{target_name} yazılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="560"/>
        <source>Writing {path_name} failed ({result}).</source>
        <translation>{path_name} yazılamadı ({result}).</translation>
    </message>
</context>
<context>
    <name>FieldMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="26"/>
        <source>Field maps of tasks (PDF)</source>
        <translation>Görevlerin saha haritaları (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="28"/>
        <source>Prints one page per clearance task for the field team: the task in its local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released land, items found, routes, the task&apos;s medevac / helicopter landing / access points, an overview of the districts, legend, scale and a north arrow with the magnetic declination (World Magnetic Model on the print date).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = &apos;Aghdam&apos; AND &quot;status&quot; &lt;&gt; &apos;closed&apos;), printed in task id order. PAPER: A4 or A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied minefield records.

OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, fieldmap_&lt;task id&gt;.pdf). PAGES: the number of pages written.</source>
        <translation>Saha ekibi için her temizleme görevine bir sayfa yazdırır: görev kendi yerel UTM diliminde UTM/MGRS gridiyle, numaralı dönüş noktaları ve koordinat tabloları, tehlikeli alan, serbest bırakılan arazi, bulunan unsurlar, yollar, görevin tıbbi tahliye / helikopter iniş / erişim noktaları, ilçelerin genel görünümü, lejant, ölçek ve manyetik sapmalı bir kuzey oku (yazdırma tarihindeki World Magnetic Model).

TASK_IDS: virgülle ayrılmış görev kimlikleri (ör. T-0001, T-0002), bu sırayla yazdırılır; veya EXPRESSION: clearance_tasks üzerinde bir filtre (ör. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'), görev kimliği sırasıyla yazdırılır. PAPER: A4 veya A3. ORIENTATION: portrait veya landscape. MAPPED_MINES: teslim alınan mayın tarlası kayıtlarının mayınlarını da çiz.

OUTPUT: bir .pdf dosyası (görev başına bir sayfa) veya bir klasör (görev başına bir PDF, fieldmap_&lt;task id&gt;.pdf). PAGES: yazılan sayfa sayısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="50"/>
        <source>Task ids (comma-separated)</source>
        <translation>Görev kimlikleri (virgülle ayrılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="52"/>
        <source>Or tasks matching the expression</source>
        <translation>Veya ifadeye uyan görevler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="54"/>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="56"/>
        <source>Orientation</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="59"/>
        <source>Draw mines of supplied minefield records</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının mayınlarını çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="61"/>
        <source>PDF file (or a folder for one PDF per task)</source>
        <translation>PDF dosyası (veya görev başına bir PDF için klasör)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="61"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="63"/>
        <source>Pages written</source>
        <translation>Yazılan sayfalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="64"/>
        <source>Files written (;-separated)</source>
        <translation>Yazılan dosyalar (; ile ayrılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="79"/>
        <source>{0} page(s): {1}</source>
        <translation>{0} sayfa: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="72"/>
        <source>OUTPUT: give a .pdf file or a folder.</source>
        <translation>OUTPUT: bir .pdf dosyası veya klasör verin.</translation>
    </message>
</context>
<context>
    <name>FieldMapController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="107"/>
        <source>Print Field Map…</source>
        <translation>Saha Haritası Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="133"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Önce bir Demining deposu açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="177"/>
        <source>Printing field maps</source>
        <translation>Saha haritaları yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="156"/>
        <source>Choose where to write the field maps.</source>
        <translation>Saha haritalarının yazılacağı yeri seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="164"/>
        <source>Printing {0} field map(s) to {1}</source>
        <translation>{0} saha haritası {1} konumuna yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="173"/>
        <source>{0} field map page(s) written to {1}</source>
        <translation>{0} saha haritası sayfası {1} konumuna yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="179"/>
        <source>Field maps cancelled.</source>
        <translation>Saha haritaları iptal edildi.</translation>
    </message>
</context>
<context>
    <name>FieldMapDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="28"/>
        <source>Portrait</source>
        <translation>Dikey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="29"/>
        <source>Landscape</source>
        <translation>Yatay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="38"/>
        <source>Print Field Map</source>
        <translation>Saha Haritası Yazdır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="41"/>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="42"/>
        <source>Tasks matching</source>
        <translation>Şuna uyan görevler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="47"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="62"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="64"/>
        <source>Mines of supplied minefield records</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="65"/>
        <source>Medevac, landing and access points</source>
        <translation>Tıbbi tahliye, iniş ve erişim noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="67"/>
        <source>Turning-point table</source>
        <translation>Dönüş noktası tablosu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="69"/>
        <source>Overview map</source>
        <translation>Genel bakış haritası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="72"/>
        <source>One PDF, a page per task</source>
        <translation>Tek PDF, görev başına bir sayfa</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="73"/>
        <source>One PDF per task, in a folder</source>
        <translation>Görev başına bir PDF, bir klasörde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="83"/>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="84"/>
        <source>Orientation</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="88"/>
        <source>Include</source>
        <translation>Dahil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="93"/>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="96"/>
        <source>Export PDF</source>
        <translation>PDF dışa aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="98"/>
        <source>Open in Layout Designer</source>
        <translation>Yerleşim Tasarımcısında aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_dialog.py" line="99"/>
        <source>Lay out the first task and open it in QGIS&apos;s Layout Designer for hand edits</source>
        <translation>İlk görevi yerleştir ve elle düzenleme için QGIS Yerleşim Tasarımcısında aç</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../demining_plugin/core/files.py" line="24"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>{target_parent} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/files.py" line="31"/>
        <source>Cannot write {what}: {error}</source>
        <translation>{what} yazılamıyor: {error}</translation>
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
        <translation>World Magnetic Model dosyası {path} okunamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/geomag.py" line="89"/>
        <source>No World Magnetic Model shipped for {year:.1f}: the models cover {first:.0f} to {last:.0f}.</source>
        <translation>{year:.1f} için World Magnetic Model sağlanmıyor: modeller {first:.0f} ile {last:.0f} arasını kapsar.</translation>
    </message>
</context>
<context>
    <name>HectareTotalsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="73"/>
        <source>Hectare totals</source>
        <translation>Hektar toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="43"/>
        <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer&apos;s CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts&apos; name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
        <translation>Bir poligon katmanının hektarları, her metrekare bir kez sayılır: poligonların örtüştüğü yerlerde (içe aktarılmış eski veriler, önce taranıp sonra temizlenen arazi) arazi onu kapsayan en erken serbest bırakmaya sayılır (aynı tarihte en küçük nesne kimliği). Alanlar, katmanın KRS'si ne olursa olsun WGS84 elipsoidi üzerindeki gerçek alanlardır.

INPUT: herhangi bir poligon katmanı. REGIONS (isteğe bağlı): ilçelerin poligon katmanı; poligonlar ilçe sınırlarında kesilir ve her parça kendi ilçesinde sayılır (region sütunu). REGION_FIELD: ilçelerin ad alanı (varsayılan name). GROUP_BY: INPUT'un virgülle ayrılmış alan adları (ör. release_method,technique) ve tarih alanının month veya week (ISO haftası) değeri. DATE_FIELD: serbest bırakma tarihi (katmanda varsa varsayılan released_on). DATE_FROM, DATE_TO: YYYY-AA-GG, ikisi de dahil; DATE_FROM'dan önce ilk kez serbest bırakılan arazi sayılmaz.

OUTPUT: gruplama alanları, area_ha ve n_features (grupta arazisi olan nesneler) içeren bir tablo. TOTAL_HA: tüm grupların hektarları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="59"/>
        <source>Released land (polygons)</source>
        <translation>Serbest bırakılan arazi (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="61"/>
        <source>Districts (polygons)</source>
        <translation>İlçeler (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="63"/>
        <source>District name field</source>
        <translation>İlçe adı alanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="65"/>
        <source>Group by (comma-separated fields; month, week)</source>
        <translation>Grupla (virgülle ayrılmış alanlar; month, week)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="67"/>
        <source>Date field</source>
        <translation>Tarih alanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="69"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="71"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="75"/>
        <source>Total hectares</source>
        <translation>Toplam hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="112"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="128"/>
        <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
        <translation>{n} nesneden {groups} grupta {ha:,.2f} ha, her metrekare bir kez sayıldı ({general} nesne için GEOS gerekti).</translation>
    </message>
</context>
<context>
    <name>ImportAccidentsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="259"/>
        <source>Import accidents</source>
        <translation>Kazaları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="261"/>
        <source>Imports mine and UXO accidents into accidents (date, killed, injured, civilian, activity at the time, device); the district is filled from what lies under each point.</source>
        <translation>Mayın ve UXO kazalarını accidents katmanına aktarır (tarih, ölü, yaralı, sivil, o anki faaliyet, cihaz); ilçe her noktanın altındaki yerden doldurulur.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="71"/>
        <source>Open or create a Demining store first (Demining menu).</source>
        <translation>Önce bir Demining deposu açın veya oluşturun (Mayın temizleme menüsü).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="75"/>
        <source>File to import</source>
        <translation>İçe aktarılacak dosya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="92"/>
        <source>Reading {0}</source>
        <translation>{0} okunuyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="95"/>
        <source>{0} holds no rows to import.</source>
        <translation>{0} içe aktarılacak satır içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="118"/>
        <source>Importing {0}</source>
        <translation>{0} içe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="121"/>
        <source>Import of {0} was cancelled; nothing was changed.</source>
        <translation>{0} içe aktarımı iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="133"/>
        <source>Minefield record: {0}.</source>
        <translation>Mayın tarlası kaydı: {0}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="128"/>
        <source>{0}: {1} imported, {2} refused ({3}).</source>
        <translation>{0}: {1} aktarıldı, {2} reddedildi ({3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="131"/>
        <source>{0}: {1} imported, {2} refused.</source>
        <translation>{0}: {1} aktarıldı, {2} reddedildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="134"/>
        <source>Report: {0}</source>
        <translation>Rapor: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDetectionsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="247"/>
        <source>Import items found</source>
        <translation>Bulunan unsurları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="249"/>
        <source>Imports items found (detections) from teams&apos; files into detections; the task and district are filled from what lies under each point. Categories are read in the spellings teams use (&apos;AP&apos;, &apos;anti-personnel&apos;, &apos;APM&apos;, a model such as &apos;PMN-2&apos; or &apos;TM-62M&apos;...). Rows with a date in the future, a quantity under 1 or a depth outside 0-500 cm are refused.</source>
        <translation>Ekiplerin dosyalarındaki bulunan unsurları (tespitleri) detections katmanına aktarır; görev ve ilçe her noktanın altındaki yerden doldurulur. Kategoriler ekiplerin kullandığı yazımlarla okunur ('AP', 'anti-personnel', 'APM', 'PMN-2' veya 'TM-62M' gibi bir model...). Tarihi gelecekte, miktarı 1'in altında veya derinliği 0-500 cm dışında olan satırlar reddedilir.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="45"/>
        <source>Import mine map</source>
        <translation>Mayın haritası içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="46"/>
        <source>Import items found</source>
        <translation>Bulunan unsurları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="47"/>
        <source>Import accidents</source>
        <translation>Kazaları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="50"/>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="51"/>
        <source>Latitude / longitude columns</source>
        <translation>Enlem / boylam sütunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="52"/>
        <source>X / Y columns in a CRS</source>
        <translation>Bir KRS'de X / Y sütunları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="53"/>
        <source>MGRS column</source>
        <translation>MGRS sütunu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="54"/>
        <source>The file&apos;s own geometry</source>
        <translation>Dosyanın kendi geometrisi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="77"/>
        <source>features</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="78"/>
        <source>rows</source>
        <translation>satır</translation>
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
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="97"/>
        <source>Source column</source>
        <translation>Kaynak sütun</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="112"/>
        <source>(not used)</source>
        <translation>(kullanılmıyor)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="122"/>
        <source>First rows of the file</source>
        <translation>Dosyanın ilk satırları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="150"/>
        <source>Positions and checks</source>
        <translation>Konumlar ve denetimler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="159"/>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="163"/>
        <source>CRS of x / y</source>
        <translation>x / y için KRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="167"/>
        <source>no check</source>
        <translation>denetim yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="168"/>
        <source>Expected UTM zone</source>
        <translation>Beklenen UTM dilimi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="175"/>
        <source>Same position within</source>
        <translation>Aynı konum sayılacak mesafe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="176"/>
        <source>Refuse rows outside the store&apos;s districts</source>
        <translation>Deponun ilçeleri dışındaki satırları reddet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="195"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="199"/>
        <source>New record</source>
        <translation>Yeni kayıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="202"/>
        <source>Add to</source>
        <translation>Şuna ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="205"/>
        <source>e.g. map handed over on 12 June 2021</source>
        <translation>ör. harita 12 Haziran 2021'de teslim edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="206"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="208"/>
        <source>Received on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilen AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilen AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="210"/>
        <source>Claimed mines in total</source>
        <translation>Bildirilen toplam mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="219"/>
        <source>count the imported mines</source>
        <translation>içe aktarılan mayınları say</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="188"/>
        <source>Rows further than this from every district of the store are refused.</source>
        <translation>Deponun tüm ilçelerine bundan daha uzak olan satırlar reddedilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/import_dialog.py" line="191"/>
        <source>Outside the districts by up to</source>
        <translation>İlçelerin dışında en fazla</translation>
    </message>
</context>
<context>
    <name>ImportMineMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="185"/>
        <source>Import mine map</source>
        <translation>Mayın haritası içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="187"/>
        <source>Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, for a new record, a minefield_records polygon (the file&apos;s polygons, or the mines&apos; convex hull grown by 10 m) with its district.

SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. RECORD_ID (optional): add the mines to this existing record instead of creating one. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from the imported mines).</source>
        <translation>Teslim alınan bir mayın haritasını (mayın tarlası kaydı) içe aktarır: haritalanmış mayın noktaları mapped_mines katmanına ve yeni bir kayıt için ilçesiyle birlikte bir minefield_records poligonu (dosyanın poligonları veya mayınların 10 m büyütülmüş dışbükey zarfı).

SOURCE: haritanın nereden geldiği (yeni bir kayıt için zorunlu). RECEIVED_ON: YYYY-AA-GG. RECORD_ID (isteğe bağlı): yeni kayıt oluşturmak yerine mayınları bu mevcut kayda ekle. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: haritanın beyan ettiği sayılar (varsayılan: içe aktarılan mayınlardan sayılır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="196"/>
        <source>RECORD_ID: the record the mines were stored in.</source>
        <translation>RECORD_ID: mayınların kaydedildiği kayıt.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="200"/>
        <source>Source of the map</source>
        <translation>Haritanın kaynağı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="201"/>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Teslim tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="204"/>
        <source>Supplied by</source>
        <translation>Teslim eden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="205"/>
        <source>Existing record ID</source>
        <translation>Mevcut kayıt kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="206"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilen AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="206"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilen AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="206"/>
        <source>Claimed mines</source>
        <translation>Beyan edilen mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="218"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="227"/>
        <source>RECEIVED_ON &apos;{}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>RECEIVED_ON '{}' bir tarih değil (YYYY-AA-GG).</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <location filename="../demining_plugin/gui/import_controller.py" line="31"/>
        <source>Demining import of {0}</source>
        <translation>Demining içe aktarımı: {0}</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="55"/>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="56"/>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="57"/>
        <source>X / easting</source>
        <translation>X / doğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="58"/>
        <source>Y / northing</source>
        <translation>Y / kuzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="59"/>
        <source>MGRS reference</source>
        <translation>MGRS referansı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="60"/>
        <source>Category / mine type</source>
        <translation>Kategori / mayın türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="61"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="62"/>
        <source>Row number</source>
        <translation>Satır numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="63"/>
        <source>Mine number</source>
        <translation>Mayın numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="64"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="65"/>
        <source>Date found</source>
        <translation>Bulunma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="66"/>
        <source>Depth (cm)</source>
        <translation>Derinlik (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="67"/>
        <source>Condition</source>
        <translation>Durumu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="68"/>
        <source>Disposition</source>
        <translation>İmha şekli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="69"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="70"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="71"/>
        <source>Remarks</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="72"/>
        <source>Date of accident</source>
        <translation>Kaza tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="73"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="74"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="75"/>
        <source>Civilian victims</source>
        <translation>Sivil kayıplar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="76"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="77"/>
        <source>Device category</source>
        <translation>Cihaz kategorisi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="78"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="167"/>
        <source>{0}: {1} imported, {2} rejected (report: {3}).</source>
        <translation>{0}: {1} aktarıldı, {2} reddedildi (rapor: {3}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="27"/>
        <source>Unknown coordinate mode &apos;{0}&apos; (use {1}).</source>
        <translation>Bilinmeyen koordinat modu '{0}' ({1} kullanın).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="40"/>
        <source>{0}: no coordinates found. Map latitude/longitude, x/y or MGRS columns (columns: {1}).</source>
        <translation>{0}: koordinat bulunamadı. Enlem/boylam, x/y veya MGRS sütunlarını eşleyin (sütunlar: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="49"/>
        <source>{0}: coordinate mode &apos;{1}&apos; needs a column for {2}.</source>
        <translation>{0}: '{1}' koordinat modu {2} için bir sütun gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="55"/>
        <source>{0} has no geometries; choose coordinate columns instead.</source>
        <translation>{0} geometri içermiyor; bunun yerine koordinat sütunlarını seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="58"/>
        <source>{0}: x/y coordinates need their coordinate reference system.</source>
        <translation>{0}: x/y koordinatları koordinat referans sistemlerini gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="71"/>
        <source>has no geometry</source>
        <translation>geometrisi yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="82"/>
        <source>its polygon is not valid (self-intersecting?)</source>
        <translation>poligonu geçerli değil (kendisiyle kesişiyor mu?)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="88"/>
        <source>has a {0} geometry; points are expected</source>
        <translation>{0} geometrisine sahip; nokta bekleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="101"/>
        <source>has no MGRS reference</source>
        <translation>MGRS referansı yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="76"/>
        <source>has no {0}</source>
        <translation>{0} yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="121"/>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="125"/>
        <source>coordinate &apos;{0}&apos; is not a number</source>
        <translation>'{0}' koordinatı bir sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="131"/>
        <source>Unknown coordinate reference system &apos;{0}&apos;: {1}</source>
        <translation>Bilinmeyen koordinat referans sistemi '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="137"/>
        <source>x/y {0}, {1} lie outside the coordinate system&apos;s area</source>
        <translation>x/y {0}, {1} koordinat sisteminin alanının dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="162"/>
        <source>latitude and longitude appear swapped ({0}, {1})</source>
        <translation>enlem ve boylam yer değiştirmiş görünüyor ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="165"/>
        <source>latitude {0} / longitude {1} is not a position on Earth</source>
        <translation>enlem {0} / boylam {1} Dünya üzerinde bir konum değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="172"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area</source>
        <translation>{0:.6f}, {1:.6f} (enlem, boylam) konumu beklenen alanın dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="190"/>
        <source>lies in UTM zone {0}, not the expected zone {1}</source>
        <translation>beklenen {1} dilimi yerine {0} UTM diliminde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="218"/>
        <source>same position as {0} {1} ({2:.2f} m apart)</source>
        <translation>{0} {1} ile aynı konum ({2:.2f} m uzaklıkta)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="232"/>
        <source>same position as {0}, already stored ({1:.2f} m apart)</source>
        <translation>zaten kayıtlı {0} ile aynı konum ({1:.2f} m uzaklıkta)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="134"/>
        <source>feature</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="134"/>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="26"/>
        <source>{0} has no column &apos;{1}&apos; (mapped to {2}).</source>
        <translation>{0} içinde '{1}' sütunu yok ({2} ile eşlenmiş).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="57"/>
        <source>unknown mine type &apos;{0}&apos;</source>
        <translation>bilinmeyen mayın türü '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="153"/>
        <source>{0} &apos;{1}&apos; is not a whole number of 0 or more</source>
        <translation>{0} '{1}' 0 veya daha büyük bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="80"/>
        <source>{0} &apos;{1}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{0} '{1}' bir tarih değil (YYYY-AA-GG kullanın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="84"/>
        <source>{0} {1} is in the future</source>
        <translation>{0} {1} gelecekte</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="103"/>
        <source>has no category and its model does not imply one</source>
        <translation>kategorisi yok ve modeli bir kategori belirtmiyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="106"/>
        <source>unknown item category &apos;{0}&apos;</source>
        <translation>bilinmeyen unsur kategorisi '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="111"/>
        <source>quantity &apos;{0}&apos; is not a whole number</source>
        <translation>'{0}' miktarı bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="114"/>
        <source>quantity {0} is under 1</source>
        <translation>{0} miktarı 1'in altında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="122"/>
        <source>depth &apos;{0}&apos; is not a number</source>
        <translation>'{0}' derinliği bir sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="125"/>
        <source>depth {0} cm is outside 0-{1} cm</source>
        <translation>{0} cm derinlik 0-{1} cm dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="135"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation>bilinmeyen {0} '{1}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="163"/>
        <source>civilian &apos;{0}&apos; is not yes/no</source>
        <translation>sivil '{0}' evet/hayır değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="168"/>
        <source>has no activity at the time</source>
        <translation>o anki faaliyet yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="170"/>
        <source>unknown activity &apos;{0}&apos;</source>
        <translation>bilinmeyen faaliyet '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="175"/>
        <source>unknown device category &apos;{0}&apos;</source>
        <translation>bilinmeyen cihaz kategorisi '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="30"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} okunamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="48"/>
        <source>{0} has no layer {1}.</source>
        <translation>{0} içinde {1} katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="45"/>
        <source>the import report</source>
        <translation>içe aktarma raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="53"/>
        <source>The import report cannot be written: {0}</source>
        <translation>İçe aktarma raporu yazılamıyor: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="59"/>
        <source>{0}, {1} {2}: {3}</source>
        <translation>{0}, {1} {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="62"/>
        <source>{0}: {1} more rows refused; see the report.</source>
        <translation>{0}: {1} satır daha reddedildi; rapora bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="394"/>
        <source>Unknown import kind &apos;{0}&apos;.</source>
        <translation>Bilinmeyen içe aktarma türü '{0}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="88"/>
        <source>{0} holds no rows to import.</source>
        <translation>{0} içe aktarılacak satır içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="93"/>
        <source>&apos;{0}&apos; is not a field of this import (fields: {1}).</source>
        <translation>'{0}' bu içe aktarmanın bir alanı değil (alanlar: {1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="99"/>
        <source>{0} has no column &apos;{1}&apos; (columns: {2}).</source>
        <translation>{0} içinde '{1}' sütunu yok (sütunlar: {2}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="238"/>
        <source>{0}: none of its {1} rows can be imported; nothing was changed. The reasons are in {2}.</source>
        <translation>{0}: {1} satırının hiçbiri içe aktarılamıyor; hiçbir şey değişmedi. Nedenler {2} içinde.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="257"/>
        <source>Say where the mine map comes from (SOURCE) to create its record.</source>
        <translation>Kaydını oluşturmak için mayın haritasının nereden geldiğini (SOURCE) belirtin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="261"/>
        <source>{0} cannot be negative ({1}).</source>
        <translation>{0} negatif olamaz ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="264"/>
        <source>Minefield record {0} does not exist in {1}.</source>
        <translation>{0} mayın tarlası kaydı {1} içinde yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="404"/>
        <source>Column mapping &apos;{0}&apos; is not target=column.</source>
        <translation>'{0}' sütun eşlemesi hedef=sütun biçiminde değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="164"/>
        <source>{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).</source>
        <translation>{0}: {1} aktarıldı ({2} tanesi uyarılı), {3} reddedildi (rapor: {4}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="225"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="159"/>
        <source>{0} outside the store&apos;s districts</source>
        <translation>{0} deponun ilçelerinin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="160"/>
        <source>{0} outside the expected area</source>
        <translation>{0} beklenen alanın dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="173"/>
        <source>{0} of the rejected rows lie outside the store&apos;s districts.</source>
        <translation>Reddedilen satırlardan {0} tanesi deponun ilçelerinin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/options.py" line="175"/>
        <source>{0} of the rejected rows lie outside the expected area.</source>
        <translation>Reddedilen satırlardan {0} tanesi beklenen alanın dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="99"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store&apos;s districts</source>
        <translation>{0:.6f}, {1:.6f} (enlem, boylam) konumu deponun ilçelerinin {2} fazlası dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="106"/>
        <source>{0:g} km</source>
        <translation>{0:g} km</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/stored.py" line="107"/>
        <source>{0:g} m</source>
        <translation>{0:g} m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="111"/>
        <source>The distance rows may lie outside the districts must be 0 m or more (got {0}).</source>
        <translation>Satırların ilçelerin dışında kalabileceği mesafe 0 m veya daha fazla olmalıdır (verilen: {0}).</translation>
    </message>
</context>
<context>
    <name>ItemChecks</name>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="61"/>
        <source>Item {n} ({category})</source>
        <translation>Unsur {n} ({category})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="63"/>
        <source>Item {n}</source>
        <translation>Unsur {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="110"/>
        <source>{item} lies outside every clearance task and all released land.</source>
        <translation>{item} her temizleme görevinin ve tüm serbest bırakılan arazinin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="120"/>
        <source>{item} names task {task}, which is not in the store.</source>
        <translation>{item} depoda olmayan {task} görevini belirtiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="127"/>
        <source>{item} was found on {date}, outside the planned dates of task {task} ({start} to {end}).</source>
        <translation>{item} {date} tarihinde, {task} görevinin planlanan tarihleri ({start} - {end}) dışında bulundu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="133"/>
        <source>{item} has a date in the future ({date}).</source>
        <translation>{item} tarihi gelecekte ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="138"/>
        <source>{item} has a quantity under 1 ({quantity:g}).</source>
        <translation>{item} miktarı 1'in altında ({quantity:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="142"/>
        <source>{item} has a depth of {depth:g} cm, outside {low} to {high} cm.</source>
        <translation>{item} derinliği {depth:g} cm, {low} - {high} cm dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="151"/>
        <source>{item} lies {km} km from the nearest task of team {team} (more than {limit} km).</source>
        <translation>{item}, {team} ekibinin en yakın görevine {km} km uzaklıkta ({limit} km'den fazla).</translation>
    </message>
</context>
<context>
    <name>ItemsDock</name>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="51"/>
        <source>(no category)</source>
        <translation>(kategori yok)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="110"/>
        <source>All categories</source>
        <translation>Tüm kategoriler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>First day (empty: from the start)</source>
        <translation>İlk gün (boş: baştan itibaren)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="115"/>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>Last day, included (empty: up to now)</source>
        <translation>Son gün, dahil (boş: bugüne kadar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="116"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="121"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="123"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="131"/>
        <source>Items</source>
        <translation>Unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Item</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Found on</source>
        <translation>Bulunma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Qty</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="142"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="145"/>
        <source>Double-click an item to zoom to it</source>
        <translation>Bir unsura yakınlaşmak için çift tıklayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="150"/>
        <source>Zoom to item</source>
        <translation>Unsura yakınlaş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="154"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="210"/>
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="213"/>
        <source>(outside the districts)</source>
        <translation>(ilçelerin dışında)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="247"/>
        <source>Open a Demining store to see its items found.</source>
        <translation>Bulunan unsurlarını görmek için bir Demining deposu açın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="267"/>
        <source>Listing the items found</source>
        <translation>Bulunan unsurlar listeleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="285"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="315"/>
        <source>{total} items in {records} records match; the latest {shown} are listed.</source>
        <translation>{records} kayıtta {total} unsur eşleşiyor; son {shown} tanesi listeleniyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="60"/>
        <source>Items found in {}</source>
        <translation>{} içinde bulunan maddeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="256"/>
        <source>Computing… reading the items found in {name}.</source>
        <translation>Hesaplanıyor… {name} içinde bulunan maddeler okunuyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/items_dock.py" line="268"/>
        <source>The items found could not be listed: see the message bar.</source>
        <translation>Bulunan maddeler listelenemedi: mesaj çubuğuna bakın.</translation>
    </message>
</context>
<context>
    <name>MarkClearedAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="61"/>
        <source>Mark areas released</source>
        <translation>Alanları serbest bırakıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="82"/>
        <source>Areas released</source>
        <translation>Serbest bırakılan alanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="84"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="87"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="90"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="91"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="92"/>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>Serbest bırakma tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="94"/>
        <source>Clearance depth (cm)</source>
        <translation>Temizleme derinliği (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="97"/>
        <source>Task ID</source>
        <translation>Görev kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="98"/>
        <source>Slivers and remainders smaller than this are ignored (m²)</source>
        <translation>Bundan küçük parçacıklar ve kalıntılar yok sayılır (m²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="101"/>
        <source>Hectares added</source>
        <translation>Eklenen hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="102"/>
        <source>Released polygons added</source>
        <translation>Eklenen serbest bırakma poligonları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="108"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="128"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="130"/>
        <source>Feature {} has no geometry; skipped.</source>
        <translation>{} nesnesinin geometrisi yok; atlandı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="142"/>
        <source>Feature {}: {}</source>
        <translation>Nesne {}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="63"/>
        <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>INPUT poligonlarını bir proje deposunda serbest bırakılan arazi olarak, harita aracının yaptığı gibi kaydeder: her poligon tehlikeli alanlarla kesiştirilir, zaten serbest bırakılmış arazi çıkarılır (bir hektar asla iki kez sayılmaz), kalan kısım görevlere ve ilçe sınırlarına göre bölünür ve 1 m²'den küçük parçacıklar atılır. Tehlikeli alanların kalan alanı ve durumu (açık, üzerinde çalışılıyor, kapalı) ile görevlerin durumu güncellenir. Hepsi tek bir işlemde kaydedilir: bir şey başarısız olursa hiçbir şey değişmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="72"/>
        <source>METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. Outputs ADDED_HA (true ellipsoidal hectares) and ADDED_COUNT (released polygons stored).</source>
        <translation>METHOD: cleared, reduced veya cancelled. TECHNIQUE: manual, mechanical veya mdd. DATE: YYYY-AA-GG. TASK_ID (isteğe bağlı): işin ait olduğu görev; onun dışındaki arazi dışarıda bırakılır. TOLERANCE (m², varsayılan 1): bundan küçük parçalar kaydedilmez ve bundan az kalanı olan tehlikeli alan veya görev kapatılır. ADDED_HA (gerçek elipsoidal hektar) ve ADDED_COUNT (kaydedilen serbest bırakma poligonları) çıktılarını verir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="42"/>
        <source>DATE must be a date written YYYY-MM-DD, not &apos;{text}&apos;.</source>
        <translation>DATE, '{text}' değil, YYYY-AA-GG biçiminde bir tarih olmalı.</translation>
    </message>
</context>
<context>
    <name>Mgrs</name>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="95"/>
        <source>MGRS precision must be a whole number from 0 to 5, not {0}.</source>
        <translation>MGRS hassasiyeti 0 ile 5 arasında bir tam sayı olmalı, {0} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="98"/>
        <source>Cannot write MGRS for a position that is not a number.</source>
        <translation>Sayı olmayan bir konum için MGRS yazılamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="100"/>
        <source>Position {0}, {1} is not a longitude/latitude.</source>
        <translation>{0}, {1} konumu bir boylam/enlem değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="102"/>
        <source>Latitude {0} is in a polar area (UPS), which MGRS here does not support.</source>
        <translation>{0} enlemi kutup bölgesinde (UPS); MGRS burada bunu desteklemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="116"/>
        <source>Position {0}, {1} lies outside UTM zone {2}.</source>
        <translation>{0}, {1} konumu {2} UTM diliminin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="149"/>
        <source>MGRS reference must be text, not {0!r}.</source>
        <translation>MGRS referansı metin olmalı, {0!r} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="153"/>
        <source>MGRS reference is empty.</source>
        <translation>MGRS referansı boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="155"/>
        <source>MGRS reference &apos;{0}&apos; is in a polar area (UPS), which is not supported.</source>
        <translation>MGRS referansı '{0}' kutup bölgesinde (UPS); bu desteklenmiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="160"/>
        <source>&apos;{0}&apos; is not an MGRS reference (expected zone number, band letter, two 100 km letters and an even number of digits, e.g. 38T LK 12345 67890).</source>
        <translation>'{0}' bir MGRS referansı değil (dilim numarası, kuşak harfi, iki 100 km harfi ve çift sayıda rakam beklenir, ör. 38T LK 12345 67890).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="167"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1} is not between 1 and 60.</source>
        <translation>MGRS referansı '{0}': {1} dilimi 1 ile 60 arasında değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="170"/>
        <source>MGRS reference &apos;{0}&apos;: band {1} is a polar (UPS) area, which is not supported.</source>
        <translation>MGRS referansı '{0}': {1} kuşağı bir kutup (UPS) bölgesi; bu desteklenmiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="175"/>
        <source>MGRS reference &apos;{0}&apos;: &apos;{1}&apos; is not a latitude band letter (C to X, without I and O).</source>
        <translation>MGRS referansı '{0}': '{1}' bir enlem kuşağı harfi değil (C ile X arası, I ve O hariç).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="182"/>
        <source>MGRS reference &apos;{0}&apos;: zone {1}X does not exist (Svalbard&apos;s zones 31X to 37X are widened).</source>
        <translation>MGRS referansı '{0}': {1}X dilimi yok (Svalbard'ın 31X ile 37X dilimleri genişletilmiştir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="189"/>
        <source>MGRS reference &apos;{0}&apos; has an odd number of digits ({1}); easting and northing need as many each.</source>
        <translation>MGRS referansı '{0}' tek sayıda rakam içeriyor ({1}); doğu ve kuzey değerlerinin her biri aynı sayıda rakam gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="194"/>
        <source>MGRS reference &apos;{0}&apos; has {1} digits; at most 10 (1 m precision) are allowed.</source>
        <translation>MGRS referansı '{0}' {1} rakam içeriyor; en fazla 10 (1 m hassasiyet) kabul edilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="202"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km column letter &apos;{1}&apos; is not used in zone {2} (expected one of {3}).</source>
        <translation>MGRS referansı '{0}': 100 km sütun harfi '{1}' {2} diliminde kullanılmaz ({3} harflerinden biri beklenir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="207"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km row letter &apos;{1}&apos; is not valid (A to V, without I and O).</source>
        <translation>MGRS referansı '{0}': 100 km satır harfi '{1}' geçerli değil (A ile V arası, I ve O hariç).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="237"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} does not lie in latitude band {3} of zone {4}.</source>
        <translation>MGRS referansı '{0}': {1}{2} 100 km karesi {4} diliminin {3} enlem kuşağında değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="247"/>
        <source>MGRS reference &apos;{0}&apos;: 100 km square {1}{2} lies outside zone {3}{4}.</source>
        <translation>MGRS referansı '{0}': {1}{2} 100 km karesi {3}{4} diliminin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/mgrs.py" line="253"/>
        <source>MGRS reference &apos;{0}&apos; does not denote a position.</source>
        <translation>MGRS referansı '{0}' bir konum belirtmiyor.</translation>
    </message>
</context>
<context>
    <name>MineMapAccuracyAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="59"/>
        <source>Mine map accuracy</source>
        <translation>Mayın haritası doğruluğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="61"/>
        <source>How accurate supplied minefield records are, judged against the items found, record by record, measured in metres in each record&apos;s local UTM zone.

MAPPED: the records&apos; mapped mines (points). FOUND: the items found (points). RECORDS (optional): the record polygons; mapped mines belong to a record by record_id when both layers have that field, otherwise by lying inside it. Without RECORDS the mapped mines are grouped by record_id. SEARCHED (optional): the land searched so far (the cleared land); only mapped mines in it are judged, since a mine in land nobody has searched can be neither confirmed nor refuted. TOLERANCE: metres (default 10). MAX_OFFSET: how far a record may be off and still be matched (default 100 m).

Recall: share of the judged mapped mines with a found item within the tolerance (each item counts for one mine at most, closest pairs first). Precision: share of the found items inside the record&apos;s area that were matched to one of its mines. Fit: a robust similarity transform from the record to the items: dx, dy (metres east and north, of the record&apos;s centre), rotation_deg (clockwise, about the centre) and scale; found even when the record is off by more than the tolerance. RMSE before and after: root mean square distance of the fitted pairs. Fewer than 3 pairs give a shift only; none, no fit (the note column says why).

OUTPUT: a table, one row per record. CORRECTED (optional): the mapped mines with the fit applied. RECALL, PRECISION: pooled over all records; DX, DY, ROTATION_DEG, SCALE: mean over the fitted records, weighted by their pairs; RMSE_BEFORE, RMSE_AFTER: pooled over all pairs.</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının ne kadar doğru olduğu; bulunan unsurlara göre, kayıt kayıt, her kaydın yerel UTM diliminde metre olarak ölçülerek değerlendirilir.

MAPPED: kayıtların haritalanmış mayınları (noktalar). FOUND: bulunan unsurlar (noktalar). RECORDS (isteğe bağlı): kayıt poligonları; iki katmanda da record_id alanı varsa mayınlar kayda record_id ile, yoksa içinde bulunarak bağlanır. RECORDS olmadan mayınlar record_id ile gruplanır. SEARCHED (isteğe bağlı): şimdiye kadar aranan arazi (temizlenen arazi); yalnızca içindeki mayınlar değerlendirilir, çünkü kimsenin aramadığı arazideki bir mayın ne doğrulanabilir ne de yanlışlanabilir. TOLERANCE: metre (varsayılan 10). MAX_OFFSET: bir kaydın ne kadar kaymış olup yine de eşleştirilebileceği (varsayılan 100 m).

Duyarlılık (recall): tolerans içinde bulunan bir unsuru olan değerlendirilmiş haritalanmış mayınların payı (her unsur en fazla bir mayın için sayılır, önce en yakın çiftler). Kesinlik (precision): kaydın alanı içindeki bulunan unsurlardan mayınlarından biriyle eşleşenlerin payı. Uydurma: kayıttan unsurlara sağlam bir benzerlik dönüşümü: dx, dy (kaydın merkezinin doğuya ve kuzeye metre cinsinden kayması), rotation_deg (merkez etrafında saat yönünde) ve scale; kayıt toleranstan fazla kaymış olsa bile bulunur. Önce ve sonra RMSE: uydurulmuş çiftlerin karesel ortalama uzaklığı. 3'ten az çift yalnızca bir kayma verir; hiç çift yoksa uydurma yoktur (note sütunu nedenini söyler).

OUTPUT: kayıt başına bir satırlık tablo. CORRECTED (isteğe bağlı): uydurma uygulanmış haritalanmış mayınlar. RECALL, PRECISION: tüm kayıtlar üzerinden toplu; DX, DY, ROTATION_DEG, SCALE: uydurulan kayıtların çift sayılarıyla ağırlıklı ortalaması; RMSE_BEFORE, RMSE_AFTER: tüm çiftler üzerinden toplu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="84"/>
        <source>Mapped mines (points)</source>
        <translation>Haritalanmış mayınlar (noktalar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="86"/>
        <source>Items found (points)</source>
        <translation>Bulunan unsurlar (noktalar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="88"/>
        <source>Minefield records (polygons)</source>
        <translation>Mayın tarlası kayıtları (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="90"/>
        <source>Land searched so far (polygons)</source>
        <translation>Şimdiye kadar aranan arazi (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="93"/>
        <source>Tolerance (m)</source>
        <translation>Tolerans (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="96"/>
        <source>Largest offset looked for (m)</source>
        <translation>Aranan en büyük kayma (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="99"/>
        <source>Record accuracy</source>
        <translation>Kayıt doğruluğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="101"/>
        <source>Corrected mapped mines</source>
        <translation>Düzeltilmiş haritalanmış mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Recall</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Precision</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="104"/>
        <source>Shift east (m)</source>
        <translation>Doğuya kayma (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Shift north (m)</source>
        <translation>Kuzeye kayma (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="105"/>
        <source>Rotation (degrees, clockwise)</source>
        <translation>Dönüş (derece, saat yönünde)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>Scale</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="106"/>
        <source>RMSE before the fit (m)</source>
        <translation>Uydurmadan önce RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="107"/>
        <source>RMSE after the fit (m)</source>
        <translation>Uydurmadan sonra RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="202"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="157"/>
        <source>{n} records have no found item anywhere near them (no fit).</source>
        <translation>{n} kaydın yakınında hiç bulunan unsur yok (uydurma yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="174"/>
        <source>{n} records; {matched:,} of {judged:,} judged mapped mines matched within {tol:g} m (recall {recall}); precision {precision}.</source>
        <translation>{n} kayıt; değerlendirilen {judged:,} haritalanmış mayından {matched:,} tanesi {tol:g} m içinde eşleşti (duyarlılık {recall}); kesinlik {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/accuracy_algorithm.py" line="179"/>
        <source>Fit on {pairs:,} pairs: shift {dx:+.2f} m east, {dy:+.2f} m north, rotation {rot:+.3f} degrees, scale {scale:.4f}; RMSE {before:.2f} m before, {after:.2f} m after.</source>
        <translation>{pairs:,} çift üzerinde uydurma: kayma doğuya {dx:+.2f} m, kuzeye {dy:+.2f} m, dönüş {rot:+.3f} derece, ölçek {scale:.4f}; RMSE önce {before:.2f} m, sonra {after:.2f} m.</translation>
    </message>
</context>
<context>
    <name>MineMapsDock</name>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="103"/>
        <source>Mine map accuracy of {}</source>
        <translation>{} mayın haritası doğruluğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Recall</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Precision</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Offset (m): total (east, north)</source>
        <translation>Kayma (m): toplam (doğu, kuzey)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Rotation (°)</source>
        <translation>Dönüş (°)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>RMSE before (m)</source>
        <translation>Önce RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>RMSE after (m)</source>
        <translation>Sonra RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Judged</source>
        <translation>Değerlendirilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Mapped</source>
        <translation>Haritalanmış</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Claimed AP</source>
        <translation>Beyan edilen AP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Claimed AT</source>
        <translation>Beyan edilen AT</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Claimed</source>
        <translation>Beyan edilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Received</source>
        <translation>Teslim alındı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="144"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="155"/>
        <source>Mine maps</source>
        <translation>Mayın haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="165"/>
        <source>Tolerance</source>
        <translation>Tolerans</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="171"/>
        <source>A mapped mine counts as confirmed when an item was found this close</source>
        <translation>Bu mesafe içinde bir unsur bulunduğunda haritalanmış mayın doğrulanmış sayılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="174"/>
        <source>Compute</source>
        <translation>Hesapla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="175"/>
        <source>Judge every record against the items found (in the background)</source>
        <translation>Her kaydı bulunan unsurlara göre değerlendir (arka planda)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="179"/>
        <source>Draw offsets</source>
        <translation>Kaymaları çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="180"/>
        <source>Draw each record&apos;s offset as an arrow from its centre, and the matched pairs (mapped mine to item found) at true length</source>
        <translation>Her kaydın kaymasını merkezinden çıkan bir ok olarak ve eşleşen çiftleri (haritalanmış mayın → bulunan unsur) gerçek uzunlukta çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="185"/>
        <source>Add corrected layer</source>
        <translation>Düzeltilmiş katman ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="186"/>
        <source>Add the mapped mines of every fitted record, moved by its fit, as a layer of the project</source>
        <translation>Uydurulan her kaydın haritalanmış mayınlarını, uydurmasına göre taşınmış olarak projeye bir katman halinde ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="247"/>
        <source>No store is open. Open a store (Demining ▸ Open Store…) to judge its supplied mine maps.</source>
        <translation>Açık depo yok. Teslim alınan mayın haritalarını değerlendirmek için bir depo açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="306"/>
        <source>This store has no mapped mines yet: import a supplied mine map first.</source>
        <translation>Bu depoda henüz haritalanmış mayın yok: önce teslim alınan bir mayın haritasını içe aktarın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="306"/>
        <source>No item found yet: nothing to judge the {n} record(s) against.</source>
        <translation>Henüz bulunan unsur yok: {n} kaydı karşılaştıracak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="294"/>
        <source>Judging the mine maps of {}</source>
        <translation>{} mayın haritaları değerlendiriliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="296"/>
        <source>The mine maps could not be judged: see the message bar.</source>
        <translation>Mayın haritaları değerlendirilemedi: ileti çubuğuna bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="359"/>
        <source>Fit: {kind} on {pairs} pairs</source>
        <translation>Uydurma: {pairs} çift üzerinde {kind}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="371"/>
        <source>{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), precision {precision}.</source>
        <translation>{n} kayıt, {mapped} haritalanmış mayın; {judged_records} kaydın şimdiye kadar temizlenen arazide mayını var: {judged} mayından {matched} tanesi {tol} m içinde doğrulandı (duyarlılık {recall}), kesinlik {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="380"/>
        <source>Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m after.</source>
        <translation>{pairs} çift üzerinde uydurma: ortalama kayma {offset} m, RMSE önce {before} m, sonra {after} m.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="416"/>
        <source>Record offsets (arrows ×{n})</source>
        <translation>Kayıt kaymaları (oklar ×{n})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="450"/>
        <source>Matched pairs (mapped mine → item found)</source>
        <translation>Eşleşen çiftler (haritalanmış mayın → bulunan unsur)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="497"/>
        <source>{n} record offsets drawn (arrows {x} times their length) and {p} matched pairs at true length.</source>
        <translation>{n} kayıt kayması çizildi (oklar uzunluklarının {x} katı) ve {p} eşleşen çift gerçek uzunlukta.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="505"/>
        <source>Corrected mapped mines</source>
        <translation>Düzeltilmiş haritalanmış mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="531"/>
        <source>{n} mapped mines of the fitted records added at their corrected positions (layer “{name}”).</source>
        <translation>Uydurulan kayıtların {n} haritalanmış mayını düzeltilmiş konumlarına eklendi (“{name}” katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="276"/>
        <source>Computing… the records of {name} are judged against the items found.</source>
        <translation>Hesaplanıyor… {name} kayıtları bulunan maddelerle karşılaştırılıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="317"/>
        <source>Judging the mine maps was cancelled.</source>
        <translation>Mayın haritalarının değerlendirilmesi iptal edildi.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="53"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="78"/>
        <source>{doing} failed: {error}</source>
        <translation>{doing} başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/notify.py" line="83"/>
        <source>{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the Log Messages panel.</source>
        <translation>{doing} beklenmeyen bir hata nedeniyle başarısız oldu ({error}). Ayrıntılar Günlük İletileri panelinin Demining sekmesinde.</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="56"/>
        <source>{first} and {last}</source>
        <translation>{first} ve {last}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mine</source>
        <translation>{n} anti-personel mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="62"/>
        <source>{n} anti-personnel mines</source>
        <translation>{n} anti-personel mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mine</source>
        <translation>{n} tanksavar mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="64"/>
        <source>{n} anti-tank mines</source>
        <translation>{n} tanksavar mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} item of unexploded ordnance (UXO)</source>
        <translation>{n} patlamamış mühimmat (PM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="65"/>
        <source>{n} items of unexploded ordnance (UXO)</source>
        <translation>{n} patlamamış mühimmat (PM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} item of abandoned explosive ordnance (AXO)</source>
        <translation>{n} terk edilmiş patlayıcı mühimmat (TPM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="67"/>
        <source>{n} items of abandoned explosive ordnance (AXO)</source>
        <translation>{n} terk edilmiş patlayıcı mühimmat (TPM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive device (IED)</source>
        <translation>{n} el yapımı patlayıcı (EYP)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="69"/>
        <source>{n} improvised explosive devices (IEDs)</source>
        <translation>{n} el yapımı patlayıcı (EYP)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunition</source>
        <translation>{n} alt mühimmat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="71"/>
        <source>{n} submunitions</source>
        <translation>{n} alt mühimmat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other item</source>
        <translation>{n} diğer unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="72"/>
        <source>{n} other items</source>
        <translation>{n} diğer unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="205"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="210"/>
        <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
        <translation>Hektarlar gerçek (elipsoidal) alanlardır; birden fazla kez serbest bırakılan arazi ilk serbest bırakılışında bir kez sayılır. İlçeler arazinin, unsurların, yolların ve kazaların bulunduğu yerlerdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="222"/>
        <source>Outside the districts</source>
        <translation>İlçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="243"/>
        <source>between {start} and {end}</source>
        <translation>{start} ile {end} arasında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="246"/>
        <source>on {day}</source>
        <translation>{day} tarihinde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="253"/>
        <source>outside the mapped districts</source>
        <translation>haritalanmış ilçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="264"/>
        <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} bölgesinde 1 patlayıcı unsur bulundu: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="266"/>
        <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} bölgesinde {n} patlayıcı unsur bulundu: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="273"/>
        <source>{Period}, no explosive items were found.</source>
        <translation>{Period} patlayıcı unsur bulunmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="281"/>
        <source>{ha} ha cleared</source>
        <translation>{ha} ha temizlendi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="283"/>
        <source>{ha} ha reduced by technical survey</source>
        <translation>{ha} ha teknik tarama ile azaltıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="286"/>
        <source>{ha} ha cancelled by non-technical survey</source>
        <translation>{ha} ha teknik olmayan tarama ile iptal edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="288"/>
        <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
        <translation>Her metrekare bir kez sayılarak {ha} hektar arazi serbest bırakıldı: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="292"/>
        <source>Land was cleared in {districts}.</source>
        <translation>Arazi şu ilçelerde temizlendi: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="295"/>
        <source>No land was released.</source>
        <translation>Arazi serbest bırakılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="299"/>
        <source>{km} km of routes were cleared, in {districts}.</source>
        <translation>{districts} bölgesinde {km} km yol temizlendi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="302"/>
        <source>No routes were cleared.</source>
        <translation>Yol temizlenmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="306"/>
        <source>1 mine accident was recorded</source>
        <translation>1 mayın kazası kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="307"/>
        <source>{n} mine accidents were recorded</source>
        <translation>{n} mayın kazası kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="308"/>
        <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
        <translation>{accidents}: {killed} ölü, {injured} yaralı; ilçeler: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="316"/>
        <source>No mine accidents were recorded.</source>
        <translation>Mayın kazası kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="319"/>
        <source>Mine action report, {day}</source>
        <translation>Mayın faaliyeti raporu, {day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="321"/>
        <source>Mine action report, {start} to {end}</source>
        <translation>Mayın faaliyeti raporu, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="364"/>
        <source>{n} were destroyed in situ</source>
        <translation>{n} tanesi yerinde imha edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="365"/>
        <source>{n} were removed for demolition</source>
        <translation>{n} tanesi imha için kaldırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="366"/>
        <source>{n} were rendered safe</source>
        <translation>{n} tanesi emniyete alındı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="376"/>
        <source>{n} have no disposal recorded</source>
        <translation>{n} tanesinin imha kaydı yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="377"/>
        <source>Of these, {parts}.</source>
        <translation>Bunlardan {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="191"/>
        <source>Accidents by activity at the time</source>
        <translation>O anki faaliyete göre kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="198"/>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="198"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="199"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="199"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="200"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="200"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="201"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="339"/>
        <source>{activity} {share}</source>
        <translation>{activity} {share}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="341"/>
        <source>By activity at the time: {parts}.</source>
        <translation>O anki faaliyete göre: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="342"/>
        <source>Civilians: {killed} killed and {injured} injured.</source>
        <translation>Siviller: {killed} ölü ve {injured} yaralı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="186"/>
        <source>A report is written as .md, .html or .txt, not &apos;{suffix}&apos;.</source>
        <translation>Bir rapor .md, .html veya .txt olarak yazılır, '{suffix}' olarak değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="237"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dönem raporu dönemin iki tarihini de gerektirir (DATE_FROM ve DATE_TO).</translation>
    </message>
</context>
<context>
    <name>PeriodReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="136"/>
        <source>Period report</source>
        <translation>Dönem raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="153"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="154"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="155"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="155"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="157"/>
        <source>Report text</source>
        <translation>Rapor metni</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="183"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="138"/>
        <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period&apos;s dates. Every figure is computed from the store.</source>
        <translation>Bir kurumun bir dönem için yayımladığı özeti tam cümleler ve ilçelere göre bir tablo olarak yazar: kategoriye göre bulunan unsurlar ve bulundukları ilçeler, yönteme göre serbest bırakılan hektarlar (her metrekare bir kez, gerçek elipsoidal alanlar), temizlenen yolların kilometresi ve mayın kazaları, dönemin tarihleriyle. Her rakam depodan hesaplanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="145"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
        <translation>DATE_FROM, DATE_TO: YYYY-AA-GG, ikisi de dahil. OUTPUT: rapor dosyası; uzantısı biçimi seçer: .md (Markdown), .html veya .txt. TEXT: düz metin olarak rapor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="171"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dönem raporu dönemin iki tarihini de gerektirir (DATE_FROM ve DATE_TO).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="176"/>
        <source>A report is written as .md, .html or .txt: {output}</source>
        <translation>Bir rapor .md, .html veya .txt olarak yazılır: {output}</translation>
    </message>
</context>
<context>
    <name>PostgisController</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>Open PostGIS store</source>
        <translation>PostGIS deposunu aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):</source>
        <translation>PostGIS deposu (kayıtlı bir bağlantı, pg:service=… veya postgresql://…?schema=…):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="133"/>
        <source>Select one feature of a Demining store layer first.</source>
        <translation>Önce bir Demining deposu katmanının bir unsurunu seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="137"/>
        <source>Select exactly one feature of {} to see its history ({} are selected).</source>
        <translation>Geçmişini görmek için {} katmanının tam olarak bir unsurunu seçin ({} seçili).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="144"/>
        <source>Reading the history of {}</source>
        <translation>{} geçmişi okunuyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="154"/>
        <source>{layer} {identifier}: {count} recorded changes in {store}</source>
        <translation>{layer} {identifier}: {store} içinde {count} kayıtlı değişiklik</translation>
    </message>
</context>
<context>
    <name>PostgisStore</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="71"/>
        <source>PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>PostGIS depoları psycopg2 Python modülünü gerektirir (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="84"/>
        <source>Cannot read the PostGIS location at &apos;{text}&apos;: write keyword=value pairs such as host=db.example.org dbname=mine_action schema=demining.</source>
        <translation>'{text}' konumundaki PostGIS konumu okunamıyor: host=db.example.org dbname=mine_action schema=demining gibi anahtar=değer çiftleri yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="120"/>
        <source>&apos;{text}&apos; is not a PostGIS store location (pg:... or postgresql://...).</source>
        <translation>'{text}' bir PostGIS depo konumu değil (pg:... veya postgresql://...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="123"/>
        <source>Schema name &apos;{schema}&apos; is not usable: use letters, digits and _ only, starting with a letter.</source>
        <translation>'{schema}' şema adı kullanılamaz: yalnızca harf, rakam ve _ kullanın, bir harfle başlayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="129"/>
        <source>The PostGIS location &apos;{text}&apos; names no database, service or connection.</source>
        <translation>'{text}' PostGIS konumu bir veritabanı, hizmet veya bağlantı belirtmiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="144"/>
        <source>There is no PostgreSQL connection named &apos;{name}&apos; in QGIS (Data Source Manager &gt; PostgreSQL lists the saved connections).</source>
        <translation>QGIS'te '{name}' adlı PostgreSQL bağlantısı yok (Veri Kaynağı Yöneticisi &gt; PostgreSQL kayıtlı bağlantıları listeler).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="181"/>
        <source>{store_name} does not exist (the database has no schema {store_schema} with tables).</source>
        <translation>{store_name} yok (veritabanında tabloları olan {store_schema} şeması yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="185"/>
        <source>Schema {store_schema} is not a Demining project store (it has no {table} table).</source>
        <translation>{store_schema} şeması bir Demining proje deposu değil ({table} tablosu yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="193"/>
        <source>{store_name} is missing the store layers: {missing}.</source>
        <translation>{store_name} içinde depo katmanları eksik: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="204"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="211"/>
        <source>The database of {store_name} has no PostGIS extension; a database administrator can add it with CREATE EXTENSION postgis.</source>
        <translation>{store_name} veritabanında PostGIS uzantısı yok; bir veritabanı yöneticisi bunu CREATE EXTENSION postgis ile ekleyebilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="217"/>
        <source>PostGIS does not know the coordinate reference system EPSG:{srid}.</source>
        <translation>PostGIS, EPSG:{srid} koordinat referans sistemini tanımıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="223"/>
        <source>Schema {store_schema} already exists in that database; choose another schema name or allow overwriting.</source>
        <translation>{store_schema} şeması bu veritabanında zaten var; başka bir şema adı seçin veya üzerine yazmaya izin verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="334"/>
        <source>Nothing was changed in {name}: another operator was changing the same hazard at the same moment. Try again.</source>
        <translation>{name} içinde hiçbir şey değişmedi: başka bir operatör aynı anda aynı tehlikeli alanı değiştiriyordu. Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="485"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} içinde hiçbir şey değişmedi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="441"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="462"/>
        <source>Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released land {new_id} is already released as {old_id} (another operator marked it at the same moment). Try again.</source>
        <translation>{name} içinde hiçbir şey değişmedi: yeni serbest bırakılan arazi {new_id} alanının {overlap_m2:.1f} m²'si zaten {old_id} olarak serbest bırakılmış (başka bir operatör aynı anda işaretledi). Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="188"/>
        <source>There is no field {name} in {definition_name}.</source>
        <translation>{definition_name} içinde {name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="208"/>
        <source>A PostGIS store needs an EPSG coordinate reference system, not {authid}.</source>
        <translation>Bir PostGIS deposu EPSG koordinat referans sistemi gerektirir, {authid} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="157"/>
        <source>Reading {name} failed: {error}</source>
        <translation>{name} okunamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="243"/>
        <source>Creating {store_name} failed: {error}</source>
        <translation>{store_name} oluşturulamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="294"/>
        <source>Removing {name} failed: {error}</source>
        <translation>{name} kaldırılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="537"/>
        <source>Saving styles in {name} failed: {error}</source>
        <translation>{name} içine stilleri kaydetme başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="278"/>
        <source>{name}: removed {count} styles that an earlier store of schema {schema} left in layer_styles; the new store&apos;s styles replace them.</source>
        <translation>{name}: {schema} şemasının önceki deposunun layer_styles içinde bıraktığı {count} stil silindi; yerlerine yeni deponun stilleri geçer.</translation>
    </message>
</context>
<context>
    <name>RecordEntry</name>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="49"/>
        <source>&apos;{text}&apos; is not a latitude and longitude: type decimal degrees, latitude first, e.g. 40.0512, 46.9876.</source>
        <translation>'{text}' bir enlem ve boylam değil: ondalık derece yazın, önce enlem, ör. 40.0512, 46.9876.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="60"/>
        <source>Latitude {lat} is outside -90..90{hint}.</source>
        <translation>{lat} enlemi -90..90 dışında{hint}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="63"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>{lon} boylamı -180..180 dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="71"/>
        <source>&apos;{text}&apos; is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and the northing in metres, e.g. 38N 650000 4420000.</source>
        <translation>'{text}' bir UTM koordinatı değil: dilimi N veya S (yarımküre) ile, doğu ve kuzey değerlerini metre olarak yazın, ör. 38N 650000 4420000.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="77"/>
        <source>UTM zone {zone} does not exist (1 to 60).</source>
        <translation>{zone} UTM dilimi yok (1 ile 60 arası).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="79"/>
        <source>Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).</source>
        <translation>{easting:.0f} m doğu değeri bir UTM diliminin dışında (100.000 ile 900.000 m arası).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="83"/>
        <source>Northing {northing:.0f} m is outside 0 to 10,000,000 m.</source>
        <translation>{northing:.0f} m kuzey değeri 0 ile 10.000.000 m dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="89"/>
        <source>&apos;{text}&apos; does not convert to a latitude and longitude.</source>
        <translation>'{text}' bir enlem ve boylama dönüştürülemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="104"/>
        <source>MGRS entry is not available in this installation of the plugin; type the point as latitude/longitude or UTM.</source>
        <translation>MGRS girişi eklentinin bu kurulumunda kullanılamıyor; noktayı enlem/boylam veya UTM olarak yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="108"/>
        <source>Unknown coordinate format &apos;{coordinate_format}&apos;.</source>
        <translation>Bilinmeyen koordinat biçimi '{coordinate_format}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="178"/>
        <source>The record needs a source (who supplied it, or the document).</source>
        <translation>Kaydın bir kaynağı olmalı (kimin verdiği veya belge).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="180"/>
        <source>The traverse has no polygon to store.</source>
        <translation>Geçkinin kaydedilecek poligonu yok.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="346"/>
        <source>The regions layer &apos;{label}&apos; is not a polygon layer.</source>
        <translation>'{label}' ilçe katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="350"/>
        <source>The regions layer &apos;{label}&apos; has no field &apos;{name_field}&apos;.</source>
        <translation>'{label}' ilçe katmanında '{name_field}' alanı yok.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="44"/>
        <source>{ha} ha reduced</source>
        <translation>{ha} ha azaltıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="46"/>
        <source>{ha} ha cancelled</source>
        <translation>{ha} ha iptal edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="47"/>
        <source>{ha} ha cleared</source>
        <translation>{ha} ha temizlendi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="36"/>
        <source>{released} in task {task}</source>
        <translation>{task} görevinde {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="40"/>
        <source>{released} ({district})</source>
        <translation>{released} ({district})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="123"/>
        <source>{ha} ha remain in hazard {hazard}</source>
        <translation>{hazard} tehlikeli alanında {ha} ha kaldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="126"/>
        <source>{remain} (now closed)</source>
        <translation>{remain} (artık kapalı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="153"/>
        <source>The drawn area is empty.</source>
        <translation>Çizilen alan boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="155"/>
        <source>Released land must be drawn as a polygon.</source>
        <translation>Serbest bırakılan arazi poligon olarak çizilmelidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="165"/>
        <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
        <translation>Çizim kendini kesiyor ve onarıldıktan sonra alanı kalmıyor; yeniden çizin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="168"/>
        <source>The drawing crossed itself and was repaired.</source>
        <translation>Çizim kendini kesiyordu ve onarıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="203"/>
        <source>Task {task} does not exist in this store.</source>
        <translation>{task} görevi bu depoda yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="208"/>
        <source>Nothing was added: the area lies outside task {task}.</source>
        <translation>Hiçbir şey eklenmedi: alan {task} görevinin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="212"/>
        <source>The part outside task {task} was left out.</source>
        <translation>{task} görevinin dışındaki kısım dışarıda bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="218"/>
        <source>Nothing was added: the area is outside every hazard area.</source>
        <translation>Hiçbir şey eklenmedi: alan tüm tehlikeli alanların dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="260"/>
        <source>Nothing was added: this land is already released.</source>
        <translation>Hiçbir şey eklenmedi: bu arazi zaten serbest bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="262"/>
        <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
        <translation>Hiçbir şey eklenmedi: tehlikeli alanlara göre kırpıldıktan sonra kalan alan boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="266"/>
        <source>Slivers under {m2} m² were left out.</source>
        <translation>{m2} m²'den küçük parçacıklar dışarıda bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="66"/>
        <source>Release method &apos;{method}&apos; is not one of {codes}.</source>
        <translation>'{method}' serbest bırakma yöntemi şunlardan biri değil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="69"/>
        <source>Technique &apos;{technique}&apos; is not one of {codes}.</source>
        <translation>'{technique}' tekniği şunlardan biri değil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="72"/>
        <source>The release date is missing.</source>
        <translation>Serbest bırakma tarihi eksik.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="74"/>
        <source>The release date {date} is in the future.</source>
        <translation>{date} serbest bırakma tarihi gelecekte.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="77"/>
        <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
        <translation>{depth} cm temizleme derinliği 0-500 cm aralığının dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="157"/>
        <source>The drawing has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Çizimde sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="131"/>
        <source>Undoing &apos;{}&apos;</source>
        <translation>'{}' geri alınıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="150"/>
        <source>Refreshing the layers</source>
        <translation>Katmanlar yenileniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="138"/>
        <source>Undone: {}</source>
        <translation>Geri alındı: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="146"/>
        <source>Redoing &apos;{}&apos;</source>
        <translation>'{}' yineleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="181"/>
        <source>Record the land you drew as released.</source>
        <translation>Çizdiğiniz araziyi serbest bırakıldı olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="185"/>
        <source>Marking land released</source>
        <translation>Arazinin serbest bırakıldı olarak işaretlenmesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="198"/>
        <source>Select the tasks or sectors to mark first (Clearance tasks layer).</source>
        <translation>Önce işaretlenecek görevleri veya sektörleri seçin (Temizleme görevleri katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="202"/>
        <source>{n} selected: {ids}</source>
        <translation>{n} seçili: {ids}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="209"/>
        <source>Marking tasks released</source>
        <translation>Görevlerin serbest bırakıldı olarak işaretlenmesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="229"/>
        <source>There is no release to undo.</source>
        <translation>Geri alınacak serbest bırakma yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="245"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="263"/>
        <source>{layer} has unsaved edits. Save or discard them first, then mark the land again.</source>
        <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra araziyi yeniden işaretleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="38"/>
        <source>{released} in {n} tasks</source>
        <translation>{n} görevde {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="42"/>
        <source>{released} in {n} districts</source>
        <translation>{n} ilçede {released}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="47"/>
        <source>hazard {hazard} closed</source>
        <translation>{hazard} tehlikeli alanı kapandı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="49"/>
        <source>{n} hazard areas closed</source>
        <translation>{n} tehlikeli alan kapandı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="52"/>
        <source>{n} not added (see the log)</source>
        <translation>{n} eklenmedi (günlüğe bakın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="63"/>
        <source>{layer} {feature} ({field} {target})</source>
        <translation>{layer} {feature} ({field} {target})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="68"/>
        <source>{named} and {n} more</source>
        <translation>{named} ve {n} tane daha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="92"/>
        <source>Checking what links to &apos;{}&apos;</source>
        <translation>'{}' kaydına bağlananlar denetleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="101"/>
        <source>Not undone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Geri alınmadı: '{operation}'. {links} sildiği bir nesneye bağlı kalırdı; önce bunları değiştirin veya silin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_controller.py" line="103"/>
        <source>Not redone: &apos;{operation}&apos;. {links} would link to a feature it removes; change or delete them first.</source>
        <translation>Yinelenmedi: '{operation}'. {links} sildiği bir nesneye bağlı kalırdı; önce bunları değiştirin veya silin.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="36"/>
        <source>Mark land released</source>
        <translation>Araziyi serbest bırakıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="50"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="69"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="57"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="62"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="65"/>
        <source>Released on</source>
        <translation>Serbest bırakma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="72"/>
        <source>Clearance depth</source>
        <translation>Temizleme derinliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="75"/>
        <source>(from the map)</source>
        <translation>(haritadan)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="78"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/release_dialog.py" line="81"/>
        <source>Mark released</source>
        <translation>Serbest bırakıldı olarak işaretle</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Suspected hazardous area (SHA)</source>
        <translation>Şüpheli tehlikeli alan (SHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="106"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>Teyit edilmiş tehlikeli alan (CHA)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Worked on</source>
        <translation>Üzerinde çalışılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="113"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cleared (clearance)</source>
        <translation>Temizlendi (temizleme)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Reduced (technical survey)</source>
        <translation>Azaltıldı (teknik tarama)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="121"/>
        <source>Cancelled (non-technical survey)</source>
        <translation>İptal edildi (teknik olmayan tarama)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mechanical</source>
        <translation>Mekanik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="129"/>
        <source>Mine detection dogs</source>
        <translation>Mayın arama köpekleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-personnel mine</source>
        <translation>Anti-personel mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Anti-tank mine</source>
        <translation>Tanksavar mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>Patlamamış mühimmat (PM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>Terk edilmiş patlayıcı mühimmat (TPM)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Improvised explosive device (IED)</source>
        <translation>El yapımı patlayıcı (EYP)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="137"/>
        <source>Submunition</source>
        <translation>Alt mühimmat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-personnel mines</source>
        <translation>Anti-personel mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Anti-tank mines</source>
        <translation>Tanksavar mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Mixed AP and AT mines</source>
        <translation>Karışık AP ve AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Unexploded ordnance</source>
        <translation>Patlamamış mühimmat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Cluster munitions</source>
        <translation>Misket mühimmatı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="149"/>
        <source>Improvised explosive devices</source>
        <translation>El yapımı patlayıcılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Clearance</source>
        <translation>Temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Technical survey</source>
        <translation>Teknik tarama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Non-technical survey</source>
        <translation>Teknik olmayan tarama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>Route clearance</source>
        <translation>Yol temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="160"/>
        <source>EOD spot task</source>
        <translation>Noktasal EOD görevi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Intact</source>
        <translation>Sağlam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Damaged</source>
        <translation>Hasarlı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Deteriorated</source>
        <translation>Bozulmuş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Armed</source>
        <translation>Kurulu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="170"/>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Destroyed in situ</source>
        <translation>Yerinde imha edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Removed for demolition</source>
        <translation>İmha için kaldırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="180"/>
        <source>Rendered safe</source>
        <translation>Emniyete alındı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Illegal entry into uncleared land</source>
        <translation>Temizlenmemiş araziye yasa dışı giriş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Leaving cleared land</source>
        <translation>Temizlenmiş araziden çıkma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Farming</source>
        <translation>Tarım</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Herding</source>
        <translation>Hayvan otlatma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Travelling</source>
        <translation>Yolculuk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="188"/>
        <source>Handling or tampering</source>
        <translation>Ellemek veya kurcalamak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Reference point (landmark)</source>
        <translation>Referans noktası (yer işareti)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Benchmark</source>
        <translation>Röper</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Turning point</source>
        <translation>Dönüm noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>Intermediate point</source>
        <translation>Ara nokta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="201"/>
        <source>End point</source>
        <translation>Bitiş noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Degrees</source>
        <translation>Derece</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6400)</source>
        <translation>Milyem (6400)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="211"/>
        <source>Mils (6000)</source>
        <translation>Milyem (6000)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>True north</source>
        <translation>Coğrafi kuzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Grid north</source>
        <translation>Grid kuzeyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="219"/>
        <source>Magnetic north</source>
        <translation>Manyetik kuzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Road</source>
        <translation>Karayolu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Track</source>
        <translation>Toprak yol</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Path</source>
        <translation>Patika</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="227"/>
        <source>Railway</source>
        <translation>Demiryolu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="289"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="290"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="291"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="292"/>
        <source>Remarks</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Districts</source>
        <translation>İlçeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Region ID</source>
        <translation>Bölge kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Local name</source>
        <translation>Yerel ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Administrative level</source>
        <translation>İdari düzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="297"/>
        <source>Administrative districts used to split and total released land.</source>
        <translation>Serbest bırakılan araziyi bölmek ve toplamak için kullanılan idari ilçeler.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Hazard areas</source>
        <translation>Tehlikeli alanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Hazard ID</source>
        <translation>Tehlikeli alan kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Classification</source>
        <translation>Sınıflandırma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Contamination</source>
        <translation>Kirlilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Reported on</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Area (ha)</source>
        <translation>Alan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Remaining (ha)</source>
        <translation>Kalan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="310"/>
        <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
        <translation>Şüpheli (SHA) ve teyit edilmiş (CHA) tehlikeli alanlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Clearance tasks</source>
        <translation>Temizleme görevleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Task ID</source>
        <translation>Görev kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Hazard</source>
        <translation>Tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Parent task</source>
        <translation>Üst görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Task type</source>
        <translation>Görev türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Planned start</source>
        <translation>Planlanan başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Planned end</source>
        <translation>Planlanan bitiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Planned (ha)</source>
        <translation>Planlanan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Sector number</source>
        <translation>Sektör numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="329"/>
        <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
        <translation>Tehlikeli alanların içinde çizilmiş temizleme ve tarama görevleri ve sektörleri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Released land</source>
        <translation>Serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Release ID</source>
        <translation>Serbest bırakma kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Released on</source>
        <translation>Serbest bırakma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Clearance depth (cm)</source>
        <translation>Temizleme derinliği (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="350"/>
        <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
        <translation>Temizleme, teknik tarama veya teknik olmayan tarama ile serbest bırakılan arazi; asla örtüşmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Minefield records</source>
        <translation>Mayın tarlası kayıtları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Record ID</source>
        <translation>Kayıt kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Received on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Supplied by</source>
        <translation>Teslim eden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilen AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilen AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Claimed mines in total</source>
        <translation>Bildirilen toplam mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Bearing unit</source>
        <translation>Semt açısı birimi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>North reference</source>
        <translation>Kuzey referansı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Magnetic declination (degrees)</source>
        <translation>Manyetik sapma (derece)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Traverse misclosure (m)</source>
        <translation>Poligon kapanma hatası (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="370"/>
        <source>Supplied minefield records (mine maps handed over by the other side).</source>
        <translation>Teslim edilen mayın tarlası kayıtları (karşı tarafın teslim ettiği mayın haritaları).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="391"/>
        <source>Mapped mines</source>
        <translation>Haritalanmış mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="391"/>
        <source>Mapped mine ID</source>
        <translation>Haritalanmış mayın kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="391"/>
        <source>Row</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="391"/>
        <source>Mine number in row</source>
        <translation>Sıradaki mayın numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="391"/>
        <source>Mines as positioned by a supplied record.</source>
        <translation>Teslim edilen bir kayıtta konumlandırılan mayınlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Record points</source>
        <translation>Kayıt noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Point UID</source>
        <translation>Nokta UID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Point number</source>
        <translation>Nokta numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Point type</source>
        <translation>Nokta türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Bearing</source>
        <translation>Semt açısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Distance (m)</source>
        <translation>Mesafe (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>From point</source>
        <translation>Önceki nokta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="405"/>
        <source>Reference point, benchmark and turning points of a minefield record.</source>
        <translation>Bir mayın tarlası kaydının referans noktası, röperi ve dönüm noktaları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Item ID</source>
        <translation>Unsur kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Found on</source>
        <translation>Bulunma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Depth (cm)</source>
        <translation>Derinlik (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Condition</source>
        <translation>Durumu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Disposition</source>
        <translation>İmha şekli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="422"/>
        <source>Mines, UXO and other items found and what was done with them.</source>
        <translation>Bulunan mayınlar, PM ve diğer unsurlar ve onlara ne yapıldığı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Cleared routes</source>
        <translation>Temizlenen yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Route ID</source>
        <translation>Yol kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Route type</source>
        <translation>Yol türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Cleared width (m)</source>
        <translation>Temizlenen genişlik (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Cleared on</source>
        <translation>Temizlenme tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Length (km)</source>
        <translation>Uzunluk (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="442"/>
        <source>Roads and tracks cleared and verified.</source>
        <translation>Temizlenen ve doğrulanan yollar ve toprak yollar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Accident ID</source>
        <translation>Kaza kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Occurred on</source>
        <translation>Olay tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Civilian victims</source>
        <translation>Sivil kayıplar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Device</source>
        <translation>Düzenek</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="461"/>
        <source>Mine and UXO accidents with their victims.</source>
        <translation>Mayın ve PM kazaları ve kurbanları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="111"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="184"/>
        <source>Value out of range</source>
        <translation>Değer aralık dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Medical evacuation point</source>
        <translation>Tıbbi tahliye noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Helicopter landing site</source>
        <translation>Helikopter iniş yeri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Access point</source>
        <translation>Erişim noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Assembly point</source>
        <translation>Toplanma noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="237"/>
        <source>Control point</source>
        <translation>Kontrol noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Task points</source>
        <translation>Görev noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Point ID</source>
        <translation>Nokta kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="478"/>
        <source>Medevac, helicopter landing, access and assembly points of a task.</source>
        <translation>Bir görevin tıbbi tahliye, helikopter iniş, erişim ve toplanma noktaları.</translation>
    </message>
</context>
<context>
    <name>SectoriseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="158"/>
        <source>Divide into sectors</source>
        <translation>Sektörlere böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="160"/>
        <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon&apos;s local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent&apos;s attributes and gets sector_no, sector_id (such as T-0042/07, from the parent&apos;s task_id, hazard_id or feature id) and area_ha.</source>
        <translation>INPUT'un her poligonunu (görevler veya tehlikeli alanlar) ANGLE yönü (kuzeyden saat yönünde derece) boyunca WIDTH metre genişliğinde ve LENGTH metre uzunluğunda numaralı sektörlere veya şeritlere böler; ölçüler poligonun yerel UTM diliminde arazi üzerinde yapılır ve poligona göre kırpılır. Sektörler üst poligonu örtüşme ve boşluk olmadan tam olarak kaplar. Her sektör üst poligonun özniteliklerini korur ve sector_no, sector_id (ör. üst poligonun task_id, hazard_id veya nesne kimliğinden T-0042/07) ve area_ha alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="170"/>
        <source>Polygons to divide</source>
        <translation>Bölünecek poligonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="172"/>
        <source>Sector width (m)</source>
        <translation>Sektör genişliği (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="174"/>
        <source>Sector length (m)</source>
        <translation>Sektör uzunluğu (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="176"/>
        <source>Direction (degrees from north)</source>
        <translation>Yön (kuzeyden derece)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="179"/>
        <source>Sectors</source>
        <translation>Sektörler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="185"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="220"/>
        <source>{}: {} sectors</source>
        <translation>{}: {} sektör</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="209"/>
        <source>Feature {}: {}</source>
        <translation>Nesne {}: {}</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="56"/>
        <source>Only polygons can be divided into sectors.</source>
        <translation>Yalnızca poligonlar sektörlere bölünebilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="58"/>
        <source>The polygon has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Poligonda sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="61"/>
        <source>Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).</source>
        <translation>Sektör genişliği ve uzunluğu 0 m'den büyük olmalı ({width_m:g} x {length_m:g} verildi).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="65"/>
        <source>Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most {max_km:g} km.</source>
        <translation>{width_m:g} m x {length_m:g} m sektörler her görevden büyük: her kenar en fazla {max_km:g} km olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="69"/>
        <source>The sector direction {angle_deg} is not a number of degrees.</source>
        <translation>{angle_deg} sektör yönü bir derece değeri değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="75"/>
        <source>The polygon holds no area (collapsed, or crossing itself); it cannot be divided.</source>
        <translation>Poligonun alanı yok (çökmüş veya kendisiyle kesişiyor); bölünemez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="103"/>
        <source>{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check the units (metres).</source>
        <translation>{width_m:g} m x {length_m:g} m sektörler yaklaşık {columns:,} sektör oluşturur; birimleri kontrol edin (metre).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="149"/>
        <source>More than {MAX_SECTORS} sectors; use larger sectors.</source>
        <translation>{MAX_SECTORS} sektörden fazla; daha büyük sektörler kullanın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="176"/>
        <source>Task {task_id} does not exist in this store.</source>
        <translation>{task_id} görevi bu depoda yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="181"/>
        <source>Task {task_id} is already divided into {n_children} sectors.</source>
        <translation>{task_id} görevi zaten {n_children} sektöre bölünmüş.</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="42"/>
        <source>Divide {} into sectors</source>
        <translation>{} görevini sektörlere böl</translation>
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
        <translation>Genişlik (enine)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="54"/>
        <source>Length (along)</source>
        <translation>Uzunluk (boyuna)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="55"/>
        <source>Direction from north</source>
        <translation>Kuzeyden yön</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="56"/>
        <source>Draw baseline on the map…</source>
        <translation>Haritada taban çizgisi çiz…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="57"/>
        <source>Click the start of the baseline, then a point along it: the sectors start there and run along it.</source>
        <translation>Taban çizgisinin başlangıcına, sonra üzerindeki bir noktaya tıklayın: sektörler oradan başlar ve onun boyunca uzanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="67"/>
        <source>Store sectors</source>
        <translation>Sektörleri kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="104"/>
        <source>{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).</source>
        <translation>{n} sektör, toplam {ha:.2f} ha (ortalama her biri {avg:.2f} ha).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="132"/>
        <source>Dividing {} into sectors</source>
        <translation>{} sektörlere bölünüyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/sectors_dialog.py" line="139"/>
        <source>Task {task} divided into {n} sectors ({first} to {last})</source>
        <translation>{task} görevi {n} sektöre bölündü ({first} – {last})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="104"/>
        <source>{name} keeps no edit history: history is a feature of PostGIS stores (copy this store to PostGIS with demining:copystore).</source>
        <translation>{name} düzenleme geçmişi tutmaz: geçmiş PostGIS depolarının bir özelliğidir (bu depoyu demining:copystore ile PostGIS'e kopyalayın).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="129"/>
        <source>Layer &apos;{layer_name}&apos; of store {name} cannot be opened.</source>
        <translation>{name} deposunun '{layer_name}' katmanı açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="143"/>
        <source>{name} has data model version {version}; this plugin knows up to version {SCHEMA_VERSION}. Update the Demining plugin to open it.</source>
        <translation>{name} veri modeli sürümü {version}; bu eklenti en fazla {SCHEMA_VERSION} sürümünü bilir. Açmak için Demining eklentisini güncelleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="151"/>
        <source>{name} has data model version {version} and no migration to version {version2} exists.</source>
        <translation>{name} veri modeli sürümü {version} ve {version2} sürümüne geçiş yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="106"/>
        <source>Cannot add field {layer_name}.{field_name} to {name}.</source>
        <translation>{layer_name}.{field_name} alanı {name} içine eklenemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="151"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} yazmak için açılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="181"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} içinde hiçbir şey değişmedi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="192"/>
        <source>{path_name} is a folder, not a GeoPackage file.</source>
        <translation>{path_name} bir klasör, GeoPackage dosyası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="195"/>
        <source>{path} does not exist.</source>
        <translation>{path} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="203"/>
        <source>{path_name} is not a GeoPackage (not an SQLite database).</source>
        <translation>{path_name} bir GeoPackage değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="206"/>
        <source>{path_name} is an empty file, not a GeoPackage.</source>
        <translation>{path_name} boş bir dosya, GeoPackage değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="209"/>
        <source>{path_name} is not a GeoPackage.</source>
        <translation>{path_name} bir GeoPackage değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="211"/>
        <source>{path_name} is a GeoPackage but not a Demining project store (it has no {META_TABLE} table). Create a store with &apos;New store...&apos;.</source>
        <translation>{path_name} bir GeoPackage ama Demining proje deposu değil ({META_TABLE} tablosu yok). 'Yeni depo...' ile bir depo oluşturun.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="229"/>
        <source>{path_name} is missing the store layers: {missing}.</source>
        <translation>{path_name} içinde depo katmanları eksik: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="251"/>
        <source>{name} has data model version {old} and this plugin has no migration from version {missing} to {missing2}; it was left as it is.</source>
        <translation>{name} veri modeli sürümü {old} ve bu eklentide {missing} sürümünden {missing2} sürümüne geçiş yok; olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="256"/>
        <source>{name} has data model version {old} and must be migrated to version {SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere writable.</source>
        <translation>{name} veri modeli sürümü {old} ve {SCHEMA_VERSION} sürümüne geçirilmesi gerekiyor, ancak dosya veya klasörü salt okunur; yazılabilir bir yere kopyalayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="262"/>
        <source>{name} must be migrated from version {old}, but the backup {backup_name} already exists; move it away first so that it is not overwritten.</source>
        <translation>{name} {old} sürümünden geçirilmeli, ancak {backup_name} yedeği zaten var; üzerine yazılmaması için önce onu taşıyın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="271"/>
        <source>Migrating {name} from version {old} failed ({error}); the file was restored from {backup_name}.</source>
        <translation>{name} için {old} sürümünden geçiş başarısız oldu ({error}); dosya {backup_name} yedeğinden geri yüklendi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="281"/>
        <source>A store file must end in .gpkg: {path}</source>
        <translation>Bir depo dosyası .gpkg ile bitmelidir: {path}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="283"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} zaten var; başka bir ad seçin veya üzerine yazmaya izin verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="286"/>
        <source>Folder {path_parent} does not exist.</source>
        <translation>{path_parent} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="289"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="369"/>
        <source>Cannot create {path}.</source>
        <translation>{path} oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="408"/>
        <source>Cannot create layer {definition_name}.</source>
        <translation>{definition_name} katmanı oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="421"/>
        <source>Cannot create field {definition_name}.{f_name}.</source>
        <translation>{definition_name}.{f_name} alanı oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="433"/>
        <source>The store has no layer {layer_name}.</source>
        <translation>Depoda {layer_name} katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="459"/>
        <source>There is no field {key}.</source>
        <translation>{key} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="478"/>
        <source>{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{definition_title}: bir geometride sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="510"/>
        <source>Adding {values} to {layer_name} failed.</source>
        <translation>{values}, {layer_name} içine eklenemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="520"/>
        <source>{layer_name} does not hold points.</source>
        <translation>{layer_name} nokta içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="536"/>
        <source>{layer_name} has no field {name}.</source>
        <translation>{layer_name} içinde {name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="539"/>
        <source>{layer_name}.{name}: {n_values} values for {count} points.</source>
        <translation>{layer_name}.{name}: {count} nokta için {n_values} değer.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="570"/>
        <source>Adding {identifiers} to {layer_name} failed.</source>
        <translation>{identifiers}, {layer_name} içine eklenemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="450"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="644"/>
        <source>Updating {identifier} in {layer_name} failed.</source>
        <translation>{layer_name} içinde {identifier} güncellenemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="661"/>
        <source>Deleting {identifier} from {layer_name} failed.</source>
        <translation>{identifier}, {layer_name} içinden silinemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/__init__.py" line="31"/>
        <source>&apos;{location}&apos; is not a store location this plugin understands (a GeoPackage path ending in .gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).</source>
        <translation>'{location}' bu eklentinin anladığı bir depo konumu değil (.gpkg ile biten bir GeoPackage yolu veya pg:... ya da postgresql://...?schema=... PostGIS konumu).</translation>
    </message>
</context>
<context>
    <name>StoreParameter</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="124"/>
        <source>Store to copy</source>
        <translation>Kopyalanacak depo</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="8"/>
        <source>STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;.</source>
        <translation>STORE: proje deposu; bir GeoPackage dosyası (.gpkg) veya pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt; ya da postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt; olarak yazılmış bir PostGIS deposu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="21"/>
        <source>Project store</source>
        <translation>Proje deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="24"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="267"/>
        <source>Computing the figures of {}</source>
        <translation>{} rakamları hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="335"/>
        <source>New Demining store</source>
        <translation>Yeni Demining deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="335"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="348"/>
        <source>Open Demining store</source>
        <translation>Demining deposu aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="348"/>
        <source>Demining store (*.gpkg);;All files (*)</source>
        <translation>Demining deposu (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="359"/>
        <source>{} is the store this project uses; choose another file name.</source>
        <translation>{} bu projenin kullandığı depodur; başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="362"/>
        <source>Creating store {}</source>
        <translation>{} deposu oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="366"/>
        <source>Created the Demining store {}.</source>
        <translation>{} Demining deposu oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="371"/>
        <source>Opening store {}</source>
        <translation>{} deposu açılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="423"/>
        <source>The demo builder is not available in this installation of the plugin ({}).</source>
        <translation>Demo oluşturucu, eklentinin bu kurulumunda mevcut değil ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="430"/>
        <source>Creating folder {}</source>
        <translation>{} klasörü oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="446"/>
        <source>Building the demo was cancelled.</source>
        <translation>Demo oluşturma iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="451"/>
        <source>Building the demo</source>
        <translation>Demo oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="454"/>
        <source>The demo store is open: {}</source>
        <translation>Demo deposu açık: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="206"/>
        <source>This project&apos;s Demining store {name} cannot be opened.</source>
        <translation>Bu projenin Demining deposu {name} açılamıyor.</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, open</source>
        <translation>CHA, açık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, worked on</source>
        <translation>CHA, üzerinde çalışılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>CHA, closed</source>
        <translation>CHA, kapalı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, open</source>
        <translation>SHA, açık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, worked on</source>
        <translation>SHA, üzerinde çalışılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>SHA, closed</source>
        <translation>SHA, kapalı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>unclassified</source>
        <translation>sınıflandırılmamış</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cleared</source>
        <translation>Temizlendi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Reduced</source>
        <translation>Azaltıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AP mine</source>
        <translation>AP mayını</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AT mine</source>
        <translation>AT mayını</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>UXO</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>AXO</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>IED</source>
        <translation>EYP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Submunition</source>
        <translation>Alt mühimmat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="96"/>
        <source>Style {path_name} could not be loaded: {message}</source>
        <translation>{path_name} stili yüklenemedi: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="173"/>
        <source>Layer {definition_name} has no field {field_name}.</source>
        <translation>{definition_name} katmanında {field_name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="213"/>
        <source>Layer {definition_name} of {store_name} cannot be opened.</source>
        <translation>{store_name} deposunun {definition_name} katmanı açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="221"/>
        <source>Saving the style of {definition_name} failed: {error}</source>
        <translation>{definition_name} stilinin kaydedilmesi başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="253"/>
        <source>Relation {definition_id} between {definition_child} and {definition_parent} is not valid.</source>
        <translation>{definition_child} ile {definition_parent} arasındaki {definition_id} ilişkisi geçerli değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Medical evacuation point</source>
        <translation>Tıbbi tahliye noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Helicopter landing site</source>
        <translation>Helikopter iniş yeri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Access point</source>
        <translation>Erişim noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Assembly point</source>
        <translation>Toplanma noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="48"/>
        <source>Control point</source>
        <translation>Kontrol noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="233"/>
        <source>The old style of {definition_name} in {store_name} cannot be replaced: {error}</source>
        <translation>{store_name} içindeki {definition_name} eski stili değiştirilemiyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="238"/>
        <source>{store_name}: replaced the style saved earlier for {definition_name}.</source>
        <translation>{store_name}: {definition_name} için daha önce kaydedilen stil değiştirildi.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="32"/>
        <source>Outside the districts</source>
        <translation>İlçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="33"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="35"/>
        <source>(not applicable)</source>
        <translation>(uygulanamaz)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="49"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="99"/>
        <source>Totals</source>
        <translation>Toplamlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="76"/>
        <source>An XLSX export must end in .xlsx: {target}</source>
        <translation>Bir XLSX dışa aktarımı .xlsx ile bitmelidir: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="80"/>
        <source>This GDAL has no XLSX driver; export the table to CSV instead.</source>
        <translation>Bu GDAL'da XLSX sürücüsü yok; tabloyu bunun yerine CSV'ye aktarın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="103"/>
        <source>Cannot write the column &apos;{title}&apos; to {target}.</source>
        <translation>'{title}' sütunu {target} içine yazılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="111"/>
        <source>Cannot write a row to {target}.</source>
        <translation>{target} içine bir satır yazılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/table_export.py" line="97"/>
        <source>Cannot create {target}: {error}</source>
        <translation>{target} oluşturulamıyor: {error}</translation>
    </message>
</context>
<context>
    <name>TabularImport</name>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="44"/>
        <source>Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</source>
        <translation>Tablolar ve vektör dosyaları (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="84"/>
        <source>{0}: files ending in &apos;{1}&apos; cannot be imported (use CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX).</source>
        <translation>{0}: '{1}' ile biten dosyalar içe aktarılamaz (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ veya GPX kullanın).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="84"/>
        <source>(no extension)</source>
        <translation>(uzantı yok)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="96"/>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} yok veya bir dosya değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="99"/>
        <source>{0} is empty.</source>
        <translation>{0} boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="106"/>
        <source>an Excel workbook</source>
        <translation>bir Excel çalışma kitabı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="107"/>
        <source>a KMZ file</source>
        <translation>bir KMZ dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="108"/>
        <source>{0} is not {1}: it is not a ZIP archive.</source>
        <translation>{0} {1} değil: bir ZIP arşivi değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="115"/>
        <source>{0} is a damaged ZIP archive: {1}</source>
        <translation>{0} bozuk bir ZIP arşivi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="118"/>
        <source>{0} is a damaged ZIP archive ({1} cannot be read).</source>
        <translation>{0} bozuk bir ZIP arşivi ({1} okunamıyor).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="121"/>
        <source>{0} is a ZIP archive but not an Excel workbook.</source>
        <translation>{0} bir ZIP arşivi ama Excel çalışma kitabı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="124"/>
        <source>{0} is a ZIP archive without a KML document inside.</source>
        <translation>{0} içinde KML belgesi olmayan bir ZIP arşivi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="128"/>
        <source>{0} is too large for a table ({1} bytes).</source>
        <translation>{0} bir tablo için çok büyük ({1} bayt).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="131"/>
        <source>{0} is not a text (CSV) file: it holds binary data.</source>
        <translation>{0} bir metin (CSV) dosyası değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="135"/>
        <source>{0} is not GeoJSON: it does not start with &apos;{{&apos;.</source>
        <translation>{0} GeoJSON değil: '{{' ile başlamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="139"/>
        <source>{0} is not an XML ({1}) file.</source>
        <translation>{0} bir XML ({1}) dosyası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="143"/>
        <source>{0} is not a Shapefile (its header is wrong).</source>
        <translation>{0} bir Shapefile değil (başlığı hatalı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="163"/>
        <source>{0}: the text encoding cannot be recognised.</source>
        <translation>{0}: metin kodlaması tanınamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="183"/>
        <source>{0} has no header row.</source>
        <translation>{0} başlık satırı içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="185"/>
        <source>{0}: the header cannot be read: {1}</source>
        <translation>{0}: başlık okunamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="189"/>
        <source>{0} has an empty header row.</source>
        <translation>{0} boş bir başlık satırına sahip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="205"/>
        <source>has {0} values but the header has {1} columns</source>
        <translation>{0} değer içeriyor ama başlıkta {1} sütun var</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="211"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, satır {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="351"/>
        <source>{0} cannot be read as {1}: {2}</source>
        <translation>{0}, {1} olarak okunamıyor: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="274"/>
        <source>unknown error</source>
        <translation>bilinmeyen hata</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="34"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="35"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="36"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="37"/>
        <source>ISO week</source>
        <translation>ISO haftası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AP mines</source>
        <translation>AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="42"/>
        <source>AT mines</source>
        <translation>AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>UXO</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>AXO</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="43"/>
        <source>IED</source>
        <translation>EYP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="44"/>
        <source>Submunitions</source>
        <translation>Alt mühimmatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="45"/>
        <source>Other items</source>
        <translation>Diğer unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Cleared (ha)</source>
        <translation>Temizlenen (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="49"/>
        <source>Reduced (ha)</source>
        <translation>Azaltılan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="50"/>
        <source>Cancelled (ha)</source>
        <translation>İptal edilen (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="248"/>
        <source>Released (ha)</source>
        <translation>Serbest bırakılan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="250"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="252"/>
        <source>Routes (km)</source>
        <translation>Yollar (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="253"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="254"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="255"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/dates.py" line="48"/>
        <source>{name} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2021-11-22).</source>
        <translation>{name} '{text}' bir tarih değil; YYYY-AA-GG olarak yazın (ör. 2021-11-22).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/grouping.py" line="57"/>
        <source>The period starts ({date_from}) after it ends ({date_to}).</source>
        <translation>Dönem bittikten ({date_to}) sonra başlıyor ({date_from}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="75"/>
        <source>Cannot group released land by &apos;{name}&apos;.</source>
        <translation>Serbest bırakılan arazi '{name}' ile gruplanamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="127"/>
        <source>Layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>'{name}' katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="130"/>
        <source>GROUP_BY names a field twice: {group_by}.</source>
        <translation>GROUP_BY bir alanı iki kez belirtiyor: {group_by}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="138"/>
        <source>Grouping by {g} needs a date field (DATE_FIELD).</source>
        <translation>{g} ile gruplama bir tarih alanı gerektirir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="140"/>
        <source>Layer &apos;{name}&apos; has no field &apos;{g}&apos; to group by (its fields: {fields}; also month and week).</source>
        <translation>'{name}' katmanında gruplanacak '{g}' alanı yok (alanları: {fields}; ayrıca month ve week).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="146"/>
        <source>Layer &apos;{name}&apos; has no date field &apos;{date_field}&apos;.</source>
        <translation>'{name}' katmanında '{date_field}' tarih alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="149"/>
        <source>Field &apos;{date_field}&apos; of layer &apos;{name}&apos; does not hold dates.</source>
        <translation>'{name}' katmanının '{date_field}' alanı tarih içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="155"/>
        <source>The regions layer &apos;{layer_name}&apos; is not a polygon layer.</source>
        <translation>'{layer_name}' ilçe katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="158"/>
        <source>The regions layer &apos;{layer_name}&apos; has no field &apos;{region_field}&apos;.</source>
        <translation>'{layer_name}' ilçe katmanında '{region_field}' alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="176"/>
        <source>No input layer.</source>
        <translation>Girdi katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="183"/>
        <source>A date range needs a date field (DATE_FIELD).</source>
        <translation>Bir tarih aralığı bir tarih alanı gerektirir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="209"/>
        <source>Unknown grouping &apos;{grouping}&apos;; choose one of {GROUPINGS}.</source>
        <translation>Bilinmeyen gruplama '{grouping}'; şunlardan birini seçin: {GROUPINGS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="435"/>
        <source>No store to total.</source>
        <translation>Toplamı alınacak depo yok.</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="174"/>
        <source>No data</source>
        <translation>Veri yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="335"/>
        <source>Outside the districts</source>
        <translation>İlçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="46"/>
        <source>{n}k</source>
        <translation>{n} bin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="301"/>
        <source>No releases between {start} and {end}: this time is left out of the axis.</source>
        <translation>{start} ile {end} arasında arazi serbest bırakılmadı: bu süre eksende gösterilmiyor.</translation>
    </message>
</context>
<context>
    <name>TotalsDock</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="37"/>
        <source>Clearance totals of {}</source>
        <translation>{} temizleme toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="120"/>
        <source>First day of the period (empty: from the start)</source>
        <translation>Dönemin ilk günü (boş: baştan)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="120"/>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="122"/>
        <source>Last day of the period, included (empty: up to now)</source>
        <translation>Dönemin son günü, dahil (boş: bugüne kadar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="122"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="128"/>
        <source>What the rows of the table are</source>
        <translation>Tablonun satırları neyi gösterir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="129"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="131"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="134"/>
        <source>by</source>
        <translation>göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="157"/>
        <source>Cumulative hectares</source>
        <translation>Kümülatif hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="438"/>
        <source>Items found per week</source>
        <translation>Haftalık bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="166"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="166"/>
        <source>Export the table to a CSV file</source>
        <translation>Tabloyu bir CSV dosyasına aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="168"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="168"/>
        <source>Export the table to an Excel workbook</source>
        <translation>Tabloyu bir Excel çalışma kitabına aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="171"/>
        <source>Report…</source>
        <translation>Rapor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="171"/>
        <source>Write the period report (sentences and table) as .md, .html or .txt</source>
        <translation>Dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="180"/>
        <source>Recompute every figure from the store</source>
        <translation>Tüm rakamları depodan yeniden hesapla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="272"/>
        <source>No store open</source>
        <translation>Açık depo yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="457"/>
        <source>Computing the totals of {}…</source>
        <translation>{} toplamları hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="305"/>
        <source>Computing the clearance totals of {}</source>
        <translation>{} temizleme toplamları hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="307"/>
        <source>The totals could not be computed.</source>
        <translation>Toplamlar hesaplanamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="311"/>
        <source>Computing the totals was cancelled.</source>
        <translation>Toplamların hesaplanması iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="405"/>
        <source>Updating the clearance totals</source>
        <translation>Temizleme toplamları güncelleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="434"/>
        <source>Hectares released, cumulative</source>
        <translation>Serbest bırakılan hektar, kümülatif</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="434"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="438"/>
        <source>items</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="455"/>
        <source>Open a Demining store to see its clearance totals.</source>
        <translation>Temizleme toplamlarını görmek için bir Demining deposu açın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="462"/>
        <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
        <translation>{store}: dönemde {ha} ha serbest bırakıldı, her metrekare bir kez sayıldı (gerçek elipsoidal alanlar).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="489"/>
        <source>Export totals to CSV</source>
        <translation>Toplamları CSV'ye aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="489"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="494"/>
        <source>Export totals to Excel</source>
        <translation>Toplamları Excel'e aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="494"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>There are no totals to export yet.</source>
        <translation>Henüz aktarılacak toplam yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="510"/>
        <source>Exporting the totals to {}</source>
        <translation>Toplamlar {} dosyasına aktarılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="512"/>
        <source>Totals exported to {}.</source>
        <translation>Toplamlar {} dosyasına aktarıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="518"/>
        <source>Open a Demining store first: the report is computed from it.</source>
        <translation>Önce bir Demining deposu açın: rapor ondan hesaplanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="520"/>
        <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
        <translation>{} toplamları hâlâ hesaplanıyor; raporu birazdan yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="525"/>
        <source>Period report</source>
        <translation>Dönem raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="525"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="548"/>
        <source>Writing the report {}</source>
        <translation>{} raporu yazılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="550"/>
        <source>Report for {start} to {end} written to {path}.</source>
        <translation>{start} – {end} raporu {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="160"/>
        <source>Accidents by activity</source>
        <translation>Faaliyete göre kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="202"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="236"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="90"/>
        <source>Totals</source>
        <translation>Toplamlar</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="80"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="94"/>
        <source>The layer behind these figures does not record this grouping.</source>
        <translation>Bu rakamların dayandığı katman bu gruplamayı kaydetmiyor.</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="107"/>
        <source>Unknown bearing unit &apos;{unit}&apos;: use one of {UNITS}.</source>
        <translation>Bilinmeyen semt açısı birimi '{unit}': şunlardan birini kullanın: {UNITS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="110"/>
        <source>Unknown north reference &apos;{north}&apos;: use one of {NORTHS}.</source>
        <translation>Bilinmeyen kuzey referansı '{north}': şunlardan birini kullanın: {NORTHS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="114"/>
        <source>Magnetic bearings need the magnetic declination (degrees, east positive).</source>
        <translation>Manyetik semt açıları manyetik sapmayı gerektirir (derece, doğu pozitif).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="117"/>
        <source>Declination {declination_deg} is outside -180..180 degrees.</source>
        <translation>{declination_deg} sapması -180..180 derece dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="128"/>
        <source>{what} ({lon!r}, {lat!r}) is not a longitude/latitude: both must be numbers.</source>
        <translation>{what} ({lon!r}, {lat!r}) bir boylam/enlem değil: ikisi de sayı olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="132"/>
        <source>{what} ({lon}, {lat}) is not a longitude/latitude: longitude must be within -180..180 and latitude within -90..90.</source>
        <translation>{what} ({lon}, {lat}) bir boylam/enlem değil: boylam -180..180, enlem -90..90 içinde olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="136"/>
        <source>{what} latitude {lat} is outside the UTM zones (84S to 84N).</source>
        <translation>{what}: {lat} enlemi UTM dilimlerinin dışında (84S ile 84N arası).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="144"/>
        <source>Point {leg_point_no}: distance &apos;{distance}&apos; is not a number of metres.</source>
        <translation>Nokta {leg_point_no}: '{distance}' mesafesi bir metre sayısı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="148"/>
        <source>Point {leg_point_no}: distance {distance} m is negative.</source>
        <translation>Nokta {leg_point_no}: {distance} m mesafe negatif.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="152"/>
        <source>Point {leg_point_no}: bearing &apos;{bearing}&apos; is not a number.</source>
        <translation>Nokta {leg_point_no}: '{bearing}' semt açısı bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="155"/>
        <source>Point {leg_point_no}: bearing {bearing} is outside 0..{circle:g} {unit}.</source>
        <translation>Nokta {leg_point_no}: {bearing} semt açısı 0..{circle:g} {unit} dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="159"/>
        <source>Point {leg_point_no}: unknown point type &apos;{leg_point_type}&apos; (use one of {types}).</source>
        <translation>Nokta {leg_point_no}: bilinmeyen nokta türü '{leg_point_type}' (şunlardan birini kullanın: {types}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="310"/>
        <source>The traverse has no legs.</source>
        <translation>Geçkinin ayağı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="203"/>
        <source>A closed minefield record needs at least 3 legs; this one has {n_legs}.</source>
        <translation>Kapalı bir mayın tarlası kaydı en az 3 ayak gerektirir; bunda {n_legs} var.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="255"/>
        <source>The polygon is empty.</source>
        <translation>Poligon boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="259"/>
        <source>The polygon has {n_parts} parts; a turning-point table describes one.</source>
        <translation>Poligonun {n_parts} parçası var; bir dönüş noktası tablosu birini tanımlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="266"/>
        <source>The geometry is not a polygon.</source>
        <translation>Geometri bir poligon değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="271"/>
        <source>The polygon has {n_ring} distinct vertices; a record needs at least 3.</source>
        <translation>Poligonun {n_ring} farklı köşesi var; bir kayıt en az 3 gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="305"/>
        <source>Unknown start point type &apos;{start_type}&apos; (use one of {POINT_TYPES}).</source>
        <translation>Bilinmeyen başlangıç noktası türü '{start_type}' (şunlardan birini kullanın: {POINT_TYPES}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="319"/>
        <source>The outline has {n_outline} turning, intermediate or end points; a minefield needs at least 3.</source>
        <translation>Dış hatta {n_outline} dönüş, ara veya bitiş noktası var; bir mayın tarlası en az 3 gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="333"/>
        <source>The outline closes with fewer than 3 distinct corners.</source>
        <translation>Dış hat 3'ten az farklı köşeyle kapanıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="352"/>
        <source>Point {leg_point_no} appears more than once (point 0 is the start point).</source>
        <translation>{leg_point_no} noktası birden fazla kez geçiyor (0 noktası başlangıç noktasıdır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/traverse.py" line="358"/>
        <source>Point {leg_point_no}: from-point {origin_no} is not the start (0) or a point above it in the table.</source>
        <translation>Nokta {leg_point_no}: {origin_no} çıkış noktası başlangıç (0) veya tabloda üstteki bir nokta değil.</translation>
    </message>
</context>
<context>
    <name>TraverseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="44"/>
        <source>Minefield record traverse</source>
        <translation>Mayın tarlası kaydı poligonu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="46"/>
        <source>Runs a minefield record&apos;s turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point&apos;s UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon&apos;s true (ellipsoidal) area in hectares.</source>
        <translation>Bir mayın tarlası kaydının dönüm noktalarını (önceki noktadan semt açısı ve mesafe) bir başlangıç noktasından arazi üzerinde, WGS84 elipsoidinde çizer ve kaydı kapatır.

INPUT: point_no sırasında point_no, bearing ve distance_m (arazi metresi) içeren bir tablo. START_POINT: herhangi bir KRS'de referans noktası. BEARING_UNIT: degrees, mils6400 (NATO) veya mils6000 (Varşova Paktı). NORTH: true, grid (başlangıç noktasının UTM diliminin kuzeyi) veya magnetic; sonuncusu derece cinsinden DECLINATION gerektirir, doğu pozitiftir.

OUTPUT: misclosure_m, misclosure_ratio (çevre / kapanma hatası), perimeter_m ve area_ha ile kayıt poligonu (EPSG:4326). MISCLOSURE_M: son hesaplanan noktadan başlangıca olan mesafe. AREA_HA: poligonun hektar cinsinden gerçek (elipsoidal) alanı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="59"/>
        <source>Turning points (point_no, bearing, distance_m)</source>
        <translation>Dönüm noktaları (point_no, bearing, distance_m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="61"/>
        <source>Start (reference) point</source>
        <translation>Başlangıç (referans) noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="62"/>
        <source>Bearing unit</source>
        <translation>Semt açısı birimi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="65"/>
        <source>North reference</source>
        <translation>Kuzey referansı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="68"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Manyetik sapma (derece, doğu pozitif)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="71"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="73"/>
        <source>Misclosure (m)</source>
        <translation>Kapanma hatası (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="74"/>
        <source>Area (ha)</source>
        <translation>Alan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="109"/>
        <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
        <translation>Kapanma hatası {0:.3f} m ({1}); alan {2:.4f} ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="32"/>
        <source>Row {feature_no}: {name} is empty.</source>
        <translation>Satır {feature_no}: {name} boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="37"/>
        <source>Row {feature_no}: {name} &apos;{value}&apos; is not a number.</source>
        <translation>Satır {feature_no}: {name} '{value}' bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="79"/>
        <source>INPUT: the turning-point table cannot be read.</source>
        <translation>INPUT: dönüş noktası tablosu okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="104"/>
        <source>INPUT: point_no {duplicates} appears more than once.</source>
        <translation>INPUT: point_no {duplicates} birden fazla kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="83"/>
        <source>INPUT has no column {missing}; it needs {required}.</source>
        <translation>INPUT içinde {missing} sütunu yok; şunları gerektirir: {required}.</translation>
    </message>
</context>
<context>
    <name>TraverseDock</name>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Point</source>
        <translation>Nokta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Bearing</source>
        <translation>Semt açısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>Distance (m)</source>
        <translation>Mesafe (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="35"/>
        <source>From point</source>
        <translation>Önceki nokta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="70"/>
        <source>better than 1:1,000,000</source>
        <translation>1:1.000.000'dan iyi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="117"/>
        <source>The point the leg starts from; empty: the point above.</source>
        <translation>Ayağın başladığı nokta; boş: üstteki nokta.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="119"/>
        <source>Bearing in the chosen unit from the chosen north.</source>
        <translation>Seçilen birimde, seçilen kuzeyden semt açısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="244"/>
        <source>Point {} is used twice (0 is the start point).</source>
        <translation>{} noktası iki kez kullanılmış (0 başlangıç noktasıdır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="247"/>
        <source>The point number must be a whole number from 1.</source>
        <translation>Nokta numarası 1'den başlayan bir tam sayı olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="250"/>
        <source>Unknown point type &apos;{}&apos;: use {}.</source>
        <translation>Bilinmeyen nokta türü '{}': {} kullanın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="256"/>
        <source>Bearing {} is outside 0 to {} ({}).</source>
        <translation>{} semt açısı 0 ile {} arasının dışında ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="259"/>
        <source>&apos;{}&apos; is not a bearing (a number).</source>
        <translation>'{}' bir semt açısı (sayı) değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="261"/>
        <source>The bearing is missing.</source>
        <translation>Semt açısı eksik.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="265"/>
        <source>The distance must be more than 0 m.</source>
        <translation>Mesafe 0 m'den büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="267"/>
        <source>&apos;{}&apos; is not a distance in metres.</source>
        <translation>'{}' metre cinsinden bir mesafe değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="269"/>
        <source>The distance is missing.</source>
        <translation>Mesafe eksik.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="276"/>
        <source>Point {} is not the start (0) or a point above.</source>
        <translation>{} noktası başlangıç (0) veya üstteki bir nokta değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_table.py" line="279"/>
        <source>&apos;{}&apos; is not a point number.</source>
        <translation>'{}' bir nokta numarası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="111"/>
        <source>Lat/lon</source>
        <translation>Enlem/boylam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="111"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="111"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="119"/>
        <source>Pick</source>
        <translation>Seç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="122"/>
        <source>Click the start point on the map (snapping applies).</source>
        <translation>Haritada başlangıç noktasına tıklayın (yakalama uygulanır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="126"/>
        <source>Start point</source>
        <translation>Başlangıç noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="131"/>
        <source>Turning point: the start is the first corner of the minefield. Reference point or benchmark: a landmark off the minefield the record measures from.</source>
        <translation>Dönüş noktası: başlangıç mayın tarlasının ilk köşesidir. Referans noktası veya röper: kaydın ölçüm yaptığı, mayın tarlası dışındaki bir işaret noktası.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="135"/>
        <source>Start is a</source>
        <translation>Başlangıç şudur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="142"/>
        <source>The unit the record&apos;s bearings are written in. Changing it reads the table again in the new unit; it does not convert the figures.</source>
        <translation>Kaydın semt açılarının yazıldığı birim. Değiştirmek tabloyu yeni birimde yeniden okur; sayıları dönüştürmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="154"/>
        <source>Magnetic declination in degrees, east positive.</source>
        <translation>Derece cinsinden manyetik sapma, doğu pozitif.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="157"/>
        <source>Declination</source>
        <translation>Sapma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="159"/>
        <source>Bearings</source>
        <translation>Semt açıları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="165"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="165"/>
        <source>Add a row at the end</source>
        <translation>Sona bir satır ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="168"/>
        <source>Insert</source>
        <translation>Araya ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="168"/>
        <source>Insert a row above the current one</source>
        <translation>Geçerli satırın üstüne bir satır ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="171"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="171"/>
        <source>Delete the selected rows</source>
        <translation>Seçili satırları sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="174"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="174"/>
        <source>Empty the table</source>
        <translation>Tabloyu boşalt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="177"/>
        <source>Load from selected polygon</source>
        <translation>Seçili poligondan yükle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="177"/>
        <source>Fill the table from the selected polygon (minefield record, task, hazard...) in the chosen unit and north</source>
        <translation>Tabloyu seçili poligondan (mayın tarlası kaydı, görev, tehlikeli alan...) seçilen birimde ve kuzeyde doldur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="204"/>
        <source>Who supplied the record, or the document</source>
        <translation>Kaydı kimin verdiği veya belge</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="206"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="207"/>
        <source>Received on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="211"/>
        <source>Save record</source>
        <translation>Kaydı kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="213"/>
        <source>Store the record polygon and its points in the store, in one step</source>
        <translation>Kayıt poligonunu ve noktalarını tek adımda depoya kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="287"/>
        <source>latitude, longitude, e.g. 40.0512, 46.9876</source>
        <translation>enlem, boylam, ör. 40.0512, 46.9876</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="288"/>
        <source>zone N/S easting northing, e.g. 38N 650000 4420000</source>
        <translation>dilim N/S doğu kuzey, ör. 38N 650000 4420000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="289"/>
        <source>e.g. 38TNK 50000 20000</source>
        <translation>ör. 38TNK 50000 20000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="383"/>
        <source>Row {row}: {message}</source>
        <translation>Satır {row}: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="385"/>
        <source>({n} cells to correct in all.)</source>
        <translation>(Toplam düzeltilecek {n} hücre.)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="387"/>
        <source>Type or pick the start point.</source>
        <translation>Başlangıç noktasını yazın veya seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="387"/>
        <source>The start point cannot be read.</source>
        <translation>Başlangıç noktası okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="392"/>
        <source>Type the turning points: bearing and distance from the point before.</source>
        <translation>Dönüş noktalarını yazın: önceki noktadan semt açısı ve mesafe.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="407"/>
        <source>Misclosure: –</source>
        <translation>Kapanma hatası: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="408"/>
        <source>Area: –</source>
        <translation>Alan: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="409"/>
        <source>Perimeter: –</source>
        <translation>Çevre: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="413"/>
        <source>Misclosure: {m:.3f} m ({ratio})</source>
        <translation>Kapanma hatası: {m:.3f} m ({ratio})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="415"/>
        <source>Area: {}</source>
        <translation>Alan: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="416"/>
        <source>Perimeter: {:.2f} m</source>
        <translation>Çevre: {:.2f} m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="419"/>
        <source>The traverse does not close within {t:g} m: check the bearings and distances, or save and confirm closing it.</source>
        <translation>Geçki {t:g} m içinde kapanmıyor: semt açılarını ve mesafeleri kontrol edin veya kaydedip kapatmayı onaylayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="424"/>
        <source>Closed: {n} points, UTM zone {zone}.</source>
        <translation>Kapalı: {n} nokta, UTM dilimi {zone}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="478"/>
        <source>Select one polygon first (a minefield record, task, hazard or any polygon layer).</source>
        <translation>Önce bir poligon seçin (mayın tarlası kaydı, görev, tehlikeli alan veya herhangi bir poligon katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="489"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="494"/>
        <source>{what}: {n} legs in the table, {unit} from {north}.</source>
        <translation>{what}: tabloda {n} ayak, {north} yönünden {unit}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="516"/>
        <source>Traverse does not close</source>
        <translation>Geçki kapanmıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="524"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="528"/>
        <source>The record was not saved: {}</source>
        <translation>Kayıt kaydedilmedi: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="531"/>
        <source>The record was not saved: type its source (who supplied it, or the document).</source>
        <translation>Kayıt kaydedilmedi: kaynağını yazın (kimin verdiği veya belge).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="538"/>
        <source>The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, more than the {t:g} m allowed.

Close it (join the last point to the first) and save the record with this misclosure?</source>
        <translation>Geçki kapanmıyor: son nokta ilk noktadan {m:.2f} m ({ratio}) uzakta, izin verilen {t:g} m'den fazla.

Kapatılsın mı (son nokta ilk noktaya birleştirilerek) ve kayıt bu kapanma hatasıyla kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="544"/>
        <source>The record was not saved: the traverse does not close within {t:g} m (misclosure {m:.2f} m).</source>
        <translation>Kayıt kaydedilmedi: geçki {t:g} m içinde kapanmıyor (kapanma hatası {m:.2f} m).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="550"/>
        <source>Saving the minefield record</source>
        <translation>Mayın tarlası kaydı kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="553"/>
        <source>{layer} has unsaved edits. Save or discard them first, then save the record again.</source>
        <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra kaydı yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="568"/>
        <source>Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), {n} points{district}.</source>
        <translation>Mayın tarlası kaydı {id} kaydedildi: {area}, kapanma hatası {m:.3f} m ({ratio}), {n} nokta{district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="568"/>
        <source>, in {}</source>
        <translation>, {} içinde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="95"/>
        <source>Traverse</source>
        <translation>Poligon</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../demining_plugin/gui/formatting.py" line="14"/>
        <source>cm</source>
        <translation>cm</translation>
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
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Invalid or self-intersecting geometry</source>
        <translation>Geçersiz veya kendisiyle kesişen geometri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Feature without geometry</source>
        <translation>Geometrisiz unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Fewer than 3 distinct vertices</source>
        <translation>3'ten az farklı köşe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Duplicate consecutive vertices</source>
        <translation>Yinelenen ardışık köşeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Vertices more than 5 km apart</source>
        <translation>Birbirinden 5 km'den uzak köşeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Released land overlapping other released land</source>
        <translation>Başka serbest bırakılan araziyle çakışan serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Released land outside its hazard</source>
        <translation>Kendi tehlikeli alanının dışındaki serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Released area larger than its hazard</source>
        <translation>Tehlikeli alanından büyük serbest bırakılan alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Stored area differs from the computed area</source>
        <translation>Kayıtlı alan hesaplanan alandan farklı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Item found outside every task and released area</source>
        <translation>Her görevin ve serbest bırakılan alanın dışında bulunan unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Date in the future</source>
        <translation>Gelecekte bir tarih</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>End before start</source>
        <translation>Bitiş başlangıçtan önce</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Coordinates outside the country</source>
        <translation>Ülke dışındaki koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Coordinates apparently swapped (x and y)</source>
        <translation>Görünüşe göre yer değiştirmiş koordinatlar (x ve y)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Missing identifier</source>
        <translation>Eksik tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Duplicate identifier</source>
        <translation>Yinelenen tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Identifier with leading or trailing spaces</source>
        <translation>Başında veya sonunda boşluk olan tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Link to a feature that does not exist</source>
        <translation>Var olmayan bir unsura bağlantı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>Closed hazard with area remaining</source>
        <translation>Kalan alanı olan kapalı tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="39"/>
        <source>CHA without evidence in the store</source>
        <translation>Depoda kanıtı olmayan CHA</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="247"/>
        <source>{feature} has no geometry.</source>
        <translation>{feature} geometriye sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="253"/>
        <source>{feature} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{feature} sayı olmayan bir koordinata sahip (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="236"/>
        <source>{feature} is not a valid geometry: {error}.</source>
        <translation>{feature} geçerli bir geometri değil: {error}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="270"/>
        <source>{feature} has a part or ring with fewer than {n} distinct vertices.</source>
        <translation>{feature}, {n} farklı köşeden az olan bir parçaya veya halkaya sahip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="275"/>
        <source>{feature} repeats a vertex twice in a row.</source>
        <translation>{feature} bir köşeyi art arda iki kez tekrarlıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="294"/>
        <source>{feature} has consecutive vertices {km:.1f} km apart (more than {limit:g} km).</source>
        <translation>{feature} birbirinden {km:.1f} km uzak ardışık köşelere sahip ({limit:g} km'den fazla).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="313"/>
        <source>{feature} overlaps {other} by {m2:,.0f} m² ({ha:.4f} ha): that land would be counted twice.</source>
        <translation>{feature}, {other} ile {m2:,.0f} m² ({ha:.4f} ha) çakışıyor: bu arazi iki kez sayılırdı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="327"/>
        <source>its hazard {id}</source>
        <translation>kendi tehlikeli alanı {id}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="331"/>
        <source>every hazard area</source>
        <translation>her tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="335"/>
        <source>{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.</source>
        <translation>{feature} için {m2:,.0f} m² ({ha:.4f} ha) şunun dışında: {what}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="346"/>
        <source>Land released in {feature} adds up to {ha:,.4f} ha, more than the hazard&apos;s {hazard_ha:,.4f} ha.</source>
        <translation>{feature} içinde serbest bırakılan arazi toplam {ha:,.4f} ha ediyor; bu, tehlikeli alanın {hazard_ha:,.4f} ha değerinden fazla.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="360"/>
        <source>{feature} stores {stored:,.4f} ha; its polygon measures {computed:,.4f} ha (ellipsoidal).</source>
        <translation>{feature} {stored:,.4f} ha kaydediyor; poligonu {computed:,.4f} ha ölçüyor (elipsoidal).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="375"/>
        <source>{feature} ({category}) lies outside every clearance task and released area.</source>
        <translation>{feature} ({category}) her temizleme görevinin ve serbest bırakılan alanın dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="390"/>
        <source>{feature}: {field} {date} is in the future.</source>
        <translation>{feature}: {field} {date} gelecekte.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="395"/>
        <source>{feature}: planned end {end} is before planned start {start}.</source>
        <translation>{feature}: planlanan bitiş {end}, planlanan başlangıç {start} tarihinden önce.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="429"/>
        <source>{feature} lies outside the country but would fall inside it with x and y swapped (latitude and longitude exchanged?).</source>
        <translation>{feature} ülke dışında ama x ve y yer değiştirilirse içine düşerdi (enlem ve boylam karıştırılmış mı?).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="434"/>
        <source>{feature} lies outside the regions&apos; extent (more than {km:g} km beyond it).</source>
        <translation>{feature} ilçelerin kapsamının dışında (ondan {km:g} km'den fazla uzakta).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="446"/>
        <source>{layer} fid {fid} has no identifier.</source>
        <translation>{layer} fid {fid} tanımlayıcıya sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="451"/>
        <source>&apos;{value}&apos; is used by {n} features of {layer} (spaces and case aside).</source>
        <translation>'{value}', {layer} katmanının {n} unsuru tarafından kullanılıyor (boşluklar ve büyük/küçük harf hariç).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="458"/>
        <source>&apos;{value}&apos; has leading or trailing spaces.</source>
        <translation>'{value}' başında veya sonunda boşluk içeriyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="458"/>
        <source>&apos;{value}&apos; has leading or trailing spaces; &apos;{trimmed}&apos; is already taken, so it cannot be trimmed.</source>
        <translation>'{value}' başında veya sonunda boşluk içeriyor; '{trimmed}' zaten kullanılıyor, bu yüzden kırpılamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="475"/>
        <source>{feature}: {field} &apos;{value}&apos; is not a {parent_field} of {parent}.</source>
        <translation>{feature}: {field} '{value}', {parent} katmanının bir {parent_field} değeri değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="500"/>
        <source>{feature} is closed but stores {ha:,.4f} ha remaining.</source>
        <translation>{feature} kapalı ama {ha:,.4f} ha kalan alan kaydediyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="504"/>
        <source>{feature} is closed but {ha:,.4f} ha of it is not covered by released land.</source>
        <translation>{feature} kapalı ama {ha:,.4f} ha kısmı serbest bırakılan araziyle kaplı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="509"/>
        <source>{feature} is a CHA but no item found, accident, mapped mine, record point or minefield record in the store lies inside it.</source>
        <translation>{feature} bir CHA ama içinde depodan hiçbir bulunan unsur, kaza, haritalanmış mayın, kayıt noktası veya mayın tarlası kaydı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="66"/>
        <source>{feature}: not fixed ({n} features have that identifier).</source>
        <translation>{feature}: düzeltilmedi ({n} unsur bu tanımlayıcıya sahip).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/fixes.py" line="71"/>
        <source>{feature}: not fixed (nothing would be left of its geometry).</source>
        <translation>{feature}: düzeltilmedi (geometrisinden geriye bir şey kalmazdı).</translation>
    </message>
</context>
<context>
    <name>ValidateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="31"/>
        <source>Check store data</source>
        <translation>Depo verilerini denetle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="33"/>
        <source>Checks every layer of a project store and writes one point per finding (where the problem is: the error&apos;s place, or a point on the feature) with its severity (error or warning), layer, feature identifier, rule and message. Rules: invalid or self-intersecting geometry, missing geometry, fewer than 3 distinct vertices, duplicate consecutive vertices, vertices more than 5 km apart, released land overlapping other released land, released land outside its hazard, released area larger than its hazard, stored area_ha more than 1% off the ellipsoidal area, items found outside every task and released area, dates in the future or end before start, coordinates outside the regions&apos; extent or apparently swapped, missing, duplicate or padded identifiers, links to features that do not exist, closed hazards with area remaining, and CHAs without evidence in the store (no item found, accident, mapped mine, record point or minefield record inside them). Nothing in the store is changed.

OUTPUT: the findings. N_FINDINGS: how many.</source>
        <translation>Bir proje deposunun her katmanını denetler ve her bulgu için (sorunun olduğu yerde: hatanın yeri veya unsur üzerinde bir nokta) önem derecesi (hata veya uyarı), katman, unsur tanımlayıcısı, kural ve iletiyle bir nokta yazar. Kurallar: geçersiz veya kendisiyle kesişen geometri, eksik geometri, 3'ten az farklı köşe, yinelenen ardışık köşeler, birbirinden 5 km'den uzak köşeler, başka serbest bırakılan araziyle çakışan serbest bırakılan arazi, kendi tehlikeli alanının dışındaki serbest bırakılan arazi, tehlikeli alanından büyük serbest bırakılan alan, elipsoidal alandan yüzde 1'den fazla farklı kayıtlı area_ha, her görevin ve serbest bırakılan alanın dışında bulunan unsurlar, gelecekteki tarihler veya başlangıçtan önceki bitiş, ilçelerin kapsamı dışındaki veya yer değiştirmiş görünen koordinatlar, eksik, yinelenen veya boşluklu tanımlayıcılar, var olmayan unsurlara bağlantılar, kalan alanı olan kapalı tehlikeli alanlar ve depoda kanıtı olmayan CHA'lar (içinde hiçbir bulunan unsur, kaza, haritalanmış mayın, kayıt noktası veya mayın tarlası kaydı yok). Depoda hiçbir şey değiştirilmez.

OUTPUT: bulgular. N_FINDINGS: kaç tane olduğu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="51"/>
        <source>Findings</source>
        <translation>Bulgular</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="53"/>
        <source>Number of findings</source>
        <translation>Bulgu sayısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="54"/>
        <source>Number of errors</source>
        <translation>Hata sayısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="66"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="80"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="81"/>
        <source>{} findings, {} errors.</source>
        <translation>{} bulgu, {} hata.</translation>
    </message>
</context>
<context>
    <name>_ImportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="60"/>
        <source>File to import</source>
        <translation>İçe aktarılacak dosya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="69"/>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="78"/>
        <source>CRS of x/y columns</source>
        <translation>x/y sütunlarının KRS'si</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="79"/>
        <source>Expected UTM zone (0: no check)</source>
        <translation>Beklenen UTM dilimi (0: denetim yok)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="90"/>
        <source>Expected area</source>
        <translation>Beklenen alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="91"/>
        <source>Duplicate distance (m)</source>
        <translation>Yineleme mesafesi (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="101"/>
        <source>Column mapping</source>
        <translation>Sütun eşlemesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="102"/>
        <source>Import report</source>
        <translation>İçe aktarma raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="102"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="109"/>
        <source>Rows imported</source>
        <translation>Aktarılan satırlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="110"/>
        <source>Rows refused</source>
        <translation>Reddedilen satırlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="118"/>
        <source>Unknown CRS for x/y: {}</source>
        <translation>x/y için bilinmeyen KRS: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="148"/>
        <source>feature</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="148"/>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="150"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="152"/>
        <source>... and {0} more; see the report.</source>
        <translation>... ve {0} tane daha; rapora bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="157"/>
        <source>{0} imported, {1} refused. Report: {2}</source>
        <translation>{0} aktarıldı, {1} reddedildi. Rapor: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="178"/>
        <source>INPUT: choose the file to import.</source>
        <translation>INPUT: içe aktarılacak dosyayı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="33"/>
        <source>INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). COORDINATES: auto (the file&apos;s geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone (0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the store&apos;s districts). DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the same item. MAPPING (optional): target=column pairs separated by &apos;;&apos; where the detected columns are wrong, e.g. &apos;lat=N;lon=E;category=Type&apos;. REPORT: the CSV listing refused rows (default: beside the input).

Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); the good rows are stored in one transaction and the refused ones listed with their row number and reason. A file that is not what it claims to be changes nothing.

Outputs: IMPORTED and REJECTED (row counts), REPORT (path).</source>
        <translation>INPUT: dosya (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ veya GPX). COORDINATES: auto (dosyanın geometrisi, yoksa enlem/boylam, MGRS veya x/y sütunları), latlon, xy, mgrs veya geometry. XY_CRS: x/y sütunlarının KRS'si. UTM_ZONE: bu UTM dilimi dışındaki satırları reddet (0: denetim yok). EXTENT: bu alanın dışındaki satırları reddet (varsayılan: deponun ilçelerinin 1 km'den fazla dışındaki satırlar). DUPLICATE_M: bundan daha yakın iki konum (dosyada veya kayıtlı olanlara göre) aynı unsurdur. MAPPING (isteğe bağlı): algılanan sütunların yanlış olduğu yerlerde ';' ile ayrılmış hedef=sütun çiftleri, ör. 'lat=N;lon=E;category=Type'. REPORT: reddedilen satırları listeleyen CSV (varsayılan: girdinin yanında).

Her satır denetlenir (eksik veya sayısal olmayan koordinatlar, yer değiştirmiş enlem/boylam, beklenen alan veya UTM dilimi dışı, yinelenen konumlar, bilinmeyen kategoriler, tarihler, miktarlar, derinlikler); iyi satırlar tek bir işlemde kaydedilir ve reddedilenler satır numarası ve nedeniyle listelenir. İddia ettiği şey olmayan bir dosya hiçbir şeyi değiştirmez.

Çıktılar: IMPORTED ve REJECTED (satır sayıları), REPORT (yol).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="154"/>
        <source>{0} imported, {1} refused ({2}). Report: {3}</source>
        <translation>{0} aktarıldı, {1} reddedildi ({2}). Rapor: {3}</translation>
    </message>
</context>
</TS>
