"""The people scorer's role comparison: case and a leading determiner are not what a role is about."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from eval_people import role_key  # noqa: E402


@pytest.mark.parametrize("gold, found, same", [
    ("Its president", "president", True),
    ("his Veltish counterpart", "Veltish counterpart", True),
    ("Justice Minister", "justice minister", True),
    ("a former prosecutor", "former prosecutor", True),
    # near misses: a genitive noun names the body, not a determiner; a one-word role keeps its word
    ("Norland's ambassador", "ambassador", False),
    ("Its", "", False),
    ("deputy minister", "minister", False),
])
def test_role_key(gold, found, same):
    assert (role_key(gold) == role_key(found)) is same


def test_strict_role_key_keeps_case_and_possessives():
    assert role_key("Its president", strict=True) != role_key("president", strict=True)
    assert role_key("Justice Minister", strict=True) != role_key("justice minister", strict=True)
    assert role_key("the mayor", strict=True) == role_key("mayor", strict=True)
