<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
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
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments will be kept here: files dropped on the customer card, to open, save as or remove.</source>
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
        <source>Customer n&amp;umber</source>
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
    <name>CompanyDialog</name>
    <message>
        <source>Own company details</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Add field…</source>
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
        <source>No VAT</source>
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
    <name>HistoryTab</name>
    <message>
        <source>Created</source>
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
        <source>The change history of this card will be shown here: when, who and which field changed, with the old and the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
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
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) activated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) inactivated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, offices and notes? This cannot be undone.

{names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}

Customer register with invoicing for Finnish sole traders and small firms. Works offline; your data stays on this computer.</source>
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
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note “{text}”?</source>
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
        <source>The PDF opens in your PDF viewer; print it from there (File › Print, or Ctrl+P).</source>
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
        <source>Give a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a name.</source>
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
        <source>Give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fixed penalty interest rate.</source>
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
        <source>Give the unit price in whole cents.</source>
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
        <source>Invoice numbers up to {highest} are in use; the next number must be bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} has been sent and cannot be changed; make a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is not overdue; nothing to remind of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks are not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}”: the first {count} rows should include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sent invoice that is not yet credited can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can be recorded only on sent invoices; this one is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference rates are known from {first} on, not for {day}; enter the penalty interest rate by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has a header row but no customers below it.</source>
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
        <source>The Y-tunnus check digit does not match. Check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} has fractions of a cent; round it before printing.</source>
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
        <source>The credit limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number {number} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s country is inside the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be 0 to 365 days after the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice does not match the Finvoice 3.0 schema: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to the payee may have at most 140 characters, not {length}.</source>
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
        <source>The payee name is needed for the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code {value} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible control characters; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {max} allowed).</source>
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
        <source>VAT rates are known from {first} on, not for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in the note.</source>
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
        <source>{name} is the billing customer of {numbers}; change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is under a collection ban; no reminders are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{barcode}” is not a Finnish virtual bank barcode: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN.</source>
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
        <source>“{value}” cannot be used as a customer number. Use at most 20 letters, digits or the characters - _ / . without spaces.</source>
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
        <source>“{value}” is not one of: statutory, fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
