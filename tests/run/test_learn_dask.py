"""Corpus-level learning as mergeable summaries (lint.learn): any split of an
archive into partitions, merged in order, learns what one process learns;
and the documented Dask example (docs/guide/python-api.md) gives on a local
cluster of worker processes the same words, glossary, pack and findings."""
import pytest

import lint
from lint.learn import Learner, merge, write_learned


TOPICS = ["oil", "gas", "trade", "water", "roads", "schools"]


def archive(n=36):
    """A small archive with a house word (dlrs), a name spelled two ways
    (Chengriha, in 2 stories Chanegriha) and a footer no phrase list knows."""
    records = []
    for i in range(n):
        name = "Chanegriha" if i in (7, 21) else "Chengriha"
        footer = "\n\nSend your pictures to the Valley Desk\n" if i % 3 else "\n"
        topic = TOPICS[i % 6] + " and " + TOPICS[i // 6]
        text = (f"Army chief meets ministers on {topic}\n\nGeneral Said {name} met the ministers on {topic}. "
                f"The deal is worth {i + 3} mln dlrs, officials said.\n\nSaid {name} spoke to reporters "
                f"about {topic} in the region.{footer}")
        records.append((f"story{i:03d}.txt", text))
    return records


def learned(summary, learner):
    return (summary.documents, [p.word for p in summary.house_words(learner)],
            summary.names_ledger(learner), [(line.text, line.count) for line in summary.boilerplate(learner)])


def test_summaries_merge_to_the_one_process_result():
    learner = Learner()
    records = archive()
    whole = learner.summarise_texts(records)
    words, ledger, lines = learned(whole, learner)[1:]
    assert "dlrs" in words
    assert ledger[0][0][:1] == ("Chengriha",) and ("Chanegriha", 2) in ledger[0][0][2]
    assert lines == [("Send your pictures to the Valley Desk", 24)]
    a, b, c = (learner.summarise_texts(part) for part in (records[:5], records[5:20], records[20:]))
    assert learned((a + b) + c, learner) == learned(whole, learner)
    assert learned(a + (b + c), learner) == learned(whole, learner)


def summarise(records):
    """The documented example's per-partition step."""
    return lint.Learner().summarise_texts(records)


def check_records(records, config):
    linter = lint.make_linter(config)
    return [(path, [d.to_json() for d in lint.check_text(text, linter, path=path)]) for path, text in records]


def test_dask_cluster_learns_and_checks_as_one_process(tmp_path):
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    records = archive()
    learner = Learner()
    one = learner.summarise_texts(records)
    one_config = write_learned(one, learner, tmp_path / "one")
    expected = check_records(records, one_config)
    assert any(d["rule"] == "NL390" for _, found in expected for d in found)

    with LocalCluster(n_workers=3, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        bag = db.from_sequence(records, npartitions=6)
        summary = bag.reduction(summarise, merge).compute()
        assert learned(summary, learner) == learned(one, learner)
        config = write_learned(summary, learner, tmp_path / "dask")
        for name in ("words.txt", "names.toml", "learned.toml"):
            assert (tmp_path / "dask" / name).read_text() == (tmp_path / "one" / name).read_text()
        found = bag.map_partitions(check_records, config).compute()
    assert [(path, f) for path, f in found] == expected


def test_a_summary_grows_with_distinct_content_not_with_stories():
    """Counts per distinct word, name spelling and short line: an archive that
    repeats its stories five times sums to a summary of the same keys and the
    same size (only the counts are larger), so a worker's memory follows
    what is distinct in the archive, not how many stories it holds."""
    import pickle

    learner = Learner()
    once = learner.summarise_texts(archive())
    five = learner.summarise_texts((f"copy{k}/{path}", text) for k in range(5) for path, text in archive())
    assert five.documents == 5 * once.documents
    assert set(five.words.words) == set(once.words.words) and set(five.words.suspects) == set(once.words.suspects)
    assert set(five.names.variants) == set(once.names.variants)
    assert set(five.lines.lines) == set(once.lines.lines)
    assert all(len(line.paths) <= 4 for line in five.lines.lines.values())
    assert len(pickle.dumps(five)) < 1.1 * len(pickle.dumps(once))


def test_a_learner_per_partition_leaves_nothing_behind():
    """Each Dask task makes its own Learner: when one is gone, so is the names
    analysis of its configuration (a module-level table once kept every
    configuration's, and a worker grew by one a task)."""
    import gc

    from lint.checks.names import Shared
    from lint.config import Config

    def alive(kind):
        gc.collect()
        return sum(1 for o in gc.get_objects() if type(o) is kind)

    before = alive(Shared), alive(Config)
    for part in (archive(6), archive(8), archive(10)):
        summary = Learner().summarise_texts(part)
        assert summary.documents == len(part)
    assert (alive(Shared), alive(Config)) == before


def counts(summary):
    return {"words": dict(summary.words.words), "suspects": dict(summary.words.suspects),
            "names": {key: v.documents for key, v in summary.names.variants.items()},
            "lines": {key: line.count for key, line in summary.lines.lines.items()}}


def test_a_table_past_its_capacity_is_cut_with_a_bounded_error(monkeypatch):
    """lint.sketch: a table holds at most 2 * CAPACITY keys; a count kept is
    short of the true one by at most the table's total / (CAPACITY + 1), and
    a key more frequent than that is kept, in one process or merged."""
    import lint.sketch

    learner, records = Learner(), archive()
    exact = counts(learner.summarise_texts(records))
    monkeypatch.setattr(lint.sketch, "CAPACITY", 5)
    one = learner.summarise_texts(records)
    merged = learner.summarise_texts(records[:10]) + learner.summarise_texts(records[10:])
    assert len(exact["words"]) > 10 and len(exact["lines"]) > 10  # cut here
    for summary in (one, merged):
        for table, found in counts(summary).items():
            true = exact[table]
            error = sum(true.values()) / 6
            assert len(found) <= 10
            assert all(true[key] - error <= n <= true[key] for key, n in found.items()), table
            assert all(key in found for key, n in true.items() if n > error), table
    footer = [line.count for line in one.lines.lines.values() if line.text.startswith("Send your pictures")]
    assert footer and footer[0] <= 24  # in 24 of the 36 stories: a heavy hitter
