"""Grouping the spellings of a story (or an archive) into probable same-names.

A *variant* is one spelling (case ignored) with its occurrences and context.
Two variants are related when their spellings match (see lint/names/similarity.py)
and nothing says they are different words:

* both are words of the dictionary (Johnson/Johnston, Austria/Australia);
* one is a lower-case word of the language ("Said", "Brown");
* one is a dictionary name and the other differs from it in two vowels;
* they follow different first names (John Smyth / Jane Smith), or are first
  names each written only before surnames the other never has (Arjen
  Robben / Arjan De Zeeuw, Kristen Welker / Kirsten Gillibrand), unless
  one is a sure slip of a familiar name that no one bears (Willam);
* across stories, a dictionary name and an unknown spelling share no first
  name or surname (Sania Mirza / Santa).

Groups form around the most frequent spelling (a star, not a chain), so a
run of look-alikes cannot pull two different names into one group.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Callable, Iterable, NamedTuple, Sequence

from lint.names.glossary import Glossary
from lint.names.mentions import Mention, NameWord, is_acronym
from lint.names.similarity import BlockIndex, bare, fold, gendered, match_kind
from lint.names.world import GIVEN, PLACE, TARGETS, get_world, sure_slip
from lint.spelling.dictionary import without_accents

# Titles, ranks and offices: words beside a name that say nothing about
# which person it is ("General Chengriha", "President Tebboune").
TITLES = frozenset("""
    mr mrs ms miss mx dr sir dame lord lady prof professor doctor saint st
    general gen colonel col major maj captain capt lieutenant lt sergeant sgt
    corporal private admiral commander marshal brigadier commodore
    president vice prime premier minister secretary chancellor senator sen
    governor gov mayor judge justice king queen prince princess duke duchess
    emperor empress sultan sheikh emir ayatollah imam mullah rabbi pope
    cardinal bishop archbishop rev reverend father brother sister pastor
    chairman chairwoman chair chief director coach manager striker keeper
    goalkeeper defender midfielder forward winger skipper boss ambassador
    envoy commissioner inspector detective officer constable agent deputy
    speaker leader spokesman spokeswoman rep representative congressman
    congresswoman assemblyman assemblywoman councilman councilwoman delegate
    singer actor actress rapper comedian author writer novelist poet artist
    producer presenter host star model designer chef musician composer
    guitarist drummer dancer player champion lawyer attorney
""".split())
# Mojibake inside a word: a lower-case letter then the first byte of a
# UTF-8 sequence read as Latin-1 or cp1252.
MOJIBAKE = re.compile("[a-zà-ÿ][ÃÂâ]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# A word in capitals this long that the dictionary does not know is a name
# in a dateline ("BEIJJING (AP)"), not an acronym.
MIN_CAPITALS = 6
# Words of the language this common are never first names ("Said", "Will").
COMMON_ZIPF = 5.5
# A lower-case word rarer than this that names a place or company is the name.
PLACE_WORD_ZIPF = 4.0
# A slip this short is matched only as a sure slip of a longer name (Obam: Obama).
MIN_SLIP_LENGTH = 4
# Dictionary names this common: a slip of one is a slip whoever bears it.
FAMILIAR_ZIPF = 3.5
# A person's spelling the story writes this many times, and this many times as
# often as the known one, is not outweighed by knowing the other (Anastacia).
MIN_OUTWEIGH = 3
OUTWEIGH = 3
# A word of the language this rare, written as a name, may be a slip of one (Tump).
RARE_WORD_ZIPF = 2.5
# Of spellings alike but for accents and apostrophes, one this much more frequent wins.
ZIPF_LEAD = 1.0


@dataclass
class Variant:
    text: str  # the spelling as first written
    key: str  # text.casefold()
    known: bool  # a word of the dictionary
    common: bool  # a lower-case word of the language
    familiar: bool = False  # a dictionary name this frequent: Richard, Gavin; not Arjan
    words: list[NameWord] = field(default_factory=list)
    given: set[str] = field(default_factory=set)  # the nearest name before it ("Said" Chengriha)
    family: set[str] = field(default_factory=set)  # the nearest name after it (Arjen "Robben")
    surnames: set[str] = field(default_factory=set)  # every name after it (Hillary "Rodham", "Clinton")
    context: set[str] = field(default_factory=set)  # any capitalised word right before it
    before_name: bool = False  # written right before a person's name: a first name (Jordyn Phelps)
    documents: int = 1  # corpus mode: how many documents use it
    world: int = 0  # lint/names/world.py flags: a country, city, company, given name
    zipf: float = 0.0  # the dictionary's Zipf frequency of the spelling

    @property
    def renowned(self) -> bool:
        """A name the dictionary or the world knows well: a fix may go to it."""
        return self.known or bool(self.world & (TARGETS | GIVEN))

    @property
    def knows(self) -> bool:
        """The dictionary or the world knows it; an alternate name of some
        town (Vincente, Santas) is no knowledge of the name."""
        return self.known or bool(self.world & ~PLACE)

    @property
    def companions(self) -> set[str]:
        return self.given | self.family

    @property
    def count(self) -> int:
        return len(self.words)

    @property
    def first(self) -> int:
        return self.words[0].start if self.words else 0


class Facts(NamedTuple):
    known: bool  # a word of the dictionary
    common: bool  # a lower-case word of the language
    familiar: bool  # a dictionary name of at least FAMILIAR_ZIPF
    personal: bool  # beside a name, it tells people apart (see is_personal_name)
    world: int  # lint/names/world.py flags
    zipf: float  # the dictionary's Zipf frequency


class Lexicon:
    """What the dictionary says about a name word, asked once per spelling."""

    def __init__(self, dictionary, world=None) -> None:
        self.dictionary = dictionary
        self.world = world or get_world()
        self._facts: dict[str, Facts] = {}
        # What collect asks of every name word, by its text: its variant key
        # (None: not a variant), and the word as a name beside others (None: not one).
        self._keys: dict[str, str | None] = {}
        self._personal: dict[str, str | None] = {}

    def facts(self, text: str) -> Facts:
        found = self._facts.get(text)
        if found is None:
            d = self.dictionary
            known = d.known(text)
            world = self.world.flags(text)
            # A rare word that is also a place's or company's name is the name here (Niagara).
            common = d.is_common_word(text) and not (world & (TARGETS | PLACE) and d.zipf(text) < PLACE_WORD_ZIPF)
            found = self._facts[text] = Facts(
                known, common, known and d.zipf(text) >= FAMILIAR_ZIPF,
                is_personal_name(text, common, d), world, d.zipf(text))
        return found

    def variant_key(self, text: str) -> str | None:
        """A name word's variant key (fold_key), or None for a word that is no
        variant: a short or known acronym, or a word with mojibake inside."""
        try:
            return self._keys[text]
        except KeyError:
            pass
        if (is_acronym(text) and (len(text) < MIN_CAPITALS or self.facts(text).known)) or MOJIBAKE.search(text):
            key = None  # "ObamaÃ¢â‚¬â„¢s" is Obama's, broken: the mojibake rule's
        else:
            key = fold_key(text)
        self._keys[text] = key
        return key

    def personal(self, text: str) -> str | None:
        """The word, if beside a name it tells people apart (Facts.personal; not an acronym), else None."""
        try:
            return self._personal[text]
        except KeyError:
            found = self._personal[text] = text if not is_acronym(text) and self.facts(text).personal else None
            return found

    def near_miss(self, text: str) -> str | None:
        return self.world.near_miss(text, self.dictionary.zipf, word=self.dictionary.is_common_word)

    def slip_of(self, variant: "Variant") -> str | None:
        """The known name a lone unknown spelling is a slip of (Venezula:
        venezuela), else None. A word after a first name or a title ("Sen.
        Dorgan", "Bruce Schneier") is a person's name, whatever it looks
        like, and so is one written once beside a name word that only a
        person bears ("Jordyn Phelps", "Le Drian"; not "Puetro Rico"); a
        slip of a place is rarely written once, and never always beside one."""
        if variant.known or variant.world or variant.common \
                or any(is_first_name(n) for n in variant.given) \
                or any(c.rstrip(".") in TITLES for c in variant.context) \
                or (variant.count == 1 and any(self.is_surname(n) for n in variant.companions)):
            return None
        target = self.near_miss(variant.text)
        # A form of another gender or number is another word: Buenas, not Buenos (Aires).
        return None if target is None or gendered(fold(variant.text), target) else target

    def is_surname(self, text: str) -> bool:
        """A name word beside it that no place, company or given name of the
        world and no word of the language explains (Phelps in "Jordyn
        Phelps", Le in "Le Drian"): a person's name; Rico in "Puetro Rico"
        is a place's."""
        facts = self.facts(text)
        return not facts.world and not facts.common


def collect(mentions: Iterable[Mention], lexicon: Lexicon) -> dict[str, Variant]:
    """The variants of the name words of ``mentions``, by case-folded spelling."""
    variants: dict[str, Variant] = {}
    variant_key = lexicon.variant_key
    for mention in mentions:
        words = mention.words
        given, family, following = nearest_names(words, lexicon)
        for i, (word, before, after) in enumerate(zip(words, given, family)):
            key = variant_key(word.text)
            if key is None:
                continue
            variant = variants.get(key)
            if variant is None:
                variant = variants[key] = _variant(word.text, key, lexicon)
            variant.words.append(word)
            if word.before:
                variant.context.add(word.before.casefold())
            if before is not None:
                variant.given.add(before)
            variant.surnames |= following[i]
            if after is not None:
                variant.family.add(after)
                if words[i + 1].text == after and not lexicon.facts(after).common:
                    variant.before_name = True  # "Jordyn Phelps"; not "Florida Republicans"
    return variants


_ALONE = (None,), (None,), (frozenset(),)  # nearest_names of a one-word mention


def _variant(text: str, key: str, lexicon: Lexicon) -> Variant:
    facts = lexicon.facts(text)
    return Variant(text, key, facts.known, facts.common, facts.familiar, world=facts.world, zipf=facts.zipf)


def fold_key(text: str) -> str:
    """A spelling's key: case and the apostrophe's shape ignored (O'Rourke is
    O’Rourke: the typography rules report a mix of apostrophes)."""
    return text.casefold().translate(APOSTROPHES)


def nearest_names(words: tuple[NameWord, ...], lexicon: Lexicon) -> tuple[Sequence, Sequence, Sequence]:
    """For each word of one mention, the nearest name before it and after it
    (or None), past titles and particles: "Said" before "Chengriha" in
    "General Said Chengriha", "Zeeuw" after "Arjan" in "Arjan De Zeeuw";
    and the set of every name after it."""
    if len(words) == 1:
        return _ALONE
    personal = lexicon.personal
    names = [personal(w.text) for w in words]
    following = [frozenset(filter(None, names[i + 1:])) for i in range(len(names))]
    return _last_name_before(names), _last_name_before(names[::-1])[::-1], following


def _last_name_before(names: list[str | None]) -> list[str | None]:
    """For each position, the last name (not None) before it."""
    out, last = [], None
    for name in names:
        out.append(last)
        if name is not None:
            last = name
    return out


def without_headline(variants: dict[str, Variant]) -> dict[str, Variant]:
    """The variants as the body alone uses them."""
    out = {}
    for key, variant in variants.items():
        words = [w for w in variant.words if not w.in_headline]
        if len(words) == len(variant.words):
            out[key] = variant
        elif words:
            out[key] = replace(variant, words=words)
    return out


def is_personal_name(text: str, common: bool, dictionary) -> bool:
    """A word beside a name that tells people apart: a name the dictionary
    lists capitalised ("Brian", "Mark") or does not know ("Abdelmadjid"); not
    a title, rank or office ("General", "Mr") or a capitalised common word
    ("Municipal", "Said")."""
    lower = text.casefold().rstrip(".")
    if lower in TITLES or dictionary.zipf(lower) >= COMMON_ZIPF:
        return False
    return not common or dictionary.suggestible(text)  # listed in exactly this case


def related(a: Variant, b: Variant, glossary: Glossary | None = None, *,
            strict: bool = False) -> str | None:
    """How two variants are one name ("glossary", "transliteration", "vowels",
    "typo"), or None. ``strict`` (spellings from different stories): a
    dictionary name and an unknown spelling must also share a first name or
    surname beside them ("Darren Campbell"/"Darren Campell")."""
    if glossary and a.key != b.key and glossary_spelling(a, glossary) and \
            glossary_spelling(a, glossary) == glossary_spelling(b, glossary):
        return "glossary"
    if _unrelated(a.given, b.given) or different_roles(a, b):
        return None
    if slip_into_word(a, b) or slip_into_word(b, a):
        return "typo"
    if a.common or b.common:
        return None
    # After one first name, one person: "Ferdinand Marco"/"Ferdinand Marcos".
    # One first name before both; not a word such as North (Korea/Korean),
    # nor a given name before two places the world knows (West Africa/African).
    same_person = any(is_first_name(n) for n in a.given & b.given) \
        and not all(v.world & TARGETS and not v.world & GIVEN for v in (a, b))
    a_known, b_known = a.knows, b.knows
    if strict and ((a_known and b_known) or ((a_known or b_known)
                                             and not a.companions & b.companions)):
        return None  # across stories one first name is not one person
    loose = bool(a.context & b.context) or bool(a.companions & b.companions)
    kind = match_kind(a.text, b.text, loose=loose, person=same_person)
    if kind is None and a_known != b_known:
        kind = near_miss_of(a, b)
    if kind is None or different_people(a, b):
        return None
    if fold(bare(a.text))[:1] != fold(bare(b.text))[:1] and (a.world | b.world) & (TARGETS | PLACE):
        return None  # a romanised initial (Qaddafi/Gaddafi) is no slip of a place: Kermani, Germany
    if a_known != b_known and is_longer_name(a, b):
        return None  # after one first name too: "the young Billy Elliots"
    if same_person:
        return kind
    if a_known and b_known and kind == "typo" and unintroduced(a, b):
        return kind
    if a_known and b_known:
        # Two names the world knows are two names (Austria/Australia), unless
        # they are one romanised name of someone named in full (Alberto
        # Gonzales ... Gonzalez).
        # Letters alike but for accents and hyphens (Calderón/Calderon, Wal-Mart/Walmart): one name.
        same_letters = fold(bare(a.text)) == fold(bare(b.text))
        return kind if kind == "transliteration" and (a.given or b.given or same_letters) else None
    if kind == "vowels" and (a_known or b_known):
        return None
    if first_names_of_one_family(a, b) and kind != "transliteration":
        return None
    return kind


def slip_into_word(v: Variant, other: Variant) -> bool:
    """A rare word of the language, always written with a capital inside a
    sentence, that is a dropped, doubled or swapped letter of a name the
    story writes at least OUTWEIGH times as often, not a word as common as
    COMMON_ZIPF: a slip that happens to make a word (Tump beside Trump ×34;
    tump is a mound)."""
    return may_be_slip(v) and other.count >= max(MIN_OUTWEIGH, OUTWEIGH * v.count) \
        and other.zipf < COMMON_ZIPF and sure_slip(v.text, other.text)  # Frist is no slip of First


def may_be_slip(v: Variant) -> bool:
    """A rare word of the language always written with a capital inside a sentence."""
    return v.common and v.zipf < RARE_WORD_ZIPF and not any(w.sentence_start or w.in_headline for w in v.words)


def unintroduced(a: Variant, b: Variant) -> bool:
    """One is a person the story names in full ("Asa Hutchinson"), the other
    a surname it writes only after the title both share ("Mr. Hutchison"):
    news copy introduces everyone by full name, so the other is a slip."""
    def titled_only(v: Variant) -> bool:
        return bool(v.context) and all(c.rstrip(".") in TITLES for c in v.context)

    shared_title = any(c.rstrip(".") in TITLES for c in a.context & b.context)
    return shared_title and any(introduced(x) and not introduced(y) and titled_only(y)
                                for x, y in ((a, b), (b, a)))


def near_miss_of(a: Variant, b: Variant) -> str | None:
    """"typo" when the unknown one is one slip of the known one, a place or
    company (Eqypt/Egypt, Izuzu/Isuzu: slips that levelling and
    Jaro-Winkler let pass), or a four-letter sure slip of a longer known
    name the story writes more often (Obam/Obama)."""
    unknown, known = (a, b) if b.knows else (b, a)
    world = get_world()
    if world.one_slip(unknown.text, known.text):
        return "typo"
    # A four-letter slip of a longer name the story uses more (Obam beside Obama ×3).
    short = len(fold(unknown.text)) == MIN_SLIP_LENGTH and len(fold(known.text)) > MIN_SLIP_LENGTH
    return "typo" if short and known.count > unknown.count and sure_slip(unknown.text, known.text) else None


def is_longer_name(a: Variant, b: Variant) -> bool:
    """An unknown spelling that is a known name and one more letter at its
    end is another name or a form of it more often than a slip (Saudia, the
    airline, beside Saudi; "the two Koreas" beside Koreans), unless the
    letter is doubled."""
    unknown, known = (a, b) if b.knows else (b, a)
    u, k = fold(unknown.text), fold(known.text)
    if len(u) < 3 or u[-1] == u[-2]:
        return False
    if u[:-1] == k:
        return True
    flags = get_world().flags(u[:-1])
    # A plural of a known place or company: the two Koreas beside Koreans.
    return u[-1] == "s" and bool(flags) and not flags & GIVEN


def is_first_name(text: str) -> bool:
    """A given name the world knows (Robert), or a name that is no place and
    no word (Abdelmadjid, Bruce); not a word such as North ("North Carolna"),
    a place such as Saudi, its people (Israeli) or a particle (Los)."""
    from lint.spelling.dictionary import get_dictionary

    world = get_world()
    flags = world.flags(text)
    if flags & GIVEN:
        return True
    key = fold(text)  # Israeli, Korean: a place's people, not a first name
    return len(key) >= 4 and not (flags or get_dictionary().is_common_word(text)
                or any(world.flags(key[:-i]) for i in (1, 2, 3) if len(key) - i >= 4))


def first_names_of_one_family(a: Variant, b: Variant) -> bool:
    """Two first names before one surname, neither a familiar name: two
    people of one family (Kiichi and Koichi Miyazawa); a slip of a familiar
    name (Willam Hague) is still a slip."""
    if not a.family & b.family or any(v.world and not v.world & GIVEN for v in (a, b)):
        return False  # a place or company before one word: Niagra/Niagara Mohawk
    return not any(v.familiar or v.world & GIVEN for v in (a, b))


def different_people(a: Variant, b: Variant) -> bool:
    """Surnames after different first names (John Smyth, Jane Smith); or two
    first names each written only before surnames the other never has
    (Arjen Robben, Arjan De Zeeuw; Kristen Welker, Kirsten Gillibrand;
    Rashard Lewis, Richard Jefferson): nothing says they are one person. A
    shared surname, even past a middle name, or a bare first name ("Kyrsten
    said") leaves them to the spelling rules; so does a spelling no one
    bears that is a sure slip of a familiar name (Willam, Michaell: a slip
    whoever bears it)."""
    if _unrelated(a.given, b.given):
        return True
    return _unrelated(a.surnames, b.surnames) and not slip_of_familiar(a, b)


def slip_of_familiar(a: Variant, b: Variant) -> bool:
    """One is a familiar name, the other a spelling the dictionary and the
    world do not know that is a dropped, doubled or swapped letter of it."""
    return any(x.familiar and not (y.known or y.world) and sure_slip(y.text, x.text)
               for x, y in ((a, b), (b, a)))


def role(v: Variant) -> str | None:
    """"first" for a name only ever written right before a surname, "surname"
    for one only ever written after a first name, "place" for a place or
    company the world knows written alone; None when the story does not tell."""
    after_first = any(is_first_name(n) for n in v.given)
    if v.before_name and not after_first:
        return "first"
    if after_first and not v.family:
        return "surname"
    if not v.companions and v.world & TARGETS and not v.world & GIVEN:
        return "place"
    return None


def different_roles(a: Variant, b: Variant) -> bool:
    """A first name is not a surname or a place of the same story: Barack
    Obama and Ehud Barak, Yisrael Katz and Israel; nor is a brand written
    with an inner capital another name written without (Nintendo GameBoys,
    the Gameboyzz Orchestra)."""
    if inner_capital(a.text) != inner_capital(b.text) or a.text in b.companions \
            or b.text in a.companions:
        return True  # two words of one name ("Israeli ... Minister Yisrael") are two words
    roles = {role(a), role(b)}
    return "first" in roles and bool(roles & {"surname", "place"})


def inner_capital(text: str) -> bool:
    """A capital inside a word not all in capitals: GameBoys, DeMint, McDonald;
    not one after a hyphen (Wal-Mart, al-Qaddafi)."""
    return not text.isupper() and any(c.isupper() and text[i] != "-" for i, c in enumerate(text[1:]))


def _unrelated(names: set[str], others: set[str]) -> bool:
    """Both sets have names, and none of one matches one of the other."""
    if not names or not others:
        return False
    if {fold(bare(n)) for n in names} & {fold(bare(n)) for n in others}:
        return False  # al-Maliki is Maliki
    world = get_world()  # Bob is Robert: a nickname is not another person
    return not any(match_kind(x, y) or world.same_given(x, y) for x in names for y in others)


# The closer kind of match wins when a spelling matches two groups:
# "Musslim" joins "Muslim" (levelled equal), not "Muslims" (one edit).
KIND_RANK = {"glossary": 0, "transliteration": 1, "typo": 2, "vowels": 3}


def cluster(variants: Iterable[Variant], link: Callable[[Variant, Variant], str | None],
            weight: Callable[[Variant], int] = lambda v: v.count,
            tag: Callable[[Variant], str | None] = lambda v: None) -> list[list[Variant]]:
    """Groups of two or more related variants, each led by its heaviest
    (then earliest) member; a variant joins the group whose head it matches
    most closely. ``tag`` gives variants that must meet whatever their
    spelling (the glossary's entries) a shared extra blocking key."""
    def order(v: Variant):
        return (-weight(v), v.first, v.key)

    index = BlockIndex()
    groups: dict[str, list[Variant]] = {}  # head text -> its group
    for variant in sorted(sharing_a_key(variants, tag), key=order):
        best, best_rank = None, None
        for candidate in index.candidates(variant.text, tag(variant)):
            group = groups[candidate]
            kind = link(group[0], variant)
            if kind is None:
                continue
            rank = (KIND_RANK[kind], order(group[0]))
            if best_rank is None or rank < best_rank:
                best, best_rank = group, rank
        if best is not None:
            best.append(variant)
        else:
            groups[variant.text] = [variant]
            index.add(variant.text, tag(variant))
    return [g for g in groups.values() if len(g) > 1]


def sharing_a_key(variants: Iterable[Variant],
                  tag: Callable[[Variant], str | None]) -> list[Variant]:
    """The variants that share a blocking key with another. The others can
    neither join a group nor lead one, and most spellings are such loners."""
    variants = list(variants)
    keys = [BlockIndex.keys(v.text, tag(v)) for v in variants]
    counts = Counter(chain.from_iterable(keys))
    shared = {key for key, count in counts.items() if count > 1}
    return [v for v, its_keys in zip(variants, keys) if not its_keys.isdisjoint(shared)]


def glossary_spelling(variant: Variant, glossary: Glossary) -> str | None:
    """The glossary's spelling of a variant that it lists (as canonical or variant)."""
    return glossary.canonical.get(variant.key) or glossary.variants.get(variant.key)


def glossary_canonical(group: list[Variant], glossary: Glossary) -> str | None:
    """The glossary's spelling for a group, if it lists one of its members."""
    return next(filter(None, (glossary_spelling(v, glossary) for v in group)), None)


def preferred(group: list[Variant], weight: Callable[[Variant], int] = lambda v: v.count):
    """The spelling a group's others are fixed to: the only one the world or
    the dictionary knows (else the only one the world lists as some town's
    name: Volodymyr), else the majority of the known ones, else the majority;
    None when nothing tells the sides apart. Rare knowledge (Bramwell, a
    rare dictionary name) does not outweigh the spelling the story names a
    person with in full ("Brittany Bramell"), nor does knowing a person's
    name that is no familiar one (a rarer given name or surname, a place's
    name after a first name) a spelling the story writes far more often
    (Anastacia ×3 beside the given name Anastasia; Micheal ×3 still goes to
    Michael): then nothing tells. Of spellings alike but for an apostrophe or a hyphen the one the
    language writes far more often wins (I’m, not Im)."""
    known = [v for v in group if v.renowned] or [v for v in group if v.world]
    if len(known) == 1:
        one = known[0]
        if not (one.familiar or one.world & (TARGETS | GIVEN)) and not introduced(one) \
                and any(introduced(v) for v in group):
            return None
        if not one.familiar and (introduced(one) or not one.world & TARGETS) and any(
                weight(v) >= max(MIN_OUTWEIGH, OUTWEIGH * weight(one)) for v in group if v is not one):
            return None
        return one
    if len(known) > 1:
        ranked = sorted(known, key=lambda v: v.zipf, reverse=True)
        top, next_ = ranked[0], ranked[1]
        if len({fold(bare(v.text)) for v in known}) == 1 and top.zipf - next_.zipf >= ZIPF_LEAD \
                and len({without_accents(v.key) for v in known}) > 1:
            return top  # an apostrophe or hyphen: accents are the name's own (Peña, Rhône)
    return majority(known or group, weight)


def introduced(v: Variant) -> bool:
    """Written right after a first name: "Brittany Bramell", "Asa Hutchinson"."""
    return any(is_first_name(n) for n in v.given)


def majority(group: list[Variant], weight: Callable[[Variant], int] = lambda v: v.count):
    """The variant used strictly more than any other, else None (a tie)."""
    ranked = sorted(group, key=weight, reverse=True)
    if len(ranked) > 1 and weight(ranked[0]) == weight(ranked[1]):
        return None
    return ranked[0]
