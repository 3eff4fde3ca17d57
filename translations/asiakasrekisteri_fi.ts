<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>App</name>
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
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments will be kept here: files dropped on the customer card, to open, save as or remove.</source>
        <translation>Tänne tulevat liitteet: asiakaskortille pudotetut tiedostot, jotka voi avata, tallentaa nimellä tai poistaa.</translation>
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
        <source>Customer n&amp;umber</source>
        <translation>Asiakasn&amp;umero</translation>
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
    <name>CompanyDialog</name>
    <message>
        <source>Own company details</source>
        <translation>Oman yrityksen tiedot</translation>
    </message>
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
        <translation>Mahdollinen</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospekti</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Kokeilu</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Vakiintunut</translation>
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
        <translation>Mahdollinen (ei vielä mitään)</translation>
    </message>
    <message>
        <source>Prospect (offers made)</source>
        <translation>Prospekti (tarjouksia tehty)</translation>
    </message>
    <message>
        <source>Trial (one invoice)</source>
        <translation>Kokeilu (yksi lasku)</translation>
    </message>
    <message>
        <source>Regular (several invoices)</source>
        <translation>Vakiintunut (useita laskuja)</translation>
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
        <source>Add field…</source>
        <translation>Lisää kenttä…</translation>
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
        <source>No VAT</source>
        <translation>Ei arvonlisäveroa</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
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
        <source>The change history of this card will be shown here: when, who and which field changed, with the old and the new value.</source>
        <translation>Tähän tulee kortin muutoshistoria: milloin, kuka ja mitä kenttää muutti, sekä vanha ja uusi arvo.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
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
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
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
    <message>
        <source>About {app}</source>
        <translation>Tietoja: {app}</translation>
    </message>
    <message>
        <source>{app} {version}

Customer register with invoicing for Finnish sole traders and small firms. Works offline; your data stays on this computer.</source>
        <translation>{app} {version}

Asiakasrekisteri ja laskutus suomalaisille toiminimiyrittäjille ja pienyrityksille. Toimii ilman verkkoyhteyttä; tietosi pysyvät tällä tietokoneella.</translation>
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
        <translation>Mahdollinen</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospekti</translation>
    </message>
    <message>
        <source>Trial customer</source>
        <translation>Kokeiluasiakas</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>Vakiintunut asiakas</translation>
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
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lisää muistiinpano…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <source>{address} via {operator}</source>
        <translation>{address}, välittäjä {operator}</translation>
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
        <translation>Valmis {when}</translation>
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
        <source>Delete note</source>
        <translation>Poista muistiinpano</translation>
    </message>
    <message>
        <source>Delete the note “{text}”?</source>
        <translation>Poistetaanko muistiinpano ”{text}”?</translation>
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
        <source>The PDF opens in your PDF viewer; print it from there (File › Print, or Ctrl+P).</source>
        <translation>PDF avautuu PDF-katseluohjelmaan; tulosta se sieltä (Tiedosto › Tulosta tai Ctrl+P).</translation>
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
        <source>Give a whole number.</source>
        <translation>Anna kokonaisluku.</translation>
    </message>
    <message>
        <source>Give the attachment a name.</source>
        <translation>Anna liitteelle nimi.</translation>
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
        <source>Give the field a name.</source>
        <translation>Anna kentälle nimi.</translation>
    </message>
    <message>
        <source>Give the fixed penalty interest rate.</source>
        <translation>Anna kiinteä viivästyskorko.</translation>
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
        <source>Give the unit price in whole cents.</source>
        <translation>Anna yksikköhinta tasasentteinä.</translation>
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
        <source>Invoice numbers up to {highest} are in use; the next number must be bigger.</source>
        <translation>Laskunumerot {highest} asti ovat käytössä; seuraavan numeron on oltava suurempi.</translation>
    </message>
    <message>
        <source>Invoice {number} has been sent and cannot be changed; make a credit note instead.</source>
        <translation>Lasku {number} on lähetetty, eikä sitä voi enää muuttaa; tee sen sijaan hyvityslasku.</translation>
    </message>
    <message>
        <source>Invoice {number} is not overdue; nothing to remind of.</source>
        <translation>Lasku {number} ei ole erääntynyt; maksumuistutusta ei tarvita.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation>Rivinvaihdot eivät ole sallittuja tässä.</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Millään asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}”: the first {count} rows should include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.</source>
        <translation>Taulukosta ”{sheet}” ei löytynyt otsikkoriviä: ensimmäisten {count} rivin joukossa pitäisi olla rivi, jolla sarakkeet on nimetty, esimerkiksi Nimi, Y-tunnus, Sähköposti.</translation>
    </message>
    <message>
        <source>No invoice has the number {number}.</source>
        <translation>Laskua numerolla {number} ei ole.</translation>
    </message>
    <message>
        <source>No other customer has the number {number}.</source>
        <translation>Millään muulla asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>Tuotetta koodilla {value} ei ole.</translation>
    </message>
    <message>
        <source>Only a sent invoice that is not yet credited can be credited.</source>
        <translation>Vain lähetetyn laskun, jota ei ole vielä hyvitetty, voi hyvittää.</translation>
    </message>
    <message>
        <source>Payments can be recorded only on sent invoices; this one is {status}.</source>
        <translation>Maksuja voi kirjata vain lähetetyille laskuille; tämän laskun tila on {status}.</translation>
    </message>
    <message>
        <source>Reference rates are known from {first} on, not for {day}; enter the penalty interest rate by hand.</source>
        <translation>Viitekorot tunnetaan {first} alkaen, ei päivälle {day}; anna viivästyskorko käsin.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has a header row but no customers below it.</source>
        <translation>Taulukossa ”{sheet}” on otsikkorivi, mutta sen alla ei ole asiakkaita.</translation>
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
        <source>The Y-tunnus check digit does not match. Check the number for typing errors.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus kirjoitusvirheiden varalta.</translation>
    </message>
    <message>
        <source>The amount {amount} has fractions of a cent; round it before printing.</source>
        <translation>Summassa {amount} on sentin osia; pyöristä se ennen tulostamista.</translation>
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
        <source>The credit limit cannot be negative.</source>
        <translation>Luottoraja ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The customer number {number} is already in use.</source>
        <translation>Asiakasnumero {number} on jo käytössä.</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>Asiakasta ei löytynyt.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is inside the EU.</source>
        <translation>Asiakkaan maa on EU:n sisällä.</translation>
    </message>
    <message>
        <source>The due date must be 0 to 365 days after the invoice date.</source>
        <translation>Eräpäivän on oltava 0–365 päivää laskun päivämäärän jälkeen.</translation>
    </message>
    <message>
        <source>The e-invoice does not match the Finvoice 3.0 schema: {error}</source>
        <translation>Verkkolasku ei vastaa Finvoice 3.0 -skeemaa: {error}</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Tiedostoa ei voi tuoda.</translation>
    </message>
    <message>
        <source>The invoice was not found.</source>
        <translation>Laskua ei löytynyt.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file.</source>
        <translation>Logon on oltava PNG- tai JPEG-tiedosto.</translation>
    </message>
    <message>
        <source>The message to the payee may have at most 140 characters, not {length}.</source>
        <translation>Viestissä saajalle voi olla enintään 140 merkkiä, ei {length}.</translation>
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
        <source>The payee name is needed for the QR code.</source>
        <translation>QR-koodiin tarvitaan saajan nimi.</translation>
    </message>
    <message>
        <source>The product code {value} is already in use.</source>
        <translation>Tuotekoodi {value} on jo käytössä.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation>Tietoa ei löytynyt; se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Taulukko ”{sheet}” on tyhjä.</translation>
    </message>
    <message>
        <source>The text contains invisible control characters; remove them.</source>
        <translation>Tekstissä on näkymättömiä ohjausmerkkejä; poista ne.</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {max} allowed).</source>
        <translation>Teksti on liian pitkä ({length} merkkiä; enintään {max} sallittu).</translation>
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
        <source>VAT rates are known from {first} on, not for {day}.</source>
        <translation>ALV-kannat tunnetaan {first} alkaen, ei päivälle {day}.</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Kirjoita muistiinpanoon jotakin.</translation>
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
        <source>{name} is the billing customer of {numbers}; change them first.</source>
        <translation>{name} on laskutusasiakkaana asiakkaille {numbers}; muuta ne ensin.</translation>
    </message>
    <message>
        <source>{name} is under a collection ban; no reminders are sent.</source>
        <translation>Asiakkaalla {name} on perintäkielto; maksumuistutuksia ei lähetetä.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}</source>
        <translation>Varmuuskopiota {path} ei voi palauttaa: {problems}</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>”{address}” ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>“{barcode}” is not a Finnish virtual bank barcode: {why}.</source>
        <translation>”{barcode}” ei ole suomalainen virtuaaliviivakoodi: {why}.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>”{bic}” ei ole kelvollinen BIC-tunnus.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN.</source>
        <translation>”{iban}” ei ole kelvollinen IBAN-tilinumero.</translation>
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
        <source>“{value}” cannot be used as a customer number. Use at most 20 letters, digits or the characters - _ / . without spaces.</source>
        <translation>”{value}” ei kelpaa asiakasnumeroksi. Käytä enintään 20 kirjainta, numeroa tai merkkejä - _ / . ilman välilyöntejä.</translation>
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
        <source>“{value}” is not one of: statutory, fixed.</source>
        <translation>”{value}” ei ole sallittu arvo; käytä arvoa statutory (lakisääteinen) tai fixed (kiinteä).</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>”{value}” ei ole mikään sallituista arvoista: {allowed}.</translation>
    </message>
</context>
</TS>
