"""Head words of organisation names in other languages, each with the English head word an article uses when it
takes the body up again ("Universidad de los Llanos ... the university"). A name whose first word is one of these
(and which goes on with a capitalised word, after a link word or not) names an organisation (`orgnames`)."""
from __future__ import annotations

FOREIGN_ORG_HEADS: dict[str, str] = {
    # Spanish, Portuguese, Italian, French, German, Dutch, Irish: the head opens the name
    "universidad": "university", "universidade": "university", "università": "university",
    "université": "university", "universität": "university", "universiteit": "university",
    "cooperativa": "cooperative", "coopérative": "cooperative", "genossenschaft": "cooperative",
    "ministerio": "ministry", "ministério": "ministry", "ministero": "ministry", "ministère": "ministry",
    "ministerium": "ministry",
    "banco": "bank", "banca": "bank", "banque": "bank",
    "comisión": "commission", "comissão": "commission", "commissione": "commission",
    "consejo": "council", "conselho": "council", "consiglio": "council", "conseil": "council",
    "corte": "court", "tribunal": "court", "tribunale": "court", "cour": "court",
    "partido": "party", "partito": "party", "parti": "party",
    "sindicato": "union", "sindacato": "union", "syndicat": "union", "gewerkschaft": "union",
    "asociación": "association", "associação": "association", "associazione": "association",
    "fundación": "foundation", "fundação": "foundation", "fondazione": "foundation", "fondation": "foundation",
    "stiftung": "foundation",
    "instituto": "institute", "istituto": "institute", "institut": "institute",
    "agencia": "agency", "agência": "agency", "agenzia": "agency", "agence": "agency",
    "compañía": "company", "companhia": "company", "compagnia": "company", "compagnie": "company",
    "empresa": "company", "société": "company",
    "policía": "police", "polícia": "police", "polizia": "police", "polizei": "police",
    "secretaría": "secretariat", "secretaria": "secretariat",
    "bord": "board", "comhairle": "council",
}

# Description nouns an article takes a body up by beyond the body's own head word ("The European Union ... the
# bloc"): each with the head words of the bodies it can stand for (`orgnames.ArticleBodies`).
DESCRIPTION_HEADS: dict[str, frozenset[str]] = {
    "bloc": frozenset({"union", "community", "alliance", "association"}),
    "alliance": frozenset({"organization", "organisation", "alliance", "treaty"}),
    "firm": frozenset({"company", "corporation", "group", "holdings", "inc", "ltd", "llc", "plc"}),
    "regulator": frozenset({"authority", "commission", "agency", "bureau", "board"}),
    "legislature": frozenset({"parliament", "assembly", "congress", "senate", "council"}),
}
