"""A LanguageTool server behind ours: the request forwarded as it came, its
matches merged with newslint's, the ones that say what ours say dropped."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

FORWARDED = ("text", "data", "language", "motherTongue", "preferredVariants", "enabledRules",
             "disabledRules", "enabledCategories", "disabledCategories", "enabledOnly", "level")


def languagetool_url(choice: str | None, config) -> str | None:
    """``--languagetool``: a URL, ``auto`` (newslint's own LanguageTool, as
    ``--grammar`` runs it), ``off``; by default the config's grammar server."""
    if choice == "off":
        return None
    if choice in (None, ""):
        return config.section("grammar").get("server")
    if choice == "auto":
        from lint.grammar import languagetool

        return languagetool.server_url(None)
    return choice.rstrip("/")


def check(url: str, form: dict, timeout: float) -> tuple[list[dict], str | None]:
    """LanguageTool's matches for the request, and what went wrong (None when it answered)."""
    fields = {k: v for k, v in form.items() if k in FORWARDED}
    body = urllib.parse.urlencode(fields).encode()
    try:
        with urllib.request.urlopen(url + "/v2/check", body, timeout=timeout) as response:
            return json.load(response).get("matches", []), None
    except urllib.error.HTTPError as exc:
        return [], f"LanguageTool at {url}: HTTP {exc.code}: {exc.read()[:200].decode(errors='replace')}"
    except (OSError, ValueError) as exc:
        return [], f"LanguageTool at {url}: {exc}"


def merge(ours: list[dict], theirs: list[dict]) -> list[dict]:
    """Both lists, by offset; a LanguageTool match is a duplicate when one of
    ours covers the same span, or it is a misspelling overlapping our misspelling."""
    spans = {(m["offset"], m["length"]) for m in ours}
    spelling = [(m["offset"], m["offset"] + m["length"]) for m in ours
                if m["rule"]["issueType"] == "misspelling"]

    def duplicate(m: dict) -> bool:
        start, end = m.get("offset", -1), m.get("offset", -1) + m.get("length", 0)
        if (m.get("offset"), m.get("length")) in spans:
            return True
        return m.get("rule", {}).get("issueType") == "misspelling" and any(
            start < e and s < end for s, e in spelling)

    merged = ours + [m for m in theirs if not duplicate(m)]
    return sorted(merged, key=lambda m: (m.get("offset", 0), m.get("length", 0)))
