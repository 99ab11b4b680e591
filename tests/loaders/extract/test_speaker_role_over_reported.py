"""Who-is-who for a role description (speaker_roles.WhoIsWho._speaker_over_reported): made-up texts.

A description ("the minister") that several people fit goes to the latest named, unless that one was named only
inside someone else's reported clause ("The ministry said that State Minister X would lead …") and has not spoken:
then it goes on with the one other fitting person who has spoken before it.
The swap does not fire when the description's sentence goes on with a content word of the reported clause
("… that Minister X would inspect the flooded tunnel. At the tunnel, the minister said …") that the speaker's own
sentences never used: the one announced is then the one there.
Near misses keep the latest named: named as a sentence's own subject, one who has spoken too, two others who spoke
(no single one to go on with), nobody else who spoke; and near misses of the kept swap: a description's sentence
with nothing of the reported clause, or only what the speaker had said too."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Foreign Minister Ana Lind added that the talks would go on. The ministry said in a statement that State "
     "Minister Karl Moss would lead the team. \u201cThe border opens in May,\u201d the minister said.",
     "border opens", "Ana Lind"),
    ("Health Minister Ana Lind said the clinics would stay open. Officials said on Monday that Minister Karl Moss "
     "would visit the region. In an interview, the minister said the roads were the problem.",
     "roads were the problem", "Ana Lind"),
    # near misses
    ("Health Minister Ana Lind said the clinics would stay open. On Monday, Minister Karl Moss visited the "
     "region. In an interview, the minister said the roads were the problem.", "roads were the problem", "Karl Moss"),
    ("Minister Karl Moss said the region needed roads. Health Minister Ana Lind said the clinics would stay open. "
     "Officials said on Monday that Minister Karl Moss would visit the region. In an interview, the minister said "
     "the roads were the problem.", "roads were the problem", "Karl Moss"),
    ("Health Minister Ana Lind said the clinics would stay open. Defence Minister Piet Maas said the army was "
     "ready. Officials said on Monday that Minister Karl Moss would visit the region. In an interview, the "
     "minister said the roads were the problem.", "roads were the problem", "Karl Moss"),
    ("Officials said on Monday that Minister Karl Moss would visit the region. In an interview, the minister said "
     "the roads were the problem.", "roads were the problem", "Karl Moss"),
    # (the description's sentence goes on with the reported clause's own thing: the one it announced is there)
    ("Health Minister Ana Lind opened a school on Monday. \u201cA fine day,\u201d Lind said. On Friday the "
     "ministry announced that Transport Minister Karl Moss would inspect the flooded tunnel at Brenn. At the "
     "tunnel, the minister said repairs would take a year.", "repairs would take", "Karl Moss"),
    # near misses: nothing of the reported clause in the description's sentence, or only what the speaker said too
    ("Health Minister Ana Lind opened a school on Monday. \u201cA fine day,\u201d Lind said. On Friday the "
     "ministry announced that Transport Minister Karl Moss would inspect the flooded tunnel at Brenn. In an "
     "interview, the minister said the schools needed teachers.", "schools needed", "Ana Lind"),
    ("Health Minister Ana Lind said the tunnel could wait. On Friday the ministry announced that Transport "
     "Minister Karl Moss would inspect the tunnel at Brenn. In an interview, the minister said the tunnel was "
     "safe.", "tunnel was safe", "Ana Lind"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_role_goes_on_with_the_speaker_over_one_reported(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
