"""House words learned from an archive: `newslint words learn` and lint.spelling.learn."""
from conftest import run_cli

from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.spelling.learn import WordCounts, propose


def archive(tmp_path, stories):
    folder = tmp_path / "archive"
    folder.mkdir()
    for n, text in enumerate(stories):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def stories():
    """A wire archive: 'dlrs' is house style in 12 stories; 'goverment' is a
    slip, in 2 stories beside 'government' in 20."""
    out = []
    for n in range(20):
        text = f"The government said on day {n} that the plan would go ahead.\n"
        if n < 12:
            text += "Profits rose to 40 mln dlrs in the quarter.\n"
        if n < 2:
            text += "Critics said the goverment had not consulted them.\n"
        out.append(text)
    return out


def spelling():
    return Linter(Config(), select=["NL101"]).checks[0]


def test_recurring_house_word_is_proposed_and_recurring_typo_is_not():
    check = spelling()
    counts = WordCounts()
    for n, text in enumerate(stories()):
        counts.add(Document(text, f"{n}.txt"), check)
    found = {p.word: p.documents for p in propose(counts, check.suggester, min_documents=2)}
    assert found == {"dlrs": 12}


def test_counts_merge_like_one_pass():
    check = spelling()
    docs = [Document(text, f"{n}.txt") for n, text in enumerate(stories())]
    whole, left, right = WordCounts(), WordCounts(), WordCounts()
    for doc in docs:
        whole.add(doc, check)
    for doc in docs[:7]:
        left.add(doc, check)
    for doc in docs[7:]:
        right.add(doc, check)
    assert left + right == whole == right + left


def test_cli_adds_words_to_the_configured_file_and_prints_counts(tmp_path):
    folder = archive(tmp_path, stories())
    (tmp_path / "newslint.toml").write_text('word-files = ["house.txt"]\n', encoding="utf-8")
    result = run_cli("words", "learn", "--min-documents", "2", folder, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == ["dlrs\t12 documents"]
    assert (tmp_path / "house.txt").read_text(encoding="utf-8") == "dlrs\n"
    # Learned, the word is no longer flagged; the typo still is.
    check = run_cli("check", "--no-cache", "--select", "spelling", "--format", "json", folder, cwd=tmp_path)
    assert b"dlrs" not in check.stdout and b"goverment" in check.stdout


def test_cli_dry_run_writes_nothing_and_bad_path_is_exit_2(tmp_path):
    folder = archive(tmp_path, stories())
    result = run_cli("words", "learn", "--dry-run", "--min-documents", "2", folder, tmp_path / "missing",
                     cwd=tmp_path)
    assert result.returncode == 2
    assert "missing" in result.stderr.decode()
    assert result.stdout.decode().splitlines() == ["dlrs\t12 documents"]
    assert not (tmp_path / "house.txt").exists()


def test_init_offers_learning_and_learns_with_the_flag(tmp_path):
    folder = archive(tmp_path, stories())
    offered = run_cli("init", cwd=folder)
    assert offered.returncode == 0 and b"--learn-words" in offered.stdout
    learned = run_cli("init", "--force", "--learn-words", cwd=folder)
    assert learned.returncode == 0, learned.stderr
    assert "dlrs\t12 documents" in learned.stdout.decode()
    assert 'word-files = ["house-words.txt"]' in (folder / "newslint.toml").read_text(encoding="utf-8")
    assert (folder / "house-words.txt").read_text(encoding="utf-8") == "dlrs\n"
