"""Shares of a whole (``link_part_of``, ``link_shares.named_share``): a count with its share of
the total just stated, and a fraction of a whole with no count.

The tables and sentences are written for these tests. Each case drafts an article against its
tables, checks the draft, and asserts the references, a fragment of the comment and the
verdict.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.article.drafting.link_part_of import share_fits
from claimcheck.article.scan import MentionKind, scan
from claimcheck.model import Verdict

NONE: dict[str, str] = {}
APPEALS = (
    "Appeals against parking fines, Northshire\n"
    "Measure,2023,2024\n"
    'Appeals lodged,"1,310","1,420"\n'
    'Appeals upheld,"1,050","1,288"\n'
    "Appeals upheld (% of lodged),80.2,90.7\n"
    "Appeals where the fine was cancelled,170,206\n"
)
LODGED = "appeals.appeals_lodged[2024]"
UPHELD = "appeals.appeals_upheld[2024]"
CANCELLED = "appeals.appeals_where_the_fine_was_cancelled[2024]"
UPHELD_SHARE = {"part": UPHELD, "whole": LODGED}
JUST_STATED = "the total the story has just stated"
# A survey that publishes its shares as figures of their own.
SURVEY = (
    "Measure,2024\n"
    "Councils that replied,212\n"
    "Councils with no fines issued (%),17\n"
    "Councils with fewer than 10 fines issued (%),48\n"
)
FORCES = (
    "Measure,2024\nAll police forces,43\nForces recording a rise in knife crime,15\n"
    "Forces with no knife crime unit,7\n"
)
WARDENS = "Council type,2024\nTotal,150\nCouncils with a litter warden,61\n"
# Areas as lines, periods as columns: a share is of another line in the same period.
AREAS = (
    'Area,2023,2024\nAll areas,"41,200","40,010"\nHarbour,,"12,030"\n'
    'Upland,,"3,610"\nMarsh,,"1,590"\n'
)
HARBOUR = {"part": "areas.harbour[2024]", "whole": "areas.all_areas[2024]"}
# A long table of parts under headings, its whole in an "All ..." row, one column.
CALLOUTS = (
    "Category,Callouts 2024\n"
    "All lifeboat callouts,480\n"
    "Station: North Pier,168\n"
    "Station: Saltmarsh,96\n"
    "Station: Westhaven,48\n"
    "Vessels (such as yachts and dinghies) in difficulty at sea,312\n"
    "Swimmers (such as bathers and surfers) in difficulty at sea,120\n"
)
BY_COUNCIL = "Council,Fines issued in 2024\nEastby,0\nWestby,12\nNorthby,130\nSouthby,0\n"

CASES = [
    # 1. a count with its share after "Of these": the whole is the total just stated
    Case(
        "of-these-the-total-of-the-sentence-before",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged. Of these, 1,288 (90.7%) were upheld.",
        "Of these, 1,288 (90.7%) were upheld",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    # ... and the table's own share figure, which agrees, is named in the comment
    Case(
        "the-published-share-is-named",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged. Of these, 1,288 (90.7%) were upheld.",
        "Of these, 1,288 (90.7%) were upheld",
        UPHELD_SHARE,
        "publishes that share as appeals.appeals_upheld_of_lodged[2024], which agrees",
        Verdict.SUPPORTED,
    ),
    Case(
        "n-of-them",
        {"appeals.csv": APPEALS},
        "Drivers lodged 1,420 appeals in 2024, and 1,288 of them (91%) were upheld.",
        "1,288 of them (91%) were upheld",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    Case(
        "of-which-in-the-same-sentence",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged, of which 1,288 (90.7%) were upheld.",
        "of which 1,288 (90.7%) were upheld",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    # a share in brackets alone: of the one total just stated that gives it (1,288, not 1,420)
    Case(
        "a-share-in-brackets",
        {"appeals.csv": APPEALS},
        "In 2024, 1,288 appeals were upheld. The fine was cancelled in 206 cases (16.0%).",
        "The fine was cancelled in 206 cases (16.0%)",
        {"part": CANCELLED, "whole": UPHELD},
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    # the whole restated in words before the count is left out of the quote
    Case(
        "a-whole-restated-in-words",
        {"appeals.csv": APPEALS},
        "In 2024, 1,288 appeals were upheld. Of those upheld on review, 206 (16.0%) saw the fine"
        " cancelled.",
        "206 (16.0%) saw the fine cancelled",
        {"part": CANCELLED, "whole": UPHELD},
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    Case(
        "or-a-per-cent",
        {"appeals.csv": APPEALS},
        "Drivers lodged 1,420 appeals in 2024. Most were upheld: 1,288, or 90.7%.",
        "Most were upheld: 1,288, or 90.7%",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    Case(
        "the-whole-stated-first-in-the-sentence",
        {"appeals.csv": APPEALS},
        "Of the 1,420 appeals lodged in 2024, 1,288 (90.7%) were upheld.",
        "1,288 (90.7%) were upheld",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    # a list item, however deep its indentation, opens with its words, not its bullet
    Case(
        "an-indented-list-item",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged.\n     • Of these, 1,288 (90.7%) were upheld.\n",
        "Of these, 1,288 (90.7%) were upheld",
        UPHELD_SHARE,
        JUST_STATED,
        Verdict.SUPPORTED,
    ),
    # a change and its per cent is no share, whatever total is near
    Case(
        "a-change-and-its-per-cent",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged. Upheld appeals rose to 1,288 (22.7%).",
        "Upheld appeals rose to 1,288 (22.7%)",
        {"from": "appeals.appeals_upheld[2023]", "to": UPHELD},
        "",
        None,
    ),
    # a share no total gives: the count keeps its own figure, and the share is not passed
    Case(
        "a-share-no-total-gives",
        {"appeals.csv": APPEALS},
        "In 2024, 1,420 appeals were lodged. Of these, 1,288 (95.0%) were upheld.",
        "Of these, 1,288 (95.0%) were upheld",
        {"figure": UPHELD},
        "",
        Verdict.NEEDS_REVIEW,
    ),
    # 2. a fraction with no count: the share a table publishes, named by the clause's words
    Case(
        "one-in-six-the-published-share",
        {"survey.csv": SURVEY},
        "One in six councils issued no fines at all.",
        "One in six councils issued no fines at all",
        {"figure": "survey.councils_with_no_fines_issued[2024]"},
        "is the share survey.councils_with_no_fines_issued[2024] publishes",
        Verdict.SUPPORTED,
    ),
    Case(
        "nearly-half-the-published-share",
        {"survey.csv": SURVEY},
        "Nearly half of councils issued fewer than 10 fines.",
        "Nearly half of councils issued fewer than 10 fines",
        {"figure": "survey.councils_with_fewer_than_10_fines_issued[2024]"},
        "publishes",
        None,
    ),
    # a fraction no published share fits, of rows with none: nothing, and the comment says why
    Case(
        "a-fraction-that-fits-no-share",
        {"survey.csv": SURVEY},
        "One in three councils issued no fines at all.",
        "One in three councils issued no fines at all",
        NONE,
        "share of the rows with none",
        Verdict.UNSOURCED,
    ),
    Case(
        "rows-with-none",
        {"councils.csv": BY_COUNCIL},
        "One in six councils issued no fines in 2024.",
        "One in six councils issued no fines in 2024",
        NONE,
        "share of the rows with none",
        Verdict.UNSOURCED,
    ),
    # a fraction of a whole the table totals: part and whole
    Case(
        "more-than-a-third-of-a-whole-line",
        {"forces.csv": FORCES},
        "More than a third of police forces recorded a rise in knife crime.",
        "More than a third of police forces recorded a rise in knife crime",
        {
            "part": "forces.forces_recording_a_rise_in_knife_crime[2024]",
            "whole": "forces.all_police_forces[2024]",
        },
        "as a share of forces.all_police_forces[2024]",
        Verdict.SUPPORTED,
    ),
    Case(
        "two-in-five-of-a-total-line",
        {"wardens.csv": WARDENS},
        "Two in five councils have a litter warden.",
        "Two in five councils have a litter warden",
        {"part": "wardens.councils_with_a_litter_warden[2024]", "whole": "wardens.total[2024]"},
        "as a share of wardens.total[2024]",
        Verdict.SUPPORTED,
    ),
    # a percentage with its count in brackets, in a list where each item names its agent
    # after "by": each item is a claim, the whole the line its share fits in that period
    Case(
        "a-percentage-with-its-count-in-brackets",
        {"areas.csv": AREAS},
        "In 2024, 40,010 callouts were logged. Of these, 30 per cent (12,030) were handled by "
        "Harbour crews, nine per cent (3,610) by Upland crews and four per cent (1,590) by "
        "Marsh crews.",
        "Of these, 30 per cent (12,030) were handled by Harbour crews",
        HARBOUR,
        "is areas.harbour[2024] as a share of areas.all_areas[2024]",
        Verdict.SUPPORTED,
    ),
    Case(
        "an-item-after-the-first-with-its-agent",
        {"areas.csv": AREAS},
        "In 2024, 40,010 callouts were logged. Of these, 30 per cent (12,030) were handled by "
        "Harbour crews, nine per cent (3,610) by Upland crews and four per cent (1,590) by "
        "Marsh crews.",
        "nine per cent (3,610) by Upland crews",
        {"part": "areas.upland[2024]", "whole": "areas.all_areas[2024]"},
        "as a share of areas.all_areas[2024]",
        Verdict.SUPPORTED,
    ),
    # a percentage with no word of a change after the whole is stated: a share, not a change
    Case(
        "a-bare-percentage-after-its-whole",
        {"areas.csv": AREAS},
        "Of the 40,010 callouts logged in 2024, 30% were handled by Harbour crews.",
        "30% were handled by Harbour crews",
        HARBOUR,
        "as a share of areas.all_areas[2024]",
        Verdict.SUPPORTED,
    ),
    # a count "of which" with no share: a part of the total the sentence has just stated
    Case(
        "a-count-of-which-with-no-share",
        {"methods.csv": "Method,Number\nAll callouts,112\nChimney fires,72\nOther,40\n"},
        "Some 112 callouts were logged by the station in 2024, 72 of which were chimney fires.",
        "72 of which were chimney fires",
        {"part": "methods.number[Chimney fires]", "whole": "methods.number[All callouts]"},
        "a part of methods.number[All callouts]",
        Verdict.SUPPORTED,
    ),
    # "of which" before the count names the category, not a total: the count alone
    Case(
        "of-which-before-the-count-names-a-category",
        {"methods.csv": "Method,Number\nAll callouts,112\nChimney fires,72\nOther,40\n"},
        "Some 112 callouts were logged, among them chimney fires, of which there were 72.",
        "among them chimney fires, of which there were 72",
        {"figure": "methods.number[Chimney fires]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a long table's row named by what sets it apart from the rows under the same heading
    Case(
        "a-row-named-apart-from-its-heading",
        {"callouts.csv": CALLOUTS},
        "Lifeboats were called out 480 times in 2024. Some 20% of callouts were from Saltmarsh.",
        "Some 20% of callouts were from Saltmarsh",
        {
            "part": "callouts.station_saltmarsh[Callouts 2024]",
            "whole": "callouts.all_lifeboat_callouts[Callouts 2024]",
        },
        "as a share of callouts.all_lifeboat_callouts[Callouts 2024]",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-row-named-without-its-examples",
        {"callouts.csv": CALLOUTS},
        "Lifeboats were called out 480 times in 2024. Vessels like yachts made up 65% of them.",
        "Vessels like yachts made up 65% of them",
        {
            "part": "callouts.vessels_such_as_yachts_and_dinghies_in_difficulty_at_sea"
            "[Callouts 2024]",
            "whole": "callouts.all_lifeboat_callouts[Callouts 2024]",
        },
        "as a share of callouts.all_lifeboat_callouts[Callouts 2024]",
        Verdict.SUPPORTED,
    ),
    # what sets a row apart must be said in full: "North" alone names no station
    Case(
        "a-row-named-apart-only-in-part",
        {"callouts.csv": CALLOUTS},
        "Lifeboats were called out 480 times in 2024. Some 35% of callouts were in the north.",
        "Some 35% of callouts were in the north",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
    # a share that fits no line of its period: no whole is proposed
    Case(
        "a-bracketed-count-whose-share-fits-nothing",
        {"areas.csv": AREAS},
        "Of the callouts, 45 per cent (12,030) were handled by Harbour crews.",
        "Of the callouts, 45 per cent (12,030) were handled by Harbour crews",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
    # the fraction must fit: 15 of 43 is no quarter
    Case(
        "a-fraction-of-a-whole-that-does-not-fit",
        {"forces.csv": FORCES},
        "A quarter of police forces recorded a rise in knife crime.",
        "A quarter of police forces recorded a rise in knife crime",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_shares(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


@pytest.mark.parametrize(
    ("text", "ratio", "fits"),
    [
        ("one in six", Fraction(17, 100), True),
        ("one in six", Fraction(16, 100), True),
        ("one in six", Fraction(20, 100), False),
        ("more than a third", Fraction(35, 100), True),
        ("more than a third", Fraction(33, 100), False),
        ("nearly 40 per cent", Fraction(38, 100), True),
        ("nearly 40 per cent", Fraction(40, 100), False),
        ("16.0%", Fraction(206, 1288), True),
        ("16.0%", Fraction(206, 1420), False),
    ],
)
def test_a_share_fits_within_its_wording(text: str, ratio: Fraction, fits: bool) -> None:
    (mention,) = [m for m in scan(text + " of councils") if m.kind is not MentionKind.YEAR]
    assert share_fits(mention, ratio) is fits
