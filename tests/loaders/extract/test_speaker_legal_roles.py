"""Role references in court reports: the same legal office written in other forms ("counsel for the accused",
"defence counsel" … "the defence lawyer said"; "the prosecutor" … "the prosecution lawyer said"). Near misses: a
lawyer for another side, a description no one was given. Every expectation was written before the extractor ran:
a person's full name, or ("label", words the label holds), or ("not", a name)."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import article, assert_speaker, _quote

ROWS = [
    pytest.param("Ana Lind, counsel for the accused, asked for bail on Monday.", "the defence lawyer said",
                 "Ana Lind", marks=pytest.mark.xfail(strict=True, reason=(
                     "the people step gives Ana Lind no role from the apposition 'counsel for the accused' (the "
                     "role forms read it as 'defence lawyer' once given: _other_forms)"))),
    ("Defence counsel Ana Lind asked for bail on Monday.", "the defence lawyer said", "Ana Lind"),
    ("Ana Lind, the defence attorney, asked for bail on Monday.", "the defense lawyer said", "Ana Lind"),
    ("Karl Moss, the prosecutor, opposed bail on Monday.", "the prosecution lawyer said", "Karl Moss"),
    ("Prosecuting counsel Karl Moss opposed bail on Monday.", "the prosecutor said", "Karl Moss"),
    # a relative clause saying whom the lawyer represents in court
    pytest.param("Ana Lind, who represents the accused, asked for bail on Monday.", "the defence lawyer said",
                 "Ana Lind", marks=pytest.mark.xfail(strict=True, reason=(
                     "the role 'representative of the accused' is dropped as one holding a clause's verb "
                     "('accused' reads as a past form), left for now"))),
    ("Ana Lind, who represents the defendant, asked for bail on Monday.", "the defence counsel said", "Ana Lind"),
    ("Ana Lind, who represents Tarn North, called for a vote on Monday.", "the defence lawyer said",
     ("label", "defence lawyer")),
    # unchanged
    ("Defence lawyer Ana Lind asked for bail on Monday.", "the defence lawyer said", "Ana Lind"),
    ("Karl Moss, the family's lawyer, spoke outside court on Monday.", "the lawyer said", "Karl Moss"),
    # near misses: the other side's lawyer, or a judge, is no defence lawyer
    ("Karl Moss, the prosecutor, opposed bail on Monday.", "the defence lawyer said", ("label", "defence lawyer")),
    ("Ana Lind, counsel for the accused, asked for bail on Monday.", "the prosecutor said", ("label", "prosecutor")),
    ("Judge Ana Lind refused bail on Monday.", "the defence lawyer said", ("label", "defence lawyer")),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_legal_role_forms(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
