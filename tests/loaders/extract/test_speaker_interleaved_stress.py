"""Issue 9, third round: eight made-up LONG articles (8-14 paragraphs) interleaving named people with organisation
and unnamed speakers, with pronouns and continuation paragraphs after each kind and named people introduced after
an unnamed quote. Each quote's expected speaker (a person's full name, or the label as written; a description of a
body named before takes the body's name, as in the fresh sets' Conventions) was written before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_review_narrowing import _speaker
from tests.loaders.extract.test_speaker_stress import quotes_of

CAMPAIGN = (
    "DES MOINES, Iowa - Senator Dana Whitfield's campaign on Monday accused her rival of running \"a campaign of "
    "fear\" as the two candidates traded attacks before Tuesday's debate.\n\n"
    "\"The senator is going to talk about jobs, not about her opponent's fantasies,\" a campaign aide said, "
    "speaking on condition of anonymity to discuss strategy.\n\n"
    "\"She has been preparing for weeks.\"\n\n"
    "The aide added that the campaign had raised more than $4 million in the last quarter.\n\n"
    "Whitfield's opponent, Governor Ray Calder, dismissed the criticism at a rally in Ames. \"They are scared, and "
    "they should be,\" he told supporters.\n\n"
    "\"We are going to win this state by ten points.\"\n\n"
    "The Calder campaign said in a statement that the senator had \"voted against Iowa farmers eleven times\".\n\n"
    "\"Those are the facts, and the senator cannot run from them,\" it said.\n\n"
    "Whitfield's spokeswoman, Tara Benning, called the statement \"recycled nonsense\". \"The governor should "
    "check his own record,\" she said.\n\n"
    "Officials at the state party said the debate hall would hold 900 people. \"Every seat has been claimed,\" "
    "one official said.\n\n"
    "A pollster who has worked for both parties said the race was tied. \"Nobody should be confident,\" said the "
    "pollster, Mark Oyelaran.\n"
)

COUNCIL = (
    "Plans to close three libraries in Ashworth have been put on hold after a packed public meeting on Thursday "
    "night.\n\n"
    "The council said the proposals would be \"looked at again\" in the new year.\n\n"
    "\"No final decision has been taken and we have listened to residents,\" the council said in a statement.\n\n"
    "\"We will publish a revised plan in February.\"\n\n"
    "Residents had gathered more than 6,000 signatures against the closures. \"These libraries are the only warm "
    "place some people have,\" said one campaigner, who asked not to be named.\n\n"
    "Councillor Priya Dhillon, the cabinet member for culture, said the authority faced a gap of £12m. \"Nobody "
    "came into politics to close libraries,\" she said.\n\n"
    "\"But we have to balance the books.\"\n\n"
    "The opposition group on the council called the delay \"a victory for common sense\". \"The administration "
    "should never have proposed this,\" it said.\n\n"
    "Its leader, Graham Tulloch, said he would table a motion next month. \"We will keep up the pressure,\" he "
    "said.\n\n"
    "A library worker said staff had been told nothing. \"We read about it in the paper,\" she said.\n\n"
    "Unison, the union which represents the staff, said it would ballot members. \"Our members deserve answers,\" "
    "a Unison spokesperson said.\n"
)

COURT = (
    "LONDON, June 4 (Northwire) - A former bank trader accused of rigging currency markets told a London court on "
    "Wednesday that she had followed her managers' instructions.\n\n"
    "Helen Marsh, 41, denies two counts of conspiracy to defraud.\n\n"
    "\"I did what I was told to do, every single day,\" Marsh told the jury at Southwark Crown Court.\n\n"
    "\"Nobody ever said it was wrong.\"\n\n"
    "Prosecutors say Marsh and two colleagues shared client orders in a chat group. \"This was a deliberate "
    "scheme,\" the prosecution said in its opening.\n\n"
    "Her lawyer said the case rested on \"a handful of jokes in a chat room\". \"My client is not a criminal,\" "
    "her lawyer told the court.\n\n"
    "The bank, Carrow Brothers, said it had cooperated fully with the investigation. \"We do not comment on "
    "ongoing proceedings,\" the bank said.\n\n"
    "\"We have strengthened our controls since 2019.\"\n\n"
    "Judge Alan Frean told jurors to ignore press coverage. \"You must decide this case on the evidence alone,\" "
    "he said.\n\n"
    "A person familiar with the case said the trial could last six weeks.\n\n"
    "\"It will be a long one,\" the person said.\n"
)

OUTBREAK = (
    "Health officials in Verdane province confirmed 42 new cases of measles on Friday, bringing the total in the "
    "outbreak to 310.\n\n"
    "\"The virus is spreading in schools where vaccination rates are low,\" the provincial health agency said in a "
    "statement.\n\n"
    "\"Parents should check their children's records now.\"\n\n"
    "The agency said it would open six walk-in clinics over the weekend.\n\n"
    "Dr Sofia Lindqvist, the agency's chief medical officer, told reporters the outbreak had not yet peaked. \"We "
    "expect more cases before we see fewer,\" she said.\n\n"
    "\"This is entirely preventable.\"\n\n"
    "Officials said two children were in intensive care. \"Both are stable,\" an official said.\n\n"
    "A nurse at one of the clinics said queues had formed before dawn. \"People are worried, and they are right "
    "to be,\" she said.\n\n"
    "The World Health Organization said it was monitoring the situation. \"Measles anywhere is a threat "
    "everywhere,\" the organization said.\n\n"
    "Parents' groups said the clinics had come too late. \"We asked for this in March,\" said Tomas Berg, who "
    "chairs the Verdane Parents' Forum.\n"
)

BUSINESS = (
    "Shares in Halvorsen Energy fell 14% on Tuesday after the utility cut its profit forecast and disclosed an "
    "investigation by the energy regulator.\n\n"
    "\"We are disappointed by this result and we take full responsibility,\" the company said in a statement.\n\n"
    "\"Our balance sheet remains strong.\"\n\n"
    "The regulator said in a filing that it was examining \"irregularities in billing\" at the firm.\n\n"
    "\"We will not hesitate to act where customers have been harmed,\" the regulator said.\n\n"
    "Chief executive Ingrid Solberg told analysts on a call that the problems were \"isolated\". \"We found the "
    "error and we fixed it,\" she said.\n\n"
    "\"Customers will be refunded in full.\"\n\n"
    "Analysts were not convinced. \"This is the third warning in a year,\" said one analyst at a Nordic bank.\n\n"
    "Another analyst, Peter Vance of Carden Securities, said the shares were now cheap. \"The selling is "
    "overdone,\" he said.\n\n"
    "A person close to the talks said Halvorsen had been in discussions with a buyer for its wind unit. \"Those "
    "talks are now on ice,\" the person said.\n\n"
    "Halvorsen declined to comment on the talks.\n"
)

INTERVIEW = (
    "Novelist Amara Quist has spent ten years on her new book. She spoke to us about grief, cities and why she "
    "nearly gave up.\n\n"
    "Your last novel came out in 2015. What took so long?\n\n"
    "Quist: Life. My mother was ill for a long time and I could not write a word.\n\n"
    "I kept a notebook, but nothing in it was a book.\n\n"
    "Was there a moment it came back?\n\n"
    "Quist: A walk by the river, of all things. I saw a man feeding gulls and I knew the first line.\n\n"
    "Her publisher, Fenwick House, calls the book \"her finest work\". \"We have never had this many advance "
    "orders for a literary novel,\" the publisher said.\n\n"
    "Critics have been less unanimous. \"It is beautiful, and at least a hundred pages too long,\" one reviewer "
    "wrote.\n\n"
    "Quist laughs at that. \"Every reviewer has a favourite hundred pages to cut,\" she says.\n\n"
    "\"They are never the same hundred pages.\"\n\n"
    "Her agent, Leo Marchetti, says the film rights have already been sold. \"There was a bidding war,\" he says.\n"
)

LIVE = (
    "LIVE: Thousands march against pension reform in Corvel\n\n"
    "14:02 - Protesters have reached Liberty Square. \"Not one more year!\" protesters chanted as they passed the "
    "ministry.\n\n"
    "14:10 - Police said about 20,000 people had joined the march. \"The demonstration is peaceful so far,\" a "
    "police spokesman said.\n\n"
    "14:25 - Union leader Marc Delorme addressed the crowd from a truck. \"The government has not listened, so we "
    "will make it listen,\" he said.\n\n"
    "\"We will be back every week until the bill is withdrawn.\"\n\n"
    "14:40 - The labour ministry said the reform was \"necessary and fair\". \"The system will run out of money by "
    "2032 without it,\" the ministry said.\n\n"
    "14:55 - A retired teacher in the crowd, who gave only her first name, Claire, said she had marched in 1995 "
    "too. \"We won then and we will win now,\" she said.\n\n"
    "15:10 - Organisers said the turnout was \"historic\". \"This is the biggest march in a generation,\" the "
    "organisers said in a statement.\n\n"
    "15:30 - Labour Minister Elise Varenne told a radio station she would not back down. \"I respect the "
    "marchers, but the numbers do not lie,\" she said.\n\n"
    "15:45 - Police said a small group had thrown bottles near the station. \"Officers are dealing with it,\" a "
    "police spokesman said.\n"
)

TRANSFER = (
    "Brightwater Rovers have completed the signing of striker Joao Mendes from Sporting Delmar for a club-record "
    "fee.\n\n"
    "\"We are delighted to welcome Joao to Brightwater,\" the club said on its website.\n\n"
    "\"He is exactly the kind of player our supporters want to see.\"\n\n"
    "The fee was not disclosed, but a person with knowledge of the deal said it was around £28m. \"It could rise "
    "with add-ons,\" the person said.\n\n"
    "Mendes, 24, said he had dreamed of playing in England. \"This is a big step for me and my family,\" he told "
    "the club's website.\n\n"
    "\"I cannot wait to meet the fans.\"\n\n"
    "Sporting Delmar said in a brief statement that the player had \"left with our thanks\". \"We wish him every "
    "success,\" the statement said.\n\n"
    "His agent said talks had lasted three weeks. \"Both clubs behaved professionally,\" the agent said.\n\n"
    "The agent, Rui Falcao, added that two other clubs had made offers. \"Joao chose Brightwater because of the "
    "manager,\" Falcao said.\n\n"
    "Rovers manager Kate Dunmore said the striker would go straight into the squad. \"He gives us something we "
    "did not have,\" she said.\n\n"
    "A statement from the Mendes family thanked Delmar's supporters. \"Our son grew up in this club,\" the "
    "statement said.\n"
)

ROWS = [
    (CAMPAIGN, "a campaign of fear", "Senator Dana Whitfield's campaign"),
    (CAMPAIGN, "The senator is going to talk", "a campaign aide"),
    (CAMPAIGN, "She has been preparing", "a campaign aide"),
    (CAMPAIGN, "They are scared", "Ray Calder"),
    (CAMPAIGN, "We are going to win", "Ray Calder"),
    (CAMPAIGN, "voted against Iowa farmers", "The Calder campaign"),
    (CAMPAIGN, "Those are the facts", "The Calder campaign"),
    (CAMPAIGN, "recycled nonsense", "Tara Benning"),
    (CAMPAIGN, "The governor should check", "Tara Benning"),
    (CAMPAIGN, "Every seat has been claimed", "one official"),
    (CAMPAIGN, "Nobody should be confident", "Mark Oyelaran"),
    (COUNCIL, "looked at again", "The council"),
    (COUNCIL, "No final decision", "the council"),
    (COUNCIL, "We will publish a revised plan", "the council"),
    (COUNCIL, "These libraries are the only", "one campaigner"),
    (COUNCIL, "Nobody came into politics", "Priya Dhillon"),
    (COUNCIL, "But we have to balance", "Priya Dhillon"),
    (COUNCIL, "a victory for common sense", "The opposition group on the council"),
    (COUNCIL, "The administration should never", "The opposition group on the council"),
    (COUNCIL, "We will keep up the pressure", "Graham Tulloch"),
    (COUNCIL, "We read about it", "A library worker"),
    (COUNCIL, "Our members deserve answers", "a Unison spokesperson"),
    (COURT, "I did what I was told", "Helen Marsh"),
    (COURT, "Nobody ever said it was wrong", "Helen Marsh"),
    (COURT, "This was a deliberate scheme", "the prosecution"),
    (COURT, "a handful of jokes", "Her lawyer"),
    (COURT, "My client is not a criminal", "her lawyer"),
    (COURT, "We do not comment on ongoing", "Carrow Brothers"),
    (COURT, "We have strengthened our controls", "Carrow Brothers"),
    (COURT, "You must decide this case", "Alan Frean"),
    (COURT, "It will be a long one", "A person familiar with the case"),
    (OUTBREAK, "The virus is spreading", "the provincial health agency"),
    (OUTBREAK, "Parents should check", "the provincial health agency"),
    (OUTBREAK, "We expect more cases", "Sofia Lindqvist"),
    (OUTBREAK, "This is entirely preventable", "Sofia Lindqvist"),
    (OUTBREAK, "Both are stable", "an official"),
    (OUTBREAK, "People are worried", "A nurse at one of the clinics"),
    (OUTBREAK, "Measles anywhere is a threat", "The World Health Organization"),
    (OUTBREAK, "We asked for this in March", "Tomas Berg"),
    (BUSINESS, "We are disappointed", "Halvorsen Energy"),
    (BUSINESS, "Our balance sheet remains", "Halvorsen Energy"),
    (BUSINESS, "irregularities in billing", "The regulator"),
    (BUSINESS, "We will not hesitate", "the regulator"),
    (BUSINESS, "isolated", "Ingrid Solberg"),
    (BUSINESS, "We found the error", "Ingrid Solberg"),
    (BUSINESS, "Customers will be refunded", "Ingrid Solberg"),
    (BUSINESS, "This is the third warning", "one analyst at a Nordic bank"),
    (BUSINESS, "The selling is overdone", "Peter Vance"),
    (BUSINESS, "Those talks are now on ice", "A person close to the talks"),
    (INTERVIEW, "Life. My mother", "Amara Quist"),
    (INTERVIEW, "I kept a notebook", "Amara Quist"),
    (INTERVIEW, "A walk by the river", "Amara Quist"),
    (INTERVIEW, "her finest work", "Fenwick House"),
    (INTERVIEW, "We have never had this many", "Fenwick House"),
    (INTERVIEW, "It is beautiful", "one reviewer"),
    (INTERVIEW, "Every reviewer has a favourite", "Amara Quist"),
    (INTERVIEW, "They are never the same", "Amara Quist"),
    (INTERVIEW, "There was a bidding war", "Leo Marchetti"),
    (LIVE, "Not one more year", "protesters"),
    (LIVE, "The demonstration is peaceful", "a police spokesman"),
    (LIVE, "The government has not listened", "Marc Delorme"),
    (LIVE, "We will be back every week", "Marc Delorme"),
    (LIVE, "necessary and fair", "The labour ministry"),
    (LIVE, "The system will run out", "The labour ministry"),
    (LIVE, "We won then", "Claire"),
    (LIVE, "historic", "Organisers"),
    (LIVE, "This is the biggest march", "the organisers"),
    (LIVE, "I respect the marchers", "Elise Varenne"),
    (LIVE, "Officers are dealing with it", "a police spokesman"),
    (TRANSFER, "We are delighted to welcome", "Brightwater Rovers"),
    (TRANSFER, "He is exactly the kind", "Brightwater Rovers"),
    (TRANSFER, "It could rise with add-ons", "a person with knowledge of the deal"),
    (TRANSFER, "This is a big step", "Joao Mendes"),
    (TRANSFER, "I cannot wait to meet", "Joao Mendes"),
    (TRANSFER, "left with our thanks", "Sporting Delmar"),
    (TRANSFER, "We wish him every success", "Sporting Delmar"),
    (TRANSFER, "Both clubs behaved", "Rui Falcao"),
    (TRANSFER, "Joao chose Brightwater", "Rui Falcao"),
    (TRANSFER, "He gives us something", "Kate Dunmore"),
    (TRANSFER, "Our son grew up", "the Mendes family"),
]

# rows the mechanisms do not reach yet, with the reason
XFAIL: dict[tuple[str, str], str] = {
    (INTERVIEW[:40], "her finest work"): "'Her publisher, Fenwick House, calls the book \"…\"': the fragment is "
    "now a quote, but its speaker is the description 'Her publisher', not the body's name in commas after it (a "
    "possessive description with a body's name is not read as that body; only 'The state operator, FIU' is)",
    (LIVE[:40], "The system will run out"): "'the ministry' after 'The labour ministry said' keeps its own words; "
    "the Conventions label an unnamed body as written, so this row's expectation (the earlier, longer description) "
    "is disputable and left",
    (LIVE[:40], "We won then"): "a lone given name in apposition ('who gave only her first name, Claire') is no "
    "person for the people step (another helper's module)",
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=XFAIL[(t[:40], s)], strict=True))
    if (t[:40], s) in XFAIL else (t, s, w) for t, s, w in ROWS])
def test_interleaved_speaker(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A capitalised word opening a sentence before a plural noun of people ("Health officials confirmed …") is no
# body's name unless the article writes the word capitalised inside a sentence too ("Unison officials said" after
# "members of Unison"); a later description takes no such word as its body.
@pytest.mark.parametrize("text, start, speaker", [
    ("Health officials confirmed 40 new cases on Friday.\n\n\"Schools must check records,\" the regional health "
     "agency said.\n", "Schools must check", "the regional health agency"),
    ("Transport workers walked out on Monday.\n\n\"The strike is unlawful,\" the transport authority said.\n",
     "The strike is unlawful", "the transport authority"),
    ("Party members gathered in the hall.\n\n\"We need a new leader,\" the party's youth wing said.\n",
     "We need a new leader", "the party's youth wing"),
    # near misses: a name of two capitalised words, or a word capitalised inside a sentence too (not inside a
    # longer name), is a body
    ("Health officials in Verdane confirmed 40 cases and informed the World Health Organization.\n\n\"Schools "
     "must check records,\" the regional health agency said.\n", "Schools must check", "the regional health agency"),
    ("Kestel Rail officials in the capital met the union on Monday.\n\n\"Talks were useful,\" the company said.\n",
     "Talks were useful", "Kestel Rail"),
    ("The strike was called by Unison on Monday. Unison officials in the north said the vote was clear.\n\n\"Our members "
     "have spoken,\" the union said.\n", "Our members have spoken", "Unison"),
    ("Voltara employs 300 people in the town.\n\n\"No jobs will go,\" the company said.\n", "No jobs will go",
     "Voltara"),
])
def test_an_opening_word_before_people_is_no_body(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# "a statement from the Mendes family": capitalised words and a lower-case collective head after them
# (speaker_heads.COLLECTIVE_AFTER_NAME: family, campaign, camp) are the document's source whole
@pytest.mark.parametrize("text, start, speaker", [
    ("A statement from the Mendes family thanked the fans. \"Our son grew up here,\" the statement said.\n",
     "Our son grew up here", "the Mendes family"),
    ("A statement from the Calder campaign attacked the senator. \"She has no record,\" the statement said.\n",
     "She has no record", "the Calder campaign"),
    # near misses: a lower-case word after the name that is no collective head stays out
    ("A statement from Brightwater Rovers yesterday thanked the fans. \"We are grateful,\" the statement said.\n",
     "We are grateful", "Brightwater Rovers"),
    ("A statement from the Kestel Council on Monday denied it. \"There is no plan,\" the statement said.\n",
     "There is no plan", "the Kestel Council"),
    ("A letter from Save Ashworth campaigners reached the mayor. \"Keep the libraries open,\" the letter said.\n",
     "Keep the libraries open", "Save Ashworth"),
    pytest.param("A statement from the Calder family's lawyer denied it. \"There was no deal,\" the statement "
                 "said.\n", "There was no deal", "the Calder family's lawyer", marks=pytest.mark.xfail(
                     strict=True, reason="a source with an owner's 's after the name is cut at the name ('the "
                     "Calder'), as before this rule; the head before 's is no longer taken alone")),
])
def test_a_statement_from_a_named_family(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A company named inside an opening subject that speaks of its shares, profits or staff ("Shares in Halvorsen
# Energy fell …", speaker_heads.BODY_OWNED_OPENINGS) is the body a later 'the company' means, when the name ends on
# a word of bodies (lexicon.ORG_WORDS); a place there ("Shares in New York fell") is none.
@pytest.mark.parametrize("text, start, speaker", [
    ("Shares in Halvorsen Energy fell 14% on Tuesday.\n\n\"We take full responsibility,\" the company said.\n",
     "We take full responsibility", "Halvorsen Energy"),
    ("Profits at Carrow Brothers rose 10% last year.\n\n\"It was a strong year,\" the firm said.\n",
     "It was a strong year", "Carrow Brothers"),
    # near misses: a place, or a lower-case noun, after the opening words is no company
    ("Shares in New York fell 2% on Tuesday.\n\n\"We take full responsibility,\" the company said.\n",
     "We take full responsibility", "the company"),
    ("Shares in Asia fell sharply on Monday.\n\n\"We expect a rebound,\" the company said.\n",
     "We expect a rebound", "the company"),
    ("Shares in the sector fell 3% on Monday.\n\n\"We expect a rebound,\" the company said.\n",
     "We expect a rebound", "the company"),
    # near miss: a description with a head of its own ('the union') is not the company whose staff are the subject
    ("Workers at Carrow Brothers walked out on Monday.\n\n\"We want fair pay,\" the union said.\n",
     "We want fair pay", "the union"),
    ("Workers at the plant walked out on Monday.\n\n\"The strike is unlawful,\" the company said.\n",
     "The strike is unlawful", "the company"),
])
def test_a_company_inside_an_opening_about_its_shares(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# A name in commas after a description opening the sentence ("Her publisher, Fenwick House, calls the book “…”")
# is the subject of an -s form that is mostly a plural noun, as a name with a description after it is
@pytest.mark.parametrize("text, start, speaker", [
    pytest.param("Her publisher, Fenwick House, calls the book \"her finest work\".\n", "her finest work",
                 "Fenwick House", marks=pytest.mark.xfail(strict=True, reason="found now, but the speaker is the "
                                                          "description 'Her publisher' (see XFAIL above)")),
    ("Her agent, Leo Marchetti, calls the deal \"the best of his career\".\n", "the best of his career",
     "Leo Marchetti"),
    ("The club's manager, Kate Dunmore, calls the signing \"a statement of intent\".\n", "a statement of intent",
     "Kate Dunmore"),
])
def test_a_name_in_commas_after_a_description_calls(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


# near misses: the -s form after a name in commas that follows no opening description is a noun or names nobody
@pytest.mark.parametrize("text", [
    "In Ashworth, Leo Marchetti, calls for the \"library tax\" grew louder.\n",
    "Her notes, Fenwick House, calls and the \"final draft\" were lost in the fire.\n",
    "The emergency calls to the \"hotline\" doubled.\n",
])
def test_no_speaker_for_calls_after_a_list(text):
    assert [q for q in quotes_of(text) if q.kind != "indirect" and (q.speaker_name or q.speaker_label)] == [], \
        [(q.text, q.speaker_name or q.speaker_label) for q in quotes_of(text)]


# An unnamed subject whose head has a phrase of up to four words after it ("A nurse at one of the clinics said")
# is the later 'she' of its paragraph, as one with a shorter phrase is ("A nurse at the clinic said")
@pytest.mark.parametrize("text, start, speaker", [
    ("Dr Ana Holm said the outbreak had not peaked.\n\nOfficials said two children were ill. \"Both are stable,\" "
     "an official said.\n\nA nurse at one of the clinics said queues had formed. \"People are worried,\" she "
     "said.\n", "People are worried", "A nurse at one of the clinics"),
    ("Dr Ana Holm said the outbreak had not peaked.\n\nA nurse at the clinic said queues had formed. \"People are "
     "worried,\" she said.\n", "People are worried", "A nurse at the clinic"),
    # near misses: a head of the other gender, or a named woman after the subject, keeps the named antecedent
    ("Dr Ana Holm said the outbreak had not peaked.\n\nA man at one of the clinics said queues had formed. \"People "
     "are worried,\" she said.\n", "People are worried", "Ana Holm"),
    ("A nurse at one of the clinics said queues had formed. Dr Ana Holm agreed. \"People are worried,\" she "
     "said.\n", "People are worried", "Ana Holm"),
])
def test_an_unnamed_subject_with_a_longer_phrase_is_the_later_pronoun(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got
