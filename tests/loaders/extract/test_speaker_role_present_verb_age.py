"""A standing role told by a present verb after the name, with the person's age set off by commas between them ("Irena
Voltask, 47, chairs the fish cooperative"): the age is an aside, and the role is hers as without it, so "the
chairwoman" later is her; a past verb or a verb of no office after the age gives no role."""

import pytest

from tests.loaders.extract.quote_steps import speakers_of

_OPEN = "At dawn Irena Voltask is already pulling back the nets.\n\n“If it rains, we lose a week,” she says.\n\n"
_CLOSE = "\n\nHer deputy, Mara Lind, keeps the books.\n\n“We sold well,” Lind says.\n\n“Mara thinks big,” the chairwoman says."


@pytest.mark.parametrize(
    "middle, speaker",
    [
        ("Voltask, 47, chairs the Harbour Fish Cooperative, a group of 30 traders.", "Irena Voltask"),
        ("Voltask, 47, now chairs the cooperative.", "Irena Voltask"),
        ("Voltask chairs the cooperative.", "Irena Voltask"),
        # near misses: a past verb (one act, or an office no longer held), a verb of no office, no role at all
        ("Voltask, 47, chaired the cooperative's first meeting.", "the chairwoman"),
        ("Voltask, 47, sells the fish at the quay.", "the chairwoman"),
        ("Voltask, 47, pulls the nets in alone.", "the chairwoman"),
        ("Voltask is 47.", "the chairwoman"),
    ],
)
def test_present_role_verb_after_age(middle, speaker):
    assert speakers_of(_OPEN + middle + _CLOSE)["Mara thinks big"] == speaker
