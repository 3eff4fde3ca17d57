"""Records of other features that hang on a customer.

Some records must be kept with their customer by law (invoices, under the bookkeeping
act): a customer that has them cannot be deleted, only inactivated or anonymised, and
an anonymised customer's kept records lose what the law does not need them to keep. On a
merge such records follow the merged customer to the survivor. The customer services do
not know these features; the composition root registers each one here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from asiakasrekisteri.domain.errors import Count, Counts

RetentionCounter = Callable[[Session, Sequence[int]], Mapping[int, int]]
"""How many records of one kind each customer (by id) has that must be kept: customer id →
how many (the ids of those that have none may be left out). One customer or an import's
thousands: it narrows its queries by
:func:`~asiakasrekisteri.storage.backend.in_id_runs`, a few statements either way."""

MergeMover = Callable[[Session, int, int], None]
"""Re-point one kind of records from a merged customer (first id) to the survivor."""

Anonymiser = Callable[[Session, int], None]
"""Remove from one kind of kept records the personal data of a customer being anonymised."""


@dataclass
class DependentRecords:
    """The record kinds registered by features, each with its check and its mover.

    Attributes:
        retention_counters: Kind (as in ``"invoices"``) → counter of records kept by law.
        merge_movers: Kind → mover of records on a merge.
        anonymisers: Kind → what anonymising a customer removes from those records.
        nouns: Kind → how a message counts its kept records (``"%n invoice(s)"``).
    """

    retention_counters: dict[str, RetentionCounter] = field(default_factory=dict)
    merge_movers: dict[str, MergeMover] = field(default_factory=dict)
    anonymisers: dict[str, Anonymiser] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)

    def register(
        self,
        kind: str,
        *,
        kept: RetentionCounter | None = None,
        move: MergeMover | None = None,
        anonymise: Anonymiser | None = None,
        noun: str = "",
    ) -> None:
        """Add a kind of records; ``kept`` counts those the law keeps (``noun`` words
        them in messages), ``move`` merges, ``anonymise`` strips them of personal data
        the law does not keep."""
        if kept is not None:
            if not noun:
                raise ValueError(f"records kept by law need a noun for messages: {kind}")
            self.retention_counters[kind] = kept
            self.nouns[kind] = noun
        if move is not None:
            self.merge_movers[kind] = move
        if anonymise is not None:
            self.anonymisers[kind] = anonymise

    def kept(self, session: Session, customer_id: int) -> dict[str, int]:
        """Kind → number of records kept by law, for the kinds the customer has."""
        kept: dict[str, int] = {}
        for kind, counter in self.retention_counters.items():
            if count := counter(session, [customer_id]).get(customer_id, 0):
                kept[kind] = count
        return kept

    def kept_counts(self, session: Session, customer_id: int) -> Counts:
        """The records kept by law, counted for a message ("2 invoices, 1 credit record")."""
        kept = self.kept(session, customer_id)
        return self.counted(kept)

    def kept_counts_of_many(
        self, session: Session, customer_ids: Sequence[int]
    ) -> dict[int, Counts]:
        """:meth:`kept_counts` of each of ``customer_ids`` that has records kept by law,
        in a few queries per kind however many customers there are."""
        kept: dict[int, dict[str, int]] = {}
        for kind, counter in self.retention_counters.items():
            for customer_id, count in counter(session, customer_ids).items():
                if count:
                    kept.setdefault(customer_id, {})[kind] = count
        # Each customer's kinds were added in the order they were registered, the order
        # kept_counts words them in.
        return {customer_id: self.counted(kinds) for customer_id, kinds in kept.items()}

    def counted(self, kept: dict[str, int]) -> Counts:
        """``kept`` (kind → number) as counts for a message."""
        return Counts.of(Count(self.nouns[kind], n) for kind, n in kept.items())

    def move(self, session: Session, merged_id: int, survivor_id: int) -> None:
        """Re-point every registered kind of records from ``merged_id`` to ``survivor_id``."""
        for mover in self.merge_movers.values():
            mover(session, merged_id, survivor_id)

    def anonymise(self, session: Session, customer_id: int) -> None:
        """Strip every registered kind of records of the customer's needless personal data."""
        for anonymiser in self.anonymisers.values():
            anonymiser(session, customer_id)
