"""Cancellations and denials the status rules missed (made-up texts; the trigger in brackets):
- a party withdrawing from, or pulling out of, a gathering calls it off ("withdrew from the peace [talks]"), but not
  from a contest, which goes on without it ("withdrew from the [election]"), nor troops leaving a place;
- a plan "axed" or "ditched", and a plan told as to be called off ("will be scrapped"), is cancelled;
- a denial whose "that" is left out ("denied he had [met] her", "denied its troops had [shelled] the village") is a
  denial; a denial of a state ("denied he was tired")
  reads as before."""
import pytest

from loaders.extract.modality import read_status


@pytest.mark.parametrize("text, status, rule", [
    ("Belmor withdrew from the peace [talks] on Monday.", "cancelled", "withdrew-from"),
    ("Arvania pulled out of the [summit] in Varna.", "cancelled", "withdrew-from"),
    ("The union has pulled out of [negotiations] with the port.", "cancelled", "withdrew-from"),
    ("Kowal's [visit] to Varna was axed on Monday.", "cancelled", "cancelled-after"),
    ("The council ditched the [referendum] planned for May.", "cancelled", "cancelled-before"),
    ("The Friday [meeting] will be scrapped, the mayor said.", "cancelled", "cancelled-after"),
    ("Kowal denied he had [met] Silva in Varna.", "denied", "denial-bare"),
    ("The army denied its troops had [shelled] the village.", "denied", "denial-bare"),
    ("Kowal denies she ever [met] Silva.", "denied", "denial-bare"),
    # near misses
    ("Kowal withdrew from the [election] on Monday.", "occurred", None),
    ("Troops withdrew from Varna after the [attack].", "occurred", None),
    ("Kowal [met] Silva after he withdrew from the race.", "occurred", None),
    ("Kowal's [visit] to Varna was praised on Monday.", "occurred", None),
    ("Kowal denied he was tired after he [met] Silva.", "occurred", None),
])
def test_called_off_and_bare_denials(text, status, rule):
    start = text.index("[")
    end = text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    assert read_status(plain, (start, end), (0, len(plain))) == (status, rule)


@pytest.mark.parametrize("text, status, rule", [
    # a plan pushed back or deferred is put off like one postponed
    ("Kowal's [visit] to Varna, set for Friday, has been pushed back to May 20.", "cancelled", "cancelled-after-set-day"),
    ("The [referendum] was deferred until next year.", "cancelled", "cancelled-after"),
    ("The council deferred the [vote] on the budget.", "cancelled", "cancelled-before"),
    # near misses: pushing back against something is no postponement
    ("Kowal pushed back against critics after the [meeting].", "occurred", None),
])
def test_pushed_back_is_put_off(text, status, rule):
    start = text.index("[")
    end = text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    assert read_status(plain, (start, end), (0, len(plain))) == (status, rule)
