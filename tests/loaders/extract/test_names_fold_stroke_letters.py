"""Letters written with a stroke or a bar (Vietnamese "Đ", Polish "Ł", Nordic "Ø") have no combining mark to drop,
so folding needs a table for them: "Trần Văn Đức" is "tran van duc" and reads as a Vietnamese name, family name
first, as "Tran Van Duc" does. Made-up rows; expectations written before running."""
import pytest

from loaders.extract.names import family_first, fold, person_key

FOLDS = [
    ("Đức", "duc"),
    ("Đặng", "dang"),
    ("Łukasz", "lukasz"),
    ("Søren", "soren"),
    ("Ménard", "menard"),  # a combining accent, as before
    ("Zelenskyy", "zelenskyy"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_fold_drops_strokes_too(text, expected):
    assert fold(text) == expected


def test_one_key_for_both_spellings():
    assert person_key("Łukasz Wróbel") == person_key("Lukasz Wrobel")


@pytest.mark.parametrize(("words", "expected"), [
    (["Trần", "Văn", "Đức"], True),
    (["Đặng", "Thị", "Ngọc", "Thịnh"], True),
    (["Tran", "Van", "Duc"], True),
    # near misses: a European given name then surname, with and without strokes
    (["Łukasz", "Wróbel"], False),
    (["Søren", "Kierkegaard"], False),
])
def test_family_first_reads_folded_letters(words, expected):
    assert family_first(words) is expected
