"""Ingest: files and folders become articles; bad inputs become problems naming the file."""

import json

from kg.ingest import article_from_text, read_articles
from kg.model import Article, InputProblem


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)])


def test_txt_with_date_header(tmp_path):
    path = tmp_path / "a1.txt"
    path.write_text(" date 2025-02-09 Seoul, Feb 9 (ANI): Kim spoke.\n", encoding="utf-8")
    articles, problems = split(read_articles([path]))
    assert problems == []
    assert articles == [Article(doc_id="a1", text="Seoul, Feb 9 (ANI): Kim spoke.\n", date="2025-02-09",
                                path=str(path))]


def test_txt_without_header_keeps_text():
    article = article_from_text("Kim spoke in Seoul.", "x")
    assert (article.text, article.date) == ("Kim spoke in Seoul.", None)


def test_seed_folder_reads_the_seed():
    articles, problems = split(read_articles(["seeds"]))
    assert problems == []
    assert [a.doc_id for a in articles] == ["000_b160ab26da3c4602"]
    assert articles[0].date == "2025-02-09"
    assert articles[0].text.startswith("Seoul [South Korea], February 9 (ANI): North Korean leader")


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Text z.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text a.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("hidden", encoding="utf-8")
    articles, problems = split(read_articles([tmp_path]))
    assert [a.doc_id for a in articles] == ["a", "z"]
    assert problems == []


def test_json_and_jsonl_records(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "r1", "text": "Kim spoke.", "title": "T", "date": "2025-02-09T10:00:00Z",
                               "url": "https://example.org/a", "source": "ANI"}), encoding="utf-8")
    many = tmp_path / "many.jsonl"
    many.write_text(json.dumps({"text": "First."}) + "\n\n" + json.dumps({"id": "b", "text": "Second."}) + "\n",
                    encoding="utf-8")
    articles, problems = split(read_articles([one, many]))
    assert problems == []
    assert [(a.doc_id, a.text, a.date, a.line) for a in articles] == [
        ("r1", "Kim spoke.", "2025-02-09", None), ("many-1", "First.", None, 1), ("b", "Second.", None, 3)]
    assert (articles[0].title, articles[0].url, articles[0].source) == ("T", "https://example.org/a", "ANI")


def test_json_array_of_records(tmp_path):
    path = tmp_path / "arr.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    articles, _ = split(read_articles([path]))
    assert [a.doc_id for a in articles] == ["arr-1", "arr-2"]


def test_bad_inputs_are_named_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kim spoke.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("first line\ncaf\xe9".encode("latin-1"))
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "Fine."}\n{"text": broken\n{"title": "no text"}\n', encoding="utf-8")
    unknown = tmp_path / "doc.pdf"
    unknown.write_bytes(b"%PDF")
    missing = tmp_path / "missing.txt"
    articles, problems = split(read_articles([good, empty, binary, latin, lines, unknown, missing]))
    assert [a.doc_id for a in articles] == ["good", "lines-1"]
    assert [str(p) for p in problems] == [
        f"{empty}: empty file",
        f"{binary}: binary file (contains NUL bytes), not an article",
        f"{latin}: not valid UTF-8 (byte 14, line 2)",
        f"{lines}:2: invalid JSON: Expecting value (column 10)",
        f"{lines}:3: record has no \"text\" field",
        f"{unknown}: unknown file type '.pdf'; kg reads .txt, .json and .jsonl",
        f"{missing}: no such file or folder",
    ]


def test_record_field_problems(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('["not", "an object"]\n{"text": 5}\n{"text": "x", "date": "yesterday"}\n{"text": ""}\n',
                    encoding="utf-8")
    articles, problems = split(read_articles([path]))
    assert articles == []
    assert [p.message for p in problems] == [
        'expected an object with a "text" field, got list',
        'record "text" is not a string',
        "\"date\" 'yesterday' is not YYYY-MM-DD",
        'record has an empty "text"',
    ]
    assert [p.line for p in problems] == [1, 2, 3, 4]
