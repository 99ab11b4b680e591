"""Offices held only in a few countries' systems of government: an official titled so ("Rep. Jo Roe",
"Congresswoman Ana Lund", "MK Dan Ezra") in an outlet from another country is no official of the outlet's
country, so the people step does not give them the outlet's country (see `people._official_country`).

Keys are the lowercase title words as the lexicon's GOVERNMENT_HEADS writes them (without a full stop); values
are the ISO codes of the countries whose officials bear the title. Titles used in most countries (minister,
president, mayor, senator, MP) are not listed: any outlet's country may be theirs.
"""
from __future__ import annotations

_CONGRESS = frozenset("US PH".split())  # a House of Representatives whose members are "Rep." / congressmen

OFFICE_COUNTRIES: dict[str, frozenset[str]] = {
    "rep": _CONGRESS,
    "representative": _CONGRESS,
    "congressman": _CONGRESS,
    "congresswoman": _CONGRESS,
    "congressmember": _CONGRESS,
    "mk": frozenset({"IL"}),  # a member of the Knesset
}
