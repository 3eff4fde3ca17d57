<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation>Programikon</translation>
    </message>
    <message>
        <source>Customer register with invoicing for Finnish sole traders and small firms. Works offline; your data stays on this computer.</source>
        <translation>Kundregister med fakturering för finländska enskilda näringsidkare och småföretag. Fungerar utan internetanslutning; dina uppgifter stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>&amp;Bundled libraries and their licences:</source>
        <translation>&amp;Medföljande bibliotek och deras licenser:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>Medföljande bibliotek och deras licenser</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate, replaceable libraries in the program folder. The licence texts are in the folders of the libraries.</source>
        <translation>Qt och PySide6 används enligt GNU LGPL version 3: de är separata, utbytbara bibliotek i programmappen. Licenstexterna finns i bibliotekens mappar.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The server asks for the password of {user}.</source>
        <translation>Servern ber om lösenordet för {user}.</translation>
    </message>
    <message>
        <source>The register could not be opened:

{error}</source>
        <translation>Registret kunde inte öppnas:

{error}</translation>
    </message>
    <message>
        <source>The register was upgraded; a copy was saved first.</source>
        <translation>Registret uppdaterades till en ny version; en säkerhetskopia sparades först.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;rograminställningar…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Drop files here or use Add. Files up to 50 MB are kept with the card.</source>
        <translation>Släpp filer här eller använd Lägg till. Filer på högst 50 MB sparas med kortet.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Lägg till bilagor</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Spara bilagan som</translation>
    </message>
    <message>
        <source>Rename attachment</source>
        <translation>Byt namn på bilagan</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilagan</translation>
    </message>
    <message>
        <source>Save the card first; then files can be kept with it.</source>
        <translation>Spara kortet först; sedan kan filer sparas med det.</translation>
    </message>
    <message>
        <source>“{file}” is already kept with this card as “{name}”.</source>
        <translation>”{file}” finns redan sparad med det här kortet som ”{name}”.</translation>
    </message>
    <message>
        <source>No program was found to open the file.</source>
        <translation>Inget program hittades för att öppna filen.</translation>
    </message>
    <message>
        <source>The file could not be saved: {error}</source>
        <translation>Filen kunde inte sparas: {error}</translation>
    </message>
    <message>
        <source>Remove “{name}” from this card? This cannot be undone.</source>
        <translation>Ta bort ”{name}” från det här kortet? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>Back &amp;up to…</source>
        <translation>Säkerhetskopiera &amp;till…</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>Åte&amp;rställ från…</translation>
    </message>
    <message>
        <source>&amp;Check the register</source>
        <translation>K&amp;ontrollera registret</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Ingen säkerhetskopia ännu</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Senaste säkerhetskopia: {when}</translation>
    </message>
    <message>
        <source>The last backup is more than 7 days old. Use File › Back up now.</source>
        <translation>Den senaste säkerhetskopian är över 7 dagar gammal. Använd Arkiv › Säkerhetskopiera nu.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Säkerhetskopierat till {path}</translation>
    </message>
    <message>
        <source>Restored. The register as it was is saved as {path}.</source>
        <translation>Återställt. Registret som det var före återställningen har sparats som {path}.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>The register is intact.</source>
        <translation>Registret är felfritt.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up to</source>
        <translation>Säkerhetskopiera till</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation>Säkerhetskopior av registret (*.sqlite3)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiering</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import bank payments</source>
        <translation>Importera bankbetalningar</translation>
    </message>
    <message>
        <source>{file}: {kind}, account {account}</source>
        <translation>{file}: {kind}, konto {account}</translation>
    </message>
    <message>
        <source>This file was imported on {when}. Its payments imported then are skipped; only payments left out then can be imported now.</source>
        <translation>Den här filen importerades {when}. Betalningar som importerades då hoppas över; nu kan bara betalningar som lämnades bort då importeras.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to import, {amount}.</source>
        <translation>
            <numerusform>%n betalning att importera, {amount}.</numerusform>
            <numerusform>%n betalningar att importera, {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{settled} settles invoices ({paid} paid in full).</source>
        <translation>{settled} betalar fakturor ({paid} betalas helt).</translation>
    </message>
    <message>
        <source>{credit} becomes customers&apos; credit.</source>
        <translation>{credit} blir kundernas tillgodohavande.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of {amount} match no invoice.</source>
        <translation>
            <numerusform>%n betalning på {amount} hör inte till någon faktura.</numerusform>
            <numerusform>%n betalningar på {amount} hör inte till någon faktura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) are recorded, not settled.</source>
        <translation>
            <numerusform>%n korrigering registreras men avräknas inte.</numerusform>
            <numerusform>%n korrigeringar registreras men avräknas inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) left out.</source>
        <translation>
            <numerusform>%n betalning lämnad bort.</numerusform>
            <numerusform>%n betalningar lämnade bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported already.</source>
        <translation>
            <numerusform>%n betalning har redan importerats.</numerusform>
            <numerusform>%n betalningar har redan importerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
</context>
<context>
    <name>BankPaymentActions</name>
    <message>
        <source>Import &amp;bank payments…</source>
        <translation>Importera &amp;bankbetalningar…</translation>
    </message>
    <message>
        <source>Read the bank&apos;s camt.054 or camt.053 file or reference payment file and settle the invoices it pays; nothing is saved before you confirm.</source>
        <translation>Läs bankens camt.054- eller camt.053-fil eller fil med referensbetalningar och avräkna fakturorna den betalar; inget sparas innan du bekräftar.</translation>
    </message>
    <message>
        <source>Unmatched &amp;payments…</source>
        <translation>Oavstämda beta&amp;lningar…</translation>
    </message>
    <message>
        <source>Undo &amp;bank payment import…</source>
        <translation>Ångra import av &amp;bankbetalningar…</translation>
    </message>
    <message>
        <source>Import bank payments</source>
        <translation>Importera bankbetalningar</translation>
    </message>
    <message>
        <source>Bank payment files (*.xml *.txt *.dat *.ktl *.vii);;All files (*)</source>
        <translation>Bankens betalningsfiler (*.xml *.txt *.dat *.ktl *.vii);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Filen kunde inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>{file} was imported on {when}; there is nothing new in it.</source>
        <translation>{file} importerades {when}; det finns inget nytt i den.</translation>
    </message>
    <message>
        <source>Every payment of {file} is in the register already.</source>
        <translation>Alla betalningar i {file} finns redan i registret.</translation>
    </message>
    <message>
        <source>Bank payments imported: {paid} invoices paid in full, {credit} to credit, {unmatched} unmatched.</source>
        <translation>Bankbetalningar importerade: {paid} fakturor helt betalda, {credit} till tillgodohavande, {unmatched} oavstämda.</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Oavstämda betalningar</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) matched no invoice. Look at them now?</source>
        <translation>
            <numerusform>%n betalning hörde inte till någon faktura. Vill du se den nu?</numerusform>
            <numerusform>%n betalningar hörde inte till någon faktura. Vill du se dem nu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo bank payment import</source>
        <translation>Ångra import av bankbetalningar</translation>
    </message>
    <message>
        <source>No bank files have been imported.</source>
        <translation>Inga bankfiler har importerats.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tillgodohavande</translation>
    </message>
    <message>
        <source>{name} has {credit} of credit from overpayments. Use it now on their open invoices, the oldest due first (invoice {number} among them)?</source>
        <translation>{name} har {credit} i tillgodohavande från överbetalningar. Vill du använda det nu på kundens öppna fakturor, den äldsta förfallodagen först (faktura {number} bland dem)?</translation>
    </message>
</context>
<context>
    <name>BankPayments</name>
    <message>
        <source>camt.054 payment notification</source>
        <translation>camt.054-betalningsavisering</translation>
    </message>
    <message>
        <source>camt.053 account statement</source>
        <translation>camt.053-kontoutdrag</translation>
    </message>
    <message>
        <source>reference payment file (viitesiirto)</source>
        <translation>fil med referensbetalningar (viitesiirto)</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Betalar</translation>
    </message>
    <message>
        <source>Part payment</source>
        <translation>Delbetalning</translation>
    </message>
    <message>
        <source>Pays, the rest to credit</source>
        <translation>Betalar, resten till tillgodohavande</translation>
    </message>
    <message>
        <source>To the customer&apos;s credit</source>
        <translation>Till kundens tillgodohavande</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Oavstämd</translation>
    </message>
    <message>
        <source>Correction: not settled</source>
        <translation>Korrigering: avräknas inte</translation>
    </message>
    <message>
        <source>Imported already</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ingen referens</translation>
    </message>
    <message>
        <source>no invoice has this reference</source>
        <translation>ingen faktura har den här referensen</translation>
    </message>
    <message>
        <source>invoices of several customers have this reference</source>
        <translation>flera kunders fakturor har den här referensen</translation>
    </message>
    <message>
        <source>not in euros</source>
        <translation>inte i euro</translation>
    </message>
    <message>
        <source>taken off the invoice it paid</source>
        <translation>borttagen från fakturan den betalade</translation>
    </message>
    <message>
        <source>Not a payment in: money out</source>
        <translation>Ingen inbetalning: pengar ut</translation>
    </message>
    <message>
        <source>Not a payment in: not booked yet</source>
        <translation>Ingen inbetalning: inte bokförd ännu</translation>
    </message>
    <message>
        <source>A batch total: import the bank&apos;s camt.054 for its payments</source>
        <translation>En batchsumma: importera bankens camt.054 för dess betalningar</translation>
    </message>
    <message>
        <source>(open {amount})</source>
        <translation>(öppet {amount})</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>tillgodohavande {amount}</translation>
    </message>
</context>
<context>
    <name>BasicInfoTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Customer &amp;group</source>
        <translation>Kund&amp;grupp</translation>
    </message>
    <message>
        <source>Account &amp;manager</source>
        <translation>Kund&amp;ansvarig</translation>
    </message>
    <message>
        <source>Customer n&amp;umber</source>
        <translation>Kundnumme&amp;r</translation>
    </message>
    <message>
        <source>Company &amp;form</source>
        <translation>F&amp;öretagsform</translation>
    </message>
    <message>
        <source>Line of &amp;business</source>
        <translation>&amp;Huvudsaklig bransch</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>From Y-tunnus</source>
        <translation>Från FO-numret</translation>
    </message>
    <message>
        <source>Fill in the Finnish VAT id made from the Y-tunnus (FI + its digits).</source>
        <translation>Fyll i det finländska momsnumret som bildas av FO-numret (FI + dess siffror).</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;Momsnummer</translation>
    </message>
    <message>
        <source>Only when the recipient&apos;s OVT identifier differs from the Y-tunnus.</source>
        <translation>Endast om mottagarens OVT-kod avviker från FO-numret.</translation>
    </message>
    <message>
        <source>Re&amp;cipient OVT</source>
        <translation>Mottagarens OVT-&amp;kod</translation>
    </message>
    <message>
        <source>c/o on the first line, then the street</source>
        <translation>c/o på första raden, därefter gatuadressen</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>Gat&amp;uadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postan&amp;stalt</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation>flera adresser åtskilda med ;</translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation>Fakturerings-&amp;e-post</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <source>Use OVT from Y-tunnus</source>
        <translation>Använd OVT-koden från FO-numret</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>E-fakturaa&amp;dress</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation>E-faktura&amp;operatör</translation>
    </message>
    <message>
        <source>Save a non-standard e-invoice address on purpose</source>
        <translation>Spara en avvikande e-fakturaadress avsiktligt</translation>
    </message>
    <message>
        <source>&amp;Active customer</source>
        <translation>&amp;Aktiv kund</translation>
    </message>
</context>
<context>
    <name>BatchSendDialog</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Sänds som</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Documents to send</source>
        <translation>Dokument att skicka</translation>
    </message>
    <message>
        <source>&amp;Send the ticked ones</source>
        <translation>&amp;Skicka de markerade</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ticked to send.</source>
        <translation>
            <numerusform>%n dokument markerat för att skickas.</numerusform>
            <numerusform>%n dokument markerade för att skickas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go as it stands; the Result column says why.</source>
        <translation>
            <numerusform>%n kan inte skickas som det är; kolumnen Resultat säger varför.</numerusform>
            <numerusform>%n kan inte skickas som de är; kolumnen Resultat säger varför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, not sent {left}.</source>
        <translation>Skickade {sent}, misslyckades {failed}, inte skickade {left}.</translation>
    </message>
    <message>
        <source>What was not sent stays waiting; Send tries it again.</source>
        <translation>Det som inte skickades väntar kvar; Skicka försöker igen.</translation>
    </message>
    <message>
        <source>Stopping after the document being sent…</source>
        <translation>Stannar när dokumentet som skickas nu är klart…</translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation>Spara PDF-filen för utskrift</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Check where each column of the sheet goes. Change a choice to see the preview below change; unknown columns become custom fields or are ignored.</source>
        <translation>Kontrollera vart varje kolumn i bladet förs. Ändra ett val så ändras förhandsvisningen nedan; okända kolumner blir egna fält eller ignoreras.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Rubrik i filen</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exempelvärden</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Sparas som</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Kontrollera kolumnerna</translation>
    </message>
    <message>
        <source>Column {letter} is saved as</source>
        <translation>Kolumn {letter} sparas som</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoreras</translation>
    </message>
    <message>
        <source>The column is not imported.</source>
        <translation>Kolumnen importeras inte.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Känns inte igen</translation>
    </message>
    <message>
        <source>The header is not a known field; it becomes a custom field.</source>
        <translation>Rubriken är inte ett känt fält; den blir ett eget fält.</translation>
    </message>
    <message>
        <source>✓ Certain</source>
        <translation>✓ Säker</translation>
    </message>
    <message>
        <source>The header is a known name of this field, or you chose it.</source>
        <translation>Rubriken är ett känt namn på det här fältet, eller så har du valt fältet själv.</translation>
    </message>
    <message>
        <source>≈ {percent} %</source>
        <translation>≈ {percent} %</translation>
    </message>
    <message>
        <source>The header is close to a known name; check the choice.</source>
        <translation>Rubriken liknar ett känt namn; kontrollera valet.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Förhandsvisningen uppdateras…</translation>
    </message>
    <message>
        <source>Preview: the first {shown} of {total} rows as they will be saved.</source>
        <translation>Förhandsvisning: de första {shown} av {total} rader så som de kommer att sparas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>Varför denna typ</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Ditt val.</translation>
    </message>
</context>
<context>
    <name>CompanyCompleter</name>
    <message>
        <source>Looking up “{text}” in the trade register…</source>
        <translation>Söker ”{text}” i FODS…</translation>
    </message>
    <message>
        <source>No company found in the trade register.</source>
        <translation>Inget företag hittades i FODS.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n companies found; type more to narrow the search.</source>
        <translation>
            <numerusform>Det första %n hittade företaget; skriv mer för att begränsa sökningen.</numerusform>
            <numerusform>De första %n hittade företagen; skriv mer för att begränsa sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) found in the trade register.</source>
        <translation>
            <numerusform>%n företag hittades i FODS.</numerusform>
            <numerusform>%n företag hittades i FODS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the trade register: {name}. Check and save.</source>
        <translation>Ifyllt från FODS: {name}. Kontrollera och spara.</translation>
    </message>
    <message>
        <source>Company details from the trade register</source>
        <translation>Företagsuppgifter från FODS</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Own company details</source>
        <translation>Eget företags uppgifter</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>&amp;Company name</source>
        <translation>Företagets &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation>&amp;Momsnummer</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postan&amp;stalt</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
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
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Någon annan ändrade uppgifterna</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation>Sparad av den andra</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Läs in den andras</translation>
    </message>
    <message>
        <source>Show the card as saved; your changes are dropped.</source>
        <translation>Visa kortet som det sparats; dina ändringar slopas.</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Skriv över med mina</translation>
    </message>
    <message>
        <source>Save your version of the card over theirs; the history keeps theirs.</source>
        <translation>Spara din version av kortet över den andras; historiken behåller den andras.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Shared register on a server</source>
        <translation>Register som delas på en server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>This computer has no keyring; the password is asked each time.</source>
        <translation>Datorn har ingen nyckelring; lösenordet frågas varje gång.</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Ange server och databas.</translation>
    </message>
</context>
<context>
    <name>ConsumerBox</name>
    <message>
        <source>Prices &amp;include VAT</source>
        <translation>Priserna &amp;inkluderar moms</translation>
    </message>
    <message>
        <source>Unit prices are typed and printed with VAT, as consumers are shown them.</source>
        <translation>Styckpriserna skrivs och skrivs ut med moms, så som konsumenter ska se dem.</translation>
    </message>
    <message>
        <source>Household work (household tax credit): {gross}, of which VAT {vat}.</source>
        <translation>Arbete som berättigar till hushållsavdrag: {gross}, varav moms {vat}.</translation>
    </message>
    <message>
        <source>The company is in the prepayment register.</source>
        <translation>Företaget är infört i förskottsuppbördsregistret.</translation>
    </message>
    <message>
        <source>The company is not in the prepayment register (Settings › Invoicing): the buyer gets no household tax credit without it.</source>
        <translation>Företaget är inte infört i förskottsuppbördsregistret (Inställningar › Fakturering): köparen får inget hushållsavdrag utan det.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Title or role</source>
        <translation>&amp;Titel eller roll</translation>
    </message>
    <message>
        <source>Words for mailing lists, separated by commas.</source>
        <translation>Nyckelord för utskickslistor, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>N&amp;yckelord</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. Your unsaved changes are still on screen; save them again or copy them before closing.</source>
        <translation>Något gick fel. Dina osparade ändringar finns kvar på skärmen; spara dem igen eller kopiera dem innan du stänger.</translation>
    </message>
    <message>
        <source>What happened is written in the log file {path}.</source>
        <translation>Det som hände har skrivits i loggfilen {path}.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tekniska detaljer</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit note – invoice {number}</source>
        <translation>Kreditfaktura – faktura {number}</translation>
    </message>
    <message>
        <source>Invoice total {total}, paid {paid}; still creditable {left}.</source>
        <translation>Fakturans belopp {total}, betalt {paid}; kan ännu krediteras {left}.</translation>
    </message>
    <message>
        <source>Credit &amp;rows (type the quantity to credit)</source>
        <translation>Kreditera &amp;rader (skriv antalet som krediteras)</translation>
    </message>
    <message>
        <source>Credit an &amp;amount (VAT included)</source>
        <translation>Kreditera ett &amp;belopp (inkl. moms)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediteras</translation>
    </message>
    <message>
        <source>Rows to credit</source>
        <translation>Rader som krediteras</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>Bel&amp;opp</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Credit on invoice {number}</source>
        <translation>Gottgörelse för faktura {number}</translation>
    </message>
    <message>
        <source>Credit note &amp;date</source>
        <translation>Kreditfakturans &amp;datum</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Kreditfakturans datum</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Gör kreditnota</translation>
    </message>
    <message>
        <source>Type the quantity to credit on at least one row.</source>
        <translation>Skriv antalet som krediteras på minst en rad.</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat}</source>
        <translation>Moms {rate}: {vat}</translation>
    </message>
    <message>
        <source>The credit note credits {amount} ({vat}).</source>
        <translation>Kreditfakturan krediterar {amount} ({vat}).</translation>
    </message>
    <message>
        <source>The invoice is then credited in full.</source>
        <translation>Fakturan är därefter helt krediterad.</translation>
    </message>
    <message>
        <source>You then owe the customer a refund of {refund}.</source>
        <translation>Därefter är du skyldig kunden en återbetalning på {refund}.</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Credit from overpayments: {credit}</source>
        <translation>Tillgodohavande från överbetalningar: {credit}</translation>
    </message>
    <message>
        <source>Use on open invoices</source>
        <translation>Använd på öppna fakturor</translation>
    </message>
    <message>
        <source>Pay the customer&apos;s open invoices from the credit, the oldest due first</source>
        <translation>Betala kundens öppna fakturor med tillgodohavandet, den äldsta förfallodagen först</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Återbetala…</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tillgodohavande</translation>
    </message>
    <message>
        <source>{amount} paid on invoice {number}.</source>
        <translation>{amount} betalt på faktura {number}.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Basic info</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Extra info</source>
        <translation>Tilläggsuppgifter</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Radera kund…</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Esc)</source>
        <translation>Ångra ändringarna som inte sparats (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the card ({shortcut})</source>
        <translation>Spara kortet ({shortcut})</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Öppna kund</translation>
    </message>
    <message>
        <source>Cannot save the customer</source>
        <translation>Kunden kan inte sparas</translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation>Känsliga personuppgifter?</translation>
    </message>
    <message>
        <source>The comment mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation>Kommentaren nämner ”{words}”. Hälsa, religion, etniskt ursprung, politiska åsikter och sexuell läggning är särskilda kategorier av personuppgifter som ett kundregister inte bör innehålla.

Vill du spara ändå?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
    <message>
        <source>Throw away the changes made to this card?</source>
        <translation>Vill du kasta bort ändringarna på kortet?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringarna</translation>
    </message>
    <message>
        <source>Delete {name} ({number}) with its contacts, offices and notes for good?

This cannot be undone.</source>
        <translation>Radera {name} ({number}) permanent med kontaktpersoner, verksamhetsställen och anteckningar?

Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Radera kund</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>den nya kunden</translation>
    </message>
    <message>
        <source>The card of {name} has changes that are not saved.</source>
        <translation>Kortet för {name} har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Offertskede</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Stamkund</translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation>Inaktiv kund</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Customer list</source>
        <translation>Kundlista</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Öppna kalendern (Alt+Nedåt)</translation>
    </message>
    <message>
        <source>e.g. 1.10.2026</source>
        <translation>t.ex. 1.10.2026</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoutdrag</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Kreditnota {number}</translation>
    </message>
    <message>
        <source>Reminder of invoice {number}</source>
        <translation>Betalningspåminnelse för faktura {number}</translation>
    </message>
    <message>
        <source>Statement of customer {number}</source>
        <translation>Kontoutdrag för kund {number}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation>E-post med Finvoice-XML</translation>
    </message>
    <message>
        <source>Paper (print file)</source>
        <translation>Papper (utskriftsfil)</translation>
    </message>
    <message>
        <source>E-invoice file</source>
        <translation>E-fakturafil</translation>
    </message>
    <message>
        <source>into the print file</source>
        <translation>i utskriftsfilen</translation>
    </message>
    <message>
        <source>{what}: not sent. {reason}</source>
        <translation>{what}: inte skickad. {reason}</translation>
    </message>
    <message>
        <source>{what}: put into the print file</source>
        <translation>{what}: lagd i utskriftsfilen</translation>
    </message>
    <message>
        <source>{what}: written as an e-invoice to {to}</source>
        <translation>{what}: skriven som e-faktura till {to}</translation>
    </message>
    <message>
        <source>{what}: e-mailed to {to}</source>
        <translation>{what}: skickad per e-post till {to}</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>Send &amp;unsent invoices…</source>
        <translation>Skicka &amp;oskickade fakturor…</translation>
    </message>
    <message>
        <source>Send due &amp;reminders…</source>
        <translation>Skicka förfallna &amp;påminnelser…</translation>
    </message>
    <message>
        <source>Send customer st&amp;atement…</source>
        <translation>Skicka kundens &amp;kontoutdrag…</translation>
    </message>
    <message>
        <source>&amp;E-mail and sending…</source>
        <translation>&amp;E-post och utskick…</translation>
    </message>
    <message>
        <source>S&amp;end…</source>
        <translation>Sk&amp;icka…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send statement</source>
        <translation>Skicka kontoutdrag</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Välj först en kund.</translation>
    </message>
    <message>
        <source>Send unsent invoices</source>
        <translation>Skicka oskickade fakturor</translation>
    </message>
    <message>
        <source>Send due reminders</source>
        <translation>Skicka förfallna påminnelser</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Open it</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open {customer}</source>
        <translation>Öppna {customer}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Merge with {customer}</source>
        <translation>Slå ihop med {customer}</translation>
    </message>
    <message>
        <source>Your limited role cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation>Med din begränsade roll kan du inte slå ihop kunder: en sammanslagning flyttar deras fakturor. En teammedlem med full åtkomst kan slå ihop dem.</translation>
    </message>
    <message>
        <source>Save this customer first; then it can be merged with the other.</source>
        <translation>Spara den här kunden först; sedan kan den slås ihop med den andra.</translation>
    </message>
    <message>
        <source>Possible duplicate: {number} {name} — {reasons}</source>
        <translation>Möjlig dubblett: {number} {name} – {reasons}</translation>
    </message>
    <message>
        <source>same Y-tunnus</source>
        <translation>samma FO-nummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>samma e-post</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation>samma kundnummer</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>liknande namn</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Liknar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Rows that share a customer number, Y-tunnus, e-mail address or phone number with each other or with a customer in the register are duplicates: the later rows are skipped, or the register&apos;s customer is updated. Rows with only a similar name, or an address shared by different names, are possible duplicates: they are imported as new unless you choose otherwise. Choose for each group what the import does.</source>
        <translation>Rader som har samma kundnummer, FO-nummer, e-postadress eller telefonnummer som varandra eller som en kund i registret är dubbletter: de senare raderna hoppas över eller kunden i registret uppdateras. Rader som bara har ett liknande namn, eller en adress som delas av olika namn, är möjliga dubbletter: de importeras som nya om du inte väljer annat. Välj för varje grupp vad importen gör.</translation>
    </message>
    <message>
        <source>No duplicates were found.</source>
        <translation>Inga dubbletter hittades.</translation>
    </message>
    <message>
        <source>{number} {name} in the register</source>
        <translation>{number} {name} i registret</translation>
    </message>
    <message>
        <source>Each other, within the file</source>
        <translation>Varandra, inom filen</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>Uppdatera den befintliga kunden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Selected groups:</source>
        <translation>Markerade grupper:</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importera som ny</translation>
    </message>
    <message>
        <source>Apply to the selected groups</source>
        <translation>Tillämpa på de markerade grupperna</translation>
    </message>
    <message>
        <source>Update: merge into the first row</source>
        <translation>Uppdatera: slå ihop med den första raden</translation>
    </message>
    <message>
        <source>Skip the later rows</source>
        <translation>Hoppa över de senare raderna</translation>
    </message>
    <message>
        <source>Import each as new</source>
        <translation>Importera var och en som ny</translation>
    </message>
    <message>
        <source>Action for rows {rows}</source>
        <translation>Åtgärd för raderna {rows}</translation>
    </message>
    <message>
        <source>Same customer number</source>
        <translation>Samma kundnummer</translation>
    </message>
    <message>
        <source>Same Y-tunnus</source>
        <translation>Samma FO-nummer</translation>
    </message>
    <message>
        <source>Possibly: same e-mail address, different name</source>
        <translation>Möjligen: samma e-postadress, annat namn</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Samma e-postadress</translation>
    </message>
    <message>
        <source>Possibly: same phone number, different name</source>
        <translation>Möjligen: samma telefonnummer, annat namn</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Samma telefonnummer</translation>
    </message>
    <message>
        <source>Possibly: similar name ({score} %)</source>
        <translation>Möjligen: liknande namn ({score} %)</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation>E-postinställningar</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>&amp;Postserver</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Meddelanden</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver (SMTP)</source>
        <translation>Server för utgående &amp;post (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Kryptering</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Port&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation>Avsändarens &amp;namn</translation>
    </message>
    <message>
        <source>Sender&apos;s e-mail &amp;address</source>
        <translation>Avsändarens e-post&amp;adress</translation>
    </message>
    <message>
        <source>&amp;Replies to</source>
        <translation>Svar &amp;till</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>E-invoice &amp;folder</source>
        <translation>E-faktura&amp;mapp</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (oftast port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (oftast port 465)</translation>
    </message>
    <message>
        <source>None (a server on this network only)</source>
        <translation>Ingen (endast en server i det här nätverket)</translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation>Tomt om servern inte kräver inloggning</translation>
    </message>
    <message>
        <source>The sender, when empty</source>
        <translation>Avsändaren om tomt</translation>
    </message>
    <message>
        <source>Finvoice files for the operator&apos;s upload</source>
        <translation>Finvoice-filer som skickas till operatören</translation>
    </message>
    <message>
        <source>Kept in the keyring</source>
        <translation>Sparat i nyckelringen</translation>
    </message>
    <message>
        <source>&amp;Keep in the keyring of this computer</source>
        <translation>&amp;Spara i den här datorns nyckelring</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked each time</source>
        <translation>Den här datorn har ingen nyckelring: lösenordet frågas varje gång</translation>
    </message>
    <message>
        <source>Send me a blind &amp;copy of every message</source>
        <translation>Skicka mig en dold &amp;kopia av varje meddelande</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Folder for e-invoice files</source>
        <translation>Mapp för e-fakturafiler</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Ansluter till {host}…</translation>
    </message>
    <message>
        <source>The connection works: the server took the login.</source>
        <translation>Anslutningen fungerar: servern godtog inloggningen.</translation>
    </message>
</context>
<context>
    <name>ExtraInfoTab</name>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Number of another customer who receives this customer&apos;s invoices.</source>
        <translation>Nummer på en annan kund som tar emot den här kundens fakturor.</translation>
    </message>
    <message>
        <source>&amp;Billing customer number</source>
        <translation>&amp;Faktureringskundens nummer</translation>
    </message>
    <message>
        <source>Invoice &amp;language</source>
        <translation>Faktura&amp;språk</translation>
    </message>
    <message>
        <source>&amp;Fixed reference</source>
        <translation>Fast referens&amp;nummer</translation>
    </message>
    <message>
        <source>Use &amp;RF reference</source>
        <translation>Använd &amp;RF-referens</translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation>&amp;Momsbehandling</translation>
    </message>
    <message>
        <source>&amp;Discount %</source>
        <translation>R&amp;abatt %</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Cre&amp;dit limit (€)</source>
        <translation>Kredit&amp;gräns (€)</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Företagets standard</translation>
    </message>
    <message>
        <source>&amp;Penalty interest %</source>
        <translation>&amp;Dröjsmålsränta %</translation>
    </message>
    <message>
        <source>Payment &amp;term (days)</source>
        <translation>&amp;Betalningstid (dagar)</translation>
    </message>
    <message>
        <source>Delivery &amp;ban (no new invoices)</source>
        <translation>&amp;Leveransförbud (inga nya fakturor)</translation>
    </message>
    <message>
        <source>Collection ban (no &amp;reminders)</source>
        <translation>&amp;Indrivningsförbud (inga betalningspåminnelser)</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Kundstatus</translation>
    </message>
    <message>
        <source>Suspect (nothing yet)</source>
        <translation>Lead (inga affärer ännu)</translation>
    </message>
    <message>
        <source>Prospect (offers made)</source>
        <translation>Offertskede (offert lämnad)</translation>
    </message>
    <message>
        <source>Trial (one invoice)</source>
        <translation>Ny kund (en faktura)</translation>
    </message>
    <message>
        <source>Regular (several invoices)</source>
        <translation>Stamkund (flera fakturor)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status set by &amp;hand</source>
        <translation>Status satt för &amp;hand</translation>
    </message>
    <message>
        <source>Otherwise the status follows the customer&apos;s offers and invoices.</source>
        <translation>Annars följer statusen kundens offerter och fakturor.</translation>
    </message>
    <message>
        <source>Delivery and defaults</source>
        <translation>Leverans och standardvärden</translation>
    </message>
    <message>
        <source>Deli&amp;very terms</source>
        <translation>Le&amp;veransvillkor</translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation>Leveranss&amp;ätt</translation>
    </message>
    <message>
        <source>Default office</source>
        <translation>Förvalt verksamhetsställe</translation>
    </message>
    <message>
        <source>Default o&amp;ffice</source>
        <translation>F&amp;örvalt verksamhetsställe</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Förvald kontaktperson</translation>
    </message>
    <message>
        <source>Default &amp;contact person</source>
        <translation>Förvald k&amp;ontaktperson</translation>
    </message>
    <message>
        <source>Default &quot;&amp;your reference&quot;</source>
        <translation>Förvald ”&amp;Er referens”</translation>
    </message>
    <message>
        <source>A&amp;greement identifier</source>
        <translation>Avtalsbete&amp;ckning</translation>
    </message>
    <message>
        <source>Text &amp;before invoice rows</source>
        <translation>&amp;Text före fakturaraderna</translation>
    </message>
    <message>
        <source>Text &amp;after invoice rows</source>
        <translation>Te&amp;xt efter fakturaraderna</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Intern kommentar</translation>
    </message>
    <message>
        <source>Not printed on invoices.</source>
        <translation>Skrivs inte ut på fakturor.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egna fält</translation>
    </message>
    <message>
        <source>How invoices, reminders and statements reach the customer. Automatic: as an e-invoice when the card has an e-invoice address, else by e-mail when it has an e-mail address, else on paper.</source>
        <translation>Hur fakturor, påminnelser och kontoutdrag når kunden. Automatiskt: som e-faktura om kortet har en e-fakturaadress, annars per e-post om det har en e-postadress, annars på papper.</translation>
    </message>
    <message>
        <source>Discount, credit limit and penalty interest are not shown: your user on the register&apos;s server has the limited role, which has no right to invoicing figures.</source>
        <translation>Rabatt, kreditgräns och dröjsmålsränta visas inte: din användare på registrets server har den begränsade rollen, som inte har rätt till faktureringens siffror.</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Lägg till fält…</translation>
    </message>
    <message>
        <source>Invoices s&amp;ent by</source>
        <translation>Fakturor sän&amp;ds som</translation>
    </message>
    <message>
        <source>By country (domestic VAT in Finland)</source>
        <translation>Enligt land (inhemsk moms i Finland)</translation>
    </message>
    <message>
        <source>EU business customer with VAT id (0 %)</source>
        <translation>EU-företagskund med momsnummer (0 %)</translation>
    </message>
    <message>
        <source>Outside the EU (0 %)</source>
        <translation>Utanför EU (0 %)</translation>
    </message>
    <message>
        <source>Domestic construction services, reverse charge</source>
        <translation>Inhemska byggtjänster, omvänd skattskyldighet</translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation>Alltid inhemsk moms</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Lägg till fält</translation>
    </message>
    <message>
        <source>Name of the new field:</source>
        <translation>Namn på det nya fältet:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>Cannot change the default</source>
        <translation>Standardvalet kan inte ändras</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>B&amp;lad:</translation>
    </message>
    <message>
        <source>&amp;Keep unknown columns as custom fields</source>
        <translation>Spara okända kolumner som &amp;egna fält</translation>
    </message>
    <message>
        <source>When unticked, columns the program does not recognise are ignored.</source>
        <translation>Om rutan inte är markerad ignoreras kolumner som programmet inte känner igen.</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files can be read. The header row may sit below a title and blank rows; Finnish, Swedish and English column names are recognised. Nothing is saved before the last step.</source>
        <translation>Excel- (.xlsx, .xlsm, .xls), OpenDocument- (.ods) och CSV-filer kan läsas. Rubrikraden får stå under en titel och tomma rader; kolumnnamn på finska, svenska och engelska känns igen. Inget sparas före det sista steget.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Välj en annan fil.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” ({format}): the column names are on row {row}; {count} rows of customers follow.</source>
        <translation>Bladet ”{sheet}” ({format}): kolumnnamnen finns på rad {row}; därefter följer {count} rader med kunder.</translation>
    </message>
    <message numerus="yes">
        <source>Contact persons from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Även kontaktpersonerna på bladet ”{sheet}” importeras (%n rad).</numerusform>
            <numerusform>Även kontaktpersonerna på bladet ”{sheet}” importeras (%n rader).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Även verksamhetsställena på bladet ”{sheet}” importeras (%n rad).</numerusform>
            <numerusform>Även verksamhetsställena på bladet ”{sheet}” importeras (%n rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s other sheets ({sheets}) are not read.</source>
        <translation>Filens övriga blad ({sheets}) läses inte.</translation>
    </message>
    <message>
        <source>Only this sheet is imported; the file&apos;s other sheets ({sheets}) are not read.</source>
        <translation>Endast detta blad importeras; filens övriga blad ({sheets}) läses inte.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Välkommen till {app}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;Start by giving your own company&apos;s details: they are printed on every invoice. You can leave them for later and change them any time in Settings › Preferences.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen!&lt;/h2&gt;&lt;p&gt;Börja med att ange ditt eget företags uppgifter: de skrivs ut på varje faktura. Du kan också fylla i dem senare och ändra dem när som helst under Inställningar › Programinställningar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <source>I&amp;mport an Excel register…</source>
        <translation>I&amp;mportera ett Excel-register…</translation>
    </message>
    <message>
        <source>Import an Excel register</source>
        <translation>Importera ett Excel-register</translation>
    </message>
    <message>
        <source>Bring your customers from an Excel or CSV file you already have.</source>
        <translation>Hämta dina kunder från en Excel- eller CSV-fil som du redan har.</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Prova med &amp;demodata</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
    <message>
        <source>Adds {count} made-up Finnish customers to look around with.</source>
        <translation>Lägger till {count} påhittade finländska kunder så att du kan bekanta dig med programmet.</translation>
    </message>
    <message>
        <source>Sta&amp;rt empty</source>
        <translation>Börja med tomt &amp;register</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Börja med tomt register</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>Hur vill du börja?</translation>
    </message>
    <message numerus="yes">
        <source>%n demo customer(s) added.</source>
        <translation>
            <numerusform>%n demokund har lagts till.</numerusform>
            <numerusform>%n demokunder har lagts till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>From the trade register</source>
        <translation>Från FODS</translation>
    </message>
    <message>
        <source>Program upgrade</source>
        <translation>Programuppdatering</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Tilläggsfält</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Utskick</translation>
    </message>
    <message>
        <source>Merged number</source>
        <translation>Sammanslaget nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Nyckelord</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Förvald kontaktperson</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Fakturerings-e-post</translation>
    </message>
    <message>
        <source>Default office</source>
        <translation>Förvalt verksamhetsställe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Markerad som klar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrollsumma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtyp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation>Faktureringskund</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Credited invoice</source>
        <translation>Krediterad faktura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation>Text före raderna</translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation>Text efter raderna</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Försäljning av varor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totalt exkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Betalt belopp</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>Krediterat belopp</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Återbetalt belopp</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Priserna inkluderar moms</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalningsdag</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Reklamationstid</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>(batch {batch})</source>
        <translation>(parti {batch})</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <source>Numbers merged in</source>
        <translation>Sammanslagna nummer</translation>
    </message>
    <message>
        <source>Filter the history (field, user, value…)</source>
        <translation>Filtrera historiken (fält, användare, värde…)</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrera historiken</translation>
    </message>
    <message>
        <source>Changes are logged here once the card is saved.</source>
        <translation>Ändringarna loggas här när kortet har sparats.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparad ännu</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Custom field “{name}”</source>
        <translation>Eget fält ”{name}”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Importera kunder från ett kalkylblad</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Spara importrapporten</translation>
    </message>
    <message>
        <source>{name} - import report.xlsx</source>
        <translation>{name} - importrapport.xlsx</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}. If the file is open in Excel, close it and try again.</source>
        <translation>Rapporten kunde inte skrivas till {path}: {reason}. Om filen är öppen i Excel, stäng den och försök igen.</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Steg {step} av {count}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundtyp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Momsnummer</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <source>E-invoice operator</source>
        <translation>E-fakturaoperatör</translation>
    </message>
    <message>
        <source>Recipient OVT</source>
        <translation>Mottagarens OVT-kod</translation>
    </message>
    <message>
        <source>Address (street, postal code, city)</source>
        <translation>Adress (gatuadress, postnummer, postanstalt)</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation>Kontaktpersonens titel</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Contact&apos;s address (kept as a custom field)</source>
        <translation>Kontaktpersonens adress (sparas som eget fält)</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Billing customer number</source>
        <translation>Faktureringskundens nummer</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <source>Fixed reference number</source>
        <translation>Fast referensnummer</translation>
    </message>
    <message>
        <source>Use RF reference</source>
        <translation>Använd RF-referens</translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation>Leveransförbud</translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation>Indrivningsförbud</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Momsbehandling</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Penalty interest %</source>
        <translation>Dröjsmålsränta %</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Kundstatus</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Status satt för hand</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Intern kommentar</translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation>Betalningstid (dagar)</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Leveransvillkor</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Leveranssätt</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation>Avtalsbeteckning</translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation>Text före fakturaraderna</translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation>Text efter fakturaraderna</translation>
    </message>
    <message>
        <source>E-invoice address not checked</source>
        <translation>E-fakturaadressen inte kontrollerad</translation>
    </message>
    <message>
        <source>Set by the program (ignored)</source>
        <translation>Sätts av programmet (ignoreras)</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>another Asiakasrekisteri window (process {pid} on {host})</source>
        <translation>ett annat Asiakasrekisteri-fönster (process {pid} på {host})</translation>
    </message>
    <message>
        <source>another Asiakasrekisteri window</source>
        <translation>ett annat Asiakasrekisteri-fönster</translation>
    </message>
    <message>
        <source>The register {path} is already open in {who}.

Only one window at a time may change a register. Switch to that window, or close it and try again.</source>
        <translation>Registret {path} är redan öppet i {who}.

Bara ett fönster åt gången kan ändra ett register. Byt till det fönstret, eller stäng det och försök igen.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The register {path} is damaged.

Save nothing more in it. Close the program and start it again: it then offers to restore the newest good backup.</source>
        <translation>Registret {path} är skadat.

Spara inget mer i det. Stäng programmet och starta det igen: då erbjuder det att återställa den senaste felfria säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>reference {reference}</source>
        <translation>referensnummer {reference}</translation>
    </message>
    <message>
        <source>open {amount}</source>
        <translation>öppet {amount}</translation>
    </message>
    <message>
        <source>refund owed {amount}</source>
        <translation>att återbetala {amount}</translation>
    </message>
    <message>
        <source>credits invoice {number}</source>
        <translation>krediterar faktura {number}</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Inte skickad ännu</translation>
    </message>
    <message>
        <source>Sent: {date}</source>
        <translation>Skickad: {date}</translation>
    </message>
    <message>
        <source>Payments: {list}</source>
        <translation>Betalningar: {list}</translation>
    </message>
    <message>
        <source>Reminded: {dates}</source>
        <translation>Påminnelser: {dates}</translation>
    </message>
    <message>
        <source>Refunded: {list}</source>
        <translation>Återbetalt: {list}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Credit note {number} was made for invoice {original}.</source>
        <translation>Kreditnota {number} har gjorts för faktura {original}.</translation>
    </message>
    <message>
        <source>You owe the customer a refund of {amount}; record it with Refund… once paid.</source>
        <translation>Du är skyldig kunden en återbetalning på {amount}; bokför den med Återbetalning… när den är betald.</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>The reminder was recorded. Print it now?</source>
        <translation>Påminnelsen registrerades. Vill du skriva ut den nu?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save the reminder as Finvoice XML</source>
        <translation>Spara påminnelsen som Finvoice-XML</translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation>Finvoice-filer (*.xml)</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Why the customer cannot be invoiced</source>
        <translation>Varför kunden inte kan faktureras</translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation>Text före raderna</translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation>Text efter raderna</translation>
    </message>
    <message>
        <source>Invoice rows</source>
        <translation>Fakturarader</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lägg till en rad</translation>
    </message>
    <message>
        <source>Remove the row being edited</source>
        <translation>Ta bort raden som redigeras</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Radera utkast…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Spara &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Slutför…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrera &amp;betalning…</translation>
    </message>
    <message>
        <source>Re&amp;minder…</source>
        <translation>På&amp;minnelse…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Kreditnota…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Åter&amp;betalning…</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Spara utkastet</translation>
    </message>
    <message>
        <source>Give the invoice its number and lock it</source>
        <translation>Ge fakturan ett nummer och lås den</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Ö&amp;ppna PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF as…</source>
        <translation>&amp;Spara PDF som…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save &amp;Finvoice XML…</source>
        <translation>Spara &amp;Finvoice-XML…</translation>
    </message>
    <message>
        <source>Te&amp;xt before rows</source>
        <translation>Te&amp;xt före raderna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Text after ro&amp;ws</source>
        <translation>Text efter rader&amp;na</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Fakturautkast</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Kreditnota {number}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Faktura {number}</translation>
    </message>
    <message>
        <source>Not finalised: no number yet</source>
        <translation>Inte slutförd: inget nummer ännu</translation>
    </message>
    <message>
        <source>Finalise invoice</source>
        <translation>Slutför fakturan</translation>
    </message>
    <message>
        <source>The invoice gets number {number} and can no longer be changed. Corrections are made with a credit note.

Finalise the invoice?</source>
        <translation>Fakturan får nummer {number} och kan inte längre ändras. Rättelser görs med en kreditnota.

Vill du slutföra fakturan?</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Cannot finalise the invoice</source>
        <translation>Fakturan kan inte slutföras</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Radera utkast</translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation>Radera det här fakturautkastet?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Close the invoice without saving? The changes are lost.</source>
        <translation>Stäng fakturan utan att spara? Ändringarna går förlorade.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringarna</translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Alternative billing customer</source>
        <translation>Alternativ faktureringskund</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Momsbehandling</translation>
    </message>
    <message>
        <source>Not VAT-registered: no invoice carries VAT (Settings › Invoicing).</source>
        <translation>Inte momsregistrerad: fakturorna har ingen moms (Inställningar › Fakturering).</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leveransdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>&amp;Billing customer</source>
        <translation>Fakturer&amp;ingskund</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>Verksam&amp;hetsställe</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>K&amp;ontaktperson</translation>
    </message>
    <message>
        <source>&amp;Your reference</source>
        <translation>&amp;Er referens</translation>
    </message>
    <message>
        <source>O&amp;ur reference</source>
        <translation>V&amp;år referens</translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation>&amp;Momsbehandling</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>F&amp;akturadatum</translation>
    </message>
    <message>
        <source>De&amp;livery date</source>
        <translation>Leverans&amp;datum</translation>
    </message>
    <message>
        <source>Payment &amp;term</source>
        <translation>Betalnings&amp;villkor</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Förfallodag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Customer number; empty = the customer</source>
        <translation>Kundnummer; tomt = kunden själv</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Ingen kund har nummer {number}.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Show invoices</source>
        <translation>Visa fakturor</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alla fakturor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Invoice dates</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Number, reference, customer or name</source>
        <translation>Nummer, referens, kund eller namn</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Sök fakturor</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Daterade:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), open {open}</source>
        <translation>
            <numerusform>%n faktura, öppet {open}</numerusform>
            <numerusform>%n fakturor, öppet {open}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceRefundDialog</name>
    <message>
        <source>Refund – invoice {number}</source>
        <translation>Återbetalning – faktura {number}</translation>
    </message>
    <message>
        <source>You owe {name} {owed} on invoice {number}.</source>
        <translation>Du är skyldig {name} {owed} för faktura {number}.</translation>
    </message>
    <message>
        <source>Paid out &amp;on</source>
        <translation>Utbetald &amp;den</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Återbetalningsdatum</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Återbetalt belopp</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Bokför återbetalning</translation>
    </message>
</context>
<context>
    <name>InvoiceRowsModel</name>
    <message>
        <source>No VAT rates are known for the delivery date.</source>
        <translation>Inga momssatser är kända för leveransdatumet.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Household work</source>
        <translation>Hushållsarbete</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>À-pris inkl. moms</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totalt inkl. moms</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Household work (household tax credit)</source>
        <translation>Hushållsarbete (hushållsavdrag)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Row total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>Vara eller tjänst</translation>
    </message>
</context>
<context>
    <name>InvoiceTotalsPanel</name>
    <message>
        <source>VAT breakdown</source>
        <translation>Momsspecifikation</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totalt exkl. moms</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klar att skicka</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickad</translation>
    </message>
</context>
<context>
    <name>InvoicingActions</name>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Ny &amp;faktura…</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>F&amp;akturor…</translation>
    </message>
    <message>
        <source>&amp;Open invoices…</source>
        <translation>Ö&amp;ppna fakturor…</translation>
    </message>
    <message>
        <source>O&amp;verdue invoices…</source>
        <translation>Förfa&amp;llna fakturor…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Utkast…</translation>
    </message>
    <message>
        <source>Customer &amp;statement PDF…</source>
        <translation>&amp;Kundutdrag som PDF…</translation>
    </message>
    <message>
        <source>&amp;Print customer statement…</source>
        <translation>Skri&amp;v ut kundutdrag…</translation>
    </message>
    <message>
        <source>&amp;Invoicing…</source>
        <translation>Fa&amp;kturering…</translation>
    </message>
    <message>
        <source>&amp;Products and services…</source>
        <translation>&amp;Produkter och tjänster…</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Fakturor</translation>
    </message>
    <message>
        <source>Invoicing is not shown: your user on the register&apos;s server has the limited role, which has no right to invoices or amounts. Ask the register&apos;s owner for full access.</source>
        <translation>Fakturering visas inte: din användare på registrets server har den begränsade rollen, som inte har rätt till fakturor eller belopp. Be registrets ägare om full åtkomst.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Choose a customer in the list first (or save the new customer).</source>
        <translation>Välj först en kund i listan (eller spara den nya kunden).</translation>
    </message>
</context>
<context>
    <name>InvoicingFigures</name>
    <message>
        <source>No invoices yet.</source>
        <translation>Inga fakturor ännu.</translation>
    </message>
    <message>
        <source>Invoiced, 12 months</source>
        <translation>Fakturerat, 12 månader</translation>
    </message>
    <message>
        <source>Invoiced, all time</source>
        <translation>Fakturerat, totalt</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>Öppna fordringar</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Förfallna fordringar</translation>
    </message>
    <message>
        <source>Penalty interest to date</source>
        <translation>Dröjsmålsränta hittills</translation>
    </message>
    <message>
        <source>Average payment time (12 months)</source>
        <translation>Genomsnittlig betalningstid (12 månader)</translation>
    </message>
    <message>
        <source>Paid on average (12 months)</source>
        <translation>Betalt i genomsnitt (12 månader)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Refunds owed to the customer</source>
        <translation>Att återbetala till kunden</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Senaste fakturor</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Ny faktura…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Kundutdrag…</translation>
    </message>
    <message>
        <source>A PDF of the customer&apos;s open invoices with one payment slip</source>
        <translation>En PDF med kundens öppna fakturor och en gemensam girering</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table; add it in Settings › Invoicing.</source>
        <translation>Referensräntan för halvåret som börjar {day} saknas i tabellen; lägg till den under Inställningar › Fakturering.</translation>
    </message>
    <message>
        <source>Open receivables exceed the credit limit.</source>
        <translation>De öppna fordringarna överskrider kreditgränsen.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <source>{days} d after due date</source>
        <translation>{days} d efter förfallodagen</translation>
    </message>
    <message>
        <source>{days} d before due date</source>
        <translation>{days} d före förfallodagen</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>på förfallodagen</translation>
    </message>
</context>
<context>
    <name>InvoicingSettingsDialog</name>
    <message>
        <source>Invoicing settings</source>
        <translation>Faktureringsinställningar</translation>
    </message>
    <message>
        <source>&amp;VAT registered (alv-rekisterissä)</source>
        <translation>&amp;Momsregistrerad (alv-rekisterissä)</translation>
    </message>
    <message>
        <source>Leave unticked under the VAT threshold: invoices then carry no VAT and say “Ei alv-rekisterissä”.</source>
        <translation>Lämna omarkerad om du ligger under gränsen för momsskyldighet: fakturorna har då ingen moms och anger ”Inte momsregistrerad” (på finska ”Ei alv-rekisterissä”).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Statutory: reference rate + 7 %</source>
        <translation>&amp;Lagstadgad: referensränta + 7 %</translation>
    </message>
    <message>
        <source>F&amp;ixed:</source>
        <translation>&amp;Fast:</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>Other &amp;accounts</source>
        <translation>Övriga &amp;konton</translation>
    </message>
    <message>
        <source>Further bank accounts printed on invoices, one a line: the IBAN and its BIC. The barcode and QR code carry the IBAN above.</source>
        <translation>Övriga bankkonton som skrivs ut på fakturorna, ett per rad: IBAN och dess BIC. Streckkoden och QR-koden använder IBAN ovan.</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG)</source>
        <translation>L&amp;ogotyp (PNG eller JPEG)</translation>
    </message>
    <message>
        <source>Prepayment register</source>
        <translation>Förskottsuppbördsregistret</translation>
    </message>
    <message>
        <source>&amp;Next invoice number</source>
        <translation>&amp;Nästa fakturanummer</translation>
    </message>
    <message>
        <source>&amp;Payment term</source>
        <translation>Betalnings&amp;villkor</translation>
    </message>
    <message>
        <source>N&amp;otice period</source>
        <translation>&amp;Reklamationstid</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <source>&amp;Reminder fee</source>
        <translation>&amp;Påminnelseavgift</translation>
    </message>
    <message>
        <source>Own e-invoice a&amp;ddress</source>
        <translation>Egen e-faktura&amp;adress</translation>
    </message>
    <message>
        <source>Own e-invoice op&amp;erator</source>
        <translation>Egen e-fakt&amp;uraoperatör</translation>
    </message>
    <message>
        <source>In the &amp;prepayment register (ennakkoperintärekisterissä)</source>
        <translation>Införd i &amp;förskottsuppbördsregistret (ennakkoperintärekisteri)</translation>
    </message>
    <message>
        <source>Invoices with household work say whether the company is in the register: the buyer&apos;s household tax credit needs it.</source>
        <translation>Fakturor med hushållsarbete anger om företaget är infört i registret: köparens hushållsavdrag förutsätter det.</translation>
    </message>
    <message>
        <source>Private customers are charged at most 5,00 €.</source>
        <translation>Privatkunder debiteras högst 5,00 €.</translation>
    </message>
    <message>
        <source>Empty: the OVT code of the Y-tunnus</source>
        <translation>Tom: FO-numrets OVT-kod</translation>
    </message>
    <message>
        <source>The operator or bank that sends your e-invoices (e.g. 003723327487 for Apix). E-invoices name it as the sender&apos;s intermediator.</source>
        <translation>Operatören eller banken som skickar dina e-fakturor (t.ex. Apix 003723327487). E-fakturorna anger den som avsändarens förmedlare.</translation>
    </message>
    <message>
        <source>Reference ra&amp;tes</source>
        <translation>R&amp;eferensräntor</translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation>Referensräntor</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Add &amp;half-year…</source>
        <translation>Lägg till &amp;halvår…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)</source>
        <translation>Sök på namn, nummer, FO-nummer, e-post, telefon, ort eller kontaktperson (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Show active or inactive customers</source>
        <translation>Visa aktiva eller inaktiva kunder</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Kundstatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kund</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation>&amp;Radera kund…</translation>
    </message>
    <message>
        <source>&amp;Inactivate customer</source>
        <translation>&amp;Inaktivera kund</translation>
    </message>
    <message>
        <source>&amp;Activate customer</source>
        <translation>&amp;Aktivera kund</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>Own &amp;company details…</source>
        <translation>Eget &amp;företags uppgifter…</translation>
    </message>
    <message>
        <source>E-invoice &amp;operators…</source>
        <translation>E-faktura&amp;operatörer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Kundansvarig</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Alla kundansvariga</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Uppdaterat med ändringar som sparats på annat håll.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) activated.</source>
        <translation>
            <numerusform>%n kund aktiverad.</numerusform>
            <numerusform>%n kunder aktiverade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactivated.</source>
        <translation>
            <numerusform>%n kund inaktiverad.</numerusform>
            <numerusform>%n kunder inaktiverade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, offices and notes? This cannot be undone.

{names}</source>
        <translation>
            <numerusform>Radera %n kund med kontaktpersoner, verksamhetsställen och anteckningar? Det går inte att ångra.

{names}</numerusform>
            <numerusform>Radera %n kunder med kontaktpersoner, verksamhetsställen och anteckningar? Det går inte att ångra.

{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Radera kund</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>Kunden raderades inte</translation>
    </message>
    <message>
        <source>Customers merged.</source>
        <translation>Kunderna har slagits ihop.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Kundansvarig</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Momsnummer</translation>
    </message>
    <message>
        <source>Buyer&apos;s OVT code</source>
        <translation>Köparens OVT-kod</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>Företagsform</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Huvudsaklig bransch</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>E-invoice address unchecked</source>
        <translation>E-fakturaadressen sparad utan kontroll</translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation>Faktureringskund</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Fakturaspråk</translation>
    </message>
    <message>
        <source>Fixed reference</source>
        <translation>Fast referensnummer</translation>
    </message>
    <message>
        <source>RF reference</source>
        <translation>RF-referens</translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation>Leveransförbud</translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation>Indrivningsförbud</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Momsbehandling</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditgräns</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Status satt för hand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Betalningstid</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Leveransvillkor</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Leveranssätt</translation>
    </message>
    <message>
        <source>Invoices sent by</source>
        <translation>Fakturor sänds som</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation>Avtalsbeteckning</translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation>Text före fakturaraderna</translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation>Text efter fakturaraderna</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egna fält</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Inhemsk</translation>
    </message>
    <message>
        <source>EU business customer</source>
        <translation>EU-företagskund</translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation>Utanför EU</translation>
    </message>
    <message>
        <source>Construction reverse charge</source>
        <translation>Omvänd skattskyldighet för byggtjänster</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>Ingen moms</translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation>Alltid inhemsk moms</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Offertskede</translation>
    </message>
    <message>
        <source>Trial customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>Stamkund</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation>E-post med Finvoice-XML</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Slå ihop kunder</translation>
    </message>
    <message>
        <source>Which customer survives?</source>
        <translation>Vilken kund blir kvar?</translation>
    </message>
    <message>
        <source>The surviving customer keeps its id and history; the other one is removed. Choose below which value of each field to keep.</source>
        <translation>Kunden som blir kvar behåller sitt id och sin historik; den andra tas bort. Välj nedan vilket värde som ska behållas i varje fält.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>The cards differ here.</source>
        <translation>Korten skiljer sig åt här.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <source>{customer} (added {date})</source>
        <translation>{customer} (tillagd {date})</translation>
    </message>
    <message>
        <source>{customer}
survives</source>
        <translation>{customer}
blir kvar</translation>
    </message>
    <message>
        <source>{customer}
will be removed</source>
        <translation>{customer}
tas bort</translation>
    </message>
    <message>
        <source>Merging cannot be undone: {number} {name} is removed for good once its contacts, offices and notes have moved.</source>
        <translation>Sammanslagningen kan inte ångras: {number} {name} raderas permanent när dess kontaktpersoner, verksamhetsställen och anteckningar har flyttats.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontaktperson</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} kontaktpersoner</translation>
    </message>
    <message>
        <source>1 office</source>
        <translation>1 verksamhetsställe</translation>
    </message>
    <message>
        <source>{n} offices</source>
        <translation>{n} verksamhetsställen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 anteckning</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} anteckningar</translation>
    </message>
    <message>
        <source>number {numbers} will point to it</source>
        <translation>nummer {numbers} kommer att hänvisa till den</translation>
    </message>
    <message>
        <source>numbers {numbers} will point to it</source>
        <translation>numren {numbers} kommer att hänvisa till den</translation>
    </message>
    <message>
        <source>Nothing moves to the surviving customer except its number: {numbers}.</source>
        <translation>Inget annat än numret flyttas till kunden som blir kvar: {numbers}.</translation>
    </message>
    <message>
        <source>{items} moves to the surviving customer; {numbers}.</source>
        <translation>{items} flyttas till kunden som blir kvar; {numbers}.</translation>
    </message>
    <message>
        <source>{items} move to the surviving customer; {numbers}.</source>
        <translation>{items} flyttas till kunden som blir kvar; {numbers}.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} och {last}</translation>
    </message>
    <message>
        <source>Merge {removed_number} {removed_name} into {number} {name}? This cannot be undone.</source>
        <translation>Slå ihop {removed_number} {removed_name} med {number} {name}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Kunderna kan inte slås ihop</translation>
    </message>
    <message>
        <source>The customers were not merged.

{reason}</source>
        <translation>Kunderna slogs inte ihop.

{reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Förfallodag</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Klar</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Edit office</source>
        <translation>Redigera verksamhetsställe</translation>
    </message>
    <message>
        <source>Add office</source>
        <translation>Lägg till verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postan&amp;stalt</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation>flera adresser åtskilda med ;</translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation>Fakturerings-&amp;e-post</translation>
    </message>
    <message>
        <source>Wins over the customer&apos;s e-invoice address on invoices to this office.</source>
        <translation>Används i stället för kundens e-fakturaadress på fakturor till det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation>E-fakturaa&amp;dress</translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation>E-faktura&amp;operatör</translation>
    </message>
    <message>
        <source>De&amp;fault office</source>
        <translation>&amp;Förvalt verksamhetsställe</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>E-invoice operators</source>
        <translation>E-fakturaoperatörer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Code, e.g. 003721291126</source>
        <translation>Kod, t.ex. 003721291126</translation>
    </message>
    <message>
        <source>Operator code</source>
        <translation>Operatörskod</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatörens namn</translation>
    </message>
    <message>
        <source>&amp;Add or rename</source>
        <translation>&amp;Lägg till eller byt namn</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Operator not saved</source>
        <translation>Operatören sparades inte</translation>
    </message>
    <message>
        <source>Remove operator</source>
        <translation>Ta bort operatör</translation>
    </message>
    <message>
        <source>Remove {code} from the list? Customers keep the code they have.</source>
        <translation>Ta bort {code} från listan? Kunderna behåller den kod de har.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Save the new customer first; then you can add contacts, offices and notes.</source>
        <translation>Spara den nya kunden först; sedan kan du lägga till kontaktpersoner, verksamhetsställen och anteckningar.</translation>
    </message>
    <message>
        <source>Basic and contact info</source>
        <translation>Grund- och kontaktuppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Momsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Fakturerings-e-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation>E-fakturaadress</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Inga fakturor ännu.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lägg till kontaktperson…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Inactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Visa inaktiva</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Förvalt</translation>
    </message>
    <message>
        <source>Add office…</source>
        <translation>Lägg till verksamhetsställe…</translation>
    </message>
    <message>
        <source>Notes and activities</source>
        <translation>Anteckningar och aktiviteter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lägg till anteckning…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>{address} via {operator}</source>
        <translation>{address} via {operator}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Credit limit: {amount}</source>
        <translation>Kreditgräns: {amount}</translation>
    </message>
    <message>
        <source>Deleted; earlier invoices still name this row.</source>
        <translation>Raderad; tidigare fakturor hänvisar fortfarande till den här raden.</translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation>Förvald kontaktperson</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Done {when}</source>
        <translation>Klar {when}</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Delete {name} for good?

This cannot be undone. The name, title, keywords, phone and email are erased and the contact shows as “{deleted}”. Earlier invoices are not affected.</source>
        <translation>Radera {name} permanent?

Det går inte att ångra. Namn, titel, nyckelord, telefon och e-post raderas och kontaktpersonen visas som ”{deleted}”. Tidigare fakturor påverkas inte.</translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation>Radera kontaktperson</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation>Radera verksamhetsställe</translation>
    </message>
    <message>
        <source>Delete the office “{name}”?</source>
        <translation>Radera verksamhetsstället ”{name}”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation>Känsliga personuppgifter?</translation>
    </message>
    <message>
        <source>The note mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation>Anteckningen nämner ”{words}”. Hälsa, religion, etniskt ursprung, politiska åsikter och sexuell läggning är särskilda kategorier av personuppgifter som ett kundregister inte bör innehålla.

Vill du spara ändå?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Radera anteckning</translation>
    </message>
    <message>
        <source>Delete the note “{text}”?</source>
        <translation>Radera anteckningen ”{text}”?</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Postserverns lösenord</translation>
    </message>
    <message>
        <source>The password of {user} at {host}:</source>
        <translation>Lösenordet för {user} på {host}:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keyring of this computer</source>
        <translation>&amp;Spara det i den här datorns nyckelring</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet kan inte sparas; det frågas varje gång e-post skickas.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment – invoice {number}</source>
        <translation>Registrera betalning – faktura {number}</translation>
    </message>
    <message>
        <source>Total {total}, paid {paid}, open {open}.</source>
        <translation>Totalt {total}, betalt {paid}, öppet {open}.</translation>
    </message>
    <message>
        <source>A partial payment leaves the rest open.</source>
        <translation>Vid en delbetalning förblir resten öppet.</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalningsdag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Betalt belopp</translation>
    </message>
    <message>
        <source>Payment &amp;date</source>
        <translation>Betalnings&amp;dag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>Give an amount bigger than zero.</source>
        <translation>Ange ett belopp som är större än noll.</translation>
    </message>
    <message>
        <source>This is {extra} more than is open.</source>
        <translation>Det här är {extra} mer än det öppna beloppet.</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Överbetalning</translation>
    </message>
    <message>
        <source>Invoice {number} is now overpaid by {amount}. Refund the difference to the customer or agree on how it is used.</source>
        <translation>Faktura {number} är nu överbetald med {amount}. Återbetala skillnaden till kunden eller kom överens om hur den används.</translation>
    </message>
</context>
<context>
    <name>PaymentPreviewModel</name>
    <message>
        <source>Booked</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Lämnad bort</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is at {path}.</source>
        <translation>Inget program för att visa PDF-filer hittades. Filen finns i {path}.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Spara PDF som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF file instead? It can be printed from another computer or sent on.</source>
        <translation>Ingen skrivare har installerats på den här datorn. Vill du spara dokumentet som en PDF-fil i stället? Den kan skrivas ut från en annan dator eller skickas vidare.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Save Finvoice XML as</source>
        <translation>Spara Finvoice-XML som</translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation>Finvoice-filer (*.xml)</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Kundutdrag</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Dataskydd</translation>
    </message>
    <message>
        <source>&amp;Export everything on this person…</source>
        <translation>Exportera allt om den här &amp;personen…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Radera person&amp;uppgifter…</translation>
    </message>
    <message>
        <source>Re&amp;tention candidates…</source>
        <translation>&amp;Gallringskandidater…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice (draft)…</source>
        <translation>&amp;Dataskyddsbeskrivning (utkast)…</translation>
    </message>
    <message>
        <source>The customer (everything)</source>
        <translation>Kunden (allt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Vems uppgifter?</translation>
    </message>
    <message>
        <source>Export everything on this person</source>
        <translation>Exportera allt om den här personen</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporterat till {path}</translation>
    </message>
    <message>
        <source>Erase the personal data of {number} {name} for good?</source>
        <translation>Radera personuppgifterna för {number} {name} permanent?</translation>
    </message>
    <message>
        <source>Anonymised: name, addresses, email, phone and comments on the card.</source>
        <translation>Anonymiseras: namn, adresser, e-post, telefon och kommentarer på kortet.</translation>
    </message>
    <message>
        <source>The customer card is deleted.</source>
        <translation>Kundkortet raderas.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %n</source>
        <translation>
            <numerusform>Kontaktpersoner: %n</numerusform>
            <numerusform>Kontaktpersoner: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices: %n</source>
        <translation>
            <numerusform>Verksamhetsställen: %n</numerusform>
            <numerusform>Verksamhetsställen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Anteckningar: %n</numerusform>
            <numerusform>Anteckningar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments: %n</source>
        <translation>
            <numerusform>Bilagor: %n</numerusform>
            <numerusform>Bilagor: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Custom fields: %n</source>
        <translation>
            <numerusform>Egna fält: %n</numerusform>
            <numerusform>Egna fält: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values in the history: %n entries</source>
        <translation>
            <numerusform>Värden i historiken: %n post</numerusform>
            <numerusform>Värden i historiken: %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by law: {records}.</source>
        <translation>Sparas enligt lag: {records}.</translation>
    </message>
    <message>
        <source>The invoices keep the buyer&apos;s name, address and business id; the e-mail, phone and contact person on them are removed.</source>
        <translation>Fakturorna behåller köparens namn, adress och FO-nummer; e-postadress, telefonnummer och kontaktperson på dem tas bort.</translation>
    </message>
    <message>
        <source>Older backups still hold the data until they rotate out.</source>
        <translation>Äldre säkerhetskopior innehåller uppgifterna tills de roteras bort.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>{file}: until {day}</source>
        <translation>{file}: till {day}</translation>
    </message>
    <message>
        <source>deleted by hand</source>
        <translation>den raderas manuellt</translation>
    </message>
    <message>
        <source>These temporary files of open programs (a PDF in the viewer, say) may hold the data until the programs are closed:</source>
        <translation>Dessa tillfälliga filer i öppna program (till exempel en PDF i visningsprogrammet) kan innehålla uppgifterna tills programmen stängs:</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Erased. These backups still hold the data until they rotate out:</source>
        <translation>Raderat. De här säkerhetskopiorna innehåller uppgifterna tills de roteras bort:</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
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
        <translation>Visa även &amp;justerade värden</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Spara &amp;rapport…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Följd</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem som hittades</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rad kan importeras.</numerusform>
            <numerusform>%n rader kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n rad kan inte importeras.</numerusform>
            <numerusform>%n rader kan inte importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of contact persons or offices cannot be imported.</source>
        <translation>
            <numerusform>%n rad med kontaktpersoner eller verksamhetsställen kan inte importeras.</numerusform>
            <numerusform>%n rader med kontaktpersoner eller verksamhetsställen kan inte importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are left out.</source>
        <translation>
            <numerusform>%n värde utelämnas.</numerusform>
            <numerusform>%n värden utelämnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation>Inget sparas förrän du trycker på Importera.</translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation>Raden importeras inte</translation>
    </message>
    <message>
        <source>Value left out</source>
        <translation>Värdet utelämnas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Redigera produkt</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Ny produkt</translation>
    </message>
    <message>
        <source>VAT e&amp;xemption</source>
        <translation>Moms&amp;frihet</translation>
    </message>
    <message>
        <source>&amp;Goods or service</source>
        <translation>Vara eller &amp;tjänst</translation>
    </message>
    <message>
        <source>&amp;Active (offered on new invoice rows)</source>
        <translation>&amp;Aktiv (erbjuds på nya fakturarader)</translation>
    </message>
    <message>
        <source>&amp;Household work (household tax credit)</source>
        <translation>&amp;Hushållsarbete (hushållsavdrag)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Unit &amp;price (excl. VAT)</source>
        <translation>Styck&amp;pris (exkl. moms)</translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation>&amp;Moms %</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products and services</source>
        <translation>Produkter och tjänster</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Visa &amp;inaktiva</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>In&amp;aktivera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivera</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Saving the customers of {file}…</source>
        <translation>Sparar kunderna från {file}…</translation>
    </message>
    <message>
        <source>Cancel stops the import; then nothing is changed in the register.</source>
        <translation>Avbryt stoppar importen; då ändras ingenting i registret.</translation>
    </message>
    <message>
        <source>Saved {done} of {total} customers…</source>
        <translation>{done} av {total} kunder sparade…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>Nothing was changed in the register. You can go back and import again.</source>
        <translation>Ingenting ändrades i registret. Du kan gå tillbaka och importera på nytt.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Importen misslyckades.</translation>
    </message>
    <message>
        <source>Nothing was changed in the register. {reason}</source>
        <translation>Ingenting ändrades i registret. {reason}</translation>
    </message>
</context>
<context>
    <name>ReferenceRateDialog</name>
    <message>
        <source>Reference rate</source>
        <translation>Referensränta</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Half-year</source>
        <translation>&amp;Halvår</translation>
    </message>
    <message>
        <source>&amp;Reference rate %</source>
        <translation>&amp;Referensränta %</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>januari–juni</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>juli–december</translation>
    </message>
    <message>
        <source>Suomen Pankki publishes the reference rate at the start of each half-year (suomenpankki.fi). The statutory penalty interest is the reference rate + 7 points, between businesses + 8.</source>
        <translation>Finlands Bank publicerar referensräntan i början av varje halvår (suomenpankki.fi). Dröjsmålsräntan enligt räntelagen är referensräntan + 7 procentenheter, mellan företag + 8.</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table, so the penalty interest cannot be worked out. Enter it to go on.</source>
        <translation>Referensräntan för halvåret som börjar {day} saknas i tabellen, så dröjsmålsräntan kan inte räknas ut. Ange den för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Återbetala tillgodohavande</translation>
    </message>
    <message>
        <source>The customer has {credit} of credit. Record the amount you have paid back to them.</source>
        <translation>Kunden har {credit} i tillgodohavande. Registrera beloppet du har betalat tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Refunded (€):</source>
        <translation>Å&amp;terbetalt (€):</translation>
    </message>
    <message>
        <source>&amp;Record refund</source>
        <translation>&amp;Registrera återbetalning</translation>
    </message>
    <message>
        <source>Give an amount of at most {credit}.</source>
        <translation>Ange högst {credit}.</translation>
    </message>
</context>
<context>
    <name>RegisterUpdateDialog</name>
    <message>
        <source>Update {name} from the trade register</source>
        <translation>Uppdatera {name} från FODS</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>På kortet</translation>
    </message>
    <message>
        <source>In the trade register</source>
        <translation>I FODS</translation>
    </message>
    <message>
        <source>&amp;Update chosen</source>
        <translation>&amp;Uppdatera valda</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Fetching the details of Y-tunnus {business_id}…</source>
        <translation>Hämtar uppgifterna för FO-nummer {business_id}…</translation>
    </message>
    <message>
        <source>The card already has the trade register&apos;s details.</source>
        <translation>Kortet har redan uppgifterna från FODS.</translation>
    </message>
    <message>
        <source>These details differ from the trade register. Check the ones to update.</source>
        <translation>Dessa uppgifter skiljer sig från FODS. Markera de som ska uppdateras.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminder – invoice {number}</source>
        <translation>Betalningspåminnelse – faktura {number}</translation>
    </message>
    <message>
        <source>Reminder &amp;date</source>
        <translation>Påminnelse&amp;datum</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Påminnelsedatum</translation>
    </message>
    <message>
        <source>Claim the fixed compensation of {amount} for recovery costs</source>
        <translation>Kräv standardersättning på {amount} för indrivningskostnader</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation>Dröjsmålsränta</translation>
    </message>
    <message>
        <source>Costs of earlier reminders</source>
        <translation>Tidigare påminnelsers kostnader</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Fixed compensation</source>
        <translation>Standardersättning</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>Make reminder</source>
        <translation>Gör påminnelse</translation>
    </message>
    <message>
        <source>&amp;Enter the reference rate…</source>
        <translation>&amp;Ange referensräntan…</translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged one only when at least {days} days have passed since the due date {due}. The reminder can be sent without a fee.</source>
        <translation>Ingen påminnelseavgift: av en konsument får en avgift tas ut först när minst {days} dagar har gått sedan förfallodagen {due}. Påminnelsen kan skickas utan avgift.</translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged the fees of {count} reminders at most, and they have been charged. The earlier fees are still asked for.</source>
        <translation>Ingen påminnelseavgift: av en konsument får avgifterna för högst {count} påminnelser tas ut, och de har redan tagits ut. De tidigare avgifterna ingår fortfarande.</translation>
    </message>
    <message>
        <source>No separate reminder fee: the fixed compensation covers the recovery costs of this invoice.</source>
        <translation>Ingen separat påminnelseavgift: standardersättningen täcker indrivningskostnaderna för denna faktura.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>före import</translation>
    </message>
    <message>
        <source>before merge</source>
        <translation>före sammanslagning</translation>
    </message>
    <message>
        <source>before erasure</source>
        <translation>före radering</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>före återställning</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>The register is damaged and cannot be opened:
{error}

The newest backup that passes the check is chosen below. The damaged file is kept beside the register.</source>
        <translation>Registret är skadat och kan inte öppnas:
{error}

Den nyaste säkerhetskopian som klarar kontrollen är vald nedan. Den skadade filen sparas bredvid registret.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Säkerhetskopior, nyaste först:</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Välj en annan fil…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Återställ från</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation>Säkerhetskopior av registret (*.sqlite3)</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>Ingen säkerhetskopia vald.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n customer(s).</source>
        <translation>
            <numerusform>Säkerhetskopian är felfri: %n kund.</numerusform>
            <numerusform>Säkerhetskopian är felfri: %n kunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is from an older version and is upgraded on restore.</source>
        <translation>Den är från en äldre version och uppdateras vid återställningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s) of it cannot be found.</source>
        <translation>
            <numerusform>%n bilagefil som hör till den hittas inte.</numerusform>
            <numerusform>%n bilagefiler som hör till den hittas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be restored: {problems}</source>
        <translation>Den här filen kan inte återställas: {problems}</translation>
    </message>
    <message>
        <source>Replace the register with the backup of {when}?

Changes made after it are lost from the register; the current state is backed up first.</source>
        <translation>Ersätta registret med säkerhetskopian från {when}?

Ändringar som gjorts efter den försvinner ur registret; det nuvarande läget säkerhetskopieras först.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention: candidates for erasure</source>
        <translation>Gallring: kandidater för radering</translation>
    </message>
    <message>
        <source>No activity and no open invoices for</source>
        <translation>Ingen aktivitet och inga öppna fakturor på</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Öppna kortet</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send {what}</source>
        <translation>Skicka: {what}</translation>
    </message>
    <message>
        <source>Send &amp;by</source>
        <translation>Sänds &amp;som</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Meddelande&amp;text</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Sänds som</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Addresses separated by ;</source>
        <translation>Adresser åtskilda med ;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Into a PDF for printing; you choose the file when sending.</source>
        <translation>Till en PDF-fil för utskrift; du väljer filen när du skickar.</translation>
    </message>
    <message>
        <source>As a Finvoice file for {address} into the e-invoice folder.</source>
        <translation>Som Finvoice-fil till {address} i e-fakturamappen.</translation>
    </message>
    <message>
        <source>The PDF is attached: {name}</source>
        <translation>PDF-filen bifogas: {name}</translation>
    </message>
    <message>
        <source>Sent before:</source>
        <translation>Tidigare utskick:</translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation>Spara PDF-filen för utskrift</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Programinställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Färgtema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Enligt systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts of money are written the way the chosen language writes them (for Finnish: 23.11.2026 and 1 234,50 €). Menus, lists and open windows change at once.</source>
        <translation>Datum, tal och penningbelopp skrivs så som det valda språket skriver dem (för finska: 23.11.2026 och 1 234,50 €). Menyer, listor och öppna fönster ändras genast.</translation>
    </message>
    <message>
        <source>Look up a new customer in the trade register while typing its name or Y-tunnus</source>
        <translation>Sök en ny kund i FODS redan medan namnet eller FO-numret skrivs</translation>
    </message>
    <message>
        <source>Needs a network connection; the typed name or Y-tunnus is sent to PRH.</source>
        <translation>Kräver en nätverksanslutning; det inskrivna namnet eller FO-numret skickas till PRS.</translation>
    </message>
    <message>
        <source>Trade register add&amp;ress:</source>
        <translation>Adress till &amp;FODS:</translation>
    </message>
    <message>
        <source>Leave empty for PRH&apos;s open data service.</source>
        <translation>Lämna tomt för PRS öppna datatjänst.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>Own &amp;company</source>
        <translation>Eget fö&amp;retag</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>Open a &amp;shared register…</source>
        <translation>Öppna ett &amp;delat register…</translation>
    </message>
    <message>
        <source>Share this register on a ser&amp;ver…</source>
        <translation>Dela registret på en ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Team members…</source>
        <translation>&amp;Teammedlemmar…</translation>
    </message>
    <message>
        <source>A register file has no users or roles; share it on a server first to give your team their own access.</source>
        <translation>En registerfil har inga användare eller roller: dela först registret på en server, så får ditt team egna behörigheter.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>Open a register that your team shares on a PostgreSQL server.</source>
        <translation>Öppna ett register som ert team delar på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Copy this register into an empty database on a PostgreSQL server, so that your team can use it. This register stays as it is.</source>
        <translation>Kopiera registret till en tom databas på en PostgreSQL-server så att ert team kan använda det. Det här registret förblir som det är.</translation>
    </message>
    <message>
        <source>The register was copied to the server and checked ({rows} rows, {files} attachments). Open the shared register now?</source>
        <translation>Registret kopierades till servern och kontrollerades ({rows} rader, {files} bilagor). Öppna det delade registret nu?</translation>
    </message>
    <message>
        <source>Shared on the server</source>
        <translation>Delat på servern</translation>
    </message>
    <message>
        <source>The shared register opens in a window of its own.</source>
        <translation>Det delade registret öppnas i ett eget fönster.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>I&amp;mport from Excel…</source>
        <translation>I&amp;mportera från Excel…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportera till Excel…</translation>
    </message>
    <message>
        <source>E&amp;xport selected to Excel…</source>
        <translation>E&amp;xportera markerade till Excel…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Å&amp;ngra import…</translation>
    </message>
    <message>
        <source>Read customers from .xlsx, .xlsm, .xls, .ods or .csv; nothing is saved before you confirm.</source>
        <translation>Läs in kunder från .xlsx, .xlsm, .xls, .ods eller .csv; inget sparas innan du bekräftar.</translation>
    </message>
    <message>
        <source>Write every customer to an .xlsx file.</source>
        <translation>Skriv alla kunder till en .xlsx-fil.</translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Importera kunder från ett kalkylblad</translation>
    </message>
    <message>
        <source>Import done: created {created}, updated {updated}, skipped {skipped}.</source>
        <translation>Importen är klar: skapade {created}, uppdaterade {updated}, överhoppade {skipped}.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Ångra import</translation>
    </message>
    <message>
        <source>No customers have been imported.</source>
        <translation>Inga kunder har importerats.</translation>
    </message>
    <message>
        <source>Import undone: removed {removed}, restored {restored}, kept {kept}.</source>
        <translation>Importen ångrad: borttagna {removed}, återställda {restored}, behållna {kept}.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>customers-selected</source>
        <translation>kunder-valda</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation>Exportera markerade</translation>
    </message>
    <message>
        <source>Select the customers to export in the list.</source>
        <translation>Markera de kunder som ska exporteras i listan.</translation>
    </message>
    <message>
        <source>Export selected to Excel</source>
        <translation>Exportera markerade till Excel</translation>
    </message>
    <message>
        <source>Writing {count} customers to {file}…</source>
        <translation>Skriver {count} kunder till {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exporterar till {file}…</translation>
    </message>
    <message>
        <source>{count} customers written to {file}.</source>
        <translation>{count} kunder skrevs till {file}.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. If it is open in Excel, close it and try again.</source>
        <translation>Filen kunde inte skrivas: {reason}. Om den är öppen i Excel, stäng den och försök igen.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetPrompts</name>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Kalkylblad ({patterns});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Skipped rows:</source>
        <translation>Överhoppade rader:</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Spara &amp;rapport…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>The import can be undone under Edit › Undo import…; customers you edit after this are left as they are.</source>
        <translation>Importen kan ångras under Redigera › Ångra import…; kunder som du redigerar efter detta lämnas som de är.</translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, skipped {skipped}.</source>
        <translation>Skapade {created}, uppdaterade {updated}, överhoppade {skipped}.</translation>
    </message>
    <message>
        <source>Contact persons: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation>Kontaktpersoner: {added} tillagda, {updated} uppdaterade, {skipped} inte importerade.</translation>
    </message>
    <message>
        <source>Offices: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation>Verksamhetsställen: {added} tillagda, {updated} uppdaterade, {skipped} inte importerade.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Åtkomst</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>&amp;Byt roll…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Each person opens the register under their own user name. Full access may do everything; limited access works on customers, contact persons, offices, notes and attachments but sees no invoicing figures. The server enforces the roles.</source>
        <translation>Var och en öppnar registret med sitt eget användarnamn. Med full åtkomst får man göra allt; med begränsad åtkomst arbetar man med kunder, kontaktpersoner, kontor, anteckningar och bilagor men ser inga faktureringssiffror. Servern själv upprätthåller rollerna.</translation>
    </message>
    <message>
        <source>You can see the team but not change it: only a user who may hand out the team&apos;s roles (the register&apos;s owner) can add, change or remove members.</source>
        <translation>Du ser teamet men kan inte ändra det: bara en användare som får dela ut teamets roller (registrets ägare) kan lägga till, ändra eller ta bort medlemmar.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (du)</translation>
    </message>
    <message>
        <source>Remove {name} from the team? They can no longer open this register.</source>
        <translation>Ta bort {name} från teamet? Hen kan inte längre öppna det här registret.</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Ta bort från teamet</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Change a team member</source>
        <translation>Ändra en teammedlem</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Lägg till en teammedlem</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenordet &amp;igen:</translation>
    </message>
    <message>
        <source>Leave the password empty to keep their current one.</source>
        <translation>Lämna lösenordet tomt, så behåller hen sitt nuvarande.</translation>
    </message>
    <message>
        <source>The name they log in to the server with. Leave the password empty only if the server lets them in some other way.</source>
        <translation>Namnet som hen loggar in på servern med. Lämna lösenordet tomt bara om servern släpper in hen på annat sätt.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Ange användarnamnet.</translation>
    </message>
    <message>
        <source>The passwords differ; type the same one twice.</source>
        <translation>Lösenorden skiljer sig: skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Full access</source>
        <translation>Full åtkomst</translation>
    </message>
    <message>
        <source>Limited: no invoicing figures</source>
        <translation>Begränsad: inga faktureringssiffror</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation>Återställ &amp;standardtexten</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Fält: {fields}</translation>
    </message>
</context>
<context>
    <name>TradeRegisterActions</name>
    <message>
        <source>Update from the &amp;trade register…</source>
        <translation>Uppdatera från &amp;FODS…</translation>
    </message>
    <message>
        <source>Compare the card with the trade register and update the chosen details</source>
        <translation>Jämför kortet med FODS och uppdatera de valda uppgifterna</translation>
    </message>
    <message>
        <source>Updated from the trade register.</source>
        <translation>Uppdaterat från FODS.</translation>
    </message>
</context>
<context>
    <name>TradeRegisterTexts</name>
    <message>
        <source>ceased</source>
        <translation>upphört</translation>
    </message>
    <message>
        <source>in bankruptcy</source>
        <translation>i konkurs</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation>i likvidation</translation>
    </message>
    <message>
        <source>in corporate restructuring</source>
        <translation>i företagssanering</translation>
    </message>
    <message>
        <source>{name}: {situation}.</source>
        <translation>{name}: {situation}.</translation>
    </message>
    <message>
        <source>{name}: {situation} since {date}.</source>
        <translation>{name}: {situation} sedan {date}.</translation>
    </message>
    <message>
        <source>Check the company&apos;s situation before selling to it on credit.</source>
        <translation>Kontrollera företagets situation innan du säljer till det mot faktura.</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>Chosen by you.</source>
        <translation>Ditt val.</translation>
    </message>
    <message>
        <source>Given in the file.</source>
        <translation>Angiven i filen.</translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <source>The customer type decides the penalty interest and the fees a customer may be charged. Where the file does not give it, each row is typed by what it shows: a Y-tunnus or company form makes a company, a first name or a consumer e-mail address a private person. Check the rows, and change the type where it is wrong.</source>
        <translation>Kundtypen avgör dröjsmålsräntan och vilka avgifter kunden får debiteras. När filen inte anger typen bestäms den av radens uppgifter: ett FO-nummer eller en bolagsform gör raden till ett företag, ett förnamn eller en adress hos en e-posttjänst för privatpersoner till en privatperson. Kontrollera raderna och ändra typen där den är fel.</translation>
    </message>
    <message>
        <source>Show only rows whose type the file does not give</source>
        <translation>Visa bara rader vars typ filen inte anger</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Valda rader:</translation>
    </message>
    <message>
        <source>All rows shown:</source>
        <translation>Alla visade rader:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>&amp;Ångra mina ändringar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundtyp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Check the customer types</source>
        <translation>Kontrollera kundtyperna</translation>
    </message>
    <message>
        <source>Companies: {companies}. Private persons: {private}. Rows whose type the file does not give: {inferred}. Rows whose type you chose: {chosen}.</source>
        <translation>Företag: {companies}. Privatpersoner: {private}. Rader vars typ filen inte anger: {inferred}. Rader vars typ du valt: {chosen}.</translation>
    </message>
</context>
<context>
    <name>UndoBankImportDialog</name>
    <message>
        <source>Undo bank payment import</source>
        <translation>Ångra import av bankbetalningar</translation>
    </message>
    <message>
        <source>Choose a bank file&apos;s import to undo. Undo takes its payments off the invoices they paid, takes back the credit they gave and empties the list of its unmatched payments; the file can then be imported again.</source>
        <translation>Välj den import av en bankfil som ska ångras. Ångra tar bort dess betalningar från fakturorna de betalade, tar tillbaka tillgodohavandet de gav och tömmer listan över dess oavstämda betalningar; filen kan sedan importeras igen.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Å&amp;ngra import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Ångrad {when}</translation>
    </message>
    <message>
        <source>No bank files imported yet.</source>
        <translation>Inga bankfiler har importerats ännu.</translation>
    </message>
    <message>
        <source>Choose an import to undo.</source>
        <translation>Välj en import att ångra.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Den här importen har redan ångrats.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of {file} takes back its %n payment(s) of {total}.</source>
        <translation>
            <numerusform>Att ångra importen av {file} tar tillbaka dess %n betalning på sammanlagt {total}.</numerusform>
            <numerusform>Att ångra importen av {file} tar tillbaka dess %n betalningar på sammanlagt {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Ångra import</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) taken back;</source>
        <translation>
            <numerusform>%n betalning tagen tillbaka;</numerusform>
            <numerusform>%n betalningar tagna tillbaka;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>%n faktura ändrades.</numerusform>
            <numerusform>%n fakturor ändrades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because the customer&apos;s credit from them has been used since:</source>
        <translation>Behållna, eftersom kundens tillgodohavande från dem har använts sedan dess:</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo import</source>
        <translation>Ångra import</translation>
    </message>
    <message>
        <source>Choose an import to undo. Undo removes the customers it created and restores the customers it updated to how they were before. Customers edited since the import are left as they are.</source>
        <translation>Välj en import som ska ångras. Ångra tar bort de kunder som importen skapade och återställer de kunder som den uppdaterade till hur de var tidigare. Kunder som har redigerats efter importen lämnas som de är.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Å&amp;ngra import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Ångrad {when}</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Inga importer ännu.</translation>
    </message>
    <message>
        <source>Choose an import.</source>
        <translation>Välj en import.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Den här importen har redan ångrats.</translation>
    </message>
    <message>
        <source>Undoing the import of {file} removes the {created} customers it created and restores the {updated} customers it updated. Customers edited since the import, or with invoices that must be kept, stay as they are and are listed afterwards.</source>
        <translation>Om importen av {file} ångras tas de {created} kunder som den skapade bort och de {updated} kunder som den uppdaterade återställs. Kunder som har redigerats efter importen, eller som har fakturor som måste sparas, lämnas som de är och listas efteråt.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Ångrar…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n kund togs bort.</numerusform>
            <numerusform>%n kunder togs bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n kund återställdes.</numerusform>
            <numerusform>%n kunder återställdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are:</source>
        <translation>Lämnades som de är:</translation>
    </message>
</context>
<context>
    <name>UnmatchedPaymentsDialog</name>
    <message>
        <source>Unmatched payments</source>
        <translation>Oavstämda betalningar</translation>
    </message>
    <message>
        <source>These payments from the bank&apos;s files matched no invoice. Choose one and assign it to an invoice, or set it aside when it is not an invoice payment.</source>
        <translation>De här betalningarna från bankens filer hörde inte till någon faktura. Välj en och koppla den till en faktura, eller lägg den åt sidan om den inte är en fakturabetalning.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokförd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Open invoices it may be for</source>
        <translation>Öppna fakturor den kan gälla</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Varför föreslagen</translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation>&amp;Fakturanummer:</translation>
    </message>
    <message>
        <source>&amp;Assign to invoice</source>
        <translation>&amp;Koppla till faktura</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>&amp;Lägg åt sidan</translation>
    </message>
    <message>
        <source>Not an invoice payment: take it off this list</source>
        <translation>Ingen fakturabetalning: ta bort den från listan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>the same amount open</source>
        <translation>samma belopp öppet</translation>
    </message>
    <message>
        <source>name {score} % alike</source>
        <translation>namnet {score} % likt</translation>
    </message>
    <message>
        <source>Assign a payment</source>
        <translation>Koppla en betalning</translation>
    </message>
    <message>
        <source>{paid} paid on invoice {number}.</source>
        <translation>{paid} betalt på faktura {number}.</translation>
    </message>
    <message>
        <source>{credit} became the customer&apos;s credit.</source>
        <translation>{credit} blev kundens tillgodohavande.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Lägg åt sidan</translation>
    </message>
    <message>
        <source>Set aside the payment of {amount} from {payer}? It is kept with the bank file but no longer listed here.</source>
        <translation>Lägga åt sidan betalningen på {amount} från {payer}? Den sparas med bankfilen men visas inte längre här.</translation>
    </message>
</context>
<context>
    <name>VatNames</name>
    <message>
        <source>Goods</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Exempt: healthcare (AVL 34 §)</source>
        <translation>Momsfri: hälso- och sjukvård (MomsL 34 §)</translation>
    </message>
    <message>
        <source>Exempt: social welfare (AVL 37 §)</source>
        <translation>Momsfri: socialvård (MomsL 37 §)</translation>
    </message>
    <message>
        <source>Exempt: education (AVL 39 §)</source>
        <translation>Momsfri: utbildning (MomsL 39 §)</translation>
    </message>
    <message>
        <source>Exempt: financial services (AVL 41 §)</source>
        <translation>Momsfri: finansiell tjänst (MomsL 41 §)</translation>
    </message>
    <message>
        <source>Exempt: insurance (AVL 44 §)</source>
        <translation>Momsfri: försäkringstjänst (MomsL 44 §)</translation>
    </message>
    <message>
        <source>Taxable (VAT charged)</source>
        <translation>Skattepliktig (moms debiteras)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>A BIC has 8 or 11 characters, for example NDEAFIHH.</source>
        <translation>En BIC-kod har 8 eller 11 tecken, till exempel NDEAFIHH.</translation>
    </message>
    <message>
        <source>A Finnish VAT number is FI followed by eight digits, for example FI12345671.</source>
        <translation>Ett finländskt momsnummer består av FI följt av åtta siffror, till exempel FI12345671.</translation>
    </message>
    <message>
        <source>A QR payment can carry amounts from 0,01 to 999 999 999,99 €, not {amount}.</source>
        <translation>En QR-betalning kan gälla belopp från 0,01 till 999 999 999,99 €, inte {amount}.</translation>
    </message>
    <message>
        <source>A QR payment carries either a reference or a message, not both.</source>
        <translation>En QR-betalning kan innehålla antingen en referens eller ett meddelande, inte båda.</translation>
    </message>
    <message>
        <source>A VAT number starts with a country code, for example FI or SE. “{prefix}” is not a country code.</source>
        <translation>Ett momsnummer börjar med en landskod, till exempel FI eller SE. ”{prefix}” är inte en landskod.</translation>
    </message>
    <message>
        <source>A VAT rate is 0 to 100 %.</source>
        <translation>En momssats är 0–100 %.</translation>
    </message>
    <message>
        <source>A VAT rate must be between 0 and 100 %, not {value}.</source>
        <translation>Momssatsen måste vara mellan 0 och 100 %, inte {value}.</translation>
    </message>
    <message>
        <source>A Y-tunnus has only digits and a dash, for example 1234567-1.</source>
        <translation>Ett FO-nummer består bara av siffror och ett bindestreck, till exempel 1234567-1.</translation>
    </message>
    <message>
        <source>A Y-tunnus has seven digits, a dash and a check digit, for example 1234567-1.</source>
        <translation>Ett FO-nummer har sju siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-1.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>En kund kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>A deleted contact cannot be edited.</source>
        <translation>En raderad kontaktperson kan inte redigeras.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %, not {value}.</source>
        <translation>Rabatten måste vara mellan 0 och 100 %, inte {value}.</translation>
    </message>
    <message>
        <source>A draft cannot be sent as an e-invoice; finalise it first.</source>
        <translation>Ett utkast kan inte skickas som e-faktura; slutför fakturan först.</translation>
    </message>
    <message>
        <source>A payment is a positive amount in whole cents, not {amount}.</source>
        <translation>En betalning är ett positivt belopp i hela cent, inte {amount}.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100, not {text}.</source>
        <translation>Procentsatsen måste vara mellan 0 och 100, inte {text}.</translation>
    </message>
    <message>
        <source>A reference number has 4 to 20 digits; this one has {length}.</source>
        <translation>Ett referensnummer har 4–20 siffror; det här har {length}.</translation>
    </message>
    <message>
        <source>A reference number may contain only digits and spaces: “{reference}”.</source>
        <translation>Ett referensnummer får bara innehålla siffror och mellanslag: ”{reference}”.</translation>
    </message>
    <message>
        <source>A reminder fee cannot be negative ({fee}).</source>
        <translation>Påminnelseavgiften kan inte vara negativ ({fee}).</translation>
    </message>
    <message>
        <source>A yes/no value is not allowed here.</source>
        <translation>Ett ja/nej-värde är inte tillåtet här.</translation>
    </message>
    <message>
        <source>An EU business customer needs a VAT number on its invoices.</source>
        <translation>En EU-företagskund måste ha momsnummer på sina fakturor.</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits, for example FI21 1234 5600 0007 85.</source>
        <translation>Ett IBAN-nummer består bara av bokstäver och siffror, till exempel FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>An RF reference has 5 to 25 characters: “{reference}”.</source>
        <translation>En RF-referens har 5–25 tecken: ”{reference}”.</translation>
    </message>
    <message>
        <source>An RF reference starts with RF and two check digits, followed by letters and digits: “{reference}”.</source>
        <translation>En RF-referens börjar med RF och två kontrollsiffror följda av bokstäver och siffror: ”{reference}”.</translation>
    </message>
    <message>
        <source>An interest rate cannot be negative ({rate}).</source>
        <translation>En räntesats kan inte vara negativ ({rate}).</translation>
    </message>
    <message>
        <source>An invoice needs at least one row.</source>
        <translation>En faktura måste ha minst en rad.</translation>
    </message>
    <message>
        <source>Construction reverse charge needs the buyer&apos;s Y-tunnus.</source>
        <translation>Omvänd skattskyldighet för byggtjänster kräver köparens FO-nummer.</translation>
    </message>
    <message>
        <source>Describe what is invoiced on row {row}.</source>
        <translation>Beskriv vad som faktureras på rad {row}.</translation>
    </message>
    <message>
        <source>E-invoicing needs the full billing address.</source>
        <translation>E-fakturering kräver en fullständig faktureringsadress.</translation>
    </message>
    <message>
        <source>EU business treatment needs a customer in another EU country.</source>
        <translation>Momsbehandling som EU-företagskund kräver att kunden finns i ett annat EU-land.</translation>
    </message>
    <message>
        <source>Enter a country.</source>
        <translation>Ange ett land.</translation>
    </message>
    <message>
        <source>Enter a customer number.</source>
        <translation>Ange ett kundnummer.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Ange ett telefonnummer.</translation>
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation>Ange en webbadress.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Ange en e-postadress.</translation>
    </message>
    <message>
        <source>Enter the BIC code.</source>
        <translation>Ange BIC-koden.</translation>
    </message>
    <message>
        <source>Enter the VAT number.</source>
        <translation>Ange momsnumret.</translation>
    </message>
    <message>
        <source>Enter the Y-tunnus.</source>
        <translation>Ange FO-numret.</translation>
    </message>
    <message>
        <source>Enter the account number (IBAN).</source>
        <translation>Ange kontonumret (IBAN).</translation>
    </message>
    <message>
        <source>Enter the e-invoice address.</source>
        <translation>Ange e-fakturaadressen.</translation>
    </message>
    <message>
        <source>Enter the operator code.</source>
        <translation>Ange operatörskoden.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Ange postnumret.</translation>
    </message>
    <message>
        <source>Expected yes or no, got “{value}”.</source>
        <translation>Väntade ja eller nej, fick ”{value}”.</translation>
    </message>
    <message>
        <source>Give a percentage between 0 and {max}.</source>
        <translation>Ange en procentsats mellan 0 och {max}.</translation>
    </message>
    <message>
        <source>Give a value from {low} to {high}.</source>
        <translation>Ange ett värde från {low} till {high}.</translation>
    </message>
    <message>
        <source>Give at most {limit} other accounts; the invoice has no room for more.</source>
        <translation>Ange högst {limit} övriga konton; fakturan har inte plats för fler.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <source>0000000-0 is not a real Y-tunnus; give the business&apos;s own.</source>
        <translation>0000000-0 är inte ett riktigt FO-nummer; ange företagets eget.</translation>
    </message>
    <message>
        <source>A VAT-registered seller charges VAT by the invoice&apos;s treatment; choose one (an exempt sale is marked on its row).</source>
        <translation>En momsregistrerad säljare tar ut moms enligt fakturans momsbehandling; välj en (momsfri försäljning markeras på raden).</translation>
    </message>
    <message>
        <source>A batch of the file has no totals record; the file may have been cut short.</source>
        <translation>En batch i filen saknar summapost; filen kan ha kapats.</translation>
    </message>
    <message>
        <source>A contact person&apos;s detail without the person&apos;s name is left out.</source>
        <translation>En kontaktpersons uppgift utan personens namn utelämnas.</translation>
    </message>
    <message>
        <source>A customer cannot be without VAT: VAT registration is the own company&apos;s setting, and an exempt sale is marked on its product or row.</source>
        <translation>En kund kan inte vara utan moms: momsregistreringen är det egna företagets inställning, och momsfri försäljning markeras på produkten eller raden.</translation>
    </message>
    <message>
        <source>A date or time cannot be used here; the value is left out.</source>
        <translation>Ett datum eller en tid kan inte användas här; värdet utelämnas.</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 %.</source>
        <translation>Rabatten är 0–100 %.</translation>
    </message>
    <message>
        <source>A draft cannot be sent; finalise it first.</source>
        <translation>Ett utkast kan inte skickas; slutför det först.</translation>
    </message>
    <message>
        <source>A field name can have at most {max} characters.</source>
        <translation>Ett fältnamn kan ha högst {max} tecken.</translation>
    </message>
    <message>
        <source>A field name cannot have line breaks, tabs or other control characters.</source>
        <translation>Ett fältnamn kan inte innehålla radbrytningar, tabbar eller andra styrtecken.</translation>
    </message>
    <message>
        <source>A half-year starts on 1 January or 1 July, not on {day}.</source>
        <translation>Ett halvår börjar 1 januari eller 1 juli, inte {day}.</translation>
    </message>
    <message>
        <source>A password is never sent without encryption: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Ett lösenord skickas aldrig okrypterat: välj STARTTLS eller TLS, eller lämna användarnamnet tomt.</translation>
    </message>
    <message>
        <source>A payment can be at most {max}.</source>
        <translation>En betalning kan vara högst {max}.</translation>
    </message>
    <message>
        <source>A payment of entry {entry} has no amount.</source>
        <translation>En betalning i post {entry} saknar belopp.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>En port är ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>A refund is a positive amount of at most the credit, {credit} €.</source>
        <translation>En återbetalning är ett positivt belopp på högst tillgodohavandet, {credit} €.</translation>
    </message>
    <message>
        <source>A refund is an amount above 0 and at most {owed} €, in whole cents.</source>
        <translation>En återbetalning är ett belopp över 0 och högst {owed} €, i hela cent.</translation>
    </message>
    <message>
        <source>A register file has no users or roles; share the register on a PostgreSQL server to give team members their own access.</source>
        <translation>En registerfil har inga användare eller roller; dela registret på en PostgreSQL-server för att ge teammedlemmarna egen åtkomst.</translation>
    </message>
    <message>
        <source>A register is copied only into an empty one; the target holds some already (customers: {customers}, invoices: {invoices}). Nothing was changed.</source>
        <translation>Ett register kopieras bara till ett tomt; målet innehåller redan uppgifter (kunder: {customers}, fakturor: {invoices}). Inget ändrades.</translation>
    </message>
    <message>
        <source>A row without VAT needs its reason: choose the exemption (e.g. healthcare, AVL 34 §) or a VAT rate.</source>
        <translation>En rad utan moms behöver sin grund: välj momsfriheten (t.ex. hälso- och sjukvård, MomsL 34 §) eller en momssats.</translation>
    </message>
    <message>
        <source>A yes/no value cannot be used here; the value is left out.</source>
        <translation>Ett ja/nej-värde kan inte användas här; värdet utelämnas.</translation>
    </message>
    <message>
        <source>Already in the register as {number} {name}.</source>
        <translation>Finns redan i registret som {number} {name}.</translation>
    </message>
    <message>
        <source>An invoice cannot have a negative total; make a credit note instead.</source>
        <translation>En faktura kan inte ha en negativ totalsumma; gör en kreditnota i stället.</translation>
    </message>
    <message>
        <source>Another program is using the register. Try again in a moment.</source>
        <translation>Ett annat program använder registret. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Bank file import {batch} has been undone already.</source>
        <translation>Importen av bankfil {batch} har redan ångrats.</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}.</source>
        <translation>Databasfilen {path} kan inte skapas: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>Mappen {path} kan inte skapas: {reason}.</translation>
    </message>
    <message>
        <source>Changed to “{value}”.</source>
        <translation>Ändrat till ”{value}”.</translation>
    </message>
    <message>
        <source>Choose a file for the documents to print.</source>
        <translation>Välj en fil för dokumenten som ska skrivas ut.</translation>
    </message>
    <message>
        <source>Choose the folder for e-invoice files in Settings › E-mail and sending.</source>
        <translation>Välj mappen för e-fakturafiler under Inställningar › E-post och utskick.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Ditt val.</translation>
    </message>
    <message>
        <source>City “{city}” filled in from the postal code.</source>
        <translation>Postanstalten ”{city}” fylldes i enligt postnumret.</translation>
    </message>
    <message>
        <source>Company: nothing in the row shows a private person.</source>
        <translation>Företag: inget på raden tyder på en privatperson.</translation>
    </message>
    <message>
        <source>Company: the name has the company form “{word}”.</source>
        <translation>Företag: namnet har bolagsformen ”{word}”.</translation>
    </message>
    <message>
        <source>Company: the name has the trade word “{word}”.</source>
        <translation>Företag: namnet har branschordet ”{word}”.</translation>
    </message>
    <message>
        <source>Company: the row has a VAT number.</source>
        <translation>Företag: raden har ett momsnummer.</translation>
    </message>
    <message>
        <source>Company: the row has a Y-tunnus.</source>
        <translation>Företag: raden har ett FO-nummer.</translation>
    </message>
    <message>
        <source>Credit an amount above 0 and at most {left} €, in whole cents.</source>
        <translation>Kreditera ett belopp över 0 och högst {left} €, i hela cent.</translation>
    </message>
    <message>
        <source>Customer number {number} is in use; {new} is given.</source>
        <translation>Kundnumret {number} används redan; {new} ges i stället.</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same Y-tunnus).</source>
        <translation>Dubblett av rad {row} (samma FO-nummer).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same customer number).</source>
        <translation>Dubblett av rad {row} (samma kundnummer).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same e-mail address).</source>
        <translation>Dubblett av rad {row} (samma e-postadress).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same name).</source>
        <translation>Dubblett av rad {row} (samma namn).</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same phone number).</source>
        <translation>Dubblett av rad {row} (samma telefonnummer).</translation>
    </message>
    <message>
        <source>E-mail is not set up: fill in the mail server and the sender in Settings › E-mail and sending.</source>
        <translation>E-post är inte inställd: fyll i postservern och avsändaren under Inställningar › E-post och utskick.</translation>
    </message>
    <message>
        <source>Edited after the import; left as it is.</source>
        <translation>Redigerad efter importen; lämnas som den är.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no amount.</source>
        <translation>Post {entry} i filen saknar belopp.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no booking date.</source>
        <translation>Post {entry} i filen saknar bokföringsdag.</translation>
    </message>
    <message>
        <source>Entry {entry} of the file says it holds {count} payments but lists {listed}; the file may be damaged.</source>
        <translation>Post {entry} i filen säger att den innehåller {count} betalningar men listar {listed}; filen kan vara skadad.</translation>
    </message>
    <message>
        <source>Fill in the own company details first (missing: {missing}).</source>
        <translation>Fyll först i det egna företagets uppgifter (saknas: {missing}).</translation>
    </message>
    <message>
        <source>Give a date from {earliest} to {latest}, not {day}.</source>
        <translation>Ange ett datum mellan {earliest} och {latest}, inte {day}.</translation>
    </message>
    <message>
        <source>Give a quantity of 0 or more.</source>
        <translation>Ange ett antal på 0 eller mer.</translation>
    </message>
    <message>
        <source>Give an amount from 0 to {max}.</source>
        <translation>Ange ett belopp mellan 0 och {max}.</translation>
    </message>
    <message>
        <source>Give the amount in whole cents.</source>
        <translation>Ange beloppet i hela cent.</translation>
    </message>
    <message>
        <source>Give the attachment a name.</source>
        <translation>Ge bilagan ett namn.</translation>
    </message>
    <message>
        <source>Give the company&apos;s name; it is the seller on every invoice.</source>
        <translation>Ange företagets namn; det står som säljare på varje faktura.</translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation>Ange kontaktpersonens namn.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>Give the discount with at most two decimals.</source>
        <translation>Ange rabatten med högst två decimaler.</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Ge fältet ett namn.</translation>
    </message>
    <message>
        <source>Give the fixed penalty interest rate.</source>
        <translation>Ange den fasta dröjsmålsräntan.</translation>
    </message>
    <message>
        <source>Give the mail server first.</source>
        <translation>Ange först postservern.</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>Ge verksamhetsstället ett namn.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Ange operatörens namn.</translation>
    </message>
    <message>
        <source>Give the payment term as 0 to 365 days.</source>
        <translation>Ange betalningstiden som 0–365 dagar.</translation>
    </message>
    <message>
        <source>Give the quantity with at most three decimals.</source>
        <translation>Ange mängden med högst tre decimaler.</translation>
    </message>
    <message>
        <source>Give the reference rate as 0 to 20 % with at most two decimals, not {rate}.</source>
        <translation>Ange referensräntan som 0–20 % med högst två decimaler, inte {rate}.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address.</source>
        <translation>Ange avsändarens e-postadress.</translation>
    </message>
    <message>
        <source>Give the unit price in whole cents.</source>
        <translation>Ange styckpriset i hela cent.</translation>
    </message>
    <message>
        <source>Give yes or no.</source>
        <translation>Ange ja eller nej.</translation>
    </message>
    <message>
        <source>Has records that must be kept ({what}).</source>
        <translation>Har uppgifter som måste sparas ({what}).</translation>
    </message>
    <message>
        <source>Import {batch} has been undone already.</source>
        <translation>Importen {batch} har redan ångrats.</translation>
    </message>
    <message>
        <source>Interest is charged on an amount due, not on {amount}.</source>
        <translation>Ränta debiteras på ett förfallet belopp, inte på {amount}.</translation>
    </message>
    <message>
        <source>Invoice number {number} is already in use; raise the next invoice number in the company settings.</source>
        <translation>Fakturanummer {number} används redan; höj nästa fakturanummer i företagets inställningar.</translation>
    </message>
    <message>
        <source>Invoice numbers up to {highest} are in use; the next number must be bigger.</source>
        <translation>Fakturanummer till och med {highest} används redan; nästa nummer måste vara större.</translation>
    </message>
    <message>
        <source>Invoice {number} has nothing open; choose an open invoice.</source>
        <translation>Faktura {number} har inget öppet; välj en öppen faktura.</translation>
    </message>
    <message>
        <source>Invoice {number} is finalised and cannot be changed; make a credit note instead.</source>
        <translation>Faktura {number} är slutförd och kan inte ändras; gör en kreditnota i stället.</translation>
    </message>
    <message>
        <source>Invoice {number} is not overdue; nothing to remind of.</source>
        <translation>Faktura {number} har inte förfallit; ingen betalningspåminnelse behövs.</translation>
    </message>
    <message>
        <source>Invoice {number} was last reminded of on {day}; a new reminder cannot be dated before it.</source>
        <translation>Faktura {number} påmindes senast {day}; en ny påminnelse kan inte dateras före den.</translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this contact.</source>
        <translation>Dess kund (rad {row} på bladet ”{sheet}”) importeras inte: {reason} Därför importeras inte heller den här kontaktpersonen.</translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this office.</source>
        <translation>Dess kund (rad {row} på bladet ”{sheet}”) importeras inte: {reason} Därför importeras inte heller det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this contact.</source>
        <translation>Dess kund importeras inte: {reason} Därför importeras inte heller den här kontaktpersonen.</translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this office.</source>
        <translation>Dess kund importeras inte: {reason} Därför importeras inte heller det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation>Radbrytningar är inte tillåtna här.</translation>
    </message>
    <message>
        <source>Line {line} comes before the batch header it belongs to.</source>
        <translation>Rad {line} kommer före batchens huvudpost.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid amount “{value}”.</source>
        <translation>Rad {line} har ett ogiltigt belopp ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid correction flag “{value}”.</source>
        <translation>Rad {line} har en ogiltig korrigeringskod ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has an invalid date “{value}”.</source>
        <translation>Rad {line} har ett ogiltigt datum ”{value}”.</translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; a record of the reference payment file has 90.</source>
        <translation>Rad {line} har {length} tecken; en post i filen med referensbetalningar har 90.</translation>
    </message>
    <message>
        <source>Line {line} of the file {name} cannot be read as CSV ({reason}).</source>
        <translation>Rad {line} i filen {name} kan inte läsas som CSV ({reason}).</translation>
    </message>
    <message>
        <source>Line {line} of the file {name} is longer than {limit} characters; a CSV file of customers has no such lines.</source>
        <translation>Rad {line} i filen {name} är längre än {limit} tecken; en CSV-fil med kunder har inga sådana rader.</translation>
    </message>
    <message>
        <source>Line {line} starts with “{kind}”, which is no record of the reference payment file.</source>
        <translation>Rad {line} börjar med ”{kind}”, som inte är en post i filen med referensbetalningar.</translation>
    </message>
    <message>
        <source>Merged into row {row}.</source>
        <translation>Sammanslagen med rad {row}.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was changed: {reason}</source>
        <translation>Ingen säkerhetskopia kunde göras, så ingenting ändrades: {reason}</translation>
    </message>
    <message>
        <source>No column is mapped to the customer&apos;s name.</source>
        <translation>Ingen kolumn har valts för kundens namn.</translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port} ({reason}).</source>
        <translation>Ingen anslutning till postservern {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>No customer has the billing customer number {number}; it is left out.</source>
        <translation>Ingen kund har faktureringskundnumret {number}; det utelämnas.</translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the contact is not imported.</source>
        <translation>Ingen kund har kundnumret {number}, varken i den här filen eller i registret; kontaktpersonen importeras inte.</translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the office is not imported.</source>
        <translation>Ingen kund har kundnumret {number}, varken i den här filen eller i registret; verksamhetsstället importeras inte.</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Ingen kund har nummer {number}.</translation>
    </message>
    <message>
        <source>No customer number: the contact cannot be joined to a customer and is not imported.</source>
        <translation>Kundnummer saknas: kontaktpersonen kan inte kopplas till en kund och importeras inte.</translation>
    </message>
    <message>
        <source>No customer number: the office cannot be joined to a customer and is not imported.</source>
        <translation>Kundnummer saknas: verksamhetsstället kan inte kopplas till en kund och importeras inte.</translation>
    </message>
    <message>
        <source>No customer number; {number} is given.</source>
        <translation>Kundnummer saknas; {number} ges.</translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}”: the first {count} rows should include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.</source>
        <translation>Ingen rubrikrad hittades i bladet ”{sheet}”: bland de första {count} raderna ska det finnas en rad som namnger kolumnerna, till exempel Nimi, Y-tunnus, Sähköposti.</translation>
    </message>
    <message>
        <source>No imported payment has the archive id {archive_id}.</source>
        <translation>Ingen importerad betalning har arkiveringskoden {archive_id}.</translation>
    </message>
    <message>
        <source>No invoice has the number {number}.</source>
        <translation>Det finns ingen faktura med nummer {number}.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet kan inte sparas; det frågas varje gång e-post skickas.</translation>
    </message>
    <message>
        <source>No other customer has the billing customer number {number}; it is left out.</source>
        <translation>Ingen annan kund har faktureringskundnumret {number}; det utelämnas.</translation>
    </message>
    <message>
        <source>No other customer has the number {number}.</source>
        <translation>Ingen annan kund har nummer {number}.</translation>
    </message>
    <message>
        <source>No permission to read and write {path}.</source>
        <translation>Ingen behörighet att läsa och skriva {path}.</translation>
    </message>
    <message>
        <source>No postal code was found in the address; it is kept as the street.</source>
        <translation>Inget postnummer hittades i adressen; den sparas som gatuadress.</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>Det finns ingen produkt med koden {value}.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server {host}:{port} ({reason}); check the port and the security setting.</source>
        <translation>Ingen säker anslutning till postservern {host}:{port} ({reason}); kontrollera porten och krypteringsinställningen.</translation>
    </message>
    <message>
        <source>Not a customer type (company or private person); company is used.</source>
        <translation>Ingen giltig kundtyp (företag eller privatperson); företag används.</translation>
    </message>
    <message>
        <source>Nothing is left to credit on the invoice.</source>
        <translation>Det finns inget kvar att kreditera på fakturan.</translation>
    </message>
    <message>
        <source>Nothing is owed back to the customer on invoice {number}.</source>
        <translation>Inget ska återbetalas till kunden för faktura {number}.</translation>
    </message>
    <message>
        <source>Only a sent invoice that is not yet credited in full can be credited.</source>
        <translation>Endast en skickad faktura som ännu inte är helt krediterad kan krediteras.</translation>
    </message>
    <message>
        <source>Only invoices and credit notes can be sent as e-invoices.</source>
        <translation>Endast fakturor och kreditnotor kan skickas som e-fakturor.</translation>
    </message>
    <message>
        <source>Payments can be recorded only on sent invoices; this one is {status}.</source>
        <translation>Betalningar kan bara registreras på skickade fakturor; den här har status {status}.</translation>
    </message>
    <message>
        <source>Private person: the first and last names are in columns of their own.</source>
        <translation>Privatperson: förnamn och efternamn står i egna kolumner.</translation>
    </message>
    <message>
        <source>Private person: {domain} is a consumer e-mail service.</source>
        <translation>Privatperson: {domain} är en e-posttjänst för privatpersoner.</translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name and {domain} is a consumer e-mail service.</source>
        <translation>Privatperson: ”{word}” är ett förnamn och {domain} är en e-posttjänst för privatpersoner.</translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name.</source>
        <translation>Privatperson: ”{word}” är ett förnamn.</translation>
    </message>
    <message>
        <source>Reference rates are known from {first} on, not for {day}; enter the penalty interest rate by hand.</source>
        <translation>Referensräntorna är kända från och med {first}, inte för {day}; ange dröjsmålsräntan manuellt.</translation>
    </message>
    <message>
        <source>Reference {reference} is already on invoice {number}; give the customer a fixed reference of their own so that payments are not mixed up.</source>
        <translation>Referensnummer {reference} finns redan på faktura {number}; ge kunden ett eget fast referensnummer så att betalningarna inte blandas ihop.</translation>
    </message>
    <message>
        <source>Reference {reference} is of the kind the program gives invoices and statements, so a payment with it could go to the wrong place. Choose a fixed reference whose digits start with 4 to 9.</source>
        <translation>Referensnummer {reference} är av det slag som programmet ger fakturor och kontoutdrag, så en betalning med det kunde hamna fel. Välj ett fast referensnummer vars siffror börjar med 4–9.</translation>
    </message>
    <message>
        <source>Reference {reference} is the fixed reference of {name}; give that customer another fixed reference so that payments are not mixed up.</source>
        <translation>Referensnummer {reference} är det fasta referensnumret för {name}; ge den kunden ett annat fast referensnummer så att betalningarna inte blandas ihop.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Avvisad.</translation>
    </message>
    <message>
        <source>Row {row} has been credited already.</source>
        <translation>Rad {row} har redan krediterats.</translation>
    </message>
    <message>
        <source>Row {row} is not a row of the invoice, or it is named twice.</source>
        <translation>Rad {row} finns inte på fakturan, eller så har den angetts två gånger.</translation>
    </message>
    <message>
        <source>Row {row}: credit a quantity above 0 and at most {left}, with at most three decimals.</source>
        <translation>Rad {row}: kreditera ett antal över 0 och högst {left}, med högst tre decimaler.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has a header row but no customers below it.</source>
        <translation>Bladet ”{sheet}” har en rubrikrad men inga kunder under den.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches column {count}; a sheet may have at most {limit} columns.</source>
        <translation>Bladet ”{sheet}” når kolumn {count}; ett blad får ha högst {limit} kolumner.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches row {count}; a sheet may have at most {limit} rows.</source>
        <translation>Bladet ”{sheet}” når rad {count}; ett blad får ha högst {limit} rader.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” spans {rows} rows and {columns} columns, {count} cells; at most {limit} cells can be imported at once. Delete far-away cells, or split the sheet.</source>
        <translation>Bladet ”{sheet}” omfattar {rows} rader och {columns} kolumner, {count} celler; högst {limit} celler kan importeras åt gången. Ta bort celler långt borta eller dela upp bladet.</translation>
    </message>
    <message>
        <source>Split into street “{street}”, postal code “{postal_code}” and city “{city}”.</source>
        <translation>Uppdelad i gatuadress ”{street}”, postnummer ”{postal_code}” och postanstalt ”{city}”.</translation>
    </message>
    <message>
        <source>That payment is not on the list of unmatched payments (any more).</source>
        <translation>Betalningen finns inte (längre) i listan över oavstämda betalningar.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match. Check the account number for typing errors.</source>
        <translation>IBAN-numrets kontrollsiffror stämmer inte. Kontrollera kontonumret med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The IBAN has the wrong number of characters. A Finnish IBAN has 18, for example FI21 1234 5600 0007 85.</source>
        <translation>IBAN-numret har fel antal tecken. Ett finländskt IBAN-nummer har 18, till exempel FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The OVT suffix can have at most five letters or digits.</source>
        <translation>OVT-kodens tillägg kan ha högst fem bokstäver eller siffror.</translation>
    </message>
    <message>
        <source>The QR payment data takes {size} bytes; at most 331 fit. Shorten the name or the message.</source>
        <translation>QR-betalningens data tar {size} byte; högst 331 ryms. Förkorta namnet eller meddelandet.</translation>
    </message>
    <message>
        <source>The VAT number can have only letters and digits after the country code.</source>
        <translation>Momsnumret får bara ha bokstäver och siffror efter landskoden.</translation>
    </message>
    <message>
        <source>The VAT number check digit does not match. Check the number for typing errors.</source>
        <translation>Momsnumrets kontrollsiffra stämmer inte. Kontrollera numret med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The VAT number has the wrong number of characters for {prefix}.</source>
        <translation>Momsnumret har fel antal tecken för {prefix}.</translation>
    </message>
    <message>
        <source>The VAT number is not in the format used in {prefix}.</source>
        <translation>Momsnumret har inte det format som används i {prefix}.</translation>
    </message>
    <message>
        <source>The XML file is damaged near line {line}; it may have been cut short.</source>
        <translation>XML-filen är skadad nära rad {line}; den kan ha kapats.</translation>
    </message>
    <message>
        <source>The XML file is not a bank&apos;s camt.053 statement or camt.054 notification.</source>
        <translation>XML-filen är inte bankens camt.053-kontoutdrag eller camt.054-avisering.</translation>
    </message>
    <message>
        <source>The Y-tunnus check digit does not match. Check the number for typing errors.</source>
        <translation>FO-numrets kontrollsiffra stämmer inte. Kontrollera numret med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The amount {amount} has fractions of a cent; round it before printing.</source>
        <translation>Beloppet {amount} innehåller delar av en cent; avrunda det före utskrift.</translation>
    </message>
    <message>
        <source>The amount “{value}” of entry {entry} is not an amount in cents.</source>
        <translation>Beloppet ”{value}” i post {entry} är inte ett belopp i cent.</translation>
    </message>
    <message>
        <source>The bank barcode can carry amounts from 0 to 999 999,99 €, not {amount}.</source>
        <translation>Bankstreckkoden kan innehålla belopp från 0 till 999 999,99 €, inte {amount}.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry a Finnish (FI) account; {iban} is not one.</source>
        <translation>Bankstreckkoden kan bara innehålla ett finländskt (FI) konto; {iban} är inte ett sådant.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry an RF reference made of digits, not {reference}.</source>
        <translation>Bankstreckkoden kan bara innehålla en RF-referens av enbart siffror, inte {reference}.</translation>
    </message>
    <message>
        <source>The bank barcode can only carry due dates in 2000–2099, not {due_date}.</source>
        <translation>Bankstreckkoden kan bara innehålla förfallodagar under åren 2000–2099, inte {due_date}.</translation>
    </message>
    <message>
        <source>The cells of sheet “{sheet}” repeat shared texts to more than {limit} MB; at most {limit} MB of text can be imported. Split the sheet.</source>
        <translation>Cellerna i bladet ”{sheet}” upprepar delade texter till mer än {limit} MB; högst {limit} MB text kan importeras. Dela upp bladet.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}); nothing was sent.</source>
        <translation>Postserverns {host} certifikat kunde inte verifieras ({reason}); inget skickades.</translation>
    </message>
    <message>
        <source>The check digit does not match; check the number for typing errors.</source>
        <translation>Kontrollsiffran stämmer inte; kontrollera numret med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The check digit of reference number {reference} does not match; check it for typing errors.</source>
        <translation>Kontrollsiffran i referensnumret {reference} stämmer inte; kontrollera det med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The check digits of IBAN {iban} do not match; check it for typing errors.</source>
        <translation>Kontrollsiffrorna i IBAN-numret {iban} stämmer inte; kontrollera det med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The check digits of RF reference {reference} do not match; check it for typing errors.</source>
        <translation>Kontrollsiffrorna i RF-referensen {reference} stämmer inte; kontrollera den med tanke på skrivfel.</translation>
    </message>
    <message>
        <source>The contact is not the customer&apos;s.</source>
        <translation>Kontaktpersonen hör inte till den här kunden.</translation>
    </message>
    <message>
        <source>The copy differs from the original ({what}); use the original.</source>
        <translation>Kopian skiljer sig från originalet ({what}); använd originalet.</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>Kreditgränsen kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The customer has no credit.</source>
        <translation>Kunden har inget tillgodohavande.</translation>
    </message>
    <message>
        <source>The customer has no open invoices to use the credit on.</source>
        <translation>Kunden har inga öppna fakturor att använda tillgodohavandet på.</translation>
    </message>
    <message>
        <source>The customer number {number} is already in use.</source>
        <translation>Kundnumret {number} används redan.</translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation>Kunden har tagits bort.</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>Kunden hittades inte.</translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this contact.</source>
        <translation>Kunden {number} på rad {row} på bladet ”{sheet}” importeras inte, och därför inte heller den här kontaktpersonen.</translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this office.</source>
        <translation>Kunden {number} på rad {row} på bladet ”{sheet}” importeras inte, och därför inte heller det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>The customer&apos;s country is inside the EU.</source>
        <translation>Kundens land ligger inom EU.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: {reason}</source>
        <translation>Databasen {path} är skadad: {reason}</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Disken är full, så ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The document could not be sent.</source>
        <translation>Dokumentet kunde inte skickas.</translation>
    </message>
    <message>
        <source>The due date must be 0 to 365 days after the invoice date.</source>
        <translation>Förfallodagen måste vara 0–365 dagar efter fakturadatumet.</translation>
    </message>
    <message>
        <source>The e-invoice address “{value}” has a check digit that does not match. Check it for typing errors.</source>
        <translation>Kontrollsiffran i e-fakturaadressen ”{value}” stämmer inte. Kontrollera att den är rätt skriven.</translation>
    </message>
    <message>
        <source>The e-invoice does not match the Finvoice 3.0 schema: {error}</source>
        <translation>E-fakturan följer inte Finvoice 3.0-schemat: {error}</translation>
    </message>
    <message>
        <source>The e-invoice folder {folder} does not exist; choose it again in Settings › E-mail and sending.</source>
        <translation>E-fakturamappen {folder} finns inte; välj den på nytt under Inställningar › E-post och utskick.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan inte importeras.</translation>
    </message>
    <message>
        <source>The file has an invalid date “{value}”.</source>
        <translation>Filen har ett ogiltigt datum ”{value}”.</translation>
    </message>
    <message>
        <source>The file has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>Filen har inget blad som heter ”{sheet}”. Dess blad är: {sheets}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is neither a camt.054 or camt.053 XML file nor a reference payment file (viitesiirto).</source>
        <translation>Filen är varken en camt.054- eller camt.053-XML-fil eller en fil med referensbetalningar (viitesiirto).</translation>
    </message>
    <message>
        <source>The file is not a bank payment file the program can read.</source>
        <translation>Filen är inte en betalningsfil från banken som programmet kan läsa.</translation>
    </message>
    <message>
        <source>The file is not a reference payment file: it does not start with a batch header record.</source>
        <translation>Filen är inte en fil med referensbetalningar: den börjar inte med en huvudpost.</translation>
    </message>
    <message>
        <source>The file is {size} MB, too large for a bank payment file.</source>
        <translation>Filen är {size} MB, för stor för en betalningsfil från banken.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Filen {name} kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells; at most {limit} cells can be imported at once. Split the register into smaller files.</source>
        <translation>Filen {name} har mer än {limit} celler; högst {limit} celler kan importeras åt gången. Dela upp registret i mindre filer.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows; a sheet may have at most {limit} rows.</source>
        <translation>Filen {name} har mer än {limit} rader; ett blad får ha högst {limit} rader.</translation>
    </message>
    <message>
        <source>The file {name} has no sheets.</source>
        <translation>Filen {name} har inga blad.</translation>
    </message>
    <message>
        <source>The file {name} holds {count} parts; a spreadsheet may hold at most {limit}.</source>
        <translation>Filen {name} innehåller {count} delar; ett kalkylark får innehålla högst {limit}.</translation>
    </message>
    <message>
        <source>The file {name} is damaged: a part of it does not unpack to what it says. Save it again from the program that made it.</source>
        <translation>Filen {name} är skadad: en del av den packas inte upp till det den uppger. Spara den på nytt i programmet som skapade den.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet or a CSV text file.</source>
        <translation>Filen {name} är varken ett kalkylark eller en CSV-textfil.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet that can be read ({reason}).</source>
        <translation>Filen {name} är inte ett kalkylark som kan läsas ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is packed {ratio} times smaller than its contents; a spreadsheet packs at most {limit} times. It is damaged or made to harm, and is not read.</source>
        <translation>Filen {name} är packad {ratio} gånger mindre än sitt innehåll; ett kalkylark packas högst {limit} gånger. Filen är skadad eller gjord för att skada och läses inte.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</source>
        <translation>Filen {name} är lösenordsskyddad. Öppna den i Excel, ta bort lösenordet (Arkiv › Info › Skydda arbetsbok) och spara den igen.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password; remove the password and try again.</source>
        <translation>Filen {name} är lösenordsskyddad; ta bort lösenordet och försök igen.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation>Filen {name} är {size} MB; högst {limit} MB kan importeras. Dela upp registret i mindre filer.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation>Filen {name} packas upp till {size} MB; högst {limit} MB kan importeras. Dela upp registret i mindre filer.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Filen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>Filen {path} kunde inte skrivas ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Filen {path} är tom.</translation>
    </message>
    <message>
        <source>The file&apos;s summary counts {stated} entries, but the file holds {found}; it may be damaged.</source>
        <translation>Filens sammandrag räknar {stated} poster men filen innehåller {found}; den kan vara skadad.</translation>
    </message>
    <message>
        <source>The file&apos;s summary gives its entries a sum of {stated} €, but they add up to {found} €; it may be damaged.</source>
        <translation>Filens sammandrag anger postsumman {stated} € men posterna är sammanlagt {found} €; filen kan vara skadad.</translation>
    </message>
    <message>
        <source>The fixed compensation of 40 € can be claimed only from a business.</source>
        <translation>Standardersättningen på 40 € kan krävas endast av ett företag.</translation>
    </message>
    <message>
        <source>The invoice was not found.</source>
        <translation>Fakturan hittades inte.</translation>
    </message>
    <message>
        <source>The keyring did not keep the password ({reason}); it is asked each time mail is sent.</source>
        <translation>Nyckelringen sparade inte lösenordet ({reason}); det frågas varje gång e-post skickas.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <source>The mail server password is needed; it is not in the keyring.</source>
        <translation>Postserverns lösenord behövs; det finns inte i nyckelringen.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}.</source>
        <translation>Postservern avvisade adressen {address}.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}; the others got the message.</source>
        <translation>Postservern avvisade adressen {address}; de övriga fick meddelandet.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address} ({reason}).</source>
        <translation>Postservern avvisade avsändaradressen {address} ({reason}).</translation>
    </message>
    <message>
        <source>The mail server {host} did not accept the user name or password.</source>
        <translation>Postservern {host} godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS; choose TLS (port 465) in the settings, or ask the provider for the right setting.</source>
        <translation>Postservern {host} erbjuder inte STARTTLS; välj TLS (port 465) i inställningarna eller fråga leverantören om rätt inställning.</translation>
    </message>
    <message>
        <source>The mail server {host} does not take a login this way ({reason}); check the security setting, or leave the user name empty.</source>
        <translation>Postservern {host} tar inte emot inloggning så här ({reason}); kontrollera krypteringsinställningen eller lämna användarnamnet tomt.</translation>
    </message>
    <message>
        <source>The mail server {host} refused: {reason}.</source>
        <translation>Postservern {host} vägrade: {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} was not found; check its name and the network connection.</source>
        <translation>Postservern {host} hittades inte; kontrollera namnet och nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} closed the connection; check the port and the security setting.</source>
        <translation>Postservern {host}:{port} stängde anslutningen; kontrollera porten och krypteringsinställningen.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} did not answer within {seconds} seconds.</source>
        <translation>Postservern {host}:{port} svarade inte inom {seconds} sekunder.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} refused the connection; check the server name and port.</source>
        <translation>Postservern {host}:{port} vägrade anslutningen; kontrollera servernamnet och porten.</translation>
    </message>
    <message>
        <source>The message to the payee may have at most 140 characters, not {length}.</source>
        <translation>Meddelandet till betalningsmottagaren får ha högst 140 tecken, inte {length}.</translation>
    </message>
    <message>
        <source>The name holds {count} people; each is saved as a contact person.</source>
        <translation>Namnet innehåller {count} personer; var och en sparas som kontaktperson.</translation>
    </message>
    <message>
        <source>The number is not a finite value.</source>
        <translation>Talet är inte ett ändligt värde.</translation>
    </message>
    <message>
        <source>The office is not the customer&apos;s.</source>
        <translation>Verksamhetsstället hör inte till den här kunden.</translation>
    </message>
    <message>
        <source>The password cannot be kept in the keyring.</source>
        <translation>Lösenordet kan inte sparas i nyckelringen.</translation>
    </message>
    <message>
        <source>The payee name is needed for the QR code.</source>
        <translation>Betalningsmottagarens namn behövs för QR-koden.</translation>
    </message>
    <message>
        <source>The payment is in {currency}; record it on the invoice by hand in euros as the bank booked it, and set this one aside.</source>
        <translation>Betalningen är i {currency}; registrera den på fakturan för hand i euro så som banken bokförde den, och lägg den här åt sidan.</translation>
    </message>
    <message>
        <source>The payments of entry {entry} add up to {found} €, the entry to {amount} €; the file may be damaged.</source>
        <translation>Betalningarna i post {entry} är sammanlagt {found} €, posten {amount} €; filen kan vara skadad.</translation>
    </message>
    <message>
        <source>The product code {value} is already in use.</source>
        <translation>Produktkoden {value} används redan.</translation>
    </message>
    <message>
        <source>The record ending on line {line} of the file {name} has a cell of more than {limit} characters; a cell may hold at most {limit}.</source>
        <translation>Posten som slutar på rad {line} i filen {name} har en cell med mer än {limit} tecken; en cell får innehålla högst {limit} tecken.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation>Posten hittades inte; den kan ha raderats.</translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {start} is not in the table; add it in the invoicing settings (Suomen Pankki publishes it each January and July).</source>
        <translation>Referensräntan för halvåret som börjar {start} saknas i tabellen; lägg till den i faktureringsinställningarna (Finlands Bank publicerar den i januari och juli).</translation>
    </message>
    <message>
        <source>The register cannot be saved to: the file or its folder is read-only. Nothing was changed.</source>
        <translation>Registret kan inte sparas: filen eller dess mapp är skrivskyddad. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The register cannot be used right now.</source>
        <translation>Registret kan inte användas just nu.</translation>
    </message>
    <message>
        <source>The register file is damaged. Close the program and start it again to restore a backup.</source>
        <translation>Registerfilen är skadad. Stäng programmet och starta det igen, så kan du återställa en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached. Check the network and try again; nothing was changed.</source>
        <translation>Registrets server kan inte nås. Kontrollera nätverket och försök igen; inget ändrades.</translation>
    </message>
    <message>
        <source>The reminder was not found.</source>
        <translation>Betalningspåminnelsen hittades inte.</translation>
    </message>
    <message>
        <source>The rows chosen come to more than is left to credit on the invoice ({left} €); credit fewer rows or an amount.</source>
        <translation>De valda raderna uppgår till mer än vad som återstår att kreditera på fakturan ({left} €); kreditera färre rader eller ett belopp.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Bladet ”{sheet}” är tomt.</translation>
    </message>
    <message>
        <source>The table has no reference rate for the half-year starting {start}.</source>
        <translation>Tabellen har ingen referensränta för halvåret som börjar {start}.</translation>
    </message>
    <message>
        <source>The text contains invisible control characters; remove them.</source>
        <translation>Texten innehåller osynliga styrtecken; ta bort dem.</translation>
    </message>
    <message>
        <source>The text has an unknown field {name}. Fields you can use: {fields}.</source>
        <translation>Texten har ett okänt fält {name}. Fält du kan använda: {fields}.</translation>
    </message>
    <message>
        <source>The text has an unmatched brace; to show a brace itself, write it twice: {example}.</source>
        <translation>Texten har en ensam klammerparentes; skriv den två gånger för att visa den: {example}.</translation>
    </message>
    <message>
        <source>The text has bytes that are not valid UTF-8 text; check the encoding it was written in.</source>
        <translation>Texten innehåller byte som inte är giltig UTF-8-text; kontrollera vilken teckenkodning den skrevs i.</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {max} allowed).</source>
        <translation>Texten är för lång ({length} tecken; högst {max} tillåts).</translation>
    </message>
    <message>
        <source>The totals of the batch on line {line} do not match its payments: the file says {count} payments of {amount} €, its records hold {found} of {found_amount} €. The file may have been cut short or edited.</source>
        <translation>Summorna för batchen på rad {line} stämmer inte med dess betalningar: filen anger {count} betalningar på {amount} €, posterna innehåller {found} på {found_amount} €. Filen kan ha kapats eller redigerats.</translation>
    </message>
    <message>
        <source>The trade register answered in a format this program does not know; company details cannot be fetched now.</source>
        <translation>FODS svarade i ett format som programmet inte känner igen; företagsuppgifterna kan inte hämtas nu.</translation>
    </message>
    <message>
        <source>The trade register answered with an error (HTTP {status}). Try again later.</source>
        <translation>FODS svarade med ett fel (HTTP {status}). Försök igen senare.</translation>
    </message>
    <message>
        <source>The trade register cannot be reached. Check the network connection.</source>
        <translation>Det går inte att nå FODS. Kontrollera nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The trade register did not answer within {seconds} seconds. Try again later.</source>
        <translation>FODS svarade inte inom {seconds} sekunder. Försök igen senare.</translation>
    </message>
    <message>
        <source>The trade register has no company with the Y-tunnus {business_id}.</source>
        <translation>FODS har inget företag med FO-numret {business_id}.</translation>
    </message>
    <message>
        <source>The trade register has too many requests just now. Try again in a minute.</source>
        <translation>FODS har för många förfrågningar just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The trade register was not found at {url} (HTTP {status}). Check the address in the preferences.</source>
        <translation>FODS hittades inte på adressen {url} (HTTP {status}). Kontrollera adressen i inställningarna.</translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation>Styckpriset är för stort.</translation>
    </message>
    <message>
        <source>The update would break the card&apos;s rules: {rules}</source>
        <translation>Uppdateringen skulle bryta mot kundkortets regler: {rules}</translation>
    </message>
    <message>
        <source>The value has the wrong format.</source>
        <translation>Värdet har fel format.</translation>
    </message>
    <message>
        <source>The value has the wrong length.</source>
        <translation>Värdet har fel längd.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
    <message>
        <source>There is no bank file import number {batch}.</source>
        <translation>Det finns ingen import av bankfil nummer {batch}.</translation>
    </message>
    <message>
        <source>There is no import number {batch}.</source>
        <translation>Det finns ingen import med nummer {batch}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Det här fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>This is not a valid BIC. A BIC looks like NDEAFIHH: four letters for the bank, a country code and two more characters.</source>
        <translation>Det här är inte en giltig BIC-kod. En BIC-kod ser ut som NDEAFIHH: fyra bokstäver för banken, en landskod och två tecken till.</translation>
    </message>
    <message>
        <source>This is not an IBAN. An IBAN starts with a country code, for example FI21 1234 5600 0007 85.</source>
        <translation>Det här är inte ett IBAN-nummer. Ett IBAN-nummer börjar med en landskod, till exempel FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Okänt fält ”{key}”.</translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation>Använd högst två decimaler.</translation>
    </message>
    <message>
        <source>VAT numbers of {prefix} cannot be checked, so they are not accepted; write the number in the comment instead.</source>
        <translation>Momsnummer från {prefix} kan inte kontrolleras och godtas därför inte; skriv numret i kommentaren i stället.</translation>
    </message>
    <message>
        <source>VAT rates are known from {first} on, not for {day}.</source>
        <translation>Momssatserna är kända från och med {first}, inte för {day}.</translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use a rate of a known period.</source>
        <translation>Moms {rate} % gällde inte {day}; använd en skattesats från en känd period.</translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use one of {rates}.</source>
        <translation>Moms {rate} % gällde inte {day}; använd någon av {rates}.</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>Skriv något i anteckningen.</translation>
    </message>
    <message>
        <source>Write the field as {example}, without formatting.</source>
        <translation>Skriv fältet som {example}, utan formatering.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>Skriv meddelandets text.</translation>
    </message>
    <message>
        <source>Write the subject.</source>
        <translation>Skriv ämnet.</translation>
    </message>
    <message>
        <source>You cannot change your own role to limited; another user who may hand out the team&apos;s roles can.</source>
        <translation>Du kan inte ändra din egen roll till begränsad; en annan användare som får dela ut teamets roller kan göra det.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the team; another user who may hand out its roles can.</source>
        <translation>Du kan inte ta bort dig själv från teamet; en annan användare som får dela ut teamets roller kan göra det.</translation>
    </message>
    <message>
        <source>Your role in the team cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation>Med din roll i teamet kan du inte slå ihop kunder: en sammanslagning flyttar deras fakturor. En teammedlem med full åtkomst kan slå ihop dem.</translation>
    </message>
    <message>
        <source>Your user on the register&apos;s server has no right to this part of the register (for example invoicing figures); nothing was changed. Ask the register&apos;s owner.</source>
        <translation>Din användare på registrets server har inte rätt till den här delen av registret (till exempel faktureringens siffror); inget ändrades. Fråga registrets ägare.</translation>
    </message>
    <message>
        <source>{name} has no VAT number; intra-Community supply and reverse charge need it on the invoice.</source>
        <translation>{name} har inget momsnummer; gemenskapsintern försäljning och omvänd skattskyldighet kräver det på fakturan.</translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; construction reverse charge needs it on the invoice.</source>
        <translation>{name} har inget FO-nummer; omvänd skattskyldighet för byggtjänster kräver det på fakturan.</translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; the trade register is searched by it.</source>
        <translation>{name} har inget FO-nummer; FODS söks med det.</translation>
    </message>
    <message>
        <source>{name} has no complete billing address; an invoice must show it.</source>
        <translation>{name} har ingen fullständig faktureringsadress; en faktura måste visa den.</translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; add it on the card, or choose another way of delivery.</source>
        <translation>{name} har ingen e-fakturaadress; lägg till den på kortet eller välj ett annat sätt att skicka.</translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; send the reminder as a PDF.</source>
        <translation>{name} har ingen e-fakturaadress; skicka påminnelsen som PDF.</translation>
    </message>
    <message>
        <source>{name} has no invoice e-mail address; add one on the card or type it here.</source>
        <translation>{name} har ingen e-postadress för fakturor; lägg till en på kortet eller skriv den här.</translation>
    </message>
    <message>
        <source>{name} has no open invoices.</source>
        <translation>{name} har inga öppna fakturor.</translation>
    </message>
    <message>
        <source>{name} has {what} that must be kept; inactivate the customer instead.</source>
        <translation>{name} har uppgifter som måste sparas ({what}); inaktivera kunden i stället.</translation>
    </message>
    <message>
        <source>{name} is in the EU; a sale outside the EU needs a buyer outside it.</source>
        <translation>{name} finns i EU; försäljning utanför EU kräver en köpare utanför EU.</translation>
    </message>
    <message>
        <source>{name} is inactive and cannot be invoiced; activate the customer first.</source>
        <translation>{name} är inaktiv och kan inte faktureras; aktivera kunden först.</translation>
    </message>
    <message>
        <source>{name} is not in another EU country, so the sale is not intra-Community.</source>
        <translation>{name} finns inte i ett annat EU-land, så försäljningen är inte gemenskapsintern.</translation>
    </message>
    <message>
        <source>{name} is the billing customer of {numbers}; change them first.</source>
        <translation>{name} är faktureringskund för {numbers}; ändra dem först.</translation>
    </message>
    <message>
        <source>{name} is under a collection ban; no reminders are sent.</source>
        <translation>{name} har indrivningsförbud; inga betalningspåminnelser skickas.</translation>
    </message>
    <message>
        <source>{name} is under a delivery ban (toimituskielto) and cannot be invoiced.</source>
        <translation>{name} har leveransförbud (toimituskielto) och kan inte faktureras.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}</source>
        <translation>{path} kan inte återställas: {problems}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>{path} is not an Asiakasrekisteri database file.</source>
        <translation>{path} är inte en databasfil för Asiakasrekisteri.</translation>
    </message>
    <message>
        <source>{problem} The row is not imported.</source>
        <translation>{problem} Raden importeras inte.</translation>
    </message>
    <message>
        <source>{problem} The value is left out.</source>
        <translation>{problem} Värdet utelämnas.</translation>
    </message>
    <message>
        <source>{register} holds a database of some other program.</source>
        <translation>{register} innehåller en databas för något annat program.</translation>
    </message>
    <message>
        <source>{user} saved changes to this customer at {at} while you were editing it; nothing was saved yet.</source>
        <translation>{user} sparade ändringar för kunden kl. {at} medan du redigerade den; inget har sparats ännu.</translation>
    </message>
    <message>
        <source>{user} saved this record at {at} while you were editing it; nothing was saved yet.</source>
        <translation>{user} sparade den här uppgiften kl. {at} medan du redigerade den; inget har sparats ännu.</translation>
    </message>
    <message>
        <source>{value} is the postal code of {place}, not of {city}; check the address.</source>
        <translation>{value} är postnumret för {place}, inte för {city}; kontrollera adressen.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>”{address}” är inte en giltig e-postadress.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>”{bic}” är inte en giltig BIC-kod.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name; write it as smtp.example.fi, without “smtp://” or a port.</source>
        <translation>”{host}” är inget servernamn; skriv det som smtp.example.fi, utan ”smtp://” eller port.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN.</source>
        <translation>”{iban}” är inte ett giltigt IBAN-nummer.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use letters, digits and _ . @ - (at most 63), not starting with pg_ or asiakasrekisteri_.</source>
        <translation>”{name}” duger inte som användarnamn: använd bokstäver, siffror och _ . @ - (högst 63), och namnet får inte börja med pg_ eller asiakasrekisteri_.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>”{name}” kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is the default office. Choose another default office or clear the default before deleting it.</source>
        <translation>”{name}” är det förvalda verksamhetsstället. Välj ett annat förvalt verksamhetsställe eller ta bort förvalet innan du raderar det.</translation>
    </message>
    <message>
        <source>“{name}” is {size_mb} MB; a file kept with a customer can be at most {limit_mb} MB.</source>
        <translation>”{name}” är {size_mb} MB; en fil som sparas hos en kund får vara högst {limit_mb} MB.</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage; write it like 25,5.</source>
        <translation>”{text}” är inte en procentsats; skriv till exempel 25,5.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money; write it like 1 234,50.</source>
        <translation>”{text}” är inte ett penningbelopp; skriv till exempel 1 234,50.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address; check the trade register address.</source>
        <translation>”{url}” är ingen webbadress; kontrollera adressen till FODS.</translation>
    </message>
    <message>
        <source>“{value}” cannot be used as a customer number. Use at most 20 letters, digits or the characters - _ / . without spaces.</source>
        <translation>”{value}” kan inte användas som kundnummer. Använd högst 20 bokstäver, siffror eller tecknen - _ / . utan mellanslag.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is not a Finnish postal code.</source>
        <translation>”{value}” har bara {digits} siffror, och {padded} är inget finskt postnummer.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is the postal code of {place}, not of {city}.</source>
        <translation>”{value}” har bara {digits} siffror, och {padded} är postnumret för {place}, inte för {city}.</translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits. Did you mean {suggestion} ({place})?</source>
        <translation>”{value}” har bara {digits} siffror. Menade du {suggestion} ({place})?</translation>
    </message>
    <message>
        <source>“{value}” is not a country we recognise. Type the country&apos;s name or its two-letter code, for example FI, SE or DE.</source>
        <translation>”{value}” är inte ett land vi känner igen. Skriv landets namn eller dess landskod med två bokstäver, till exempel FI, SE eller DE.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>”{value}” är inte ett tal.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-invoice address. Use either an OVT code (0037 followed by the 8 digits of the Y-tunnus and an optional suffix, for example 003712345671) or the bank account number (IBAN) the customer receives e-invoices to.</source>
        <translation>”{value}” är inte en giltig e-fakturaadress. Använd antingen en OVT-kod (0037 följt av FO-numrets 8 siffror och ett valfritt tillägg, till exempel 003712345671) eller det bankkontonummer (IBAN) som kunden tar emot e-fakturor till.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid operator code. An operator code has 4–35 letters or digits, for example 003723327487 or NDEAFIHH.</source>
        <translation>”{value}” är inte en giltig operatörskod. En operatörskod har 4–35 bokstäver eller siffror, till exempel 003723327487 eller NDEAFIHH.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. Check the digits, and start a foreign number with + and the country code, for example +46.</source>
        <translation>”{value}” är inte ett giltigt telefonnummer. Kontrollera siffrorna och inled ett utländskt nummer med + och landsnumret, till exempel +46.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. It should have {length} digits, for example {example}.</source>
        <translation>”{value}” är inte ett giltigt postnummer för {country}. Det ska ha {length} siffror, till exempel {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. Use 2–10 letters, digits, spaces or dashes.</source>
        <translation>”{value}” är inte ett giltigt postnummer för {country}. Använd 2–10 bokstäver, siffror, mellanslag eller bindestreck.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address. Write it like www.example.fi.</source>
        <translation>”{value}” är inte en giltig webbadress. Skriv den som www.exempel.fi.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>”{value}” är inte ett heltal.</translation>
    </message>
    <message>
        <source>“{value}” is not in Posti&apos;s list of Finnish postal codes; check it.</source>
        <translation>”{value}” finns inte i Postis förteckning över finska postnummer; kontrollera det.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: statutory, fixed.</source>
        <translation>”{value}” är inte ett tillåtet värde; använd statutory (lagstadgad) eller fixed (fast).</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>”{value}” är inte något av de tillåtna värdena: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>”{value}” är ett för stort tal.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s)</source>
        <translation>
            <numerusform>%n post av tillgodohavande</numerusform>
            <numerusform>%n poster av tillgodohavande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturor</numerusform>
        </translation>
    </message>
</context>
</TS>
