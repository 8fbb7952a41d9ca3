"""Monthly release tables of jobs and pay: revisions, a base in a "when" clause named by its
month, net revisions, averages over the latest months, units in row labels, a change with its
level, and lists of several lines' changes (docs/drafting.md, "Monthly release tables"). The
sentences and tables are the project's own."""

from __future__ import annotations

from pathlib import Path

from _drafting import by_quote, by_quote_listed, drafted_article

HIRES = (
    '"Summary table. Hires, seasonally adjusted",,,\n'
    "Category,Mar. 2020,Feb. 2021,Mar. 2021(p)\n"
    '"Hires, over-the-month change (in thousands)",150,180,246\n'
)


def test_a_base_in_a_when_clause_named_by_its_month(tmp_path: Path) -> None:
    """ "from last March, when 150,000 ..." is one claim from March of the year before to the
    level stated before it; the round 150,000 is the cell that holds it, not one that only
    rounds to it."""
    article = (
        "Employers made 246,000 hires in March. That is a 37-percent rise from February's "
        "180,000, and a 64-percent rise from last March, when 150,000 were made."
    )
    text, report = drafted_article(tmp_path, {"hires.csv": HIRES}, article)
    claims = by_quote(report)
    line = "hires.hires_over_the_month_change_in_thousands"
    quote = "a 64-percent rise from last March, when 150,000 were made"
    assert claims[quote] == (
        {"from": f"{line}[Mar. 2020]", "to": f"{line}[Mar. 2021]"},
        "supported",
    ), text
    assert not any(q.startswith("when 150,000") for q in claims), text


PEDESTRIANS = (
    'Person type,2019,2020\nCyclists,850,905\n"Cyclists, as first published for 2019",846,\n'
)


def test_an_earlier_estimate_beside_a_line_of_the_same_name(tmp_path: Path) -> None:
    """A line "as first published" with no "as revised" line: its partner is the line of the
    same name, and the revision in apposition is a claim of its own."""
    article = (
        "Cyclist deaths reached 905 in 2020, up from 850 in 2019, a figure since revised up "
        "from 846."
    )
    text, report = drafted_article(tmp_path, {"people.csv": PEDESTRIANS}, article)
    claims = by_quote(report)
    assert claims["a figure since revised up from 846"] == (
        {
            "from": "people.cyclists_as_first_published_for_2019[2019]",
            "to": "people.cyclists[2019]",
        },
        "supported",
    ), text


REVISED = (
    '"Summary table B. Hires",,,\n'
    "Category,Apr. 2021,May 2021(p),June 2021(p)\n"
    '"Hires, over-the-month change (in thousands), as revised",212,240,205\n'
    '"Hires, over-the-month change (in thousands), as first published",230,228,\n'
)
_LINE = "revised.hires_over_the_month_change_in_thousands"


def test_a_revision_with_its_earlier_estimate_after_a_comma(tmp_path: Path) -> None:
    article = "April's hires were revised down to 212,000, from the 230,000 first reported."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, article)
    claims = by_quote(report)
    quote = "April's hires were revised down to 212,000, from the 230,000 first reported"
    assert claims[quote] == (
        {"from": f"{_LINE}_as_first_published[Apr. 2021]", "to": f"{_LINE}_as_revised[Apr. 2021]"},
        "supported",
    ), text


def test_a_net_revision_said_against_the_earlier_estimates(tmp_path: Path) -> None:
    """ "N fewer than previously reported in April and May": the sums of the two months'
    estimates, as derived figures."""
    article = "Hires were 6,000 fewer than previously reported in April and May."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, article)
    ((refs, verdict),) = by_quote(report).values()
    assert set(refs) == {"from", "to"}, text
    assert verdict == "supported", text
    assert f"{_LINE}_as_first_published[Apr. 2021] + {_LINE}_as_first_published[May 2021]" in text


def test_a_net_revision_over_the_previous_two_months(tmp_path: Path) -> None:
    article = "The previous two months were revised down by a combined 6,000 hires."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, article)
    ((refs, verdict),) = by_quote(report).values()
    assert set(refs) == {"from", "to"}, text
    assert verdict == "supported", text
    wrong = "The previous two months were revised up by a combined 6,000 hires."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, wrong)
    ((refs, verdict),) = by_quote(report).values()
    assert verdict == "contradicted", text


def test_an_average_over_the_latest_months(tmp_path: Path) -> None:
    """(212 + 240 + 205) / 3 = 219 thousand, on the revised line, not the first estimates."""
    article = "The three-month average of hires was 219,000."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, article)
    ((refs, verdict),) = by_quote(report).values()
    assert list(refs) == ["figure"], text
    assert refs["figure"].startswith("worked_out."), text
    assert verdict == "supported", text
    assert f"({_LINE}_as_revised[Apr. 2021] + {_LINE}_as_revised[May 2021] + " in text
    # an average that no three latest months give is not proposed
    other = "The three-month average of hires was 250,000."
    text, report = drafted_article(tmp_path, {"revised.csv": REVISED}, other)
    ((refs, verdict),) = by_quote(report).values()
    assert refs == {}, text


PAY = (
    '"Summary table B. Pay",,\n'
    "Category,Apr. 2021,May 2021(p)\n"
    '"Hires, over-the-month change (in thousands)",180,246\n'
    '"Average hourly pay, all workers (in dollars)",,31.18\n'
    '"Average hourly pay, all workers, over-the-month change (in cents)",,7\n'
    '"Average hourly pay, all workers, over-the-year change (in cents)",,95\n'
    '"Average hourly pay, all workers, over-the-year percent change",,3.1\n'
)


def test_pay_in_cents_and_dollars(tmp_path: Path) -> None:
    """ "(in cents)" and "(in dollars)" in a row label give the figure its unit: 7 cents is
    $0.07. A change in cents with the level in dollars, and a change said in cents and in per
    cent, are each one claim with both figures."""
    article = (
        "Average hourly pay for all workers rose by 7 cents in May to $31.18, a 95-cent, or "
        "3.1-percent, increase from a year earlier."
    )
    text, report = drafted_article(tmp_path, {"pay.csv": PAY}, article)
    claims = by_quote_listed(report)
    first = "Average hourly pay for all workers rose by 7 cents in May to $31.18"
    second = "a 95-cent, or 3.1-percent, increase from a year earlier"
    assert claims[first][1] == "supported", text
    assert [role for role, _ in claims[first][0]] == ["figures", "figures"], text
    assert claims[second][1] == "supported", text
    assert [role for role, _ in claims[second][0]] == ["figures", "figures"], text
    # a wrong amount in cents links no figure of its own: the claim is not passed
    wrong = article.replace("95-cent", "59-cent")
    text, report = drafted_article(tmp_path, {"pay.csv": PAY}, wrong)
    assert by_quote_listed(report)[second.replace("95", "59")][1] == "needs_review", text


INDUSTRY = (
    '"Table B-1. Employees by industry [In thousands]",,\n'
    "Industry,Apr. 2021,May 2021(p)\n"
    "Dental offices,960.0,963.4\n"
)


def test_a_change_said_by_added_with_the_level_reached(tmp_path: Path) -> None:
    article = "Dental offices added 3,400 jobs in May, reaching 963,400 positions."
    text, report = drafted_article(tmp_path, {"industry.csv": INDUSTRY}, article)
    claims = by_quote(report)
    quote = "Dental offices added 3,400 jobs in May, reaching 963,400 positions"
    assert claims[quote] == (
        {"from": "industry.dental_offices[Apr. 2021]", "to": "industry.dental_offices[May 2021]"},
        "supported",
    ), text


CHANGES = (
    '"Summary table B. Establishment data",,\n'
    "Category,Apr. 2021,May 2021(p)\n"
    '"Total nonfarm, over-the-month change (in thousands)",180,246\n'
    '"Retail trade, over-the-month change (in thousands)",,21\n'
    '"Hotels, over-the-month change (in thousands)",,14\n'
    '"Health care, over-the-month change (in thousands)",,9\n'
    '"Fines issued",,2430\n'
)


def test_a_list_of_changes_of_several_lines_is_one_claim(tmp_path: Path) -> None:
    article = (
        "Hiring rose in May in retail trade (+21,000 jobs), hotels (+14,000 jobs) and "
        "healthcare (+9,000 jobs)."
    )
    text, report = drafted_article(tmp_path, {"est.csv": CHANGES}, article)
    ((refs, verdict),) = by_quote_listed(report).values()
    assert [role for role, _ in refs] == ["figures"] * 3, text
    assert verdict == "supported", text
    # an item whose number no figure has is never passed with the others
    wrong = article.replace("+14,000", "+41,000")
    text, report = drafted_article(tmp_path, {"est.csv": CHANGES}, wrong)
    verdicts = [v for quote, (_, v) in by_quote_listed(report).items() if "41,000" in quote]
    assert verdicts, text
    assert "supported" not in verdicts, text


def test_a_list_of_levels_stays_one_claim_per_item(tmp_path: Path) -> None:
    """Levels listed after a ranking are each a claim of their own: only a list of changes in
    one period is joined."""
    councils = "Council,Fines issued 2022\nNorthby,2430\nSouthby,1489\nWestby,1125\n"
    article = (
        "Northby issued the most fines (2,430), with Southby (1,489) and Westby (1,125) close "
        "behind."
    )
    text, report = drafted_article(tmp_path, {"councils.csv": councils}, article)
    claims = by_quote_listed(report)
    assert all(len(refs) <= 1 for refs, _ in claims.values()), text


def test_a_movement_over_the_months_before_is_left_out(tmp_path: Path) -> None:
    """ "..., after holding steady over the previous three quarters" speaks of months no pair
    of the claim holds: it is left out of the quote, so the change is checked alone."""
    table = (
        '"Summary table B. Employment change",,\n'
        "Category,Apr. 2021,May 2021(p)\n"
        '"Mining, over-the-month change (in thousands)",2,6\n'
    )
    article = "Mining payrolls rose 6,000 after holding steady over the previous three quarters."
    text, report = drafted_article(tmp_path, {"est.csv": table}, article)
    claims = by_quote(report)
    assert claims["Mining payrolls rose 6,000"][1] == "supported", text
