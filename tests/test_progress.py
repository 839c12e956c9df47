"""Progress: a status line on a terminal only, and --jobs gives the same statements
(tests/test_workers.py: and the same build files)."""

import io

import kg
from kg.progress import Progress


def test_progress_counts_and_draws_one_line():
    stream = io.StringIO()
    progress = Progress(enabled=True, stream=stream)
    progress.article(statements=3)
    progress.article(statements=2)  # within a tenth of a second: not redrawn
    assert (progress.articles, progress.statements) == (2, 5)
    assert stream.getvalue().startswith("\rkg: 1 article(s), 3 statement(s), ")
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_is_silent_when_disabled():
    stream = io.StringIO()
    progress = Progress(enabled=False, stream=stream)
    progress.article(statements=1)
    progress.close()
    assert stream.getvalue() == ""
    assert Progress.for_terminal(quiet=True).enabled is False


def test_two_processes_give_the_same_statements(tmp_path):
    texts = ["Russia was condemned by France on Monday.", "Japan criticized China.",
             "Egypt and Qatar are mediating between Israel and Hamas.", "Kim blamed the United States."]
    for number, text in enumerate(texts):
        (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
    one = [s.to_record() for s in kg.extract([tmp_path]).statements]
    two = [s.to_record() for s in kg.extract([tmp_path], jobs=2).statements]
    assert one == two and len(one) == 7  # 1 + 1 + 4 + 1


def test_progress_shows_the_time_left_when_the_input_size_is_known():
    import time

    from kg.progress import _duration

    stream = io.StringIO()
    progress = Progress(enabled=True, stream=stream, started=time.monotonic() - 10)
    progress.expect(1000)
    progress.article(statements=2, size=250)  # a quarter in 10 s: 30 s to go
    assert ", about 30 s left" in stream.getvalue()
    assert (_duration(59.9), _duration(185), _duration(7620)) == ("59 s", "3 min 05 s", "2 h 07 min")



def test_inputs_given_as_a_generator_are_read_once_with_the_progress_line(tmp_path):
    (tmp_path / "a.txt").write_text("Japan criticized China.", encoding="utf-8")
    progress = Progress(enabled=True, stream=io.StringIO())
    statements = list(kg.iter_statements((path for path in [tmp_path]), progress=progress))
    assert len(statements) == 1 and progress.expected == len("Japan criticized China.")
