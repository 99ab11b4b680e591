"""Vocabulary for reading publication dates: month and weekday names, date-line labels, clock words.

Month and weekday names come from dateparser's locale data (dateparser is installed with htmldate, which
trafilatura brings), for the languages in `DATE_LANGUAGES`; `EXTRA_MONTH_NAMES` adds the spellings news pages
use that dateparser lacks. Everything is folded with `fold_word` (lower case, no trailing dot) before a look-up.
The labels say what a date line's date is: a publication ("Published", "Publié le") or a later edit
("Updated", "Mis à jour"). When a page prints both, the publication date wins.
"""
from __future__ import annotations

from functools import lru_cache

# Languages whose month names are read: those of the registry's outlets and of most of the world's press.
DATE_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "ar", "he", "tr", "pl", "id", "sv", "da", "nb", "fi",
    "cs", "ro", "hu", "el", "ca",
)

# Spellings newsrooms use that the locale data lacks (English "Sept.", AP's "Sept", French without accents).
EXTRA_MONTH_NAMES = {
    "sept": 9, "febr": 2, "fevrier": 2, "aout": 8, "decembre": 12, "marz": 3, "janv": 1, "fevr": 2, "juil": 7,
    "sept.": 9, "déc": 12, "dez": 12, "mrz": 3, "okt": 10, "ene": 1, "dic": 12, "ott": 10, "giu": 6, "lug": 7,
}

# Month words that are also common words of another language: they make a date only with a day beside them.
WEAK_MONTH_NAMES = frozenset({"set", "ago", "gen", "mar", "may", "mai", "dec", "den", "sen", "lut", "tem", "kas",
                              "ara", "eki", "nis", "haz", "oca", "sty", "mag", "mei", "kvě", "led"})

# Words that label a date as the publication date (lower case; multi-word labels are matched as phrases).
PUBLISHED_LABELS = (
    "published", "first published", "originally published", "posted", "posted on", "issued", "created",
    "released", "date", "dated", "publication date", "date published", "written",
    # the verb's bare form as a label ("Publish : 23 Jul 2026, 06:20 PM" over "Update : ...")
    "publish", "publish date", "publish time", "publishing date",
    "publié", "publié le", "publiée", "mis en ligne", "mis en ligne le", "paru le",
    "veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "publiziert", "datum",
    "publicado", "publicada", "publicado el", "publicado em", "fecha", "data",
    "pubblicato", "pubblicata", "pubblicato il",
    "gepubliceerd", "gepubliceerd op", "geplaatst",
    "опубликовано", "опубликован", "опубліковано", "дата публикации",
    "نشر", "نشر في", "تاريخ النشر", "פורסם", "yayınlanma", "yayımlanma", "yayınlandı", "opublikowano",
    "diterbitkan", "publicerad", "publiceret", "publisert", "julkaistu", "publikováno", "publicat",
    # "Date of publication" in its languages' word orders.
    "data publikacji", "data publicării", "data de publicação", "data di pubblicazione", "date de publication",
    "fecha de publicación", "publicatiedatum", "erscheinungsdatum", "publiceringsdatum", "udgivelsesdato",
    "publiseringsdato", "julkaisupäivä", "datum objave", "datum publikace", "yayın tarihi", "dodano", "objavljeno",
)
# Words that label a date as a later edit.
UPDATED_LABELS = (
    "updated", "last updated", "update", "last update", "modified", "last modified", "edited", "revised",
    "last revised", "reviewed", "last reviewed", "fact checked", "refreshed",
    "mis à jour", "mis à jour le", "actualisé", "actualisé le", "modifié", "modifié le", "dernière mise à jour",
    "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geändert", "stand",
    "actualizado", "actualizada", "actualizado el", "modificado", "atualizado", "atualizada", "atualizado em",
    "aggiornato", "aggiornata", "aggiornato il", "ultimo aggiornamento",
    "bijgewerkt", "laatst bijgewerkt", "gewijzigd",
    "обновлено", "обновлён", "обновлен", "оновлено",
    "تحديث", "آخر تحديث", "تم التحديث", "עודכן", "güncelleme", "güncellendi", "güncellenme",
    "zaktualizowano", "aktualizacja", "diperbarui", "uppdaterad", "opdateret", "oppdatert", "päivitetty",
    "aktualizováno", "actualizat",
)

# Nouns by which a page names itself in a line dating it ("This article was last updated on ...", "The story was
# first published on ..."): opening the line (after "this"/"the") before a published/updated label, such a line is
# the page's furniture however long, not a story's sentence about something else.
PAGE_SELF_NOUNS = ("article", "story", "page", "post", "blog post", "piece", "entry")

# Phrases that say the page was revised after it first appeared: an updater credited beside the author ("Updated
# by Jo Roe"), an earlier appearance ("Originally published in 2019", "This article also appeared in the May/June
# 2024 issue"), a wire story's revision note ("(Updates with ...)"). Where such a page prints only an update date,
# that date is not its publication date, and the page gives none.
REVISION_SIGNS = (
    "updated by", "last updated by", "revised by", "update by", "originally published", "first published",
    "originally appeared", "first appeared", "also appeared in", "appeared in print", "a version of this article",
    "a version of this story", "(updates", "mis à jour par", "aktualisiert von", "actualizado por",
)
# Words that say a note's earlier appearance was in another outlet: the page republishes it, and its own date
# stands ("... originally published on May 3, 2024 and is republished here with permission", "... by our partner
# site"). Regular-expression pieces, matched from a word's start.
REPUBLICATION_WORDS = (
    r"republish", r"re-publish", r"reprint", r"re-print", r"syndicat", r"with\s+(?:the\s+)?(?:kind\s+)?permission",
    r"partners?\b", r"partner\s+site", r"courtesy\s+of",
)

# Words a date line may carry besides its date, label, clock and zone ("on", "at", "à", "um", "kl.").
DATE_LINE_GLUE = frozenset("""
on at the of and le la à a um am de del el em às il alle om op den på kl kl. klo в во о في ב- bei time local
hrs hr hours h uhr et ora heure heures horas ore
""".split())

# Time zones and their spellings in date lines.
# A URL's date is written when the page's address is made: at its first save (a draft) or its publication. An
# unlabelled day printed this many days after it at most is the day the draft went out (the publication); a day
# printed later than that is a revision, and the URL's day stands (`article._date_candidate`).
URL_DRAFT_DAYS = 7
# ...but a later day the body looks forward to ("on Saturday", "this weekend") is the day of the event the article
# previews (a kick-off, a festival), not the day the draft went out: the URL's day stands
# (`pubdates.previewed_day`). Weekend words name Saturday and Sunday (weekday numbers 5 and 6).
WEEKEND_WORDS = ("this weekend", "next weekend", "the weekend")
TIME_ZONES = (
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "idt", "ist", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "et", "pt", "ct", "mt", "ast", "jst", "kst", "hkt", "sgt", "aest", "aedt", "acst", "awst", "nzst",
    "nzdt", "wib", "pkt", "ict", "wat", "cat", "eat", "sast", "hst", "akst", "akdt", "brt", "art", "wet", "west",
    "ist", "z", "adt", "ndt", "nst", "edt", "bst", "cat", "msk", "gst", "ict", "pht", "wita", "wit",
    # the country whose clock the time is, written in place of a zone ("Thursday 5 November 2026 14:32, UK")
    "uk",
)
# Zones spelt out, as wire and release services print them ("December 01, 2026 08:30 AM Eastern Standard Time").
SPELT_TIME_ZONES = (
    "eastern standard time", "eastern daylight time", "central standard time", "central daylight time",
    "mountain standard time", "mountain daylight time", "pacific standard time", "pacific daylight time",
    "alaska standard time", "hawaii standard time", "hawaii-aleutian standard time", "atlantic standard time",
    "eastern time", "central time", "mountain time", "pacific time",
    "greenwich mean time", "british summer time", "coordinated universal time", "central european time",
    "central european summer time", "eastern european time", "western european time", "india standard time",
    "japan standard time", "china standard time", "australian eastern standard time",
    "australian eastern daylight time", "new zealand standard time", "new zealand daylight time",
    "south africa standard time", "west africa time", "east africa time", "gulf standard time",
)
TIME_ZONES = TIME_ZONES + SPELT_TIME_ZONES

# The clocks of the countries that write numeric dates month first (the United States): "03/10/2026 06:45 AM EDT"
# is 10 March. Zones shared with day-first countries are left out ("CST" is also China's, "AST"/"IST" others').
# "PST" is also Pakistan's and the Philippines' clock, "MST" Malaysia's: left out too.
MONTH_FIRST_ZONES = ("est", "edt", "cdt", "mdt", "pdt", "et", "pt", "ct", "akst", "akdt", "hst",
                     # North America's clocks spelt out (Central Standard Time is the United States' only)
                     "eastern standard time", "eastern daylight time", "central standard time",
                     "central daylight time", "mountain standard time", "mountain daylight time",
                     "pacific standard time", "pacific daylight time", "eastern time", "central time",
                     "mountain time", "pacific time", "alaska standard time", "hawaii standard time",
                     "hawaii-aleutian standard time")


def fold_word(word: str) -> str:
    """A month or weekday word as looked up: lower case, Turkish dotless i folded, no trailing dot."""
    return word.replace("ı", "i").replace("İ", "i").lower().rstrip(".")


MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
# The seasons a magazine names its issues by ("Spring 2026 Issue", "Winter 2025/26"): with a year and "issue" the line
# is the issue's date line, never a headline.
ISSUE_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Feasts named like a month or weekday after a preposition ("At Easter", "in Christmas"), as a regex alternation.
FEAST_NAMES = "Christmas|Easter"


_ENGLISH = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "monday": 1, "tuesday": 2, "wednesday": 3,
    "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}


def _locale_words(keys: tuple[str, ...]) -> dict[str, set[int]]:
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # dateparser comes with htmldate; without it, English names and their abbreviations
        return {word[:length]: {number} for word, number in _ENGLISH.items() if word in keys
                for length in (3, len(word))}

    found: dict[str, set[int]] = {}
    for language in DATE_LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, key in enumerate(keys, 1):
            for word in info.get(key, []):
                folded = fold_word(word)
                if len(folded) >= 3 and not any(ch.isdigit() or ch.isspace() for ch in folded):
                    found.setdefault(folded, set()).add(number)
    return found


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """{folded month word: month number} over `DATE_LANGUAGES`; a word naming different months in two
    languages is left out."""
    names = {word: numbers.pop() for word, numbers in _locale_words(MONTH_KEYS).items() if len(numbers) == 1}
    names.update({fold_word(word): number for word, number in EXTRA_MONTH_NAMES.items()})
    return names


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """{folded weekday word: ISO weekday (Monday 1)} over `DATE_LANGUAGES`; a word naming different days in two
    languages is left out."""
    numbers = {word: days.pop() for word, days in _locale_words(WEEKDAY_KEYS).items() if len(days) == 1}
    numbers.update({"tues": 2, "thur": 4, "thurs": 4, "weds": 3})
    return numbers


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """Folded weekday words (full and abbreviated) over `DATE_LANGUAGES`."""
    return frozenset(_locale_words(WEEKDAY_KEYS)) | {"tues", "thur", "thurs", "weds"}
