"""`newslint serve` over real HTTP: LanguageTool's API v2 fields, errors,
limits, CORS and 50 requests at once against one server."""
import json
from contextlib import contextmanager
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import SEED, free_port

EMOJI = "Great news 🎉🎉 the goverment said."  # 'goverment': code point 18, UTF-16 unit 20
NBSP = "The\u00a0goverment said."


def post(url, body: bytes, content_type="application/x-www-form-urlencoded", headers=None):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def check(server, **fields):
    status, _, body = post(server + "/v2/check", urllib.parse.urlencode(fields).encode())
    assert status == 200, body
    return json.loads(body)


def test_check_answers_every_field_clients_read(newslint_server):
    answer = check(newslint_server, text=SEED.read_text(encoding="utf-8"), language="en-US")
    assert answer["software"]["name"] == "newslint" and answer["software"]["apiVersion"] == 1
    assert answer["warnings"] == {"incompleteResults": False}
    assert answer["language"]["code"] == "en-US"
    assert answer["language"]["detectedLanguage"]["code"] == "en-US"
    match = answer["matches"][0]
    assert match["offset"] == 19 and match["length"] == 10
    assert match["replacements"][0] == {"value": "strengthens"}
    assert match["rule"]["id"] == "NL101" and match["rule"]["issueType"] == "misspelling"
    assert match["rule"]["category"] == {"id": "SPELLING", "name": "Spelling"}
    assert match["type"] == {"typeName": "UnknownWord"}
    assert match["sentence"] == "Algeria and Russia strengtens military ties"
    context = match["context"]
    assert context["text"][context["offset"]:context["offset"] + context["length"]] == "strengtens"
    for m in answer["matches"]:
        assert m["message"] and m["shortMessage"] and m["rule"]["description"]
    rules = [m["rule"]["id"] for m in answer["matches"]]
    assert rules.count("NL401") == 5 and {"NL320", "NL301", "NL201", "NL502", "NL302"} <= set(rules)


def test_offsets_are_utf16_after_an_emoji_and_a_no_break_space(newslint_server):
    match = check(newslint_server, text=EMOJI, language="en-US")["matches"][0]
    assert (match["offset"], match["length"]) == (20, 9)
    context = match["context"]
    units = context["text"].encode("utf-16-le")[2 * context["offset"]:2 * (context["offset"] + context["length"])]
    assert units.decode("utf-16-le") == "goverment"  # the context's offsets are UTF-16 too
    matches = check(newslint_server, text=NBSP, language="auto")["matches"]
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in matches] == [("NL401", 3, 1), ("NL102", 4, 9)]


def test_body_is_form_data_whatever_the_content_type(newslint_server):
    body = urllib.parse.urlencode({"text": EMOJI, "language": "en-US"}).encode()
    for content_type in ("text/plain", "application/json", "application/octet-stream"):
        status, _, answer = post(newslint_server + "/v2/check", body, content_type)
        assert status == 200 and json.loads(answer)["matches"][0]["offset"] == 20


def test_get_with_query_parameters(newslint_server):
    query = urllib.parse.urlencode({"text": NBSP, "language": "en-US"})
    with urllib.request.urlopen(f"{newslint_server}/v2/check?{query}", timeout=30) as response:
        assert len(json.load(response)["matches"]) == 2


def test_annotated_data_reports_offsets_in_the_whole_source(newslint_server):
    data = {"annotation": [{"markup": "<p>"}, {"text": "The "}, {"markup": "<b>"},
                           {"text": "goverment"}, {"markup": "</b>"}, {"text": " said."},
                           {"markup": "</p>", "interpretAs": "\n\n"}]}
    match, = check(newslint_server, data=json.dumps(data), language="en-US")["matches"]
    assert (match["offset"], match["length"]) == (10, 9)  # "<p>The <b>" is 10 characters


def test_rules_selected_by_request(newslint_server):
    def rules(**fields):
        return {m["rule"]["id"] for m in check(newslint_server, text=NBSP, language="en-US", **fields)["matches"]}

    assert rules(disabledRules="NL401") == {"NL102"}
    assert rules(disabledCategories="TYPOGRAPHY") == {"NL102"}
    assert rules(enabledRules="no-break-space", enabledOnly="true") == {"NL401"}
    assert rules(enabledCategories="SPELLING", enabledOnly="true") == {"NL102"}


def test_errors_are_plain_text_with_languagetools_codes(newslint_server):
    status, headers, body = post(newslint_server + "/v2/check", b"language=en-US")
    assert status == 400 and headers["content-type"].startswith("text/plain")
    assert body.decode() == "Error: Missing 'text' or 'data' parameter"
    status, headers, body = post(newslint_server + "/v2/check", b"text=" + b"a" * (300 * 1024))
    assert status == 413 and headers["content-type"].startswith("text/plain") and b"limit" in body
    status, _, body = post(newslint_server + "/v2/check", b"text=Hello&language=xx-XX")
    assert status == 400 and b"xx-XX" in body


def test_languages_info_healthcheck(newslint_server):
    with urllib.request.urlopen(newslint_server + "/v2/languages", timeout=10) as response:
        languages = json.load(response)
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    with urllib.request.urlopen(newslint_server + "/v2/info", timeout=10) as response:
        assert json.load(response)["software"]["name"] == "newslint"
    with urllib.request.urlopen(newslint_server + "/v2/healthcheck", timeout=10) as response:
        assert response.read() == b"OK"


def test_cors_for_browser_clients(newslint_server):
    request = urllib.request.Request(newslint_server + "/v2/check", method="OPTIONS", headers={
        "Origin": "moz-extension://abc", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["access-control-allow-origin"] in ("*", "moz-extension://abc")
        assert "POST" in response.headers["access-control-allow-methods"]
    _, headers, _ = post(newslint_server + "/v2/check", b"text=Hi&language=en-US", headers={"Origin": "https://x.example"})
    assert headers["access-control-allow-origin"] == "*"


def test_a_request_never_reads_a_file(newslint_server, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("The goverment said.", encoding="utf-8")
    status, _, body = post(newslint_server + "/api/check", json.dumps({"text": "Fine text.", "name": str(secret)}).encode(),
                           "application/json")
    assert status == 200 and json.loads(body)["diagnostics"] == []
    assert check(newslint_server, text=str(secret), language="en-US")["matches"] == []


def test_fifty_concurrent_requests_share_one_linter(newslint_server):
    """Each request has its own misspelling at its own place; every answer must be its own."""
    words = ["goverment", "recieve", "beleive", "occured", "seperate"]

    def one(i):
        text = "Word " * i + words[i % 5] + " here."
        matches = check(newslint_server, text=text, language="en-US")["matches"]
        return [(m["offset"], m["length"]) for m in matches], (5 * i, len(words[i % 5]))

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(one, range(50)))
    for spans, expected in results:
        assert spans == [expected]


@contextmanager
def serving(cwd, *args):
    """Another `newslint serve` with these options: (its URL, the line it printed), once it answers."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "lint", "serve", "--port", str(port), *args],
                               cwd=cwd, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        line = process.stderr.readline()
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/v2/healthcheck", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, line
                time.sleep(0.2)
        yield url, line
    finally:
        process.terminate()
        process.wait(timeout=30)


def listening(port: int) -> set[str]:
    """The IPv4 addresses listening on ``port`` (from /proc/net/tcp, state 0A)."""
    found = set()
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
    return found


def test_serves_only_loopback_by_default(newslint_server, tmp_path):
    with serving(tmp_path) as (url, line):
        port = int(url.rsplit(":", 1)[1])
        assert f"http://127.0.0.1:{port}/" in line
        assert listening(port) == {"127.0.0.1"}


def test_merges_languagetools_matches_without_duplicates(newslint_server, languagetool_url, tmp_path):
    text = "Algeria and Russia strengtens ties. He go to school every days."
    body = urllib.parse.urlencode({"text": text, "language": "en-US"}).encode()
    with urllib.request.urlopen(languagetool_url + "/v2/check", body, timeout=180) as response:
        assert response.status == 200  # a cold LanguageTool takes its time on its first English check
    with serving(tmp_path, "--languagetool", languagetool_url, "--timeout", "120") as (url, line):
        assert "with LanguageTool" in line
        answer = check(url, text=text, language="en-US")
    spans = [(m["offset"], m["length"]) for m in answer["matches"]]
    assert spans.count((19, 10)) == 1  # LanguageTool's own misspelling match of 'strengtens' dropped
    assert answer["matches"][0]["rule"]["id"] == "NL101"
    assert any(not m["rule"]["id"].startswith("NL") for m in answer["matches"])  # its grammar matches kept
    assert answer["warnings"]["incompleteResults"] is False
    ours = next(m for m in answer["matches"] if m["rule"]["id"].startswith("NL"))
    theirs = next(m for m in answer["matches"] if not m["rule"]["id"].startswith("NL"))
    assert set(theirs) <= set(ours)  # every field a real LanguageTool match has, ours has
    assert {"id", "description", "issueType", "category"} <= set(ours["rule"]) & set(theirs["rule"])
    assert set(theirs["context"]) == set(ours["context"]) and set(theirs["type"]) == set(ours["type"])


def test_enabled_rules_turn_on_a_rule_that_is_off_by_default(newslint_server):
    text = "Algeria And Russia Strengthen Military Ties\n\nThe head of the army said.\n"
    assert check(newslint_server, text=text, language="en-US")["matches"] == []
    matches = check(newslint_server, text=text, language="en-US", enabledRules="headline-case")["matches"]
    assert [m["rule"]["id"] for m in matches] == ["NL505"]


def test_a_check_over_the_time_limit_is_503(newslint_server, tmp_path):
    text = "The goverment said the ministry was working to further strengthen ties. " * 3000
    with serving(tmp_path, "--timeout", "0.1") as (url, _):
        status, headers, body = post(url + "/v2/check", urllib.parse.urlencode({"text": text, "language": "en-US"}).encode())
    assert status == 503 and headers["content-type"].startswith("text/plain")
    assert body.decode() == "Error: Checking took longer than 0.1 seconds"
