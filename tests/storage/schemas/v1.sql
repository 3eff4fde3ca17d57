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
	PRIMARY KEY (id)
);
CREATE TABLE customer (
	id INTEGER NOT NULL, 
	customer_number VARCHAR(20) NOT NULL, 
	customer_type VARCHAR(16) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	name_sort VARCHAR(200) NOT NULL, 
	group_id INTEGER, 
	business_id VARCHAR(20) NOT NULL, 
	vat_id VARCHAR(20) NOT NULL, 
	buyer_ovt VARCHAR(35) NOT NULL, 
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
CREATE INDEX ix_customer_city ON customer (city);
CREATE INDEX ix_customer_list_active ON customer (active, name_sort, id, search_text);
CREATE INDEX ix_customer_group_id ON customer (group_id);
CREATE INDEX ix_customer_business_id ON customer (business_id);
CREATE INDEX ix_customer_customer_type ON customer (customer_type);
CREATE INDEX ix_customer_list_all ON customer (name_sort, id, active, search_text);
CREATE INDEX ix_customer_status ON customer (status);
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
