<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tietoja ohjelmasta {app}</translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation>Ohjelman kuvake</translation>
    </message>
    <message>
        <source>Customer register with invoicing for Finnish sole traders and small firms. Works offline; your data stays on this computer.</source>
        <translation>Asiakasrekisteri ja laskutus suomalaisille yksinyrittäjille ja pienyrityksille. Toimii ilman verkkoyhteyttä; tietosi pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>&amp;Bundled libraries and their licences:</source>
        <translation>&amp;Mukana toimitetut kirjastot ja niiden lisenssit:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Mukana toimitetut kirjastot ja niiden lisenssit</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Kirjasto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate, replaceable libraries in the program folder. The licence texts are in the folders of the libraries.</source>
        <translation>Qt:ta ja PySide6:ta käytetään GNU LGPL -lisenssin version 3 ehdoin: ne ovat erillisiä, vaihdettavissa olevia kirjastoja ohjelmakansiossa. Lisenssitekstit ovat kirjastojen kansioissa.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The server asks for the password of {user}.</source>
        <translation>Palvelin pyytää käyttäjän {user} salasanaa.</translation>
    </message>
    <message>
        <source>The register could not be opened:

{error}</source>
        <translation>Rekisteriä ei voitu avata:

{error}</translation>
    </message>
    <message>
        <source>The register was upgraded; a copy was saved first.</source>
        <translation>Rekisteri päivitettiin uuteen versioon; siitä tallennettiin ensin varmuuskopio.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ohjelman &amp;asetukset…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Drop files here or use Add. Files up to 50 MB are kept with the card.</source>
        <translation>Pudota tiedostot tähän tai käytä Lisää-painiketta. Enintään 50 Mt:n tiedostot tallennetaan kortin liitteiksi.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Nimeä &amp;uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Lisää liitteitä</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Tallenna liite nimellä</translation>
    </message>
    <message>
        <source>Rename attachment</source>
        <translation>Nimeä liite uudelleen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Poista liite</translation>
    </message>
    <message>
        <source>Save the card first; then files can be kept with it.</source>
        <translation>Tallenna kortti ensin; sen jälkeen siihen voi liittää tiedostoja.</translation>
    </message>
    <message>
        <source>“{file}” is already kept with this card as “{name}”.</source>
        <translation>Tiedosto ”{file}” on jo liitetty tähän korttiin nimellä ”{name}”.</translation>
    </message>
    <message>
        <source>No program was found to open the file.</source>
        <translation>Tiedoston avaamiseen ei löytynyt ohjelmaa.</translation>
    </message>
    <message>
        <source>The file could not be saved: {error}</source>
        <translation>Tiedostoa ei voitu tallentaa: {error}</translation>
    </message>
    <message>
        <source>Remove “{name}” from this card? This cannot be undone.</source>
        <translation>Poistetaanko ”{name}” tältä kortilta? Toimintoa ei voi perua.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Back &amp;up to…</source>
        <translation>Varmuuskopioi &amp;kohteeseen…</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>&amp;Check the register</source>
        <translation>Ta&amp;rkista rekisteri</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Ei vielä varmuuskopiota</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Viimeisin varmuuskopio: {when}</translation>
    </message>
    <message>
        <source>The last backup is more than 7 days old. Use File › Back up now.</source>
        <translation>Viimeisin varmuuskopio on yli 7 päivää vanha. Valitse Tiedosto › Varmuuskopioi nyt.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Varmuuskopioitu: {path}</translation>
    </message>
    <message>
        <source>Restored. The register as it was is saved as {path}.</source>
        <translation>Palautettu. Rekisterin aiempi tila on tallennettu tiedostoon {path}.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>The register is intact.</source>
        <translation>Rekisteri on eheä.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up to</source>
        <translation>Varmuuskopioi kohteeseen</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation>Rekisterin varmuuskopiot (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopiointi</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import bank payments</source>
        <translation>Tuo pankin maksut</translation>
    </message>
    <message>
        <source>{file}: {kind}, account {account}</source>
        <translation>{file}: {kind}, tili {account}</translation>
    </message>
    <message>
        <source>This file was imported on {when}. Its payments imported then are skipped; only payments left out then can be imported now.</source>
        <translation>Tämä tiedosto tuotiin {when}. Silloin tuodut maksut ohitetaan; nyt voi tuoda vain ne maksut, jotka silloin jätettiin pois.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to import, {amount}.</source>
        <translation>
            <numerusform>%n maksu tuotavana, {amount}.</numerusform>
            <numerusform>%n maksua tuotavana, {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{settled} settles invoices ({paid} paid in full).</source>
        <translation>{settled} kohdistuu laskuille ({paid} maksetaan kokonaan).</translation>
    </message>
    <message>
        <source>{credit} becomes customers&apos; credit.</source>
        <translation>{credit} jää asiakkaiden hyvityssaldoksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of {amount} match no invoice.</source>
        <translation>
            <numerusform>%n maksu, {amount}, ei kohdistu mihinkään laskuun.</numerusform>
            <numerusform>%n maksua, {amount}, ei kohdistu mihinkään laskuun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) are recorded, not settled.</source>
        <translation>
            <numerusform>%n oikaisu kirjataan, sitä ei kohdisteta.</numerusform>
            <numerusform>%n oikaisua kirjataan, niitä ei kohdisteta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) left out.</source>
        <translation>
            <numerusform>%n maksu jätetty pois.</numerusform>
            <numerusform>%n maksua jätetty pois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported already.</source>
        <translation>
            <numerusform>%n maksu on jo tuotu.</numerusform>
            <numerusform>%n maksua on jo tuotu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
</context>
<context>
    <name>BankPaymentActions</name>
    <message>
        <source>Import &amp;bank payments…</source>
        <translation>Tuo pan&amp;kin maksut…</translation>
    </message>
    <message>
        <source>Read the bank&apos;s camt.054 or camt.053 file or reference payment file and settle the invoices it pays; nothing is saved before you confirm.</source>
        <translation>Lue pankin camt.054- tai camt.053-tiedosto tai viitesiirtoaineisto ja kuittaa sen maksamat laskut; mitään ei tallenneta ennen kuin vahvistat.</translation>
    </message>
    <message>
        <source>Unmatched &amp;payments…</source>
        <translation>Kohdistamattomat &amp;maksut…</translation>
    </message>
    <message>
        <source>Undo &amp;bank payment import…</source>
        <translation>Peru pankki&amp;maksujen tuonti…</translation>
    </message>
    <message>
        <source>Import bank payments</source>
        <translation>Tuo pankin maksut</translation>
    </message>
    <message>
        <source>Bank payment files (*.xml *.txt *.dat *.ktl *.vii);;All files (*)</source>
        <translation>Pankin maksutiedostot (*.xml *.txt *.dat *.ktl *.vii);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Luetaan tiedostoa {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Tiedostoa ei voitu lukea: {reason}.</translation>
    </message>
    <message>
        <source>{file} was imported on {when}; there is nothing new in it.</source>
        <translation>{file} tuotiin {when}; siinä ei ole mitään uutta.</translation>
    </message>
    <message>
        <source>Every payment of {file} is in the register already.</source>
        <translation>Kaikki tiedoston {file} maksut ovat jo rekisterissä.</translation>
    </message>
    <message>
        <source>Bank payments imported: {paid} invoices paid in full, {credit} to credit, {unmatched} unmatched.</source>
        <translation>Pankin maksut tuotu: {paid} laskua maksettu kokonaan, {credit} hyvityssaldoksi, {unmatched} kohdistamatta.</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Kohdistamattomat maksut</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) matched no invoice. Look at them now?</source>
        <translation>
            <numerusform>%n maksu ei kohdistunut mihinkään laskuun. Katsotaanko se nyt?</numerusform>
            <numerusform>%n maksua ei kohdistunut mihinkään laskuun. Katsotaanko ne nyt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo bank payment import</source>
        <translation>Peru pankkimaksujen tuonti</translation>
    </message>
    <message>
        <source>No bank files have been imported.</source>
        <translation>Pankin tiedostoja ei ole tuotu.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
    <message>
        <source>{name} has {credit} of credit from overpayments. Use it now on their open invoices, the oldest due first (invoice {number} among them)?</source>
        <translation>Asiakkaalla {name} on liikamaksuista {credit} hyvityssaldoa. Käytetäänkö se nyt avoimiin laskuihin vanhimmasta eräpäivästä alkaen (myös lasku {number})?</translation>
    </message>
</context>
<context>
    <name>BankPayments</name>
    <message>
        <source>camt.054 payment notification</source>
        <translation>camt.054-maksuilmoitus</translation>
    </message>
    <message>
        <source>camt.053 account statement</source>
        <translation>camt.053-tiliote</translation>
    </message>
    <message>
        <source>reference payment file (viitesiirto)</source>
        <translation>viitesiirtoaineisto</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Maksaa</translation>
    </message>
    <message>
        <source>Part payment</source>
        <translation>Osamaksu</translation>
    </message>
    <message>
        <source>Pays, the rest to credit</source>
        <translation>Maksaa, loput hyvityssaldoksi</translation>
    </message>
    <message>
        <source>To the customer&apos;s credit</source>
        <translation>Asiakkaan hyvityssaldoksi</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Kohdistamaton</translation>
    </message>
    <message>
        <source>Correction: not settled</source>
        <translation>Oikaisu: ei kohdisteta</translation>
    </message>
    <message>
        <source>Imported already</source>
        <translation>Tuotu jo</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ei viitettä</translation>
    </message>
    <message>
        <source>no invoice has this reference</source>
        <translation>millään laskulla ei ole tätä viitettä</translation>
    </message>
    <message>
        <source>invoices of several customers have this reference</source>
        <translation>usean asiakkaan laskuilla on tämä viite</translation>
    </message>
    <message>
        <source>not in euros</source>
        <translation>ei euroina</translation>
    </message>
    <message>
        <source>taken off the invoice it paid</source>
        <translation>poistettu laskulta, jonka se maksoi</translation>
    </message>
    <message>
        <source>Not a payment in: money out</source>
        <translation>Ei saapuva maksu: rahaa ulos</translation>
    </message>
    <message>
        <source>Not a payment in: not booked yet</source>
        <translation>Ei saapuva maksu: ei vielä kirjattu</translation>
    </message>
    <message>
        <source>A batch total: import the bank&apos;s camt.054 for its payments</source>
        <translation>Erän summa: tuo pankin camt.054 nähdäksesi sen maksut</translation>
    </message>
    <message>
        <source>(open {amount})</source>
        <translation>(avoinna {amount})</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>hyvityssaldoksi {amount}</translation>
    </message>
</context>
<context>
    <name>BasicInfoTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>Customer &amp;group</source>
        <translation>Asiakas&amp;ryhmä</translation>
    </message>
    <message>
        <source>Account &amp;manager</source>
        <translation>Asiakas&amp;vastaava</translation>
    </message>
    <message>
        <source>Customer n&amp;umber</source>
        <translation>Asiakasn&amp;umero</translation>
    </message>
    <message>
        <source>Company &amp;form</source>
        <translation>Yritys&amp;muoto</translation>
    </message>
    <message>
        <source>Line of &amp;business</source>
        <translation>P&amp;äätoimiala</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tyyppi</translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>From Y-tunnus</source>
        <translation>Y-tunnuksesta</translation>
    </message>
    <message>
        <source>Fill in the Finnish VAT id made from the Y-tunnus (FI + its digits).</source>
        <translation>Täytä Y-tunnuksesta muodostettu suomalainen ALV-tunnus (FI + Y-tunnuksen numerot).</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>A&amp;LV-tunnus</translation>
    </message>
    <message>
        <source>Only when the recipient&apos;s OVT identifier differs from the Y-tunnus.</source>
        <translation>Vain jos vastaanottajan OVT-tunnus poikkeaa Y-tunnuksesta.</translation>
    </message>
    <message>
        <source>Re&amp;cipient OVT</source>
        <translation>Vastaanottajan &amp;OVT-tunnus</translation>
    </message>
    <message>
        <source>c/o on the first line, then the street</source>
        <translation>c/o ensimmäiselle riville, sen jälkeen katuosoite</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postitoim&amp;ipaikka</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation>useita osoitteita ;-merkillä erotettuina</translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation>Laskutus&amp;sähköposti</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Pu&amp;helin</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;WWW-osoite</translation>
    </message>
    <message>
        <source>Use OVT from Y-tunnus</source>
        <translation>Käytä Y-tunnuksen OVT-tunnusta</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>V&amp;erkkolaskuosoite</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation>Verkkolasku&amp;välittäjä</translation>
    </message>
    <message>
        <source>Save a non-standard e-invoice address on purpose</source>
        <translation>Tallenna poikkeava verkkolaskuosoite tarkoituksella</translation>
    </message>
    <message>
        <source>&amp;Active customer</source>
        <translation>&amp;Aktiivinen asiakas</translation>
    </message>
</context>
<context>
    <name>BatchSendDialog</name>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Lähetystapa</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Documents to send</source>
        <translation>Lähetettävät asiakirjat</translation>
    </message>
    <message>
        <source>&amp;Send the ticked ones</source>
        <translation>&amp;Lähetä valitut</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Keskeytä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ticked to send.</source>
        <translation>
            <numerusform>%n asiakirja valittu lähetettäväksi.</numerusform>
            <numerusform>%n asiakirjaa valittu lähetettäväksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Mitään ei odota lähettämistä.</translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go as it stands; the Result column says why.</source>
        <translation>
            <numerusform>%n ei voi lähteä sellaisenaan; Tulos-sarake kertoo miksi.</numerusform>
            <numerusform>%n ei voi lähteä sellaisinaan; Tulos-sarake kertoo miksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, not sent {left}.</source>
        <translation>Lähetetty {sent}, epäonnistui {failed}, lähettämättä {left}.</translation>
    </message>
    <message>
        <source>What was not sent stays waiting; Send tries it again.</source>
        <translation>Lähettämättä jääneet odottavat; Lähetä yrittää niitä uudelleen.</translation>
    </message>
    <message>
        <source>Stopping after the document being sent…</source>
        <translation>Lopetetaan, kun lähetettävänä oleva asiakirja on käsitelty…</translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation>Tallenna tulostettava PDF</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Check where each column of the sheet goes. Change a choice to see the preview below change; unknown columns become custom fields or are ignored.</source>
        <translation>Tarkista, mihin kenttään kukin taulukon sarake tallennetaan. Kun muutat valintaa, alla oleva esikatselu päivittyy; tuntemattomista sarakkeista tulee omia kenttiä, tai ne jätetään pois.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Otsikko tiedostossa</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Esimerkkiarvot</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Tallennetaan kenttään</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vastaavuus</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Tarkista sarakkeet</translation>
    </message>
    <message>
        <source>Column {letter} is saved as</source>
        <translation>Sarake {letter} tallennetaan kenttään</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Jätetään pois</translation>
    </message>
    <message>
        <source>The column is not imported.</source>
        <translation>Saraketta ei tuoda.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Ei tunnistettu</translation>
    </message>
    <message>
        <source>The header is not a known field; it becomes a custom field.</source>
        <translation>Otsikko ei vastaa mitään tunnettua kenttää; siitä tulee oma kenttä.</translation>
    </message>
    <message>
        <source>✓ Certain</source>
        <translation>✓ Varma</translation>
    </message>
    <message>
        <source>The header is a known name of this field, or you chose it.</source>
        <translation>Otsikko on tämän kentän tunnettu nimi, tai valitsit kentän itse.</translation>
    </message>
    <message>
        <source>≈ {percent} %</source>
        <translation>≈ {percent} %</translation>
    </message>
    <message>
        <source>The header is close to a known name; check the choice.</source>
        <translation>Otsikko muistuttaa tunnettua nimeä; tarkista valinta.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Päivitetään esikatselua…</translation>
    </message>
    <message>
        <source>Preview: the first {shown} of {total} rows as they will be saved.</source>
        <translation>Esikatselu: {total} rivistä ensimmäiset {shown} sellaisina kuin ne tallennetaan.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>Miksi tämä tyyppi</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Sinun valintasi.</translation>
    </message>
</context>
<context>
    <name>CompanyCompleter</name>
    <message>
        <source>Looking up “{text}” in the trade register…</source>
        <translation>Haetaan YTJ:stä ”{text}”…</translation>
    </message>
    <message>
        <source>No company found in the trade register.</source>
        <translation>YTJ:stä ei löytynyt yritystä.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n companies found; type more to narrow the search.</source>
        <translation>
            <numerusform>Ensimmäinen %n löydetty yritys; tarkenna hakua kirjoittamalla lisää.</numerusform>
            <numerusform>Ensimmäiset %n löydettyä yritystä; tarkenna hakua kirjoittamalla lisää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) found in the trade register.</source>
        <translation>
            <numerusform>YTJ:stä löytyi %n yritys.</numerusform>
            <numerusform>YTJ:stä löytyi %n yritystä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the trade register: {name}. Check and save.</source>
        <translation>Täytetty YTJ:n tiedoilla: {name}. Tarkista ja tallenna.</translation>
    </message>
    <message>
        <source>Company details from the trade register</source>
        <translation>Yrityksen tiedot YTJ:stä</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Own company details</source>
        <translation>Oman yrityksen tiedot</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>&amp;Company name</source>
        <translation>Yrityksen &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>&amp;ALV-tunnus</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Posti&amp;toimipaikka</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>&amp;BIC</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Pu&amp;helin</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Joku muu muutti tietoja</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sinun</translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation>Toisen tallentama</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Lataa toisen versio</translation>
    </message>
    <message>
        <source>Show the card as saved; your changes are dropped.</source>
        <translation>Näytä kortti tallennetussa muodossa; omat muutoksesi hylätään.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Korvaa omillani</translation>
    </message>
    <message>
        <source>Save your version of the card over theirs; the history keeps theirs.</source>
        <translation>Tallenna oma versiosi toisen version päälle; toisen muutokset jäävät historiaan.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vertaa</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Shared register on a server</source>
        <translation>Palvelimella jaettu rekisteri</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Muista salasana järjestelmän avainnipussa</translation>
    </message>
    <message>
        <source>This computer has no keyring; the password is asked each time.</source>
        <translation>Tällä tietokoneella ei ole avainnippua; salasana kysytään joka kerta.</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Anna palvelin ja tietokanta.</translation>
    </message>
</context>
<context>
    <name>ConsumerBox</name>
    <message>
        <source>Prices &amp;include VAT</source>
        <translation>Hinnat &amp;sisältävät ALV:n</translation>
    </message>
    <message>
        <source>Unit prices are typed and printed with VAT, as consumers are shown them.</source>
        <translation>Yksikköhinnat kirjoitetaan ja tulostetaan arvonlisäveroineen, kuten kuluttajille ne näytetään.</translation>
    </message>
    <message>
        <source>Household work (household tax credit): {gross}, of which VAT {vat}.</source>
        <translation>Kotitalousvähennykseen oikeuttava työ: {gross}, josta ALV {vat}.</translation>
    </message>
    <message>
        <source>The company is in the prepayment register.</source>
        <translation>Yritys on ennakkoperintärekisterissä.</translation>
    </message>
    <message>
        <source>The company is not in the prepayment register (Settings › Invoicing): the buyer gets no household tax credit without it.</source>
        <translation>Yritys ei ole ennakkoperintärekisterissä (Asetukset › Laskutus): ostaja ei saa kotitalousvähennystä ilman sitä.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Muokkaa yhteyshenkilöä</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lisää yhteyshenkilö</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Title or role</source>
        <translation>&amp;Titteli tai rooli</translation>
    </message>
    <message>
        <source>Words for mailing lists, separated by commas.</source>
        <translation>Avainsanat postituslistoja varten pilkuilla erotettuina.</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Avainsanat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. Your unsaved changes are still on screen; save them again or copy them before closing.</source>
        <translation>Jokin meni vikaan. Tallentamattomat muutoksesi ovat yhä näkyvissä; tallenna ne uudelleen tai kopioi ne talteen ennen sulkemista.</translation>
    </message>
    <message>
        <source>What happened is written in the log file {path}.</source>
        <translation>Tiedot tapahtuneesta on kirjoitettu lokitiedostoon {path}.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tekniset tiedot</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit note – invoice {number}</source>
        <translation>Hyvityslasku – lasku {number}</translation>
    </message>
    <message>
        <source>Invoice total {total}, paid {paid}; still creditable {left}.</source>
        <translation>Laskun summa {total}, maksettu {paid}; hyvitettävissä vielä {left}.</translation>
    </message>
    <message>
        <source>Credit &amp;rows (type the quantity to credit)</source>
        <translation>Hyvitä &amp;rivejä (kirjoita hyvitettävä määrä)</translation>
    </message>
    <message>
        <source>Credit an &amp;amount (VAT included)</source>
        <translation>Hyvitä &amp;summa (sis. ALV)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Laskutettu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitetään</translation>
    </message>
    <message>
        <source>Rows to credit</source>
        <translation>Hyvitettävät rivit</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>S&amp;umma</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Teksti</translation>
    </message>
    <message>
        <source>Credit on invoice {number}</source>
        <translation>Hyvitys laskusta {number}</translation>
    </message>
    <message>
        <source>Credit note &amp;date</source>
        <translation>Hyvityslaskun &amp;päiväys</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Hyvityslaskun päiväys</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Tee hyvityslasku</translation>
    </message>
    <message>
        <source>Type the quantity to credit on at least one row.</source>
        <translation>Kirjoita hyvitettävä määrä ainakin yhdelle riville.</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat}</source>
        <translation>ALV {rate}: {vat}</translation>
    </message>
    <message>
        <source>The credit note credits {amount} ({vat}).</source>
        <translation>Hyvityslasku hyvittää {amount} ({vat}).</translation>
    </message>
    <message>
        <source>The invoice is then credited in full.</source>
        <translation>Lasku on sen jälkeen hyvitetty kokonaan.</translation>
    </message>
    <message>
        <source>You then owe the customer a refund of {refund}.</source>
        <translation>Sen jälkeen olet asiakkaalle velkaa palautuksen {refund}.</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Credit from overpayments: {credit}</source>
        <translation>Hyvityssaldo liikamaksuista: {credit}</translation>
    </message>
    <message>
        <source>Use on open invoices</source>
        <translation>Käytä avoimiin laskuihin</translation>
    </message>
    <message>
        <source>Pay the customer&apos;s open invoices from the credit, the oldest due first</source>
        <translation>Maksa asiakkaan avoimet laskut hyvityssaldosta vanhimmasta eräpäivästä alkaen</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
    <message>
        <source>{amount} paid on invoice {number}.</source>
        <translation>{amount} maksettu laskulle {number}.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Inactive</source>
        <translation>Passiivinen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleisnäkymä</translation>
    </message>
    <message>
        <source>Basic info</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Extra info</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Käsittelyhistoria</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Poista asiakas…</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Esc)</source>
        <translation>Peru tallentamattomat muutokset (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the card ({shortcut})</source>
        <translation>Tallenna kortti ({shortcut})</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Asiakkaan avaaminen</translation>
    </message>
    <message>
        <source>Cannot save the customer</source>
        <translation>Asiakasta ei voi tallentaa</translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation>Arkaluonteisia henkilötietoja?</translation>
    </message>
    <message>
        <source>The comment mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation>Kommentissa mainitaan ”{words}”. Terveys, uskonto, etninen alkuperä, poliittiset mielipiteet ja seksuaalinen suuntautuminen ovat erityisiä henkilötietoryhmiä, joita asiakasrekisterissä ei pitäisi olla.

Tallennetaanko silti?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tallenna silti</translation>
    </message>
    <message>
        <source>Throw away the changes made to this card?</source>
        <translation>Hylätäänkö kortille tehdyt muutokset?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Delete {name} ({number}) with its contacts, offices and notes for good?

This cannot be undone.</source>
        <translation>Poistetaanko asiakas {name} ({number}) pysyvästi yhteyshenkilöineen, toimipaikkoineen ja muistiinpanoineen?

Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Tallennetaanko muutokset?</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>uusi asiakas</translation>
    </message>
    <message>
        <source>The card of {name} has changes that are not saved.</source>
        <translation>Asiakaskortilla on tallentamattomia muutoksia: {name}.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nro {number}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Tarjousvaihe</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Kanta-asiakas</translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation>Passiivinen asiakas</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Customer list</source>
        <translation>Asiakasluettelo</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Avaa kalenteri (Alt+Alas)</translation>
    </message>
    <message>
        <source>e.g. 1.10.2026</source>
        <translation>esim. 1.10.2026</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Maksumuistutus</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Tiliote</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Lasku {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Hyvityslasku {number}</translation>
    </message>
    <message>
        <source>Reminder of invoice {number}</source>
        <translation>Maksumuistutus laskusta {number}</translation>
    </message>
    <message>
        <source>Statement of customer {number}</source>
        <translation>Asiakkaan {number} tiliote</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation>Sähköposti ja Finvoice-XML</translation>
    </message>
    <message>
        <source>Paper (print file)</source>
        <translation>Paperi (tulostettava tiedosto)</translation>
    </message>
    <message>
        <source>E-invoice file</source>
        <translation>Verkkolaskutiedosto</translation>
    </message>
    <message>
        <source>into the print file</source>
        <translation>tulostettavaan tiedostoon</translation>
    </message>
    <message>
        <source>{what}: not sent. {reason}</source>
        <translation>{what}: ei lähetetty. {reason}</translation>
    </message>
    <message>
        <source>{what}: put into the print file</source>
        <translation>{what}: lisätty tulostettavaan tiedostoon</translation>
    </message>
    <message>
        <source>{what}: written as an e-invoice to {to}</source>
        <translation>{what}: kirjoitettu verkkolaskuksi osoitteeseen {to}</translation>
    </message>
    <message>
        <source>{what}: e-mailed to {to}</source>
        <translation>{what}: lähetetty sähköpostilla osoitteeseen {to}</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>Send &amp;unsent invoices…</source>
        <translation>&amp;Lähetä lähettämättömät laskut…</translation>
    </message>
    <message>
        <source>Send due &amp;reminders…</source>
        <translation>Lähetä erääntyneiden &amp;muistutukset…</translation>
    </message>
    <message>
        <source>Send customer st&amp;atement…</source>
        <translation>Lähetä asiakkaan &amp;tiliote…</translation>
    </message>
    <message>
        <source>&amp;E-mail and sending…</source>
        <translation>&amp;Sähköposti ja lähetys…</translation>
    </message>
    <message>
        <source>S&amp;end…</source>
        <translation>&amp;Lähetä…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Send statement</source>
        <translation>Lähetä tiliote</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Valitse ensin asiakas.</translation>
    </message>
    <message>
        <source>Send unsent invoices</source>
        <translation>Lähetä lähettämättömät laskut</translation>
    </message>
    <message>
        <source>Send due reminders</source>
        <translation>Lähetä erääntyneiden muistutukset</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Open it</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open {customer}</source>
        <translation>Avaa {customer}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Merge with {customer}</source>
        <translation>Yhdistä asiakkaaseen {customer}</translation>
    </message>
    <message>
        <source>Your limited role cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation>Rajatulla roolilla ei voi yhdistää asiakkaita: yhdistäminen siirtää niiden laskut. Tiimin jäsen, jolla on täydet oikeudet, voi yhdistää ne.</translation>
    </message>
    <message>
        <source>Save this customer first; then it can be merged with the other.</source>
        <translation>Tallenna tämä asiakas ensin; sen jälkeen sen voi yhdistää toiseen.</translation>
    </message>
    <message>
        <source>Possible duplicate: {number} {name} — {reasons}</source>
        <translation>Mahdollinen kaksoiskappale: {number} {name} – {reasons}</translation>
    </message>
    <message>
        <source>same Y-tunnus</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>sama sähköposti</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>sama puhelinnumero</translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation>sama asiakasnumero</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>samankaltainen nimi</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Tiedostossa</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Muistuttaa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Rows that share a customer number, Y-tunnus, e-mail address or phone number with each other or with a customer in the register are duplicates: the later rows are skipped, or the register&apos;s customer is updated. Rows with only a similar name, or an address shared by different names, are possible duplicates: they are imported as new unless you choose otherwise. Choose for each group what the import does.</source>
        <translation>Rivit, joilla on keskenään tai rekisterin asiakkaan kanssa sama asiakasnumero, Y-tunnus, sähköpostiosoite tai puhelinnumero, ovat kaksoiskappaleita: myöhemmät rivit ohitetaan tai rekisterin asiakas päivitetään. Rivit, joilla on vain samankaltainen nimi tai eri nimillä sama osoite, ovat mahdollisia kaksoiskappaleita: ne tuodaan uusina, ellet valitse toisin. Valitse kullekin ryhmälle, mitä tuonti tekee.</translation>
    </message>
    <message>
        <source>No duplicates were found.</source>
        <translation>Kaksoiskappaleita ei löytynyt.</translation>
    </message>
    <message>
        <source>{number} {name} in the register</source>
        <translation>{number} {name} rekisterissä</translation>
    </message>
    <message>
        <source>Each other, within the file</source>
        <translation>Toisiaan saman tiedoston sisällä</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>Päivitä nykyinen asiakas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Selected groups:</source>
        <translation>Valitut ryhmät:</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Tuo uutena</translation>
    </message>
    <message>
        <source>Apply to the selected groups</source>
        <translation>Käytä valittuihin ryhmiin</translation>
    </message>
    <message>
        <source>Update: merge into the first row</source>
        <translation>Päivitä: yhdistä ensimmäiseen riviin</translation>
    </message>
    <message>
        <source>Skip the later rows</source>
        <translation>Ohita myöhemmät rivit</translation>
    </message>
    <message>
        <source>Import each as new</source>
        <translation>Tuo kukin uutena</translation>
    </message>
    <message>
        <source>Action for rows {rows}</source>
        <translation>Toiminto riveille {rows}</translation>
    </message>
    <message>
        <source>Same customer number</source>
        <translation>Sama asiakasnumero</translation>
    </message>
    <message>
        <source>Same Y-tunnus</source>
        <translation>Sama Y-tunnus</translation>
    </message>
    <message>
        <source>Possibly: same e-mail address, different name</source>
        <translation>Mahdollisesti: sama sähköpostiosoite, eri nimi</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Sama sähköpostiosoite</translation>
    </message>
    <message>
        <source>Possibly: same phone number, different name</source>
        <translation>Mahdollisesti: sama puhelinnumero, eri nimi</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Sama puhelinnumero</translation>
    </message>
    <message>
        <source>Possibly: similar name ({score} %)</source>
        <translation>Mahdollisesti: samankaltainen nimi ({score} %)</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>Sähköpostiasetukset</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>&amp;Postipalvelin</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Viestit</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver (SMTP)</source>
        <translation>Lähtevän postin &amp;palvelin (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Salaus</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ortti</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Sala&amp;sana</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation>Lähettäjän &amp;nimi</translation>
    </message>
    <message>
        <source>Sender&apos;s e-mail &amp;address</source>
        <translation>Lähettäjän sähköposti&amp;osoite</translation>
    </message>
    <message>
        <source>&amp;Replies to</source>
        <translation>&amp;Vastaukset osoitteeseen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopio</translation>
    </message>
    <message>
        <source>E-invoice &amp;folder</source>
        <translation>Verkkolasku&amp;kansio</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (yleensä portti 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (yleensä portti 465)</translation>
    </message>
    <message>
        <source>None (a server on this network only)</source>
        <translation>Ei salausta (vain tämän verkon palvelin)</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Tyhjä, jos palvelin ei vaadi kirjautumista</translation>
    </message>
    <message>
        <source>The sender, when empty</source>
        <translation>Tyhjänä lähettäjä</translation>
    </message>
    <message>
        <source>Finvoice files for the operator&apos;s upload</source>
        <translation>Finvoice-tiedostot operaattorille lähetettäviksi</translation>
    </message>
    <message>
        <source>Kept in the keyring</source>
        <translation>Tallessa avainnipussa</translation>
    </message>
    <message>
        <source>&amp;Keep in the keyring of this computer</source>
        <translation>&amp;Tallenna tämän tietokoneen avainnippuun</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked each time</source>
        <translation>Tässä tietokoneessa ei ole avainnippua: salasana kysytään joka kerta</translation>
    </message>
    <message>
        <source>Send me a blind &amp;copy of every message</source>
        <translation>Lähetä minulle &amp;piilokopio jokaisesta viestistä</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kokeile yhteyttä</translation>
    </message>
    <message>
        <source>Folder for e-invoice files</source>
        <translation>Verkkolaskutiedostojen kansio</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Yhdistetään palvelimeen {host}…</translation>
    </message>
    <message>
        <source>The connection works: the server took the login.</source>
        <translation>Yhteys toimii: palvelin hyväksyi kirjautumisen.</translation>
    </message>
</context>
<context>
    <name>ExtraInfoTab</name>
    <message>
        <source>Invoicing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Number of another customer who receives this customer&apos;s invoices.</source>
        <translation>Sen toisen asiakkaan numero, jolle tämän asiakkaan laskut lähetetään.</translation>
    </message>
    <message>
        <source>&amp;Billing customer number</source>
        <translation>Laskutusasiakkaan &amp;numero</translation>
    </message>
    <message>
        <source>Invoice &amp;language</source>
        <translation>&amp;Laskun kieli</translation>
    </message>
    <message>
        <source>&amp;Fixed reference</source>
        <translation>&amp;Kiinteä viitenumero</translation>
    </message>
    <message>
        <source>Use &amp;RF reference</source>
        <translation>Käytä R&amp;F-viitettä</translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation>ALV-käsittel&amp;y</translation>
    </message>
    <message>
        <source>&amp;Discount %</source>
        <translation>&amp;Alennus %</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ei rajaa</translation>
    </message>
    <message>
        <source>Cre&amp;dit limit (€)</source>
        <translation>Luotto&amp;raja (€)</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Yrityksen oletus</translation>
    </message>
    <message>
        <source>&amp;Penalty interest %</source>
        <translation>&amp;Viivästyskorko %</translation>
    </message>
    <message>
        <source>Payment &amp;term (days)</source>
        <translation>&amp;Maksuaika (päivää)</translation>
    </message>
    <message>
        <source>Delivery &amp;ban (no new invoices)</source>
        <translation>Toimituskielto (ei &amp;uusia laskuja)</translation>
    </message>
    <message>
        <source>Collection ban (no &amp;reminders)</source>
        <translation>&amp;Perintäkielto (ei maksumuistutuksia)</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Asiakkaan tila</translation>
    </message>
    <message>
        <source>Suspect (nothing yet)</source>
        <translation>Liidi (ei vielä kauppaa)</translation>
    </message>
    <message>
        <source>Prospect (offers made)</source>
        <translation>Tarjousvaihe (tarjous tehty)</translation>
    </message>
    <message>
        <source>Trial (one invoice)</source>
        <translation>Uusi asiakas (yksi lasku)</translation>
    </message>
    <message>
        <source>Regular (several invoices)</source>
        <translation>Kanta-asiakas (useita laskuja)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <source>Status set by &amp;hand</source>
        <translation>Tila asetettu k&amp;äsin</translation>
    </message>
    <message>
        <source>Otherwise the status follows the customer&apos;s offers and invoices.</source>
        <translation>Muuten tila määräytyy asiakkaan tarjousten ja laskujen mukaan.</translation>
    </message>
    <message>
        <source>Delivery and defaults</source>
        <translation>Toimitus ja oletukset</translation>
    </message>
    <message>
        <source>Deli&amp;very terms</source>
        <translation>Toimituseh&amp;dot</translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation>To&amp;imitustapa</translation>
    </message>
    <message>
        <source>Default office</source>
        <translation>Oletustoimipaikka</translation>
    </message>
    <message>
        <source>Default o&amp;ffice</source>
        <translation>&amp;Oletustoimipaikka</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Oletusyhteyshenkilö</translation>
    </message>
    <message>
        <source>Default &amp;contact person</source>
        <translation>Oletusy&amp;hteyshenkilö</translation>
    </message>
    <message>
        <source>Default &quot;&amp;your reference&quot;</source>
        <translation>Oletus ”&amp;viitteenne”</translation>
    </message>
    <message>
        <source>A&amp;greement identifier</source>
        <translation>&amp;Sopimustunnus</translation>
    </message>
    <message>
        <source>Text &amp;before invoice rows</source>
        <translation>Teksti &amp;ennen laskurivejä</translation>
    </message>
    <message>
        <source>Text &amp;after invoice rows</source>
        <translation>Teksti laskurivien &amp;jälkeen</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Sisäinen kommentti</translation>
    </message>
    <message>
        <source>Not printed on invoices.</source>
        <translation>Ei tulostu laskuille.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentti</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Omat kentät</translation>
    </message>
    <message>
        <source>How invoices, reminders and statements reach the customer. Automatic: as an e-invoice when the card has an e-invoice address, else by e-mail when it has an e-mail address, else on paper.</source>
        <translation>Miten laskut, maksumuistutukset ja tiliotteet toimitetaan asiakkaalle. Automaattinen: verkkolaskuna, jos kortilla on verkkolaskuosoite, muuten sähköpostilla, jos sillä on sähköpostiosoite, muuten paperilla.</translation>
    </message>
    <message>
        <source>Discount, credit limit and penalty interest are not shown: your user on the register&apos;s server has the limited role, which has no right to invoicing figures.</source>
        <translation>Alennusta, luottorajaa ja viivästyskorkoa ei näytetä: käyttäjätunnuksellasi on rekisterin palvelimella rajattu rooli, jolla ei ole oikeutta laskutuksen lukuihin.</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Lisää kenttä…</translation>
    </message>
    <message>
        <source>Invoices s&amp;ent by</source>
        <translation>Laskujen lähe&amp;tystapa</translation>
    </message>
    <message>
        <source>By country (domestic VAT in Finland)</source>
        <translation>Maan mukaan (kotimaan ALV Suomessa)</translation>
    </message>
    <message>
        <source>EU business customer with VAT id (0 %)</source>
        <translation>EU-yritysasiakas, jolla ALV-tunnus (0 %)</translation>
    </message>
    <message>
        <source>Outside the EU (0 %)</source>
        <translation>EU:n ulkopuolella (0 %)</translation>
    </message>
    <message>
        <source>Domestic construction services, reverse charge</source>
        <translation>Kotimaan rakentamispalvelut, käännetty verovelvollisuus</translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation>Aina kotimaan ALV</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Lisää kenttä</translation>
    </message>
    <message>
        <source>Name of the new field:</source>
        <translation>Uuden kentän nimi:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ei mitään —</translation>
    </message>
    <message>
        <source>Cannot change the default</source>
        <translation>Oletusta ei voi muuttaa</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>T&amp;aulukko:</translation>
    </message>
    <message>
        <source>&amp;Keep unknown columns as custom fields</source>
        <translation>Säilytä tuntemattomat sarakkeet &amp;omina kenttinä</translation>
    </message>
    <message>
        <source>When unticked, columns the program does not recognise are ignored.</source>
        <translation>Jos valinta ei ole päällä, sarakkeet, joita ohjelma ei tunnista, jätetään pois.</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files can be read. The header row may sit below a title and blank rows; Finnish, Swedish and English column names are recognised. Nothing is saved before the last step.</source>
        <translation>Ohjelma lukee Excel- (.xlsx, .xlsm, .xls), OpenDocument- (.ods) ja CSV-tiedostoja. Otsikkorivi saa olla otsikon ja tyhjien rivien alapuolella; suomen-, ruotsin- ja englanninkieliset sarakenimet tunnistetaan. Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Luetaan tiedostoa {file}…</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” ({format}): the column names are on row {row}; {count} rows of customers follow.</source>
        <translation>Taulukko ”{sheet}” ({format}): sarakkeiden nimet ovat rivillä {row}; niiden alla on asiakasrivejä {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Contact persons from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Myös välilehden ”{sheet}” yhteyshenkilöt tuodaan (%n rivi).</numerusform>
            <numerusform>Myös välilehden ”{sheet}” yhteyshenkilöt tuodaan (%n riviä).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Myös välilehden ”{sheet}” toimipisteet tuodaan (%n rivi).</numerusform>
            <numerusform>Myös välilehden ”{sheet}” toimipisteet tuodaan (%n riviä).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s other sheets ({sheets}) are not read.</source>
        <translation>Tiedoston muita välilehtiä ({sheets}) ei lueta.</translation>
    </message>
    <message>
        <source>Only this sheet is imported; the file&apos;s other sheets ({sheets}) are not read.</source>
        <translation>Vain tämä välilehti tuodaan; tiedoston muita välilehtiä ({sheets}) ei lueta.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Tervetuloa – {app}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;Start by giving your own company&apos;s details: they are printed on every invoice. You can leave them for later and change them any time in Settings › Preferences.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa!&lt;/h2&gt;&lt;p&gt;Aloita antamalla oman yrityksesi tiedot: ne tulostuvat jokaiseen laskuun. Voit myös jättää ne myöhemmäksi ja muuttaa niitä milloin tahansa kohdassa Asetukset › Ohjelman asetukset.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Oma yritys</translation>
    </message>
    <message>
        <source>I&amp;mport an Excel register…</source>
        <translation>T&amp;uo Excel-rekisteri…</translation>
    </message>
    <message>
        <source>Import an Excel register</source>
        <translation>Tuo Excel-rekisteri</translation>
    </message>
    <message>
        <source>Bring your customers from an Excel or CSV file you already have.</source>
        <translation>Tuo asiakkaasi olemassa olevasta Excel- tai CSV-tiedostosta.</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Kokeile &amp;esimerkkitiedoilla</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Kokeile esimerkkitiedoilla</translation>
    </message>
    <message>
        <source>Adds {count} made-up Finnish customers to look around with.</source>
        <translation>Lisää {count} keksittyä suomalaista asiakasta, joiden avulla voit tutustua ohjelmaan.</translation>
    </message>
    <message>
        <source>Sta&amp;rt empty</source>
        <translation>A&amp;loita tyhjästä</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Aloita tyhjästä</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>Miten haluat aloittaa?</translation>
    </message>
    <message numerus="yes">
        <source>%n demo customer(s) added.</source>
        <translation>
            <numerusform>%n esimerkkiasiakas lisätty.</numerusform>
            <numerusform>%n esimerkkiasiakasta lisätty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation>Passivoitu</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>From the trade register</source>
        <translation>YTJ:stä</translation>
    </message>
    <message>
        <source>Program upgrade</source>
        <translation>Ohjelmapäivitys</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipaikka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Lisätietokenttä</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Liite</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Lähetys</translation>
    </message>
    <message>
        <source>Merged number</source>
        <translation>Yhdistetty numero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Avainsanat</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Oletusyhteyshenkilö</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Laskutussähköposti</translation>
    </message>
    <message>
        <source>Default office</source>
        <translation>Oletustoimipaikka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Merkitty valmiiksi</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tiedostonimi</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Tarkistussumma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tiedostotyyppi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation>Laskutusasiakas</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Credited invoice</source>
        <translation>Hyvitetty lasku</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Laskun päivämäärä</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Toimituspäivä</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Viitteenne</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Viitteemme</translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation>Teksti ennen rivejä</translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation>Teksti rivien jälkeen</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Laskun kieli</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Tavaroiden myynti</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Maksettava yhteensä</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Maksettu summa</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>Hyvitetty summa</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Palautettu summa</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Hinnat sisältävät ALV:n</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Huomautusaika</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>(batch {batch})</source>
        <translation>(erä {batch})</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Viimeksi päivitetty</translation>
    </message>
    <message>
        <source>Numbers merged in</source>
        <translation>Yhdistetyt numerot</translation>
    </message>
    <message>
        <source>Filter the history (field, user, value…)</source>
        <translation>Suodata historiaa (kenttä, käyttäjä, arvo…)</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Suodata historiaa</translation>
    </message>
    <message>
        <source>Changes are logged here once the card is saved.</source>
        <translation>Muutokset kirjataan tähän, kun kortti on tallennettu.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Custom field “{name}”</source>
        <translation>Oma kenttä ”{name}”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Jätä pois</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Tuo asiakkaat taulukkotiedostosta</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Su&amp;lje</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Tiedostoa ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Tiedostoa ei voi tuoda</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Tallenna tuontiraportti</translation>
    </message>
    <message>
        <source>{name} - import report.xlsx</source>
        <translation>{name} - tuontiraportti.xlsx</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}. If the file is open in Excel, close it and try again.</source>
        <translation>Raporttia ei voitu kirjoittaa tiedostoon {path}: {reason}. Jos tiedosto on auki Excelissä, sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Vaihe {step}/{count}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Peruuta tuonti</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Asiakastyyppi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>E-invoice operator</source>
        <translation>Verkkolaskujen välittäjä</translation>
    </message>
    <message>
        <source>Recipient OVT</source>
        <translation>Vastaanottajan OVT-tunnus</translation>
    </message>
    <message>
        <source>Address (street, postal code, city)</source>
        <translation>Osoite (katuosoite, postinumero, postitoimipaikka)</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation>Yhteyshenkilön titteli</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Contact&apos;s address (kept as a custom field)</source>
        <translation>Yhteyshenkilön osoite (tallennetaan omana kenttänä)</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>WWW-osoite</translation>
    </message>
    <message>
        <source>Billing customer number</source>
        <translation>Laskutusasiakkaan numero</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Laskun kieli</translation>
    </message>
    <message>
        <source>Fixed reference number</source>
        <translation>Kiinteä viitenumero</translation>
    </message>
    <message>
        <source>Use RF reference</source>
        <translation>Käytä RF-viitettä</translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation>Toimituskielto</translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation>Perintäkielto</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>ALV-käsittely</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Alennus %</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Luottoraja</translation>
    </message>
    <message>
        <source>Penalty interest %</source>
        <translation>Viivästyskorko %</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Asiakkaan tila</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Tila asetettu käsin</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Sisäinen kommentti</translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation>Maksuaika (päivää)</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Toimitusehdot</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Viitteenne</translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation>Sopimustunnus</translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation>Teksti ennen laskurivejä</translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation>Teksti laskurivien jälkeen</translation>
    </message>
    <message>
        <source>E-invoice address not checked</source>
        <translation>Verkkolaskuosoitetta ei tarkistettu</translation>
    </message>
    <message>
        <source>Set by the program (ignored)</source>
        <translation>Ohjelman asettama (ohitetaan)</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>another Asiakasrekisteri window (process {pid} on {host})</source>
        <translation>toisessa Asiakasrekisteri-ikkunassa (prosessi {pid} koneella {host})</translation>
    </message>
    <message>
        <source>another Asiakasrekisteri window</source>
        <translation>toisessa Asiakasrekisteri-ikkunassa</translation>
    </message>
    <message>
        <source>The register {path} is already open in {who}.

Only one window at a time may change a register. Switch to that window, or close it and try again.</source>
        <translation>Rekisteri {path} on jo avoinna {who}.

Vain yksi ikkuna kerrallaan voi muuttaa rekisteriä. Siirry siihen ikkunaan tai sulje se ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The register {path} is damaged.

Save nothing more in it. Close the program and start it again: it then offers to restore the newest good backup.</source>
        <translation>Rekisteri {path} on vaurioitunut.

Älä tallenna siihen enää mitään. Sulje ohjelma ja käynnistä se uudelleen: se tarjoaa silloin uusimman ehjän varmuuskopion palauttamista.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>reference {reference}</source>
        <translation>viite {reference}</translation>
    </message>
    <message>
        <source>open {amount}</source>
        <translation>avoinna {amount}</translation>
    </message>
    <message>
        <source>refund owed {amount}</source>
        <translation>palautettavaa {amount}</translation>
    </message>
    <message>
        <source>credits invoice {number}</source>
        <translation>hyvittää laskun {number}</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ei vielä lähetetty</translation>
    </message>
    <message>
        <source>Sent: {date}</source>
        <translation>Lähetetty: {date}</translation>
    </message>
    <message>
        <source>Payments: {list}</source>
        <translation>Maksut: {list}</translation>
    </message>
    <message>
        <source>Reminded: {dates}</source>
        <translation>Maksumuistutukset: {dates}</translation>
    </message>
    <message>
        <source>Refunded: {list}</source>
        <translation>Palautettu: {list}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Credit note {number} was made for invoice {original}.</source>
        <translation>Laskulle {original} tehtiin hyvityslasku {number}.</translation>
    </message>
    <message>
        <source>You owe the customer a refund of {amount}; record it with Refund… once paid.</source>
        <translation>Olet asiakkaalle velkaa palautuksen {amount}; kirjaa se Palautus…-painikkeella, kun se on maksettu.</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Maksumuistutus</translation>
    </message>
    <message>
        <source>The reminder was recorded. Print it now?</source>
        <translation>Muistutus kirjattiin. Tulostetaanko se nyt?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save the reminder as Finvoice XML</source>
        <translation>Tallenna maksumuistutus Finvoice-XML-tiedostona</translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation>Finvoice-tiedostot (*.xml)</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Why the customer cannot be invoiced</source>
        <translation>Miksi asiakasta ei voi laskuttaa</translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation>Teksti ennen rivejä</translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation>Teksti rivien jälkeen</translation>
    </message>
    <message>
        <source>Invoice rows</source>
        <translation>Laskurivit</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Lis&amp;ää rivi</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Poista &amp;rivi</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove the row being edited</source>
        <translation>Poista muokattava rivi</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Poista luonnos…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Talle&amp;nna luonnos</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>Va&amp;hvista…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>&amp;Kirjaa maksu…</translation>
    </message>
    <message>
        <source>Re&amp;minder…</source>
        <translation>Maks&amp;umuistutus…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>H&amp;yvityslasku…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Pa&amp;lautus…</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>PD&amp;F</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Esikatsele tuloste…</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Give the invoice its number and lock it</source>
        <translation>Anna laskulle numero ja lukitse se</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Avaa PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF as…</source>
        <translation>&amp;Tallenna PDF nimellä…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Save &amp;Finvoice XML…</source>
        <translation>Tallenna &amp;Finvoice-XML…</translation>
    </message>
    <message>
        <source>Te&amp;xt before rows</source>
        <translation>Tek&amp;sti ennen rivejä</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Text after ro&amp;ws</source>
        <translation>Teksti rivien &amp;jälkeen</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Uusi lasku</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Laskuluonnos</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Hyvityslasku {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Lasku {number}</translation>
    </message>
    <message>
        <source>Not finalised: no number yet</source>
        <translation>Ei vahvistettu: ei vielä numeroa</translation>
    </message>
    <message>
        <source>Finalise invoice</source>
        <translation>Vahvista lasku</translation>
    </message>
    <message>
        <source>The invoice gets number {number} and can no longer be changed. Corrections are made with a credit note.

Finalise the invoice?</source>
        <translation>Lasku saa numeron {number}, eikä sitä voi enää muuttaa. Korjaukset tehdään hyvityslaskulla.

Vahvistetaanko lasku?</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Vahvista</translation>
    </message>
    <message>
        <source>Cannot finalise the invoice</source>
        <translation>Laskua ei voi vahvistaa</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation>Poistetaanko tämä laskuluonnos?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Close the invoice without saving? The changes are lost.</source>
        <translation>Suljetaanko lasku tallentamatta? Muutokset menetetään.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Alternative billing customer</source>
        <translation>Vaihtoehtoinen laskutusasiakas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipaikka</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Viitteenne</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Viitteemme</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>ALV-käsittely</translation>
    </message>
    <message>
        <source>Not VAT-registered: no invoice carries VAT (Settings › Invoicing).</source>
        <translation>Ei alv-rekisterissä: laskuilla ei ole arvonlisäveroa (Asetukset › Laskutus).</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Laskun päivämäärä</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Toimituspäivä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Maksuaika</translation>
    </message>
    <message>
        <source>&amp;Billing customer</source>
        <translation>&amp;Laskutusasiakas</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>&amp;Toimipaikka</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Yhteyshenkil&amp;ö</translation>
    </message>
    <message>
        <source>&amp;Your reference</source>
        <translation>&amp;Viitteenne</translation>
    </message>
    <message>
        <source>O&amp;ur reference</source>
        <translation>V&amp;iitteemme</translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation>ALV-käsittel&amp;y</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>L&amp;askun päivämäärä</translation>
    </message>
    <message>
        <source>De&amp;livery date</source>
        <translation>T&amp;oimituspäivä</translation>
    </message>
    <message>
        <source>Payment &amp;term</source>
        <translation>&amp;Maksuaika</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Eräpäivä</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Customer number; empty = the customer</source>
        <translation>Asiakasnumero; tyhjä = sama asiakas</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Millään asiakkaalla ei ole numeroa {number}.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Show invoices</source>
        <translation>Näytettävät laskut</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Kaikki laskut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntyneet</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Mikä tahansa päivä</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Invoice dates</source>
        <translation>Laskun päivämäärät</translation>
    </message>
    <message>
        <source>Number, reference, customer or name</source>
        <translation>Numero, viite, asiakas tai nimi</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Hae laskuja</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Päivätty:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Ha&amp;ku:</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), open {open}</source>
        <translation>
            <numerusform>%n lasku, avoinna {open}</numerusform>
            <numerusform>%n laskua, avoinna {open}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceRefundDialog</name>
    <message>
        <source>Refund – invoice {number}</source>
        <translation>Palautus – lasku {number}</translation>
    </message>
    <message>
        <source>You owe {name} {owed} on invoice {number}.</source>
        <translation>Olet asiakkaalle {name} velkaa {owed} laskusta {number}.</translation>
    </message>
    <message>
        <source>Paid out &amp;on</source>
        <translation>&amp;Maksettu päivänä</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Summa</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Palautuspäivä</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Palautettu summa</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Kirjaa palautus</translation>
    </message>
</context>
<context>
    <name>InvoiceRowsModel</name>
    <message>
        <source>No VAT rates are known for the delivery date.</source>
        <translation>Toimituspäivälle ei tunneta ALV-kantoja.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Household work</source>
        <translation>Kotitaloustyö</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>À-hinta sis. ALV</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Yhteensä sis. ALV</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Ale %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Household work (household tax credit)</source>
        <translation>Kotitaloustyö (kotitalousvähennys)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Alennus %</translation>
    </message>
    <message>
        <source>Row total</source>
        <translation>Rivin summa</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>Tavara vai palvelu</translation>
    </message>
</context>
<context>
    <name>InvoiceTotalsPanel</name>
    <message>
        <source>VAT breakdown</source>
        <translation>ALV-erittely</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Maksettava yhteensä</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Valmis lähetettäväksi</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(luonnos)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Lähettämättä</translation>
    </message>
</context>
<context>
    <name>InvoicingActions</name>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Uu&amp;si lasku…</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>&amp;Laskut…</translation>
    </message>
    <message>
        <source>&amp;Open invoices…</source>
        <translation>&amp;Avoimet laskut…</translation>
    </message>
    <message>
        <source>O&amp;verdue invoices…</source>
        <translation>&amp;Erääntyneet laskut…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>Lu&amp;onnokset…</translation>
    </message>
    <message>
        <source>Customer &amp;statement PDF…</source>
        <translation>Asiakkaan &amp;tiliote (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print customer statement…</source>
        <translation>T&amp;ulosta asiakkaan tiliote…</translation>
    </message>
    <message>
        <source>&amp;Invoicing…</source>
        <translation>&amp;Laskutus…</translation>
    </message>
    <message>
        <source>&amp;Products and services…</source>
        <translation>&amp;Tuotteet ja palvelut…</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Laskut</translation>
    </message>
    <message>
        <source>Invoicing is not shown: your user on the register&apos;s server has the limited role, which has no right to invoices or amounts. Ask the register&apos;s owner for full access.</source>
        <translation>Laskutusta ei näytetä: käyttäjätunnuksellasi on rekisterin palvelimella rajattu rooli, jolla ei ole oikeutta laskuihin eikä summiin. Pyydä täydet oikeudet rekisterin omistajalta.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Uusi lasku</translation>
    </message>
    <message>
        <source>Choose a customer in the list first (or save the new customer).</source>
        <translation>Valitse ensin asiakas luettelosta (tai tallenna uusi asiakas).</translation>
    </message>
</context>
<context>
    <name>InvoicingFigures</name>
    <message>
        <source>No invoices yet.</source>
        <translation>Ei vielä laskuja.</translation>
    </message>
    <message>
        <source>Invoiced, 12 months</source>
        <translation>Laskutettu, 12 kk</translation>
    </message>
    <message>
        <source>Invoiced, all time</source>
        <translation>Laskutettu yhteensä</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Avoimet saatavat</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Erääntyneet saatavat</translation>
    </message>
    <message>
        <source>Penalty interest to date</source>
        <translation>Viivästyskorko tähän päivään</translation>
    </message>
    <message>
        <source>Average payment time (12 months)</source>
        <translation>Keskimääräinen maksuaika (12 kk)</translation>
    </message>
    <message>
        <source>Paid on average (12 months)</source>
        <translation>Maksettu keskimäärin (12 kk)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Luottoraja</translation>
    </message>
    <message>
        <source>Refunds owed to the customer</source>
        <translation>Asiakkaalle palautettavaa</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Viimeisimmät laskut</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Uusi lasku…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Tiliote…</translation>
    </message>
    <message>
        <source>A PDF of the customer&apos;s open invoices with one payment slip</source>
        <translation>Asiakkaan avoimet laskut PDF-tiedostona yhdellä tilisiirtolomakkeella</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table; add it in Settings › Invoicing.</source>
        <translation>{day} alkavan vuosipuoliskon viitekorko puuttuu taulukosta; lisää se kohdassa Asetukset › Laskutus.</translation>
    </message>
    <message>
        <source>Open receivables exceed the credit limit.</source>
        <translation>Avoimet saatavat ylittävät luottorajan.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} päivää</translation>
    </message>
    <message>
        <source>{days} d after due date</source>
        <translation>{days} pv eräpäivän jälkeen</translation>
    </message>
    <message>
        <source>{days} d before due date</source>
        <translation>{days} pv ennen eräpäivää</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>eräpäivänä</translation>
    </message>
</context>
<context>
    <name>InvoicingSettingsDialog</name>
    <message>
        <source>Invoicing settings</source>
        <translation>Laskutuksen asetukset</translation>
    </message>
    <message>
        <source>&amp;VAT registered (alv-rekisterissä)</source>
        <translation>&amp;ALV-rekisterissä</translation>
    </message>
    <message>
        <source>Leave unticked under the VAT threshold: invoices then carry no VAT and say “Ei alv-rekisterissä”.</source>
        <translation>Jätä valitsematta, jos liikevaihto jää alle ALV-rekisteröinnin alarajan: laskuilla ei silloin ole arvonlisäveroa, ja niissä lukee ”Ei alv-rekisterissä”.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>&amp;Statutory: reference rate + 7 %</source>
        <translation>&amp;Lakisääteinen: viitekorko + 7 %</translation>
    </message>
    <message>
        <source>F&amp;ixed:</source>
        <translation>&amp;Kiinteä:</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <source>Other &amp;accounts</source>
        <translation>Muut &amp;tilit</translation>
    </message>
    <message>
        <source>Further bank accounts printed on invoices, one a line: the IBAN and its BIC. The barcode and QR code carry the IBAN above.</source>
        <translation>Muut laskuille tulostettavat pankkitilit, yksi riville: IBAN ja sen BIC. Viivakoodi ja QR-koodi käyttävät yllä olevaa IBANia.</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG)</source>
        <translation>L&amp;ogo (PNG tai JPEG)</translation>
    </message>
    <message>
        <source>Prepayment register</source>
        <translation>Ennakkoperintärekisteri</translation>
    </message>
    <message>
        <source>&amp;Next invoice number</source>
        <translation>Seuraava laskun&amp;numero</translation>
    </message>
    <message>
        <source>&amp;Payment term</source>
        <translation>&amp;Maksuaika</translation>
    </message>
    <message>
        <source>N&amp;otice period</source>
        <translation>&amp;Huomautusaika</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Viivästyskorko</translation>
    </message>
    <message>
        <source>&amp;Reminder fee</source>
        <translation>M&amp;uistutusmaksu</translation>
    </message>
    <message>
        <source>Own e-invoice a&amp;ddress</source>
        <translation>Oma v&amp;erkkolaskuosoite</translation>
    </message>
    <message>
        <source>Own e-invoice op&amp;erator</source>
        <translation>Oma verkkolaskuope&amp;raattori</translation>
    </message>
    <message>
        <source>In the &amp;prepayment register (ennakkoperintärekisterissä)</source>
        <translation>&amp;Ennakkoperintärekisterissä</translation>
    </message>
    <message>
        <source>Invoices with household work say whether the company is in the register: the buyer&apos;s household tax credit needs it.</source>
        <translation>Laskut, joilla on kotitaloustyötä, kertovat, onko yritys rekisterissä: ostajan kotitalousvähennys edellyttää sitä.</translation>
    </message>
    <message>
        <source>Private customers are charged at most 5,00 €.</source>
        <translation>Yksityisasiakkailta voi periä enintään 5,00 €.</translation>
    </message>
    <message>
        <source>Empty: the OVT code of the Y-tunnus</source>
        <translation>Tyhjä: Y-tunnuksen OVT-tunnus</translation>
    </message>
    <message>
        <source>The operator or bank that sends your e-invoices (e.g. 003723327487 for Apix). E-invoices name it as the sender&apos;s intermediator.</source>
        <translation>Operaattori tai pankki, joka lähettää verkkolaskusi (esim. Apix 003723327487). Verkkolaskuissa se on lähettäjän välittäjä.</translation>
    </message>
    <message>
        <source>Reference ra&amp;tes</source>
        <translation>&amp;Viitekorot</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Viitekorot</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Vuosipuolisko</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Korko</translation>
    </message>
    <message>
        <source>Add &amp;half-year…</source>
        <translation>Lis&amp;ää vuosipuolisko…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Anna kokonaisluku.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)</source>
        <translation>Hae nimellä, numerolla, Y-tunnuksella, sähköpostilla, puhelinnumerolla, paikkakunnalla tai yhteyshenkilöllä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Show active or inactive customers</source>
        <translation>Näytä aktiiviset tai passiiviset asiakkaat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Passiivinen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Asiakkaan tila</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <source>&amp;Inactivate customer</source>
        <translation>Pa&amp;ssivoi asiakas</translation>
    </message>
    <message>
        <source>&amp;Activate customer</source>
        <translation>&amp;Aktivoi asiakas</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <source>Own &amp;company details…</source>
        <translation>Oman &amp;yrityksen tiedot…</translation>
    </message>
    <message>
        <source>E-invoice &amp;operators…</source>
        <translation>Verkkolaskujen &amp;välittäjät…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tietoja ohjelmasta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Kaikki asiakasvastaavat</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Päivitetty muualla tallennetuilla muutoksilla.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) activated.</source>
        <translation>
            <numerusform>%n asiakas aktivoitu.</numerusform>
            <numerusform>%n asiakasta aktivoitu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactivated.</source>
        <translation>
            <numerusform>%n asiakas passivoitu.</numerusform>
            <numerusform>%n asiakasta passivoitu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, offices and notes? This cannot be undone.

{names}</source>
        <translation>
            <numerusform>Poistetaanko %n asiakas yhteyshenkilöineen, toimipaikkoineen ja muistiinpanoineen? Toimintoa ei voi perua.

{names}</numerusform>
            <numerusform>Poistetaanko %n asiakasta yhteyshenkilöineen, toimipaikkoineen ja muistiinpanoineen? Toimintoa ei voi perua.

{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>Asiakasta ei poistettu</translation>
    </message>
    <message>
        <source>Customers merged.</source>
        <translation>Asiakkaat yhdistetty.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Buyer&apos;s OVT code</source>
        <translation>Ostajan OVT-tunnus</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Päätoimiala</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>WWW-osoite</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Välittäjä</translation>
    </message>
    <message>
        <source>E-invoice address unchecked</source>
        <translation>Verkkolaskuosoite tallennettu tarkistamatta</translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation>Laskutusasiakas</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Laskun kieli</translation>
    </message>
    <message>
        <source>Fixed reference</source>
        <translation>Kiinteä viitenumero</translation>
    </message>
    <message>
        <source>RF reference</source>
        <translation>RF-viite</translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation>Toimituskielto</translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation>Perintäkielto</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>ALV-käsittely</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Alennus %</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Luottoraja</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Viivästyskorko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Tila asetettu käsin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Maksuaika</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Toimitusehdot</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>Invoices sent by</source>
        <translation>Laskujen lähetystapa</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Viitteenne</translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation>Sopimustunnus</translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation>Teksti ennen laskurivejä</translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation>Teksti laskurivien jälkeen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Omat kentät</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Kotimaa</translation>
    </message>
    <message>
        <source>EU business customer</source>
        <translation>EU-yritysasiakas</translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation>EU:n ulkopuolella</translation>
    </message>
    <message>
        <source>Construction reverse charge</source>
        <translation>Rakentamispalvelujen käännetty verovelvollisuus</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>Ei arvonlisäveroa</translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation>Aina kotimaan ALV</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Tarjousvaihe</translation>
    </message>
    <message>
        <source>Trial customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>Kanta-asiakas</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation>Sähköposti ja Finvoice-XML</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Verkkolasku</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Yhdistä asiakkaat</translation>
    </message>
    <message>
        <source>Which customer survives?</source>
        <translation>Kumpi asiakas säilyy?</translation>
    </message>
    <message>
        <source>The surviving customer keeps its id and history; the other one is removed. Choose below which value of each field to keep.</source>
        <translation>Säilyvä asiakas pitää tunnisteensa ja historiansa; toinen asiakas poistetaan. Valitse alta, kumpi arvo kustakin kentästä säilytetään.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>The cards differ here.</source>
        <translation>Korttien arvot eroavat tässä.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} päivää</translation>
    </message>
    <message>
        <source>{customer} (added {date})</source>
        <translation>{customer} (lisätty {date})</translation>
    </message>
    <message>
        <source>{customer}
survives</source>
        <translation>{customer}
säilyy</translation>
    </message>
    <message>
        <source>{customer}
will be removed</source>
        <translation>{customer}
poistetaan</translation>
    </message>
    <message>
        <source>Merging cannot be undone: {number} {name} is removed for good once its contacts, offices and notes have moved.</source>
        <translation>Yhdistämistä ei voi perua: {number} {name} poistetaan pysyvästi, kun sen yhteyshenkilöt, toimipaikat ja muistiinpanot on siirretty.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 yhteyshenkilö</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} yhteyshenkilöä</translation>
    </message>
    <message>
        <source>1 office</source>
        <translation>1 toimipaikka</translation>
    </message>
    <message>
        <source>{n} offices</source>
        <translation>{n} toimipaikkaa</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 muistiinpano</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} muistiinpanoa</translation>
    </message>
    <message>
        <source>number {numbers} will point to it</source>
        <translation>numero {numbers} ohjautuu siihen</translation>
    </message>
    <message>
        <source>numbers {numbers} will point to it</source>
        <translation>numerot {numbers} ohjautuvat siihen</translation>
    </message>
    <message>
        <source>Nothing moves to the surviving customer except its number: {numbers}.</source>
        <translation>Säilyvälle asiakkaalle ei siirry muuta kuin numero: {numbers}.</translation>
    </message>
    <message>
        <source>{items} moves to the surviving customer; {numbers}.</source>
        <translation>Säilyvälle asiakkaalle siirretään {items}; {numbers}.</translation>
    </message>
    <message>
        <source>{items} move to the surviving customer; {numbers}.</source>
        <translation>Säilyvälle asiakkaalle siirretään {items}; {numbers}.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} ja {last}</translation>
    </message>
    <message>
        <source>Merge {removed_number} {removed_name} into {number} {name}? This cannot be undone.</source>
        <translation>Yhdistetäänkö {removed_number} {removed_name} asiakkaaseen {number} {name}? Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Asiakkaita ei voi yhdistää</translation>
    </message>
    <message>
        <source>The customers were not merged.

{reason}</source>
        <translation>Asiakkaita ei yhdistetty.

{reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Teksti</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Eräpäivä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Valmis</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Edit office</source>
        <translation>Muokkaa toimipaikkaa</translation>
    </message>
    <message>
        <source>Add office</source>
        <translation>Lisää toimipaikka</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postitoim&amp;ipaikka</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation>useita osoitteita ;-merkillä erotettuina</translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation>Laskutus&amp;sähköposti</translation>
    </message>
    <message>
        <source>Wins over the customer&apos;s e-invoice address on invoices to this office.</source>
        <translation>Tämän toimipaikan laskuilla käytetään tätä asiakkaan verkkolaskuosoitteen sijaan.</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>V&amp;erkkolaskuosoite</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation>Verkkolasku&amp;välittäjä</translation>
    </message>
    <message>
        <source>De&amp;fault office</source>
        <translation>&amp;Oletustoimipaikka</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>E-invoice operators</source>
        <translation>Verkkolaskujen välittäjät</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Code, e.g. 003721291126</source>
        <translation>Tunnus, esim. 003721291126</translation>
    </message>
    <message>
        <source>Operator code</source>
        <translation>Välittäjätunnus</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Välittäjän nimi</translation>
    </message>
    <message>
        <source>&amp;Add or rename</source>
        <translation>&amp;Lisää tai nimeä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Operator not saved</source>
        <translation>Välittäjää ei tallennettu</translation>
    </message>
    <message>
        <source>Remove operator</source>
        <translation>Poista välittäjä</translation>
    </message>
    <message>
        <source>Remove {code} from the list? Customers keep the code they have.</source>
        <translation>Poistetaanko {code} luettelosta? Asiakkaille jo tallennettu tunnus säilyy.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Save the new customer first; then you can add contacts, offices and notes.</source>
        <translation>Tallenna uusi asiakas ensin; sen jälkeen voit lisätä yhteyshenkilöitä, toimipaikkoja ja muistiinpanoja.</translation>
    </message>
    <message>
        <source>Basic and contact info</source>
        <translation>Perus- ja yhteystiedot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Laskutussähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>WWW-osoite</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Ei vielä laskuja.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lisää yhteyshenkilö…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Inactivate</source>
        <translation>Passivoi</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Näytä passiiviset</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Toimipaikat</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Add office…</source>
        <translation>Lisää toimipaikka…</translation>
    </message>
    <message>
        <source>Notes and activities</source>
        <translation>Muistiinpanot ja tehtävät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lisää muistiinpano…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
        <source>{address} via {operator}</source>
        <translation>{address}, välittäjä {operator}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Credit limit: {amount}</source>
        <translation>Luottoraja: {amount}</translation>
    </message>
    <message>
        <source>Deleted; earlier invoices still name this row.</source>
        <translation>Poistettu; aiemmat laskut viittaavat yhä tähän riviin.</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Oletusyhteyshenkilö</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Passiivinen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Done {when}</source>
        <translation>Tehty {when}</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivoi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Delete {name} for good?

This cannot be undone. The name, title, keywords, phone and email are erased and the contact shows as “{deleted}”. Earlier invoices are not affected.</source>
        <translation>Poistetaanko {name} pysyvästi?

Toimintoa ei voi perua. Nimi, titteli, avainsanat, puhelinnumero ja sähköposti poistetaan, ja yhteyshenkilö näkyy nimellä ”{deleted}”. Poisto ei vaikuta aiempiin laskuihin.</translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation>Poista yhteyshenkilö</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Poista toimipaikka</translation>
    </message>
    <message>
        <source>Delete the office “{name}”?</source>
        <translation>Poistetaanko toimipaikka ”{name}”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation>Arkaluonteisia henkilötietoja?</translation>
    </message>
    <message>
        <source>The note mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation>Muistiinpanossa mainitaan ”{words}”. Terveys, uskonto, etninen alkuperä, poliittiset mielipiteet ja seksuaalinen suuntautuminen ovat erityisiä henkilötietoryhmiä, joita asiakasrekisterissä ei pitäisi olla.

Tallennetaanko silti?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tallenna silti</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Poista muistiinpano</translation>
    </message>
    <message>
        <source>Delete the note “{text}”?</source>
        <translation>Poistetaanko muistiinpano ”{text}”?</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Postipalvelimen salasana</translation>
    </message>
    <message>
        <source>The password of {user} at {host}:</source>
        <translation>Käyttäjän {user} salasana palvelimella {host}:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keyring of this computer</source>
        <translation>&amp;Tallenna se tämän tietokoneen avainnippuun</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation>Tässä tietokoneessa ei ole avainnippua, joten salasanaa ei voi tallentaa; se kysytään aina, kun postia lähetetään.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment – invoice {number}</source>
        <translation>Kirjaa maksu – lasku {number}</translation>
    </message>
    <message>
        <source>Total {total}, paid {paid}, open {open}.</source>
        <translation>Yhteensä {total}, maksettu {paid}, avoinna {open}.</translation>
    </message>
    <message>
        <source>A partial payment leaves the rest open.</source>
        <translation>Osamaksun jälkeen loppuosa jää avoimeksi.</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Maksettu summa</translation>
    </message>
    <message>
        <source>Payment &amp;date</source>
        <translation>&amp;Maksupäivä</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Summa</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Kirjaa maksu</translation>
    </message>
    <message>
        <source>Give an amount bigger than zero.</source>
        <translation>Anna nollaa suurempi summa.</translation>
    </message>
    <message>
        <source>This is {extra} more than is open.</source>
        <translation>Summa on {extra} enemmän kuin avoinna oleva määrä.</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Ylisuoritus</translation>
    </message>
    <message>
        <source>Invoice {number} is now overpaid by {amount}. Refund the difference to the customer or agree on how it is used.</source>
        <translation>Laskulle {number} on nyt maksettu {amount} liikaa. Palauta erotus asiakkaalle tai sovi sen käytöstä.</translation>
    </message>
</context>
<context>
    <name>PaymentPreviewModel</name>
    <message>
        <source>Booked</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Jätetty pois</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Open PDF</source>
        <translation>Avaa PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is at {path}.</source>
        <translation>PDF-tiedostojen näyttämiseen ei löytynyt ohjelmaa. Tiedosto on tallennettu sijaintiin {path}.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Tallenna PDF nimellä</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF file instead? It can be printed from another computer or sent on.</source>
        <translation>Tähän tietokoneeseen ei ole asennettu tulostinta. Tallennetaanko asiakirja sen sijaan PDF-tiedostoksi? Sen voi tulostaa toiselta koneelta tai lähettää eteenpäin.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:ksi…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
        <source>Save Finvoice XML as</source>
        <translation>Tallenna Finvoice-XML nimellä</translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation>Finvoice-tiedostot (*.xml)</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Asiakkaan tiliote</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Privacy</source>
        <translation>Tieto&amp;suoja</translation>
    </message>
    <message>
        <source>&amp;Export everything on this person…</source>
        <translation>&amp;Vie kaikki henkilön tiedot…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Poista &amp;henkilötiedot…</translation>
    </message>
    <message>
        <source>Re&amp;tention candidates…</source>
        <translation>Säilytysajan poisto&amp;ehdokkaat…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice (draft)…</source>
        <translation>&amp;Tietosuojaseloste (luonnos)…</translation>
    </message>
    <message>
        <source>The customer (everything)</source>
        <translation>Asiakas (kaikki tiedot)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Tietojen vienti</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Kenen tiedot?</translation>
    </message>
    <message>
        <source>Export everything on this person</source>
        <translation>Vie kaikki henkilön tiedot</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-tiedostot (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Viety tiedostoon {path}</translation>
    </message>
    <message>
        <source>Erase the personal data of {number} {name} for good?</source>
        <translation>Poistetaanko asiakkaan {number} {name} henkilötiedot pysyvästi?</translation>
    </message>
    <message>
        <source>Anonymised: name, addresses, email, phone and comments on the card.</source>
        <translation>Anonymisoidaan: kortin nimi, osoitteet, sähköposti, puhelinnumero ja kommentit.</translation>
    </message>
    <message>
        <source>The customer card is deleted.</source>
        <translation>Asiakaskortti poistetaan.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %n</source>
        <translation>
            <numerusform>Yhteyshenkilöt: %n</numerusform>
            <numerusform>Yhteyshenkilöt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices: %n</source>
        <translation>
            <numerusform>Toimipaikat: %n</numerusform>
            <numerusform>Toimipaikat: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Muistiinpanot: %n</numerusform>
            <numerusform>Muistiinpanot: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments: %n</source>
        <translation>
            <numerusform>Liitteet: %n</numerusform>
            <numerusform>Liitteet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Custom fields: %n</source>
        <translation>
            <numerusform>Omat kentät: %n</numerusform>
            <numerusform>Omat kentät: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values in the history: %n entries</source>
        <translation>
            <numerusform>Arvot käsittelyhistoriassa: %n merkintä</numerusform>
            <numerusform>Arvot käsittelyhistoriassa: %n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by law: {records}.</source>
        <translation>Säilytetään lain vuoksi: {records}.</translation>
    </message>
    <message>
        <source>The invoices keep the buyer&apos;s name, address and business id; the e-mail, phone and contact person on them are removed.</source>
        <translation>Laskuihin jäävät ostajan nimi, osoite ja Y-tunnus; niiden sähköpostiosoite, puhelinnumero ja yhteyshenkilö poistetaan.</translation>
    </message>
    <message>
        <source>Older backups still hold the data until they rotate out.</source>
        <translation>Vanhemmissa varmuuskopioissa tiedot säilyvät, kunnes ne poistuvat kierrosta.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Poista henkilötiedot</translation>
    </message>
    <message>
        <source>{file}: until {day}</source>
        <translation>{file}: {day} asti</translation>
    </message>
    <message>
        <source>deleted by hand</source>
        <translation>käsin poistamiseen</translation>
    </message>
    <message>
        <source>These temporary files of open programs (a PDF in the viewer, say) may hold the data until the programs are closed:</source>
        <translation>Näissä avoimien ohjelmien väliaikaisissa tiedostoissa (esimerkiksi katseluohjelmassa avoinna olevassa PDF:ssä) tiedot voivat säilyä, kunnes ohjelmat suljetaan:</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Erased. These backups still hold the data until they rotate out:</source>
        <translation>Poistettu. Näissä varmuuskopioissa tiedot säilyvät, kunnes ne poistuvat kierrosta:</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Show &amp;tidied values too</source>
        <translation>&amp;Näytä myös siistityt arvot</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Tallenna &amp;raportti…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Vaikutus</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Löydetyt ongelmat</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rivi voidaan tuoda.</numerusform>
            <numerusform>%n riviä voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n rivi jää tuomatta.</numerusform>
            <numerusform>%n riviä jää tuomatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of contact persons or offices cannot be imported.</source>
        <translation>
            <numerusform>%n yhteyshenkilö- tai toimipisterivi jää tuomatta.</numerusform>
            <numerusform>%n yhteyshenkilö- tai toimipisteriviä jää tuomatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are left out.</source>
        <translation>
            <numerusform>%n arvo jätetään pois.</numerusform>
            <numerusform>%n arvoa jätetään pois.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Ongelmia ei löytynyt.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation>Mitään ei tallenneta ennen kuin painat Tuo.</translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation>Riviä ei tuoda</translation>
    </message>
    <message>
        <source>Value left out</source>
        <translation>Arvo jätetään pois</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Muokkaa tuotetta</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Uusi tuote</translation>
    </message>
    <message>
        <source>VAT e&amp;xemption</source>
        <translation>A&amp;rvonlisäverottomuus</translation>
    </message>
    <message>
        <source>&amp;Goods or service</source>
        <translation>&amp;Tavara vai palvelu</translation>
    </message>
    <message>
        <source>&amp;Active (offered on new invoice rows)</source>
        <translation>&amp;Aktiivinen (tarjotaan uusille laskuriveille)</translation>
    </message>
    <message>
        <source>&amp;Household work (household tax credit)</source>
        <translation>&amp;Kotitaloustyö (kotitalousvähennys)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>Unit &amp;price (excl. VAT)</source>
        <translation>Yksikkö&amp;hinta (veroton)</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>AL&amp;V %</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products and services</source>
        <translation>Tuotteet ja palvelut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Näytä passiiviset</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Passivoi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktivoi</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>Saving the customers of {file}…</source>
        <translation>Tallennetaan tiedoston {file} asiakkaita…</translation>
    </message>
    <message>
        <source>Cancel stops the import; then nothing is changed in the register.</source>
        <translation>Peruuta keskeyttää tuonnin; silloin rekisteriin ei tehdä muutoksia.</translation>
    </message>
    <message>
        <source>Saved {done} of {total} customers…</source>
        <translation>Tallennettu {done}/{total} asiakasta…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Tuonti peruutettiin.</translation>
    </message>
    <message>
        <source>Nothing was changed in the register. You can go back and import again.</source>
        <translation>Rekisteriin ei tehty muutoksia. Voit palata takaisin ja tuoda uudelleen.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Tuonti epäonnistui.</translation>
    </message>
    <message>
        <source>Nothing was changed in the register. {reason}</source>
        <translation>Rekisteriin ei tehty muutoksia. {reason}</translation>
    </message>
</context>
<context>
    <name>ReferenceRateDialog</name>
    <message>
        <source>Reference rate</source>
        <translation>Viitekorko</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>V&amp;uosi</translation>
    </message>
    <message>
        <source>&amp;Half-year</source>
        <translation>Vuosi&amp;puolisko</translation>
    </message>
    <message>
        <source>&amp;Reference rate %</source>
        <translation>Viite&amp;korko %</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>tammi–kesäkuu</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>heinä–joulukuu</translation>
    </message>
    <message>
        <source>Suomen Pankki publishes the reference rate at the start of each half-year (suomenpankki.fi). The statutory penalty interest is the reference rate + 7 points, between businesses + 8.</source>
        <translation>Suomen Pankki julkaisee viitekoron kunkin vuosipuoliskon alussa (suomenpankki.fi). Korkolain mukainen viivästyskorko on viitekorko + 7 prosenttiyksikköä, yritysten välillä + 8.</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table, so the penalty interest cannot be worked out. Enter it to go on.</source>
        <translation>{day} alkavan vuosipuoliskon viitekorko puuttuu taulukosta, joten viivästyskorkoa ei voi laskea. Anna se jatkaaksesi.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Palauta hyvityssaldoa</translation>
    </message>
    <message>
        <source>The customer has {credit} of credit. Record the amount you have paid back to them.</source>
        <translation>Asiakkaalla on {credit} hyvityssaldoa. Kirjaa summa, jonka olet palauttanut asiakkaalle.</translation>
    </message>
    <message>
        <source>&amp;Refunded (€):</source>
        <translation>&amp;Palautettu (€):</translation>
    </message>
    <message>
        <source>&amp;Record refund</source>
        <translation>&amp;Kirjaa palautus</translation>
    </message>
    <message>
        <source>Give an amount of at most {credit}.</source>
        <translation>Anna enintään {credit}.</translation>
    </message>
</context>
<context>
    <name>RegisterUpdateDialog</name>
    <message>
        <source>Update {name} from the trade register</source>
        <translation>Päivitä {name} YTJ:n tiedoilla</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Kortilla</translation>
    </message>
    <message>
        <source>In the trade register</source>
        <translation>YTJ:ssä</translation>
    </message>
    <message>
        <source>&amp;Update chosen</source>
        <translation>&amp;Päivitä valitut</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Fetching the details of Y-tunnus {business_id}…</source>
        <translation>Haetaan Y-tunnuksen {business_id} tietoja…</translation>
    </message>
    <message>
        <source>The card already has the trade register&apos;s details.</source>
        <translation>Kortilla on jo YTJ:n tiedot.</translation>
    </message>
    <message>
        <source>These details differ from the trade register. Check the ones to update.</source>
        <translation>Nämä tiedot poikkeavat YTJ:n tiedoista. Valitse päivitettävät.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminder – invoice {number}</source>
        <translation>Maksumuistutus – lasku {number}</translation>
    </message>
    <message>
        <source>Reminder &amp;date</source>
        <translation>Muistutuksen &amp;päiväys</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Muistutuksen päiväys</translation>
    </message>
    <message>
        <source>Claim the fixed compensation of {amount} for recovery costs</source>
        <translation>Peri {amount} vakiokorvaus perintäkuluista</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Viivästyskorko</translation>
    </message>
    <message>
        <source>Costs of earlier reminders</source>
        <translation>Aiempien muistutusten kulut</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Muistutusmaksu</translation>
    </message>
    <message>
        <source>Fixed compensation</source>
        <translation>Vakiokorvaus</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Maksettava yhteensä</translation>
    </message>
    <message>
        <source>Make reminder</source>
        <translation>Tee muistutus</translation>
    </message>
    <message>
        <source>&amp;Enter the reference rate…</source>
        <translation>&amp;Anna viitekorko…</translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged one only when at least {days} days have passed since the due date {due}. The reminder can be sent without a fee.</source>
        <translation>Ei muistutusmaksua: kuluttajalta saa periä maksun vasta, kun eräpäivästä {due} on kulunut vähintään {days} päivää. Muistutuksen voi lähettää ilman maksua.</translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged the fees of {count} reminders at most, and they have been charged. The earlier fees are still asked for.</source>
        <translation>Ei muistutusmaksua: kuluttajalta saa periä enintään {count} muistutuksen maksut, ja ne on jo peritty. Aiemmat maksut ovat yhä mukana.</translation>
    </message>
    <message>
        <source>No separate reminder fee: the fixed compensation covers the recovery costs of this invoice.</source>
        <translation>Ei erillistä muistutusmaksua: vakiokorvaus kattaa tämän laskun perintäkulut.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>päivittäinen</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>käsin otettu</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>ennen tuontia</translation>
    </message>
    <message>
        <source>before merge</source>
        <translation>ennen yhdistämistä</translation>
    </message>
    <message>
        <source>before erasure</source>
        <translation>ennen tietojen poistoa</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>The register is damaged and cannot be opened:
{error}

The newest backup that passes the check is chosen below. The damaged file is kept beside the register.</source>
        <translation>Rekisteri on vioittunut, eikä sitä voi avata:
{error}

Alla on valittuna uusin varmuuskopio, joka läpäisee tarkistuksen. Vioittunut tiedosto säilytetään rekisterin vieressä.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Varmuuskopiot, uusin ensin:</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Valitse toinen tiedosto…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Palauta tiedostosta</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation>Rekisterin varmuuskopiot (*.sqlite3)</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>Varmuuskopiota ei ole valittu.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n customer(s).</source>
        <translation>
            <numerusform>Varmuuskopio on eheä: %n asiakas.</numerusform>
            <numerusform>Varmuuskopio on eheä: %n asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is from an older version and is upgraded on restore.</source>
        <translation>Se on tehty ohjelman vanhemmalla versiolla, ja se päivitetään palautettaessa.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s) of it cannot be found.</source>
        <translation>
            <numerusform>Siitä puuttuu %n liitetiedosto.</numerusform>
            <numerusform>Siitä puuttuu %n liitetiedostoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be restored: {problems}</source>
        <translation>Tätä tiedostoa ei voi palauttaa: {problems}</translation>
    </message>
    <message>
        <source>Replace the register with the backup of {when}?

Changes made after it are lost from the register; the current state is backed up first.</source>
        <translation>Korvataanko rekisteri varmuuskopiolla ajalta {when}?

Sen jälkeen tehdyt muutokset häviävät rekisteristä; nykyisestä tilasta otetaan ensin varmuuskopio.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention: candidates for erasure</source>
        <translation>Säilytysaika: poistoehdokkaat</translation>
    </message>
    <message>
        <source>No activity and no open invoices for</source>
        <translation>Ei tapahtumia eikä avoimia laskuja</translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuoteen</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Avaa kortti</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send {what}</source>
        <translation>Lähetä: {what}</translation>
    </message>
    <message>
        <source>Send &amp;by</source>
        <translation>&amp;Lähetystapa</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vastaanottaja</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;ksti</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Lähetystapa</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Addresses separated by ;</source>
        <translation>Osoitteet puolipisteellä erotettuina</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Into a PDF for printing; you choose the file when sending.</source>
        <translation>Tulostettavaan PDF-tiedostoon; valitset tiedoston lähettäessä.</translation>
    </message>
    <message>
        <source>As a Finvoice file for {address} into the e-invoice folder.</source>
        <translation>Finvoice-tiedostona osoitteeseen {address} verkkolaskukansioon.</translation>
    </message>
    <message>
        <source>The PDF is attached: {name}</source>
        <translation>PDF on liitteenä: {name}</translation>
    </message>
    <message>
        <source>Sent before:</source>
        <translation>Aiemmat lähetykset:</translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation>Tallenna tulostettava PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ohjelman asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Väriteema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmän mukainen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Teema:</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts of money are written the way the chosen language writes them (for Finnish: 23.11.2026 and 1 234,50 €). Menus, lists and open windows change at once.</source>
        <translation>Päivämäärät, luvut ja rahasummat kirjoitetaan valitun kielen tapaan (suomeksi: 23.11.2026 ja 1 234,50 €). Valikot, luettelot ja avoimet ikkunat vaihtuvat heti.</translation>
    </message>
    <message>
        <source>Look up a new customer in the trade register while typing its name or Y-tunnus</source>
        <translation>Hae uusi asiakas YTJ:stä jo nimeä tai Y-tunnusta kirjoitettaessa</translation>
    </message>
    <message>
        <source>Needs a network connection; the typed name or Y-tunnus is sent to PRH.</source>
        <translation>Vaatii verkkoyhteyden; kirjoitettu nimi tai Y-tunnus lähetetään PRH:lle.</translation>
    </message>
    <message>
        <source>Trade register add&amp;ress:</source>
        <translation>&amp;YTJ-rajapinnan osoite:</translation>
    </message>
    <message>
        <source>Leave empty for PRH&apos;s open data service.</source>
        <translation>Jätä tyhjäksi, niin käytetään PRH:n avoimen datan palvelua.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Y&amp;leiset</translation>
    </message>
    <message>
        <source>Own &amp;company</source>
        <translation>&amp;Oma yritys</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>Open a &amp;shared register…</source>
        <translation>Avaa &amp;jaettu rekisteri…</translation>
    </message>
    <message>
        <source>Share this register on a ser&amp;ver…</source>
        <translation>Jaa tämä rekisteri &amp;palvelimelle…</translation>
    </message>
    <message>
        <source>&amp;Team members…</source>
        <translation>Tiimin jäs&amp;enet…</translation>
    </message>
    <message>
        <source>A register file has no users or roles; share it on a server first to give your team their own access.</source>
        <translation>Rekisteritiedostolla ei ole käyttäjiä eikä rooleja: jaa rekisteri ensin palvelimelle, niin tiimisi jäsenet saavat omat käyttöoikeutensa.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <source>Open a register that your team shares on a PostgreSQL server.</source>
        <translation>Avaa rekisteri, jota tiiminne käyttää yhdessä PostgreSQL-palvelimella.</translation>
    </message>
    <message>
        <source>Copy this register into an empty database on a PostgreSQL server, so that your team can use it. This register stays as it is.</source>
        <translation>Kopioi tämä rekisteri tyhjään tietokantaan PostgreSQL-palvelimelle, jotta tiiminne voi käyttää sitä. Tämä rekisteri säilyy ennallaan.</translation>
    </message>
    <message>
        <source>The register was copied to the server and checked ({rows} rows, {files} attachments). Open the shared register now?</source>
        <translation>Rekisteri kopioitiin palvelimelle ja tarkistettiin ({rows} riviä, {files} liitettä). Avataanko jaettu rekisteri nyt?</translation>
    </message>
    <message>
        <source>Shared on the server</source>
        <translation>Jaettu palvelimella</translation>
    </message>
    <message>
        <source>The shared register opens in a window of its own.</source>
        <translation>Jaettu rekisteri avautuu omaan ikkunaansa.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>I&amp;mport from Excel…</source>
        <translation>Tu&amp;o Excelistä…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>V&amp;ie Exceliin…</translation>
    </message>
    <message>
        <source>E&amp;xport selected to Excel…</source>
        <translation>Vie &amp;valitut Exceliin…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Pe&amp;ru tuonti…</translation>
    </message>
    <message>
        <source>Read customers from .xlsx, .xlsm, .xls, .ods or .csv; nothing is saved before you confirm.</source>
        <translation>Lue asiakkaat .xlsx-, .xlsm-, .xls-, .ods- tai .csv-tiedostosta; mitään ei tallenneta ennen kuin vahvistat.</translation>
    </message>
    <message>
        <source>Write every customer to an .xlsx file.</source>
        <translation>Kirjoita kaikki asiakkaat .xlsx-tiedostoon.</translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Tuo asiakkaat taulukkotiedostosta</translation>
    </message>
    <message>
        <source>Import done: created {created}, updated {updated}, skipped {skipped}.</source>
        <translation>Tuonti valmis: luotu {created}, päivitetty {updated}, ohitettu {skipped}.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message>
        <source>No customers have been imported.</source>
        <translation>Asiakkaita ei ole tuotu.</translation>
    </message>
    <message>
        <source>Import undone: removed {removed}, restored {restored}, kept {kept}.</source>
        <translation>Tuonti peruttu: poistettu {removed}, palautettu {restored}, säilytetty {kept}.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>customers-selected</source>
        <translation>asiakkaat-valitut</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Vie Exceliin</translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation>Vie valitut</translation>
    </message>
    <message>
        <source>Select the customers to export in the list.</source>
        <translation>Valitse vietävät asiakkaat luettelosta.</translation>
    </message>
    <message>
        <source>Export selected to Excel</source>
        <translation>Vie valitut Exceliin</translation>
    </message>
    <message>
        <source>Writing {count} customers to {file}…</source>
        <translation>Kirjoitetaan asiakkaita ({count}) tiedostoon {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Viedään tiedostoon {file}…</translation>
    </message>
    <message>
        <source>{count} customers written to {file}.</source>
        <translation>Asiakkaita kirjoitettu tiedostoon {file}: {count}.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Vienti peruutettiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. If it is open in Excel, close it and try again.</source>
        <translation>Tiedostoa ei voitu kirjoittaa: {reason}. Jos se on auki Excelissä, sulje se ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetPrompts</name>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Taulukot ({patterns});;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Skipped rows:</source>
        <translation>Ohitetut rivit:</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Tallenna &amp;raportti…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Tuonti valmis.</translation>
    </message>
    <message>
        <source>The import can be undone under Edit › Undo import…; customers you edit after this are left as they are.</source>
        <translation>Tuonnin voi perua kohdasta Muokkaa › Peru tuonti…; asiakkaat, joita muokkaat tämän jälkeen, jäävät ennalleen.</translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, skipped {skipped}.</source>
        <translation>Luotu {created}, päivitetty {updated}, ohitettu {skipped}.</translation>
    </message>
    <message>
        <source>Contact persons: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation>Yhteyshenkilöitä lisätty {added}, päivitetty {updated}, jätetty tuomatta {skipped}.</translation>
    </message>
    <message>
        <source>Offices: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation>Toimipisteitä lisätty {added}, päivitetty {updated}, jätetty tuomatta {skipped}.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>&amp;Vaihda rooli…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Each person opens the register under their own user name. Full access may do everything; limited access works on customers, contact persons, offices, notes and attachments but sees no invoicing figures. The server enforces the roles.</source>
        <translation>Jokainen avaa rekisterin omalla käyttäjätunnuksellaan. Täysillä oikeuksilla voi tehdä kaiken; rajatuilla oikeuksilla käsitellään asiakkaita, yhteyshenkilöitä, toimipaikkoja, muistiinpanoja ja liitteitä, mutta laskutuksen lukuja ei näe. Palvelin itse valvoo rooleja.</translation>
    </message>
    <message>
        <source>You can see the team but not change it: only a user who may hand out the team&apos;s roles (the register&apos;s owner) can add, change or remove members.</source>
        <translation>Näet tiimin, mutta et voi muuttaa sitä: vain käyttäjä, joka saa jakaa tiimin rooleja (rekisterin omistaja), voi lisätä, muuttaa tai poistaa jäseniä.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (sinä)</translation>
    </message>
    <message>
        <source>Remove {name} from the team? They can no longer open this register.</source>
        <translation>Poistetaanko {name} tiimistä? Hän ei voi enää avata tätä rekisteriä.</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Poista tiimistä</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Change a team member</source>
        <translation>Muuta tiimin jäsentä</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Lisää tiimin jäsen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Salasana &amp;uudelleen:</translation>
    </message>
    <message>
        <source>Leave the password empty to keep their current one.</source>
        <translation>Jätä salasana tyhjäksi, niin nykyinen salasana säilyy.</translation>
    </message>
    <message>
        <source>The name they log in to the server with. Leave the password empty only if the server lets them in some other way.</source>
        <translation>Nimi, jolla hän kirjautuu palvelimelle. Jätä salasana tyhjäksi vain, jos palvelin päästää hänet sisään muulla tavoin.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Anna käyttäjätunnus.</translation>
    </message>
    <message>
        <source>The passwords differ; type the same one twice.</source>
        <translation>Salasanat eroavat: kirjoita sama salasana kahdesti.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Full access</source>
        <translation>Täydet oikeudet</translation>
    </message>
    <message>
        <source>Limited: no invoicing figures</source>
        <translation>Rajattu: ei laskutuksen lukuja</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Viesti</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Teksti</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>Palauta &amp;oletusteksti</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Kentät: {fields}</translation>
    </message>
</context>
<context>
    <name>TradeRegisterActions</name>
    <message>
        <source>Update from the &amp;trade register…</source>
        <translation>Päivitä &amp;YTJ:stä…</translation>
    </message>
    <message>
        <source>Compare the card with the trade register and update the chosen details</source>
        <translation>Vertaa korttia YTJ:n tietoihin ja päivitä valitut tiedot</translation>
    </message>
    <message>
        <source>Updated from the trade register.</source>
        <translation>Päivitetty YTJ:stä.</translation>
    </message>
</context>
<context>
    <name>TradeRegisterTexts</name>
    <message>
        <source>ceased</source>
        <translation>lakannut</translation>
    </message>
    <message>
        <source>in bankruptcy</source>
        <translation>konkurssissa</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation>selvitystilassa</translation>
    </message>
    <message>
        <source>in corporate restructuring</source>
        <translation>yrityssaneerauksessa</translation>
    </message>
    <message>
        <source>{name}: {situation}.</source>
        <translation>{name}: {situation}.</translation>
    </message>
    <message>
        <source>{name}: {situation} since {date}.</source>
        <translation>{name}: {situation} {date} alkaen.</translation>
    </message>
    <message>
        <source>Check the company&apos;s situation before selling to it on credit.</source>
        <translation>Selvitä yrityksen tilanne ennen kuin myyt sille laskulla.</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>Chosen by you.</source>
        <translation>Sinun valintasi.</translation>
    </message>
    <message>
        <source>Given in the file.</source>
        <translation>Annettu tiedostossa.</translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <source>The customer type decides the penalty interest and the fees a customer may be charged. Where the file does not give it, each row is typed by what it shows: a Y-tunnus or company form makes a company, a first name or a consumer e-mail address a private person. Check the rows, and change the type where it is wrong.</source>
        <translation>Asiakastyyppi ratkaisee viivästyskoron ja sen, mitä maksuja asiakkaalta saa periä. Kun tiedosto ei kerro tyyppiä, se päätellään rivin tiedoista: Y-tunnus tai yhtiömuoto tekee rivistä yrityksen, etunimi tai kuluttajien sähköpostipalvelun osoite yksityishenkilön. Tarkista rivit ja vaihda tyyppi, jos se on väärä.</translation>
    </message>
    <message>
        <source>Show only rows whose type the file does not give</source>
        <translation>Näytä vain rivit, joiden tyyppiä tiedosto ei kerro</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Valitut rivit:</translation>
    </message>
    <message>
        <source>All rows shown:</source>
        <translation>Kaikki näytetyt rivit:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>&amp;Peru muutokseni</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Asiakastyyppi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Check the customer types</source>
        <translation>Tarkista asiakastyypit</translation>
    </message>
    <message>
        <source>Companies: {companies}. Private persons: {private}. Rows whose type the file does not give: {inferred}. Rows whose type you chose: {chosen}.</source>
        <translation>Yrityksiä: {companies}. Yksityishenkilöitä: {private}. Rivejä, joiden tyyppiä tiedosto ei kerro: {inferred}. Rivejä, joiden tyypin valitsit itse: {chosen}.</translation>
    </message>
</context>
<context>
    <name>UndoBankImportDialog</name>
    <message>
        <source>Undo bank payment import</source>
        <translation>Peru pankkimaksujen tuonti</translation>
    </message>
    <message>
        <source>Choose a bank file&apos;s import to undo. Undo takes its payments off the invoices they paid, takes back the credit they gave and empties the list of its unmatched payments; the file can then be imported again.</source>
        <translation>Valitse peruttava pankkitiedoston tuonti. Peruminen poistaa sen maksut laskuilta, joita ne maksoivat, ottaa pois niistä syntyneen hyvityssaldon ja poistaa sen kohdistamattomat maksut; tiedoston voi sen jälkeen tuoda uudelleen.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksuja</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Peru tuonti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Peruttu {when}</translation>
    </message>
    <message>
        <source>No bank files imported yet.</source>
        <translation>Pankin tiedostoja ei ole vielä tuotu.</translation>
    </message>
    <message>
        <source>Choose an import to undo.</source>
        <translation>Valitse peruttava tuonti.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Tämä tuonti on jo peruttu.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of {file} takes back its %n payment(s) of {total}.</source>
        <translation>
            <numerusform>Tiedoston {file} tuonnin peruminen ottaa takaisin sen %n maksun, yhteensä {total}.</numerusform>
            <numerusform>Tiedoston {file} tuonnin peruminen ottaa takaisin sen %n maksua, yhteensä {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) taken back;</source>
        <translation>
            <numerusform>%n maksu otettu takaisin;</numerusform>
            <numerusform>%n maksua otettu takaisin;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>%n lasku muuttui.</numerusform>
            <numerusform>%n laskua muuttui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because the customer&apos;s credit from them has been used since:</source>
        <translation>Säilytetty, koska niistä syntynyt asiakkaan hyvityssaldo on sittemmin käytetty:</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message>
        <source>Choose an import to undo. Undo removes the customers it created and restores the customers it updated to how they were before. Customers edited since the import are left as they are.</source>
        <translation>Valitse peruttava tuonti. Peruminen poistaa tuonnissa luodut asiakkaat ja palauttaa tuonnissa päivitetyt asiakkaat entiselleen. Tuonnin jälkeen muokatut asiakkaat jäävät ennalleen.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Peru tuonti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Peruttu {when}</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Ei vielä tuonteja.</translation>
    </message>
    <message>
        <source>Choose an import.</source>
        <translation>Valitse tuonti.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Tämä tuonti on jo peruttu.</translation>
    </message>
    <message>
        <source>Undoing the import of {file} removes the {created} customers it created and restores the {updated} customers it updated. Customers edited since the import, or with invoices that must be kept, stay as they are and are listed afterwards.</source>
        <translation>Tiedoston {file} tuonnin peruminen poistaa tuonnissa luodut asiakkaat ({created}) ja palauttaa tuonnissa päivitetyt asiakkaat ({updated}) entiselleen. Tuonnin jälkeen muokatut asiakkaat sekä asiakkaat, joiden laskut on säilytettävä, jäävät ennalleen, ja ne luetellaan lopuksi.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Perutaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n asiakas poistettu.</numerusform>
            <numerusform>%n asiakasta poistettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n asiakas palautettu.</numerusform>
            <numerusform>%n asiakasta palautettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are:</source>
        <translation>Jätetty ennalleen:</translation>
    </message>
</context>
<context>
    <name>UnmatchedPaymentsDialog</name>
    <message>
        <source>Unmatched payments</source>
        <translation>Kohdistamattomat maksut</translation>
    </message>
    <message>
        <source>These payments from the bank&apos;s files matched no invoice. Choose one and assign it to an invoice, or set it aside when it is not an invoice payment.</source>
        <translation>Nämä pankin tiedostojen maksut eivät kohdistuneet mihinkään laskuun. Valitse maksu ja kohdista se laskulle tai siirrä se syrjään, jos se ei ole laskun maksu.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Open invoices it may be for</source>
        <translation>Avoimet laskut, joita se voi koskea</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Miksi ehdotettu</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Laskun numero:</translation>
    </message>
    <message>
        <source>&amp;Assign to invoice</source>
        <translation>K&amp;ohdista laskulle</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>&amp;Siirrä syrjään</translation>
    </message>
    <message>
        <source>Not an invoice payment: take it off this list</source>
        <translation>Ei laskun maksu: poista se tästä luettelosta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>the same amount open</source>
        <translation>sama summa avoinna</translation>
    </message>
    <message>
        <source>name {score} % alike</source>
        <translation>nimi {score} % samanlainen</translation>
    </message>
    <message>
        <source>Assign a payment</source>
        <translation>Kohdista maksu</translation>
    </message>
    <message>
        <source>{paid} paid on invoice {number}.</source>
        <translation>{paid} maksettu laskulle {number}.</translation>
    </message>
    <message>
        <source>{credit} became the customer&apos;s credit.</source>
        <translation>{credit} jäi asiakkaan hyvityssaldoksi.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Siirrä syrjään</translation>
    </message>
    <message>
        <source>Set aside the payment of {amount} from {payer}? It is kept with the bank file but no longer listed here.</source>
        <translation>Siirretäänkö maksajan {payer} maksu {amount} syrjään? Se säilyy pankin tiedoston tiedoissa, mutta sitä ei enää näytetä täällä.</translation>
    </message>
</context>
<context>
    <name>VatNames</name>
    <message>
        <source>Goods</source>
        <translation>Tavara</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Exempt: healthcare (AVL 34 §)</source>
        <translation>Veroton: terveydenhoito (AVL 34 §)</translation>
    </message>
    <message>
        <source>Exempt: social welfare (AVL 37 §)</source>
        <translation>Veroton: sosiaalihuolto (AVL 37 §)</translation>
    </message>
    <message>
        <source>Exempt: education (AVL 39 §)</source>
        <translation>Veroton: koulutus (AVL 39 §)</translation>
    </message>
    <message>
        <source>Exempt: financial services (AVL 41 §)</source>
        <translation>Veroton: rahoituspalvelu (AVL 41 §)</translation>
    </message>
    <message>
        <source>Exempt: insurance (AVL 44 §)</source>
        <translation>Veroton: vakuutuspalvelu (AVL 44 §)</translation>
    </message>
    <message>
        <source>Taxable (VAT charged)</source>
        <translation>Verollinen (ALV peritään)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>A BIC has 8 or 11 characters, for example NDEAFIHH.</source>
        <translation>BIC-tunnuksessa on 8 tai 11 merkkiä, esimerkiksi NDEAFIHH.</translation>
    </message>
    <message>
        <source>A Finnish VAT number is FI followed by eight digits, for example FI12345671.</source>
        <translation>Suomalainen ALV-tunnus on FI ja sen perässä kahdeksan numeroa, esimerkiksi FI12345671.</translation>
    </message>
    <message>
        <source>A QR payment can carry amounts from 0,01 to 999 999 999,99 €, not {amount}.</source>
        <translation>QR-maksun summa voi olla 0,01–999 999 999,99 €, ei {amount}.</translation>
    </message>
    <message>
        <source>A QR payment carries either a reference or a message, not both.</source>
        <translation>QR-maksussa voi olla joko viitenumero tai viesti, ei molempia.</translation>
    </message>
    <message>
        <source>A VAT number starts with a country code, for example FI or SE. “{prefix}” is not a country code.</source>
        <translation>ALV-tunnus alkaa maatunnuksella, esimerkiksi FI tai SE. ”{prefix}” ei ole maatunnus.</translation>
    </message>
    <message>
        <source>A VAT rate is 0 to 100 %.</source>
        <translation>ALV-kanta on 0–100 %.</translation>
    </message>
    <message>
        <source>A VAT rate must be between 0 and 100 %, not {value}.</source>
        <translation>ALV-kannan on oltava 0–100 %, ei {value}.</translation>
    </message>
    <message>
        <source>A Y-tunnus has only digits and a dash, for example 1234567-1.</source>
        <translation>Y-tunnuksessa on vain numeroita ja väliviiva, esimerkiksi 1234567-1.</translation>
    </message>
    <message>
        <source>A Y-tunnus has seven digits, a dash and a check digit, for example 1234567-1.</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 1234567-1.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Asiakasta ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <source>A deleted contact cannot be edited.</source>
        <translation>Poistettua yhteyshenkilöä ei voi muokata.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %, not {value}.</source>
        <translation>Alennuksen on oltava 0–100 %, ei {value}.</translation>
    </message>
    <message>
        <source>A draft cannot be sent as an e-invoice; finalise it first.</source>
        <translation>Luonnosta ei voi lähettää verkkolaskuna; vahvista lasku ensin.</translation>
    </message>
    <message>
        <source>A payment is a positive amount in whole cents, not {amount}.</source>
        <translation>Maksun on oltava positiivinen summa tasasentteinä, ei {amount}.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100, not {text}.</source>
        <translation>Prosenttiluvun on oltava 0–100, ei {text}.</translation>
    </message>
    <message>
        <source>A reference number has 4 to 20 digits; this one has {length}.</source>
        <translation>Viitenumerossa on 4–20 numeroa; tässä on {length}.</translation>
    </message>
    <message>
        <source>A reference number may contain only digits and spaces: “{reference}”.</source>
        <translation>Viitenumerossa saa olla vain numeroita ja välilyöntejä: ”{reference}”.</translation>
    </message>
    <message>
        <source>A reminder fee cannot be negative ({fee}).</source>
        <translation>Muistutusmaksu ei voi olla negatiivinen ({fee}).</translation>
    </message>
    <message>
        <source>A yes/no value is not allowed here.</source>
        <translation>Kyllä/ei-arvo ei ole sallittu tässä.</translation>
    </message>
    <message>
        <source>An EU business customer needs a VAT number on its invoices.</source>
        <translation>EU-yritysasiakkaan laskuilla on oltava ALV-tunnus.</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits, for example FI21 1234 5600 0007 85.</source>
        <translation>IBAN-tilinumerossa on vain kirjaimia ja numeroita, esimerkiksi FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>An RF reference has 5 to 25 characters: “{reference}”.</source>
        <translation>RF-viitteessä on 5–25 merkkiä: ”{reference}”.</translation>
    </message>
    <message>
        <source>An RF reference starts with RF and two check digits, followed by letters and digits: “{reference}”.</source>
        <translation>RF-viite alkaa kirjaimilla RF ja kahdella tarkistusnumerolla, joiden jälkeen tulee kirjaimia ja numeroita: ”{reference}”.</translation>
    </message>
    <message>
        <source>An interest rate cannot be negative ({rate}).</source>
        <translation>Korko ei voi olla negatiivinen ({rate}).</translation>
    </message>
    <message>
        <source>An invoice needs at least one row.</source>
        <translation>Laskulla on oltava vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>Construction reverse charge needs the buyer&apos;s Y-tunnus.</source>
        <translation>Rakentamispalvelujen käännetty verovelvollisuus edellyttää ostajan Y-tunnusta.</translation>
    </message>
    <message>
        <source>Describe what is invoiced on row {row}.</source>
        <translation>Kuvaile, mitä rivillä {row} laskutetaan.</translation>
    </message>
    <message>
        <source>E-invoicing needs the full billing address.</source>
        <translation>Verkkolaskutus edellyttää täydellistä laskutusosoitetta.</translation>
    </message>
    <message>
        <source>EU business treatment needs a customer in another EU country.</source>
        <translation>EU-yritysasiakkaan ALV-käsittely edellyttää, että asiakas on toisessa EU-maassa.</translation>
    </message>
    <message>
        <source>Enter a country.</source>
        <translation>Anna maa.</translation>
    </message>
    <message>
        <source>Enter a customer number.</source>
        <translation>Anna asiakasnumero.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Anna puhelinnumero.</translation>
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation>Anna verkko-osoite.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Anna sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Enter the BIC code.</source>
        <translation>Anna BIC-tunnus.</translation>
    </message>
    <message>
        <source>Enter the VAT number.</source>
        <translation>Anna ALV-tunnus.</translation>
    </message>
    <message>
        <source>Enter the Y-tunnus.</source>
        <translation>Anna Y-tunnus.</translation>
    </message>
    <message>
        <source>Enter the account number (IBAN).</source>
        <translation>Anna tilinumero (IBAN).</translation>
    </message>
    <message>
        <source>Enter the e-invoice address.</source>
        <translation>Anna verkkolaskuosoite.</translation>
    </message>
    <message>
        <source>Enter the operator code.</source>
        <translation>Anna välittäjätunnus.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Anna postinumero.</translation>
    </message>
    <message>
        <source>Expected yes or no, got “{value}”.</source>
        <translation>Odotettiin kyllä tai ei, saatiin ”{value}”.</translation>
    </message>
    <message>
        <source>Give a percentage between 0 and {max}.</source>
        <translation>Anna prosenttiluku väliltä 0–{max}.</translation>
    </message>
    <message>
        <source>Give a value from {low} to {high}.</source>
        <translation>Anna arvo väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>Give at most {limit} other accounts; the invoice has no room for more.</source>
        <translation>Anna enintään {limit} muuta tiliä; laskulle ei mahdu enempää.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Anna kokonaisluku.</translation>
    </message>
    <message>
        <source>0000000-0 is not a real Y-tunnus; give the business&apos;s own.</source>
        <translation>0000000-0 ei ole todellinen Y-tunnus; anna yrityksen oma Y-tunnus.</translation>
    </message>
    <message>
        <source>A VAT-registered seller charges VAT by the invoice&apos;s treatment; choose one (an exempt sale is marked on its row).</source>
        <translation>Alv-rekisteröity myyjä perii arvonlisäveron laskun alv-käsittelyn mukaan; valitse käsittely (veroton myynti merkitään riville).</translation>
    </message>
    <message>
        <source>A batch of the file has no totals record; the file may have been cut short.</source>
        <translation>Tiedoston erältä puuttuu summatietue; tiedosto voi olla katkennut.</translation>
    </message>
    <message>
        <source>A contact person&apos;s detail without the person&apos;s name is left out.</source>
        <translation>Yhteyshenkilön tieto ilman henkilön nimeä jätetään pois.</translation>
    </message>
    <message>
        <source>A customer cannot be without VAT: VAT registration is the own company&apos;s setting, and an exempt sale is marked on its product or row.</source>
        <translation>Asiakas ei voi olla arvonlisäveroton: alv-rekisteröinti on oman yrityksen asetus, ja veroton myynti merkitään tuotteeseen tai riville.</translation>
    </message>
    <message>
        <source>A date or time cannot be used here; the value is left out.</source>
        <translation>Päivämäärää tai kellonaikaa ei voi käyttää tässä; arvo jätetään pois.</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 %.</source>
        <translation>Alennus on 0–100 %.</translation>
    </message>
    <message>
        <source>A draft cannot be sent; finalise it first.</source>
        <translation>Luonnosta ei voi lähettää; vahvista se ensin.</translation>
    </message>
    <message>
        <source>A field name can have at most {max} characters.</source>
        <translation>Kentän nimessä voi olla enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>A field name cannot have line breaks, tabs or other control characters.</source>
        <translation>Kentän nimessä ei voi olla rivinvaihtoja, sarkaimia eikä muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>A half-year starts on 1 January or 1 July, not on {day}.</source>
        <translation>Vuosipuolisko alkaa 1. tammikuuta tai 1. heinäkuuta, ei {day}.</translation>
    </message>
    <message>
        <source>A password is never sent without encryption: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Salasanaa ei koskaan lähetetä salaamatta: valitse STARTTLS tai TLS tai jätä käyttäjätunnus tyhjäksi.</translation>
    </message>
    <message>
        <source>A payment can be at most {max}.</source>
        <translation>Maksu voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>A payment of entry {entry} has no amount.</source>
        <translation>Tapahtuman {entry} maksulta puuttuu summa.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Portti on luku 1–65535.</translation>
    </message>
    <message>
        <source>A refund is a positive amount of at most the credit, {credit} €.</source>
        <translation>Palautus on positiivinen summa, enintään hyvityssaldon {credit} €.</translation>
    </message>
    <message>
        <source>A refund is an amount above 0 and at most {owed} €, in whole cents.</source>
        <translation>Palautus on yli 0 ja enintään {owed} €, tasasentein.</translation>
    </message>
    <message>
        <source>A register file has no users or roles; share the register on a PostgreSQL server to give team members their own access.</source>
        <translation>Rekisteritiedostolla ei ole käyttäjiä eikä rooleja; jaa rekisteri PostgreSQL-palvelimelle, niin tiimin jäsenet saavat omat käyttöoikeutensa.</translation>
    </message>
    <message>
        <source>A register is copied only into an empty one; the target holds some already (customers: {customers}, invoices: {invoices}). Nothing was changed.</source>
        <translation>Rekisterin voi kopioida vain tyhjään rekisteriin; kohteessa on jo tietoja (asiakkaita: {customers}, laskuja: {invoices}). Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>A row without VAT needs its reason: choose the exemption (e.g. healthcare, AVL 34 §) or a VAT rate.</source>
        <translation>Arvonlisäverottomalle riville tarvitaan peruste: valitse verottomuuden peruste (esim. terveydenhoito, AVL 34 §) tai verokanta.</translation>
    </message>
    <message>
        <source>A yes/no value cannot be used here; the value is left out.</source>
        <translation>Kyllä/ei-arvoa ei voi käyttää tässä; arvo jätetään pois.</translation>
    </message>
    <message>
        <source>Already in the register as {number} {name}.</source>
        <translation>On jo rekisterissä: {number} {name}.</translation>
    </message>
    <message>
        <source>An invoice cannot have a negative total; make a credit note instead.</source>
        <translation>Laskun loppusumma ei voi olla negatiivinen; tee hyvityslasku.</translation>
    </message>
    <message>
        <source>Another program is using the register. Try again in a moment.</source>
        <translation>Toinen ohjelma käyttää rekisteriä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Bank file import {batch} has been undone already.</source>
        <translation>Pankkitiedoston tuonti {batch} on jo peruttu.</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}.</source>
        <translation>Tietokantatiedostoa {path} ei voi luoda: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>Kansiota {path} ei voi luoda: {reason}.</translation>
    </message>
    <message>
        <source>Changed to “{value}”.</source>
        <translation>Muutettu muotoon ”{value}”.</translation>
    </message>
    <message>
        <source>Choose a file for the documents to print.</source>
        <translation>Valitse tiedosto tulostettaville asiakirjoille.</translation>
    </message>
    <message>
        <source>Choose the folder for e-invoice files in Settings › E-mail and sending.</source>
        <translation>Valitse verkkolaskutiedostojen kansio kohdassa Asetukset › Sähköposti ja lähetys.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Sinun valintasi.</translation>
    </message>
    <message>
        <source>City “{city}” filled in from the postal code.</source>
        <translation>Postitoimipaikka ”{city}” täytettiin postinumeron mukaan.</translation>
    </message>
    <message>
        <source>Company: nothing in the row shows a private person.</source>
        <translation>Yritys: mikään rivillä ei viittaa yksityishenkilöön.</translation>
    </message>
    <message>
        <source>Company: the name has the company form “{word}”.</source>
        <translation>Yritys: nimessä on yhtiömuoto ”{word}”.</translation>
    </message>
    <message>
        <source>Company: the name has the trade word “{word}”.</source>
        <translation>Yritys: nimessä on toimialan sana ”{word}”.</translation>
    </message>
    <message>
        <source>Company: the row has a VAT number.</source>
        <translation>Yritys: rivillä on ALV-numero.</translation>
    </message>
    <message>
        <source>Company: the row has a Y-tunnus.</source>
        <translation>Yritys: rivillä on Y-tunnus.</translation>
    </message>
    <message>
        <source>Credit an amount above 0 and at most {left} €, in whole cents.</source>
        <translation>Hyvitä yli 0 ja enintään {left} €, tasasentein.</translation>
    </message>
    <message>
        <source>Customer number {number} is in use; {new} is given.</source>
        <translation>Asiakasnumero {number} on jo käytössä; tilalle annetaan {new}.</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same Y-tunnus).</source>
        <translation>Rivin {row} kaksoiskappale (sama Y-tunnus).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same customer number).</source>
        <translation>Rivin {row} kaksoiskappale (sama asiakasnumero).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same e-mail address).</source>
        <translation>Rivin {row} kaksoiskappale (sama sähköpostiosoite).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same name).</source>
        <translation>Rivin {row} kaksoiskappale (sama nimi).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same phone number).</source>
        <translation>Rivin {row} kaksoiskappale (sama puhelinnumero).</translation>
    </message>
    <message>
        <source>E-mail is not set up: fill in the mail server and the sender in Settings › E-mail and sending.</source>
        <translation>Sähköpostia ei ole otettu käyttöön: täytä postipalvelin ja lähettäjä kohdassa Asetukset › Sähköposti ja lähetys.</translation>
    </message>
    <message>
        <source>Edited after the import; left as it is.</source>
        <translation>Muokattu tuonnin jälkeen; jätetään ennalleen.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no amount.</source>
        <translation>Tiedoston tapahtumalta {entry} puuttuu summa.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no booking date.</source>
        <translation>Tiedoston tapahtumalta {entry} puuttuu kirjauspäivä.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file says it holds {count} payments but lists {listed}; the file may be damaged.</source>
        <translation>Tiedoston tapahtuma {entry} ilmoittaa sisältävänsä {count} maksua mutta luettelee {listed}; tiedosto voi olla vioittunut.</translation>
    </message>
    <message>
        <source>Fill in the own company details first (missing: {missing}).</source>
        <translation>Täytä ensin oman yrityksen tiedot (puuttuu: {missing}).</translation>
    </message>
    <message>
        <source>Give a date from {earliest} to {latest}, not {day}.</source>
        <translation>Anna päivämäärä väliltä {earliest}–{latest}, ei {day}.</translation>
    </message>
    <message>
        <source>Give a quantity of 0 or more.</source>
        <translation>Anna määräksi 0 tai enemmän.</translation>
    </message>
    <message>
        <source>Give an amount from 0 to {max}.</source>
        <translation>Anna summa väliltä 0–{max}.</translation>
    </message>
    <message>
        <source>Give the amount in whole cents.</source>
        <translation>Anna summa tasasentteinä.</translation>
    </message>
    <message>
        <source>Give the attachment a name.</source>
        <translation>Anna liitteelle nimi.</translation>
    </message>
    <message>
        <source>Give the company&apos;s name; it is the seller on every invoice.</source>
        <translation>Anna yrityksen nimi; se on myyjänä jokaisessa laskussa.</translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation>Anna yhteyshenkilön nimi.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name.</source>
        <translation>Anna asiakkaan nimi.</translation>
    </message>
    <message>
        <source>Give the discount with at most two decimals.</source>
        <translation>Anna alennus enintään kahdella desimaalilla.</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Anna kentälle nimi.</translation>
    </message>
    <message>
        <source>Give the fixed penalty interest rate.</source>
        <translation>Anna kiinteä viivästyskorko.</translation>
    </message>
    <message>
        <source>Give the mail server first.</source>
        <translation>Anna ensin postipalvelin.</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>Anna toimipaikalle nimi.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Anna välittäjän nimi.</translation>
    </message>
    <message>
        <source>Give the payment term as 0 to 365 days.</source>
        <translation>Anna maksuaika päivinä (0–365).</translation>
    </message>
    <message>
        <source>Give the quantity with at most three decimals.</source>
        <translation>Anna määrä enintään kolmen desimaalin tarkkuudella.</translation>
    </message>
    <message>
        <source>Give the reference rate as 0 to 20 % with at most two decimals, not {rate}.</source>
        <translation>Anna viitekorko väliltä 0–20 % enintään kahdella desimaalilla, ei {rate}.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address.</source>
        <translation>Anna lähettäjän sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Give the unit price in whole cents.</source>
        <translation>Anna yksikköhinta tasasentteinä.</translation>
    </message>
    <message>
        <source>Give yes or no.</source>
        <translation>Anna kyllä tai ei.</translation>
    </message>
    <message>
        <source>Has records that must be kept ({what}).</source>
        <translation>Asiakkaalla on säilytettäviä tietoja ({what}).</translation>
    </message>
    <message>
        <source>Import {batch} has been undone already.</source>
        <translation>Tuonti {batch} on jo peruttu.</translation>
    </message>
    <message>
        <source>Interest is charged on an amount due, not on {amount}.</source>
        <translation>Korkoa peritään erääntyneestä summasta, ei summasta {amount}.</translation>
    </message>
    <message>
        <source>Invoice number {number} is already in use; raise the next invoice number in the company settings.</source>
        <translation>Laskunumero {number} on jo käytössä; nosta seuraavaa laskunumeroa yrityksen asetuksissa.</translation>
    </message>
    <message>
        <source>Invoice numbers up to {highest} are in use; the next number must be bigger.</source>
        <translation>Laskunumerot {highest} asti ovat käytössä; seuraavan numeron on oltava suurempi.</translation>
    </message>
    <message>
        <source>Invoice {number} has nothing open; choose an open invoice.</source>
        <translation>Laskulla {number} ei ole mitään avoinna; valitse avoin lasku.</translation>
    </message>
    <message>
        <source>Invoice {number} is finalised and cannot be changed; make a credit note instead.</source>
        <translation>Lasku {number} on vahvistettu, eikä sitä voi enää muuttaa; tee sen sijaan hyvityslasku.</translation>
    </message>
    <message>
        <source>Invoice {number} is not overdue; nothing to remind of.</source>
        <translation>Lasku {number} ei ole erääntynyt; maksumuistutusta ei tarvita.</translation>
    </message>
    <message>
        <source>Invoice {number} was last reminded of on {day}; a new reminder cannot be dated before it.</source>
        <translation>Laskusta {number} on viimeksi muistutettu {day}; uutta muistutusta ei voi päivätä sitä aiemmaksi.</translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this contact.</source>
        <translation>Yhteyshenkilön asiakasta (välilehden ”{sheet}” rivi {row}) ei tuoda: {reason} Siksi tätäkään yhteyshenkilöä ei tuoda.</translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this office.</source>
        <translation>Toimipisteen asiakasta (välilehden ”{sheet}” rivi {row}) ei tuoda: {reason} Siksi tätäkään toimipistettä ei tuoda.</translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this contact.</source>
        <translation>Yhteyshenkilön asiakasta ei tuoda: {reason} Siksi tätäkään yhteyshenkilöä ei tuoda.</translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this office.</source>
        <translation>Toimipisteen asiakasta ei tuoda: {reason} Siksi tätäkään toimipistettä ei tuoda.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation>Rivinvaihdot eivät ole sallittuja tässä.</translation>
    </message>
    <message>
        <source>Line {line} comes before the batch header it belongs to.</source>
        <translation>Rivi {line} on ennen eränsä otsikkotietuetta.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid amount “{value}”.</source>
        <translation>Rivillä {line} on virheellinen summa ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid correction flag “{value}”.</source>
        <translation>Rivillä {line} on virheellinen oikaisutunnus ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid date “{value}”.</source>
        <translation>Rivillä {line} on virheellinen päivämäärä ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; a record of the reference payment file has 90.</source>
        <translation>Rivillä {line} on {length} merkkiä; viitesiirtoaineiston tietueessa on 90.</translation>
    </message>
    <message>
        <source>Line {line} of the file {name} cannot be read as CSV ({reason}).</source>
        <translation>Tiedoston {name} riviä {line} ei voi lukea CSV-muodossa ({reason}).</translation>
    </message>
    <message>
        <source>Line {line} of the file {name} is longer than {limit} characters; a CSV file of customers has no such lines.</source>
        <translation>Tiedoston {name} rivi {line} on pidempi kuin {limit} merkkiä; asiakkaiden CSV-tiedostossa ei ole sellaisia rivejä.</translation>
    </message>
    <message>
        <source>Line {line} starts with “{kind}”, which is no record of the reference payment file.</source>
        <translation>Rivi {line} alkaa merkillä ”{kind}”, joka ei ole viitesiirtoaineiston tietue.</translation>
    </message>
    <message>
        <source>Merged into row {row}.</source>
        <translation>Yhdistetty riviin {row}.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was changed: {reason}</source>
        <translation>Varmuuskopiota ei voitu tehdä, joten mitään ei muutettu: {reason}</translation>
    </message>
    <message>
        <source>No column is mapped to the customer&apos;s name.</source>
        <translation>Asiakkaan nimelle ei ole valittu saraketta.</translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port} ({reason}).</source>
        <translation>Postipalvelimeen {host}:{port} ei saatu yhteyttä ({reason}).</translation>
    </message>
    <message>
        <source>No customer has the billing customer number {number}; it is left out.</source>
        <translation>Laskutusasiakkaan numerolla {number} ei löydy asiakasta; se jätetään pois.</translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the contact is not imported.</source>
        <translation>Asiakasnumerolla {number} ei ole asiakasta tässä tiedostossa eikä rekisterissä; yhteyshenkilöä ei tuoda.</translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the office is not imported.</source>
        <translation>Asiakasnumerolla {number} ei ole asiakasta tässä tiedostossa eikä rekisterissä; toimipistettä ei tuoda.</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Millään asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <source>No customer number: the contact cannot be joined to a customer and is not imported.</source>
        <translation>Asiakasnumero puuttuu: yhteyshenkilöä ei voi liittää asiakkaaseen, eikä sitä tuoda.</translation>
    </message>
    <message>
        <source>No customer number: the office cannot be joined to a customer and is not imported.</source>
        <translation>Asiakasnumero puuttuu: toimipistettä ei voi liittää asiakkaaseen, eikä sitä tuoda.</translation>
    </message>
    <message>
        <source>No customer number; {number} is given.</source>
        <translation>Asiakasnumero puuttuu; annetaan {number}.</translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}”: the first {count} rows should include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.</source>
        <translation>Taulukosta ”{sheet}” ei löytynyt otsikkoriviä: ensimmäisten {count} rivin joukossa pitäisi olla rivi, jolla sarakkeet on nimetty, esimerkiksi Nimi, Y-tunnus, Sähköposti.</translation>
    </message>
    <message>
        <source>No imported payment has the archive id {archive_id}.</source>
        <translation>Millään tuodulla maksulla ei ole arkistointitunnusta {archive_id}.</translation>
    </message>
    <message>
        <source>No invoice has the number {number}.</source>
        <translation>Laskua numerolla {number} ei ole.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation>Tässä tietokoneessa ei ole avainnippua, joten salasanaa ei voi tallentaa; se kysytään aina, kun postia lähetetään.</translation>
    </message>
    <message>
        <source>No other customer has the billing customer number {number}; it is left out.</source>
        <translation>Laskutusasiakkaan numerolla {number} ei löydy muuta asiakasta; se jätetään pois.</translation>
    </message>
    <message>
        <source>No other customer has the number {number}.</source>
        <translation>Millään muulla asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <source>No permission to read and write {path}.</source>
        <translation>Ei oikeutta lukea ja kirjoittaa tiedostoa {path}.</translation>
    </message>
    <message>
        <source>No postal code was found in the address; it is kept as the street.</source>
        <translation>Osoitteesta ei löytynyt postinumeroa; se tallennetaan katuosoitteeksi.</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>Tuotetta koodilla {value} ei ole.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server {host}:{port} ({reason}); check the port and the security setting.</source>
        <translation>Suojattua yhteyttä postipalvelimeen {host}:{port} ei saatu ({reason}); tarkista portti ja salausasetus.</translation>
    </message>
    <message>
        <source>Not a customer type (company or private person); company is used.</source>
        <translation>Ei kelvollinen asiakastyyppi (yritys tai yksityishenkilö); käytetään yritystä.</translation>
    </message>
    <message>
        <source>Nothing is left to credit on the invoice.</source>
        <translation>Laskulla ei ole enää hyvitettävää.</translation>
    </message>
    <message>
        <source>Nothing is owed back to the customer on invoice {number}.</source>
        <translation>Laskusta {number} ei ole asiakkaalle palautettavaa.</translation>
    </message>
    <message>
        <source>Only a sent invoice that is not yet credited in full can be credited.</source>
        <translation>Vain lähetetyn laskun, jota ei ole vielä kokonaan hyvitetty, voi hyvittää.</translation>
    </message>
    <message>
        <source>Only invoices and credit notes can be sent as e-invoices.</source>
        <translation>Verkkolaskuna voi lähettää vain laskuja ja hyvityslaskuja.</translation>
    </message>
    <message>
        <source>Payments can be recorded only on sent invoices; this one is {status}.</source>
        <translation>Maksuja voi kirjata vain lähetetyille laskuille; tämän laskun tila on {status}.</translation>
    </message>
    <message>
        <source>Private person: the first and last names are in columns of their own.</source>
        <translation>Yksityishenkilö: etu- ja sukunimi ovat omissa sarakkeissaan.</translation>
    </message>
    <message>
        <source>Private person: {domain} is a consumer e-mail service.</source>
        <translation>Yksityishenkilö: {domain} on kuluttajien sähköpostipalvelu.</translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name and {domain} is a consumer e-mail service.</source>
        <translation>Yksityishenkilö: ”{word}” on etunimi ja {domain} on kuluttajien sähköpostipalvelu.</translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name.</source>
        <translation>Yksityishenkilö: ”{word}” on etunimi.</translation>
    </message>
    <message>
        <source>Reference rates are known from {first} on, not for {day}; enter the penalty interest rate by hand.</source>
        <translation>Viitekorot tunnetaan {first} alkaen, ei päivälle {day}; anna viivästyskorko käsin.</translation>
    </message>
    <message>
        <source>Reference {reference} is already on invoice {number}; give the customer a fixed reference of their own so that payments are not mixed up.</source>
        <translation>Viitenumero {reference} on jo laskulla {number}; anna asiakkaalle oma vakioviite, jotta maksut eivät mene sekaisin.</translation>
    </message>
    <message>
        <source>Reference {reference} is of the kind the program gives invoices and statements, so a payment with it could go to the wrong place. Choose a fixed reference whose digits start with 4 to 9.</source>
        <translation>Viitenumero {reference} on samanlainen kuin ohjelma antaa laskuille ja tiliotteille, joten sillä tehty maksu voisi kohdistua väärin. Valitse vakioviite, jonka numerot alkavat numerolla 4–9.</translation>
    </message>
    <message>
        <source>Reference {reference} is the fixed reference of {name}; give that customer another fixed reference so that payments are not mixed up.</source>
        <translation>Viitenumero {reference} on asiakkaan {name} vakioviite; anna tälle asiakkaalle toinen vakioviite, jotta maksut eivät mene sekaisin.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Hylätty.</translation>
    </message>
    <message>
        <source>Row {row} has been credited already.</source>
        <translation>Rivi {row} on jo hyvitetty.</translation>
    </message>
    <message>
        <source>Row {row} is not a row of the invoice, or it is named twice.</source>
        <translation>Riviä {row} ei ole laskulla, tai se on annettu kahdesti.</translation>
    </message>
    <message>
        <source>Row {row}: credit a quantity above 0 and at most {left}, with at most three decimals.</source>
        <translation>Rivi {row}: hyvitä yli 0 ja enintään {left}, enintään kolmella desimaalilla.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has a header row but no customers below it.</source>
        <translation>Taulukossa ”{sheet}” on otsikkorivi, mutta sen alla ei ole asiakkaita.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches column {count}; a sheet may have at most {limit} columns.</source>
        <translation>Taulukko ”{sheet}” ulottuu sarakkeeseen {count}; taulukossa voi olla enintään {limit} saraketta.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches row {count}; a sheet may have at most {limit} rows.</source>
        <translation>Taulukko ”{sheet}” ulottuu riville {count}; taulukossa voi olla enintään {limit} riviä.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” spans {rows} rows and {columns} columns, {count} cells; at most {limit} cells can be imported at once. Delete far-away cells, or split the sheet.</source>
        <translation>Taulukko ”{sheet}” kattaa {rows} riviä ja {columns} saraketta, {count} solua; kerralla voi tuoda enintään {limit} solua. Poista kaukana olevat solut tai jaa taulukko osiin.</translation>
    </message>
    <message>
        <source>Split into street “{street}”, postal code “{postal_code}” and city “{city}”.</source>
        <translation>Jaettu osiin: katuosoite ”{street}”, postinumero ”{postal_code}” ja postitoimipaikka ”{city}”.</translation>
    </message>
    <message>
        <source>That payment is not on the list of unmatched payments (any more).</source>
        <translation>Maksu ei ole (enää) kohdistamattomien maksujen luettelossa.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match. Check the account number for typing errors.</source>
        <translation>IBAN-tilinumeron tarkistusnumerot eivät täsmää. Tarkista tilinumero kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The IBAN has the wrong number of characters. A Finnish IBAN has 18, for example FI21 1234 5600 0007 85.</source>
        <translation>IBAN-tilinumerossa on väärä määrä merkkejä. Suomalaisessa IBANissa on 18 merkkiä, esimerkiksi FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The OVT suffix can have at most five letters or digits.</source>
        <translation>OVT-tunnuksen lisäosassa voi olla enintään viisi kirjainta tai numeroa.</translation>
    </message>
    <message>
        <source>The QR payment data takes {size} bytes; at most 331 fit. Shorten the name or the message.</source>
        <translation>QR-maksun tiedot vievät {size} tavua; enintään 331 mahtuu. Lyhennä nimeä tai viestiä.</translation>
    </message>
    <message>
        <source>The VAT number can have only letters and digits after the country code.</source>
        <translation>ALV-tunnuksessa saa maatunnuksen jälkeen olla vain kirjaimia ja numeroita.</translation>
    </message>
    <message>
        <source>The VAT number check digit does not match. Check the number for typing errors.</source>
        <translation>ALV-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The VAT number has the wrong number of characters for {prefix}.</source>
        <translation>ALV-tunnuksessa on väärä määrä merkkejä maalle {prefix}.</translation>
    </message>
    <message>
        <source>The VAT number is not in the format used in {prefix}.</source>
        <translation>ALV-tunnus ei ole maassa {prefix} käytetyssä muodossa.</translation>
    </message>
    <message>
        <source>The XML file is damaged near line {line}; it may have been cut short.</source>
        <translation>XML-tiedosto on vioittunut rivin {line} kohdalla; se voi olla katkennut.</translation>
    </message>
    <message>
        <source>The XML file is not a bank&apos;s camt.053 statement or camt.054 notification.</source>
        <translation>XML-tiedosto ei ole pankin camt.053-tiliote eikä camt.054-ilmoitus.</translation>
    </message>
    <message>
        <source>The Y-tunnus check digit does not match. Check the number for typing errors.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The amount {amount} has fractions of a cent; round it before printing.</source>
        <translation>Summassa {amount} on sentin osia; pyöristä se ennen tulostamista.</translation>
    </message>
    <message>
        <source>The amount “{value}” of entry {entry} is not an amount in cents.</source>
        <translation>Tapahtuman {entry} summa ”{value}” ei ole summa senttien tarkkuudella.</translation>
    </message>
    <message>
        <source>The bank barcode can carry amounts from 0 to 999 999,99 €, not {amount}.</source>
        <translation>Pankkiviivakoodin summa voi olla 0–999 999,99 €, ei {amount}.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry a Finnish (FI) account; {iban} is not one.</source>
        <translation>Pankkiviivakoodissa voi olla vain suomalainen (FI) tilinumero; {iban} ei ole sellainen.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry an RF reference made of digits, not {reference}.</source>
        <translation>Pankkiviivakoodissa voi olla vain pelkistä numeroista koostuva RF-viite, ei {reference}.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry due dates in 2000–2099, not {due_date}.</source>
        <translation>Pankkiviivakoodissa voi olla vain vuosien 2000–2099 eräpäivä, ei {due_date}.</translation>
    </message>
    <message>
        <source>The cells of sheet “{sheet}” repeat shared texts to more than {limit} MB; at most {limit} MB of text can be imported. Split the sheet.</source>
        <translation>Taulukon ”{sheet}” solut toistavat yhteisiä tekstejä yli {limit} Mt; tekstiä voi tuoda enintään {limit} Mt. Jaa taulukko osiin.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}); nothing was sent.</source>
        <translation>Postipalvelimen {host} varmennetta ei voitu tarkistaa ({reason}); mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number for typing errors.</source>
        <translation>Tarkistusnumero ei täsmää; tarkista numero kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The check digit of reference number {reference} does not match; check it for typing errors.</source>
        <translation>Viitenumeron {reference} tarkistusnumero ei täsmää; tarkista se kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The check digits of IBAN {iban} do not match; check it for typing errors.</source>
        <translation>IBAN-tilinumeron {iban} tarkistusnumerot eivät täsmää; tarkista se kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The check digits of RF reference {reference} do not match; check it for typing errors.</source>
        <translation>RF-viitteen {reference} tarkistusnumerot eivät täsmää; tarkista se kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The contact is not the customer&apos;s.</source>
        <translation>Yhteyshenkilö ei kuulu tälle asiakkaalle.</translation>
    </message>
    <message>
        <source>The copy differs from the original ({what}); use the original.</source>
        <translation>Kopio poikkeaa alkuperäisestä ({what}); käytä alkuperäistä.</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>Luottoraja ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The customer has no credit.</source>
        <translation>Asiakkaalla ei ole hyvityssaldoa.</translation>
    </message>
    <message>
        <source>The customer has no open invoices to use the credit on.</source>
        <translation>Asiakkaalla ei ole avoimia laskuja, joihin hyvityssaldon voisi käyttää.</translation>
    </message>
    <message>
        <source>The customer number {number} is already in use.</source>
        <translation>Asiakasnumero {number} on jo käytössä.</translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation>Asiakas on poistettu.</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>Asiakasta ei löytynyt.</translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this contact.</source>
        <translation>Asiakasta {number} (välilehden ”{sheet}” rivi {row}) ei tuoda, joten tätäkään yhteyshenkilöä ei tuoda.</translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this office.</source>
        <translation>Asiakasta {number} (välilehden ”{sheet}” rivi {row}) ei tuoda, joten tätäkään toimipistettä ei tuoda.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is inside the EU.</source>
        <translation>Asiakkaan maa on EU:n sisällä.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: {reason}</source>
        <translation>Tietokanta {path} on vioittunut: {reason}</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The document could not be sent.</source>
        <translation>Asiakirjaa ei voitu lähettää.</translation>
    </message>
    <message>
        <source>The due date must be 0 to 365 days after the invoice date.</source>
        <translation>Eräpäivän on oltava 0–365 päivää laskun päivämäärän jälkeen.</translation>
    </message>
    <message>
        <source>The e-invoice address “{value}” has a check digit that does not match. Check it for typing errors.</source>
        <translation>Verkkolaskuosoitteen ”{value}” tarkiste ei täsmää. Tarkista kirjoitusvirheet.</translation>
    </message>
    <message>
        <source>The e-invoice does not match the Finvoice 3.0 schema: {error}</source>
        <translation>Verkkolasku ei vastaa Finvoice 3.0 -skeemaa: {error}</translation>
    </message>
    <message>
        <source>The e-invoice folder {folder} does not exist; choose it again in Settings › E-mail and sending.</source>
        <translation>Verkkolaskukansiota {folder} ei ole; valitse se uudelleen kohdassa Asetukset › Sähköposti ja lähetys.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Tiedostoa ei voi tuoda.</translation>
    </message>
    <message>
        <source>The file has an invalid date “{value}”.</source>
        <translation>Tiedostossa on virheellinen päivämäärä ”{value}”.</translation>
    </message>
    <message>
        <source>The file has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>Tiedostossa ei ole taulukkoa ”{sheet}”. Sen taulukot ovat: {sheets}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The file is neither a camt.054 or camt.053 XML file nor a reference payment file (viitesiirto).</source>
        <translation>Tiedosto ei ole camt.054- tai camt.053-XML-tiedosto eikä viitesiirtoaineisto.</translation>
    </message>
    <message>
        <source>The file is not a bank payment file the program can read.</source>
        <translation>Tiedosto ei ole pankin maksutiedosto, jonka ohjelma osaa lukea.</translation>
    </message>
    <message>
        <source>The file is not a reference payment file: it does not start with a batch header record.</source>
        <translation>Tiedosto ei ole viitesiirtoaineisto: se ei ala erän otsikkotietueella.</translation>
    </message>
    <message>
        <source>The file is {size} MB, too large for a bank payment file.</source>
        <translation>Tiedosto on {size} Mt, liian suuri pankin maksutiedostoksi.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Tiedostoa {name} ei voi lukea ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells; at most {limit} cells can be imported at once. Split the register into smaller files.</source>
        <translation>Tiedostossa {name} on yli {limit} solua; kerralla voi tuoda enintään {limit} solua. Jaa rekisteri pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows; a sheet may have at most {limit} rows.</source>
        <translation>Tiedostossa {name} on yli {limit} riviä; taulukossa voi olla enintään {limit} riviä.</translation>
    </message>
    <message>
        <source>The file {name} has no sheets.</source>
        <translation>Tiedostossa {name} ei ole yhtään taulukkoa.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} parts; a spreadsheet may hold at most {limit}.</source>
        <translation>Tiedostossa {name} on {count} osaa; laskentataulukossa voi olla enintään {limit}.</translation>
    </message>
    <message>
        <source>The file {name} is damaged: a part of it does not unpack to what it says. Save it again from the program that made it.</source>
        <translation>Tiedosto {name} on vioittunut: sen osa ei purkaudu siksi, miksi se ilmoittaa. Tallenna se uudelleen ohjelmasta, jolla se on tehty.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet or a CSV text file.</source>
        <translation>Tiedosto {name} ei ole taulukkolaskentatiedosto eikä CSV-tekstitiedosto.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet that can be read ({reason}).</source>
        <translation>Tiedosto {name} ei ole luettavissa oleva taulukkolaskentatiedosto ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is packed {ratio} times smaller than its contents; a spreadsheet packs at most {limit} times. It is damaged or made to harm, and is not read.</source>
        <translation>Tiedosto {name} on pakattu {ratio} kertaa sisältöään pienemmäksi; laskentataulukko pakkautuu enintään {limit}-kertaisesti. Tiedosto on vioittunut tai tehty vahingoittamaan, eikä sitä lueta.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</source>
        <translation>Tiedosto {name} on suojattu salasanalla. Avaa se Excelissä, poista salasana (Tiedosto › Tiedot › Suojaa työkirja) ja tallenna se uudelleen.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password; remove the password and try again.</source>
        <translation>Tiedosto {name} on suojattu salasanalla; poista salasana ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation>Tiedosto {name} on {size} Mt; tuoda voi enintään {limit} Mt. Jaa rekisteri pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation>Tiedosto {name} purkautuu {size} Mt:ksi; tuoda voi enintään {limit} Mt. Jaa rekisteri pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Tiedosto {path} on tyhjä.</translation>
    </message>
    <message>
        <source>The file&apos;s summary counts {stated} entries, but the file holds {found}; it may be damaged.</source>
        <translation>Tiedoston yhteenvedossa on {stated} tapahtumaa, mutta tiedostossa on {found}; se voi olla vioittunut.</translation>
    </message>
    <message>
        <source>The file&apos;s summary gives its entries a sum of {stated} €, but they add up to {found} €; it may be damaged.</source>
        <translation>Tiedoston yhteenvedon mukaan tapahtumien summa on {stated} €, mutta ne ovat yhteensä {found} €; tiedosto voi olla vioittunut.</translation>
    </message>
    <message>
        <source>The fixed compensation of 40 € can be claimed only from a business.</source>
        <translation>40 euron vakiokorvauksen voi periä vain yritykseltä.</translation>
    </message>
    <message>
        <source>The invoice was not found.</source>
        <translation>Laskua ei löytynyt.</translation>
    </message>
    <message>
        <source>The keyring did not keep the password ({reason}); it is asked each time mail is sent.</source>
        <translation>Avainnippu ei tallentanut salasanaa ({reason}); se kysytään aina, kun postia lähetetään.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file.</source>
        <translation>Logon on oltava PNG- tai JPEG-tiedosto.</translation>
    </message>
    <message>
        <source>The mail server password is needed; it is not in the keyring.</source>
        <translation>Postipalvelimen salasana tarvitaan; se ei ole avainnipussa.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}.</source>
        <translation>Postipalvelin hylkäsi osoitteen {address}.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}; the others got the message.</source>
        <translation>Postipalvelin hylkäsi osoitteen {address}; muut saivat viestin.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address} ({reason}).</source>
        <translation>Postipalvelin hylkäsi lähettäjän osoitteen {address} ({reason}).</translation>
    </message>
    <message>
        <source>The mail server {host} did not accept the user name or password.</source>
        <translation>Postipalvelin {host} ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS; choose TLS (port 465) in the settings, or ask the provider for the right setting.</source>
        <translation>Postipalvelin {host} ei tarjoa STARTTLS-salausta; valitse asetuksista TLS (portti 465) tai kysy oikea asetus palveluntarjoajalta.</translation>
    </message>
    <message>
        <source>The mail server {host} does not take a login this way ({reason}); check the security setting, or leave the user name empty.</source>
        <translation>Postipalvelin {host} ei hyväksy kirjautumista näin ({reason}); tarkista salausasetus tai jätä käyttäjätunnus tyhjäksi.</translation>
    </message>
    <message>
        <source>The mail server {host} refused: {reason}.</source>
        <translation>Postipalvelin {host} kieltäytyi: {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} was not found; check its name and the network connection.</source>
        <translation>Postipalvelinta {host} ei löytynyt; tarkista sen nimi ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} closed the connection; check the port and the security setting.</source>
        <translation>Postipalvelin {host}:{port} katkaisi yhteyden; tarkista portti ja salausasetus.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} did not answer within {seconds} seconds.</source>
        <translation>Postipalvelin {host}:{port} ei vastannut {seconds} sekunnissa.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} refused the connection; check the server name and port.</source>
        <translation>Postipalvelin {host}:{port} torjui yhteyden; tarkista palvelimen nimi ja portti.</translation>
    </message>
    <message>
        <source>The message to the payee may have at most 140 characters, not {length}.</source>
        <translation>Viestissä saajalle voi olla enintään 140 merkkiä, ei {length}.</translation>
    </message>
    <message>
        <source>The name holds {count} people; each is saved as a contact person.</source>
        <translation>Nimessä on {count} henkilöä; kukin tallennetaan yhteyshenkilöksi.</translation>
    </message>
    <message>
        <source>The number is not a finite value.</source>
        <translation>Luku ei ole äärellinen arvo.</translation>
    </message>
    <message>
        <source>The office is not the customer&apos;s.</source>
        <translation>Toimipaikka ei kuulu tälle asiakkaalle.</translation>
    </message>
    <message>
        <source>The password cannot be kept in the keyring.</source>
        <translation>Salasanaa ei voi tallentaa avainnippuun.</translation>
    </message>
    <message>
        <source>The payee name is needed for the QR code.</source>
        <translation>QR-koodiin tarvitaan saajan nimi.</translation>
    </message>
    <message>
        <source>The payment is in {currency}; record it on the invoice by hand in euros as the bank booked it, and set this one aside.</source>
        <translation>Maksu on valuutassa {currency}; kirjaa se laskulle käsin euroina pankin kirjaamana summana ja siirrä tämä syrjään.</translation>
    </message>
    <message>
        <source>The payments of entry {entry} add up to {found} €, the entry to {amount} €; the file may be damaged.</source>
        <translation>Tapahtuman {entry} maksut ovat yhteensä {found} €, tapahtuma {amount} €; tiedosto voi olla vioittunut.</translation>
    </message>
    <message>
        <source>The product code {value} is already in use.</source>
        <translation>Tuotekoodi {value} on jo käytössä.</translation>
    </message>
    <message>
        <source>The record ending on line {line} of the file {name} has a cell of more than {limit} characters; a cell may hold at most {limit}.</source>
        <translation>Tiedoston {name} rivillä {line} päättyvässä tietueessa on solu, jossa on yli {limit} merkkiä; solussa voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation>Tietoa ei löytynyt; se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {start} is not in the table; add it in the invoicing settings (Suomen Pankki publishes it each January and July).</source>
        <translation>{start} alkavan vuosipuoliskon viitekorko puuttuu taulukosta; lisää se laskutuksen asetuksiin (Suomen Pankki julkaisee sen tammi- ja heinäkuussa).</translation>
    </message>
    <message>
        <source>The register cannot be saved to: the file or its folder is read-only. Nothing was changed.</source>
        <translation>Rekisteriin ei voi tallentaa: tiedosto tai sen kansio on vain luku -tilassa. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The register cannot be used right now.</source>
        <translation>Rekisteriä ei voi käyttää juuri nyt.</translation>
    </message>
    <message>
        <source>The register file is damaged. Close the program and start it again to restore a backup.</source>
        <translation>Rekisteritiedosto on vioittunut. Sulje ohjelma ja käynnistä se uudelleen, niin voit palauttaa varmuuskopion.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached. Check the network and try again; nothing was changed.</source>
        <translation>Rekisterin palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The reminder was not found.</source>
        <translation>Maksumuistutusta ei löytynyt.</translation>
    </message>
    <message>
        <source>The rows chosen come to more than is left to credit on the invoice ({left} €); credit fewer rows or an amount.</source>
        <translation>Valitut rivit ovat enemmän kuin laskulla on hyvitettävää ({left} €); hyvitä vähemmän rivejä tai summa.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Taulukko ”{sheet}” on tyhjä.</translation>
    </message>
    <message>
        <source>The table has no reference rate for the half-year starting {start}.</source>
        <translation>Taulukossa ei ole {start} alkavan vuosipuoliskon viitekorkoa.</translation>
    </message>
    <message>
        <source>The text contains invisible control characters; remove them.</source>
        <translation>Tekstissä on näkymättömiä ohjausmerkkejä; poista ne.</translation>
    </message>
    <message>
        <source>The text has an unknown field {name}. Fields you can use: {fields}.</source>
        <translation>Tekstissä on tuntematon kenttä {name}. Käytettävissä olevat kentät: {fields}.</translation>
    </message>
    <message>
        <source>The text has an unmatched brace; to show a brace itself, write it twice: {example}.</source>
        <translation>Tekstissä on pariton aaltosulje; kirjoita aaltosulje kahdesti, jos haluat sen näkyvän: {example}.</translation>
    </message>
    <message>
        <source>The text has bytes that are not valid UTF-8 text; check the encoding it was written in.</source>
        <translation>Tekstissä on tavuja, jotka eivät ole kelvollista UTF-8-tekstiä; tarkista, millä merkistöllä se on kirjoitettu.</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {max} allowed).</source>
        <translation>Teksti on liian pitkä ({length} merkkiä; enintään {max} sallittu).</translation>
    </message>
    <message>
        <source>The totals of the batch on line {line} do not match its payments: the file says {count} payments of {amount} €, its records hold {found} of {found_amount} €. The file may have been cut short or edited.</source>
        <translation>Rivin {line} erän summatiedot eivät täsmää sen maksuihin: tiedoston mukaan {count} maksua, {amount} €, tietueissa on {found} maksua, {found_amount} €. Tiedosto voi olla katkennut tai muokattu.</translation>
    </message>
    <message>
        <source>The trade register answered in a format this program does not know; company details cannot be fetched now.</source>
        <translation>YTJ vastasi muodossa, jota ohjelma ei tunne; yritystietoja ei voi nyt hakea.</translation>
    </message>
    <message>
        <source>The trade register answered with an error (HTTP {status}). Try again later.</source>
        <translation>YTJ vastasi virheellä (HTTP {status}). Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The trade register cannot be reached. Check the network connection.</source>
        <translation>YTJ:hin ei saada yhteyttä. Tarkista verkkoyhteys.</translation>
    </message>
    <message>
        <source>The trade register did not answer within {seconds} seconds. Try again later.</source>
        <translation>YTJ ei vastannut {seconds} sekunnissa. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The trade register has no company with the Y-tunnus {business_id}.</source>
        <translation>YTJ:ssä ei ole yritystä Y-tunnuksella {business_id}.</translation>
    </message>
    <message>
        <source>The trade register has too many requests just now. Try again in a minute.</source>
        <translation>YTJ:llä on juuri nyt liikaa kyselyjä. Yritä uudelleen hetken kuluttua.</translation>
    </message>
    <message>
        <source>The trade register was not found at {url} (HTTP {status}). Check the address in the preferences.</source>
        <translation>YTJ:tä ei löytynyt osoitteesta {url} (HTTP {status}). Tarkista osoite asetuksista.</translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation>Yksikköhinta on liian suuri.</translation>
    </message>
    <message>
        <source>The update would break the card&apos;s rules: {rules}</source>
        <translation>Päivitys rikkoisi asiakaskortin sääntöjä: {rules}</translation>
    </message>
    <message>
        <source>The value has the wrong format.</source>
        <translation>Arvo on väärässä muodossa.</translation>
    </message>
    <message>
        <source>The value has the wrong length.</source>
        <translation>Arvo on väärän pituinen.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Arvo ei kelpaa.</translation>
    </message>
    <message>
        <source>There is no bank file import number {batch}.</source>
        <translation>Pankkitiedoston tuontia numero {batch} ei ole.</translation>
    </message>
    <message>
        <source>There is no import number {batch}.</source>
        <translation>Tuontia numero {batch} ei ole.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>This is not a valid BIC. A BIC looks like NDEAFIHH: four letters for the bank, a country code and two more characters.</source>
        <translation>Tämä ei ole kelvollinen BIC-tunnus. BIC on muotoa NDEAFIHH: neljä kirjainta pankille, maatunnus ja kaksi muuta merkkiä.</translation>
    </message>
    <message>
        <source>This is not an IBAN. An IBAN starts with a country code, for example FI21 1234 5600 0007 85.</source>
        <translation>Tämä ei ole IBAN-tilinumero. IBAN alkaa maatunnuksella, esimerkiksi FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Tuntematon kenttä ”{key}”.</translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation>Käytä enintään kahta desimaalia.</translation>
    </message>
    <message>
        <source>VAT numbers of {prefix} cannot be checked, so they are not accepted; write the number in the comment instead.</source>
        <translation>Maan {prefix} ALV-numeroita ei voi tarkistaa, joten niitä ei hyväksytä; kirjoita numero sen sijaan kommenttiin.</translation>
    </message>
    <message>
        <source>VAT rates are known from {first} on, not for {day}.</source>
        <translation>ALV-kannat tunnetaan {first} alkaen, ei päivälle {day}.</translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use a rate of a known period.</source>
        <translation>ALV {rate} % ei ollut voimassa {day}; käytä tunnetun kauden verokantaa.</translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use one of {rates}.</source>
        <translation>ALV {rate} % ei ollut voimassa {day}; käytä jotakin näistä: {rates}.</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Kirjoita muistiinpanoon jotakin.</translation>
    </message>
    <message>
        <source>Write the field as {example}, without formatting.</source>
        <translation>Kirjoita kenttä muodossa {example} ilman muotoilua.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Kirjoita viestin teksti.</translation>
    </message>
    <message>
        <source>Write the subject.</source>
        <translation>Kirjoita aihe.</translation>
    </message>
    <message>
        <source>You cannot change your own role to limited; another user who may hand out the team&apos;s roles can.</source>
        <translation>Et voi muuttaa omaa rooliasi rajatuksi; sen voi tehdä toinen käyttäjä, jolla on oikeus jakaa tiimin rooleja.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the team; another user who may hand out its roles can.</source>
        <translation>Et voi poistaa itseäsi tiimistä; sen voi tehdä toinen käyttäjä, jolla on oikeus jakaa tiimin rooleja.</translation>
    </message>
    <message>
        <source>Your role in the team cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation>Roolillasi tiimissä ei voi yhdistää asiakkaita: yhdistäminen siirtää niiden laskut. Tiimin jäsen, jolla on täydet oikeudet, voi yhdistää ne.</translation>
    </message>
    <message>
        <source>Your user on the register&apos;s server has no right to this part of the register (for example invoicing figures); nothing was changed. Ask the register&apos;s owner.</source>
        <translation>Käyttäjätunnuksellasi ei ole rekisterin palvelimella oikeutta tähän rekisterin osaan (esimerkiksi laskutuksen lukuihin); mitään ei muutettu. Kysy rekisterin omistajalta.</translation>
    </message>
    <message>
        <source>{name} has no VAT number; intra-Community supply and reverse charge need it on the invoice.</source>
        <translation>Asiakkaalla {name} ei ole ALV-tunnusta; yhteisömyynti ja käännetty verovelvollisuus edellyttävät sen laskulle.</translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; construction reverse charge needs it on the invoice.</source>
        <translation>Asiakkaalla {name} ei ole Y-tunnusta; rakennuspalvelujen käännetty verovelvollisuus edellyttää sen laskulle.</translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; the trade register is searched by it.</source>
        <translation>Asiakkaalla {name} ei ole Y-tunnusta; YTJ:stä haetaan sillä.</translation>
    </message>
    <message>
        <source>{name} has no complete billing address; an invoice must show it.</source>
        <translation>Asiakkaalla {name} ei ole täydellistä laskutusosoitetta; laskussa sen on näyttävä.</translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; add it on the card, or choose another way of delivery.</source>
        <translation>Asiakkaalla {name} ei ole verkkolaskuosoitetta; lisää se kortille tai valitse toinen lähetystapa.</translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; send the reminder as a PDF.</source>
        <translation>Asiakkaalla {name} ei ole verkkolaskuosoitetta; lähetä maksumuistutus PDF-tiedostona.</translation>
    </message>
    <message>
        <source>{name} has no invoice e-mail address; add one on the card or type it here.</source>
        <translation>Asiakkaalla {name} ei ole laskutuksen sähköpostiosoitetta; lisää se kortille tai kirjoita se tähän.</translation>
    </message>
    <message>
        <source>{name} has no open invoices.</source>
        <translation>Asiakkaalla {name} ei ole avoimia laskuja.</translation>
    </message>
    <message>
        <source>{name} has {what} that must be kept; inactivate the customer instead.</source>
        <translation>Asiakkaalla {name} on säilytettäviä tietoja ({what}); passivoi asiakas poistamisen sijaan.</translation>
    </message>
    <message>
        <source>{name} is in the EU; a sale outside the EU needs a buyer outside it.</source>
        <translation>{name} on EU:ssa; EU:n ulkopuolelle myynti edellyttää ostajaa EU:n ulkopuolelta.</translation>
    </message>
    <message>
        <source>{name} is inactive and cannot be invoiced; activate the customer first.</source>
        <translation>{name} on passiivinen eikä sitä voi laskuttaa; aktivoi asiakas ensin.</translation>
    </message>
    <message>
        <source>{name} is not in another EU country, so the sale is not intra-Community.</source>
        <translation>{name} ei ole toisessa EU-maassa, joten myynti ei ole yhteisömyyntiä.</translation>
    </message>
    <message>
        <source>{name} is the billing customer of {numbers}; change them first.</source>
        <translation>{name} on laskutusasiakkaana asiakkaille {numbers}; muuta ne ensin.</translation>
    </message>
    <message>
        <source>{name} is under a collection ban; no reminders are sent.</source>
        <translation>Asiakkaalla {name} on perintäkielto; maksumuistutuksia ei lähetetä.</translation>
    </message>
    <message>
        <source>{name} is under a delivery ban (toimituskielto) and cannot be invoiced.</source>
        <translation>Asiakkaalla {name} on toimituskielto, eikä sitä voi laskuttaa.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}</source>
        <translation>Varmuuskopiota {path} ei voi palauttaa: {problems}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} on kansio eikä tiedosto.</translation>
    </message>
    <message>
        <source>{path} is not an Asiakasrekisteri database file.</source>
        <translation>{path} ei ole Asiakasrekisterin tietokantatiedosto.</translation>
    </message>
    <message>
        <source>{problem} The row is not imported.</source>
        <translation>{problem} Riviä ei tuoda.</translation>
    </message>
    <message>
        <source>{problem} The value is left out.</source>
        <translation>{problem} Arvo jätetään pois.</translation>
    </message>
    <message>
        <source>{register} holds a database of some other program.</source>
        <translation>{register} sisältää jonkin toisen ohjelman tietokannan.</translation>
    </message>
    <message>
        <source>{user} saved changes to this customer at {at} while you were editing it; nothing was saved yet.</source>
        <translation>{user} tallensi muutoksia tähän asiakkaaseen klo {at}, kun muokkasit sitä; mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>{user} saved this record at {at} while you were editing it; nothing was saved yet.</source>
        <translation>{user} tallensi tämän tiedon klo {at}, kun muokkasit sitä; mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>{value} is the postal code of {place}, not of {city}; check the address.</source>
        <translation>{value} on paikkakunnan {place} postinumero, ei paikkakunnan {city}; tarkista osoite.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>”{address}” ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>”{bic}” ei ole kelvollinen BIC-tunnus.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name; write it as smtp.example.fi, without “smtp://” or a port.</source>
        <translation>”{host}” ei ole palvelimen nimi; kirjoita se muodossa smtp.example.fi ilman ”smtp://”-alkua tai porttia.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN.</source>
        <translation>”{iban}” ei ole kelvollinen IBAN-tilinumero.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use letters, digits and _ . @ - (at most 63), not starting with pg_ or asiakasrekisteri_.</source>
        <translation>”{name}” ei kelpaa käyttäjätunnukseksi: käytä kirjaimia, numeroita ja merkkejä _ . @ - (enintään 63), eikä tunnus saa alkaa pg_ tai asiakasrekisteri_.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>Tiedostoa ”{name}” ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is the default office. Choose another default office or clear the default before deleting it.</source>
        <translation>”{name}” on oletustoimipaikka. Valitse toinen oletustoimipaikka tai poista oletusvalinta ennen toimipaikan poistamista.</translation>
    </message>
    <message>
        <source>“{name}” is {size_mb} MB; a file kept with a customer can be at most {limit_mb} MB.</source>
        <translation>”{name}” on {size_mb} Mt; asiakkaan liitetiedosto voi olla enintään {limit_mb} Mt.</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage; write it like 25,5.</source>
        <translation>”{text}” ei ole prosenttiluku; kirjoita esimerkiksi 25,5.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money; write it like 1 234,50.</source>
        <translation>”{text}” ei ole rahasumma; kirjoita esimerkiksi 1 234,50.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address; check the trade register address.</source>
        <translation>”{url}” ei ole verkko-osoite; tarkista YTJ:n osoite.</translation>
    </message>
    <message>
        <source>“{value}” cannot be used as a customer number. Use at most 20 letters, digits or the characters - _ / . without spaces.</source>
        <translation>”{value}” ei kelpaa asiakasnumeroksi. Käytä enintään 20 kirjainta, numeroa tai merkkejä - _ / . ilman välilyöntejä.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is not a Finnish postal code.</source>
        <translation>”{value}” on vain {digits} numeroa, eikä {padded} ole suomalainen postinumero.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is the postal code of {place}, not of {city}.</source>
        <translation>”{value}” on vain {digits} numeroa, ja {padded} on paikkakunnan {place} postinumero, ei paikkakunnan {city}.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits. Did you mean {suggestion} ({place})?</source>
        <translation>”{value}” on vain {digits} numeroa. Tarkoititko {suggestion} ({place})?</translation>
    </message>
    <message>
        <source>“{value}” is not a country we recognise. Type the country&apos;s name or its two-letter code, for example FI, SE or DE.</source>
        <translation>Maata ”{value}” ei tunnistettu. Kirjoita maan nimi tai sen kaksikirjaiminen tunnus, esimerkiksi FI, SE tai DE.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>”{value}” ei ole luku.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-invoice address. Use either an OVT code (0037 followed by the 8 digits of the Y-tunnus and an optional suffix, for example 003712345671) or the bank account number (IBAN) the customer receives e-invoices to.</source>
        <translation>”{value}” ei ole kelvollinen verkkolaskuosoite. Käytä joko OVT-tunnusta (0037, Y-tunnuksen 8 numeroa ja mahdollinen tarkenne, esimerkiksi 003712345671) tai pankkitiliä (IBAN), jolle asiakas vastaanottaa verkkolaskut.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid operator code. An operator code has 4–35 letters or digits, for example 003723327487 or NDEAFIHH.</source>
        <translation>”{value}” ei ole kelvollinen välittäjätunnus. Välittäjätunnuksessa on 4–35 kirjainta tai numeroa, esimerkiksi 003723327487 tai NDEAFIHH.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. Check the digits, and start a foreign number with + and the country code, for example +46.</source>
        <translation>”{value}” ei ole kelvollinen puhelinnumero. Tarkista numerot ja aloita ulkomainen numero merkillä + ja maatunnuksella, esimerkiksi +46.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. It should have {length} digits, for example {example}.</source>
        <translation>”{value}” ei ole kelvollinen postinumero maassa {country}. Siinä pitäisi olla {length} numeroa, esimerkiksi {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. Use 2–10 letters, digits, spaces or dashes.</source>
        <translation>”{value}” ei ole kelvollinen postinumero maassa {country}. Käytä 2–10 kirjainta, numeroa, välilyöntiä tai väliviivaa.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address. Write it like www.example.fi.</source>
        <translation>”{value}” ei ole kelvollinen verkko-osoite. Kirjoita se muodossa www.esimerkki.fi.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>”{value}” ei ole kokonaisluku.</translation>
    </message>
    <message>
        <source>“{value}” is not in Posti&apos;s list of Finnish postal codes; check it.</source>
        <translation>”{value}” ei ole Postin suomalaisten postinumeroiden luettelossa; tarkista se.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: statutory, fixed.</source>
        <translation>”{value}” ei ole sallittu arvo; käytä arvoa statutory (lakisääteinen) tai fixed (kiinteä).</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>”{value}” ei ole mikään sallituista arvoista: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>”{value}” on liian suuri luku.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s)</source>
        <translation>
            <numerusform>%n hyvityssaldon kirjaus</numerusform>
            <numerusform>%n hyvityssaldon kirjausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n lasku</numerusform>
            <numerusform>%n laskua</numerusform>
        </translation>
    </message>
</context>
</TS>
