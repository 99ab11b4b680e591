"""Person-name keys and matching, shared by within-article and cross-database resolution (first version)."""
from __future__ import annotations

import re
import unicodedata


def person_key(name: str) -> str:
    """A normalised key: accents folded, case folded, punctuation and extra spaces removed."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w\s-]", "", folded.casefold())
    return re.sub(r"[\s-]+", " ", folded).strip()


class PeopleIndex:
    """The people already known (in the database), to resolve a new article's people against them.

    The store fills it with every person's id, canonical name and aliases, then asks `match` for each person
    of a new article; `add` records a person the store has just created or extended.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, int] = {}

    def add(self, person_id: int, name: str, aliases: list[str] | tuple[str, ...] = ()) -> None:
        for variant in (name, *aliases):
            self._by_key.setdefault(person_key(variant), person_id)

    def match(self, name: str, aliases: list[str] | tuple[str, ...] = ()) -> int | None:
        """The id of the known person this name (or one of its aliases) refers to; None when new."""
        for variant in (name, *aliases):
            found = self._by_key.get(person_key(variant))
            if found is not None:
                return found
        return None
