"""Clean: datelines are parsed, boilerplate never reaches the parser, offsets stay true."""

import pytest

from kg.clean import clean_article, is_boilerplate, parse_dateline
from kg.ingest import read_articles
from kg.model import Article


@pytest.mark.parametrize("text, place, region, agency", [
    ("Seoul [South Korea], February 9 (ANI): North Korean leader", "Seoul", "South Korea", "ANI"),
    ("WASHINGTON (Reuters) - The United States", "WASHINGTON", None, "Reuters"),
    ("SEOUL, Feb 9 (Reuters) - North Korea", "SEOUL", None, "Reuters"),
    ("KYIV, Ukraine (AP) — Russia launched", "KYIV", "Ukraine", "AP"),
    ("BEIJING, Feb. 9, 2025 (Xinhua) -- China", "BEIJING", None, "Xinhua"),
    ("New Delhi [India], March 3 (ANI): India", "New Delhi", "India", "ANI"),
    ("BALI — The European Union and Indonesia", "BALI", None, None),
    ("PORT SUDAN - The Rapid Support Forces", "PORT SUDAN", None, None),
    # Places whose names have "of" or "and" in them.
    ("UVIRA, Democratic Republic of Congo (AP) - Fighters", "UVIRA", "Democratic Republic of Congo", "AP"),
    ("PORT OF SPAIN, Trinidad and Tobago, May 3 - The", "PORT OF SPAIN", "Trinidad and Tobago", None),
    ("ISLAMABAD/NEW DELHI, May 7 (Reuters) - India fired", "ISLAMABAD/NEW DELHI", None, "Reuters"),
])
def test_datelines(text, place, region, agency):
    dateline, end = parse_dateline(text)
    assert (dateline.place, dateline.region, dateline.agency) == (place, region, agency)
    assert text[end] != " " and text[end - 1] in " :-—"


@pytest.mark.parametrize("text", [
    "North Korean leader Kim Jong-un blamed the United States.",
    "Kim - the leader - spoke.",
    "Russia: a timeline of the war",
    "UN - the body said.",
    "U.S. B-2 bombers struck Iran's nuclear sites.",
])
def test_no_dateline_in_prose(text):
    assert parse_dateline(text) == (None, 0)


@pytest.mark.parametrize("line", [
    "Also Read | Gaza Ceasefire: 5 Thai Nationals Freed From Hamas Captivity",
    "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)",
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "Read more: Why the summit matters",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


def test_content_is_not_boilerplate():
    assert not is_boilerplate("Kim also read a statement blaming the United States.")


def test_seed_is_cleaned_and_offsets_point_into_the_article():
    article = next(a for a in read_articles(["seeds"]))
    clean = clean_article(article)
    assert clean.dateline.text == "Seoul [South Korea], February 9 (ANI):"
    assert clean.dateline.agency == "ANI"
    assert clean.passages[0].text.startswith("North Korean leader Kim Jong-un, whom")
    assert len(clean.passages) == 12
    assert clean.passages[-1].text.endswith("a second summit in Hanoi, Vietnam in 2019.")
    for passage in clean.passages:
        assert article.text[passage.start:passage.start + len(passage.text)] == passage.text
        assert "Also Read" not in passage.text and "auto-generated" not in passage.text
    assert len(clean.removed) == 4
    assert clean.removed[-1] == "(ANI)"


def test_boilerplate_in_the_middle_of_a_paragraph_is_cut_out():
    text = "Kim spoke.\nAlso Read | Other story\nTrump answered."
    clean = clean_article(Article("x", text))
    assert [(p.text, p.start) for p in clean.passages] == [("Kim spoke.", 0), ("Trump answered.", 35)]
