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
        <location filename="../demining_plugin/core/records/record_layers.py" line="35"/>
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
    <name>AsOf</name>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="215"/>
        <source>{store} records its changes since {start}; what it held at {moment} cannot be rebuilt.</source>
        <translation>{store} değişikliklerini {start} tarihinden beri kaydediyor; {moment} anında tuttukları yeniden oluşturulamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="301"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="331"/>
        <source>These figures are the store&apos;s as it held them at {moment}, rebuilt from its history of changes.</source>
        <translation>Bu rakamlar, deponun {moment} anında tuttuğu rakamlardır; değişiklik geçmişinden yeniden oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/as_of.py" line="338"/>
        <source>Since {since}, {n} recorded changes moved these figures by {ha} ha and {items} items: {today_ha} ha and {today_items} items now, against {before_ha} ha and {before_items} items as the store held them then (demining:changessince lists them).</source>
        <translation>{since} tarihinden beri kaydedilen {n} değişiklik bu rakamları {ha} ha ve {items} unsur kadar değiştirdi: şimdi {today_ha} ha ve {today_items} unsur, deponun o zaman tuttuğu {before_ha} ha ve {before_items} unsura karşı (demining:changessince bunları listeler).</translation>
    </message>
</context>
<context>
    <name>BuildDemoAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="65"/>
        <source>Build demo store</source>
        <translation>Demo deposu oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="67"/>
        <source>Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a new store from a fixed random seed, on the real district boundaries shipped with QGIS (Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.

OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed (the default reproduces the published figures).</source>
        <translation>Demo senaryosunu (Karabağ çevresinde arazi serbest bırakma, Azerbaycan, 2020–2022) sabit bir rastgele tohumdan, QGIS ile gelen gerçek ilçe sınırları (Natural Earth) üzerinde yeni bir depoya yazar. Deponun yanına onu stilleriyle açan bir QGIS projesi (.qgz) yazar.

OUTPUT: yazılacak .gpkg dosyasının yolu (varsa değiştirilir). SEED: rastgele tohum (varsayılan değer yayımlanmış rakamları yeniden üretir).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="78"/>
        <source>Random seed</source>
        <translation>Rastgele tohum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>Demo store</source>
        <translation>Demo deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="81"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="84"/>
        <source>Demo project</source>
        <translation>Demo projesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="85"/>
        <source>Hectares released</source>
        <translation>Serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="86"/>
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
        <location filename="../demining_plugin/gui/capture_tool.py" line="181"/>
        <source>{id} ({what}) recorded</source>
        <translation>{id} ({what}) kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="230"/>
        <source>with warnings:</source>
        <translation>uyarılarla:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="190"/>
        <source>Recording an accident</source>
        <translation>Kaza kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="200"/>
        <source>Accident {id} recorded: {killed} killed, {injured} injured</source>
        <translation>Kaza {id} kaydedildi: {killed} ölü, {injured} yaralı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="255"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="289"/>
        <source>At the point clicked: task {task}, {district}.</source>
        <translation>Tıklanan noktada: görev {task}, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="293"/>
        <source>At the point clicked: task {task}, outside the districts.</source>
        <translation>Tıklanan noktada: görev {task}, ilçelerin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="297"/>
        <source>At the point clicked: no task, {district}.</source>
        <translation>Tıklanan noktada: görev yok, {district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="298"/>
        <source>At the point clicked: no task, outside the districts.</source>
        <translation>Tıklanan noktada: görev yok, ilçelerin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="303"/>
        <source>in task {task} ({district}).</source>
        <translation>{task} görevinde ({district}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="307"/>
        <source>in task {task}.</source>
        <translation>{task} görevinde.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="309"/>
        <source>in {district}.</source>
        <translation>{district} içinde.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="313"/>
        <source>Saving to {}</source>
        <translation>{} konumuna kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/capture_tool.py" line="316"/>
        <source>{layer} has unsaved edits. Save or discard them first, then record the point again.</source>
        <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra noktayı yeniden kaydedin.</translation>
    </message>
</context>
<context>
    <name>ChangesSinceAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="50"/>
        <source>Changes since a date</source>
        <translation>Bir tarihten beri değişiklikler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="52"/>
        <source>Why today&apos;s figures for a period differ from the figures published earlier: every released polygon, item found, route or accident added, changed or deleted after SINCE that moved the period&apos;s hectares released or items found, with who changed it, when and with which application, and the hectares and items it moved. The rows add up exactly (to the square metre) to today&apos;s figure minus the figure the store had at SINCE (demining:periodreport with AS_OF = SINCE).</source>
        <translation>Bir dönem için bugünkü rakamların daha önce yayımlanan rakamlardan neden farklı olduğu: SINCE sonrasında eklenen, değiştirilen veya silinen ve dönemin serbest bırakılan hektarlarını ya da bulunan unsurlarını değiştiren her serbest bırakılan poligon, bulunan unsur, yol veya kaza; kimin, ne zaman ve hangi uygulamayla değiştirdiği ve değiştirdiği hektar ve unsurlarla birlikte. Satırların toplamı tam olarak (metrekaresine kadar) bugünkü rakam eksi deponun SINCE anındaki rakamına eşittir (demining:periodreport, AS_OF = SINCE ile).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="61"/>
        <source>SINCE: a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS], local time unless a zone such as +04:00 or Z is given. DATE_FROM, DATE_TO: the period, YYYY-MM-DD, both inclusive (empty: all dates). OUTPUT: a table, one row per change that moved a figure (released_ha, items). MOVED_HA, MOVED_ITEMS: their sums; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: the period&apos;s figures then and now.</source>
        <translation>SINCE: bir tarih ve saat, YYYY-MM-DD (o günün sonu) veya YYYY-MM-DDTHH:MM[:SS]; +04:00 veya Z gibi bir saat dilimi verilmedikçe yerel saat. DATE_FROM, DATE_TO: dönem, YYYY-MM-DD, ikisi de dahil (boş: tüm tarihler). OUTPUT: bir rakamı değiştiren her değişiklik için bir satır içeren tablo (released_ha, items). MOVED_HA, MOVED_ITEMS: bunların toplamı; SINCE_HA, SINCE_ITEMS, TODAY_HA, TODAY_ITEMS: dönemin o zamanki ve şimdiki rakamları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="71"/>
        <source>Since (date and time)</source>
        <translation>Şu andan beri (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="72"/>
        <source>Period from (YYYY-MM-DD, inclusive)</source>
        <translation>Dönem başlangıcı (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="74"/>
        <source>Period to (YYYY-MM-DD, inclusive)</source>
        <translation>Dönem sonu (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="76"/>
        <source>Changes since</source>
        <translation>Şu tarihten beri değişiklikler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares moved</source>
        <translation>Değişen hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items moved</source>
        <translation>Değişen unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares then</source>
        <translation>O zamanki hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items then</source>
        <translation>O zamanki unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Hectares now</source>
        <translation>Şimdiki hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="78"/>
        <source>Items now</source>
        <translation>Şimdiki unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="90"/>
        <source>SINCE is needed: the date and time the figures are compared with.</source>
        <translation>SINCE gerekli: rakamların karşılaştırıldığı tarih ve saat.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/history_algorithms.py" line="97"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By severity</source>
        <translation>Önem derecesine göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By layer</source>
        <translation>Katmana göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="40"/>
        <source>By rule</source>
        <translation>Kurala göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Severity</source>
        <translation>Önem derecesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Feature</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="43"/>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="47"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="48"/>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="67"/>
        <source>Demining checks of {}</source>
        <translation>Mayın temizleme denetimleri: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="79"/>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="87"/>
        <source>Run checks</source>
        <translation>Denetimleri çalıştır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="90"/>
        <source>Check every layer of the store (geometry, released land, links, dates, identifiers); nothing is changed.</source>
        <translation>Deponun her katmanını denetle (geometri, serbest bırakılan arazi, bağlantılar, tarihler, tanımlayıcılar); hiçbir şey değiştirilmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="94"/>
        <source>Fix selected</source>
        <translation>Seçilenleri düzelt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="96"/>
        <source>Apply the safe fix of the selected findings (or of all findings of a selected group) in one step; Undo Last Release takes it back.</source>
        <translation>Seçilen bulguların (veya seçilen bir grubun tüm bulgularının) güvenli düzeltmesini tek adımda uygula; Son Serbest Bırakmayı Geri Al bunu geri alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="281"/>
        <source>Run the checks to list problems in the store.</source>
        <translation>Depodaki sorunları listelemek için denetimleri çalıştırın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="134"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="141"/>
        <source>Checking {}…</source>
        <translation>{} denetleniyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="155"/>
        <source>The checks failed: {}</source>
        <translation>Denetimler başarısız oldu: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="158"/>
        <source>Checks cancelled.</source>
        <translation>Denetimler iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="167"/>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="169"/>
        <source>{n} findings: {e} errors, {w} warnings; {f} with a safe fix.</source>
        <translation>{n} bulgu: {e} hata, {w} uyarı; {f} tanesinin güvenli düzeltmesi var.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="197"/>
        <source>Safe fix: {}</source>
        <translation>Güvenli düzeltme: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="233"/>
        <source>{} has no place on the map.</source>
        <translation>{} haritada bir yere sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="244"/>
        <source>Cannot show {} on this map: {}</source>
        <translation>{} bu haritada gösterilemiyor: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="256"/>
        <source>Select findings that have a safe fix.</source>
        <translation>Güvenli düzeltmesi olan bulguları seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="259"/>
        <source>Fixing {} findings</source>
        <translation>{} bulgu düzeltiliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="264"/>
        <source>Nothing to fix.</source>
        <translation>Düzeltilecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/checks_dock.py" line="268"/>
        <source>Fixed {n} findings ({rules})</source>
        <translation>{n} bulgu düzeltildi ({rules})</translation>
    </message>
</context>
<context>
    <name>ClearanceDock</name>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Released</source>
        <translation>Serbest bırakılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="89"/>
        <source>Clearance</source>
        <translation>Temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw released land</source>
        <translation>Serbest bırakılan araziyi çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="96"/>
        <source>Draw the land released on the map (snapping applies); right click or Enter finishes, Ctrl+Z undoes the last release.</source>
        <translation>Serbest bırakılan araziyi haritada çizin (yakalama uygulanır); sağ tık veya Enter bitirir, Ctrl+Z son serbest bırakmayı geri alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Mark selected tasks released…</source>
        <translation>Seçili görevleri serbest bırakıldı olarak işaretle…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="101"/>
        <source>Record the selected tasks or sectors as released land.</source>
        <translation>Seçili görevleri veya sektörleri serbest bırakılan arazi olarak kaydet.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide into sectors…</source>
        <translation>Sektörlere böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="105"/>
        <source>Divide the selected task into numbered sectors.</source>
        <translation>Seçili görevi numaralı sektörlere böl.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Undo last release</source>
        <translation>Son serbest bırakmayı geri al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="109"/>
        <source>Take back the last release or sector division, all of it.</source>
        <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="125"/>
        <source>Planned hectares</source>
        <translation>Planlanan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="126"/>
        <source>Hectares released in the task</source>
        <translation>Görevde serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="197"/>
        <source>No store open.</source>
        <translation>Açık depo yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="199"/>
        <source>More than {n} tasks in view: zoom in to list them.</source>
        <translation>Harita görünümünde {n} görevden fazla var: listelemek için yakınlaştırın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="203"/>
        <source>{n} tasks in the map view</source>
        <translation>Harita görünümündeki görevler: {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="245"/>
        <source>Select one task to divide (in this list or on the map).</source>
        <translation>Bölmek için bir görev seçin (bu listede veya haritada).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="84"/>
        <source>Hazard rank</source>
        <translation>Tehlike sırası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/clearance_dock.py" line="127"/>
        <source>Rank of the task&apos;s hazard in the hazard priorities layer of the project (demining:priorities); click to sort the tasks by it</source>
        <translation>Görevin tehlikeli alanının projenin tehlike öncelikleri katmanındaki sırası (demining:priorities); görevleri buna göre sıralamak için tıklayın</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source>{0} completion report(s), {1}{2}</source>
        <translation>{0} tamamlama raporu, {1}{2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="46"/>
        <source> with handover certificates</source>
        <translation> teslim belgeleriyle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/export.py" line="53"/>
        <source>Completion reports cancelled.</source>
        <translation>Tamamlama raporları iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="85"/>
        <source>The layout template {0} is missing from the plugin.</source>
        <translation>{0} yerleşim şablonu eklentide yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="100"/>
        <source>Task outline</source>
        <translation>Görev sınırı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="102"/>
        <source>Land handed over</source>
        <translation>Teslim edilen arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="105"/>
        <source>Turning points</source>
        <translation>Dönüş noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="106"/>
        <source>Corners</source>
        <translation>Köşeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="168"/>
        <source>The layout template {0} cannot be read.</source>
        <translation>{0} yerleşim şablonu okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="169"/>
        <source>Completion report</source>
        <translation>Tamamlama raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="175"/>
        <source>The layout template has no item &apos;{0}&apos;.</source>
        <translation>Yerleşim şablonunda '{0}' öğesi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="340"/>
        <source>BM</source>
        <translation>BM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="253"/>
        <source>Hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Disposition</source>
        <translation>İmha şekli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="256"/>
        <source>Qty</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspection</source>
        <translation>Teftiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Inspected by</source>
        <translation>Teftiş eden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Items</source>
        <translation>Unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="259"/>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="314"/>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="317"/>
        <source>… {0} more rows</source>
        <translation>… {0} satır daha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Easting</source>
        <translation>Doğu (E)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Northing</source>
        <translation>Kuzey (N)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/layout.py" line="344"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="53"/>
        <source>OUTPUT must be a .gpkg or .geojson file, not {0}.</source>
        <translation>OUTPUT bir .gpkg veya .geojson dosyası olmalı, {0} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="56"/>
        <source>Folder {0} does not exist.</source>
        <translation>{0} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="80"/>
        <source>Not handed over or without released land, no parcel: {0}</source>
        <translation>Teslim edilmemiş veya serbest bırakılan arazisi yok, parsel yok: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="83"/>
        <source>None of the chosen tasks was handed over with released land ({0}); nothing was written.</source>
        <translation>Seçilen görevlerin hiçbiri serbest bırakılan araziyle teslim edilmedi ({0}); hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/parcels.py" line="97"/>
        <source>Writing {0} failed: {1}</source>
        <translation>{0} yazılamadı: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>Completion report {0}</source>
        <translation>Tamamlama raporu {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="48"/>
        <source>IMAS 08.30 completion of a land release task</source>
        <translation>Arazi serbest bırakma görevinin tamamlanması, IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="60"/>
        <source>{0} {1} ({2}, {3})</source>
        <translation>{0} {1} ({2}, {3})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="64"/>
        <source>{0} · {1} · status {2}</source>
        <translation>{0} · {1} · durum: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="66"/>
        <source>Hazard</source>
        <translation>Tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="67"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="68"/>
        <source>Organisation and team</source>
        <translation>Kuruluş ve ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="70"/>
        <source>planned {0} to {1}; land released {2} to {3}; completed {4}; handed over {5}</source>
        <translation>plan: {0} - {1}; arazi serbest bırakıldı: {2} - {3}; tamamlandı: {4}; teslim edildi: {5}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="79"/>
        <source>WARNING: printed with unresolved checks</source>
        <translation>UYARI: çözülmemiş denetimlerle yazdırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="86"/>
        <source>Grid: {0}, grid north up. Released land hatched by method; the task outline and its numbered turning points in bold; BM: benchmark.</source>
        <translation>Grid: {0}, grid kuzeyi yukarıda. Serbest bırakılan arazi yönteme göre taranmıştır; görev sınırı ve numaralı dönüş noktaları kalın; BM: röper.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="94"/>
        <source>Total (counted once)</source>
        <translation>Toplam (bir kez sayılarak)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="106"/>
        <source>QA visit</source>
        <translation>KG ziyareti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="107"/>
        <source>QC sample</source>
        <translation>KK örneklemesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="123"/>
        <source>{0} ({1:,} in total)</source>
        <translation>{0} (toplam {1:,})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="128"/>
        <source>none recorded in the hazard during the task</source>
        <translation>görev sırasında tehlikeli alanda kayıt yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>{0} on {1}: {2} killed, {3} injured ({4}, {5})</source>
        <translation>{0}, {1}: {2} ölü, {3} yaralı ({4}, {5})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>civilian</source>
        <translation>sivil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="129"/>
        <source>not civilian</source>
        <translation>sivil değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="138"/>
        <source>not recorded</source>
        <translation>kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>Hectares released</source>
        <translation>Serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="146"/>
        <source>{0:,.2f} ha, every square metre counted once (true areas on the WGS 84 ellipsoid)</source>
        <translation>{0:,.2f} ha, her metrekare bir kez sayılarak (WGS 84 elipsoidinde gerçek alanlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="149"/>
        <source>Clearance depth</source>
        <translation>Temizleme derinliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="150"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="151"/>
        <source>Accidents during the task</source>
        <translation>Görev sırasındaki kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>Hazard remaining</source>
        <translation>Tehlikeli alanın kalanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="152"/>
        <source>{0} of hazard {1} not yet released</source>
        <translation>{1} tehlikeli alanının {0} kısmı henüz serbest bırakılmadı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>Beneficiaries</source>
        <translation>Yararlanıcılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="154"/>
        <source>women {0}, men {1}, girls {2}, boys {3} ({4} in total)</source>
        <translation>kadın {0}, erkek {1}, kız çocuk {2}, erkek çocuk {3} (toplam {4})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="157"/>
        <source>Land use after release</source>
        <translation>Serbest bırakma sonrası arazi kullanımı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="163"/>
        <source>Printed {0} from store {1}.</source>
        <translation>{0} tarihinde {1} deposundan yazdırıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Land handover certificate</source>
        <translation>Arazi teslim belgesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="170"/>
        <source>Task {0} · IMAS 08.30</source>
        <translation>Görev {0} · IMAS 08.30</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="180"/>
        <source>{0} on {1}, {2}: {3}</source>
        <translation>{0}, {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="184"/>
        <source>The land shown below, {0:,.2f} ha (true area on the WGS 84 ellipsoid), released by task {1} in hazard {2}, district {3}, by {4} ({5}), is handed over on {6} to {7} for use as {8}.</source>
        <translation>{3} ilçesinde, {2} tehlikeli alanında {1} göreviyle {4} ({5}) tarafından serbest bırakılan, aşağıda gösterilen {0:,.2f} ha (WGS 84 elipsoidinde gerçek alan) arazi, {8} amacıyla kullanılmak üzere {6} tarihinde {7} tarafına teslim edilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="192"/>
        <source>Released by method</source>
        <translation>Yönteme göre serbest bırakılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="193"/>
        <source>Completed on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="194"/>
        <source>Last inspection</source>
        <translation>Son teftiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="199"/>
        <source>The land was released with all reasonable effort, to the standards in force. No land can be declared free of every explosive item: anyone who finds a suspicious object must not touch it, must mark the place and must report it to the national mine action authority at once.</source>
        <translation>Arazi, yürürlükteki standartlara uygun olarak makul tüm çaba gösterilerek serbest bırakılmıştır. Hiçbir arazi her türlü patlayıcı unsurdan arındırılmış ilan edilemez: şüpheli bir nesne bulan herkes ona dokunmamalı, yeri işaretlemeli ve derhal ulusal mayın faaliyetleri otoritesine bildirmelidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="207"/>
        <source>Residual risk</source>
        <translation>Artık risk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="213"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="214"/>
        <source>Position:</source>
        <translation>Unvan:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="215"/>
        <source>Signature:</source>
        <translation>İmza:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="216"/>
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="217"/>
        <source>Stamp</source>
        <translation>Mühür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Releasing organisation</source>
        <translation>Araziyi serbest bırakan kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>National mine action authority</source>
        <translation>Ulusal mayın faaliyetleri otoritesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/completion/texts.py" line="222"/>
        <source>Recipient (local authority or land user)</source>
        <translation>Teslim alan (yerel yönetim veya arazi kullanıcısı)</translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="23"/>
        <source>Completion reports: {0} task(s)</source>
        <translation>Tamamlama raporları: {0} görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="28"/>
        <source>Print Completion Report…</source>
        <translation>Tamamlama Raporu Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="30"/>
        <source>Choose where to write the completion reports.</source>
        <translation>Tamamlama raporlarının nereye yazılacağını seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="31"/>
        <source>Printing {0} completion report(s) to {1}</source>
        <translation>{0} tamamlama raporu {1} konumuna yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="32"/>
        <source>{0} completion report page(s) written to {1}</source>
        <translation>{0} tamamlama raporu sayfası {1} konumuna yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="33"/>
        <source>Printing completion reports</source>
        <translation>Tamamlama raporları yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="34"/>
        <source>Completion reports cancelled.</source>
        <translation>Tamamlama raporları iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_controller.py" line="52"/>
        <source>Printing with {0} warning(s) on the pages: {1}</source>
        <translation>Sayfalarda {0} uyarıyla yazdırılıyor: {1}</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="23"/>
        <source>Print Completion Report</source>
        <translation>Tamamlama Raporu Yazdır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="33"/>
        <source>Add the handover certificate (second page)</source>
        <translation>Teslim belgesini ekle (ikinci sayfa)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="35"/>
        <source>Certificate</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/completion_dialog.py" line="36"/>
        <source>Print PDF</source>
        <translation>PDF Yazdır</translation>
    </message>
</context>
<context>
    <name>CompletionReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="21"/>
        <source>Completion reports and handover certificates (PDF)</source>
        <translation>Tamamlama raporları ve teslim belgeleri (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="23"/>
        <source>Prints, per clearance task, a completion report (IMAS 08.30): the task, its hazard, district, organisation, team and dates; a map of the released land hatched by method over the hazard; the benchmark and turning points (easting, northing, latitude, longitude, MGRS); hectares by method and technique (true WGS 84 areas, every square metre once); clearance depth; items found by category and model with their disposition; accidents during the task; the inspections (IMAS 09.20) and their results; the hazard&apos;s remaining area. With HANDOVER, a second page: the handover certificate (the land handed over on a map, its area and corner coordinates, the recipient and land use, the residual risk and signature blocks for the releasing organisation, the national authority and the recipient).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 or A3. A task the handover checks find fault with (handed over but not completed, completed with hazard land left, handed over without a passed inspection, a failed inspection with no later pass) is printed with the warning on its pages.

OUTPUT: a .pdf file, or a folder for one PDF per task (completion_&lt;task id&gt;.pdf). PAGES: pages written; WARNINGS: the number of warnings printed.</source>
        <translation>Her temizleme görevi için bir tamamlama raporu (IMAS 08.30) yazdırır: görev, tehlikeli alanı, ilçesi, kuruluşu, ekibi ve tarihleri; tehlikeli alanın üzerinde yönteme göre taranmış serbest bırakılan arazinin haritası; röper ve dönüş noktaları (doğu, kuzey, enlem, boylam, MGRS); yöntem ve tekniğe göre hektarlar (WGS 84 üzerinde gerçek alanlar, her metrekare bir kez); temizleme derinliği; kategori ve modele göre bulunan unsurlar ve imha şekilleri; görev sırasındaki kazalar; teftişler (IMAS 09.20) ve sonuçları; tehlikeli alanın kalan alanı. HANDOVER ile ikinci bir sayfa: teslim belgesi (haritada teslim edilen arazi, alanı ve köşe koordinatları, teslim alan ve arazi kullanımı, artık risk ve araziyi serbest bırakan kuruluş, ulusal otorite ve teslim alan için imza blokları).

TASK_IDS: virgülle ayrılmış görev kimlikleri (ör. T-0001, T-0002); veya EXPRESSION: clearance_tasks üzerinde bir filtre (ör. &quot;handed_over_on&quot; IS NOT NULL). PAPER: A4 veya A3. Teslim denetimlerinin kusur bulduğu bir görev (teslim edilmiş ama tamamlanmamış, tehlikeli arazi kalmışken tamamlanmış, başarılı bir teftiş olmadan teslim edilmiş, sonrasında başarılı teftiş olmayan başarısız bir teftiş) sayfalarında uyarıyla yazdırılır.

OUTPUT: bir .pdf dosyası veya görev başına bir PDF için bir klasör (completion_&lt;task id&gt;.pdf). PAGES: yazılan sayfalar; WARNINGS: yazdırılan uyarı sayısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="43"/>
        <source>Add the handover certificate</source>
        <translation>Teslim belgesini ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="46"/>
        <source>Warnings printed</source>
        <translation>Yazdırılan uyarılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="58"/>
        <source>Printed with a warning: {0}</source>
        <translation>Uyarıyla yazdırıldı: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="59"/>
        <source>{0} page(s): {1}</source>
        <translation>{0} sayfa: {1}</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="216"/>
        <source>Saving styles in {store_name} failed: {error}</source>
        <translation>{store_name} içine stilleri kaydetme başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/copy.py" line="59"/>
        <source>The copy must go to another store than its source.</source>
        <translation>Kopya, kaynağından başka bir depoya gitmeli.</translation>
    </message>
</context>
<context>
    <name>CopyStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="105"/>
        <source>Copy project store</source>
        <translation>Proje deposunu kopyala</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="124"/>
        <source>Copy to (.gpkg path or PostGIS location)</source>
        <translation>Kopyalanacak yer (.gpkg yolu veya PostGIS konumu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="125"/>
        <source>Replace an existing target</source>
        <translation>Mevcut hedefi değiştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="126"/>
        <source>Copy</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="127"/>
        <source>Features copied</source>
        <translation>Kopyalanan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="128"/>
        <source>Styles copied</source>
        <translation>Kopyalanan stiller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="138"/>
        <source>TARGET is empty: give a .gpkg path or a PostGIS location.</source>
        <translation>TARGET boş: bir .gpkg yolu veya PostGIS konumu verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="107"/>
        <source>Copies a whole project store into a new store, GeoPackage to PostGIS or back, without loss: every feature of every layer with its identifier, attributes and geometry, the styles and forms saved in the store, its metadata (data model version, CRS, creation facts), its history of changes (demining_history: the copy rebuilds the same figures as of any moment) and its submissions, pending and decided (demining_submissions). The features are written in one transaction; a failed copy leaves no target.</source>
        <translation>Bir proje deposunun tamamını, GeoPackage ile PostGIS arasında her iki yönde, kayıpsız olarak yeni bir depoya kopyalar: her katmanın her unsuru tanımlayıcısı, öznitelikleri ve geometrisiyle, depoda kayıtlı stiller ve formlar, deponun üst verileri (veri modeli sürümü, CRS, oluşturma bilgileri), değişiklik geçmişi (demining_history: kopya, herhangi bir an itibarıyla aynı rakamları yeniden oluşturur) ve bekleyen ve karara bağlanmış gönderimleri (demining_submissions). Unsurlar tek bir işlemde yazılır; başarısız bir kopyalama geride hedef bırakmaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="116"/>
        <source>TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied), STYLES (saved styles copied), HISTORY (history rows copied) and SUBMISSIONS (submissions copied).</source>
        <translation>TARGET: kopyanın gideceği yer, bir .gpkg yolu veya aynı biçimde yazılmış bir PostGIS konumu. OVERWRITE: mevcut bir hedef dosyayı veya şemayı değiştir. Çıktılar: FEATURES (kopyalanan unsurlar), STYLES (kopyalanan kayıtlı stiller), HISTORY (kopyalanan geçmiş satırları) ve SUBMISSIONS (kopyalanan gönderimler).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="129"/>
        <source>History rows copied</source>
        <translation>Kopyalanan geçmiş satırları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="130"/>
        <source>Submissions copied</source>
        <translation>Kopyalanan gönderimler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="141"/>
        <source>Copied {features} features, {styles} styles, {history} history rows and {submissions} submissions into {target}.</source>
        <translation>{features} unsur, {styles} stil, {history} geçmiş satırı ve {submissions} gönderim {target} deposuna kopyalandı.</translation>
    </message>
</context>
<context>
    <name>CreateStoreAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="23"/>
        <source>Create project store</source>
        <translation>Proje deposu oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="41"/>
        <source>Layer CRS</source>
        <translation>Katman KRS'si</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="42"/>
        <source>Replace an existing file</source>
        <translation>Var olan dosyayı değiştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>Store</source>
        <translation>Depo</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="43"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="44"/>
        <source>Data model version</source>
        <translation>Veri modeli sürümü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="51"/>
        <source>Unknown coordinate reference system: {}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="58"/>
        <source>Created store {} ({})</source>
        <translation>{} deposu oluşturuldu ({})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="25"/>
        <source>Creates an empty Demining project store: a GeoPackage holding every layer of the data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents), each with its default style (IMAS 07.11 colours) and attribute form saved in the file.

OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers (default EPSG:4326). An existing file is replaced only when OVERWRITE is set.

OUTPUT may also be a PostGIS location (pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): the store is then made as that schema of the database, with the same layers, an edit history kept by triggers, and styles and forms saved in the database&apos;s layer_styles table.</source>
        <translation>Boş bir Demining proje deposu oluşturur: veri modelinin her katmanını (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, mapped_mines, record_points, detections, cleared_routes, accidents) tutan, her birinin varsayılan stili (IMAS 07.11 renkleri) ve öznitelik formu dosyada kayıtlı bir GeoPackage.

OUTPUT: yeni .gpkg dosyasının yolu. CRS: katmanların koordinat referans sistemi (varsayılan EPSG:4326). Mevcut bir dosya yalnızca OVERWRITE ayarlandığında değiştirilir.

OUTPUT bir PostGIS konumu da olabilir (pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt; veya postgresql://&lt;user&gt;@&lt;host&gt;/&lt;database&gt;?schema=&lt;schema&gt;): depo bu durumda veritabanının o şeması olarak, aynı katmanlarla, tetikleyicilerin tuttuğu bir düzenleme geçmişiyle ve veritabanının layer_styles tablosunda kayıtlı stiller ve formlarla oluşturulur.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="45"/>
        <source>Connect without a password in the location: a PostgreSQL connection saved in QGIS (pg:connection=&apos;&lt;name&gt;&apos; schema=&lt;schema&gt;), or a pg_service.conf service (pg:service=&lt;name&gt; schema=&lt;schema&gt;) with the password in ~/.pgpass.</source>
        <translation>Konumun içinde parola olmadan bağlanın: QGIS'te kayıtlı bir PostgreSQL bağlantısı (pg:connection='&lt;name&gt;' schema=&lt;schema&gt;) veya parolası ~/.pgpass dosyasında olan bir pg_service.conf hizmeti (pg:service=&lt;name&gt; schema=&lt;schema&gt;).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="113"/>
        <source>{reason} A password is never written into a project, a layer or a log, so this location cannot be used. {ways} Or enter QGIS&apos;s master password first (the desktop asks for it when a store is opened; qgis_process reads it from the file named by QGIS_AUTH_PASSWORD_FILE), and the password then goes into QGIS&apos;s authentication database.</source>
        <translation>{reason} Parola hiçbir zaman bir projeye, katmana veya günlüğe yazılmaz, bu nedenle bu konum kullanılamaz. {ways} Ya da önce QGIS'in ana parolasını girin (QGIS masaüstü bir depo açılırken onu sorar; qgis_process onu QGIS_AUTH_PASSWORD_FILE ile belirtilen dosyadan okur); parola bu durumda QGIS'in kimlik doğrulama veritabanına aktarılır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="142"/>
        <source>QGIS&apos;s authentication database is not available ({reason}). {ways}</source>
        <translation>QGIS'in kimlik doğrulama veritabanı kullanılamıyor ({reason}). {ways}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="171"/>
        <source>The PostGIS location holds a password, and QGIS&apos;s master password has not been entered in this session.</source>
        <translation>PostGIS konumu bir parola içeriyor ve QGIS'in ana parolası bu oturumda girilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="184"/>
        <source>QGIS&apos;s authentication database did not take the password.</source>
        <translation>QGIS'in kimlik doğrulama veritabanı parolayı kabul etmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="195"/>
        <source>The store&apos;s user name and password are kept in QGIS&apos;s authentication database (configuration {authcfg}), and QGIS&apos;s master password has not been entered in this session: open the store in the QGIS desktop, which asks for it, or give qgis_process the file named by QGIS_AUTH_PASSWORD_FILE.</source>
        <translation>Deponun kullanıcı adı ve parolası QGIS'in kimlik doğrulama veritabanında tutuluyor ({authcfg} yapılandırması) ve QGIS'in ana parolası bu oturumda girilmedi: depoyu ana parolayı soran QGIS masaüstünde açın veya qgis_process'e QGIS_AUTH_PASSWORD_FILE ile belirtilen dosyayı verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/credentials.py" line="203"/>
        <source>QGIS&apos;s authentication database has no configuration {authcfg} (the store&apos;s user name and password): add it again in Settings &gt; Options &gt; Authentication, or open the store with its password typed once more.</source>
        <translation>QGIS'in kimlik doğrulama veritabanında {authcfg} yapılandırması (deponun kullanıcı adı ve parolası) yok: onu Ayarlar &gt; Seçenekler &gt; Kimlik Doğrulama bölümünde yeniden ekleyin veya parolayı bir kez daha yazarak depoyu açın.</translation>
    </message>
</context>
<context>
    <name>DeminingAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="17"/>
        <source>Land release</source>
        <translation>Arazi serbest bırakma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="16"/>
        <source>Project store</source>
        <translation>Proje deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="18"/>
        <source>Totals and reports</source>
        <translation>Toplamlar ve raporlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="20"/>
        <source>Mine maps</source>
        <translation>Mayın haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="21"/>
        <source>Field maps</source>
        <translation>Saha haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="19"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/base.py" line="22"/>
        <source>Completion and handover</source>
        <translation>Tamamlama ve teslim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="30"/>
        <source>Planning</source>
        <translation>Planlama</translation>
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
        <location filename="../demining_plugin/gui/dock.py" line="270"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="271"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="280"/>
        <source>All dates, saved data.</source>
        <translation>Tüm tarihler, kaydedilmiş veriler.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cleared</source>
        <translation>Temizlenen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Reduced</source>
        <translation>Azaltılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="285"/>
        <source>Cancelled</source>
        <translation>İptal edilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AP mines</source>
        <translation>AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AT mines</source>
        <translation>AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>UXO</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="289"/>
        <source>AXO</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>IEDs</source>
        <translation>EYP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Submunitions</source>
        <translation>Alt mühimmatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/dock.py" line="290"/>
        <source>Other items</source>
        <translation>Diğer unsurlar</translation>
    </message>
</context>
<context>
    <name>DeminingPlugin</name>
    <message>
        <location filename="../demining_plugin/plugin.py" line="88"/>
        <source>Demining Panel</source>
        <translation>Mayın Temizleme Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="118"/>
        <source>Show or hide the Demining panel</source>
        <translation>Mayın temizleme panelini göster veya gizle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="89"/>
        <source>New Store…</source>
        <translation>Yeni Depo…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="119"/>
        <source>Create an empty Demining store and add it to the project</source>
        <translation>Boş bir Demining deposu oluştur ve projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="90"/>
        <source>Open Store…</source>
        <translation>Depo Aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="120"/>
        <source>Add the layers of an existing Demining store to the project</source>
        <translation>Var olan bir Demining deposunun katmanlarını projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="91"/>
        <source>Load Demo</source>
        <translation>Demoyu Yükle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="121"/>
        <source>Open the demo scenario, building it first if needed</source>
        <translation>Demo senaryosunu aç, gerekirse önce oluştur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="92"/>
        <source>Clearance Panel</source>
        <translation>Temizleme Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="122"/>
        <source>Show or hide the Clearance panel (tasks in view, release tools)</source>
        <translation>Temizleme panelini göster veya gizle (görünümdeki görevler, serbest bırakma araçları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="93"/>
        <source>Draw Released Land</source>
        <translation>Serbest Bırakılan Araziyi Çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="124"/>
        <source>Draw land released on the map; it is clipped to the hazard areas and never counted twice</source>
        <translation>Serbest bırakılan araziyi haritada çiz; tehlikeli alanlara göre kırpılır ve asla iki kez sayılmaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="94"/>
        <source>Mark Selected Tasks Released…</source>
        <translation>Seçili Görevleri Serbest Bırakıldı Olarak İşaretle…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="126"/>
        <source>Record the selected tasks or sectors as released</source>
        <translation>Seçili görevleri veya sektörleri serbest bırakıldı olarak kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="95"/>
        <source>Divide into Sectors…</source>
        <translation>Sektörlere Böl…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="127"/>
        <source>Divide the selected task into numbered sectors</source>
        <translation>Seçili görevi numaralı sektörlere böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="96"/>
        <source>Undo Last Release</source>
        <translation>Son Serbest Bırakmayı Geri Al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="128"/>
        <source>Take back the whole of the last release or sector division</source>
        <translation>Son serbest bırakmayı veya sektörlere bölmeyi tamamen geri al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="97"/>
        <source>Clearance Totals</source>
        <translation>Temizleme Toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="129"/>
        <source>Show or hide the Clearance totals dashboard (hectares, items, routes, accidents by district, method, team or period)</source>
        <translation>Temizleme toplamları panosunu göster veya gizle (ilçe, yöntem, ekip veya döneme göre hektarlar, unsurlar, yollar, kazalar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="98"/>
        <source>Period Report…</source>
        <translation>Dönem Raporu…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="131"/>
        <source>Write the period report of the store (sentences and table) as .md, .html or .txt</source>
        <translation>Deponun dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="256"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="257"/>
        <source>&amp;Demining</source>
        <translation>&amp;Mayın Temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="101"/>
        <source>Open PostGIS Store…</source>
        <translation>PostGIS Deposunu Aç…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="138"/>
        <source>Add the layers of a Demining store kept in a PostGIS database to the project</source>
        <translation>PostGIS veritabanında tutulan bir Demining deposunun katmanlarını projeye ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="102"/>
        <source>Feature History…</source>
        <translation>Unsur Geçmişi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="140"/>
        <source>Who changed the selected feature, what and when (PostGIS stores)</source>
        <translation>Seçili unsuru kimin, neyi ve ne zaman değiştirdiği (PostGIS depoları)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="106"/>
        <source>Import Mine Map…</source>
        <translation>Mayın Haritası İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="147"/>
        <source>Import a supplied mine map (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</source>
        <translation>Teslim alınan bir mayın haritasını içe aktar (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ, GPX)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="107"/>
        <source>Import Items Found…</source>
        <translation>Bulunan Unsurları İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="149"/>
        <source>Import items found from a team&apos;s file</source>
        <translation>Bir ekibin dosyasından bulunan unsurları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="108"/>
        <source>Import Accidents…</source>
        <translation>Kazaları İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="150"/>
        <source>Import mine and UXO accidents from a file</source>
        <translation>Mayın ve UXO kazalarını bir dosyadan içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="109"/>
        <source>Print Field Map…</source>
        <translation>Saha Haritası Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="151"/>
        <source>Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one in the Layout Designer</source>
        <translation>Seçili görevlerin (veya bir ifadeye uyan görevlerin) saha haritalarını PDF'ye yazdır ya da birini Yerleşim Tasarımcısında aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="99"/>
        <source>Minefield Record Traverse…</source>
        <translation>Mayın Tarlası Kaydı Poligon Geçkisi…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="133"/>
        <source>Show or hide the traverse entry panel: a paper minefield record&apos;s turning points as bearing and distance, previewed on the map and saved as a minefield record</source>
        <translation>Geçki giriş panelini göster veya gizle: kâğıt bir mayın tarlası kaydının dönüş noktaları, semt açısı ve mesafe olarak, haritada önizlenir ve mayın tarlası kaydı olarak kaydedilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="100"/>
        <source>Mine Maps</source>
        <translation>Mayın Haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="136"/>
        <source>Show or hide the Mine maps panel (how accurate each supplied minefield record is)</source>
        <translation>Mayın haritaları panelini göster veya gizle (teslim alınan her mayın tarlası kaydının ne kadar doğru olduğu)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="113"/>
        <source>Data Checks</source>
        <translation>Veri Denetimleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="161"/>
        <source>Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)</source>
        <translation>Denetimler panelini göster veya gizle (bozuk geometri, iki kez sayılan arazi, sahipsiz bağlantılar, ...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="103"/>
        <source>Items Found Panel</source>
        <translation>Bulunan Unsurlar Paneli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="142"/>
        <source>Show or hide the Items found panel (latest items, filters, counts by category)</source>
        <translation>Bulunan unsurlar panelini göster veya gizle (son unsurlar, filtreler, kategoriye göre sayılar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="104"/>
        <source>Record Item Found</source>
        <translation>Bulunan Unsuru Kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="144"/>
        <source>Click on the map where an item was found; task and district are filled in from the point</source>
        <translation>Haritada bir unsurun bulunduğu yere tıklayın; görev ve ilçe noktadan doldurulur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="105"/>
        <source>Record Accident</source>
        <translation>Kazayı Kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="146"/>
        <source>Click on the map where a mine accident happened</source>
        <translation>Haritada bir mayın kazasının olduğu yere tıklayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="111"/>
        <source>Package for the Field…</source>
        <translation>Saha İçin Paketle…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="156"/>
        <source>Package the selected tasks for a team&apos;s tablet (QField): a project with the context around them and forms for items found, released land and the daily log</source>
        <translation>Seçili görevleri bir ekibin tableti için paketle (QField): çevrelerindeki bağlamla bir proje ve bulunan unsurlar, serbest bırakılan arazi ve günlük kayıt için formlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="112"/>
        <source>Merge Field Results…</source>
        <translation>Saha Sonuçlarını Birleştir…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="159"/>
        <source>Merge what a team brought back in a field package (folder or .zip): shown before it is stored, by the desktop&apos;s rules</source>
        <translation>Bir ekibin saha paketinde (klasör veya .zip) getirdiklerini birleştir: kaydedilmeden önce, masaüstü kurallarıyla gösterilir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="110"/>
        <source>Print Completion Report…</source>
        <translation>Tamamlama Raporu Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="114"/>
        <source>Review Submissions</source>
        <translation>Gönderimleri İncele</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="153"/>
        <source>Print the completion report and handover certificate of the selected tasks (IMAS 08.30) to PDF, with the handover checks&apos; warnings</source>
        <translation>Seçili görevlerin tamamlama raporunu ve teslim belgesini (IMAS 08.30) teslim denetimlerinin uyarılarıyla PDF'ye yazdır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/plugin.py" line="163"/>
        <source>Show or hide the Review panel: imports, releases and field merges submitted for review, to approve or reject</source>
        <translation>İnceleme panelini göster veya gizle: onaylamak veya reddetmek için incelemeye gönderilen içe aktarmalar, serbest bırakmalar ve saha birleştirmeleri</translation>
    </message>
</context>
<context>
    <name>DeminingTasks</name>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="129"/>
        <source>Demining figures of {}</source>
        <translation>{} için Demining rakamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/tasks.py" line="152"/>
        <source>Building the Demining demo</source>
        <translation>Demining demosu oluşturuluyor</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../demining_plugin/demo/scenario.py" line="47"/>
        <source>Demo scenario file {path} is missing from the plugin.</source>
        <translation>{path} demo senaryo dosyası eklentide yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="102"/>
        <source>Building the demo store was cancelled.</source>
        <translation>Demo deposunun oluşturulması iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="35"/>
        <source>District boundaries not found: {path} (layer {layer}).</source>
        <translation>İlçe sınırları bulunamadı: {path} ({layer} katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="57"/>
        <source>Districts not found in {path_name}: {missing}</source>
        <translation>{path_name} içinde ilçeler bulunamadı: {missing}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="99"/>
        <source>Could not lay out enough hazard areas in {name}.</source>
        <translation>{name} içinde yeterli tehlikeli alan yerleştirilemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/land.py" line="225"/>
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
        <location filename="../demining_plugin/demo/generator.py" line="348"/>
        <source>Cannot write the demo project {project_path}: {error}</source>
        <translation>{project_path} demo projesi yazılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/generator.py" line="365"/>
        <source>The demo store must be a .gpkg file: {target}</source>
        <translation>Demo deposu bir .gpkg dosyası olmalı: {target}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/demo/planning.py" line="79"/>
        <source>Not enough free land in {name} for the suspected land of the demo.</source>
        <translation>{name} içinde demonun şüpheli arazisi için yeterli boş arazi yok.</translation>
    </message>
</context>
<context>
    <name>ExportHandoverAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="66"/>
        <source>Export handed-over land (parcels)</source>
        <translation>Teslim edilen araziyi dışa aktar (parseller)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="68"/>
        <source>Writes the land handed over, for a cadastre or land registry: one parcel per chosen task that has a handover date (its released land as one polygon, in WGS 84) with task, hazard, district, organisation, team, area_ha (true WGS 84 area, counted once), completion and handover dates, recipient, land use after release, beneficiaries and residual risk. Chosen tasks not handed over are listed in the log.

TASK_IDS or EXPRESSION choose the tasks. OUTPUT: a .gpkg or .geojson file. PARCELS: parcels written; AREA_HA: their total area.</source>
        <translation>Teslim edilen araziyi bir kadastro veya tapu sicili için yazar: teslim tarihi olan her seçili görev için bir parsel (serbest bırakılan arazisi tek bir poligon olarak, WGS 84'te); görev, tehlikeli alan, ilçe, kuruluş, ekip, area_ha (WGS 84 üzerinde gerçek alan, bir kez sayılarak), tamamlanma ve teslim tarihleri, teslim alan, serbest bırakma sonrası arazi kullanımı, yararlanıcılar ve artık risk ile. Teslim edilmemiş seçili görevler günlükte listelenir.

TASK_IDS veya EXPRESSION görevleri seçer. OUTPUT: bir .gpkg veya .geojson dosyası. PARCELS: yazılan parseller; AREA_HA: toplam alanları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>Parcels file</source>
        <translation>Parsel dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="79"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="81"/>
        <source>Parcels written</source>
        <translation>Yazılan parseller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="82"/>
        <source>Area of the parcels (ha)</source>
        <translation>Parsellerin alanı (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/completion_algorithm.py" line="88"/>
        <source>OUTPUT: give a .gpkg or .geojson file.</source>
        <translation>OUTPUT: bir .gpkg veya .geojson dosyası verin.</translation>
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
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="57"/>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
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
        <translation>Geometri çizildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry removed</source>
        <translation>Geometri kaldırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="75"/>
        <source>Geometry changed</source>
        <translation>Geometri değiştirildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="37"/>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="44"/>
        <source>Feature history</source>
        <translation>Unsur geçmişi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="125"/>
        <source>(unknown)</source>
        <translation>(bilinmiyor)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="145"/>
        <source>{name}: &apos;{text}&apos; is not a date and time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time, or with a zone such as +04:00).</source>
        <translation>{name}: '{text}' bir tarih ve saat değil; YYYY-MM-DD veya YYYY-MM-DDTHH:MM[:SS] olarak yazın (yerel saat veya +04:00 gibi bir saat dilimiyle).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/history.py" line="186"/>
        <source>A geometry in the history has Z or M values this plugin does not store.</source>
        <translation>Geçmişteki bir geometride bu eklentinin kaydetmediği Z veya M değerleri var.</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../demining_plugin/core/feature_table.py" line="83"/>
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
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="518"/>
        <source>{0} field map(s), {1} {2}</source>
        <translation>{0} saha haritası, {1} {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="51"/>
        <source>Field maps cancelled; no file was written.</source>
        <translation>Saha haritaları iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="555"/>
        <source>Field maps cancelled after {0} of {1} tasks.</source>
        <translation>Saha haritaları {1} görevden {0} tanesinden sonra iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="576"/>
        <source>Field map {0}</source>
        <translation>Saha haritası {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="36"/>
        <source>Field maps: {0} task(s)</source>
        <translation>Saha haritaları: {0} görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="60"/>
        <source>Paper &apos;{paper}&apos; is not offered; choose one of {PAPERS}.</source>
        <translation>'{paper}' kâğıdı sunulmuyor; şunlardan birini seçin: {PAPERS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/options.py" line="63"/>
        <source>Orientation &apos;{orientation}&apos; is not offered; choose one of {choices}.</source>
        <translation>'{orientation}' yönlendirmesi sunulmuyor; şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="47"/>
        <source>Give task ids or an expression, not both.</source>
        <translation>Görev kimlikleri veya bir ifade verin, ikisini birden değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="49"/>
        <source>No task chosen: give task ids (e.g. T-0001, T-0002) or an expression.</source>
        <translation>Görev seçilmedi: görev kimlikleri (ör. T-0001, T-0002) veya bir ifade verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="59"/>
        <source>No clearance task has the id {missing} in this store.</source>
        <translation>Bu depoda {missing} kimlikli temizleme görevi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="65"/>
        <source>The expression &apos;{expression}&apos; is not valid: {parsed}</source>
        <translation>'{expression}' ifadesi geçerli değil: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="70"/>
        <source>The expression &apos;{expression}&apos; names {unknown}, which clearance_tasks does not have (fields: {tasks}).</source>
        <translation>'{expression}' ifadesi clearance_tasks katmanında olmayan {unknown} adlarını kullanıyor (alanlar: {tasks}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="82"/>
        <source>The expression &apos;{expression}&apos; cannot be evaluated on task {feature}: {parsed}</source>
        <translation>'{expression}' ifadesi {feature} görevinde değerlendirilemiyor: {parsed}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="89"/>
        <source>No clearance task matches the expression &apos;{expression}&apos;.</source>
        <translation>'{expression}' ifadesine uyan temizleme görevi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/tasks.py" line="93"/>
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
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="498"/>
        <source>Folder {target_parent} does not exist.</source>
        <translation>{target_parent} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="501"/>
        <source>OUTPUT must be a .pdf file or a folder, not {target_name}.</source>
        <translation>OUTPUT bir .pdf dosyası veya klasör olmalı, {target_name} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="544"/>
        <source>Writing {target_name} failed: {error}</source>
        <translation>{target_name} yazılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldmap/atlas.py" line="562"/>
        <source>Writing {path_name} failed ({result}).</source>
        <translation>{path_name} yazılamadı ({result}).</translation>
    </message>
</context>
<context>
    <name>FieldMapAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="12"/>
        <source>Field maps of tasks (PDF)</source>
        <translation>Görevlerin saha haritaları (PDF)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="13"/>
        <source>Prints one page per clearance task for the field team: the task in its local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released land, items found, routes, the task&apos;s medevac / helicopter landing / access points, an overview of the districts, legend, scale and a north arrow with the magnetic declination (World Magnetic Model on the print date).

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = &apos;Aghdam&apos; AND &quot;status&quot; &lt;&gt; &apos;closed&apos;), printed in task id order. PAPER: A4 or A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied minefield records.

OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, fieldmap_&lt;task id&gt;.pdf). PAGES: the number of pages written.</source>
        <translation>Saha ekibi için her temizleme görevine bir sayfa yazdırır: görev kendi yerel UTM diliminde UTM/MGRS gridiyle, numaralı dönüş noktaları ve koordinat tabloları, tehlikeli alan, serbest bırakılan arazi, bulunan unsurlar, yollar, görevin tıbbi tahliye / helikopter iniş / erişim noktaları, ilçelerin genel görünümü, lejant, ölçek ve manyetik sapmalı bir kuzey oku (yazdırma tarihindeki World Magnetic Model).

TASK_IDS: virgülle ayrılmış görev kimlikleri (ör. T-0001, T-0002), bu sırayla yazdırılır; veya EXPRESSION: clearance_tasks üzerinde bir filtre (ör. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'), görev kimliği sırasıyla yazdırılır. PAPER: A4 veya A3. ORIENTATION: portrait veya landscape. MAPPED_MINES: teslim alınan mayın tarlası kayıtlarının mayınlarını da çiz.

OUTPUT: bir .pdf dosyası (görev başına bir sayfa) veya bir klasör (görev başına bir PDF, fieldmap_&lt;task id&gt;.pdf). PAGES: yazılan sayfa sayısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="31"/>
        <source>Orientation</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="34"/>
        <source>Draw mines of supplied minefield records</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının mayınlarını çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmap_algorithm.py" line="47"/>
        <source>{0} page(s): {1}</source>
        <translation>{0} sayfa: {1}</translation>
    </message>
</context>
<context>
    <name>FieldMapController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="92"/>
        <source>Print Field Map…</source>
        <translation>Saha Haritası Yazdır…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="149"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Önce bir Demining deposu açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="98"/>
        <source>Printing field maps</source>
        <translation>Saha haritaları yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="95"/>
        <source>Choose where to write the field maps.</source>
        <translation>Saha haritalarının yazılacağı yeri seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="96"/>
        <source>Printing {0} field map(s) to {1}</source>
        <translation>{0} saha haritası {1} konumuna yazdırılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="97"/>
        <source>{0} field map page(s) written to {1}</source>
        <translation>{0} saha haritası sayfası {1} konumuna yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmap_controller.py" line="99"/>
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
    <name>FieldMerge</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="193"/>
        <source>Already merged (its field UUID is in the store); not added again.</source>
        <translation>Zaten birleştirildi (saha UUID'si depoda var); yeniden eklenmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="214"/>
        <source>Added to a context layer in the field; context layers are not merged.</source>
        <translation>Sahada bir bağlam katmanına eklendi; bağlam katmanları birleştirilmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="217"/>
        <source>Edited in the field; context layers are not merged, the store keeps its own.</source>
        <translation>Sahada düzenlendi; bağlam katmanları birleştirilmez, depo kendi sürümünü korur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="225"/>
        <source>Deleted in the field; context layers are not merged, the store keeps it.</source>
        <translation>Sahada silindi; bağlam katmanları birleştirilmez, depo onu korur.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="247"/>
        <source>has no position</source>
        <translation>konumu yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="285"/>
        <source>Its photo {photo} is missing from the package; the item is merged without it.</source>
        <translation>{photo} fotoğrafı pakette yok; unsur fotoğrafsız birleştirilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="288"/>
        <source>Its photo {photo} is not copied: {store} has no folder for attachments.</source>
        <translation>{photo} fotoğrafı kopyalanmadı: {store} deposunun ekler için klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="304"/>
        <source>Released land {n}</source>
        <translation>Serbest bırakılan arazi {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="316"/>
        <source>has no area</source>
        <translation>alanı yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="347"/>
        <source>Work day {n}</source>
        <translation>İş günü {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="356"/>
        <source>names task {task}, which is not in the store</source>
        <translation>depoda olmayan {task} görevini belirtiyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="423"/>
        <source>The photos cannot be copied beside the store ({error}); nothing was merged.</source>
        <translation>Fotoğraflar deponun yanına kopyalanamıyor ({error}); hiçbir şey birleştirilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="122"/>
        <source>{path} does not exist.</source>
        <translation>{path} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="139"/>
        <source>{name} was made with data model version {version}; this plugin knows up to version {known}. Update the Demining plugin to merge it.</source>
        <translation>{name}, veri modeli sürümü {version} ile oluşturuldu; bu eklenti en fazla {known} sürümünü bilir. Birleştirmek için Demining eklentisini güncelleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="156"/>
        <source>{name} is a damaged ZIP file (it cannot be opened); ask the team for the package again.</source>
        <translation>{name} bozuk bir ZIP dosyası (açılamıyor); paketi ekipten yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="166"/>
        <source>{name} holds a file outside its folder ({member}); it was not opened.</source>
        <translation>{name} klasörünün dışında bir dosya içeriyor ({member}); açılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="176"/>
        <source>{name} is a damaged ZIP file ({member} does not read back); ask the team for the package again.</source>
        <translation>{name} bozuk bir ZIP dosyası ({member} okunamıyor); paketi ekipten yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="181"/>
        <source>{name} is a damaged ZIP file ({error}); ask the team for the package again.</source>
        <translation>{name} bozuk bir ZIP dosyası ({error}); paketi ekipten yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="188"/>
        <source>{name} is not a field package: a package is the folder made by &apos;Package for the field&apos; (with {manifest} and {data}), or that folder zipped.</source>
        <translation>{name} bir saha paketi değil: paket, 'Saha İçin Paketle' ile oluşturulan klasördür ({manifest} ve {data} ile) veya o klasörün ZIP hâlidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="198"/>
        <source>{name} has no {manifest}: without it the package cannot be matched to its store and tasks. Ask the team for the whole package folder.</source>
        <translation>{name} içinde {manifest} yok: o olmadan paket deposu ve görevleriyle eşleştirilemez. Paket klasörünün tamamını ekipten isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="206"/>
        <source>The {manifest} of {name} cannot be read ({error}).</source>
        <translation>{name} paketinin {manifest} dosyası okunamıyor ({error}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="211"/>
        <source>The {manifest} of {name} lacks {keys}; it is not a manifest this plugin wrote.</source>
        <translation>{name} paketinin {manifest} dosyasında {keys} eksik; bu eklentinin yazdığı bir manifest değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="224"/>
        <source>{name} was packaged from another store ({other}), not from {store}; merge it only if you mean to (allow packages of another store).</source>
        <translation>{name}, {store} deposundan değil, başka bir depodan ({other}) paketlendi; yalnızca bilerek yapıyorsanız birleştirin (başka bir deponun paketlerine izin verin).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="228"/>
        <source>{name} was packaged from another store ({other}); merged into {store} as asked.</source>
        <translation>{name} başka bir depodan ({other}) paketlendi; istendiği gibi {store} deposuna birleştirildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="237"/>
        <source>The {manifest} of {name} gives no data model version ({value!r}).</source>
        <translation>{name} paketinin {manifest} dosyası veri modeli sürümü vermiyor ({value!r}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="246"/>
        <source>{name} has no {data}: the team&apos;s work is not in it.</source>
        <translation>{name} içinde {data} yok: ekibin çalışması içinde değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="386"/>
        <source>The GeoPackage {data} of {name} is damaged ({error}); ask the team for the package again.</source>
        <translation>{name} paketinin GeoPackage {data} dosyası bozuk ({error}); paketi ekipten yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="263"/>
        <source>not a GeoPackage</source>
        <translation>GeoPackage değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="267"/>
        <source>The GeoPackage {data} of {name} lacks the field layers {layers}.</source>
        <translation>{name} paketinin GeoPackage {data} dosyasında {layers} saha katmanları eksik.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_read.py" line="301"/>
        <source>{name} was made with data model version {old}; a copy of its data was brought to version {new} for the merge (the package itself is unchanged).</source>
        <translation>{name}, veri modeli sürümü {old} ile oluşturuldu; birleştirme için verilerinin bir kopyası {new} sürümüne getirildi (paketin kendisi değişmedi).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="36"/>
        <source>The merge report must be a .csv or .gpkg file, not {name}.</source>
        <translation>Birleştirme raporu bir .csv veya .gpkg dosyası olmalı, {name} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_report.py" line="38"/>
        <source>the merge report</source>
        <translation>birleştirme raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="26"/>
        <source>Added</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="27"/>
        <source>Added, with a warning</source>
        <translation>Uyarıyla eklenen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="28"/>
        <source>Adds nothing</source>
        <translation>Hiçbir şey eklemeyen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="29"/>
        <source>Refused</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="30"/>
        <source>Already merged</source>
        <translation>Zaten birleştirilmiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="31"/>
        <source>Ignored</source>
        <translation>Yok sayılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="35"/>
        <source>Item found</source>
        <translation>Bulunan unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="36"/>
        <source>Released land</source>
        <translation>Serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="37"/>
        <source>Work day</source>
        <translation>İş günü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="38"/>
        <source>Context layer</source>
        <translation>Bağlam katmanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="92"/>
        <source>has no {field}</source>
        <translation>{field} yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="94"/>
        <source>names no {field}</source>
        <translation>{field} belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="97"/>
        <source>{field} &apos;{value}&apos; is not one of {codes}</source>
        <translation>{field} '{value}' şunlardan biri değil: {codes}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="103"/>
        <source>{field} &apos;{value}&apos; is not a number</source>
        <translation>{field} '{value}' bir sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="109"/>
        <source>{field} {value:g} is outside {low} to {high}</source>
        <translation>{field} {value:g}, {low} - {high} aralığının dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="173"/>
        <source>items found: {items}, land released: {ha} ha, work days: {days}; refused: {refused}, warnings: {warnings}, ignored: {ignored}, already merged: {skipped}</source>
        <translation>bulunan unsurlar: {items}, serbest bırakılan arazi: {ha} ha, iş günleri: {days}; reddedilen: {refused}, uyarılar: {warnings}, yok sayılan: {ignored}, zaten birleştirilen: {skipped}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="180"/>
        <source>{name} merged: {counts}.</source>
        <translation>{name} birleştirildi: {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_rows.py" line="181"/>
        <source>{name} (not merged yet): {counts}.</source>
        <translation>{name} (henüz birleştirilmedi): {counts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge.py" line="282"/>
        <source>Its photo {photo} lies outside the package; it is not copied.</source>
        <translation>{photo} fotoğrafı paketin dışında; kopyalanmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="135"/>
        <source>{feature}: refused: {why}</source>
        <translation>{feature}: reddedildi: {why}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="160"/>
        <source>{summary} Nothing to submit: the package adds nothing to {store}.</source>
        <translation>{summary} Gönderilecek bir şey yok: paket {store} deposuna hiçbir şey eklemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/merge_submit.py" line="163"/>
        <source>Field results {name} (team {team}): {items} items found, {ha} ha released, {days} work days</source>
        <translation>Saha sonuçları {name} (ekip {team}): {items} bulunan unsur, {ha} ha serbest bırakıldı, {days} iş günü</translation>
    </message>
</context>
<context>
    <name>FieldMergeAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="21"/>
        <source>Merge field results</source>
        <translation>Saha sonuçlarını birleştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="23"/>
        <source>Merges what a team recorded in a field package (made by &apos;Package for the field&apos; and filled in QField) into the project store, by the rules of the desktop: items found get the task and district under them and the item checks (warnings kept, items the store cannot hold refused); released land is clipped to the hazard areas, land already released is taken out, and it is split by task and district, so land two teams or two trips covered is counted once; the daily log goes to work_days; photos are copied beside the store into &lt;store&gt;_attachments. Features already merged (their field UUID is in the store) are skipped, so merging a package twice adds nothing; context layers edited in the field are not merged and are listed as ignored. Everything is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>Bir ekibin bir saha paketine ('Saha İçin Paketle' ile oluşturulan ve QField'da doldurulan) kaydettiklerini masaüstü kurallarıyla proje deposuna birleştirir: bulunan unsurlar altlarındaki görevi ve ilçeyi alır ve unsur denetimlerinden geçer (uyarılar korunur, deponun tutamayacağı unsurlar reddedilir); serbest bırakılan arazi tehlikeli alanlara göre kırpılır, zaten serbest bırakılmış arazi çıkarılır ve görev ile ilçeye göre bölünür, böylece iki ekibin veya iki seferin kapsadığı arazi bir kez sayılır; günlük kayıt work_days katmanına gider; fotoğraflar deponun yanına &lt;store&gt;_attachments klasörüne kopyalanır. Zaten birleştirilmiş unsurlar (saha UUID'leri depoda var) atlanır, böylece bir paketi iki kez birleştirmek hiçbir şey eklemez; sahada düzenlenen bağlam katmanları birleştirilmez ve yok sayılan olarak listelenir. Her şey tek bir işlemde kaydedilir: bir şey başarısız olursa hiçbir şey değişmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field package (folder, manifest.json or .zip)</source>
        <translation>Saha paketi (klasör, manifest.json veya .zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="47"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Saha paketleri (*.zip manifest.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="50"/>
        <source>Store the merge (no: dry run)</source>
        <translation>Birleştirmeyi kaydet (hayır: deneme çalıştırması)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="51"/>
        <source>Merge a package made from another store</source>
        <translation>Başka bir depodan oluşturulmuş paketi birleştir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>Merge report</source>
        <translation>Birleştirme raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="55"/>
        <source>CSV files (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV dosyaları (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Items found added</source>
        <translation>Eklenen bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Hectares released added</source>
        <translation>Eklenen serbest bırakılan hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Work days added</source>
        <translation>Eklenen iş günleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Field features refused</source>
        <translation>Reddedilen saha unsurları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="58"/>
        <source>Warnings</source>
        <translation>Uyarılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="82"/>
        <source>{0}: refused: {1}</source>
        <translation>{0}: reddedildi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="86"/>
        <source>{0}: ignored: {1}</source>
        <translation>{0}: yok sayıldı: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="34"/>
        <source>PACKAGE: the package folder (or its manifest.json), or the package zipped. APPLY (default yes): no for a dry run that only reports. ALLOW_OTHER_STORE (default no): merge a package made from another store. REPORT (optional): a .csv file, or a .gpkg with the table field_merge_report, listing every field feature and what became of it. Outputs ITEMS_ADDED, RELEASED_HA (true ellipsoidal hectares), DAYS_LOGGED, REFUSED and WARNINGS (counts) and REPORT (path).

SUBMIT (default no): keep the merge as a submission waiting for review instead of storing it; it counts nowhere until demining:review approves it, which merges it then, against the store as it is at that moment. An operator of a PostGIS store always submits. Output SUBMISSION: its identifier when submitted.</source>
        <translation>PACKAGE: paket klasörü (veya içindeki manifest.json) ya da paketin ZIP hâli. APPLY (varsayılan: evet): yalnızca rapor veren bir deneme çalıştırması için hayır. ALLOW_OTHER_STORE (varsayılan: hayır): başka bir depodan oluşturulmuş bir paketi birleştir. REPORT (isteğe bağlı): her saha unsurunu ve ona ne olduğunu listeleyen bir .csv dosyası veya field_merge_report tablosunu içeren bir .gpkg. Çıktılar: ITEMS_ADDED, RELEASED_HA (gerçek elipsoidal hektar), DAYS_LOGGED, REFUSED ve WARNINGS (sayılar) ve REPORT (yol).

SUBMIT (varsayılan: hayır): birleştirmeyi kaydetmek yerine incelemeyi bekleyen bir gönderim olarak tut; demining:review onaylayana kadar hiçbir yerde sayılmaz, onaylandığında ise deponun o anki hâline göre birleştirilir. Bir PostGIS deposunun operatörü her zaman gönderir. SUBMISSION çıktısı: gönderildiğinde tanımlayıcısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="53"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Kaydetmek yerine incelemeye gönder (bir veri yöneticisi onaylar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="64"/>
        <source>Submission waiting for review</source>
        <translation>İncelemeyi bekleyen gönderim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldmerge_algorithm.py" line="89"/>
        <source>Nothing was stored yet: the merge waits for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Henüz hiçbir şey kaydedilmedi: birleştirme {0} gönderimi olarak incelemeyi bekliyor (demining:review onu onaylar veya reddeder).</translation>
    </message>
</context>
<context>
    <name>FieldMergeController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="27"/>
        <source>Planning the merge of {0}</source>
        <translation>{0} birleştirmesi planlanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="91"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Önce bir Demining deposu açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field package to merge (its .zip, or manifest.json in its folder)</source>
        <translation>Birleştirilecek saha paketi (.zip dosyası veya klasöründeki manifest.json)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="94"/>
        <source>Field packages (*.zip manifest.json);;All files (*)</source>
        <translation>Saha paketleri (*.zip manifest.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="112"/>
        <source>Merging {0}</source>
        <translation>{0} birleştiriliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>Package of another store</source>
        <translation>Başka bir deponun paketi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="120"/>
        <source>{0}

Merge it into {1} anyway?</source>
        <translation>{0}

Yine de {1} deposuna birleştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="53"/>
        <source>Submitting {0}</source>
        <translation>{0} gönderiliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_controller.py" line="165"/>
        <source>{0} waits for review as submission {1}; nothing was stored yet.</source>
        <translation>{0}, {1} gönderimi olarak incelemeyi bekliyor; henüz hiçbir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Feature</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="47"/>
        <source>Merge Field Results — {0}</source>
        <translation>Saha Sonuçlarını Birleştir — {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="87"/>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="88"/>
        <source>Store everything listed as added, in one transaction</source>
        <translation>&quot;Eklenen&quot; olarak listelenen her şeyi tek bir işlemde kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="94"/>
        <source>Submit for Review</source>
        <translation>İncelemeye Gönder</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldmerge_dialog.py" line="96"/>
        <source>Keep the merge as a submission: it counts nowhere until a data manager approves it in the Review panel</source>
        <translation>Birleştirmeyi bir gönderim olarak tut: bir veri yöneticisi onu İnceleme panelinde onaylayana kadar hiçbir yerde sayılmaz</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="67"/>
        <source>Choose a folder or a .zip file for the field package.</source>
        <translation>Saha paketi için bir klasör veya .zip dosyası seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="70"/>
        <source>Folder {0} does not exist.</source>
        <translation>{0} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="73"/>
        <source>{0} exists and is not a field package; choose a new file name.</source>
        <translation>{0} zaten var ve bir saha paketi değil; yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="77"/>
        <source>{0} is a file; give a folder (new or empty) or a .zip file.</source>
        <translation>{0} bir dosya; bir klasör (yeni veya boş) ya da bir .zip dosyası verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="81"/>
        <source>Folder {0} is not empty and holds no field package; choose an empty or new folder.</source>
        <translation>{0} klasörü boş değil ve saha paketi içermiyor; boş veya yeni bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="86"/>
        <source>Folder {0} holds a field package with {1} photo(s) taken in the field; merge it first or choose another folder.</source>
        <translation>{0} klasöründe sahada çekilmiş {1} fotoğraflı bir saha paketi var; önce onu birleştirin veya başka bir klasör seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="116"/>
        <source>The basemap {0} cannot be read as a raster.</source>
        <translation>{0} altlık haritası raster olarak okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="125"/>
        <source>The basemap {0} has no coordinate reference system.</source>
        <translation>{0} altlık haritasının koordinat referans sistemi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="132"/>
        <source>The basemap {0} does not cover the tasks.</source>
        <translation>{0} altlık haritası görevleri kapsamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="138"/>
        <source>The basemap {0} cannot be clipped: {1}</source>
        <translation>{0} altlık haritası kırpılamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="141"/>
        <source>The basemap {0} cannot be clipped.</source>
        <translation>{0} altlık haritası kırpılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="158"/>
        <source>Demining field package</source>
        <translation>Mayın temizleme saha paketi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="164"/>
        <source>Open {0} in QField (or QGIS). Photos go to {1}/. Bring the whole folder back to the office to merge it.</source>
        <translation>{0} dosyasını QField'da (veya QGIS'te) açın. Fotoğraflar {1}/ klasörüne gider. Birleştirmek için klasörün tamamını ofise geri getirin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="171"/>
        <source>Packaging cancelled; nothing was written.</source>
        <translation>Paketleme iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="211"/>
        <source>Field package: {0}</source>
        <translation>Saha paketi: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package.py" line="221"/>
        <source>The field package cannot be written to {0}: {1}</source>
        <translation>Saha paketi {0} konumuna yazılamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="40"/>
        <source>Items found (field)</source>
        <translation>Bulunan unsurlar (saha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="43"/>
        <source>Released land (field)</source>
        <translation>Serbest bırakılan arazi (saha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="46"/>
        <source>Daily log (field)</source>
        <translation>Günlük kayıt (saha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="93"/>
        <source>The tasks {0} have no geometry; nothing to package.</source>
        <translation>{0} görevlerinin geometrisi yok; paketlenecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="140"/>
        <source>{0} {1} could not be copied into the package.</source>
        <translation>{0} {1} pakete kopyalanamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/package_data.py" line="159"/>
        <source>Cannot create {0}.</source>
        <translation>{0} oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="39"/>
        <source>Context (read only)</source>
        <translation>Bağlam (salt okunur)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="40"/>
        <source>Field work</source>
        <translation>Saha çalışması</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="41"/>
        <source>Basemap</source>
        <translation>Altlık harita</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/snapshot.py" line="28"/>
        <source>Layer {0} of the package cannot be opened.</source>
        <translation>Paketin {0} katmanı açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="180"/>
        <source>The clipped basemap cannot be opened.</source>
        <translation>Kırpılmış altlık harita açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/fieldwork/project.py" line="190"/>
        <source>The package&apos;s project cannot be written: {0}</source>
        <translation>Paketin projesi yazılamıyor: {0}</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="18"/>
        <source>Package tasks for the field (QField)</source>
        <translation>Görevleri saha için paketle (QField)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="19"/>
        <source>Packages clearance tasks for a field team's tablet: a folder (or a .zip) that QField opens as it is, with a QGIS project (relative paths) and a GeoPackage. The tasks and their sectors, the hazards under them, released land, task points (medevac, access...), items found, routes and, if asked, mapped mines around the tasks come as read-only context, styled as in the plugin; the team fills in items found (with a photo), released land and a daily log, with today, the team and the task under the point as defaults. manifest.json and manifest.txt say what the package holds; Demining ▸ Merge field results brings it back.

TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks (e.g. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: the team's name, the default of its records. MAPPED_MINES: also take the mines of supplied minefield records. BASEMAP: a raster copied clipped to the tasks (plus a margin) for offline use.

OUTPUT: a new or empty folder, a previous package's folder (replaced unless it holds photos), or a .zip file. PROJECT: the project file (its name inside the ZIP). PACKAGE_ID: the package's identifier.</source>
        <translation>Temizleme görevlerini bir saha ekibinin tableti için paketler: QField'ın olduğu gibi açtığı bir klasör (veya .zip), bir QGIS projesi (göreli yollar) ve bir GeoPackage ile. Görevler ve sektörleri, altlarındaki tehlikeli alanlar, serbest bırakılan arazi, görev noktaları (tıbbi tahliye, erişim...), bulunan unsurlar, yollar ve istenirse görevlerin çevresindeki haritalanmış mayınlar, eklentideki gibi stillendirilmiş salt okunur bağlam olarak gelir; ekip bulunan unsurları (fotoğrafla), serbest bırakılan araziyi ve günlük kaydı doldurur; varsayılanlar bugün, ekip ve noktanın altındaki görevdir. manifest.json ve manifest.txt paketin ne içerdiğini söyler; Mayın temizleme ▸ Saha Sonuçlarını Birleştir onu geri getirir.

TASK_IDS: virgülle ayrılmış görev kimlikleri (ör. T-0001, T-0002); veya EXPRESSION: clearance_tasks üzerinde bir filtre (ör. &quot;district&quot; = 'Aghdam' AND &quot;status&quot; &lt;&gt; 'closed'). TEAM: ekibin adı, kayıtlarının varsayılanı. MAPPED_MINES: teslim alınan mayın tarlası kayıtlarının mayınlarını da al. BASEMAP: çevrimdışı kullanım için görevlere (artı bir pay) göre kırpılarak kopyalanan bir raster.

OUTPUT: yeni veya boş bir klasör, önceki bir paketin klasörü (fotoğraf içermiyorsa değiştirilir) veya bir .zip dosyası. PROJECT: proje dosyası (ZIP içindeki adı). PACKAGE_ID: paketin tanımlayıcısı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="37"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="38"/>
        <source>Include mines of supplied minefield records</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının mayınlarını dahil et</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="39"/>
        <source>Basemap (raster, clipped to the tasks)</source>
        <translation>Altlık harita (raster, görevlere göre kırpılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>Package folder (or a .zip file)</source>
        <translation>Paket klasörü (veya .zip dosyası)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="41"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP dosyaları (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="43"/>
        <source>Project file of the package</source>
        <translation>Paketin proje dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="44"/>
        <source>Package identifier</source>
        <translation>Paket tanımlayıcısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="52"/>
        <source>BASEMAP: {0} is not a raster file.</source>
        <translation>BASEMAP: {0} bir raster dosyası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/fieldpackage_algorithm.py" line="60"/>
        <source>Package {0} of {1} written to {2}</source>
        <translation>{1} için {0} paketi {2} konumuna yazıldı</translation>
    </message>
</context>
<context>
    <name>FieldPackageController</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="38"/>
        <source>Open a Demining store first (Demining ▸ Open Store…).</source>
        <translation>Önce bir Demining deposu açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="61"/>
        <source>Packaging tasks for the field</source>
        <translation>Görevler saha için paketleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="70"/>
        <source>Field package of {0} written to {1}</source>
        <translation>{0} saha paketi {1} konumuna yazıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="73"/>
        <source>Demining</source>
        <translation>Mayın temizleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_controller.py" line="76"/>
        <source>Open Folder</source>
        <translation>Klasörü Aç</translation>
    </message>
</context>
<context>
    <name>FieldPackageDialog</name>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="31"/>
        <source>Package for the Field</source>
        <translation>Saha İçin Paketle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="35"/>
        <source>T-0001, T-0002</source>
        <translation>T-0001, T-0002</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="37"/>
        <source>The team&apos;s name, filled in on everything it records</source>
        <translation>Ekibin adı, kaydettiği her şeye yazılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="39"/>
        <source>Mines of supplied minefield records</source>
        <translation>Teslim alınan mayın tarlası kayıtlarının mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="46"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;All files (*)</source>
        <translation>Rasterler (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="48"/>
        <source>A raster file instead of a layer of the project</source>
        <translation>Projenin bir katmanı yerine bir raster dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="50"/>
        <source>A folder (copy it to the tablet as it is)</source>
        <translation>Bir klasör (tablete olduğu gibi kopyalayın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="51"/>
        <source>A .zip file</source>
        <translation>Bir .zip dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="55"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP dosyaları (*.zip)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="59"/>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="60"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="61"/>
        <source>Also take</source>
        <translation>Ayrıca al</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="65"/>
        <source>Basemap (clipped)</source>
        <translation>Altlık harita (kırpılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="70"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/fieldpackage_dialog.py" line="73"/>
        <source>Build Package</source>
        <translation>Paketi Oluştur</translation>
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
    <name>ForecastAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="169"/>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="142"/>
        <source>CAPACITY: teams per kind, e.g. manual=12,mechanical=4,mdd=2,survey=3 (by default the teams seen working in the last 90 days of the store). WORK_DAYS_PER_YEAR: default 220. COST_PER_TEAM_DAY: cost of a team-day per kind, e.g. manual=1500,mechanical=4000. START: YYYY-MM-DD (default: the day after the last release). DATE_FROM, DATE_TO: the period productivity is measured over (YYYY-MM-DD, inclusive; default all dates). FIRST: districts worked first, in order, by every team, comma-separated. OUTPUT: a table by district and a last row &apos;All&apos;. YEARS, COST, FINISH: the whole job&apos;s.</source>
        <translation>CAPACITY: türe göre ekipler, ör. manual=12,mechanical=4,mdd=2,survey=3 (varsayılan olarak deponun son 90 gününde çalışan ekipler). WORK_DAYS_PER_YEAR: varsayılan 220. COST_PER_TEAM_DAY: türe göre bir ekip-günün maliyeti, ör. manual=1500,mechanical=4000. START: YYYY-MM-DD (varsayılan: son serbest bırakmadan sonraki gün). DATE_FROM, DATE_TO: verimliliğin ölçüldüğü dönem (YYYY-MM-DD, dahil; varsayılan tüm tarihler). FIRST: tüm ekiplerin sırayla önce çalıştığı ilçeler, virgülle ayrılmış. OUTPUT: ilçelere göre bir tablo ve son satır 'All'. YEARS, COST, FINISH: tüm işin değerleri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="154"/>
        <source>Teams per kind (manual=12,mechanical=4,...; empty: those of the last 90 days)</source>
        <translation>Türe göre ekipler (manual=12,mechanical=4,...; boş: son 90 günün ekipleri)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="157"/>
        <source>Work days per year</source>
        <translation>Yıllık iş günü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="160"/>
        <source>Cost of a team-day per kind (manual=1500,mechanical=4000,...)</source>
        <translation>Türe göre ekip-gün maliyeti (manual=1500,mechanical=4000,...)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="163"/>
        <source>Start date (YYYY-MM-DD; empty: the day after the last release)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG; boş: son serbest bırakmadan sonraki gün)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="165"/>
        <source>Districts worked first (comma-separated, in order)</source>
        <translation>Önce çalışılan ilçeler (virgülle ayrılmış, sırayla)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured from (YYYY-MM-DD, inclusive)</source>
        <translation>Verimlilik şu tarihten ölçülür (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="167"/>
        <source>Productivity measured up to (YYYY-MM-DD, inclusive)</source>
        <translation>Verimlilik şu tarihe kadar ölçülür (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="170"/>
        <source>Years for the whole job</source>
        <translation>Tüm iş için yıl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="171"/>
        <source>Cost of the whole job</source>
        <translation>Tüm işin maliyeti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="172"/>
        <source>Finishing date of the whole job</source>
        <translation>Tüm işin bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="188"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="131"/>
        <source>How long the land left will take and what it will cost, from the store&apos;s own figures. For each district and in all: the hectares left by classification (the ground of the hazards not closed less the released land, every square metre once: ground in a confirmed and a suspected hazard is confirmed land; land counts in the district it lies in), the hectares expected to be cleared, reduced and cancelled (as land of that classification has left the hazards so far), the team-days needed (at each method&apos;s square metres per team-day), the finishing date with its 10-90% range (the late end at the 10th percentile of productivity, the early end at the 90th) and the cost. What-if: change the parameters (ten more mechanical teams, a district first).</source>
        <translation>Kalan arazinin ne kadar süreceği ve neye mal olacağı, deponun kendi rakamlarından. Her ilçe için ve toplamda: sınıflandırmaya göre kalan hektarlar (kapanmamış tehlikeli alanların arazisi, serbest bırakılan arazi düşülerek, her metrekare bir kez: hem teyit edilmiş hem şüpheli bir tehlikeli alanda kalan arazi teyit edilmiş arazidir; arazi bulunduğu ilçede sayılır), temizlenmesi, azaltılması ve iptal edilmesi beklenen hektarlar (o sınıflandırmadaki arazinin şimdiye kadar tehlikeli alanlardan çıktığı oranlarda), gereken ekip-günler (her yöntemin ekip-gün başına metrekaresine göre), 10-90% aralığıyla bitiş tarihi (geç uç verimliliğin 10. yüzdeliğine, erken uç 90. yüzdeliğine göre) ve maliyet. Senaryo analizi: parametreleri değiştirin (on mekanik ekip daha, önce bir ilçe).</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="59"/>
        <source>Mechanical</source>
        <translation>Mekanik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="60"/>
        <source>Dogs (MDD)</source>
        <translation>Köpekler (MDD)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="61"/>
        <source>Survey</source>
        <translation>Araştırma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="84"/>
        <source>Forecast of {}</source>
        <translation>{} tahmini</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="138"/>
        <source>Shown</source>
        <translation>Gösterilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="144"/>
        <source>Teams at work (by default those seen in the last 90 days)</source>
        <translation>Çalışan ekipler (varsayılan olarak son 90 günde görülenler)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="151"/>
        <source>Cost of a team-day</source>
        <translation>Ekip-gün maliyeti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="154"/>
        <source>cost/day</source>
        <translation>maliyet/gün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="162"/>
        <source>Work days a year</source>
        <translation>Yıllık iş günü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="165"/>
        <source>District first</source>
        <translation>Önce ilçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="224"/>
        <source>No store open</source>
        <translation>Açık depo yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="341"/>
        <source>Measuring productivity…</source>
        <translation>Verimlilik ölçülüyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="314"/>
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="316"/>
        <source>None (all at once)</source>
        <translation>Hiçbiri (hepsi birden)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>Productivity measured from {first} to {last}.</source>
        <translation>Verimlilik {first} ile {last} arasında ölçüldü.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="367"/>
        <source>the end</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Released</source>
        <translation>Serbest bırakılan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="386"/>
        <source>Early (90th percentile)</source>
        <translation>Erken (90. yüzdelik)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="387"/>
        <source>Late (10th percentile)</source>
        <translation>Geç (10. yüzdelik)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>Released hectares, {where}</source>
        <translation>Serbest bırakılan hektar, {where}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="391"/>
        <source>all districts</source>
        <translation>tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="103"/>
        <source>Productivity by method</source>
        <translation>Yönteme göre verimlilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="192"/>
        <source>Stop measuring</source>
        <translation>Ölçmeyi durdur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="194"/>
        <source>Measure again</source>
        <translation>Yeniden ölç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/forecast_panel.py" line="288"/>
        <source>Measuring was stopped.</source>
        <translation>Ölçme durduruldu.</translation>
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
    <name>GrantAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="64"/>
        <source>Grant a store role</source>
        <translation>Depo rolü ver</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="66"/>
        <source>Makes a PostgreSQL login role an operator or a manager of a PostGIS store. Operators read the baseline and may only submit changes for review (PostgreSQL itself refuses their direct writes to the layers); managers approve submissions and write the baseline. The group roles &lt;schema&gt;_operator and &lt;schema&gt;_manager are created with the store (or here, when the store&apos;s creator could not create roles).</source>
        <translation>Bir PostgreSQL oturum açma rolünü bir PostGIS deposunun operatörü veya yöneticisi yapar. Operatörler temel veriyi okur ve değişiklikleri yalnızca incelemeye gönderebilir (katmanlara doğrudan yazmalarını PostgreSQL'in kendisi reddeder); yöneticiler gönderimleri onaylar ve temel veriye yazar. &lt;schema&gt;_operator ve &lt;schema&gt;_manager grup rolleri depoyla birlikte oluşturulur (veya deponun oluşturucusu rol oluşturamadıysa burada).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="74"/>
        <source>USER: the login role. ROLE: operator or manager. GRANTED: the group role granted.</source>
        <translation>USER: oturum açma rolü. ROLE: operator veya manager. GRANTED: verilen grup rolü.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="79"/>
        <source>Database user (login role)</source>
        <translation>Veritabanı kullanıcısı (oturum açma rolü)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="80"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="83"/>
        <source>Group role granted</source>
        <translation>Verilen grup rolü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="91"/>
        <source>{0} is now a member of {1}.</source>
        <translation>{0} artık {1} üyesi.</translation>
    </message>
</context>
<context>
    <name>HectareTotalsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="71"/>
        <source>Hectare totals</source>
        <translation>Hektar toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="41"/>
        <source>Hectares of a polygon layer, every square metre counted once: where polygons overlap (imported legacy data, land surveyed and then cleared) the land counts for the earliest release covering it (the lowest feature id on the same date). Areas are true areas on the WGS84 ellipsoid, whatever the layer&apos;s CRS.

INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut at district boundaries and each part counted in its district (column region). REGION_FIELD: the districts&apos; name field (default name). GROUP_BY: comma-separated field names of INPUT (e.g. release_method,technique), and month or week (ISO week) of the date field. DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.

OUTPUT: a table with the group fields, area_ha and n_features (features with land in the group). TOTAL_HA: the hectares of all groups.</source>
        <translation>Bir poligon katmanının hektarları, her metrekare bir kez sayılır: poligonların örtüştüğü yerlerde (içe aktarılmış eski veriler, önce taranıp sonra temizlenen arazi) arazi onu kapsayan en erken serbest bırakmaya sayılır (aynı tarihte en küçük nesne kimliği). Alanlar, katmanın KRS'si ne olursa olsun WGS84 elipsoidi üzerindeki gerçek alanlardır.

INPUT: herhangi bir poligon katmanı. REGIONS (isteğe bağlı): ilçelerin poligon katmanı; poligonlar ilçe sınırlarında kesilir ve her parça kendi ilçesinde sayılır (region sütunu). REGION_FIELD: ilçelerin ad alanı (varsayılan name). GROUP_BY: INPUT'un virgülle ayrılmış alan adları (ör. release_method,technique) ve tarih alanının month veya week (ISO haftası) değeri. DATE_FIELD: serbest bırakma tarihi (katmanda varsa varsayılan released_on). DATE_FROM, DATE_TO: YYYY-AA-GG, ikisi de dahil; DATE_FROM'dan önce ilk kez serbest bırakılan arazi sayılmaz.

OUTPUT: gruplama alanları, area_ha ve n_features (grupta arazisi olan nesneler) içeren bir tablo. TOTAL_HA: tüm grupların hektarları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="57"/>
        <source>Released land (polygons)</source>
        <translation>Serbest bırakılan arazi (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="59"/>
        <source>Districts (polygons)</source>
        <translation>İlçeler (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="61"/>
        <source>District name field</source>
        <translation>İlçe adı alanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="63"/>
        <source>Group by (comma-separated fields; month, week)</source>
        <translation>Grupla (virgülle ayrılmış alanlar; month, week)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="65"/>
        <source>Date field</source>
        <translation>Tarih alanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="67"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="69"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="73"/>
        <source>Total hectares</source>
        <translation>Toplam hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="110"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="116"/>
        <source>{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted once ({general} features needed GEOS).</source>
        <translation>{n} nesneden {groups} grupta {ha:,.2f} ha, her metrekare bir kez sayıldı ({general} nesne için GEOS gerekti).</translation>
    </message>
</context>
<context>
    <name>ImportAccidentsAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="274"/>
        <source>Import accidents</source>
        <translation>Kazaları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="276"/>
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
        <location filename="../demining_plugin/processing/import_algorithms.py" line="262"/>
        <source>Import items found</source>
        <translation>Bulunan unsurları içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="264"/>
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
        <location filename="../demining_plugin/processing/import_algorithms.py" line="200"/>
        <source>Import mine map</source>
        <translation>Mayın haritası içe aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="202"/>
        <source>Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, for a new record, a minefield_records polygon (the file&apos;s polygons, or the mines&apos; convex hull grown by 10 m) with its district.

SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. RECORD_ID (optional): add the mines to this existing record instead of creating one. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from the imported mines).</source>
        <translation>Teslim alınan bir mayın haritasını (mayın tarlası kaydı) içe aktarır: haritalanmış mayın noktaları mapped_mines katmanına ve yeni bir kayıt için ilçesiyle birlikte bir minefield_records poligonu (dosyanın poligonları veya mayınların 10 m büyütülmüş dışbükey zarfı).

SOURCE: haritanın nereden geldiği (yeni bir kayıt için zorunlu). RECEIVED_ON: YYYY-AA-GG. RECORD_ID (isteğe bağlı): yeni kayıt oluşturmak yerine mayınları bu mevcut kayda ekle. CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: haritanın beyan ettiği sayılar (varsayılan: içe aktarılan mayınlardan sayılır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="211"/>
        <source>RECORD_ID: the record the mines were stored in.</source>
        <translation>RECORD_ID: mayınların kaydedildiği kayıt.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="215"/>
        <source>Source of the map</source>
        <translation>Haritanın kaynağı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="216"/>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Teslim tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="219"/>
        <source>Supplied by</source>
        <translation>Teslim eden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="220"/>
        <source>Existing record ID</source>
        <translation>Mevcut kayıt kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilen AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilen AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="221"/>
        <source>Claimed mines</source>
        <translation>Beyan edilen mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="233"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="242"/>
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
        <location filename="../demining_plugin/core/imports/positions.py" line="70"/>
        <source>has no geometry</source>
        <translation>geometrisi yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="81"/>
        <source>its polygon is not valid (self-intersecting?)</source>
        <translation>poligonu geçerli değil (kendisiyle kesişiyor mu?)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="87"/>
        <source>has a {0} geometry; points are expected</source>
        <translation>{0} geometrisine sahip; nokta bekleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="100"/>
        <source>has no MGRS reference</source>
        <translation>MGRS referansı yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="83"/>
        <source>has no {0}</source>
        <translation>{0} yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="120"/>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="124"/>
        <source>coordinate &apos;{0}&apos; is not a number</source>
        <translation>'{0}' koordinatı bir sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="130"/>
        <source>Unknown coordinate reference system &apos;{0}&apos;: {1}</source>
        <translation>Bilinmeyen koordinat referans sistemi '{0}': {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="136"/>
        <source>x/y {0}, {1} lie outside the coordinate system&apos;s area</source>
        <translation>x/y {0}, {1} koordinat sisteminin alanının dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="161"/>
        <source>latitude and longitude appear swapped ({0}, {1})</source>
        <translation>enlem ve boylam yer değiştirmiş görünüyor ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="164"/>
        <source>latitude {0} / longitude {1} is not a position on Earth</source>
        <translation>enlem {0} / boylam {1} Dünya üzerinde bir konum değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="171"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area</source>
        <translation>{0:.6f}, {1:.6f} (enlem, boylam) konumu beklenen alanın dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="189"/>
        <source>lies in UTM zone {0}, not the expected zone {1}</source>
        <translation>beklenen {1} dilimi yerine {0} UTM diliminde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="217"/>
        <source>same position as {0} {1} ({2:.2f} m apart)</source>
        <translation>{0} {1} ile aynı konum ({2:.2f} m uzaklıkta)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/positions.py" line="231"/>
        <source>same position as {0}, already stored ({1:.2f} m apart)</source>
        <translation>zaten kayıtlı {0} ile aynı konum ({1:.2f} m uzaklıkta)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>feature</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/rows.py" line="137"/>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="26"/>
        <source>{0} has no column &apos;{1}&apos; (mapped to {2}).</source>
        <translation>{0} içinde '{1}' sütunu yok ({2} ile eşlenmiş).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="64"/>
        <source>unknown mine type &apos;{0}&apos;</source>
        <translation>bilinmeyen mayın türü '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="160"/>
        <source>{0} &apos;{1}&apos; is not a whole number of 0 or more</source>
        <translation>{0} '{1}' 0 veya daha büyük bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="87"/>
        <source>{0} &apos;{1}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>{0} '{1}' bir tarih değil (YYYY-AA-GG kullanın)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="91"/>
        <source>{0} {1} is in the future</source>
        <translation>{0} {1} gelecekte</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="110"/>
        <source>has no category and its model does not imply one</source>
        <translation>kategorisi yok ve modeli bir kategori belirtmiyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="113"/>
        <source>unknown item category &apos;{0}&apos;</source>
        <translation>bilinmeyen unsur kategorisi '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="118"/>
        <source>quantity &apos;{0}&apos; is not a whole number</source>
        <translation>'{0}' miktarı bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="121"/>
        <source>quantity {0} is under 1</source>
        <translation>{0} miktarı 1'in altında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="129"/>
        <source>depth &apos;{0}&apos; is not a number</source>
        <translation>'{0}' derinliği bir sayı değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="132"/>
        <source>depth {0} cm is outside 0-{1} cm</source>
        <translation>{0} cm derinlik 0-{1} cm dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="142"/>
        <source>unknown {0} &apos;{1}&apos;</source>
        <translation>bilinmeyen {0} '{1}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="170"/>
        <source>civilian &apos;{0}&apos; is not yes/no</source>
        <translation>sivil '{0}' evet/hayır değil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="175"/>
        <source>has no activity at the time</source>
        <translation>o anki faaliyet yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="177"/>
        <source>unknown activity &apos;{0}&apos;</source>
        <translation>bilinmeyen faaliyet '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/values.py" line="182"/>
        <source>unknown device category &apos;{0}&apos;</source>
        <translation>bilinmeyen cihaz kategorisi '{0}'</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="161"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} okunamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="171"/>
        <source>{0} has no layer {1}.</source>
        <translation>{0} içinde {1} katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="45"/>
        <source>the import report</source>
        <translation>içe aktarma raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="55"/>
        <source>The import report cannot be written: {0}</source>
        <translation>İçe aktarma raporu yazılamıyor: {0}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="61"/>
        <source>{0}, {1} {2}: {3}</source>
        <translation>{0}, {1} {2}: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/report.py" line="64"/>
        <source>{0}: {1} more rows refused; see the report.</source>
        <translation>{0}: {1} satır daha reddedildi; rapora bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/engine.py" line="393"/>
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
        <location filename="../demining_plugin/core/imports/engine.py" line="403"/>
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
        <location filename="../demining_plugin/core/imports/stored.py" line="52"/>
        <source>position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store&apos;s districts</source>
        <translation>{0:.6f}, {1:.6f} (enlem, boylam) konumu deponun ilçelerinin {2} fazlası dışında</translation>
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
        <translation>Satırların ilçelerin dışında kalabileceği mesafe 0 m veya daha fazla olmalıdır (verilen: {0}).</translation>
    </message>
</context>
<context>
    <name>ItemChecks</name>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="60"/>
        <source>Item {n} ({category})</source>
        <translation>Unsur {n} ({category})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="62"/>
        <source>Item {n}</source>
        <translation>Unsur {n}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="109"/>
        <source>{item} lies outside every clearance task and all released land.</source>
        <translation>{item} her temizleme görevinin ve tüm serbest bırakılan arazinin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="119"/>
        <source>{item} names task {task}, which is not in the store.</source>
        <translation>{item} depoda olmayan {task} görevini belirtiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="126"/>
        <source>{item} was found on {date}, outside the planned dates of task {task} ({start} to {end}).</source>
        <translation>{item} {date} tarihinde, {task} görevinin planlanan tarihleri ({start} - {end}) dışında bulundu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="132"/>
        <source>{item} has a date in the future ({date}).</source>
        <translation>{item} tarihi gelecekte ({date}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="137"/>
        <source>{item} has a quantity under 1 ({quantity:g}).</source>
        <translation>{item} miktarı 1'in altında ({quantity:g}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="141"/>
        <source>{item} has a depth of {depth:g} cm, outside {low} to {high} cm.</source>
        <translation>{item} derinliği {depth:g} cm, {low} - {high} cm dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/items.py" line="150"/>
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
        <location filename="../demining_plugin/processing/release_algorithms.py" line="57"/>
        <source>Mark areas released</source>
        <translation>Alanları serbest bırakıldı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="81"/>
        <source>Areas released</source>
        <translation>Serbest bırakılan alanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="83"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="86"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="89"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="90"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="91"/>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>Serbest bırakma tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="93"/>
        <source>Clearance depth (cm)</source>
        <translation>Temizleme derinliği (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="96"/>
        <source>Task ID</source>
        <translation>Görev kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="97"/>
        <source>Slivers and remainders smaller than this are ignored (m²)</source>
        <translation>Bundan küçük parçacıklar ve kalıntılar yok sayılır (m²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="102"/>
        <source>Hectares added</source>
        <translation>Eklenen hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="103"/>
        <source>Released polygons added</source>
        <translation>Eklenen serbest bırakma poligonları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="110"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="128"/>
        <source>Feature {} has no geometry; skipped.</source>
        <translation>{} nesnesinin geometrisi yok; atlandı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="142"/>
        <source>Feature {}: {}</source>
        <translation>Nesne {}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="59"/>
        <source>Records the polygons of INPUT as released land in a project store, exactly as the mark-cleared map tool does: each polygon is intersected with the hazard areas, land already released is taken out (a hectare is never counted twice), the rest is split by task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining area and status (open, worked on, closed) and tasks' status follow. All of it is stored in one transaction: if anything fails, nothing changes.</source>
        <translation>INPUT poligonlarını bir proje deposunda serbest bırakılan arazi olarak, harita aracının yaptığı gibi kaydeder: her poligon tehlikeli alanlarla kesiştirilir, zaten serbest bırakılmış arazi çıkarılır (bir hektar asla iki kez sayılmaz), kalan kısım görevlere ve ilçe sınırlarına göre bölünür ve 1 m²'den küçük parçacıklar atılır. Tehlikeli alanların kalan alanı ve durumu (açık, üzerinde çalışılıyor, kapalı) ile görevlerin durumu güncellenir. Hepsi tek bir işlemde kaydedilir: bir şey başarısız olursa hiçbir şey değişmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="43"/>
        <source>DATE must be a date written YYYY-MM-DD, not &apos;{text}&apos;.</source>
        <translation>DATE, '{text}' değil, YYYY-AA-GG biçiminde bir tarih olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="68"/>
        <source>METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not stored, and a hazard or task with less than this left is closed. SUBMIT (default false; always for an operator of a PostGIS store): the polygons wait for review instead (demining:review), and are released, against the land released by then, when approved. Outputs ADDED_HA (true ellipsoidal hectares), ADDED_COUNT (released polygons stored) and SUBMISSION.</source>
        <translation>METHOD: cleared, reduced veya cancelled. TECHNIQUE: manual, mechanical veya mdd. DATE: YYYY-MM-DD. TASK_ID (isteğe bağlı): işin ait olduğu görev; dışındaki arazi hesaba katılmaz. TOLERANCE (m², varsayılan 1): bundan küçük parçalar kaydedilmez ve bundan azı kalan tehlikeli alan veya görev kapatılır. SUBMIT (varsayılan false; bir PostGIS deposunun operatörü için her zaman): poligonlar bunun yerine incelemeyi bekler (demining:review) ve onaylandığında, o zamana kadar serbest bırakılan araziye göre serbest bırakılır. Çıktılar: ADDED_HA (gerçek elipsoidal hektar), ADDED_COUNT (kaydedilen serbest bırakılan poligonlar) ve SUBMISSION.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="100"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Kaydetmek yerine incelemeye gönder (bir veri yöneticisi onaylar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="104"/>
        <source>Submission waiting for review</source>
        <translation>İncelemeyi bekleyen gönderim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="133"/>
        <source>Nothing was stored yet: {0} polygons wait for review as submission {1}; they are clipped against the released land of the moment they are approved.</source>
        <translation>Henüz hiçbir şey kaydedilmedi: {0} poligon {1} gönderimi olarak incelemeyi bekliyor; onaylandıkları andaki serbest bırakılan araziye göre kırpılırlar.</translation>
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
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="104"/>
        <source>Mine map accuracy of {}</source>
        <translation>{} mayın haritası doğruluğu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Recall</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Precision</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Offset (m): total (east, north)</source>
        <translation>Kayma (m): toplam (doğu, kuzey)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Rotation (°)</source>
        <translation>Dönüş (°)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE before (m)</source>
        <translation>Önce RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>RMSE after (m)</source>
        <translation>Sonra RMSE (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Judged</source>
        <translation>Değerlendirilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Mapped</source>
        <translation>Haritalanmış</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AP</source>
        <translation>Beyan edilen AP</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed AT</source>
        <translation>Beyan edilen AT</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Claimed</source>
        <translation>Beyan edilen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Received</source>
        <translation>Teslim alındı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="145"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="156"/>
        <source>Mine maps</source>
        <translation>Mayın haritaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="166"/>
        <source>Tolerance</source>
        <translation>Tolerans</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="172"/>
        <source>A mapped mine counts as confirmed when an item was found this close</source>
        <translation>Bu mesafe içinde bir unsur bulunduğunda haritalanmış mayın doğrulanmış sayılır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="175"/>
        <source>Compute</source>
        <translation>Hesapla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="176"/>
        <source>Judge every record against the items found (in the background)</source>
        <translation>Her kaydı bulunan unsurlara göre değerlendir (arka planda)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="180"/>
        <source>Draw offsets</source>
        <translation>Kaymaları çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="181"/>
        <source>Draw each record&apos;s offset as an arrow from its centre, and the matched pairs (mapped mine to item found) at true length</source>
        <translation>Her kaydın kaymasını merkezinden çıkan bir ok olarak ve eşleşen çiftleri (haritalanmış mayın → bulunan unsur) gerçek uzunlukta çiz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="186"/>
        <source>Add corrected layer</source>
        <translation>Düzeltilmiş katman ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="187"/>
        <source>Add the mapped mines of every fitted record, moved by its fit, as a layer of the project</source>
        <translation>Uydurulan her kaydın haritalanmış mayınlarını, uydurmasına göre taşınmış olarak projeye bir katman halinde ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="248"/>
        <source>No store is open. Open a store (Demining ▸ Open Store…) to judge its supplied mine maps.</source>
        <translation>Açık depo yok. Teslim alınan mayın haritalarını değerlendirmek için bir depo açın (Mayın temizleme ▸ Depo Aç…).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>This store has no mapped mines yet: import a supplied mine map first.</source>
        <translation>Bu depoda henüz haritalanmış mayın yok: önce teslim alınan bir mayın haritasını içe aktarın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="307"/>
        <source>No item found yet: nothing to judge the {n} record(s) against.</source>
        <translation>Henüz bulunan unsur yok: {n} kaydı karşılaştıracak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="295"/>
        <source>Judging the mine maps of {}</source>
        <translation>{} mayın haritaları değerlendiriliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="297"/>
        <source>The mine maps could not be judged: see the message bar.</source>
        <translation>Mayın haritaları değerlendirilemedi: ileti çubuğuna bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="360"/>
        <source>Fit: {kind} on {pairs} pairs</source>
        <translation>Uydurma: {pairs} çift üzerinde {kind}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="372"/>
        <source>{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), precision {precision}.</source>
        <translation>{n} kayıt, {mapped} haritalanmış mayın; {judged_records} kaydın şimdiye kadar temizlenen arazide mayını var: {judged} mayından {matched} tanesi {tol} m içinde doğrulandı (duyarlılık {recall}), kesinlik {precision}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="381"/>
        <source>Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m after.</source>
        <translation>{pairs} çift üzerinde uydurma: ortalama kayma {offset} m, RMSE önce {before} m, sonra {after} m.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="417"/>
        <source>Record offsets (arrows ×{n})</source>
        <translation>Kayıt kaymaları (oklar ×{n})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="451"/>
        <source>Matched pairs (mapped mine → item found)</source>
        <translation>Eşleşen çiftler (haritalanmış mayın → bulunan unsur)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="498"/>
        <source>{n} record offsets drawn (arrows {x} times their length) and {p} matched pairs at true length.</source>
        <translation>{n} kayıt kayması çizildi (oklar uzunluklarının {x} katı) ve {p} eşleşen çift gerçek uzunlukta.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="506"/>
        <source>Corrected mapped mines</source>
        <translation>Düzeltilmiş haritalanmış mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="532"/>
        <source>{n} mapped mines of the fitted records added at their corrected positions (layer “{name}”).</source>
        <translation>Uydurulan kayıtların {n} haritalanmış mayını düzeltilmiş konumlarına eklendi (“{name}” katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="277"/>
        <source>Computing… the records of {name} are judged against the items found.</source>
        <translation>Hesaplanıyor… {name} kayıtları bulunan maddelerle karşılaştırılıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/minemaps_dock.py" line="318"/>
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
        <location filename="../demining_plugin/core/reports/period_report.py" line="185"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="190"/>
        <source>Hectares are true (ellipsoidal) areas; land released more than once counts once, for its first release. Districts are where the land, items, routes and accidents lie.</source>
        <translation>Hektarlar gerçek (elipsoidal) alanlardır; birden fazla kez serbest bırakılan arazi ilk serbest bırakılışında bir kez sayılır. İlçeler arazinin, unsurların, yolların ve kazaların bulunduğu yerlerdir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="214"/>
        <source>Outside the districts</source>
        <translation>İlçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="235"/>
        <source>between {start} and {end}</source>
        <translation>{start} ile {end} arasında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="238"/>
        <source>on {day}</source>
        <translation>{day} tarihinde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="245"/>
        <source>outside the mapped districts</source>
        <translation>haritalanmış ilçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="256"/>
        <source>{Period}, 1 explosive item was found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} bölgesinde 1 patlayıcı unsur bulundu: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="258"/>
        <source>{Period}, {n} explosive items were found: {parts}, in {districts}.</source>
        <translation>{Period} {districts} bölgesinde {n} patlayıcı unsur bulundu: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="265"/>
        <source>{Period}, no explosive items were found.</source>
        <translation>{Period} patlayıcı unsur bulunmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="273"/>
        <source>{ha} ha cleared</source>
        <translation>{ha} ha temizlendi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="275"/>
        <source>{ha} ha reduced by technical survey</source>
        <translation>{ha} ha teknik tarama ile azaltıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="278"/>
        <source>{ha} ha cancelled by non-technical survey</source>
        <translation>{ha} ha teknik olmayan tarama ile iptal edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="280"/>
        <source>{ha} hectares of land were released, every square metre counted once: {parts}.</source>
        <translation>Her metrekare bir kez sayılarak {ha} hektar arazi serbest bırakıldı: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="284"/>
        <source>Land was cleared in {districts}.</source>
        <translation>Arazi şu ilçelerde temizlendi: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="287"/>
        <source>No land was released.</source>
        <translation>Arazi serbest bırakılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="291"/>
        <source>{km} km of routes were cleared, in {districts}.</source>
        <translation>{districts} bölgesinde {km} km yol temizlendi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="294"/>
        <source>No routes were cleared.</source>
        <translation>Yol temizlenmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="298"/>
        <source>1 mine accident was recorded</source>
        <translation>1 mayın kazası kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="299"/>
        <source>{n} mine accidents were recorded</source>
        <translation>{n} mayın kazası kaydedildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="300"/>
        <source>{accidents}, with {killed} killed and {injured} injured, in {districts}.</source>
        <translation>{accidents}: {killed} ölü, {injured} yaralı; ilçeler: {districts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="308"/>
        <source>No mine accidents were recorded.</source>
        <translation>Mayın kazası kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="311"/>
        <source>Mine action report, {day}</source>
        <translation>Mayın faaliyeti raporu, {day}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="313"/>
        <source>Mine action report, {start} to {end}</source>
        <translation>Mayın faaliyeti raporu, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="356"/>
        <source>{n} were destroyed in situ</source>
        <translation>{n} tanesi yerinde imha edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="357"/>
        <source>{n} were removed for demolition</source>
        <translation>{n} tanesi imha için kaldırıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="358"/>
        <source>{n} were rendered safe</source>
        <translation>{n} tanesi emniyete alındı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="368"/>
        <source>{n} have no disposal recorded</source>
        <translation>{n} tanesinin imha kaydı yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="369"/>
        <source>Of these, {parts}.</source>
        <translation>Bunlardan {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="171"/>
        <source>Accidents by activity at the time</source>
        <translation>O anki faaliyete göre kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="178"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="179"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="180"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="181"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="331"/>
        <source>{activity} {share}</source>
        <translation>{activity} {share}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="333"/>
        <source>By activity at the time: {parts}.</source>
        <translation>O anki faaliyete göre: {parts}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="334"/>
        <source>Civilians: {killed} killed and {injured} injured.</source>
        <translation>Siviller: {killed} ölü ve {injured} yaralı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="166"/>
        <source>A report is written as .md, .html or .txt, not &apos;{suffix}&apos;.</source>
        <translation>Bir rapor .md, .html veya .txt olarak yazılır, '{suffix}' olarak değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/period_report.py" line="229"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dönem raporu dönemin iki tarihini de gerektirir (DATE_FROM ve DATE_TO).</translation>
    </message>
</context>
<context>
    <name>PeriodReportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="124"/>
        <source>Period report</source>
        <translation>Dönem raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="144"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="145"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="148"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="150"/>
        <source>Report text</source>
        <translation>Rapor metni</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="189"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="125"/>
        <source>Writes the summary an agency publishes for a period, in complete sentences and a table by district: items found by category and the districts where they were found, hectares released by method (every square metre once, true ellipsoidal areas), kilometres of routes cleared and mine accidents, with the period&apos;s dates. Every figure is computed from the store.</source>
        <translation>Bir kurumun bir dönem için yayımladığı özeti tam cümleler ve ilçelere göre bir tablo olarak yazar: kategoriye göre bulunan unsurlar ve bulundukları ilçeler, yönteme göre serbest bırakılan hektarlar (her metrekare bir kez, gerçek elipsoidal alanlar), temizlenen yolların kilometresi ve mayın kazaları, dönemin tarihleriyle. Her rakam depodan hesaplanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="165"/>
        <source>A period report needs both dates of the period (DATE_FROM and DATE_TO).</source>
        <translation>Dönem raporu dönemin iki tarihini de gerektirir (DATE_FROM ve DATE_TO).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="170"/>
        <source>A report is written as .md, .html or .txt: {output}</source>
        <translation>Bir rapor .md, .html veya .txt olarak yazılır: {output}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="132"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. AS_OF (optional): a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS] (local time unless a zone such as +04:00 or Z is given): the figures as the store held them then, rebuilt from its history. SINCE (optional, without AS_OF): appends how the figures moved since that moment (the sum of demining:changessince). OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. TEXT: the report as plain text.</source>
        <translation>DATE_FROM, DATE_TO: YYYY-MM-DD, ikisi de dahil. AS_OF (isteğe bağlı): bir tarih ve saat, YYYY-MM-DD (o günün sonu) veya YYYY-MM-DDTHH:MM[:SS] (+04:00 veya Z gibi bir saat dilimi verilmedikçe yerel saat): deponun o zaman tuttuğu rakamlar, geçmişinden yeniden oluşturulmuş. SINCE (isteğe bağlı, AS_OF olmadan): rakamların o andan beri nasıl değiştiğini ekler (demining:changessince toplamı). OUTPUT: rapor dosyası; uzantısı biçimi seçer: .md (Markdown), .html veya .txt. TEXT: düz metin olarak rapor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="146"/>
        <source>As the store held it at (date and time)</source>
        <translation>Deponun şu anda tuttuğu gibi (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="147"/>
        <source>Reconcile with the figures at (date and time)</source>
        <translation>Şu andaki rakamlarla uzlaştır (tarih ve saat)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/totals_algorithms.py" line="175"/>
        <source>SINCE reconciles today&apos;s figures with an earlier moment; leave AS_OF empty when SINCE is given.</source>
        <translation>SINCE bugünkü rakamları daha önceki bir anla uzlaştırır; SINCE verildiğinde AS_OF'u boş bırakın.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="109"/>
        <source>The store has no released land to measure productivity from.</source>
        <translation>Depoda verimliliği ölçmek için serbest bırakılan arazi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="133"/>
        <source>At this capacity the work would outlast the calendar ({years:,.0f} years): give more teams (CAPACITY).</source>
        <translation>Bu kapasiteyle iş takvimi aşardı ({years:,.0f} yıl): daha fazla ekip verin (CAPACITY).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="140"/>
        <source>No teams to do the work: give CAPACITY as kind=teams pairs (kinds: {kinds}).</source>
        <translation>İşi yapacak ekip yok: CAPACITY değerini tür=ekip çiftleri olarak verin (türler: {kinds}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="144"/>
        <source>WORK_DAYS_PER_YEAR must be between 1 and 366, not {days}.</source>
        <translation>WORK_DAYS_PER_YEAR 1 ile 366 arasında olmalı, {days} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="148"/>
        <source>No hazard left in the district(s) {unknown} to work first (districts with land left: {known}).</source>
        <translation>Önce çalışılacak {unknown} ilçe(ler)inde tehlikeli alan kalmadı (arazisi kalan ilçeler: {known}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="156"/>
        <source>The forecast needs productivity grouped by method.</source>
        <translation>Tahmin, yönteme göre gruplanmış verimlilik gerektirir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="220"/>
        <source>{ha} ha left take {days} team-days: with {teams} teams working {wd} days a year from {start}, {years} years, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>Kalan {ha} ha {days} ekip-gün sürer: {start} tarihinden itibaren yılda {wd} gün çalışan {teams} ekiple {years} yıl, {finish} tarihinde biter (10-90%: {early} – {late}), maliyet {cost}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="84"/>
        <source>WEIGHTS: at least one weight must be above zero.</source>
        <translation>WEIGHTS: en az bir ağırlık sıfırdan büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="93"/>
        <source>points</source>
        <translation>noktalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="94"/>
        <source>lines</source>
        <translation>çizgiler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="95"/>
        <source>polygons</source>
        <translation>poligonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="96"/>
        <source>no geometry</source>
        <translation>geometri yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="97"/>
        <source>{what}: layer &apos;{name}&apos; holds {found}; it must hold {wanted}.</source>
        <translation>{what}: '{name}' katmanı {found} içeriyor; {wanted} içermeli.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="98"/>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="102"/>
        <source>{what}: layer &apos;{name}&apos; has no coordinate reference system; set its CRS first.</source>
        <translation>{what}: '{name}' katmanının koordinat referans sistemi yok; önce CRS'sini ayarlayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="167"/>
        <source>Settlements</source>
        <translation>Yerleşim yerleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="169"/>
        <source>Roads</source>
        <translation>Yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="170"/>
        <source>Land use</source>
        <translation>Arazi kullanımı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="172"/>
        <source>Settlements: layer &apos;{name}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Yerleşim yerleri: '{name}' katmanında '{field}' alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/priorities.py" line="179"/>
        <source>The store has no open hazard to rank.</source>
        <translation>Depoda sıralanacak açık tehlikeli alan yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="221"/>
        <source>Cannot group productivity by &apos;{group_by}&apos;; choose one of {choices}.</source>
        <translation>Verimlilik '{group_by}' ölçütüne göre gruplanamaz; şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/productivity.py" line="277"/>
        <source>{name}: &apos;{part}&apos; is not a name=number pair with a name among {choices} and a number of zero or more.</source>
        <translation>{name}: '{part}', adı şunlardan biri ({choices}) ve sayısı sıfır veya daha fazla olan bir ad=sayı çifti değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/planning/forecast.py" line="234"/>
        <source>{district}: {ha} ha left ({sha} ha SHA, {cha} ha CHA) take {days} team-days, finished on {finish} (10-90%: {early} to {late}), for {cost}.</source>
        <translation>{district}: kalan {ha} ha ({sha} ha SHA, {cha} ha CHA) {days} ekip-gün sürer, {finish} tarihinde biter (10-90%: {early} – {late}), maliyet {cost}.</translation>
    </message>
</context>
<context>
    <name>PlanningAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="66"/>
        <source>Cancelled: nothing was written.</source>
        <translation>İptal edildi: hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>PostgisController</name>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>Open PostGIS store</source>
        <translation>PostGIS deposunu aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="86"/>
        <source>PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):</source>
        <translation>PostGIS deposu (kayıtlı bir bağlantı, pg:service=… veya postgresql://…?schema=…):</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="99"/>
        <source>Select one feature of a Demining store layer first.</source>
        <translation>Önce bir Demining deposu katmanının bir unsurunu seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="103"/>
        <source>Select exactly one feature of {} to see its history ({} are selected).</source>
        <translation>Geçmişini görmek için {} katmanının tam olarak bir unsurunu seçin ({} seçili).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="110"/>
        <source>Reading the history of {}</source>
        <translation>{} geçmişi okunuyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/history_dialog.py" line="120"/>
        <source>{layer} {identifier}: {count} recorded changes in {store}</source>
        <translation>{layer} {identifier}: {store} içinde {count} kayıtlı değişiklik</translation>
    </message>
</context>
<context>
    <name>PostgisRoles</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="65"/>
        <source>ROLE is operator or manager, not &apos;{role}&apos;.</source>
        <translation>ROLE operator veya manager olmalı, '{role}' değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_roles.py" line="67"/>
        <source>USER: name the PostgreSQL login role to grant.</source>
        <translation>USER: rol verilecek PostgreSQL oturum açma rolünü belirtin.</translation>
    </message>
</context>
<context>
    <name>PostgisStore</name>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="60"/>
        <source>PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).</source>
        <translation>PostGIS depoları psycopg2 Python modülünü gerektirir (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="73"/>
        <source>Cannot read the PostGIS location at &apos;{text}&apos;: write keyword=value pairs such as host=db.example.org dbname=mine_action schema=demining.</source>
        <translation>'{text}' konumundaki PostGIS konumu okunamıyor: host=db.example.org dbname=mine_action schema=demining gibi anahtar=değer çiftleri yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="113"/>
        <source>&apos;{text}&apos; is not a PostGIS store location (pg:... or postgresql://...).</source>
        <translation>'{text}' bir PostGIS depo konumu değil (pg:... veya postgresql://...).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="116"/>
        <source>Schema name &apos;{schema}&apos; is not usable: use letters, digits and _ only, starting with a letter.</source>
        <translation>'{schema}' şema adı kullanılamaz: yalnızca harf, rakam ve _ kullanın, bir harfle başlayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="122"/>
        <source>The PostGIS location &apos;{text}&apos; names no database, service or connection.</source>
        <translation>'{text}' PostGIS konumu bir veritabanı, hizmet veya bağlantı belirtmiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="138"/>
        <source>There is no PostgreSQL connection named &apos;{name}&apos; in QGIS (Data Source Manager &gt; PostgreSQL lists the saved connections).</source>
        <translation>QGIS'te '{name}' adlı PostgreSQL bağlantısı yok (Veri Kaynağı Yöneticisi &gt; PostgreSQL kayıtlı bağlantıları listeler).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="217"/>
        <source>{store_name} does not exist (the database has no schema {store_schema} with tables).</source>
        <translation>{store_name} yok (veritabanında tabloları olan {store_schema} şeması yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="221"/>
        <source>Schema {store_schema} is not a Demining project store (it has no {table} table).</source>
        <translation>{store_schema} şeması bir Demining proje deposu değil ({table} tablosu yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="229"/>
        <source>{store_name} is missing the store layers: {missing}.</source>
        <translation>{store_name} içinde depo katmanları eksik: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="240"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="247"/>
        <source>The database of {store_name} has no PostGIS extension; a database administrator can add it with CREATE EXTENSION postgis.</source>
        <translation>{store_name} veritabanında PostGIS uzantısı yok; bir veritabanı yöneticisi bunu CREATE EXTENSION postgis ile ekleyebilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="253"/>
        <source>PostGIS does not know the coordinate reference system EPSG:{srid}.</source>
        <translation>PostGIS, EPSG:{srid} koordinat referans sistemini tanımıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="259"/>
        <source>Schema {store_schema} already exists in that database; choose another schema name or allow overwriting.</source>
        <translation>{store_schema} şeması bu veritabanında zaten var; başka bir şema adı seçin veya üzerine yazmaya izin verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="397"/>
        <source>Nothing was changed in {name}: another operator was changing the same hazard at the same moment. Try again.</source>
        <translation>{name} içinde hiçbir şey değişmedi: başka bir operatör aynı anda aynı tehlikeli alanı değiştiriyordu. Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="600"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} içinde hiçbir şey değişmedi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="520"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="541"/>
        <source>Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released land {new_id} is already released as {old_id} (another operator marked it at the same moment). Try again.</source>
        <translation>{name} içinde hiçbir şey değişmedi: yeni serbest bırakılan arazi {new_id} alanının {overlap_m2:.1f} m²'si zaten {old_id} olarak serbest bırakılmış (başka bir operatör aynı anda işaretledi). Yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="184"/>
        <source>There is no field {name} in {definition_name}.</source>
        <translation>{definition_name} içinde {name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis_sql.py" line="204"/>
        <source>A PostGIS store needs an EPSG coordinate reference system, not {authid}.</source>
        <translation>Bir PostGIS deposu EPSG koordinat referans sistemi gerektirir, {authid} değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="167"/>
        <source>Reading {name} failed: {error}</source>
        <translation>{name} okunamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="279"/>
        <source>Creating {store_name} failed: {error}</source>
        <translation>{store_name} oluşturulamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="357"/>
        <source>Removing {name} failed: {error}</source>
        <translation>{name} kaldırılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="647"/>
        <source>Saving styles in {name} failed: {error}</source>
        <translation>{name} içine stilleri kaydetme başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="341"/>
        <source>{name}: removed {count} styles that an earlier store of schema {schema} left in layer_styles; the new store&apos;s styles replace them.</source>
        <translation>{name}: {schema} şemasının önceki deposunun layer_styles içinde bıraktığı {count} stil silindi; yerlerine yeni deponun stilleri geçer.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/postgis.py" line="300"/>
        <source>{name}: the operator and manager roles were not created ({error}); a user allowed to create roles can run demining:grant later.</source>
        <translation>{name}: operatör ve yönetici rolleri oluşturulmadı ({error}); rol oluşturma izni olan bir kullanıcı daha sonra demining:grant çalıştırabilir.</translation>
    </message>
</context>
<context>
    <name>PrioritiesAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="268"/>
        <source>Hazard priorities</source>
        <translation>Tehlike öncelikleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="237"/>
        <source>Every hazard not closed, scored by what it blocks and threatens, each component a column between 0 and 1 beside the measure it comes from: settlement (1 / (1 + distance to the nearest settlement in km)), population (people, or settlements without a population field, within 5 km, over the most), roads (metres of road within 500 m, over the most), farmland (share of the hazard in land-use polygons), accidents and items (found within 2 km in the last 365 days, over the most), classification (CHA 1, SHA 0.5) and size (hectares left, over the largest). The score is 100 times the weighted mean of the components; rank 1 comes first. The weights are written in every row.</source>
        <translation>Kapanmamış her tehlikeli alan, engellediği ve tehdit ettiği şeylere göre puanlanır; her bileşen, geldiği ölçünün yanında 0 ile 1 arasında bir sütundur: yerleşim (1 / (1 + en yakın yerleşim yerine km cinsinden uzaklık)), nüfus (5 km içindeki kişiler veya nüfus alanı yoksa yerleşim yerleri, en yükseğe oranla), yollar (500 m içindeki yol metresi, en yükseğe oranla), tarım arazisi (tehlikeli alanın arazi kullanımı poligonlarındaki payı), kazalar ve unsurlar (son 365 günde 2 km içinde bulunan, en yükseğe oranla), sınıflandırma (CHA 1, SHA 0.5) ve büyüklük (kalan hektar, en büyüğe oranla). Puan, bileşenlerin ağırlıklı ortalamasının 100 katıdır; 1. sıra önce gelir. Ağırlıklar her satıra yazılır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="246"/>
        <source>SETTLEMENTS: points or polygons (optional), POPULATION_FIELD its population (optional). ROADS: lines (optional). LAND_USE: farmland polygons (optional). WEIGHTS: name=weight pairs changing the defaults settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; a weight of 0 leaves its component out. OUTPUT: the hazards&apos; polygons with the components, score and rank, coloured by rank.</source>
        <translation>SETTLEMENTS: noktalar veya poligonlar (isteğe bağlı), POPULATION_FIELD nüfusu (isteğe bağlı). ROADS: çizgiler (isteğe bağlı). LAND_USE: tarım arazisi poligonları (isteğe bağlı). WEIGHTS: varsayılanları değiştiren ad=ağırlık çiftleri: settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; 0 ağırlığı bileşenini dışarıda bırakır. OUTPUT: bileşenler, puan ve sırayla birlikte, sıraya göre renklendirilmiş tehlikeli alan poligonları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="256"/>
        <source>Settlements (points or polygons)</source>
        <translation>Yerleşim yerleri (noktalar veya poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="259"/>
        <source>Population field</source>
        <translation>Nüfus alanı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="262"/>
        <source>Roads (lines)</source>
        <translation>Yollar (çizgiler)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="264"/>
        <source>Farmland (polygons)</source>
        <translation>Tarım arazisi (poligonlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="266"/>
        <source>Weights (settlement=3,roads=2,...; empty: the defaults)</source>
        <translation>Ağırlıklar (settlement=3,roads=2,...; boş: varsayılanlar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="309"/>
        <source>Weights: {weights}.</source>
        <translation>Ağırlıklar: {weights}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="311"/>
        <source>{rank}. {hazard} ({district}): score {score}</source>
        <translation>{rank}. {hazard} ({district}): puan {score}</translation>
    </message>
</context>
<context>
    <name>ProductivityAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="95"/>
        <source>Productivity</source>
        <translation>Verimlilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="73"/>
        <source>Square metres released per team-day, measured from the store: released land counted once (true ellipsoidal areas), team-days from the work days teams logged on their tasks (the task&apos;s land spread evenly over them) and, where a task has none, the distinct (team, release date) pairs of the released land. Gives the mean and the 10th, 50th and 90th percentiles over team-days, and the shares of suspected (SHA) and confirmed (CHA) land that left the hazards cancelled, reduced and cleared.</source>
        <translation>Ekip-gün başına serbest bırakılan metrekare, depodan ölçülür: serbest bırakılan arazi bir kez sayılır (gerçek elipsoidal alanlar), ekip-günler ekiplerin görevlerine kaydettiği iş günlerinden (görevin arazisi bunlara eşit dağıtılır), görevde böyle gün yoksa serbest bırakılan arazinin farklı (ekip, serbest bırakma tarihi) çiftlerinden alınır. Ekip-günler üzerinden ortalamayı ve 10., 50. ve 90. yüzdelikleri, ayrıca tehlikeli alanlardan iptal edilen, azaltılan ve temizlenen olarak çıkan şüpheli (SHA) ve teyit edilmiş (CHA) arazinin paylarını verir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="81"/>
        <source>DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive (optional). GROUP_BY: nothing (all), technique, method, district, organisation or team. OUTPUT: a table with group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 and the shares sha_cancelled ... cha_cleared; the last row, group &apos;All&apos;, counts every team-day once.</source>
        <translation>DATE_FROM, DATE_TO: YYYY-MM-DD, ikisi de dahil (isteğe bağlı). GROUP_BY: hiçbiri (tümü), teknik, yöntem, ilçe, kuruluş veya ekip. OUTPUT: group, team_days, released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 ve sha_cancelled ... cha_cleared paylarını içeren tablo; son satır, 'All' grubu, her ekip-günü bir kez sayar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>From date (YYYY-MM-DD, inclusive)</source>
        <translation>Başlangıç tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="90"/>
        <source>To date (YYYY-MM-DD, inclusive)</source>
        <translation>Bitiş tarihi (YYYY-AA-GG, dahil)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Group by</source>
        <translation>Gruplandır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Nothing (all)</source>
        <translation>Hiçbiri (tümü)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="91"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="97"/>
        <source>Square metres per team-day</source>
        <translation>Ekip-gün başına metrekare</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="98"/>
        <source>Team-days</source>
        <translation>Ekip-günler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="114"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/planning_algorithms.py" line="119"/>
        <source>{m2} m² per team-day over {days} team-days (10th to 90th percentile: {p10} to {p90} m²).</source>
        <translation>{days} ekip-gün üzerinden ekip-gün başına {m2} m² (10. – 90. yüzdelik: {p10} – {p90} m²).</translation>
    </message>
</context>
<context>
    <name>RecordEntry</name>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="46"/>
        <source>&apos;{text}&apos; is not a latitude and longitude: type decimal degrees, latitude first, e.g. 40.0512, 46.9876.</source>
        <translation>'{text}' bir enlem ve boylam değil: ondalık derece yazın, önce enlem, ör. 40.0512, 46.9876.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="57"/>
        <source>Latitude {lat} is outside -90..90{hint}.</source>
        <translation>{lat} enlemi -90..90 dışında{hint}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="60"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>{lon} boylamı -180..180 dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="68"/>
        <source>&apos;{text}&apos; is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and the northing in metres, e.g. 38N 650000 4420000.</source>
        <translation>'{text}' bir UTM koordinatı değil: dilimi N veya S (yarımküre) ile, doğu ve kuzey değerlerini metre olarak yazın, ör. 38N 650000 4420000.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="74"/>
        <source>UTM zone {zone} does not exist (1 to 60).</source>
        <translation>{zone} UTM dilimi yok (1 ile 60 arası).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="76"/>
        <source>Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).</source>
        <translation>{easting:.0f} m doğu değeri bir UTM diliminin dışında (100.000 ile 900.000 m arası).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="80"/>
        <source>Northing {northing:.0f} m is outside 0 to 10,000,000 m.</source>
        <translation>{northing:.0f} m kuzey değeri 0 ile 10.000.000 m dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="86"/>
        <source>&apos;{text}&apos; does not convert to a latitude and longitude.</source>
        <translation>'{text}' bir enlem ve boylama dönüştürülemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="101"/>
        <source>MGRS entry is not available in this installation of the plugin; type the point as latitude/longitude or UTM.</source>
        <translation>MGRS girişi eklentinin bu kurulumunda kullanılamıyor; noktayı enlem/boylam veya UTM olarak yazın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="105"/>
        <source>Unknown coordinate format &apos;{coordinate_format}&apos;.</source>
        <translation>Bilinmeyen koordinat biçimi '{coordinate_format}'.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="159"/>
        <source>The record needs a source (who supplied it, or the document).</source>
        <translation>Kaydın bir kaynağı olmalı (kimin verdiği veya belge).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/records/entry.py" line="161"/>
        <source>The traverse has no polygon to store.</source>
        <translation>Geçkinin kaydedilecek poligonu yok.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="423"/>
        <source>The regions layer &apos;{label}&apos; is not a polygon layer.</source>
        <translation>'{label}' ilçe katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/geo/districts.py" line="427"/>
        <source>The regions layer &apos;{label}&apos; has no field &apos;{name_field}&apos;.</source>
        <translation>'{label}' ilçe katmanında '{name_field}' alanı yok.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="43"/>
        <source>{ha} ha reduced</source>
        <translation>{ha} ha azaltıldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="45"/>
        <source>{ha} ha cancelled</source>
        <translation>{ha} ha iptal edildi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="46"/>
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
        <location filename="../demining_plugin/core/release/marking.py" line="122"/>
        <source>{ha} ha remain in hazard {hazard}</source>
        <translation>{hazard} tehlikeli alanında {ha} ha kaldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="125"/>
        <source>{remain} (now closed)</source>
        <translation>{remain} (artık kapalı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="152"/>
        <source>The drawn area is empty.</source>
        <translation>Çizilen alan boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="154"/>
        <source>Released land must be drawn as a polygon.</source>
        <translation>Serbest bırakılan arazi poligon olarak çizilmelidir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="162"/>
        <source>The drawing crosses itself and holds no area once repaired; draw it again.</source>
        <translation>Çizim kendini kesiyor ve onarıldıktan sonra alanı kalmıyor; yeniden çizin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="165"/>
        <source>The drawing crossed itself and was repaired.</source>
        <translation>Çizim kendini kesiyordu ve onarıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="200"/>
        <source>Task {task} does not exist in this store.</source>
        <translation>{task} görevi bu depoda yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="205"/>
        <source>Nothing was added: the area lies outside task {task}.</source>
        <translation>Hiçbir şey eklenmedi: alan {task} görevinin dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="209"/>
        <source>The part outside task {task} was left out.</source>
        <translation>{task} görevinin dışındaki kısım dışarıda bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="215"/>
        <source>Nothing was added: the area is outside every hazard area.</source>
        <translation>Hiçbir şey eklenmedi: alan tüm tehlikeli alanların dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="257"/>
        <source>Nothing was added: this land is already released.</source>
        <translation>Hiçbir şey eklenmedi: bu arazi zaten serbest bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="259"/>
        <source>Nothing was added: the area left after clipping to the hazard areas is empty.</source>
        <translation>Hiçbir şey eklenmedi: tehlikeli alanlara göre kırpıldıktan sonra kalan alan boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="263"/>
        <source>Slivers under {m2} m² were left out.</source>
        <translation>{m2} m²'den küçük parçacıklar dışarıda bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="65"/>
        <source>Release method &apos;{method}&apos; is not one of {codes}.</source>
        <translation>'{method}' serbest bırakma yöntemi şunlardan biri değil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="68"/>
        <source>Technique &apos;{technique}&apos; is not one of {codes}.</source>
        <translation>'{technique}' tekniği şunlardan biri değil: {codes}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="71"/>
        <source>The release date is missing.</source>
        <translation>Serbest bırakma tarihi eksik.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="73"/>
        <source>The release date {date} is in the future.</source>
        <translation>{date} serbest bırakma tarihi gelecekte.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="76"/>
        <source>Clearance depth {depth} cm is outside 0-500 cm.</source>
        <translation>{depth} cm temizleme derinliği 0-500 cm aralığının dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/marking.py" line="156"/>
        <source>The drawing has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Çizimde sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/batch.py" line="33"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="261"/>
        <source>Feature {label}: {error}</source>
        <translation>{label} unsuru: {error}</translation>
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
    <name>ReviewAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="21"/>
        <source>Review a submission</source>
        <translation>Bir gönderimi incele</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="30"/>
        <source>SUBMISSION: its identifier (S-0001). DECISION: approve or reject. REASON: why (required to reject). STATUS: the submission&apos;s status afterwards.</source>
        <translation>SUBMISSION: tanımlayıcısı (S-0001). DECISION: approve veya reject. REASON: gerekçe (reddetmek için gerekli). STATUS: gönderimin sonraki durumu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="37"/>
        <source>Submission (S-0001)</source>
        <translation>Gönderim (S-0001)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>approve</source>
        <translation>onayla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="38"/>
        <source>reject</source>
        <translation>reddet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="40"/>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="41"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="48"/>
        <source>SUBMISSION: name the submission to review (S-0001).</source>
        <translation>SUBMISSION: incelenecek gönderimi belirtin (S-0001).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="55"/>
        <source>Submission {0} approved and stored ({1}).</source>
        <translation>{0} gönderimi onaylandı ve kaydedildi ({1}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="57"/>
        <source>Submission {0} rejected: {1}</source>
        <translation>{0} gönderimi reddedildi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/review_algorithm.py" line="23"/>
        <source>Approves or rejects a submission waiting for review (an import, a release or a field merge run with SUBMIT). Approving stores its rows in the baseline in one transaction, as the import, release or merge would have stored them at that moment (released land clipped against the land released by then); rejecting leaves the baseline as it is and keeps the reason.</source>
        <translation>İncelemeyi bekleyen bir gönderimi (SUBMIT ile çalıştırılmış bir içe aktarma, serbest bırakma veya saha birleştirmesi) onaylar veya reddeder. Onaylama, satırlarını tek bir işlemde, içe aktarma, serbest bırakma veya birleştirmenin o anda kaydedeceği gibi temel veriye kaydeder (serbest bırakılan arazi o zamana kadar serbest bırakılan araziye göre kırpılır); reddetme temel veriyi olduğu gibi bırakır ve gerekçeyi saklar.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Submission</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="63"/>
        <source>Warnings</source>
        <translation>Uyarılar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="68"/>
        <source>Review</source>
        <translation>İnceleme</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="91"/>
        <source>Reason (needed to reject)</source>
        <translation>Gerekçe (reddetmek için gerekli)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show on map</source>
        <translation>Haritada göster</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="94"/>
        <source>Show what the submission would add</source>
        <translation>Gönderimin ne ekleyeceğini göster</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="97"/>
        <source>Store the submission in the baseline now</source>
        <translation>Gönderimi şimdi temel veriye kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="100"/>
        <source>Reject the submission, keeping the reason</source>
        <translation>Gönderimi gerekçesini saklayarak reddet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="103"/>
        <source>List the pending submissions again</source>
        <translation>Bekleyen gönderimleri yeniden listele</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="121"/>
        <source>Listing the submissions of {}</source>
        <translation>{} gönderimleri listeleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="159"/>
        <source>{n} submissions wait for review.</source>
        <translation>{n} gönderim incelemeyi bekliyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="138"/>
        <source>No store open.</source>
        <translation>Açık depo yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="228"/>
        <source>Select a submission first.</source>
        <translation>Önce bir gönderim seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="198"/>
        <source>Reviewing {}</source>
        <translation>{} inceleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} approved and stored.</source>
        <translation>{} onaylandı ve kaydedildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="200"/>
        <source>{} rejected.</source>
        <translation>{} reddedildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="230"/>
        <source>Showing {}</source>
        <translation>{} gösteriliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="238"/>
        <source>Submission {} (preview)</source>
        <translation>{} gönderimi (önizleme)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Approving {}</source>
        <translation>{} onaylanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="43"/>
        <source>Rejecting {}</source>
        <translation>{} reddediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="178"/>
        <source>Wait until {} is done.</source>
        <translation>{} bitene kadar bekleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="183"/>
        <source>Say why {} is rejected (Reason).</source>
        <translation>{} gönderiminin neden reddedildiğini belirtin (Gerekçe).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/review_dock.py" line="158"/>
        <source>One submission waits for review.</source>
        <translation>Bir gönderim incelemeyi bekliyor.</translation>
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
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
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
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
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
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
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
        <location filename="../demining_plugin/core/model/schema.py" line="317"/>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="318"/>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="319"/>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="320"/>
        <source>Remarks</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Districts</source>
        <translation>İlçeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Region ID</source>
        <translation>Bölge kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Local name</source>
        <translation>Yerel ad</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative level</source>
        <translation>İdari düzey</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="342"/>
        <source>Administrative districts used to split and total released land.</source>
        <translation>Serbest bırakılan araziyi bölmek ve toplamak için kullanılan idari ilçeler.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard areas</source>
        <translation>Tehlikeli alanlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Hazard ID</source>
        <translation>Tehlikeli alan kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Classification</source>
        <translation>Sınıflandırma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Contamination</source>
        <translation>Kirlilik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Reported on</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Area (ha)</source>
        <translation>Alan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Remaining (ha)</source>
        <translation>Kalan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="355"/>
        <source>Suspected (SHA) and confirmed (CHA) hazardous areas.</source>
        <translation>Şüpheli (SHA) ve teyit edilmiş (CHA) tehlikeli alanlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance tasks</source>
        <translation>Temizleme görevleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task ID</source>
        <translation>Görev kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Hazard</source>
        <translation>Tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Parent task</source>
        <translation>Üst görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Task type</source>
        <translation>Görev türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned start</source>
        <translation>Planlanan başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned end</source>
        <translation>Planlanan bitiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Planned (ha)</source>
        <translation>Planlanan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Sector number</source>
        <translation>Sektör numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="374"/>
        <source>Clearance and survey tasks and their sectors, drawn inside hazard areas.</source>
        <translation>Tehlikeli alanların içinde çizilmiş temizleme ve tarama görevleri ve sektörleri.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released land</source>
        <translation>Serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release ID</source>
        <translation>Serbest bırakma kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Release method</source>
        <translation>Serbest bırakma yöntemi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Released on</source>
        <translation>Serbest bırakma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Clearance depth (cm)</source>
        <translation>Temizleme derinliği (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="395"/>
        <source>Land released by clearance, technical survey or non-technical survey; never overlapping.</source>
        <translation>Temizleme, teknik tarama veya teknik olmayan tarama ile serbest bırakılan arazi; asla örtüşmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Minefield records</source>
        <translation>Mayın tarlası kayıtları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Record ID</source>
        <translation>Kayıt kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Received on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied by</source>
        <translation>Teslim eden</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AP mines</source>
        <translation>Bildirilen AP mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed AT mines</source>
        <translation>Bildirilen AT mayınları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Claimed mines in total</source>
        <translation>Bildirilen toplam mayın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing unit</source>
        <translation>Semt açısı birimi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>North reference</source>
        <translation>Kuzey referansı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Magnetic declination (degrees)</source>
        <translation>Manyetik sapma (derece)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Traverse misclosure (m)</source>
        <translation>Poligon kapanma hatası (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="416"/>
        <source>Supplied minefield records (mine maps handed over by the other side).</source>
        <translation>Teslim edilen mayın tarlası kayıtları (karşı tarafın teslim ettiği mayın haritaları).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mines</source>
        <translation>Haritalanmış mayınlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mapped mine ID</source>
        <translation>Haritalanmış mayın kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Row</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mine number in row</source>
        <translation>Sıradaki mayın numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="437"/>
        <source>Mines as positioned by a supplied record.</source>
        <translation>Teslim edilen bir kayıtta konumlandırılan mayınlar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Record points</source>
        <translation>Kayıt noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point UID</source>
        <translation>Nokta UID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point number</source>
        <translation>Nokta numarası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Point type</source>
        <translation>Nokta türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Bearing</source>
        <translation>Semt açısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Distance (m)</source>
        <translation>Mesafe (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>From point</source>
        <translation>Önceki nokta</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="451"/>
        <source>Reference point, benchmark and turning points of a minefield record.</source>
        <translation>Bir mayın tarlası kaydının referans noktası, röperi ve dönüm noktaları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Item ID</source>
        <translation>Unsur kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Found on</source>
        <translation>Bulunma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Depth (cm)</source>
        <translation>Derinlik (cm)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Condition</source>
        <translation>Durumu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Disposition</source>
        <translation>İmha şekli</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="468"/>
        <source>Mines, UXO and other items found and what was done with them.</source>
        <translation>Bulunan mayınlar, PM ve diğer unsurlar ve onlara ne yapıldığı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared routes</source>
        <translation>Temizlenen yollar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route ID</source>
        <translation>Yol kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Route type</source>
        <translation>Yol türü</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared width (m)</source>
        <translation>Temizlenen genişlik (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Cleared on</source>
        <translation>Temizlenme tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Length (km)</source>
        <translation>Uzunluk (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="490"/>
        <source>Roads and tracks cleared and verified.</source>
        <translation>Temizlenen ve doğrulanan yollar ve toprak yollar.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Accident ID</source>
        <translation>Kaza kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Occurred on</source>
        <translation>Olay tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Civilian victims</source>
        <translation>Sivil kayıplar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Device</source>
        <translation>Düzenek</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="509"/>
        <source>Mine and UXO accidents with their victims.</source>
        <translation>Mayın ve PM kazaları ve kurbanları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="146"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="219"/>
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
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Task points</source>
        <translation>Görev noktaları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Point ID</source>
        <translation>Nokta kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="526"/>
        <source>Medevac, helicopter landing, access and assembly points of a task.</source>
        <translation>Bir görevin tıbbi tahliye, helikopter iniş, erişim ve toplanma noktaları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Grazing</source>
        <translation>Otlak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Infrastructure</source>
        <translation>Altyapı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="250"/>
        <source>Forest</source>
        <translation>Orman</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality assurance visit</source>
        <translation>Kalite güvencesi (KG) ziyareti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="261"/>
        <source>Quality control sampling</source>
        <translation>Kalite kontrolü (KK) örneklemesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Pass</source>
        <translation>Geçti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Fail</source>
        <translation>Kaldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="268"/>
        <source>Corrective action</source>
        <translation>Düzeltici faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="322"/>
        <source>Field package UUID</source>
        <translation>Saha paketi UUID</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="324"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Completed on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over on</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Handed over to (authority or land user)</source>
        <translation>Teslim alan (yetkili makam veya arazi kullanıcısı)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Land use after release</source>
        <translation>Serbest bırakma sonrası arazi kullanımı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: women</source>
        <translation>Yararlanıcılar: kadın</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: men</source>
        <translation>Yararlanıcılar: erkek</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: girls</source>
        <translation>Yararlanıcılar: kız çocuk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Beneficiaries: boys</source>
        <translation>Yararlanıcılar: erkek çocuk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="327"/>
        <source>Residual risk</source>
        <translation>Artık risk</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Work days</source>
        <translation>İş günleri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Day ID</source>
        <translation>Gün kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Hours worked</source>
        <translation>Çalışılan saat</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>People</source>
        <translation>Kişi sayısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>Machines</source>
        <translation>Makine sayısı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="540"/>
        <source>What a team worked on a task each day: hours, people and machines.</source>
        <translation>Bir ekibin her gün bir görevde yaptığı çalışma: saatler, kişiler ve makineler.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspections</source>
        <translation>Teftişler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspection ID</source>
        <translation>Teftiş kimliği</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspected on</source>
        <translation>Teftiş tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Inspector</source>
        <translation>Müfettiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Area sampled (m²)</source>
        <translation>Örneklenen alan (m²)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Items found in the sample</source>
        <translation>Örneklemede bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/model/schema.py" line="560"/>
        <source>Quality assurance visits and quality control samples of tasks, and their results.</source>
        <translation>Görevlerin kalite güvencesi ziyaretleri ve kalite kontrolü örneklemeleri ile sonuçları.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="123"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Görüntüler (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>SectoriseAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="153"/>
        <source>Divide into sectors</source>
        <translation>Sektörlere böl</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="155"/>
        <source>Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from north), measured on the ground in the polygon&apos;s local UTM zone and clipped to the polygon. Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the parent&apos;s attributes and gets sector_no, sector_id (such as T-0042/07, from the parent&apos;s task_id, hazard_id or feature id) and area_ha.</source>
        <translation>INPUT'un her poligonunu (görevler veya tehlikeli alanlar) ANGLE yönü (kuzeyden saat yönünde derece) boyunca WIDTH metre genişliğinde ve LENGTH metre uzunluğunda numaralı sektörlere veya şeritlere böler; ölçüler poligonun yerel UTM diliminde arazi üzerinde yapılır ve poligona göre kırpılır. Sektörler üst poligonu örtüşme ve boşluk olmadan tam olarak kaplar. Her sektör üst poligonun özniteliklerini korur ve sector_no, sector_id (ör. üst poligonun task_id, hazard_id veya nesne kimliğinden T-0042/07) ve area_ha alır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="165"/>
        <source>Polygons to divide</source>
        <translation>Bölünecek poligonlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="167"/>
        <source>Sector width (m)</source>
        <translation>Sektör genişliği (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="169"/>
        <source>Sector length (m)</source>
        <translation>Sektör uzunluğu (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="171"/>
        <source>Direction (degrees from north)</source>
        <translation>Yön (kuzeyden derece)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="174"/>
        <source>Sectors</source>
        <translation>Sektörler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="180"/>
        <source>INPUT is not a polygon layer that can be read.</source>
        <translation>INPUT okunabilir bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="215"/>
        <source>{}: {} sectors</source>
        <translation>{}: {} sektör</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/release_algorithms.py" line="204"/>
        <source>Feature {}: {}</source>
        <translation>Nesne {}: {}</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="52"/>
        <source>Only polygons can be divided into sectors.</source>
        <translation>Yalnızca poligonlar sektörlere bölünebilir.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="54"/>
        <source>The polygon has a coordinate that is not a number (NaN or infinite).</source>
        <translation>Poligonda sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="57"/>
        <source>Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).</source>
        <translation>Sektör genişliği ve uzunluğu 0 m'den büyük olmalı ({width_m:g} x {length_m:g} verildi).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="61"/>
        <source>Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most {max_km:g} km.</source>
        <translation>{width_m:g} m x {length_m:g} m sektörler her görevden büyük: her kenar en fazla {max_km:g} km olmalı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="65"/>
        <source>The sector direction {angle_deg} is not a number of degrees.</source>
        <translation>{angle_deg} sektör yönü bir derece değeri değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="71"/>
        <source>The polygon holds no area (collapsed, or crossing itself); it cannot be divided.</source>
        <translation>Poligonun alanı yok (çökmüş veya kendisiyle kesişiyor); bölünemez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="99"/>
        <source>{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check the units (metres).</source>
        <translation>{width_m:g} m x {length_m:g} m sektörler yaklaşık {columns:,} sektör oluşturur; birimleri kontrol edin (metre).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="145"/>
        <source>More than {MAX_SECTORS} sectors; use larger sectors.</source>
        <translation>{MAX_SECTORS} sektörden fazla; daha büyük sektörler kullanın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="172"/>
        <source>Task {task_id} does not exist in this store.</source>
        <translation>{task_id} görevi bu depoda yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/release/sectors.py" line="177"/>
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
        <location filename="../demining_plugin/core/store/base.py" line="206"/>
        <source>Layer &apos;{layer_name}&apos; of store {name} cannot be opened.</source>
        <translation>{name} deposunun '{layer_name}' katmanı açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="220"/>
        <source>{name} has data model version {version}; this plugin knows up to version {SCHEMA_VERSION}. Update the Demining plugin to open it.</source>
        <translation>{name} veri modeli sürümü {version}; bu eklenti en fazla {SCHEMA_VERSION} sürümünü bilir. Açmak için Demining eklentisini güncelleyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="228"/>
        <source>{name} has data model version {version} and no migration to version {version2} exists.</source>
        <translation>{name} veri modeli sürümü {version} ve {version2} sürümüne geçiş yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="139"/>
        <source>Cannot add field {layer_name}.{field_name} to {name}.</source>
        <translation>{layer_name}.{field_name} alanı {name} içine eklenemiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="250"/>
        <source>{name} cannot be opened for writing: {error}</source>
        <translation>{name} yazmak için açılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="283"/>
        <source>Nothing was changed in {name}: {error}</source>
        <translation>{name} içinde hiçbir şey değişmedi: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="295"/>
        <source>{path_name} is a folder, not a GeoPackage file.</source>
        <translation>{path_name} bir klasör, GeoPackage dosyası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="298"/>
        <source>{path} does not exist.</source>
        <translation>{path} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="302"/>
        <source>{path_name} is not a GeoPackage (not an SQLite database).</source>
        <translation>{path_name} bir GeoPackage değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="305"/>
        <source>{path_name} is an empty file, not a GeoPackage.</source>
        <translation>{path_name} boş bir dosya, GeoPackage değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="308"/>
        <source>{path_name} is not a GeoPackage.</source>
        <translation>{path_name} bir GeoPackage değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="310"/>
        <source>{path_name} is a GeoPackage but not a Demining project store (it has no {META_TABLE} table). Create a store with &apos;New store...&apos;.</source>
        <translation>{path_name} bir GeoPackage ama Demining proje deposu değil ({META_TABLE} tablosu yok). 'Yeni depo...' ile bir depo oluşturun.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="324"/>
        <source>{path_name} is missing the store layers: {missing}.</source>
        <translation>{path_name} içinde depo katmanları eksik: {missing}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="346"/>
        <source>{name} has data model version {old} and this plugin has no migration from version {missing} to {missing2}; it was left as it is.</source>
        <translation>{name} veri modeli sürümü {old} ve bu eklentide {missing} sürümünden {missing2} sürümüne geçiş yok; olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="351"/>
        <source>{name} has data model version {old} and must be migrated to version {SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere writable.</source>
        <translation>{name} veri modeli sürümü {old} ve {SCHEMA_VERSION} sürümüne geçirilmesi gerekiyor, ancak dosya veya klasörü salt okunur; yazılabilir bir yere kopyalayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="357"/>
        <source>{name} must be migrated from version {old}, but the backup {backup_name} already exists; move it away first so that it is not overwritten.</source>
        <translation>{name} {old} sürümünden geçirilmeli, ancak {backup_name} yedeği zaten var; üzerine yazılmaması için önce onu taşıyın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="366"/>
        <source>Migrating {name} from version {old} failed ({error}); the file was restored from {backup_name}.</source>
        <translation>{name} için {old} sürümünden geçiş başarısız oldu ({error}); dosya {backup_name} yedeğinden geri yüklendi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="376"/>
        <source>A store file must end in .gpkg: {path}</source>
        <translation>Bir depo dosyası .gpkg ile bitmelidir: {path}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="378"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} zaten var; başka bir ad seçin veya üzerine yazmaya izin verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="381"/>
        <source>Folder {path_parent} does not exist.</source>
        <translation>{path_parent} klasörü yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="384"/>
        <source>Unknown coordinate reference system: {crs}</source>
        <translation>Bilinmeyen koordinat referans sistemi: {crs}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="514"/>
        <source>Cannot create {path}.</source>
        <translation>{path} oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="567"/>
        <source>Cannot create layer {definition_name}.</source>
        <translation>{definition_name} katmanı oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/geopackage.py" line="580"/>
        <source>Cannot create field {definition_name}.{f_name}.</source>
        <translation>{definition_name}.{f_name} alanı oluşturulamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="24"/>
        <source>The store has no layer {layer_name}.</source>
        <translation>Depoda {layer_name} katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="50"/>
        <source>There is no field {key}.</source>
        <translation>{key} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="67"/>
        <source>{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{definition_title}: bir geometride sayı olmayan bir koordinat var (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="100"/>
        <source>Adding {values} to {layer_name} failed.</source>
        <translation>{values}, {layer_name} içine eklenemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="158"/>
        <source>{layer_name} does not hold points.</source>
        <translation>{layer_name} nokta içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="208"/>
        <source>{layer_name} has no field {name}.</source>
        <translation>{layer_name} içinde {name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_bulk.py" line="211"/>
        <source>{layer_name}.{name}: {n_values} values for {count} points.</source>
        <translation>{layer_name}.{name}: {count} nokta için {n_values} değer.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="41"/>
        <source>{definition_title}: {identifier} does not exist.</source>
        <translation>{definition_title}: {identifier} yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="117"/>
        <source>Updating {identifier} in {layer_name} failed.</source>
        <translation>{layer_name} içinde {identifier} güncellenemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/gpkg_rows.py" line="132"/>
        <source>Deleting {identifier} from {layer_name} failed.</source>
        <translation>{identifier}, {layer_name} içinden silinemedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/__init__.py" line="32"/>
        <source>&apos;{location}&apos; is not a store location this plugin understands (a GeoPackage path ending in .gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).</source>
        <translation>'{location}' bu eklentinin anladığı bir depo konumu değil (.gpkg ile biten bir GeoPackage yolu veya pg:... ya da postgresql://...?schema=... PostGIS konumu).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/base.py" line="172"/>
        <source>{name} is a file: its roles are the file system&apos;s rights. Roles are granted on PostGIS stores.</source>
        <translation>{name} bir dosya: rolleri dosya sisteminin haklarıdır. Roller PostGIS depolarında verilir.</translation>
    </message>
</context>
<context>
    <name>StoreParameter</name>
    <message>
        <location filename="../demining_plugin/processing/store_algorithms.py" line="123"/>
        <source>Store to copy</source>
        <translation>Kopyalanacak depo</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="76"/>
        <source>Project store</source>
        <translation>Proje deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="79"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/store_parameter.py" line="19"/>
        <source>STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as pg:connection=&apos;&lt;QGIS connection name&gt;&apos; schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt;, or postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt;. A password typed in the location (password=... or &lt;user&gt;:&lt;password&gt;@) goes into QGIS&apos;s authentication database and the store is named by authcfg=&lt;id&gt; from then on; when QGIS&apos;s master password has not been entered, such a location is refused: use a saved connection, or a service with the password in ~/.pgpass.</source>
        <translation>STORE: proje deposu; bir GeoPackage dosyası (.gpkg) veya pg:connection='&lt;QGIS connection name&gt;' schema=&lt;schema&gt;, pg:service=&lt;service&gt; schema=&lt;schema&gt;, pg:host=&lt;host&gt; dbname=&lt;database&gt; user=&lt;user&gt; schema=&lt;schema&gt; ya da postgresql://&lt;user&gt;@&lt;host&gt;:&lt;port&gt;/&lt;database&gt;?schema=&lt;schema&gt; biçiminde yazılmış bir PostGIS deposu. Konuma yazılan bir parola (password=... veya &lt;user&gt;:&lt;password&gt;@) QGIS'in kimlik doğrulama veritabanına aktarılır ve depo bundan sonra authcfg=&lt;id&gt; ile adlandırılır; QGIS'in ana parolası girilmemişse böyle bir konum reddedilir: kayıtlı bir bağlantı veya parolası ~/.pgpass dosyasında olan bir hizmet kullanın.</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="263"/>
        <source>Computing the figures of {}</source>
        <translation>{} rakamları hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>New Demining store</source>
        <translation>Yeni Demining deposu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="337"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Open Demining store</source>
        <translation>Demining deposu aç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="350"/>
        <source>Demining store (*.gpkg);;All files (*)</source>
        <translation>Demining deposu (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="361"/>
        <source>{} is the store this project uses; choose another file name.</source>
        <translation>{} bu projenin kullandığı depodur; başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="364"/>
        <source>Creating store {}</source>
        <translation>{} deposu oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="368"/>
        <source>Created the Demining store {}.</source>
        <translation>{} Demining deposu oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="373"/>
        <source>Opening store {}</source>
        <translation>{} deposu açılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="433"/>
        <source>The demo builder is not available in this installation of the plugin ({}).</source>
        <translation>Demo oluşturucu, eklentinin bu kurulumunda mevcut değil ({}).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="440"/>
        <source>Creating folder {}</source>
        <translation>{} klasörü oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="456"/>
        <source>Building the demo was cancelled.</source>
        <translation>Demo oluşturma iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="461"/>
        <source>Building the demo</source>
        <translation>Demo oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="464"/>
        <source>The demo store is open: {}</source>
        <translation>Demo deposu açık: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="191"/>
        <source>This project&apos;s Demining store {name} cannot be opened.</source>
        <translation>Bu projenin Demining deposu {name} açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/session.py" line="323"/>
        <source>The history of these edits names no user: {}</source>
        <translation>Bu düzenlemelerin geçmişi bir kullanıcı belirtmiyor: {}</translation>
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
        <location filename="../demining_plugin/core/store/styles.py" line="99"/>
        <source>Style {path_name} could not be loaded: {message}</source>
        <translation>{path_name} stili yüklenemedi: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="208"/>
        <source>Layer {definition_name} has no field {field_name}.</source>
        <translation>{definition_name} katmanında {field_name} alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="248"/>
        <source>Layer {definition_name} of {store_name} cannot be opened.</source>
        <translation>{store_name} deposunun {definition_name} katmanı açılamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="256"/>
        <source>Saving the style of {definition_name} failed: {error}</source>
        <translation>{definition_name} stilinin kaydedilmesi başarısız oldu: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="288"/>
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
        <location filename="../demining_plugin/core/store/styles.py" line="268"/>
        <source>The old style of {definition_name} in {store_name} cannot be replaced: {error}</source>
        <translation>{store_name} içindeki {definition_name} eski stili değiştirilemiyor: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="273"/>
        <source>{store_name}: replaced the style saved earlier for {definition_name}.</source>
        <translation>{store_name}: {definition_name} için daha önce kaydedilen stil değiştirildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection passed</source>
        <translation>Teftişi geçti</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Inspection failed</source>
        <translation>Teftişten kaldı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/styles.py" line="61"/>
        <source>Corrective action</source>
        <translation>Düzeltici faaliyet</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="136"/>
        <source>There is nothing to submit.</source>
        <translation>Gönderilecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="141"/>
        <source>{n} polygons to mark {method}</source>
        <translation>{method} olarak işaretlenecek {n} poligon</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="285"/>
        <source>There is no submission {id} in {store}.</source>
        <translation>{store} içinde {id} gönderimi yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="201"/>
        <source>Submission {id} was already {status}; nothing was changed.</source>
        <translation>{id} gönderimi zaten {status}; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="204"/>
        <source>Say why submission {id} is rejected (REASON).</source>
        <translation>{id} gönderiminin neden reddedildiğini belirtin (REASON).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/store/submissions.py" line="213"/>
        <source>Submission {id} was decided by someone else meanwhile; nothing was changed.</source>
        <translation>{id} gönderimi hakkında bu arada başka biri karar verdi; hiçbir şey değiştirilmedi.</translation>
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
        <location filename="../demining_plugin/core/imports/tables.py" line="45"/>
        <source>Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</source>
        <translation>Tablolar ve vektör dosyaları (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>{0}: files ending in &apos;{1}&apos; cannot be imported (use CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX).</source>
        <translation>{0}: '{1}' ile biten dosyalar içe aktarılamaz (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ veya GPX kullanın).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="88"/>
        <source>(no extension)</source>
        <translation>(uzantı yok)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="100"/>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} yok veya bir dosya değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="103"/>
        <source>{0} is empty.</source>
        <translation>{0} boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="110"/>
        <source>an Excel workbook</source>
        <translation>bir Excel çalışma kitabı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="111"/>
        <source>a KMZ file</source>
        <translation>bir KMZ dosyası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="112"/>
        <source>{0} is not {1}: it is not a ZIP archive.</source>
        <translation>{0} {1} değil: bir ZIP arşivi değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="119"/>
        <source>{0} is a damaged ZIP archive: {1}</source>
        <translation>{0} bozuk bir ZIP arşivi: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="122"/>
        <source>{0} is a damaged ZIP archive ({1} cannot be read).</source>
        <translation>{0} bozuk bir ZIP arşivi ({1} okunamıyor).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="125"/>
        <source>{0} is a ZIP archive but not an Excel workbook.</source>
        <translation>{0} bir ZIP arşivi ama Excel çalışma kitabı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="128"/>
        <source>{0} is a ZIP archive without a KML document inside.</source>
        <translation>{0} içinde KML belgesi olmayan bir ZIP arşivi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="132"/>
        <source>{0} is too large for a table ({1} bytes).</source>
        <translation>{0} bir tablo için çok büyük ({1} bayt).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="135"/>
        <source>{0} is not a text (CSV) file: it holds binary data.</source>
        <translation>{0} bir metin (CSV) dosyası değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="139"/>
        <source>{0} is not GeoJSON: it does not start with &apos;{{&apos;.</source>
        <translation>{0} GeoJSON değil: '{{' ile başlamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="143"/>
        <source>{0} is not an XML ({1}) file.</source>
        <translation>{0} bir XML ({1}) dosyası değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="147"/>
        <source>{0} is not a Shapefile (its header is wrong).</source>
        <translation>{0} bir Shapefile değil (başlığı hatalı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="167"/>
        <source>{0}: the text encoding cannot be recognised.</source>
        <translation>{0}: metin kodlaması tanınamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="187"/>
        <source>{0} has no header row.</source>
        <translation>{0} başlık satırı içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="189"/>
        <source>{0}: the header cannot be read: {1}</source>
        <translation>{0}: başlık okunamıyor: {1}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="193"/>
        <source>{0} has an empty header row.</source>
        <translation>{0} boş bir başlık satırına sahip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="218"/>
        <source>has {0} values but the header has {1} columns</source>
        <translation>{0} değer içeriyor ama başlıkta {1} sütun var</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="224"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, satır {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="383"/>
        <source>{0} cannot be read as {1}: {2}</source>
        <translation>{0}, {1} olarak okunamıyor: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/imports/tables.py" line="306"/>
        <source>unknown error</source>
        <translation>bilinmeyen hata</translation>
    </message>
</context>
<context>
    <name>TaskAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="36"/>
        <source>Task ids (comma-separated)</source>
        <translation>Görev kimlikleri (virgülle ayrılmış)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="38"/>
        <source>Or tasks matching the expression</source>
        <translation>Veya ifadeye uyan görevler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="42"/>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF file (or a folder for one PDF per task)</source>
        <translation>PDF dosyası (veya görev başına bir PDF için bir klasör)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="65"/>
        <source>OUTPUT: give a .pdf file or a folder.</source>
        <translation>OUTPUT: bir .pdf dosyası veya bir klasör verin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="56"/>
        <source>Pages written</source>
        <translation>Yazılan sayfalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/task_algorithm.py" line="60"/>
        <source>Files written (;-separated)</source>
        <translation>Yazılan dosyalar (; ile ayrılmış)</translation>
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
        <location filename="../demining_plugin/core/reports/totals.py" line="249"/>
        <source>Released (ha)</source>
        <translation>Serbest bırakılan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="251"/>
        <source>Items found</source>
        <translation>Bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="253"/>
        <source>Routes (km)</source>
        <translation>Yollar (km)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="254"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="255"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="256"/>
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
        <location filename="../demining_plugin/core/reports/hectares.py" line="126"/>
        <source>Layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>'{name}' katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="129"/>
        <source>GROUP_BY names a field twice: {group_by}.</source>
        <translation>GROUP_BY bir alanı iki kez belirtiyor: {group_by}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="137"/>
        <source>Grouping by {g} needs a date field (DATE_FIELD).</source>
        <translation>{g} ile gruplama bir tarih alanı gerektirir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="139"/>
        <source>Layer &apos;{name}&apos; has no field &apos;{g}&apos; to group by (its fields: {fields}; also month and week).</source>
        <translation>'{name}' katmanında gruplanacak '{g}' alanı yok (alanları: {fields}; ayrıca month ve week).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="145"/>
        <source>Layer &apos;{name}&apos; has no date field &apos;{date_field}&apos;.</source>
        <translation>'{name}' katmanında '{date_field}' tarih alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="148"/>
        <source>Field &apos;{date_field}&apos; of layer &apos;{name}&apos; does not hold dates.</source>
        <translation>'{name}' katmanının '{date_field}' alanı tarih içermiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="154"/>
        <source>The regions layer &apos;{layer_name}&apos; is not a polygon layer.</source>
        <translation>'{layer_name}' ilçe katmanı bir poligon katmanı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="157"/>
        <source>The regions layer &apos;{layer_name}&apos; has no field &apos;{region_field}&apos;.</source>
        <translation>'{layer_name}' ilçe katmanında '{region_field}' alanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="186"/>
        <source>No input layer.</source>
        <translation>Girdi katmanı yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/hectares.py" line="193"/>
        <source>A date range needs a date field (DATE_FIELD).</source>
        <translation>Bir tarih aralığı bir tarih alanı gerektirir (DATE_FIELD).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="210"/>
        <source>Unknown grouping &apos;{grouping}&apos;; choose one of {GROUPINGS}.</source>
        <translation>Bilinmeyen gruplama '{grouping}'; şunlardan birini seçin: {GROUPINGS}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/reports/totals.py" line="440"/>
        <source>No store to total.</source>
        <translation>Toplamı alınacak depo yok.</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="204"/>
        <source>No data</source>
        <translation>Veri yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="365"/>
        <source>Outside the districts</source>
        <translation>İlçelerin dışında</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="46"/>
        <source>{n}k</source>
        <translation>{n} bin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_chart.py" line="331"/>
        <source>No releases between {start} and {end}: this time is left out of the axis.</source>
        <translation>{start} ile {end} arasında arazi serbest bırakılmadı: bu süre eksende gösterilmiyor.</translation>
    </message>
</context>
<context>
    <name>TotalsDock</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="40"/>
        <source>Clearance totals of {}</source>
        <translation>{} temizleme toplamları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>First day of the period (empty: from the start)</source>
        <translation>Dönemin ilk günü (boş: baştan)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="125"/>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>Last day of the period, included (empty: up to now)</source>
        <translation>Dönemin son günü, dahil (boş: bugüne kadar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="127"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="133"/>
        <source>What the rows of the table are</source>
        <translation>Tablonun satırları neyi gösterir</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="134"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="136"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="139"/>
        <source>by</source>
        <translation>göre</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="172"/>
        <source>Cumulative hectares</source>
        <translation>Kümülatif hektar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>Items found per week</source>
        <translation>Haftalık bulunan unsurlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="184"/>
        <source>Export the table to a CSV file</source>
        <translation>Tabloyu bir CSV dosyasına aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="186"/>
        <source>Export the table to an Excel workbook</source>
        <translation>Tabloyu bir Excel çalışma kitabına aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Report…</source>
        <translation>Rapor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="189"/>
        <source>Write the period report (sentences and table) as .md, .html or .txt</source>
        <translation>Dönem raporunu (cümleler ve tablo) .md, .html veya .txt olarak yaz</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="198"/>
        <source>Recompute every figure from the store</source>
        <translation>Tüm rakamları depodan yeniden hesapla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="313"/>
        <source>No store open</source>
        <translation>Açık depo yok</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="539"/>
        <source>Computing the totals of {}…</source>
        <translation>{} toplamları hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="368"/>
        <source>Computing the clearance totals of {}</source>
        <translation>{} temizleme toplamları hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="370"/>
        <source>The totals could not be computed.</source>
        <translation>Toplamlar hesaplanamadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="374"/>
        <source>Computing the totals was cancelled.</source>
        <translation>Toplamların hesaplanması iptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="473"/>
        <source>Updating the clearance totals</source>
        <translation>Temizleme toplamları güncelleniyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>Hectares released, cumulative</source>
        <translation>Serbest bırakılan hektar, kümülatif</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="502"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="506"/>
        <source>items</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="537"/>
        <source>Open a Demining store to see its clearance totals.</source>
        <translation>Temizleme toplamlarını görmek için bir Demining deposu açın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="544"/>
        <source>{store}: {ha} ha released in the period, every square metre counted once (true ellipsoidal areas).</source>
        <translation>{store}: dönemde {ha} ha serbest bırakıldı, her metrekare bir kez sayıldı (gerçek elipsoidal alanlar).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>Export totals to CSV</source>
        <translation>Toplamları CSV'ye aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="571"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Export totals to Excel</source>
        <translation>Toplamları Excel'e aktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="576"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="584"/>
        <source>There are no totals to export yet.</source>
        <translation>Henüz aktarılacak toplam yok.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="592"/>
        <source>Exporting the totals to {}</source>
        <translation>Toplamlar {} dosyasına aktarılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="594"/>
        <source>Totals exported to {}.</source>
        <translation>Toplamlar {} dosyasına aktarıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="600"/>
        <source>Open a Demining store first: the report is computed from it.</source>
        <translation>Önce bir Demining deposu açın: rapor ondan hesaplanır.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="602"/>
        <source>The totals of {} are still being computed; ask for the report again in a moment.</source>
        <translation>{} toplamları hâlâ hesaplanıyor; raporu birazdan yeniden isteyin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Period report</source>
        <translation>Dönem raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="607"/>
        <source>Markdown (*.md);;HTML (*.html);;Text (*.txt)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Metin (*.txt)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="632"/>
        <source>Writing the report {}</source>
        <translation>{} raporu yazılıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="634"/>
        <source>Report for {start} to {end} written to {path}.</source>
        <translation>{start} – {end} raporu {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="175"/>
        <source>Accidents by activity</source>
        <translation>Faaliyete göre kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Activity at the time</source>
        <translation>O andaki faaliyet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Accidents</source>
        <translation>Kazalar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Killed</source>
        <translation>Ölen</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Injured</source>
        <translation>Yaralanan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians killed</source>
        <translation>Ölen siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="221"/>
        <source>Civilians injured</source>
        <translation>Yaralanan siviller</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="255"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="88"/>
        <source>Totals</source>
        <translation>Toplamlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="144"/>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="146"/>
        <source>The figures as the store held them at this moment, rebuilt from its history: YYYY-MM-DD (the end of that day) or YYYY-MM-DD HH:MM. Empty: now.</source>
        <translation>Deponun bu anda tuttuğu rakamlar, geçmişinden yeniden oluşturulmuş: YYYY-MM-DD (o günün sonu) veya YYYY-MM-DD HH:MM. Boş: şimdi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="149"/>
        <source>as of</source>
        <translation>itibarıyla</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="177"/>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_dock.py" line="286"/>
        <source>As of</source>
        <translation>Tarih itibarıyla</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="90"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/totals_model.py" line="104"/>
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
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="45"/>
        <source>Minefield record traverse</source>
        <translation>Mayın tarlası kaydı poligonu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="47"/>
        <source>Runs a minefield record&apos;s turning points (bearing and distance from the previous point) on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.

INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point&apos;s UTM zone) or magnetic, which needs DECLINATION in degrees, east positive.

OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point back to the start. AREA_HA: the polygon&apos;s true (ellipsoidal) area in hectares.</source>
        <translation>Bir mayın tarlası kaydının dönüm noktalarını (önceki noktadan semt açısı ve mesafe) bir başlangıç noktasından arazi üzerinde, WGS84 elipsoidinde çizer ve kaydı kapatır.

INPUT: point_no sırasında point_no, bearing ve distance_m (arazi metresi) içeren bir tablo. START_POINT: herhangi bir KRS'de referans noktası. BEARING_UNIT: degrees, mils6400 (NATO) veya mils6000 (Varşova Paktı). NORTH: true, grid (başlangıç noktasının UTM diliminin kuzeyi) veya magnetic; sonuncusu derece cinsinden DECLINATION gerektirir, doğu pozitiftir.

OUTPUT: misclosure_m, misclosure_ratio (çevre / kapanma hatası), perimeter_m ve area_ha ile kayıt poligonu (EPSG:4326). MISCLOSURE_M: son hesaplanan noktadan başlangıca olan mesafe. AREA_HA: poligonun hektar cinsinden gerçek (elipsoidal) alanı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="60"/>
        <source>Turning points (point_no, bearing, distance_m)</source>
        <translation>Dönüm noktaları (point_no, bearing, distance_m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="62"/>
        <source>Start (reference) point</source>
        <translation>Başlangıç (referans) noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="63"/>
        <source>Bearing unit</source>
        <translation>Semt açısı birimi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="66"/>
        <source>North reference</source>
        <translation>Kuzey referansı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="69"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>Manyetik sapma (derece, doğu pozitif)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="72"/>
        <source>Minefield record</source>
        <translation>Mayın tarlası kaydı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="74"/>
        <source>Misclosure (m)</source>
        <translation>Kapanma hatası (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="75"/>
        <source>Area (ha)</source>
        <translation>Alan (ha)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="110"/>
        <source>Misclosure {0:.3f} m ({1}); area {2:.4f} ha</source>
        <translation>Kapanma hatası {0:.3f} m ({1}); alan {2:.4f} ha</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="33"/>
        <source>Row {feature_no}: {name} is empty.</source>
        <translation>Satır {feature_no}: {name} boş.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="38"/>
        <source>Row {feature_no}: {name} &apos;{value}&apos; is not a number.</source>
        <translation>Satır {feature_no}: {name} '{value}' bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="80"/>
        <source>INPUT: the turning-point table cannot be read.</source>
        <translation>INPUT: dönüş noktası tablosu okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="105"/>
        <source>INPUT: point_no {duplicates} appears more than once.</source>
        <translation>INPUT: point_no {duplicates} birden fazla kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/traverse_algorithm.py" line="84"/>
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
        <location filename="../demining_plugin/gui/traverse_dock.py" line="110"/>
        <source>Lat/lon</source>
        <translation>Enlem/boylam</translation>
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
        <translation>Haritada başlangıç noktasına tıklayın (yakalama uygulanır).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="125"/>
        <source>Start point</source>
        <translation>Başlangıç noktası</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="130"/>
        <source>Turning point: the start is the first corner of the minefield. Reference point or benchmark: a landmark off the minefield the record measures from.</source>
        <translation>Dönüş noktası: başlangıç mayın tarlasının ilk köşesidir. Referans noktası veya röper: kaydın ölçüm yaptığı, mayın tarlası dışındaki bir işaret noktası.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="134"/>
        <source>Start is a</source>
        <translation>Başlangıç şudur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="141"/>
        <source>The unit the record&apos;s bearings are written in. Changing it reads the table again in the new unit; it does not convert the figures.</source>
        <translation>Kaydın semt açılarının yazıldığı birim. Değiştirmek tabloyu yeni birimde yeniden okur; sayıları dönüştürmez.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="153"/>
        <source>Magnetic declination in degrees, east positive.</source>
        <translation>Derece cinsinden manyetik sapma, doğu pozitif.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="156"/>
        <source>Declination</source>
        <translation>Sapma</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="158"/>
        <source>Bearings</source>
        <translation>Semt açıları</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="164"/>
        <source>Add a row at the end</source>
        <translation>Sona bir satır ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert</source>
        <translation>Araya ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="167"/>
        <source>Insert a row above the current one</source>
        <translation>Geçerli satırın üstüne bir satır ekle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="170"/>
        <source>Delete the selected rows</source>
        <translation>Seçili satırları sil</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="173"/>
        <source>Empty the table</source>
        <translation>Tabloyu boşalt</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Load from selected polygon</source>
        <translation>Seçili poligondan yükle</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="176"/>
        <source>Fill the table from the selected polygon (minefield record, task, hazard...) in the chosen unit and north</source>
        <translation>Tabloyu seçili poligondan (mayın tarlası kaydı, görev, tehlikeli alan...) seçilen birimde ve kuzeyde doldur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="203"/>
        <source>Who supplied the record, or the document</source>
        <translation>Kaydı kimin verdiği veya belge</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="205"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="206"/>
        <source>Received on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="210"/>
        <source>Save record</source>
        <translation>Kaydı kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="212"/>
        <source>Store the record polygon and its points in the store, in one step</source>
        <translation>Kayıt poligonunu ve noktalarını tek adımda depoya kaydet</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="286"/>
        <source>latitude, longitude, e.g. 40.0512, 46.9876</source>
        <translation>enlem, boylam, ör. 40.0512, 46.9876</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="287"/>
        <source>zone N/S easting northing, e.g. 38N 650000 4420000</source>
        <translation>dilim N/S doğu kuzey, ör. 38N 650000 4420000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="288"/>
        <source>e.g. 38TNK 50000 20000</source>
        <translation>ör. 38TNK 50000 20000</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="382"/>
        <source>Row {row}: {message}</source>
        <translation>Satır {row}: {message}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="384"/>
        <source>({n} cells to correct in all.)</source>
        <translation>(Toplam düzeltilecek {n} hücre.)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>Type or pick the start point.</source>
        <translation>Başlangıç noktasını yazın veya seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="386"/>
        <source>The start point cannot be read.</source>
        <translation>Başlangıç noktası okunamıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="391"/>
        <source>Type the turning points: bearing and distance from the point before.</source>
        <translation>Dönüş noktalarını yazın: önceki noktadan semt açısı ve mesafe.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="406"/>
        <source>Misclosure: –</source>
        <translation>Kapanma hatası: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="407"/>
        <source>Area: –</source>
        <translation>Alan: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="408"/>
        <source>Perimeter: –</source>
        <translation>Çevre: –</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="412"/>
        <source>Misclosure: {m:.3f} m ({ratio})</source>
        <translation>Kapanma hatası: {m:.3f} m ({ratio})</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="414"/>
        <source>Area: {}</source>
        <translation>Alan: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="415"/>
        <source>Perimeter: {:.2f} m</source>
        <translation>Çevre: {:.2f} m</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="418"/>
        <source>The traverse does not close within {t:g} m: check the bearings and distances, or save and confirm closing it.</source>
        <translation>Geçki {t:g} m içinde kapanmıyor: semt açılarını ve mesafeleri kontrol edin veya kaydedip kapatmayı onaylayın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="423"/>
        <source>Closed: {n} points, UTM zone {zone}.</source>
        <translation>Kapalı: {n} nokta, UTM dilimi {zone}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="477"/>
        <source>Select one polygon first (a minefield record, task, hazard or any polygon layer).</source>
        <translation>Önce bir poligon seçin (mayın tarlası kaydı, görev, tehlikeli alan veya herhangi bir poligon katmanı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="488"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="493"/>
        <source>{what}: {n} legs in the table, {unit} from {north}.</source>
        <translation>{what}: tabloda {n} ayak, {north} yönünden {unit}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="515"/>
        <source>Traverse does not close</source>
        <translation>Geçki kapanmıyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="523"/>
        <source>Open or create a store first (Demining dock).</source>
        <translation>Önce bir depo açın veya oluşturun (Mayın temizleme paneli).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="527"/>
        <source>The record was not saved: {}</source>
        <translation>Kayıt kaydedilmedi: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="530"/>
        <source>The record was not saved: type its source (who supplied it, or the document).</source>
        <translation>Kayıt kaydedilmedi: kaynağını yazın (kimin verdiği veya belge).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="537"/>
        <source>The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, more than the {t:g} m allowed.

Close it (join the last point to the first) and save the record with this misclosure?</source>
        <translation>Geçki kapanmıyor: son nokta ilk noktadan {m:.2f} m ({ratio}) uzakta, izin verilen {t:g} m'den fazla.

Kapatılsın mı (son nokta ilk noktaya birleştirilerek) ve kayıt bu kapanma hatasıyla kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="543"/>
        <source>The record was not saved: the traverse does not close within {t:g} m (misclosure {m:.2f} m).</source>
        <translation>Kayıt kaydedilmedi: geçki {t:g} m içinde kapanmıyor (kapanma hatası {m:.2f} m).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="549"/>
        <source>Saving the minefield record</source>
        <translation>Mayın tarlası kaydı kaydediliyor</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="552"/>
        <source>{layer} has unsaved edits. Save or discard them first, then save the record again.</source>
        <translation>{layer} katmanında kaydedilmemiş düzenlemeler var. Önce bunları kaydedin veya atın, sonra kaydı yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), {n} points{district}.</source>
        <translation>Mayın tarlası kaydı {id} kaydedildi: {area}, kapanma hatası {m:.3f} m ({ratio}), {n} nokta{district}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="567"/>
        <source>, in {}</source>
        <translation>, {} içinde</translation>
    </message>
    <message>
        <location filename="../demining_plugin/gui/traverse_dock.py" line="94"/>
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
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Invalid or self-intersecting geometry</source>
        <translation>Geçersiz veya kendisiyle kesişen geometri</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Feature without geometry</source>
        <translation>Geometrisiz unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Fewer than 3 distinct vertices</source>
        <translation>3'ten az farklı köşe</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate consecutive vertices</source>
        <translation>Yinelenen ardışık köşeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Vertices more than 5 km apart</source>
        <translation>Birbirinden 5 km'den uzak köşeler</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land overlapping other released land</source>
        <translation>Başka serbest bırakılan araziyle çakışan serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released land outside its hazard</source>
        <translation>Kendi tehlikeli alanının dışındaki serbest bırakılan arazi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Released area larger than its hazard</source>
        <translation>Tehlikeli alanından büyük serbest bırakılan alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Stored area differs from the computed area</source>
        <translation>Kayıtlı alan hesaplanan alandan farklı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside every task and released area</source>
        <translation>Her görevin ve serbest bırakılan alanın dışında bulunan unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Date in the future</source>
        <translation>Gelecekte bir tarih</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>End before start</source>
        <translation>Bitiş başlangıçtan önce</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates outside the country</source>
        <translation>Ülke dışındaki koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Coordinates apparently swapped (x and y)</source>
        <translation>Görünüşe göre yer değiştirmiş koordinatlar (x ve y)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Missing identifier</source>
        <translation>Eksik tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Duplicate identifier</source>
        <translation>Yinelenen tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Identifier with leading or trailing spaces</source>
        <translation>Başında veya sonunda boşluk olan tanımlayıcı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Link to a feature that does not exist</source>
        <translation>Var olmayan bir unsura bağlantı</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Closed hazard with area remaining</source>
        <translation>Kalan alanı olan kapalı tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>CHA without evidence in the store</source>
        <translation>Depoda kanıtı olmayan CHA</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="243"/>
        <source>{feature} has no geometry.</source>
        <translation>{feature} geometriye sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="249"/>
        <source>{feature} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{feature} sayı olmayan bir koordinata sahip (NaN veya sonsuz).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="232"/>
        <source>{feature} is not a valid geometry: {error}.</source>
        <translation>{feature} geçerli bir geometri değil: {error}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="266"/>
        <source>{feature} has a part or ring with fewer than {n} distinct vertices.</source>
        <translation>{feature}, {n} farklı köşeden az olan bir parçaya veya halkaya sahip.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="271"/>
        <source>{feature} repeats a vertex twice in a row.</source>
        <translation>{feature} bir köşeyi art arda iki kez tekrarlıyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="290"/>
        <source>{feature} has consecutive vertices {km:.1f} km apart (more than {limit:g} km).</source>
        <translation>{feature} birbirinden {km:.1f} km uzak ardışık köşelere sahip ({limit:g} km'den fazla).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="309"/>
        <source>{feature} overlaps {other} by {m2:,.0f} m² ({ha:.4f} ha): that land would be counted twice.</source>
        <translation>{feature}, {other} ile {m2:,.0f} m² ({ha:.4f} ha) çakışıyor: bu arazi iki kez sayılırdı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="323"/>
        <source>its hazard {id}</source>
        <translation>kendi tehlikeli alanı {id}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="327"/>
        <source>every hazard area</source>
        <translation>her tehlikeli alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="331"/>
        <source>{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.</source>
        <translation>{feature} için {m2:,.0f} m² ({ha:.4f} ha) şunun dışında: {what}.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="342"/>
        <source>Land released in {feature} adds up to {ha:,.4f} ha, more than the hazard&apos;s {hazard_ha:,.4f} ha.</source>
        <translation>{feature} içinde serbest bırakılan arazi toplam {ha:,.4f} ha ediyor; bu, tehlikeli alanın {hazard_ha:,.4f} ha değerinden fazla.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="356"/>
        <source>{feature} stores {stored:,.4f} ha; its polygon measures {computed:,.4f} ha (ellipsoidal).</source>
        <translation>{feature} {stored:,.4f} ha kaydediyor; poligonu {computed:,.4f} ha ölçüyor (elipsoidal).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="371"/>
        <source>{feature} ({category}) lies outside every clearance task and released area.</source>
        <translation>{feature} ({category}) her temizleme görevinin ve serbest bırakılan alanın dışında.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="386"/>
        <source>{feature}: {field} {date} is in the future.</source>
        <translation>{feature}: {field} {date} gelecekte.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="391"/>
        <source>{feature}: planned end {end} is before planned start {start}.</source>
        <translation>{feature}: planlanan bitiş {end}, planlanan başlangıç {start} tarihinden önce.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="425"/>
        <source>{feature} lies outside the country but would fall inside it with x and y swapped (latitude and longitude exchanged?).</source>
        <translation>{feature} ülke dışında ama x ve y yer değiştirilirse içine düşerdi (enlem ve boylam karıştırılmış mı?).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="430"/>
        <source>{feature} lies outside the regions&apos; extent (more than {km:g} km beyond it).</source>
        <translation>{feature} ilçelerin kapsamının dışında (ondan {km:g} km'den fazla uzakta).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="442"/>
        <source>{layer} fid {fid} has no identifier.</source>
        <translation>{layer} fid {fid} tanımlayıcıya sahip değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="447"/>
        <source>&apos;{value}&apos; is used by {n} features of {layer} (spaces and case aside).</source>
        <translation>'{value}', {layer} katmanının {n} unsuru tarafından kullanılıyor (boşluklar ve büyük/küçük harf hariç).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces.</source>
        <translation>'{value}' başında veya sonunda boşluk içeriyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="454"/>
        <source>&apos;{value}&apos; has leading or trailing spaces; &apos;{trimmed}&apos; is already taken, so it cannot be trimmed.</source>
        <translation>'{value}' başında veya sonunda boşluk içeriyor; '{trimmed}' zaten kullanılıyor, bu yüzden kırpılamaz.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="471"/>
        <source>{feature}: {field} &apos;{value}&apos; is not a {parent_field} of {parent}.</source>
        <translation>{feature}: {field} '{value}', {parent} katmanının bir {parent_field} değeri değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="496"/>
        <source>{feature} is closed but stores {ha:,.4f} ha remaining.</source>
        <translation>{feature} kapalı ama {ha:,.4f} ha kalan alan kaydediyor.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="500"/>
        <source>{feature} is closed but {ha:,.4f} ha of it is not covered by released land.</source>
        <translation>{feature} kapalı ama {ha:,.4f} ha kısmı serbest bırakılan araziyle kaplı değil.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/validate.py" line="505"/>
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
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="62"/>
        <source>{task} was handed over on {date} but is not completed (no completion date).</source>
        <translation>{task} {date} tarihinde teslim edildi ama tamamlanmadı (tamamlanma tarihi yok).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="66"/>
        <source>{task} is completed but {m2:,.0f} m² ({ha:.4f} ha) of hazard inside it is not released.</source>
        <translation>{task} tamamlandı ama içindeki tehlikeli alanın {m2:,.0f} m² ({ha:.4f} ha) kısmı serbest bırakılmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="72"/>
        <source>{task} was handed over on {date} without a passed inspection.</source>
        <translation>{task} {date} tarihinde başarılı bir teftiş olmadan teslim edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/handover.py" line="80"/>
        <source>Inspection {inspection} of {task} failed on {date} and no later inspection passed.</source>
        <translation>{task} görevinin {inspection} teftişi {date} tarihinde başarısız oldu ve sonraki hiçbir teftiş başarılı olmadı.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over but not completed</source>
        <translation>Teslim edilmiş ama tamamlanmamış görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task completed with hazard land not released</source>
        <translation>Serbest bırakılmamış tehlikeli arazisi olan tamamlanmış görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Task handed over without a passed inspection</source>
        <translation>Başarılı teftiş olmadan teslim edilmiş görev</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Failed inspection with no later pass</source>
        <translation>Sonrasında başarılı teftiş olmayan başarısız teftiş</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item naming a task that is not in the store</source>
        <translation>Depoda olmayan bir görevi belirten unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item found outside its task&apos;s planned dates</source>
        <translation>Görevinin planlanan tarihleri dışında bulunan unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Quantity under 1</source>
        <translation>1'in altında miktar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Depth outside 0 to 500 cm</source>
        <translation>0-500 cm dışında derinlik</translation>
    </message>
    <message>
        <location filename="../demining_plugin/core/checks/rules.py" line="49"/>
        <source>Item far from every task of its team</source>
        <translation>Ekibinin tüm görevlerinden uzak unsur</translation>
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
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="67"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="81"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/validate_algorithm.py" line="82"/>
        <source>{} findings, {} errors.</source>
        <translation>{} bulgu, {} hata.</translation>
    </message>
</context>
<context>
    <name>_ImportAlgorithm</name>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="62"/>
        <source>File to import</source>
        <translation>İçe aktarılacak dosya</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="73"/>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="82"/>
        <source>CRS of x/y columns</source>
        <translation>x/y sütunlarının KRS'si</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="83"/>
        <source>Expected UTM zone (0: no check)</source>
        <translation>Beklenen UTM dilimi (0: denetim yok)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="94"/>
        <source>Expected area</source>
        <translation>Beklenen alan</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="95"/>
        <source>Duplicate distance (m)</source>
        <translation>Yineleme mesafesi (m)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="105"/>
        <source>Column mapping</source>
        <translation>Sütun eşlemesi</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>Import report</source>
        <translation>İçe aktarma raporu</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="113"/>
        <source>Rows imported</source>
        <translation>Aktarılan satırlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="114"/>
        <source>Rows refused</source>
        <translation>Reddedilen satırlar</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="123"/>
        <source>Unknown CRS for x/y: {}</source>
        <translation>x/y için bilinmeyen KRS: {}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>feature</source>
        <translation>unsur</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="153"/>
        <source>row</source>
        <translation>satır</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="155"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="157"/>
        <source>... and {0} more; see the report.</source>
        <translation>... ve {0} tane daha; rapora bakın.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="162"/>
        <source>{0} imported, {1} refused. Report: {2}</source>
        <translation>{0} aktarıldı, {1} reddedildi. Rapor: {2}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="190"/>
        <source>INPUT: choose the file to import.</source>
        <translation>INPUT: içe aktarılacak dosyayı seçin.</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="159"/>
        <source>{0} imported, {1} refused ({2}). Report: {3}</source>
        <translation>{0} aktarıldı, {1} reddedildi ({2}). Rapor: {3}</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="32"/>
        <source>INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). COORDINATES: auto (the file&apos;s geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone (0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the store&apos;s districts). DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the same item. MAPPING (optional): target=column pairs separated by &apos;;&apos; where the detected columns are wrong, e.g. &apos;lat=N;lon=E;category=Type&apos;. REPORT: the CSV listing refused rows (default: beside the input).

Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); the good rows are stored in one transaction and the refused ones listed with their row number and reason. A file that is not what it claims to be changes nothing.

SUBMIT (default false): keep the good rows as a submission waiting for review instead of storing them; they count nowhere until demining:review approves them. An operator of a PostGIS store always submits.

Outputs: IMPORTED and REJECTED (row counts), REPORT (path), SUBMISSION (its identifier when submitted).</source>
        <translation>INPUT: dosya (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ veya GPX). COORDINATES: auto (dosyanın geometrisi, yoksa enlem/boylam, MGRS veya x/y sütunları), latlon, xy, mgrs veya geometry. XY_CRS: x/y sütunlarının CRS'si. UTM_ZONE: bu UTM diliminin dışındaki satırları reddet (0: denetim yok). EXTENT: bu alanın dışındaki satırları reddet (varsayılan: deponun ilçelerinin 1 km'den fazla dışında kalan satırlar). DUPLICATE_M: birbirine bundan yakın iki konum (dosyada veya kayıtlı olanlara karşı) aynı unsurdur. MAPPING (isteğe bağlı): algılanan sütunlar yanlış olduğunda ';' ile ayrılmış hedef=sütun çiftleri, ör. 'lat=N;lon=E;category=Type'. REPORT: reddedilen satırları listeleyen CSV (varsayılan: girdinin yanında).

Her satır denetlenir (eksik veya sayısal olmayan koordinatlar, yer değiştirmiş enlem/boylam, beklenen alanın veya UTM diliminin dışında, yinelenen konumlar, bilinmeyen kategoriler, tarihler, miktarlar, derinlikler); geçerli satırlar tek bir işlemde kaydedilir, reddedilenler ise satır numarası ve gerekçesiyle listelenir. İddia ettiği şey olmayan bir dosya hiçbir şeyi değiştirmez.

SUBMIT (varsayılan false): geçerli satırları kaydetmek yerine incelemeyi bekleyen bir gönderim olarak tut; demining:review onaylayana kadar hiçbir yerde sayılmazlar. Bir PostGIS deposunun operatörü her zaman gönderir.

Çıktılar: IMPORTED ve REJECTED (satır sayıları), REPORT (yol), SUBMISSION (gönderildiğinde tanımlayıcısı).</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="69"/>
        <source>Submit for review instead of storing (a data manager approves it)</source>
        <translation>Kaydetmek yerine incelemeye gönder (bir veri yöneticisi onaylar)</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="115"/>
        <source>Submission waiting for review</source>
        <translation>İncelemeyi bekleyen gönderim</translation>
    </message>
    <message>
        <location filename="../demining_plugin/processing/import_algorithms.py" line="172"/>
        <source>Nothing was stored yet: the rows wait for review as submission {0} (demining:review approves or rejects it).</source>
        <translation>Henüz hiçbir şey kaydedilmedi: satırlar {0} gönderimi olarak incelemeyi bekliyor (demining:review onu onaylar veya reddeder).</translation>
    </message>
</context>
</TS>
