CREATE TABLE customer_group (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE einvoice_operator (
	code VARCHAR(35) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	PRIMARY KEY (code)
);
CREATE TABLE custom_field_definition (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	field_type VARCHAR(16) NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE own_company (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	business_id VARCHAR(20) NOT NULL, 
	vat_id VARCHAR(20) NOT NULL, 
	street TEXT NOT NULL, 
	postal_code VARCHAR(12) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	iban VARCHAR(34) NOT NULL, 
	bic VARCHAR(11) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	vat_registered BOOLEAN DEFAULT '1' NOT NULL, 
	logo_path TEXT DEFAULT '' NOT NULL, 
	next_invoice_number INTEGER DEFAULT '1000' NOT NULL, 
	payment_term_days INTEGER DEFAULT '14' NOT NULL, 
	notice_period_days INTEGER DEFAULT '7' NOT NULL, 
	penalty_interest_mode VARCHAR(16) DEFAULT 'statutory' NOT NULL, 
	penalty_interest_fixed INTEGER, 
	reminder_fee BIGINT DEFAULT '500' NOT NULL, 
	other_accounts TEXT DEFAULT '' NOT NULL, 
	einvoice_address VARCHAR(35) DEFAULT '' NOT NULL, 
	einvoice_operator VARCHAR(35) DEFAULT '' NOT NULL, 
	prepayment_registered BOOLEAN DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE history_entry (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	user VARCHAR(100) NOT NULL, 
	txn VARCHAR(32) NOT NULL, 
	action VARCHAR(16) NOT NULL, 
	customer_id INTEGER, 
	customer_number VARCHAR(20) NOT NULL, 
	entity VARCHAR(32) NOT NULL, 
	entity_id INTEGER, 
	field VARCHAR(100) NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	batch_id INTEGER, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_history_entry_customer ON history_entry (customer_id, id);
CREATE TABLE attachment_blob (
	sha256 VARCHAR(64) NOT NULL, 
	content BLOB NOT NULL, 
	PRIMARY KEY (sha256)
);
CREATE TABLE product (
	id INTEGER NOT NULL, 
	code VARCHAR(35) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	unit_price BIGINT NOT NULL, 
	vat_percent INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	goods BOOLEAN DEFAULT '0' NOT NULL, 
	vat_exemption VARCHAR(20) DEFAULT '' NOT NULL, 
	household_work BOOLEAN DEFAULT '0' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
CREATE TABLE reference_rate (
	start DATE NOT NULL, 
	rate INTEGER NOT NULL, 
	PRIMARY KEY (start)
);
CREATE TABLE bank_import (
	id INTEGER NOT NULL, 
	file_name VARCHAR(260) NOT NULL, 
	file_hash VARCHAR(64) NOT NULL, 
	file_format VARCHAR(16) NOT NULL, 
	account VARCHAR(34) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	user VARCHAR(100) NOT NULL, 
	payment_count INTEGER NOT NULL, 
	total BIGINT NOT NULL, 
	undone_at DATETIME, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_bank_import_file_hash ON bank_import (file_hash);
CREATE TABLE email_settings (
	id INTEGER NOT NULL, 
	host VARCHAR(253) NOT NULL, 
	port INTEGER NOT NULL, 
	security VARCHAR(16) NOT NULL, 
	username VARCHAR(200) NOT NULL, 
	sender_name VARCHAR(200) NOT NULL, 
	sender_address VARCHAR(254) NOT NULL, 
	reply_to TEXT NOT NULL, 
	bcc_self BOOLEAN NOT NULL, 
	einvoice_folder TEXT NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE message_template (
	kind VARCHAR(16) NOT NULL, 
	language VARCHAR(2) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	body TEXT NOT NULL, 
	PRIMARY KEY (kind, language)
);
CREATE TABLE import_batch (
	id INTEGER NOT NULL, 
	file_name VARCHAR(260) NOT NULL, 
	sheet VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	applied_at DATETIME NOT NULL, 
	user VARCHAR(100) NOT NULL, 
	created_count INTEGER NOT NULL, 
	updated_count INTEGER NOT NULL, 
	skipped_count INTEGER NOT NULL, 
	undone_at DATETIME, 
	PRIMARY KEY (id)
);
CREATE TABLE customer (
	id INTEGER NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	customer_number VARCHAR(20) NOT NULL, 
	account_manager VARCHAR(100) DEFAULT '' NOT NULL, 
	customer_type VARCHAR(16) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_sort VARCHAR(200) NOT NULL, 
	group_id INTEGER, 
	business_id VARCHAR(20) NOT NULL, 
	vat_id VARCHAR(20) NOT NULL, 
	buyer_ovt VARCHAR(35) NOT NULL, 
	company_form VARCHAR(100) DEFAULT '' NOT NULL, 
	line_of_business VARCHAR(200) DEFAULT '' NOT NULL, 
	street TEXT NOT NULL, 
	postal_code VARCHAR(12) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	email TEXT NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	website VARCHAR(200) NOT NULL, 
	einvoice_address VARCHAR(35) NOT NULL, 
	einvoice_operator VARCHAR(35) NOT NULL, 
	einvoice_address_unchecked BOOLEAN NOT NULL, 
	alt_billing_customer_id INTEGER, 
	invoice_language VARCHAR(2) NOT NULL, 
	fixed_reference VARCHAR(25) NOT NULL, 
	use_rf_reference BOOLEAN NOT NULL, 
	delivery_ban BOOLEAN NOT NULL, 
	collection_ban BOOLEAN NOT NULL, 
	vat_treatment VARCHAR(40) NOT NULL, 
	active BOOLEAN NOT NULL, 
	discount_percent INTEGER NOT NULL, 
	credit_limit BIGINT, 
	penalty_interest INTEGER, 
	status VARCHAR(16) NOT NULL, 
	status_manual BOOLEAN NOT NULL, 
	comment TEXT NOT NULL, 
	payment_term_days INTEGER, 
	delivery_terms VARCHAR(200) NOT NULL, 
	delivery_method VARCHAR(200) NOT NULL, 
	invoice_delivery VARCHAR(16) DEFAULT 'auto' NOT NULL, 
	default_your_reference VARCHAR(100) NOT NULL, 
	agreement_identifier VARCHAR(70) NOT NULL, 
	text_before_rows TEXT NOT NULL, 
	text_after_rows TEXT NOT NULL, 
	search_text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (customer_number), 
	FOREIGN KEY(group_id) REFERENCES customer_group (id) ON DELETE SET NULL, 
	FOREIGN KEY(alt_billing_customer_id) REFERENCES customer (id) ON DELETE SET NULL
);
CREATE INDEX ix_customer_number_order ON customer (length(customer_number), customer_number);
CREATE INDEX ix_customer_account_manager ON customer (account_manager);
CREATE INDEX ix_customer_city ON customer (city);
CREATE INDEX ix_customer_customer_type ON customer (customer_type);
CREATE INDEX ix_customer_group_id ON customer (group_id);
CREATE INDEX ix_customer_status ON customer (status);
CREATE INDEX ix_customer_fixed_reference ON customer (fixed_reference) WHERE fixed_reference != '';
CREATE INDEX ix_customer_business_id ON customer (business_id);
CREATE INDEX ix_customer_alt_billing_customer_id ON customer (alt_billing_customer_id) WHERE alt_billing_customer_id IS NOT NULL;
CREATE TABLE customer_number_alias (
	number VARCHAR(20) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	merged_at DATETIME NOT NULL, 
	PRIMARY KEY (number), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_number_alias_customer_id ON customer_number_alias (customer_id);
CREATE TABLE contact_person (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	title VARCHAR(100) NOT NULL, 
	keywords VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	active BOOLEAN NOT NULL, 
	is_default BOOLEAN NOT NULL, 
	anonymised BOOLEAN NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_contact_person_customer_id ON contact_person (customer_id);
CREATE TABLE office (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	street TEXT NOT NULL, 
	postal_code VARCHAR(12) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	email TEXT NOT NULL, 
	einvoice_address VARCHAR(35) NOT NULL, 
	einvoice_operator VARCHAR(35) NOT NULL, 
	is_default BOOLEAN NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_office_customer_id ON office (customer_id);
CREATE TABLE note (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	due_date DATE, 
	done BOOLEAN NOT NULL, 
	done_at DATETIME, 
	version INTEGER DEFAULT '1' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_note_customer_id ON note (customer_id);
CREATE TABLE custom_field_value (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	definition_id INTEGER NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (customer_id, definition_id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE, 
	FOREIGN KEY(definition_id) REFERENCES custom_field_definition (id) ON DELETE CASCADE
);
CREATE INDEX ix_custom_field_value_customer_id ON custom_field_value (customer_id);
CREATE INDEX ix_custom_field_value_definition_id ON custom_field_value (definition_id);
CREATE TABLE attachment (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	mime_type VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_attachment_customer_id ON attachment (customer_id);
CREATE INDEX ix_attachment_sha256 ON attachment (sha256);
CREATE TABLE bank_payment (
	id INTEGER NOT NULL, 
	import_id INTEGER NOT NULL, 
	archive_id VARCHAR(64) NOT NULL, 
	booking_date DATE NOT NULL, 
	payment_date DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	reference VARCHAR(35) NOT NULL, 
	payer_name VARCHAR(140) NOT NULL, 
	message TEXT NOT NULL, 
	correction BOOLEAN NOT NULL, 
	dismissed BOOLEAN NOT NULL, 
	customer_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(import_id) REFERENCES bank_import (id) ON DELETE CASCADE, 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE SET NULL
);
CREATE INDEX ix_bank_payment_archive_id ON bank_payment (archive_id);
CREATE INDEX ix_bank_payment_customer_id ON bank_payment (customer_id);
CREATE INDEX ix_bank_payment_import_id ON bank_payment (import_id);
CREATE TABLE import_entry (
	id INTEGER NOT NULL, 
	batch_id INTEGER NOT NULL, 
	customer_id INTEGER, 
	action VARCHAR(16) NOT NULL, 
	row_number INTEGER NOT NULL, 
	previous TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE CASCADE, 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE SET NULL
);
CREATE INDEX ix_import_entry_customer_id ON import_entry (customer_id);
CREATE INDEX ix_import_entry_batch_id ON import_entry (batch_id);
CREATE TABLE invoice (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	number INTEGER, 
	status VARCHAR(16) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	billing_customer_id INTEGER, 
	invoice_date DATE NOT NULL, 
	delivery_date DATE, 
	due_date DATE NOT NULL, 
	payment_term_days INTEGER NOT NULL, 
	reference VARCHAR(25) NOT NULL, 
	your_reference VARCHAR(200) NOT NULL, 
	our_reference VARCHAR(200) NOT NULL, 
	text_before_rows TEXT NOT NULL, 
	text_after_rows TEXT NOT NULL, 
	office_id INTEGER, 
	contact_id INTEGER, 
	language VARCHAR(2) NOT NULL, 
	vat_treatment VARCHAR(40) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	total_net BIGINT NOT NULL, 
	total_vat BIGINT NOT NULL, 
	total_gross BIGINT NOT NULL, 
	paid_amount BIGINT NOT NULL, 
	credited_amount BIGINT NOT NULL, 
	refunded_amount BIGINT DEFAULT '0' NOT NULL, 
	open_amount BIGINT DEFAULT '0' NOT NULL, 
	paid_date DATE, 
	credit_of_id INTEGER, 
	finalised_at DATETIME, 
	sent_at DATETIME, 
	notice_period_days INTEGER NOT NULL, 
	penalty_interest INTEGER, 
	prices_include_vat BOOLEAN DEFAULT '0' NOT NULL, 
	seller_name VARCHAR(200) NOT NULL, 
	seller_street TEXT NOT NULL, 
	seller_postal_code VARCHAR(12) NOT NULL, 
	seller_city VARCHAR(100) NOT NULL, 
	seller_country VARCHAR(2) NOT NULL, 
	seller_business_id VARCHAR(20) NOT NULL, 
	seller_vat_id VARCHAR(20) NOT NULL, 
	seller_email VARCHAR(200) NOT NULL, 
	seller_phone VARCHAR(40) NOT NULL, 
	seller_iban VARCHAR(34) NOT NULL, 
	seller_bic VARCHAR(11) NOT NULL, 
	seller_vat_registered BOOLEAN NOT NULL, 
	seller_other_accounts TEXT DEFAULT '' NOT NULL, 
	seller_prepayment_registered BOOLEAN DEFAULT '0' NOT NULL, 
	buyer_customer_number VARCHAR(20) NOT NULL, 
	buyer_name VARCHAR(200) NOT NULL, 
	buyer_street TEXT NOT NULL, 
	buyer_postal_code VARCHAR(12) NOT NULL, 
	buyer_city VARCHAR(100) NOT NULL, 
	buyer_country VARCHAR(2) NOT NULL, 
	buyer_business_id VARCHAR(20) NOT NULL, 
	buyer_vat_id VARCHAR(20) NOT NULL, 
	buyer_email TEXT NOT NULL, 
	buyer_phone VARCHAR(40) NOT NULL, 
	buyer_private BOOLEAN NOT NULL, 
	buyer_einvoice_address VARCHAR(35) NOT NULL, 
	buyer_einvoice_operator VARCHAR(35) NOT NULL, 
	buyer_ovt VARCHAR(35) NOT NULL, 
	buyer_agreement_identifier VARCHAR(70) NOT NULL, 
	buyer_contact_name VARCHAR(200) NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (number), 
	FOREIGN KEY(customer_id) REFERENCES customer (id), 
	FOREIGN KEY(billing_customer_id) REFERENCES customer (id), 
	FOREIGN KEY(office_id) REFERENCES office (id) ON DELETE SET NULL, 
	FOREIGN KEY(contact_id) REFERENCES contact_person (id) ON DELETE SET NULL, 
	FOREIGN KEY(credit_of_id) REFERENCES invoice (id)
);
CREATE INDEX ix_invoice_buyer_name ON invoice (buyer_name);
CREATE INDEX ix_invoice_total_gross ON invoice (total_gross);
CREATE INDEX ix_invoice_status ON invoice (status);
CREATE INDEX ix_invoice_sent_at ON invoice (sent_at);
CREATE INDEX ix_invoice_reference ON invoice (reference);
CREATE INDEX ix_invoice_office_id ON invoice (office_id) WHERE office_id IS NOT NULL;
CREATE INDEX ix_invoice_contact_id ON invoice (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_invoice_due_date ON invoice (due_date);
CREATE INDEX ix_invoice_customer_id ON invoice (customer_id);
CREATE INDEX ix_invoice_invoice_date ON invoice (invoice_date);
CREATE INDEX ix_invoice_open_items ON invoice (status, due_date, open_amount, number);
CREATE INDEX ix_invoice_open_amount ON invoice (open_amount);
CREATE INDEX ix_invoice_billing_customer_id ON invoice (billing_customer_id);
CREATE INDEX ix_invoice_credit_of_id ON invoice (credit_of_id);
CREATE TABLE invoice_row (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	product_code VARCHAR(35) NOT NULL, 
	description TEXT NOT NULL, 
	quantity VARCHAR(40) NOT NULL, 
	unit VARCHAR(16) NOT NULL, 
	unit_price BIGINT NOT NULL, 
	discount_percent INTEGER NOT NULL, 
	vat_percent INTEGER NOT NULL, 
	goods BOOLEAN DEFAULT '0' NOT NULL, 
	vat_exemption VARCHAR(20) DEFAULT '' NOT NULL, 
	household_work BOOLEAN DEFAULT '0' NOT NULL, 
	credited_position INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
);
CREATE INDEX ix_invoice_row_invoice_id ON invoice_row (invoice_id);
CREATE TABLE invoice_payment (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	payment_date DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	archive_id VARCHAR(64) DEFAULT '' NOT NULL, 
	bank_payment_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE, 
	FOREIGN KEY(bank_payment_id) REFERENCES bank_payment (id) ON DELETE CASCADE
);
CREATE INDEX ix_invoice_payment_bank_payment_id ON invoice_payment (bank_payment_id);
CREATE INDEX ix_invoice_payment_invoice_id ON invoice_payment (invoice_id);
CREATE TABLE invoice_refund (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	refund_date DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
);
CREATE INDEX ix_invoice_refund_invoice_id ON invoice_refund (invoice_id);
CREATE TABLE invoice_reminder (
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	reminder_date DATE NOT NULL, 
	due_date DATE NOT NULL, 
	fee BIGINT NOT NULL, 
	interest BIGINT NOT NULL, 
	compensation BIGINT DEFAULT '0' NOT NULL, 
	sent_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
);
CREATE INDEX ix_invoice_reminder_invoice_id ON invoice_reminder (invoice_id);
CREATE TABLE customer_credit (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	entry_date DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	bank_payment_id INTEGER, 
	payment_id INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id), 
	FOREIGN KEY(bank_payment_id) REFERENCES bank_payment (id) ON DELETE CASCADE, 
	FOREIGN KEY(payment_id) REFERENCES invoice_payment (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_credit_bank_payment_id ON customer_credit (bank_payment_id);
CREATE INDEX ix_customer_credit_customer_id ON customer_credit (customer_id);
CREATE INDEX ix_customer_credit_payment_id ON customer_credit (payment_id);
CREATE TABLE delivery_attempt (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	customer_id INTEGER NOT NULL, 
	invoice_id INTEGER, 
	reminder_id INTEGER, 
	document VARCHAR(16) NOT NULL, 
	number VARCHAR(20) NOT NULL, 
	channel VARCHAR(16) NOT NULL, 
	recipients TEXT NOT NULL, 
	file TEXT NOT NULL, 
	ok BOOLEAN NOT NULL, 
	error TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customer (id) ON DELETE CASCADE, 
	FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE, 
	FOREIGN KEY(reminder_id) REFERENCES invoice_reminder (id) ON DELETE CASCADE
);
CREATE INDEX ix_delivery_attempt_invoice_id ON delivery_attempt (invoice_id);
CREATE INDEX ix_delivery_attempt_reminder_id ON delivery_attempt (reminder_id);
CREATE INDEX ix_delivery_attempt_customer_id ON delivery_attempt (customer_id);
