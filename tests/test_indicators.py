"""Figures quoted in statements: accuracy on hand-labelled sentences, exclusions, offsets and types."""

from __future__ import annotations

import re

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.indicator_accuracy import LABELLED, load_labelled, score
from transforms import schemas
from transforms.indicator_grammar import RULES, Figure, Range, anchored
from transforms.indicators import indicators_from_statements

HELD_OUT = LABELLED.with_name("held_out.jsonl")


def figures(*texts: str) -> pl.DataFrame:
    statements = pl.DataFrame(
        {"meeting_id": ["M"] * len(texts), "paragraph": list(range(1, len(texts) + 1)), "text": list(texts)},
        schema={"meeting_id": pl.String, "paragraph": pl.Int32, "text": pl.String},
    )
    return indicators_from_statements(statements)


def one(text: str) -> dict:
    found = figures(text).to_dicts()
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("path", [LABELLED, HELD_OUT], ids=["labelled", "held-out"])
def test_precision_and_recall_on_hand_labelled_sentences(path) -> None:
    records = load_labelled(path)
    scores = score(records)
    assert scores.labelled >= 30
    assert scores.precision >= 0.95, scores.misses
    assert scores.recall >= 0.95, scores.misses
    assert scores.attribute_accuracy >= 0.95, scores.misses


def test_every_figure_of_the_sample_is_labelled() -> None:
    sample = [record for record in load_labelled() if record["id"].startswith("cmw-c-sr160")]
    assert sum(len(record["figures"]) for record in sample) >= 40
    assert score(sample).subject_accuracy >= 0.8


def test_every_rule_matches_its_own_example() -> None:
    for rule in RULES:
        assert re.fullmatch(rule.pattern, rule.example, re.IGNORECASE), rule.name
        assert pl.Series([rule.example]).str.contains(anchored([rule])).item(), rule.name


def groups_read(rule: Figure) -> set[str]:
    """The optional groups `indicator_readings` reads a figure from, as its rule says."""
    groups = set()
    if rule.value in ("amount", "amount per"):
        groups.add("amount")
    if rule.value == "amount per" or rule.unit == "per":
        groups.add("per")
    if rule.unit == "unit":
        groups.add("unit")
    if rule.unit == "currency":
        groups.add("cur")
    if rule.qualifier_after:
        groups.add("after")
    return groups


def test_every_figure_rule_names_the_groups_it_is_read_from() -> None:
    for rule in RULES:
        groups = set(re.compile(rule.pattern).groupindex)
        if isinstance(rule, Range):
            ends = {f"{group}{n}" for group in ("part", "cur", "amount", "unit") for n in (1, 2)}
            assert {"pre1", *ends} <= groups, rule.name
        elif isinstance(rule, Figure):
            assert {"pre", "qual", "fig"} <= groups, rule.name
            # A group the rule does not say it reads would be ignored: "unit" without unit="unit".
            assert groups & {"amount", "per", "unit", "cur", "after"} == groups_read(rule), rule.name


@pytest.mark.parametrize(
    "text",
    [
        "Article 33 of the Constitution and paras. 12-14 of the report were relevant.",
        "The State party had not ratified ILO Convention No. 97 or resolution 65/230.",
        "Arizona Senate Bill 1070 (SB 1070) had been criticized.",
        "The report (CMW/C/MEX/2) was considered at the 160th meeting.",
        "The meeting rose at 1.05 p.m. on 6 April 2011.",
        "The second periodic report was submitted in 2010.",
        "Her Government had acceded to the 1990 Convention in 1999.",
        "The Committee's sixty-first session opened on 29 July 2002.",
        "Section 377A of the Penal Code was discussed.",
    ],
)
def test_look_alikes_are_not_figures(text: str) -> None:
    assert figures(text).is_empty()


def test_a_range_keeps_both_ends_and_its_unit() -> None:
    found = one("They received prison sentences of between 9 and 135 years.")
    assert (found["kind"], found["value"], found["value_low"], found["value_high"], found["unit"]) == (
        "range",
        9.0,
        9.0,
        135.0,
        "years",
    )


def test_scale_words_multiply_and_money_has_its_currency() -> None:
    found = one("Remittances had reached US$ 1.5 billion.")
    assert (found["kind"], found["value"], found["unit"]) == ("money", 1.5e9, "US$")
    found = one("Some 6.5 million Mexican immigrants had had their status regularized.")
    assert (found["value"], found["qualifier"], found["subject"]) == (6.5e6, "some", "Mexican immigrants")


def test_years_are_periods_of_the_figures_in_their_sentence() -> None:
    found = figures(
        "Between 2006 and 2011, 966 persons had been arrested. Since 2009, 12 shelters had opened.",
        "In 2010, more than 2 million persons had entered Mexican territory.",
    ).to_dicts()
    periods = [(row["surface"], row["period_start"], row["period_end"]) for row in found]
    assert periods == [("966", 2006, 2011), ("12", 2009, None), ("2 million", 2010, 2010)]
    assert [row["qualifier"] for row in found] == [None, None, "more than"]


def test_word_numbers_count() -> None:
    found = figures("Migrant workers could receive benefits once they had worked for eight months.").to_dicts()
    assert [(row["surface"], row["kind"], row["value"], row["unit"]) for row in found] == [
        ("eight months", "duration", 8.0, "months")
    ]
    tens = one("Tens of thousands of migrants had been repatriated.")
    assert (tens["value"], tens["qualifier"], tens["subject"]) == (10000.0, "at least", "migrants repatriated")


def test_offsets_sentences_and_types_hold_for_every_labelled_text() -> None:
    texts = [record["text"] for record in load_labelled() + load_labelled(HELD_OUT)]
    found = figures(*texts)
    assert found.schema == schemas.INDICATORS
    assert found["value"].null_count() == 0
    for row in found.iter_rows(named=True):
        text = texts[row["paragraph"] - 1]
        assert text[row["char_start"] : row["char_end"]] == row["surface"]
        assert row["surface"] in row["sentence"]
        assert row["sentence"] in text


WORDS = (
    "In 2010,", "some", "1,325", "per cent", "between", "and", "9", "years", "US$", "million", "to", "two",
    "article", "33", "migrants", ".", "(", ")", "CMW/C/MEX/2", "1.05 p.m.", "thousands", "of", "half",
    "é", "—", "one in five", "from", "since",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_text_gives_consistent_rows(words: list[str]) -> None:
    text = " ".join(words)
    for row in figures(text).iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["surface"]
        assert row["value"] is not None
        assert row["value_low"] is None or row["value_low"] <= row["value_high"]


def figures_in(language: str, text: str) -> list[tuple[object, ...]]:
    """The figures of one paragraph of a French or Spanish version (its meeting id says its language)."""
    statements = pl.DataFrame(
        {"meeting_id": [f"M@{language}"], "paragraph": [1], "text": [text]},
        schema={"meeting_id": pl.String, "paragraph": pl.Int32, "text": pl.String},
    )
    return (
        indicators_from_statements(statements)
        .select("surface", "kind", "value", "value_high", "unit", "qualifier", "subject", "period_start", "period_end")
        .rows()
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Entre 2006 et 2011, 1 325 plaintes ont été déposées et 12,5 % des plaintes, soit plus de 80 cas, "
               "concernaient des enfants.",
         [("1 325", "count", 1325.0, None, None, None, "plaintes", 2006, 2011),
          ("12,5 %", "percent", 12.5, None, "per cent", None, "plaintes", 2006, 2011),
          ("80", "count", 80.0, None, None, "more than", "cas", 2006, 2011)]),
        ("fr", "La pauvreté a reculé de 25 pour cent depuis 2009; des milliers de familles et 3 millions de "
               "personnes en ont bénéficié pendant 18 mois, pour 1 000 000 dollars des États-Unis.",
         [("25 pour cent", "percent", 25.0, None, "per cent", None, None, 2009, None),
          ("des milliers", "count", 1000.0, None, None, "at least", "familles", 2009, None),
          ("3 millions", "count", 3e6, None, None, None, "personnes", 2009, None),
          ("18 mois", "duration", 18.0, None, "months", None, None, 2009, None),
          ("1 000 000 dollars des États-Unis", "money", 1e6, None, "US$", None, None, 2009, None)]),
        ("fr", "Les peines vont de 9 à 135 ans; environ 40 détenus, au titre de l’article 12, ont été libérés le "
               "6 avril 2011 à 10 h 30.",
         [("de 9 à 135 ans", "range", 9.0, 135.0, "years", None, None, 2011, 2011),
          ("40", "count", 40.0, None, None, "about", "détenus", 2011, 2011)]),
        ("es", "Entre 2006 y 2011 se presentaron 1.325 denuncias y el 25% de ellas, más de 80 casos, afectaba "
               "a niños.",
         [("1.325", "count", 1325.0, None, None, None, "denuncias", 2006, 2011),
          ("25%", "percent", 25.0, None, "per cent", None, "ellas", 2006, 2011),
          ("80", "count", 80.0, None, None, "more than", "casos", 2006, 2011)]),
        ("es", "La pobreza disminuyó un 12,5 por ciento desde 2009 y miles de familias recibieron 2,5 millones de "
               "dólares durante 18 meses, entre 9 y 12 años.",
         [("12,5 por ciento", "percent", 12.5, None, "per cent", None, None, 2009, None),
          ("miles de", "count", 1000.0, None, None, "at least", "familias", 2009, None),
          ("2,5 millones de dólares", "money", 2.5e6, None, "US$", None, None, 2009, None),
          ("18 meses", "duration", 18.0, None, "months", None, None, 2009, None),
          ("entre 9 y 12 años", "range", 9.0, 12.0, "years", None, None, 2009, None)]),
    ],
)  # fmt: skip
def test_french_and_spanish_figures_read_as_english_ones(
    language: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures_in(language, text) == expected


def test_an_english_paragraph_keeps_its_english_numbers() -> None:
    """ "1,325" is one thousand three hundred and twenty-five in English, not 1.325."""
    found = figures("Some 1,325 complaints, or 12.5 per cent of cases.")
    assert found.select("surface", "value").rows() == [("1,325", 1325.0), ("12.5 per cent", 12.5)]
