"""Build the list of English plural nouns that are nobody's surname, which newsdb ships as package data.

Writes `loaders/extract/data/common_plurals.txt` (one word a line), read by the people step: a capitalised name
ending in one is a team, a firm or a place ("Dallas Cowboys", "Kaizer Chiefs", "Johnson Controls", "Dokdo
Islets"), never a person, even after a given name. Run it again when a source changes; the file is committed.

Sources (filters and words only, see NOTICE): Debian's `wamerican` English word list (SCOWL, permissive) gives
the plurals, a word ending in "s" whose singular is in the list too ("cowboys"/"cowboy", "companies"/"company");
the 1990 US Census surname list (public domain, as shipped by `names`, MIT) and newsdb's given-name list keep
out every plural that is also a surname or a given name ("Banks", "Brooks", "Gates", "Sparks", "Woods").

Usage: apt-get install wamerican && pip install -e ".[names-build]" && python scripts/build_common_plurals.py
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from loaders.extract.data.given_names import is_given_name  # noqa: E402
from scripts.build_given_names import census_surnames, dictionary_words  # noqa: E402

OUT_FILE = ROOT / "loaders" / "extract" / "data" / "common_plurals.txt"
MIN_LENGTH = 5  # "arms", "news", "odds": short plurals are too often other things


def singulars(word: str) -> tuple[str, ...]:
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return tuple(forms)


def build(words: frozenset[str]) -> list[str]:
    surnames = census_surnames()
    return sorted(word for word in words
                  if len(word) >= MIN_LENGTH and word.endswith("s") and not word.endswith("ss")
                  and any(form in words for form in singulars(word))
                  and word not in surnames and not any(form in surnames for form in singulars(word))
                  and not is_given_name(word))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"),
                        help="English word list, one word a line (default: Debian's wamerican)")
    options = parser.parse_args()
    plurals = build(dictionary_words(options.words))
    with OUT_FILE.open("w", encoding="utf-8") as handle:
        handle.write(f"# Built by scripts/build_common_plurals.py from {options.words.name} and the 1990 US Census "
                     "surnames; see NOTICE. Do not edit by hand.\n")
        handle.writelines(word + "\n" for word in plurals)
    print(f"{OUT_FILE.relative_to(ROOT)}: {len(plurals)} plurals", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
