"""Progress: a status line on a terminal only, and --jobs gives the same statements."""

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
