<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer register with invoicing for Finnish sole traders and small firms. Works offline; your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundled libraries and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate, replaceable libraries in the program folder. The licence texts are in the folders of the libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The server asks for the password of {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be opened:

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was upgraded; a copy was saved first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Drop files here or use Add. Files up to 50 MB are kept with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card first; then files can be kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is already kept with this card as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program was found to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from this card? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup is more than 7 days old. Use File › Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The register as it was is saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import bank payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {kind}, account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported on {when}. Its payments imported then are skipped; only payments left out then can be imported now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to import, {amount}.</source>
        <translation>
            <numerusform>%n payment to import, {amount}.</numerusform>
            <numerusform>%n payments to import, {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{settled} settles invoices ({paid} paid in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{credit} becomes customers&apos; credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of {amount} match no invoice.</source>
        <translation>
            <numerusform>%n payment of {amount} matches no invoice.</numerusform>
            <numerusform>%n payments of {amount} match no invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) are recorded, not settled.</source>
        <translation>
            <numerusform>%n correction is recorded, not settled.</numerusform>
            <numerusform>%n corrections are recorded, not settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) left out.</source>
        <translation>
            <numerusform>%n payment left out.</numerusform>
            <numerusform>%n payments left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported already.</source>
        <translation>
            <numerusform>%n payment imported already.</numerusform>
            <numerusform>%n payments imported already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPaymentActions</name>
    <message>
        <source>Import &amp;bank payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bank&apos;s camt.054 or camt.053 file or reference payment file and settle the invoices it pays; nothing is saved before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched &amp;payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;bank payment import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bank payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank payment files (*.xml *.txt *.dat *.ktl *.vii);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was imported on {when}; there is nothing new in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment of {file} is in the register already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank payments imported: {paid} invoices paid in full, {credit} to credit, {unmatched} unmatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) matched no invoice. Look at them now?</source>
        <translation>
            <numerusform>%n payment matched no invoice. Look at it now?</numerusform>
            <numerusform>%n payments matched no invoice. Look at them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo bank payment import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank files have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {credit} of credit from overpayments. Use it now on their open invoices, the oldest due first (invoice {number} among them)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPayments</name>
    <message>
        <source>camt.054 payment notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camt.053 account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference payment file (viitesiirto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays, the rest to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice has this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices of several customers have this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the invoice it paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a payment in: money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a payment in: not booked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch total: import the bank&apos;s camt.054 for its payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoTab</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of &amp;business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the Finnish VAT id made from the Y-tunnus (FI + its digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the recipient&apos;s OVT identifier differs from the Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipient OVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c/o on the first line, then the street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use OVT from Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a non-standard e-invoice address on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSendDialog</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the ticked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ticked to send.</source>
        <translation>
            <numerusform>%n document ticked to send.</numerusform>
            <numerusform>%n documents ticked to send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go as it stands; the Result column says why.</source>
        <translation>
            <numerusform>%n cannot go as it stands; the Result column says why.</numerusform>
            <numerusform>%n cannot go as they stand; the Result column says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, not sent {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was not sent stays waiting; Send tries it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the document being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Check where each column of the sheet goes. Change a choice to see the preview below change; unknown columns become custom fields or are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter} is saved as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not a known field; it becomes a custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is a known name of this field, or you chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is close to a known name; check the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first {shown} of {total} rows as they will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCompleter</name>
    <message>
        <source>Looking up “{text}” in the trade register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company found in the trade register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n companies found; type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n company found; type more to narrow the search.</numerusform>
            <numerusform>The first %n companies found; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) found in the trade register.</source>
        <translation>
            <numerusform>%n company found in the trade register.</numerusform>
            <numerusform>%n companies found in the trade register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the trade register: {name}. Check and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details from the trade register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Own company details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>&amp;Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the card as saved; your changes are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version of the card over theirs; the history keeps theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Shared register on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring; the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumerBox</name>
    <message>
        <source>Prices &amp;include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit prices are typed and printed with VAT, as consumers are shown them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household work (household tax credit): {gross}, of which VAT {vat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is in the prepayment register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is not in the prepayment register (Settings › Invoicing): the buyer gets no household tax credit without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for mailing lists, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. Your unsaved changes are still on screen; save them again or copy them before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened is written in the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit note – invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice total {total}, paid {paid}; still creditable {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;rows (type the quantity to credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit an &amp;amount (VAT included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity to credit on at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate}: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note credits {amount} ({vat}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is then credited in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You then owe the customer a refund of {refund}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Credit from overpayments: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the customer&apos;s open invoices from the credit, the oldest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} paid on invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes made to this card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} ({number}) with its contacts, offices and notes for good?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of {name} has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.10.2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder of invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (print file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into the print file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: not sent. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: put into the print file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: written as an e-invoice to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: e-mailed to {to}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>Send &amp;unsent invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send due &amp;reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send customer st&amp;atement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send unsent invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send due reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your limited role cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this customer first; then it can be merged with the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {number} {name} — {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that share a customer number, Y-tunnus, e-mail address or phone number with each other or with a customer in the register are duplicates: the later rows are skipped, or the register&apos;s customer is updated. Rows with only a similar name, or an address shared by different names, are possible duplicates: they are imported as new unless you choose otherwise. Choose for each group what the import does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name} in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each other, within the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: merge into the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the later rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly: same e-mail address, different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly: same phone number, different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly: similar name ({score} %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>E-mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail ser&amp;ver (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s e-mail &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a server on this network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender, when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finvoice files for the operator&apos;s upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in the keyring of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me a blind &amp;copy of every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for e-invoice files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: the server took the login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraInfoTab</name>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of another customer who receives this customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;RF reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dit limit (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Penalty interest %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;term (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;ban (no new invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection ban (no &amp;reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect (nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect (offers made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial (one invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular (several invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the status follows the customer&apos;s offers and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default o&amp;ffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &quot;&amp;your reference&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;before invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;after invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed on invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How invoices, reminders and statements reach the customer. Automatic: as an e-invoice when the card has an e-invoice address, else by e-mail when it has an e-mail address, else on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount, credit limit and penalty interest are not shown: your user on the register&apos;s server has the limited role, which has no right to invoicing figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices s&amp;ent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country (domestic VAT in Finland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU business customer with VAT id (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EU (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic construction services, reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep unknown columns as custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When unticked, columns the program does not recognise are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files can be read. The header row may sit below a title and blank rows; Finnish, Swedish and English column names are recognised. Nothing is saved before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” ({format}): the column names are on row {row}; {count} rows of customers follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contact persons from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Contact persons from sheet “{sheet}” (%n row) are imported too.</numerusform>
            <numerusform>Contact persons from sheet “{sheet}” (%n rows) are imported too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices from sheet “{sheet}” (%n row(s)) are imported too.</source>
        <translation>
            <numerusform>Offices from sheet “{sheet}” (%n row) are imported too.</numerusform>
            <numerusform>Offices from sheet “{sheet}” (%n rows) are imported too.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s other sheets ({sheets}) are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this sheet is imported; the file&apos;s other sheets ({sheets}) are not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;Start by giving your own company&apos;s details: they are printed on every invoice. You can leave them for later and change them any time in Settings › Preferences.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport an Excel register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Excel register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your customers from an Excel or CSV file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds {count} made-up Finnish customers to look around with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demo customer(s) added.</source>
        <translation>
            <numerusform>%n demo customer added.</numerusform>
            <numerusform>%n demo customers added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the trade register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(batch {batch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history (field, user, value…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are logged here once the card is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Custom field “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - import report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}. If the file is open in Excel, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient OVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (street, postal code, city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s address (kept as a custom field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use RF reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice address not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the program (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>another Asiakasrekisteri window (process {pid} on {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Asiakasrekisteri window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register {path} is already open in {who}.

Only one window at a time may change a register. Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The register {path} is damaged.

Save nothing more in it. Close the program and start it again: it then offers to restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund owed {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number} was made for invoice {original}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe the customer a refund of {amount}; record it with Refund… once paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder was recorded. Print it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminder as Finvoice XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Why the customer cannot be invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the invoice its number and lock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Finvoice XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt before rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finalised: no number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice gets number {number} and can no longer be changed. Corrections are made with a credit note.

Finalise the invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finalise the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the invoice without saving? The changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceHeader</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative billing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not VAT-registered: no invoice carries VAT (Settings › Invoicing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ur reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;livery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number; empty = the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Show invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, reference, customer or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), open {open}</source>
        <translation>
            <numerusform>%n invoice, open {open}</numerusform>
            <numerusform>%n invoices, open {open}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceRefundDialog</name>
    <message>
        <source>Refund – invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe {name} {owed} on invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRowsModel</name>
    <message>
        <source>No VAT rates are known for the delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household work (household tax credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTotalsPanel</name>
    <message>
        <source>VAT breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoicing</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingActions</name>
    <message>
        <source>New &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print customer statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoicing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products and services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing is not shown: your user on the register&apos;s server has the limited role, which has no right to invoices or amounts. Ask the register&apos;s owner for full access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the list first (or save the new customer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingFigures</name>
    <message>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced, all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average payment time (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on average (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds owed to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the customer&apos;s open invoices with one payment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table; add it in Settings › Invoicing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receivables exceed the credit limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d after due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d before due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingSettingsDialog</name>
    <message>
        <source>Invoicing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT registered (alv-rekisterissä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked under the VAT threshold: invoices then carry no VAT and say “Ei alv-rekisterissä”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statutory: reference rate + 7 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BI&amp;C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further bank accounts printed on invoices, one a line: the IBAN and its BIC. The barcode and QR code carry the IBAN above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own e-invoice a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own e-invoice op&amp;erator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;prepayment register (ennakkoperintärekisterissä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices with household work say whether the company is in the register: the buyer&apos;s household tax credit needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private customers are charged at most 5,00 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the OVT code of the Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator or bank that sends your e-invoices (e.g. 003723327487 for Apix). E-invoices name it as the sender&apos;s intermediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ra&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;half-year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active or inactive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactivate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;company details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice &amp;operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) activated.</source>
        <translation>
            <numerusform>%n customer activated.</numerusform>
            <numerusform>%n customers activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactivated.</source>
        <translation>
            <numerusform>%n customer inactivated.</numerusform>
            <numerusform>%n customers inactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, offices and notes? This cannot be undone.

{names}</source>
        <translation>
            <numerusform>Delete %n customer with their contacts, offices and notes? This cannot be undone.

{names}</numerusform>
            <numerusform>Delete %n customers with their contacts, offices and notes? This cannot be undone.

{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s OVT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice address unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RF reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after invoice rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU business customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always domestic VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail with Finvoice XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer survives?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surviving customer keeps its id and history; the other one is removed. Choose below which value of each field to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards differ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} (added {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}
survives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}
will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging cannot be undone: {number} {name} is removed for good once its contacts, offices and notes have moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number {numbers} will point to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers {numbers} will point to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moves to the surviving customer except its number: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} moves to the surviving customer; {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} move to the surviving customer; {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {removed_number} {removed_name} into {number} {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers were not merged.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Edit office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several addresses separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins over the customer&apos;s e-invoice address on invoices to this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice ope&amp;rator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>E-invoice operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. 003721291126</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {code} from the list? Customers keep the code they have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Save the new customer first; then you can add contacts, offices and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic and contact info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} via {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; earlier invoices still name this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} for good?

This cannot be undone. The name, title, keywords, phone and email are erased and the contact shows as “{deleted}”. Earlier invoices are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the office “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note mentions “{words}”. Health, religion, ethnic origin, political opinions and sexual orientation are special categories of personal data that a customer register should not hold.

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note “{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {user} at {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it in the keyring of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment – invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total}, paid {paid}, open {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial payment leaves the rest open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an amount bigger than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is {extra} more than is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is now overpaid by {amount}. Refund the difference to the customer or agree on how it is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPreviewModel</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The file is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as a PDF file instead? It can be printed from another computer or sent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Finvoice XML as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finvoice files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything on this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;notice (draft)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything on this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of {number} {name} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: name, addresses, email, phone and comments on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer card is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %n</source>
        <translation>
            <numerusform>Contacts: %n</numerusform>
            <numerusform>Contacts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offices: %n</source>
        <translation>
            <numerusform>Offices: %n</numerusform>
            <numerusform>Offices: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notes: %n</numerusform>
            <numerusform>Notes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments: %n</source>
        <translation>
            <numerusform>Attachments: %n</numerusform>
            <numerusform>Attachments: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Custom fields: %n</source>
        <translation>
            <numerusform>Custom fields: %n</numerusform>
            <numerusform>Custom fields: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values in the history: %n entries</source>
        <translation>
            <numerusform>Values in the history: %n entry</numerusform>
            <numerusform>Values in the history: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by law: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices keep the buyer&apos;s name, address and business id; the e-mail, phone and contact person on them are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups still hold the data until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These temporary files of open programs (a PDF in the viewer, say) may hold the data until the programs are closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased. These backups still hold the data until they rotate out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Show &amp;tidied values too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n row cannot be imported.</numerusform>
            <numerusform>%n rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of contact persons or offices cannot be imported.</source>
        <translation>
            <numerusform>%n row of contact persons or offices cannot be imported.</numerusform>
            <numerusform>%n rows of contact persons or offices cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are left out.</source>
        <translation>
            <numerusform>%n value is left out.</numerusform>
            <numerusform>%n values are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT e&amp;xemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goods or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (offered on new invoice rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household work (household tax credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the customers of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops the import; then nothing is changed in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {done} of {total} customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the register. You can go back and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the register. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRateDialog</name>
    <message>
        <source>Reference rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January–June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July–December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suomen Pankki publishes the reference rate at the start of each half-year (suomenpankki.fi). The statutory penalty interest is the reference rate + 7 points, between businesses + 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {day} is not in the table, so the penalty interest cannot be worked out. Enter it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has {credit} of credit. Record the amount you have paid back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refunded (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an amount of at most {credit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterUpdateDialog</name>
    <message>
        <source>Update {name} from the trade register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trade register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the details of Y-tunnus {business_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card already has the trade register&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details differ from the trade register. Check the ones to update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminder – invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the fixed compensation of {amount} for recovery costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of earlier reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter the reference rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged one only when at least {days} days have passed since the due date {due}. The reminder can be sent without a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder fee: a consumer may be charged the fees of {count} reminders at most, and they have been charged. The earlier fees are still asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No separate reminder fee: the fixed compensation covers the recovery costs of this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is damaged and cannot be opened:
{error}

The newest backup that passes the check is chosen below. The damaged file is kept beside the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n customer(s).</source>
        <translation>
            <numerusform>The backup is intact: %n customer.</numerusform>
            <numerusform>The backup is intact: %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is from an older version and is upgraded on restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s) of it cannot be found.</source>
        <translation>
            <numerusform>%n attachment file of it cannot be found.</numerusform>
            <numerusform>%n attachment files of it cannot be found.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register with the backup of {when}?

Changes made after it are lost from the register; the current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention: candidates for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity and no open invoices for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a PDF for printing; you choose the file when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a Finvoice file for {address} into the e-invoice folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is attached: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF for printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, numbers and amounts of money are written the way the chosen language writes them (for Finnish: 23.11.2026 and 1 234,50 €). Menus, lists and open windows change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a new customer in the trade register while typing its name or Y-tunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a network connection; the typed name or Y-tunnus is sent to PRH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade register add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for PRH&apos;s open data service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>Open a &amp;shared register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this register on a ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register file has no users or roles; share it on a server first to give your team their own access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register that your team shares on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this register into an empty database on a PostgreSQL server, so that your team can use it. This register stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was copied to the server and checked ({rows} rows, {files} attachments). Open the shared register now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared register opens in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>I&amp;mport from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport selected to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read customers from .xlsx, .xlsm, .xls, .ods or .csv; nothing is saved before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every customer to an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done: created {created}, updated {updated}, skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: removed {removed}, restored {restored}, kept {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customers to export in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {count} customers to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. If it is open in Excel, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetPrompts</name>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Skipped rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import can be undone under Edit › Undo import…; customers you edit after this are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices: {added} added, {updated} updated, {skipped} not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person opens the register under their own user name. Full access may do everything; limited access works on customers, contact persons, offices, notes and attachments but sees no invoicing figures. The server enforces the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see the team but not change it: only a user who may hand out the team&apos;s roles (the register&apos;s owner) can add, change or remove members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the team? They can no longer open this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Change a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to keep their current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they log in to the server with. Leave the password empty only if the server lets them in some other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited: no invoicing figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeRegisterActions</name>
    <message>
        <source>Update from the &amp;trade register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the card with the trade register and update the chosen details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from the trade register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeRegisterTexts</name>
    <message>
        <source>ceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in liquidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in corporate restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {situation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {situation} since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the company&apos;s situation before selling to it on credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <source>The customer type decides the penalty interest and the fees a customer may be charged. Where the file does not give it, each row is typed by what it shows: a Y-tunnus or company form makes a company, a first name or a consumer e-mail address a private person. Check the rows, and change the type where it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows whose type the file does not give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the customer types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies: {companies}. Private persons: {private}. Rows whose type the file does not give: {inferred}. Rows whose type you chose: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBankImportDialog</name>
    <message>
        <source>Undo bank payment import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bank file&apos;s import to undo. Undo takes its payments off the invoices they paid, takes back the credit they gave and empties the list of its unmatched payments; the file can then be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank files imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of {file} takes back its %n payment(s) of {total}.</source>
        <translation>
            <numerusform>Undoing the import of {file} takes back its %n payment of {total}.</numerusform>
            <numerusform>Undoing the import of {file} takes back its %n payments of {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) taken back;</source>
        <translation>
            <numerusform>%n payment taken back;</numerusform>
            <numerusform>%n payments taken back;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) changed.</source>
        <translation>
            <numerusform>%n invoice changed.</numerusform>
            <numerusform>%n invoices changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because the customer&apos;s credit from them has been used since:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an import to undo. Undo removes the customers it created and restores the customers it updated to how they were before. Customers edited since the import are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of {file} removes the {created} customers it created and restores the {updated} customers it updated. Customers edited since the import, or with invoices that must be kept, stay as they are and are listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n customer removed.</numerusform>
            <numerusform>%n customers removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n customer restored.</numerusform>
            <numerusform>%n customers restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchedPaymentsDialog</name>
    <message>
        <source>Unmatched payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payments from the bank&apos;s files matched no invoice. Choose one and assign it to an invoice, or set it aside when it is not an invoice payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices it may be for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an invoice payment: take it off this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same amount open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name {score} % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paid} paid on invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{credit} became the customer&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside the payment of {amount} from {payer}? It is kept with the bank file but no longer listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatNames</name>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: healthcare (AVL 34 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: social welfare (AVL 37 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: education (AVL 39 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: financial services (AVL 41 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: insurance (AVL 44 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable (VAT charged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>A BIC has 8 or 11 characters, for example NDEAFIHH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Finnish VAT number is FI followed by eight digits, for example FI12345671.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR payment can carry amounts from 0,01 to 999 999 999,99 €, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR payment carries either a reference or a message, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number starts with a country code, for example FI or SE. “{prefix}” is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate is 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT rate must be between 0 and 100 %, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Y-tunnus has only digits and a dash, for example 1234567-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Y-tunnus has seven digits, a dash and a check digit, for example 1234567-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted contact cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft cannot be sent as an e-invoice; finalise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is a positive amount in whole cents, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number has 4 to 20 digits; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number may contain only digits and spaces: “{reference}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder fee cannot be negative ({fee}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes/no value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EU business customer needs a VAT number on its invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits, for example FI21 1234 5600 0007 85.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RF reference has 5 to 25 characters: “{reference}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RF reference starts with RF and two check digits, followed by letters and digits: “{reference}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest rate cannot be negative ({rate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction reverse charge needs the buyer&apos;s Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what is invoiced on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoicing needs the full billing address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU business treatment needs a customer in another EU country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the BIC code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account number (IBAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-invoice address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected yes or no, got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a percentage between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most {limit} other accounts; the invoice has no room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0000000-0 is not a real Y-tunnus; give the business&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT-registered seller charges VAT by the invoice&apos;s treatment; choose one (an exempt sale is marked on its row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of the file has no totals record; the file may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact person&apos;s detail without the person&apos;s name is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be without VAT: VAT registration is the own company&apos;s setting, and an exempt sale is marked on its product or row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date or time cannot be used here; the value is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft cannot be sent; finalise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name cannot have line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-year starts on 1 January or 1 July, not on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is never sent without encryption: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment can be at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of entry {entry} has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is a positive amount of at most the credit, {credit} €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is an amount above 0 and at most {owed} €, in whole cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register file has no users or roles; share the register on a PostgreSQL server to give team members their own access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register is copied only into an empty one; the target holds some already (customers: {customers}, invoices: {invoices}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row without VAT needs its reason: choose the exemption (e.g. healthcare, AVL 34 §) or a VAT rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes/no value cannot be used here; the value is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register as {number} {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice cannot have a negative total; make a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the register. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file import {batch} has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed to “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the documents to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for e-invoice files in Settings › E-mail and sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City “{city}” filled in from the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: nothing in the row shows a private person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: the name has the company form “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: the name has the trade word “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: the row has a VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: the row has a Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit an amount above 0 and at most {left} €, in whole cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number {number} is in use; {new} is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same Y-tunnus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same customer number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same phone number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is not set up: fill in the mail server and the sender in Settings › E-mail and sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after the import; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} of the file has no booking date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry} of the file says it holds {count} payments but lists {listed}; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the own company details first (missing: {missing}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date from {earliest} to {latest}, not {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a quantity of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an amount from 0 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount in whole cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the company&apos;s name; it is the seller on every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the discount with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fixed penalty interest rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mail server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the payment term as 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the quantity with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference rate as 0 to 20 % with at most two decimals, not {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit price in whole cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has records that must be kept ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {batch} has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest is charged on an amount due, not on {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number {number} is already in use; raise the next invoice number in the company settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers up to {highest} are in use; the next number must be bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} has nothing open; choose an open invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is finalised and cannot be changed; make a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is not overdue; nothing to remind of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} was last reminded of on {day}; a new reminder cannot be dated before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its customer is not imported: {reason} Neither is this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} comes before the batch header it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has an invalid amount “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has an invalid correction flag “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has an invalid date “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; a record of the reference payment file has 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the file {name} cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the file {name} is longer than {limit} characters; a CSV file of customers has no such lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} starts with “{kind}”, which is no record of the reference payment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the billing customer number {number}; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the contact is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the customer number {number}, in this file or in the register; the office is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer number: the contact cannot be joined to a customer and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer number: the office cannot be joined to a customer and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer number; {number} is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}”: the first {count} rows should include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported payment has the archive id {archive_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be kept; it is asked each time mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other customer has the billing customer number {number}; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to read and write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal code was found in the address; it is kept as the street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server {host}:{port} ({reason}); check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer type (company or private person); company is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to credit on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed back to the customer on invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sent invoice that is not yet credited in full can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices and credit notes can be sent as e-invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can be recorded only on sent invoices; this one is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person: the first and last names are in columns of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person: {domain} is a consumer e-mail service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name and {domain} is a consumer e-mail service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person: “{word}” is a first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference rates are known from {first} on, not for {day}; enter the penalty interest rate by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference {reference} is already on invoice {number}; give the customer a fixed reference of their own so that payments are not mixed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference {reference} is of the kind the program gives invoices and statements, so a payment with it could go to the wrong place. Choose a fixed reference whose digits start with 4 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference {reference} is the fixed reference of {name}; give that customer another fixed reference so that payments are not mixed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has been credited already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is not a row of the invoice, or it is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: credit a quantity above 0 and at most {left}, with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has a header row but no customers below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches column {count}; a sheet may have at most {limit} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” reaches row {count}; a sheet may have at most {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” spans {rows} rows and {columns} columns, {count} cells; at most {limit} cells can be imported at once. Delete far-away cells, or split the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into street “{street}”, postal code “{postal_code}” and city “{city}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment is not on the list of unmatched payments (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN check digits do not match. Check the account number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN has the wrong number of characters. A Finnish IBAN has 18, for example FI21 1234 5600 0007 85.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVT suffix can have at most five letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR payment data takes {size} bytes; at most 331 fit. Shorten the name or the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number can have only letters and digits after the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number check digit does not match. Check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number has the wrong number of characters for {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number is not in the format used in {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file is damaged near line {line}; it may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file is not a bank&apos;s camt.053 statement or camt.054 notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Y-tunnus check digit does not match. Check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} has fractions of a cent; round it before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “{value}” of entry {entry} is not an amount in cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank barcode can carry amounts from 0 to 999 999,99 €, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank barcode can only carry a Finnish (FI) account; {iban} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank barcode can only carry an RF reference made of digits, not {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank barcode can only carry due dates in 2000–2099, not {due_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells of sheet “{sheet}” repeat shared texts to more than {limit} MB; at most {limit} MB of text can be imported. Split the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match; check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of reference number {reference} does not match; check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of IBAN {iban} do not match; check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of RF reference {reference} do not match; check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy differs from the original ({what}); use the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no open invoices to use the credit on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number {number} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer {number} on row {row} of sheet “{sheet}” is not imported, so neither is this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s country is inside the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be 0 to 365 days after the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice address “{value}” has a check digit that does not match. Check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice does not match the Finvoice 3.0 schema: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice folder {folder} does not exist; choose it again in Settings › E-mail and sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an invalid date “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a camt.054 or camt.053 XML file nor a reference payment file (viitesiirto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a bank payment file the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a reference payment file: it does not start with a batch header record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} MB, too large for a bank payment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells; at most {limit} cells can be imported at once. Split the register into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows; a sheet may have at most {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} holds {count} parts; a spreadsheet may hold at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is damaged: a part of it does not unpack to what it says. Save it again from the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet or a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet that can be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is packed {ratio} times smaller than its contents; a spreadsheet packs at most {limit} times. It is damaged or made to harm, and is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is protected with a password; remove the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} unpacks to {size} MB; at most {limit} MB can be imported. Split the register into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s summary counts {stated} entries, but the file holds {found}; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s summary gives its entries a sum of {stated} €, but they add up to {found} €; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed compensation of 40 € can be claimed only from a business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not keep the password ({reason}); it is asked each time mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server password is needed; it is not in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the address {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the address {address}; the others got the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS; choose TLS (port 465) in the settings, or ask the provider for the right setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} does not take a login this way ({reason}); check the security setting, or leave the user name empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} refused: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} was not found; check its name and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host}:{port} closed the connection; check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host}:{port} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host}:{port} refused the connection; check the server name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to the payee may have at most 140 characters, not {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds {count} people; each is saved as a contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a finite value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is not the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee name is needed for the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is in {currency}; record it on the invoice by hand in euros as the bank booked it, and set this one aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments of entry {entry} add up to {found} €, the entry to {amount} €; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code {value} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ending on line {line} of the file {name} has a cell of more than {limit} characters; a cell may hold at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference rate of the half-year starting {start} is not in the table; add it in the invoicing settings (Suomen Pankki publishes it each January and July).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be saved to: the file or its folder is read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is damaged. Close the program and start it again to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached. Check the network and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows chosen come to more than is left to credit on the invoice ({left} €); credit fewer rows or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no reference rate for the half-year starting {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible control characters; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has an unknown field {name}. Fields you can use: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has an unmatched brace; to show a brace itself, write it twice: {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has bytes that are not valid UTF-8 text; check the encoding it was written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {max} allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals of the batch on line {line} do not match its payments: the file says {count} payments of {amount} €, its records hold {found} of {found_amount} €. The file may have been cut short or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register answered in a format this program does not know; company details cannot be fetched now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register answered with an error (HTTP {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register cannot be reached. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register did not answer within {seconds} seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register has no company with the Y-tunnus {business_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register has too many requests just now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade register was not found at {url} (HTTP {status}). Check the address in the preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update would break the card&apos;s rules: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has the wrong format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bank file import number {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid BIC. A BIC looks like NDEAFIHH: four letters for the bank, a country code and two more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an IBAN. An IBAN starts with a country code, for example FI21 1234 5600 0007 85.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT numbers of {prefix} cannot be checked, so they are not accepted; write the number in the comment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rates are known from {first} on, not for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use a rate of a known period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} % was not in force on {day}; use one of {rates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the field as {example}, without formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role to limited; another user who may hand out the team&apos;s roles can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself from the team; another user who may hand out its roles can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the team cannot merge customers: a merge moves their invoices. A full team member can merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user on the register&apos;s server has no right to this part of the register (for example invoicing figures); nothing was changed. Ask the register&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no VAT number; intra-Community supply and reverse charge need it on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; construction reverse charge needs it on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no Y-tunnus; the trade register is searched by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no complete billing address; an invoice must show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; add it on the card, or choose another way of delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no e-invoice address; send the reminder as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no invoice e-mail address; add one on the card or type it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no open invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {what} that must be kept; inactivate the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the EU; a sale outside the EU needs a buyer outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is inactive and cannot be invoiced; activate the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in another EU country, so the sale is not intra-Community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the billing customer of {numbers}; change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is under a collection ban; no reminders are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is under a delivery ban (toimituskielto) and cannot be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Asiakasrekisteri database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The row is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The value is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{register} holds a database of some other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} saved changes to this customer at {at} while you were editing it; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} saved this record at {at} while you were editing it; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is the postal code of {place}, not of {city}; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” is not a server name; write it as smtp.example.fi, without “smtp://” or a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use letters, digits and _ . @ - (at most 63), not starting with pg_ or asiakasrekisteri_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is the default office. Choose another default office or clear the default before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size_mb} MB; a file kept with a customer can be at most {limit_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a percentage; write it like 25,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money; write it like 1 234,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a web address; check the trade register address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” cannot be used as a customer number. Use at most 20 letters, digits or the characters - _ / . without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is not a Finnish postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits, and {padded} is the postal code of {place}, not of {city}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has only {digits} digits. Did you mean {suggestion} ({place})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a country we recognise. Type the country&apos;s name or its two-letter code, for example FI, SE or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-invoice address. Use either an OVT code (0037 followed by the 8 digits of the Y-tunnus and an optional suffix, for example 003712345671) or the bank account number (IBAN) the customer receives e-invoices to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid operator code. An operator code has 4–35 letters or digits, for example 003723327487 or NDEAFIHH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. Check the digits, and start a foreign number with + and the country code, for example +46.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. It should have {length} digits, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid postal code for {country}. Use 2–10 letters, digits, spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid web address. Write it like www.example.fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not in Posti&apos;s list of Finnish postal codes; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: statutory, fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credit record(s)</source>
        <translation>
            <numerusform>%n credit record</numerusform>
            <numerusform>%n credit records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
</TS>
