"""The team sharing a register on a server: who works in it, and with which role.

Two roles: *full* (everything) and *limited* (customers, contacts, notes, attachments
and their history, but no invoicing figures or amounts). The server enforces them with
its own grants (``storage.postgresql``), so no program can show a limited user an
invoice; the window only hides what the server would refuse anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection

from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.db import Database


class TeamRole(StrEnum):
    FULL = "full"
    LIMITED = "limited"


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: TeamRole


# A login role's name as a person types it: letters, digits and a few marks, not one of
# the server's own ("pg_…") names nor the program's group roles.
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")
_RESERVED = re.compile(r"^(pg_|asiakasrekisteri_)", re.IGNORECASE)


class TeamService:
    """Team members and roles of a shared register; a register file has neither."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def sees_invoicing(self) -> bool:
        """Whether the person working may see invoicing figures."""
        return self.db.sees_invoicing()

    def has_team(self) -> bool:
        """Whether the register has a team at all: one on a server has, a file has not."""
        return self.db.backend.has_team

    def current_user(self) -> str:
        """The name the person working logged in with."""
        with self.db.read() as session:  # a lost server is told as such, not as a crash
            return self.db.backend.acting_user(session.connection())

    def may_manage(self) -> bool:
        """Whether the server would let the person working hand out the team's roles
        (a role that may create roles and sees the whole register); it has the last word."""
        with self.db.read() as session:
            return self.db.backend.may_manage_team(session.connection())

    def members(self) -> list[TeamMember]:
        with self.db.read() as session:
            rows = self.db.backend.team_members(session.connection())
        return [TeamMember(name, TeamRole(role)) for name, role in rows]

    def add(self, name: str, role: TeamRole, password: str | None = None) -> None:
        """Give ``name`` the ``role`` (creating the login role with ``password`` when new).

        Run by the register's owner: the server refuses anyone else.
        """
        name = _checked(name)
        with self.db.transaction() as session:
            conn = session.connection()
            if role is TeamRole.LIMITED and self._own_role(conn, name) is TeamRole.FULL:
                raise RuleViolation(
                    "You cannot change your own role to limited; another user who may hand "
                    "out the team's roles can.",
                    code="team.demote_self",
                )
            self.db.backend.add_team_member(conn, name, role.value, password)

    def remove(self, name: str) -> None:
        """Take ``name``'s role away; the person can no longer open the register.

        Nobody removes themselves: the full role owns the register's tables, so its member
        would silently lose the owner's rights (upgrades, handing out roles, erasing).
        """
        name = _checked(name)
        with self.db.transaction() as session:
            conn = session.connection()
            if self._own_role(conn, name) is not None:
                raise RuleViolation(
                    "You cannot remove yourself from the team; another user who may hand out "
                    "its roles can.",
                    code="team.remove_self",
                )
            self.db.backend.remove_team_member(conn, name)

    def _own_role(self, conn: Connection, name: str) -> TeamRole | None:
        """The team role of ``name`` if that is the user running this, else None.

        A register file refuses here as having no team (its user is the computer's, whose
        name may well be the one given).
        """
        backend = self.db.backend
        if name != backend.acting_user(conn):
            return None
        roles = {TeamRole(role) for member, role in backend.team_members(conn) if member == name}
        return TeamRole.FULL if TeamRole.FULL in roles else next(iter(roles), None)


def _checked(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name) or _RESERVED.match(name):
        raise RuleViolation(
            "“{name}” cannot be a user name: use letters, digits and _ . @ - "
            "(at most 63), not starting with pg_ or asiakasrekisteri_.",
            code="team.user_name",
            name=name[:70],
        )
    return name


__all__ = ["TeamMember", "TeamRole", "TeamService"]
