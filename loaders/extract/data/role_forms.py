"""Role forms: the ways news prose writes one and the same office, so that a role the article gave a person in
one form is found by a later description in another ("Chairperson Ana Lind" … "the chairwoman said"; "Premier
Jan Kowal" … "the prime minister said"; "the country's top diplomat, Dan Ezra," … "the foreign minister said").

`ROLE_FORM_GROUPS`: each group lists equivalent forms of an office's head (lowercase, whole words). A role that
ends in one of them, or has it before "of"/"for" ("chairperson of the water board"), is also read in every other
form of its group. (Which roles a description's head may stand for, "the leader" for a president, is the
lexicon's `ROLE_SYNONYMS`; these are not broader or narrower roles, only the same one written differently.)

`QUALIFIER_FORMS`: qualifiers of a description that say the same of the holder as another ("the retired general"
of "a former army general").
General English, nothing article-specific.
"""
from __future__ import annotations

ROLE_FORM_GROUPS = (
    ("chair", "chairman", "chairwoman", "chairperson", "chairwomen", "chairmen"),
    ("chief executive", "chief executive officer", "ceo"),
    ("chief operating officer", "coo"),
    ("chief financial officer", "cfo", "finance director"),
    ("chief technology officer", "cto"),
    ("prime minister", "premier"),
    ("foreign minister", "minister of foreign affairs", "minister for foreign affairs", "foreign affairs minister",
     "top diplomat"),
    ("defence minister", "defense minister", "minister of defence", "minister of defense", "minister for defence"),
    ("interior minister", "minister of the interior", "minister of interior", "home affairs minister",
     "minister of home affairs"),
    ("finance minister", "minister of finance", "minister for finance"),
    ("spokesperson", "spokesman", "spokeswoman"),
    # members of a city's or a province's executive, in South African and similar usage, and their short forms
    # ("mayoral committee member for transport X" … "the mayco member said")
    ("mayoral committee member", "mayco member", "member of the mayoral committee"),
    ("executive council member", "exco member", "member of the executive council"),
    ("police chief", "chief of police", "police commissioner", "commissioner of police"),
    ("head teacher", "headteacher", "headmaster", "headmistress", "principal"),
    # the two sides' lawyers in court reports
    ("defence lawyer", "defense lawyer", "defence counsel", "defense counsel", "defence attorney", "defense attorney",
     "defence solicitor", "defence advocate", "counsel for the defence", "counsel for the defense",
     "counsel for the accused", "lawyer for the accused",
     # (the role a relative clause gives: "Ana Lind, who represents the accused,")
     "representative of the accused", "representative of the defendant"),
    # the one in charge of a harbour, in the words papers use for the office
    ("harbourmaster", "harbour master", "harbormaster", "harbor master", "harbour chief", "harbor chief"),
    ("prosecutor", "prosecution lawyer", "prosecution counsel", "prosecuting counsel", "prosecuting attorney",
     "counsel for the prosecution"),
)

QUALIFIER_FORMS = {"retired": "former", "ex": "former", "erstwhile": "former"}
# the words of a role, in any of those forms, that say its holder no longer holds it ("Retired general X",
# "former prime minister Y", "ex-president Z"): a description saying so needs them ("the retired general"), one
# that does not prefers a holder without them ("the CEO" of a CEO and a former CEO)
PAST_HOLDER_WORDS = ("former", "retired", "ex", "erstwhile")
# offices one person holds at a time (in a place, a body, a portfolio), whose bare description is the one holding it
# now, never someone the article names only as a former holder ("Former prime minister Jan Kowal … the prime minister
# said"); an occupation is kept by whoever worked at it ("Former Harvard professor Ana Ruiz, now at Yale … the
# professor said", "Ex-BBC journalist Tom Hale … the journalist said" is that person)
SINGLE_HOLDER_OFFICES = frozenset("""president minister premier mayor governor chancellor taoiseach tánaiste
    tanaiste speaker chairman chairwoman chair chairperson ceo executive king queen pope monarch emperor
    secretary-general""".split()) | {"prime minister", "chief executive"}

# forms of a group that name the holder's sex: each is read in the group's neutral forms, never in the other
# sex's ("Chairwoman Ana Lind" is "the chair", not "the chairman")
GENDERED_FORMS = {"chairman": "male", "chairmen": "male", "chairwoman": "female", "chairwomen": "female",
                  "spokesman": "male", "spokeswoman": "female", "headmaster": "male", "headmistress": "female"}

# ranks written before an office that make it another, lower office ("Deputy Speaker", "Vice-Chancellor",
# "Assistant Commissioner", "Under-Secretary"): such a role is no holder of the office itself ("the Speaker", "the
# chancellor"), only of a description that names the rank too ("the deputy speaker"). ("acting", "interim" and
# "former" are no such ranks: an acting president is the president.)
SUBORDINATE_RANKS = ("vice", "deputy", "assistant", "under", "sub", "lieutenant")
# bare office words a junior rank of the office answers to when the article names no full holder: "Deputy Minister
# Ana Lind … “…,” the minister said" (not a single national office: "Vice President X" is no "the president")
RANKED_HOLDER_HEADS = frozenset({"minister"})
# offices whose ranks are grades of the same office ("Assistant Professor Ana Lind" is "the professor")
GRADED_OFFICES = ("professor", "lecturer", "editor")

# heads after which an office's word names a portfolio or a body, not the office ("Justice Minister", "the
# Defence Secretary", "the Judiciary Committee", "the President's Office"): a role that holds the word only so is
# no holder of that office ("Justice Minister Ana Lind" is not "the judge").
PORTFOLIO_HEADS = ("minister", "ministry", "secretary", "department", "committee", "commission", "office", "council")

# a sports team's words whose possessor is the one who manages it ("moved Damien Walsh's side to within a point",
# "Karl Moss's men were booed off"), and the roles that gives: a report then calls that person "the manager"
# ("charges" left out: a defendant's charges are as common as a coach's; "side of the family" is checked apart)
TEAM_NOUNS = ("side", "team", "squad", "men", "women")
TEAM_POSSESSOR_ROLES = ("manager", "coach")
# the sports report that reading needs in the possessor's sentence ("Li Wei's men worked through the night" is a
# factory's, "Avram Glazer's side lost again" an owner's): a score, or one of these words
TEAM_SPORTS_WORDS = ("point", "points", "goal", "goals", "league", "division", "defeat", "win", "draw", "match",
                     "fixture", "cup", "final", "title", "table", "summit", "relegation", "promotion", "half-time")
# the result verbs that make the possessor's side another team's opponent ("Rovers beat Karl Moss's side 2-1"): the
# report is then the winner's, and "the Rovers manager" or "the Kestel coach" is the other team's
TEAM_RESULT_VERBS = ("beat", "beats", "defeated", "defeat", "defeats", "thrashed", "edged", "overcame", "downed",
                     "stunned", "routed", "hammered", "knocked out", "eliminated", "held", "drew with", "played")

# A title's abbreviation written before a surname ("Cr Hale", "Sen. Quill") and the title it stands for: the
# people step may take "Cr Hale" for a person of its own; the speaker step reads it as the article's person of that
# surname holding the title (speakers.SpeakerResolver._titled_surname_owner).
TITLE_ABBREVIATIONS = {
    "cr": "councillor", "cllr": "councillor", "clr": "councillor", "sen": "senator", "rep": "representative",
    "gov": "governor", "supt": "superintendent", "insp": "inspector", "sgt": "sergeant", "det": "detective",
    "const": "constable", "cdr": "commander", "cmdr": "commander", "capt": "captain", "col": "colonel",
    "lt": "lieutenant", "maj": "major", "prof": "professor", "assoc": "associate", "amb": "ambassador",
    "atty": "attorney", "rev": "reverend", "hon": "honourable", "dr": "doctor",
}
# Of those, the ones whose title is an office the article's later description names ("Cllr Jo Roe … the
# councillor said"): a person's role written only as the abbreviation is also that office (speaker_roles._roles_of).
# Not "dr" (a degree, not "the doctor" who treats), "hon", "assoc", "rev" (styles, no office of their own).
ABBREVIATED_OFFICES = frozenset(TITLE_ABBREVIATIONS) - {"dr", "hon", "assoc", "rev"}

# A body whose head holds an office of a word of its own: one who heads, leads or runs the body holds that office
# ("Ruth Okafor, who heads the finance ministry," is the finance minister; read by speaker_roles._role_by_verb).
# Only bodies whose head's title is fixed by the body's word; a department or a board is headed by many titles.
BODY_HEAD_OFFICES = {"ministry": "minister", "ministries": "minister"}
