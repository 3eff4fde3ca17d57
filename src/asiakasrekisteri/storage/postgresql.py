"""PostgreSQL: a register shared by a small team on a real server.

Everything PostgreSQL-specific lives here: the connection, the schema version (a
one-row table, as PostgreSQL has no ``user_version``), the classification of server
errors by SQLSTATE, and the backup, which is an SQLite snapshot of the same schema so
that a backup never needs server tools and opens like any register file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    Table,
    bindparam,
    create_engine,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from asiakasrekisteri.domain.customer import INVOICING_TERMS
from asiakasrekisteri.storage.backend import (
    AnySelect,
    ChangeWatcher,
    SqliteBackend,
    in_chunks,
    processed_rows,
    read_only_engine,
    to_single_file,
)
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    DiskFullError,
    PermissionRefusedError,
    RegisterBusyError,
    RegisterLoginError,
    RegisterReadOnlyError,
    RegisterUnreachableError,
    StorageError,
)

logger = logging.getLogger(__name__)

VERSION_TABLE = "asiakasrekisteri_schema"
"""The one-row table holding the schema version (SQLite keeps it in ``user_version``)."""

# SQLSTATE classes and codes that mean something about the server or the team's use of
# it rather than a fault of the program.
_BY_CODE: dict[str, type[StorageError]] = {
    "40001": RegisterBusyError,  # serialization_failure
    "40P01": RegisterBusyError,  # deadlock_detected
    "55P03": RegisterBusyError,  # lock_not_available
    "57014": RegisterBusyError,  # query_canceled (statement or lock timeout)
    "53100": DiskFullError,  # disk_full
    "42501": PermissionRefusedError,  # insufficient_privilege (a role's GRANTs)
    "25006": RegisterReadOnlyError,  # read_only_sql_transaction (a standby)
    "XX001": DatabaseDamagedError,  # data_corrupted
    "XX002": DatabaseDamagedError,  # index_corrupted
}
_BY_CLASS: dict[str, type[StorageError]] = {
    "08": RegisterUnreachableError,  # connection exception
    "28": RegisterLoginError,  # invalid authorization (wrong password, no such role)
    "57": RegisterUnreachableError,  # operator intervention (server shutting down)
}


TEAM_ROLES = {"full": "asiakasrekisteri_full", "limited": "asiakasrekisteri_limited"}
"""The team's group roles (NOLOGIN) by the name the program gives them; a person's login
role is a member of one. Role names are the server's, shared by its databases."""

HIDDEN_FROM_LIMITED = (
    "invoice", "invoice_row", "invoice_payment", "invoice_reminder", "product",
    "reference_rate", "bank_import", "bank_payment", "customer_credit", "delivery_attempt",
    "email_settings", "message_template",
)  # fmt: skip
"""Tables of invoicing figures and amounts, and of sending invoices: the limited role has
no right to them at all, so no query of any program can show them to it."""

READ_ONLY_FOR_LIMITED = ("own_company", VERSION_TABLE)
"""The own company's details (printed on everything) are read, never changed, by the
limited role."""

HISTORY_HIDDEN_ENTITIES = ("invoice", "delivery_attempt")
"""Change log entries of these entities carry invoicing amounts: a row-level policy hides
them from the limited role."""

COLUMNS_HIDDEN_FROM_LIMITED = {"customer": INVOICING_TERMS, "import_entry": ("previous",)}
"""Columns of otherwise shared tables that hold invoicing figures: the card's discount,
credit limit and penalty interest, and an import's copy of the card it changed. The
limited role may neither read nor write them (column grants on the others only), and the
change log's entries of the card's terms are hidden from it as the invoices' are."""


CHANGE_CHANNEL = "asiakasrekisteri_changed"
"""The LISTEN/NOTIFY channel on which writers announce a committed change."""


class PostgresChangeWatcher:
    """A connection of its own that LISTENs for other writers' announcements."""

    def __init__(self, url: str, origin: str) -> None:
        import psycopg

        self._origin = origin
        self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        self._conn.execute(f"LISTEN {CHANGE_CHANNEL}")

    def changed(self) -> bool:
        # A zero timeout only drains what has arrived; this program's own are skipped.
        found = False
        for note in self._conn.notifies(timeout=0, stop_after=1000):
            found = found or note.payload != self._origin
        return found

    def absorb(self) -> None:
        """Own changes are recognised by their origin; nothing to do."""

    def close(self) -> None:
        self._conn.close()


def _run(conn: Connection, statement: Any) -> None:
    """Run a statement composed with quoted names (roles cannot be bound parameters)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(statement)


def _register_table_names() -> list[str]:
    """Every table of the register, the schema version's included."""
    from asiakasrekisteri.storage.models import Base, load_all_models

    load_all_models()
    return sorted(set(Base.metadata.tables) | {VERSION_TABLE})


def _hand_over(conn: Connection, tables: Sequence[str], group: str) -> None:
    """Make ``group`` the owner of ``tables``, and the one running this its member.

    The server lets a table change hands only to a role that may create tables in its
    schema; the full role gets that right for the moment of the change alone, so that
    its members cannot add tables (an upgrade that adds some stays the owner's). Once
    every table is the group's, nothing is done: a full member may then apply the
    grants again after an upgrade.
    """
    from psycopg import sql

    role = sql.Identifier(group)
    # USAGE (the group's rights are this role's), not mere membership: from PostgreSQL
    # 16 on, the creator of a role is its member without them, and owner rights need them.
    if not conn.execute(
        text("SELECT pg_has_role(current_user, :r, 'USAGE')"), {"r": group}
    ).scalar():
        _run(conn, sql.SQL("GRANT {} TO CURRENT_USER").format(role))
    others = (
        conn.execute(
            text(
                "SELECT relname FROM pg_class WHERE oid = ANY(CAST(:tables AS regclass[])) "
                "AND relowner <> (SELECT oid FROM pg_roles WHERE rolname = :r) ORDER BY relname"
            ),
            {"tables": list(tables), "r": group},
        )
        .scalars()
        .all()
    )
    if not others:
        return
    may_create = conn.execute(
        text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"), {"r": group}
    ).scalar()
    if not may_create:
        _run(conn, sql.SQL("GRANT CREATE ON SCHEMA public TO {}").format(role))
    for table in others:
        _run(conn, sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(table), role))
    if not may_create:
        _run(conn, sql.SQL("REVOKE CREATE ON SCHEMA public FROM {}").format(role))


def _grant_columns(conn: Connection, limited: str) -> None:
    """Let the ``limited`` role use every column of the tables of
    :data:`COLUMNS_HIDDEN_FROM_LIMITED` but the hidden ones.

    Its new card leaves the terms out, so a new card's discount comes from the column's
    default (none for the credit limit and penalty interest: NULL).
    """
    from psycopg import sql

    from asiakasrekisteri.storage.models import Base

    for table, hidden in COLUMNS_HIDDEN_FROM_LIMITED.items():
        shown = [c.name for c in Base.metadata.tables[table].columns if c.name not in hidden]
        columns = sql.SQL(", ").join(map(sql.Identifier, shown))
        _run(
            conn,
            sql.SQL("GRANT SELECT ({0}), INSERT ({0}), UPDATE ({0}), DELETE ON {1} TO {2}").format(
                columns, sql.Identifier(table), sql.Identifier(limited)
            ),
        )
    _run(conn, sql.SQL("ALTER TABLE customer ALTER COLUMN discount_percent SET DEFAULT 0"))


def _is_connect_failure(exc: BaseException) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError)


def is_postgresql_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


class PostgresBackend:
    """A register in a PostgreSQL database, addressed by a ``postgresql://`` URL.

    Attributes:
        url: The database's address. A password in it is used but never shown.
    """

    def __init__(self, url: str, *, password: str | None = None) -> None:
        parsed = make_url(url)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        if password is not None and parsed.password is None:
            parsed = parsed.set(password=password)
        self.url = parsed
        self._role: str | None = None

    def location(self) -> str:
        """What ``storage.locations.backend_for`` takes to reach this register again."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True).replace("+psycopg", "")

    def create_engine(self) -> Engine:
        # Hidden parameters: a failed statement's message would otherwise carry the
        # customer's data into tracebacks and the log file.
        return create_engine(
            self.url,
            hide_parameters=True,
            pool_size=2,
            max_overflow=4,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": 10,
                "application_name": "asiakasrekisteri",
                # A writer waits for another's row lock at most this long, then is told
                # the register is busy instead of hanging the window.
                "options": "-c lock_timeout=10000",
            },
        )

    def schema_version(self, conn: Connection) -> int:
        if not inspect(conn).has_table(VERSION_TABLE):
            return 0
        value = conn.execute(text(f"SELECT version FROM {VERSION_TABLE}")).scalar()
        return int(value or 0)

    def set_schema_version(self, conn: Connection, version: int) -> None:
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)"))
        conn.execute(text(f"DELETE FROM {VERSION_TABLE}"))
        conn.execute(
            text(f"INSERT INTO {VERSION_TABLE} (version) VALUES (:v)"), {"v": int(version)}
        )

    def own_tables(self) -> frozenset[str]:
        """Tables of the backend's own bookkeeping, not part of the register's schema."""
        return frozenset({VERSION_TABLE})

    def needs_check(self) -> bool:
        """Always: the check is one ``SELECT 1``, which also proves the login."""
        return True

    def closed_cleanly(self) -> None:
        """Nothing to keep: the server recovers from its own crashes."""

    def forget_clean_close(self) -> None:
        """Nothing kept (see :meth:`closed_cleanly`)."""

    def quick_check(self, engine: Engine) -> None:
        """The server checks its own pages; opening only proves the database answers."""
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            classified = self.classify_error(exc)
            if classified is not None:
                raise classified from exc
            raise

    def classify_error(self, exc: BaseException) -> StorageError | None:
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        code = getattr(cause, "sqlstate", None)
        if not isinstance(code, str):
            # A refused connection carries no SQLSTATE; the driver's words tell which.
            if isinstance(exc, OperationalError) or _is_connect_failure(cause):
                text_ = str(cause)
                if "password" in text_ or "authentication" in text_:
                    return RegisterLoginError()
                return RegisterUnreachableError()
            return None
        kind = _BY_CODE.get(code) or _BY_CLASS.get(code[:2])
        return None if kind is None else kind()

    def digits_only(self, text_: ColumnElement[str]) -> ColumnElement[bool]:
        """SQL: ``text_`` is one or more ASCII digits."""
        return text_.regexp_match("^[0-9]+$")

    def fetch_rows(self, conn: Connection, stmt: AnySelect) -> list[Any]:
        """Every row as the driver gives it (amounts in cents, dates as dates), for big lists.

        Like SQLite's, the driver's cursor runs the statement, so the column types' own
        conversions are skipped; statements with parameters that need type processing
        go the portable way.
        """
        compiled = stmt.compile(dialect=conn.dialect)
        params = compiled.params
        if not all(isinstance(p, str | int | float) for p in params.values()):
            return [tuple(row) for row in conn.execute(stmt)]
        driver = conn.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor:
            cursor.execute(str(compiled), params)
            rows: list[Any] = cursor.fetchall()
            return rows

    def insert_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Insert many rows, each with the values of ``names`` in order, with one ``COPY``.

        An import of 50,000 customers: ``COPY`` takes the rows as one stream, where
        INSERTs cost a round trip and a parse per batch. ``rows`` is consumed as it is
        sent, so a caller that makes its rows lazily has the server storing the first
        ones (on another core) while it makes the next. Values go through each column
        type's bind processor (Money to cents …) as SQLAlchemy would, except that a value
        the column had on the row before is not processed again (every row of an import
        shares its timestamps); ids and other left-out columns take their defaults.
        """
        from psycopg import sql

        processors = [table.c[name].type.bind_processor(conn.dialect) for name in names]
        active = [(i, p) for i, p in enumerate(processors) if p is not None]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        driver = conn.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in processed_rows(rows, active) if active else rows:
                write(row)

    blobs_in_database = True
    """Attachments live in ``attachment_blob`` so that every member of the team sees them."""

    has_team = True

    def integrity_problems(self, conn: Connection) -> list[str]:
        """The server checks its pages itself (and reports a damaged one as XX001)."""
        return []

    def foreign_key_problems(self, conn: Connection) -> list[str]:
        """The server enforces every foreign key; no row can point to a missing one."""
        return []

    def prepare_erase(self, conn: Connection) -> None:
        """Refuse the erasure unless :meth:`compact` can rewrite every table afterwards.

        The server lets only a table's owner (a member of the owning role) rewrite it,
        and skips any other table with a mere warning: an erasure whose values then
        stayed in the data files would look done. Checked before anything is erased.
        """
        tables = _register_table_names()
        unowned = conn.execute(
            text(
                "SELECT count(*) FROM pg_class WHERE oid = ANY(CAST(:tables AS regclass[])) "
                "AND NOT pg_has_role(relowner, 'USAGE')"
            ),
            {"tables": tables},
        ).scalar_one()
        if unowned:
            raise PermissionRefusedError()

    def compact(self, engine: Engine) -> None:
        """Rewrite the register's tables so that erased values leave the data files.

        ``VACUUM FULL`` holds each table's lock while it runs; an erasure is rare and
        the tables of a small firm's register are small. The team's full role owns
        them (:meth:`apply_grants`), so that every full member may erase.
        """
        from psycopg import sql

        names = sql.SQL(", ").join(map(sql.Identifier, _register_table_names()))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            _run(conn, sql.SQL("VACUUM FULL {}").format(names))

    def after_copy(self, conn: Connection) -> None:
        """Move each table's id sequence past the ids copied in."""
        from asiakasrekisteri.storage.copying import register_tables

        for table in register_tables():
            pk = list(table.primary_key.columns)
            if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
                continue
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:t, :c), "
                    f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                ),
                {"t": table.name, "c": pk[0].name},
            )

    def serialise_inserts(self, conn: Connection, tables: Sequence[str]) -> None:
        """Hold off other writers' inserts into ``tables`` until this transaction ends.

        Readers are not blocked (EXCLUSIVE mode still allows ACCESS SHARE).
        """
        conn.execute(text(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE"))

    def acting_user(self, conn: Connection) -> str:
        """Who the history names: the person's own database role, as the server knows it.

        Asked once: a register's connections all log in as the same role.
        """
        if self._role is None:
            self._role = str(conn.execute(text("SELECT current_user")).scalar_one())[:100]
        return self._role

    def sees_invoicing(self, conn: Connection) -> bool:
        """Whether the server lets this role read invoices (the limited role may not)."""
        return bool(conn.execute(text("SELECT has_table_privilege('invoice', 'SELECT')")).scalar())

    def team_members(self, conn: Connection) -> list[tuple[str, str]]:
        """The people in the team's group roles as (login role, "full" or "limited").

        A person is a role that logs in and has the group's rights: a group role granted
        to another (NOLOGIN, as the server's own ``pg_…`` roles are) is nobody, and from
        PostgreSQL 16 on the creator of a role is its member without its rights. A
        membership granted twice (by different grantors) is listed once.
        """
        by_group = {group: kind for kind, group in TEAM_ROLES.items()}
        rows = conn.execute(
            text(
                "SELECT DISTINCT m.rolname, g.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname IN (:full, :limited) AND m.rolcanlogin "
                "AND pg_has_role(m.oid, g.oid, 'USAGE') ORDER BY m.rolname, g.rolname"
            ),
            {"full": TEAM_ROLES["full"], "limited": TEAM_ROLES["limited"]},
        )
        return [(str(member), by_group[str(group)]) for member, group in rows]

    def add_team_member(self, conn: Connection, name: str, role: str, password: str | None) -> None:
        """Make ``name`` (a login role, created when missing) a member of ``role`` only.

        Sets the group roles and their grants up first, so that tables added by an
        upgrade since are covered. Needs the register's owner with CREATEROLE.
        """
        from psycopg import sql

        self.apply_grants(conn)
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
        user = sql.Identifier(name)
        if exists is None:
            _run(conn, sql.SQL("CREATE ROLE {} LOGIN").format(user))
        if password is not None:
            _run(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(user, sql.Literal(password)))
        for kind, group in TEAM_ROLES.items():
            verb = "GRANT {} TO {}" if kind == role else "REVOKE {} FROM {}"
            _run(conn, sql.SQL(verb).format(sql.Identifier(group), user))

    def may_manage_team(self, conn: Connection) -> bool:
        """Whether this role may hand out the team's roles at all: it may create roles
        and sees the whole register (setting the grants up again needs the tables)."""
        may_create_roles = conn.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        return bool(may_create_roles) and self.sees_invoicing(conn)

    def remove_team_member(self, conn: Connection, name: str) -> None:
        """Take ``name`` out of both group roles; the login role itself stays (the
        history names it, and it may be a member elsewhere on the server)."""
        from psycopg import sql

        for group in TEAM_ROLES.values():
            _run(
                conn,
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(name)),
            )

    def apply_grants(self, conn: Connection) -> None:
        """Create the group roles when missing and grant each its part of the register.

        Idempotent. The full role may read and change every table; the limited role every
        table but :data:`HIDDEN_FROM_LIMITED`, with :data:`READ_ONLY_FOR_LIMITED` read
        only, and the change log without the entries of invoicing.

        The full role owns the tables: rewriting a table to erase a person for good
        (``VACUUM FULL``) is the owner's right alone, and every full member may erase.
        The one setting this up joins the full role, so that the tables stay theirs to
        upgrade. (PostgreSQL 17's MAINTAIN privilege would grant the rewrite alone,
        but older servers have none.)
        """
        from psycopg import sql

        existing = {
            str(r[0])
            for r in conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname IN (:f, :l)"),
                {"f": TEAM_ROLES["full"], "l": TEAM_ROLES["limited"]},
            )
        }
        for group in TEAM_ROLES.values():
            if group not in existing:
                _run(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        full, limited = (sql.Identifier(TEAM_ROLES[k]) for k in ("full", "limited"))
        tables = _register_table_names()
        _hand_over(conn, tables, TEAM_ROLES["full"])
        hidden = set(HIDDEN_FROM_LIMITED)
        read_only = set(READ_ONLY_FOR_LIMITED)
        writable = [
            t for t in tables if t not in hidden | read_only | set(COLUMNS_HIDDEN_FROM_LIMITED)
        ]
        ids = [sql.Identifier(t) for t in tables]
        statements = [
            sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(full, limited),
            sql.SQL("REVOKE ALL ON {} FROM {}").format(sql.SQL(", ").join(ids), limited),
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.SQL(", ").join(ids), full
            ),
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(t) for t in writable), limited
            ),
            sql.SQL("GRANT SELECT ON {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(t) for t in sorted(read_only)), limited
            ),
            sql.SQL(
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {}, {}"
            ).format(full, limited),
            sql.SQL("ALTER TABLE history_entry ENABLE ROW LEVEL SECURITY"),
            sql.SQL("DROP POLICY IF EXISTS team_full ON history_entry"),
            sql.SQL("DROP POLICY IF EXISTS team_limited ON history_entry"),
            sql.SQL(
                "CREATE POLICY team_full ON history_entry TO {} USING (true) WITH CHECK (true)"
            ).format(full),
            sql.SQL(
                "CREATE POLICY team_limited ON history_entry TO {} "
                "USING (entity NOT IN ({}) AND NOT (entity = 'customer' AND field IN ({}))) "
                "WITH CHECK (true)"
            ).format(
                limited,
                sql.SQL(", ").join(map(sql.Literal, HISTORY_HIDDEN_ENTITIES)),
                sql.SQL(", ").join(map(sql.Literal, INVOICING_TERMS)),
            ),
        ]
        for statement in statements:
            _run(conn, statement)
        _grant_columns(conn, TEAM_ROLES["limited"])

    def after_upgrade(self, conn: Connection) -> None:
        """Tables an upgrade added get the team's grants, once a team has been set up."""
        found = conn.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname IN (:f, :l)"),
            {"f": TEAM_ROLES["full"], "l": TEAM_ROLES["limited"]},
        ).scalar_one()
        if found == len(TEAM_ROLES):
            self.apply_grants(conn)

    def announce_change(self, conn: Connection, origin: str) -> None:
        """Tell every listening window; PostgreSQL delivers it only if the commit happens."""
        conn.execute(
            text("SELECT pg_notify(:channel, :origin)"),
            {"channel": CHANGE_CHANNEL, "origin": origin},
        )

    def change_watcher(self, origin: str) -> ChangeWatcher:
        return PostgresChangeWatcher(self.location(), origin)

    def restore_from(self, engine: Engine, snapshot: Path) -> None:
        """Replace every row with those of ``snapshot`` (an SQLite file of this schema version).

        One transaction: others see the old register until the new one is complete.
        """
        from asiakasrekisteri.storage.copying import copy_rows

        source_engine = read_only_engine(snapshot)
        try:
            with source_engine.connect() as source, engine.begin() as dest:
                copy_rows(source, dest, replace=True)
                self.after_copy(dest)
        finally:
            source_engine.dispose()

    def present(self, conn: Connection, column: Column[str], values: Sequence[str]) -> set[str]:
        """The ``values`` that ``column`` holds somewhere."""
        found: set[str] = set()
        for chunk in in_chunks(values):
            found.update(row[0] for row in conn.execute(select(column).where(column.in_(chunk))))
        return found

    def update_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Update many rows by primary key: the columns of ``names``, then the key."""
        if not rows:
            return
        *columns, key = names
        stmt = (
            update(table)
            .where(table.c[key] == bindparam(f"_{key}"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        conn.execute(stmt, [{f"_{n}": v for n, v in zip(names, row, strict=True)} for row in rows])

    def backup_to(self, engine: Engine, target: Path) -> None:
        """Write the whole register into a new SQLite file of the same schema.

        Read in one REPEATABLE READ transaction, so the snapshot is one moment of the
        register even while others write.
        """
        from asiakasrekisteri.storage.copying import copy_rows
        from asiakasrekisteri.storage.models import Base, load_all_models

        load_all_models()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        snapshot = SqliteBackend(partial)
        dest_engine = snapshot.create_engine()
        try:
            with (
                engine.connect().execution_options(isolation_level="REPEATABLE READ") as source,
                dest_engine.begin() as dest,
            ):
                version = self.schema_version(source)
                Base.metadata.create_all(dest)
                copy_rows(source, dest)
                snapshot.set_schema_version(dest, version)
                source.rollback()
        except BaseException as exc:
            dest_engine.dispose()
            partial.unlink(missing_ok=True)
            # A role that may not read every table (a limited team member) is told so.
            classified = self.classify_error(exc)
            if classified is not None:
                raise classified from exc
            raise
        dest_engine.dispose()
        to_single_file(partial)
        partial.replace(target)
        logger.info("Snapshot of the shared register written (%d bytes)", target.stat().st_size)
