import json
import os
import signal
import subprocess
import sys
import time

from kit.store.student import current_student, safe_name
from kit.store.work_store import WorkStore, work_path
from tests.processes import run_together


def store(activity="anatomy", student="ana"):
    return WorkStore(student, "art", "hash1", activity)


def test_each_change_is_written_and_restored_by_a_new_store(isolated_work):
    first = store()
    first.update(lambda w: w.with_answer("q1", "b"))
    path = isolated_work / "ana" / "art" / "anatomy.json"
    assert json.loads(path.read_text())["answers"]["q1"]["value"] == "b"
    assert store().load().answers["q1"].value == "b"
    first.update(lambda w: w.with_answer("q1", None))
    assert "q1" not in store().load().answers


def test_no_temporary_files_are_left_behind(isolated_work):
    s = store()
    for n in range(20):
        s.update(lambda w, n=n: w.with_answer(f"q{n}", "a"))
    leftovers = [p.name for p in (isolated_work / "ana" / "art").iterdir() if p.suffix == ".tmp"]
    assert leftovers == []


def test_corrupted_file_is_kept_aside_and_the_student_told(isolated_work):
    path = work_path("ana", "art", "anatomy")
    path.parent.mkdir(parents=True)
    path.write_text('{"schema_version": 1, "answers": {"q1": ')
    s = store()
    assert s.load().answers == {}
    kept = list(path.parent.glob("anatomy.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text().startswith('{"schema_version": 1')
    assert "could not be read" in s.messages[0] and kept[0].name in s.messages[0]
    s.update(lambda w: w.with_answer("q2", "c"))
    assert store().load().answers["q2"].value == "c"


def test_work_of_another_activity_in_the_file_is_not_taken(isolated_work):
    store("anatomy").update(lambda w: w.with_answer("q1", "a"))
    path = work_path("ana", "art", "anatomy")
    other = path.with_name("other.json")
    other.write_text(path.read_text())
    s = store("other")
    assert (
        s.load().answers == {} and "another student, article, activity or taxonomy" in s.messages[0]
    )


def test_a_changed_article_keeps_answers_with_a_warning(isolated_work):
    store().update(lambda w: w.with_answer("q1", "a"))
    changed = WorkStore("ana", "art", "hash2", "anatomy")
    assert changed.load().answers["q1"].value == "a"
    assert "article changed" in changed.messages[0]


def _writer(work_dir, prefix, count):
    os.environ["KIT_WORK_DIR"] = work_dir
    s = store()
    for n in range(count):
        s.update(lambda w, n=n: w.with_answer(f"{prefix}{n}", "x"))


def test_two_writers_on_one_file_lose_nothing(isolated_work):
    run_together(_writer, [(str(isolated_work), p, 40) for p in ("a", "b")])
    answers = store().load().answers
    assert len(answers) == 80


KILL_LOOP = """
import itertools, sys
from kit.model.work import Label
from kit.store.work_store import WorkStore
run = sys.argv[1]
s = WorkStore("ana", "art", "hash1", "claims-body", taxonomy="statement-types")
for n in itertools.count():
    s.update(lambda w: w.with_label(f"{run}-{n}", Label(label="fact", note=str(n))))
    print(n, flush=True)
"""
KILLS = 15


def test_killing_a_process_that_saves_labels_loses_at_most_the_label_in_flight(isolated_work):
    path = work_path("ana", "art", "claims-body")
    env = {**os.environ, "KIT_WORK_DIR": str(isolated_work)}
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_LOOP, str(run)], stdout=subprocess.PIPE, env=env, text=True
        )
        confirmed = -1
        deadline = time.monotonic() + 30
        while confirmed < 2 + run % 5 and time.monotonic() < deadline:
            confirmed = int(proc.stdout.readline().split()[0])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        labels = json.loads(path.read_text())["labels"]  # always complete, valid JSON
        mine = sorted(int(key.split("-")[1]) for key in labels if key.startswith(f"{run}-"))
        assert mine[: confirmed + 1] == list(range(confirmed + 1))  # every confirmed label is there
        assert len(mine) <= confirmed + 2  # plus at most the one in flight
        earlier = {key for key in labels if int(key.split("-")[0]) < run}
        assert len(earlier) >= sum(3 + r % 5 for r in range(run))  # earlier runs' labels survive
    assert not list(path.parent.glob("*.unreadable-*"))
    # a kill mid-write can leave a temporary file; the next save clears it away
    WorkStore("ana", "art", "hash1", "claims-body", taxonomy="statement-types").update(lambda w: w)
    assert not list(path.parent.glob(".*.tmp"))


def test_student_names_are_safe_folder_names(monkeypatch):
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("Ana María") == "Ana-Mar-a"
    assert safe_name("   ") == "student"
    monkeypatch.setenv("KIT_STUDENT", "")
    monkeypatch.setenv("JUPYTERHUB_USER", "hub.user")
    assert current_student() == "hub.user"
