"""Second reviewer's findings on round 2 (made-up cases), copied as regression rows before the narrowing, with near
misses where the round-2 rules must still fire. Expected: a full name; 'L:x' no person, a label containing x
(any label for 'L:'); 'NOQUOTE' no direct or partial quote holding the text; 'NOSPK' no quote, or one with neither
name nor label.
- a clipped word ('Tis, 'Twas, 'Cos, 'Round …) at a sentence's start is an apostrophe, never a quote carried over
  paragraphs;
- a scheme's name is no quote only as a bare noun phrase after a naming verb (launch, introduce, set up, unveil,
  create a new, called the); an ordinary partial quote after a determiner stays the speaker's;
- a passive 'by' phrase gives the speaker only with 'as' or a characterising verb, the quote being the
  characterisation, and not when a speech verb already governs the clause;
- 'referred to … as' keeps a capitalised quote (a name) only when the subject is a named person;
- 'made clear' reports speech only from a subject that can speak (a person or a body), not 'the data'."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _found(text: str, start: str) -> tuple:
    found = [q for q in quotes_of(text) if q.kind != "indirect" and start in q.text]
    return (found[0].speaker_name, found[0].speaker_label) if found else ("NOQUOTE", None)


def _ok(got: tuple, expected: str) -> bool:
    name, label = got
    if expected == "NOQUOTE":
        return name == "NOQUOTE"
    if expected == "NOSPK":
        return name == "NOQUOTE" or (name is None and not label)
    if name == "NOQUOTE":
        return False
    if expected.startswith("L:"):
        return name is None and bool(label) and expected[2:].lower() in label.lower()
    return name == expected


_ROWS = [
    # ---- rule 1: a clipped word at a sentence's start is an apostrophe, not a quote carried to the next paragraph
    ("Ballina's Christmas market opened on Friday. 'Tis the season for giving in the town this week.\n\n"
     "'We collected four thousand euro,' said organiser Ann Byrne.\n", "Tis the season", "NOQUOTE"),
    ("Ballina's Christmas market opened on Friday. 'Tis the season for giving in the town this week.\n\n"
     "'We collected four thousand euro,' said organiser Ann Byrne.\n", "We collected", "Ann Byrne"),
    ("The trio closed the night with a slow ballad. 'Round Midnight was the encore.\n\n"
     "'We played it for my mother,' said pianist Ruth Keane.\n", "Round Midnight", "NOQUOTE"),
    ("The trio closed the night with a slow ballad. 'Round Midnight was the encore.\n\n"
     "'We played it for my mother,' said pianist Ruth Keane.\n", "We played it", "Ruth Keane"),
    ("The band played rock 'n' roll until midnight. 'Twas a night to remember for the town.\n\n"
     "'We loved every minute,' said fan Orla Quinn.\n", "Twas a night", "NOQUOTE"),
    ("Fans queued from dawn for the final. 'Cos nobody wanted to miss it, the gates opened early.\n\n"
     "'It was mad,' said steward Liam Hayes.\n", "Cos nobody", "NOQUOTE"),
    ("Fans queued from dawn for the final. 'Cos nobody wanted to miss it, the gates opened early.\n\n"
     "'It was mad,' said steward Liam Hayes.\n", "It was mad", "Liam Hayes"),
    ("The gates opened at noon. 'Cause the bus was late, the fans ran.\n\n'It was mad,' said steward Liam Hayes.\n",
     "Cause the bus", "NOQUOTE"),
    ("Nobody left the hall. 'Til the lights went out, they sang.\n\n'It was mad,' said steward Liam Hayes.\n",
     "Til the lights", "NOQUOTE"),
    # near misses: a quote carried over paragraphs still is one, whatever word opens it, a clipped word's start
    # included ('Twenty' is no 'Twas)
    ("Ana Lind said: 'Nobody gave us a chance. The lads were written off.\n\n'Tonight was for the fans in Cork.'\n",
     "Nobody gave us", "Ana Lind"),
    ("Ana Lind said: 'Nobody gave us a chance. The lads were written off.\n\n'Tonight was for the fans in Cork.'\n",
     "Tonight was for", "Ana Lind"),
    ("'It was tough,' Karl Moss told the Irish Examiner. 'We had no water for a week.\n\n"
     "'The council never came once.'\n", "We had no water", "Karl Moss"),
    ("Manager Ana Lind was blunt. 'We were poor. Simple as that.\n\n'The players know it and so do I.'\n",
     "We were poor", "Ana Lind"),
    ("Manager Ana Lind was blunt. 'Twenty years I have waited for this.\n\n'The players know it and so do I.'\n",
     "Twenty years", "Ana Lind"),
    ("Manager Ana Lind was blunt. 'Tisdall Park was a fortress for us.\n\n'The players know it and so do I.'\n",
     "Tisdall Park", "Ana Lind"),
    # ---- rule 2: ordinary partial quotes after a determiner stay quotes ...
    ("Opposition leader Karl Moss said the budget was a giveaway and accused ministers of creating a 'slush fund' "
     "for marginal seats.\n", "slush fund", "Karl Moss"),
    ("Farm leader Ana Lind warned of a \"stealth levy\" on family farms.\n", "stealth levy", "Ana Lind"),
    ("Finance Minister Karl Moss told the Dáil 'there will be no new levy' on pensions this year.\n",
     "there will be no new levy", "Karl Moss"),
    ("Coach Karl Moss said he told his players \"nobody gets a free pass\" after the defeat.\n",
     "nobody gets a free pass", "Karl Moss"),
    ("Senator Ana Lind said the governor was running a \"cash-for-access scheme\" out of his office.\n",
     "cash-for-access scheme", "Ana Lind"),
    ("Tenant campaigner Ana Lind said the rules gave landlords a 'get out of jail free card' on repairs.\n",
     "get out of jail free card", "Ana Lind"),
    ("Sen. Karl Moss said the law would open a \"massive loophole\" for developers.\n", "massive loophole",
     "Karl Moss"),
    ("Finance Minister Karl Moss warned the banks \"this is not a bailout fund\" and they must repay it.\n",
     "this is not a bailout fund", "Karl Moss"),
    ("Senator Karl Moss accused his rival of playing the \"race card\" in the final week.\n", "race card",
     "Karl Moss"),
    ("Auditor Ana Lind said the council runs a 'fund' that nobody controls.\n", "fund", "Ana Lind"),
    # ... a naming verb's bare noun phrase opening on no verb, 'this', 'there' or 'no' included
    ("Finance Minister Karl Moss said he would set up a \"there is no free lunch fund\" in May.\n",
     "there is no free lunch fund", "Karl Moss"),
    # near misses: a bare noun phrase after a naming verb is the scheme's name, no quote
    ("The government said on Monday it will introduce a new 'digital nomad visa' for remote workers.\n",
     "digital nomad visa", "NOQUOTE"),
    ("The city launched the \"clean streets initiative\" in 2019 with a budget of $2 million.\n",
     "clean streets initiative", "NOQUOTE"),
    ("The council set up a 'rapid response fund' in March, Mayor Karl Moss said.\n", "rapid response fund",
     "NOQUOTE"),
    ("Health Minister Ana Lind unveiled the \"safe harbour scheme\" on Monday.\n", "safe harbour scheme", "NOQUOTE"),
    ("Ministers will create a new 'housing fund' for renters, Karl Moss said.\n", "housing fund", "NOQUOTE"),
    ("The state runs a programme called the \"second chance scheme\" for young offenders.\n",
     "second chance scheme", "NOQUOTE"),
    # ---- rule 6: a passive 'by' phrase names the quote's speaker only with 'as' or a characterising verb
    ("Nurse Ana Lind told the tribunal she was dismissed \"without any warning\" by the hospital trust in May.\n",
     "without any warning", "Ana Lind"),
    ("Ana Lind said she was called \"within minutes\" by the hospital after the crash.\n", "within minutes",
     "Ana Lind"),
    ("Karl Moss told the court he was criticised \"in front of everyone\" by his manager.\n", "in front of everyone",
     "Karl Moss"),
    ("The mountain path, called 'the goat track' by locals, was closed on Sunday.\n", "the goat track", "NOQUOTE"),
    ("Tenant Ana Lind said the flats were condemned \"years ago\" by the council but families still live there.\n",
     "years ago", "Ana Lind"),
    ("The building, described as 'unsafe' in a report, was demolished by the council on Friday.\n", "unsafe",
     "NOSPK"),
    # ... a speech verb governing the clause keeps its subject, 'as' or not
    ("Ana Lind said the inquiry was dismissed as \"a political stunt\" by the minister.\n", "a political stunt",
     "Ana Lind"),
    # near misses: 'as', or a characterising verb with the quote as the characterisation, gives the agent
    ("The inquiry, dismissed as 'a political stunt' by opposition leader Karl Moss, resumed on Monday.\n",
     "a political stunt", "Karl Moss"),
    ("The law, hailed as a \"landmark\" by campaigners, was passed by parliament on Tuesday.\n", "landmark",
     "L:campaigners"),
    ("The hearing was branded \"a circus\" by opposition leader Karl Moss on Monday.\n", "a circus", "Karl Moss"),
    ("The budget was labelled \"reckless\" by Senator Ana Lind.\n", "reckless", "Ana Lind"),
    # ---- rule 7: 'referred to … as' a capitalised quote is a name unless a named person is the subject
    ("Locals have long referred to the junction as \"Dead Man's Corner.\"\n", "Dead Man's Corner", "NOQUOTE"),
    ("The planning file refers to the site as \"Area B\" throughout.\n", "Area B", "NOQUOTE"),
    ("Residents referred to the estate as 'The Jungle' long before the riots.\n", "The Jungle", "NOQUOTE"),
    # near misses: a named person's capitalised epithet, or anyone's lower-case one, is a quote
    ("Karl Moss repeatedly referred to the new stadium as the 'Money Pit' during the debate.\n", "Money Pit",
     "Karl Moss"),
    ("Ana Lind, the longest-serving member, refers to herself as \"the oldest girl in the class.\"\n",
     "the oldest girl", "Ana Lind"),
    ("Residents referred to the estate as 'a forgotten place' long before the riots.\n", "a forgotten place",
     "L:Residents"),
    # ---- rule 9: 'made clear' from a thing is no speech
    ("The data made clear that the \"recovery\" was uneven across regions.\n", "recovery", "NOSPK"),
    ("The ruling made clear that the \"right to roam\" does not extend to private gardens.\n", "right to roam",
     "NOSPK"),
    ("The video made clear the driver had been \"going far too fast,\" prosecutor Ana Lind told the jury.\n",
     "going far too fast", "Ana Lind"),
    ("It was made clear to the players that the club would \"not tolerate\" any more abuse.\n", "not tolerate",
     "NOSPK"),
    # near misses: a person or a body making it clear speaks
    ("Coach Karl Moss made clear: \"Nobody in this squad is safe.\"\n", "Nobody in this squad", "Karl Moss"),
    ("Karl Moss made clear in a letter to members that the club would \"not tolerate abuse of referees.\"\n",
     "not tolerate abuse", "Karl Moss"),
    ("The ministry made clear that it would \"not tolerate abuse of staff.\"\n", "not tolerate abuse",
     "L:ministry"),
    # ---- a relative 'which' clause between the subject and the speech verb is no part of the subject
    ("A spokesperson for Kestel County Council which owns the site said: \"Work will start in May.\"\n",
     "Work will start", "L:spokesperson"),
    ("Residents near the quarry which closed in May said: \"The dust is gone at last.\"\n", "The dust is gone",
     "L:Residents"),
    # near misses: the comma form, and 'which' right before the verb (the body before it speaks)
    ("The council, which owns the site, said: \"Work will start in May.\"\n", "Work will start", "L:council"),
    ("Officers from the Kestel Police Department which reported \"a sharp rise in burglaries\" met residents on "
     "Monday.\n", "a sharp rise", "L:Police Department"),
    # ---- an organisation's bracket: a short name is part of its label, a photo's furniture word is not
    ("The Health Service Executive (HSE) has faced criticism. \"Waiting lists are falling,\" it said in a "
     "statement.\n", "Waiting lists", "L:Health Service Executive (HSE)"),
    ("The Kestel County Council (File) has defended the plan. \"The bridge is safe,\" it said on Friday.\n",
     "The bridge is safe", "L:Council"),
]


@pytest.mark.parametrize("text, start, expected", _ROWS)
def test_review_round2_rows(text, start, expected):
    got = _found(text, start)
    assert _ok(got, expected), got


@pytest.mark.parametrize("text, label", [
    ("The Kestel County Council (File) has defended the plan. \"The bridge is safe,\" it said on Friday.\n",
     "The Kestel County Council"),
    ("The Kestel County Council (Photo) has defended the plan. \"The bridge is safe,\" it said on Friday.\n",
     "The Kestel County Council"),
    # near miss: a short name stays
    ("The National Water Commission (Conagua) has defended the plan. \"The dam is safe,\" it said on Friday.\n",
     "The National Water Commission (Conagua)"),
])
def test_a_photos_furniture_word_in_brackets_is_no_short_name(text, label):
    [quote] = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert (quote.speaker_name, quote.speaker_label) == (None, label)
