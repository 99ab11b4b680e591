"""Family names written before the given name: the common Chinese (pinyin, Wade-Giles, Hokkien, Cantonese and
Teochew spellings), Korean and Vietnamese surnames, and the shape of the romanised syllables their given names
are made of ("Ji-hoon", "Wei Ling", "Jinping", "Ah Kow").

`loaders.extract.names.family_first` reads a name as surname-first only when its first word is one of these
surnames and every following word is made of one or two such syllables ("Tan Ah Kow", "Park Ji-hoon", "Xi
Jinping", "Lee Hsien Loong"); "Lee Harvey Oswald", "Kim Davis" and "Chan Marshall" keep the given name first.
Entries are lower case and accent-free.
"""
from __future__ import annotations

import re

FAMILY_FIRST_SURNAMES = frozenset("""
wang li lee zhang chang liu lau lao chen chan tan yang yeung yeo huang wong ng ong zhao chao chiu wu goh zhou
chow chou xu hsu koh khoo sun soon ma mah zhu chu hu woo guo kwok kuo ho hoh gao ko kao lin lim lum luo lo
zheng cheng cheang tay teh liang leung xie tse sia tang tong han feng fung deng teng dang cao tsao tso
peng pang zeng tsang tseng xiao siew hsiao tian tien dong tung pan poon yuan yuen cai tsai choy chua jiang
chiang kiang du tu yip yap wei lu loo ding ting shen sim shum jiang su soo lu yu yue ren yam
xue sit lei lui hao fan lai lye wan tao teo kang gong kung meng mang qin chin chung zhong chong yao yiu yong
qiu kam tam fong quek seah seow sng tay toh yeap yong loh lok lum boey chee foo
xi mao deng hua wen jia kong cheung ling ang chia phua chew heng neo kee lai chong hui
kim park pak bak choi choe jung jeong chung kang cho yoon yun jang chang lim im han oh seo suh shin sin
kwon gwon hwang ahn song yoo yu ryu hong jeon chun ko moon mun yang son sohn bae pae baek paek
heo hur nam noh roh ha kwak gwak sung seong cha joo ju woo wu min jin ji yeom chae pyo byun byeon
won bang gil ma ban
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh trinh truong mai lam
""".split())

# One romanised syllable: an optional initial (consonant cluster or apostrophe-marked aspirate), one to three
# vowels, an optional final; "ji", "hoon", "jae", "hsien", "loong", "kow", "ming", "quan", "yew", "un", and the
# Vietnamese "van", "vinh" (pinyin has no v, Vietnamese has); and a Vietnamese syllable alone opening on "tr" or
# "ngh" ("Trong", "Nghia"; never two such joined, as "Trading" would read).
_INITIAL = r"(?:ch|sh|zh|hs|ts|tz|ph|th|kh|ng|ny|kw|gw|ss|jj|kk|pp|tt|[bcdfghjklmnpqrstvwxyz])?['’]?"
_VOWELS = r"(?:[aeiou]{1,3}|y[aeiou]{0,2})"
_FINAL = r"(?:ng|nh|ch|n|m|p|t|k|c|h|r|l|w)?"
SYLLABLE = _INITIAL + _VOWELS + _FINAL
# A given name written in such syllables: one or two, maybe joined by a hyphen ("Ji-hoon", "Jinping", "Ah").
_VIETNAMESE_SYLLABLE = r"(?:ngh|tr)" + _VOWELS + _FINAL
GIVEN_SYLLABLES = re.compile(r"^(?:(?:" + SYLLABLE + r")(?:-?(?:" + SYLLABLE + r"))?|" + _VIETNAMESE_SYLLABLE + r")$")
# One syllable alone: the words of a Vietnamese name of four ("Nguyen Thi Lan Anh"), each one syllable.
ONE_SYLLABLE = re.compile(r"^(?:" + SYLLABLE + r"|" + _VIETNAMESE_SYLLABLE + r")$")

# Countries whose outlets write many people's names with a leading initial standing for a family or father's
# name ("M. Karunanidhi", "S. Jaishankar", "R. Ashwin"), ISO codes: there "M." opens a name, not the French
# honorific Monsieur ("M. Macron"), which is read so elsewhere.
INITIAL_NAME_COUNTRIES = frozenset("IN LK MY SG".split())

# Surnames written as the plural of an organisation or place word ("Joan Rivers", "Margaret Courts"): after a
# given name they stay a name, while any other such plural ends a body's or prize's name even after a word that
# is also a given name ("Tony Awards", "Emmy Awards", "Siena Awards").
PLURAL_WORD_SURNAMES = frozenset("rivers courts mills brooks woods".split())
