"""Linking by meaning, saying nothing rather than linking the wrong line: places and wholes a
table does not have (``link_places``), rates said in words (``link_rate_words``), derived
figures a sentence states (``link_derived``) and comparisons between groups
(``link_groups``).

The tables and sentences are written for these tests. Each case drafts an article against its
tables, checks the draft, and asserts the references, a fragment of the comment and the
verdict.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _drafting import Case, assert_case

from claimcheck.model import Verdict

# A table of national figures only, whose title says so: no line for any force or city.
NATIONAL = (
    "Offences involving a knife, England and Wales\n"
    'Offence,2022,2023\nKnife crime offences,"45,000","50,850"\nHomicides,700,590\n'
)
BY_FORCE = (
    'Police force area,2022,2023\nMerseyside,"1,100","1,243"\nWest Yorkshire,"2,000","1,917"\n'
)
KNIFE_SHARE = "Offence,Share of offences (%)\nKnife crime offences,40\nRobbery,12\n"
BY_INDUSTRY = (
    "Employment by industry: over-the-month change (in thousands)\n"
    "Industry,Feb 2025,Mar 2025\n"
    "Total nonfarm,117,228\n"
    "Construction,9,16\n"
)
METHODS = "Method,2024\nAll homicides,570\nSharp instrument,234\nBlunt instrument,45\n"
BY_ROAD_USER = "Road user,% change 2021-2022\nDrivers,-2\nMotorcyclists,2\nPedestrians,1\n"
WALES_ONLY = 'Year,Recorded offences in Wales\n2022,"10,000"\n2023,"11,300"\n'
# A force's own reply, which names no place: it may be any place's.
UNPLACED = 'Offence,2022,2023\nKnife crime offences,"1,100","1,243"\n'
FERTILITY = (
    "Year,Live births,Total fertility rate,Births per 1000 women aged 15 to 44\n"
    '2021,"624,828",1.61,54.3\n'
    '2022,"605,479",1.49,52.1\n'
    '2023,"591,072",1.44,50.5\n'
)
BIRTHS_ONLY = 'Year,Live births\n2021,"624,828"\n2022,"605,479"\n2023,"591,072"\n'
DEATHS = 'Year,Deaths,Death rate per 1000 population\n2022,"577,160",11.6\n2023,"581,363",11.2\n'
EXCLUSIONS = (
    "Academic year,Permanent exclusions,Permanent exclusion rate (%)\n"
    '2022/23,"9,376",0.11\n'
    '2023/24,"10,885",0.12\n'
)
REVISIONS = (
    "Payroll revisions: over-the-month change (in thousands)\n"
    "Month,As previously published,As revised\n"
    "Apr. 2024,175,108\n"
    "May 2024,272,218\n"
    "Jun. 2024,206,118\n"
)
REGIONS = (
    "Region,2022,2023\n"
    'England,"100,000","104,000"\n'
    'London,"20,000","22,800"\n'
    'North East,"10,000","10,100"\n'
)
REGIONS_NO_TOTAL = 'Region,2022,2023\nLondon,"20,000","22,800"\nNorth East,"10,000","10,100"\n'
PUPILS = "Pupil group,2022/23,2023/24\nAll pupils,0.08,0.10\nBlack,0.12,0.15\nWhite,0.04,0.05\n"
# Counts and rates of one year by group: two measures, not a change over time.
BY_CHARACTERISTIC = (
    "Characteristic,Exclusions 2022/23,Exclusion rate 2022/23 (%)\n"
    'All pupils,"9,376",0.11\n'
    'Boys,"6,900",0.16\n'
    'Girls,"2,476",0.06\n'
    "Black Caribbean,390,0.28\n"
    'White British,"6,100",0.12\n'
)
PAY = 'Group,2023,2024\nMen,"38,200","40,200"\nWomen,"33,000","34,360"\n'

NONE: dict[str, str] = {}
NO_LINE = "the table has no line for"
ORIGIN = "Measure,2023,2024\nLive births to non-UK-born mothers (%),30.9,31.4\n"
# A national table that writes its subject by initials only.
FINES = (
    'Fines under PSPOs, England and Wales\nType,2023,2024\nFixed penalty notices,"8,100","9,950"\n'
)

UNITS = (
    "Table 3: Suspensions by type of school, England\n"
    "Measure,2023,2024\nTotal - suspension rate,0.27,0.30\n"
    "Pupil referral units - suspension rate,0.27,0.31\n"
)

# Local areas as lines, with the larger area each lies in said only in the story.
LOCAL = (
    '"Table 3: Rate by local area, England and Wales, 2024",,\n'
    "Area,Country,Rate 2024\nWestford,England,2.10\nUpton,England,2.00\n"
    "Eastford,England,1.96\nMarsh End,Wales,1.91\n"
)

CASES = [
    # 0. a line named first, then the larger place it lies in: the "in" only locates it
    Case(
        "a-local-area-in-a-larger-one",
        {"local.csv": LOCAL},
        "At a local level, Westford in Southshire had the highest rate in 2024 (2.10), followed "
        "by Upton in Northshire (2.00), Eastford in Northshire (1.96) and Marsh End in "
        "Southshire (1.91).",
        "Eastford in Northshire (1.96)",
        {"figure": "local.rate_2024[Eastford]"},
        "",
        Verdict.SUPPORTED,
    ),
    # the force that recorded the figures is a line of the table: the city it polices is its
    # area, which the table need not name
    Case(
        "a-city-recorded-by-its-force",
        {
            "forces.csv": '"Knife crime offences by police force area, England and Wales",,\n'
            'Police force area,2022,2023\nAll forces,"47,000","49,489"\n'
            'Northern Police,"12,119","14,577"\nEastern Police,"5,000","5,324"\n'
        },
        "Knife crime offences in Eastcity recorded by the Northern Police rose to 14,577 in 2023.",
        "Knife crime offences in Eastcity recorded by the Northern Police rose to 14,577 in 2023",
        {"from": "forces.northern_police[2022]", "to": "forces.northern_police[2023]"},
        "",
        Verdict.SUPPORTED,
    ),
    # ... but a word for a force or a council before "in" is no line: the place is asked for
    Case(
        "police-in-a-place-the-table-lacks",
        {"crime.csv": NATIONAL},
        "Police in Merseyside recorded 50,850 knife crime offences last year.",
        "Police in Merseyside recorded 50,850 knife crime offences last year",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    # 1. a place or group the table has no line for
    Case(
        "a-force-against-national-figures",
        {"crime.csv": NATIONAL},
        "The number of knife crime offences were up 13% in Merseyside last year.",
        "The number of knife crime offences were up 13% in Merseyside last year",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-city-after-by",
        {"crime.csv": NATIONAL},
        "Knife crime was down 5% in Leeds.",
        "Knife crime was down 5% in Leeds",
        NONE,
        f"{NO_LINE} Leeds",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-force-named-as-the-subject",
        {"crime.csv": NATIONAL},
        "Merseyside Police recorded 50,850 knife crime offences in 2023.",
        "Merseyside Police recorded 50,850 knife crime offences in 2023",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    # a nation the words name, against a table that names no nation: the national scope
    Case(
        "the-nation-of-a-national-table",
        {"rate.csv": "Measure,Apr 2025,May 2025\nUnemployment rate (%),4.6,4.5\n"},
        "The unemployment rate ticked down in May in the United States.",
        "The unemployment rate ticked down in May in the United States",
        {"from": "rate.unemployment_rate[Apr 2025]", "to": "rate.unemployment_rate[May 2025]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a name the table writes by its initials is the table's own subject
    Case(
        "a-name-the-table-writes-by-its-initials",
        {"fines.csv": FINES},
        "Campaigners are pressing for Public Spaces Protection Orders and their fines to end, as"
        " 9,950 fines were issued in 2024.",
        "Campaigners are pressing for Public Spaces Protection Orders and their fines to end, as"
        " 9,950 fines were issued in 2024",
        {"figure": "fines.fixed_penalty_notices[2024]"},
        "",
        Verdict.SUPPORTED,
    ),
    # an initialism in the story whose letters open the words of the table's line, in a table
    # that names its nation (so a name it lacks would be another place)
    Case(
        "an-initialism-the-table-spells-out",
        {"units.csv": UNITS},
        "The suspension rate in PRUs is 0.31.",
        "The suspension rate in PRUs is 0.31",
        {"figure": "units.pupil_referral_units_suspension_rate[2024]"},
        "",
        Verdict.SUPPORTED,
    ),
    # a table that names no place at all may be the place's own (a force's FOI reply)
    Case(
        "a-table-that-names-no-place",
        {"reply.csv": UNPLACED},
        "Knife crime offences were up 13% in Merseyside in 2023.",
        "Knife crime offences were up 13% in Merseyside in 2023",
        {"from": "reply.knife_crime_offences[2022]", "to": "reply.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    # ... but not when the stated number is none of its figures: then it is another place's
    Case(
        "a-table-that-names-no-place-and-another-value",
        {"jobs.csv": BY_INDUSTRY},
        "In Texas, total nonfarm payrolls rose by 30,000 in March.",
        "In Texas, total nonfarm payrolls rose by 30,000 in March",
        NONE,
        f"{NO_LINE} Texas",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-possessive-place",
        {"crime.csv": NATIONAL},
        "Merseyside's knife crime offences were up 13% in 2023.",
        "Merseyside's knife crime offences were up 13% in 2023",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    Case(
        "the-force-the-table-has",
        {"forces.csv": BY_FORCE},
        "Knife crime offences were up 13% in Merseyside in 2023.",
        "Knife crime offences were up 13% in Merseyside in 2023",
        {"from": "forces.merseyside[2022]", "to": "forces.merseyside[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    # the place named outranks a value that fits another place's line
    Case(
        "a-value-of-another-place",
        {"forces.csv": BY_FORCE},
        "Knife crime offences in Merseyside reached 1,917 in 2023.",
        "Knife crime offences in Merseyside reached 1,917 in 2023",
        NONE,
        "another line's figure, not Merseyside's",
        Verdict.UNSOURCED,
    ),
    # the country a table leaves unsaid may be any, and one it says is covered
    Case(
        "a-nation-the-table-says",
        {"crime.csv": NATIONAL},
        "Across England and Wales, knife crime offences were up 13% in 2023.",
        "Across England and Wales, knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-nation-the-table-leaves-unsaid",
        {"crime.csv": NATIONAL.split("\n", 1)[1]},
        "Across England and Wales, knife crime offences were up 13% in 2023.",
        "Across England and Wales, knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    # ... but a table that names another nation is not that nation's
    Case(
        "a-nation-the-table-names-another",
        {"wales.csv": WALES_ONLY},
        "Recorded offences in England were up 13% in 2023.",
        "Recorded offences in England were up 13% in 2023",
        NONE,
        f"{NO_LINE} England",
        Verdict.UNSOURCED,
    ),
    # a month, an office and an opening phrase name no place
    Case(
        "an-office-is-no-place",
        {"crime.csv": NATIONAL},
        "Office for National Statistics figures show knife crime offences were up 13% in 2023.",
        "Office for National Statistics figures show knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "an-agency-as-the-subject",
        {"crime.csv": NATIONAL},
        "Home Office figures show knife crime offences were up 13% in 2023.",
        "Home Office figures show knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-place-after-a-capitalised-first-word",
        {"crime.csv": NATIONAL},
        "Police in Merseyside said knife crime offences were up 13% in 2023.",
        "Police in Merseyside said knife crime offences were up 13% in 2023",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-nation-said-as-an-adjective",
        {"crime.csv": NATIONAL},
        "In English schools, knife crime offences were up 13% in 2023.",
        "In English schools, knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-speaker-is-no-place",
        {"crime.csv": NATIONAL},
        "Mr Smith said knife crime offences were up 13% in 2023.",
        "Mr Smith said knife crime offences were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "an-abbreviation-is-no-place",
        {"crime.csv": NATIONAL},
        "Knife crime offences recorded in GCSE year groups were up 13% in 2023.",
        "Knife crime offences recorded in GCSE year groups were up 13% in 2023",
        {"from": "crime.knife_crime_offences[2022]", "to": "crime.knife_crime_offences[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    # the whole of a share that no label names
    Case(
        "a-share-of-a-whole-no-label-names",
        {"share.csv": KNIFE_SHARE},
        "Of all homicides, 40% were committed with a knife.",
        "Of all homicides, 40% were committed with a knife",
        NONE,
        f"{NO_LINE} homicides",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-share-of-a-whole-the-table-names",
        {"share.csv": KNIFE_SHARE},
        "Knife crime made up 40 per cent of offences.",
        "Knife crime made up 40 per cent of offences",
        {"figure": "share.share_of_offences[Knife crime offences]"},
        "40 per cent is",
        Verdict.SUPPORTED,
    ),
    # a share whose whole and part are both lines of one table, with no count stated
    Case(
        "a-share-of-a-whole-and-a-part-the-table-names",
        {"methods.csv": METHODS},
        "Of all homicides, 41 per cent were carried out with a sharp instrument.",
        "Of all homicides, 41 per cent were carried out with a sharp instrument",
        {"part": "methods.sharp_instrument[2024]", "whole": "methods.all_homicides[2024]"},
        "as a share of methods.all_homicides[2024]",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-share-of-a-whole-and-a-part-of-another-value",
        {"methods.csv": METHODS},
        "Of all homicides, 60 per cent were carried out with a sharp instrument.",
        "Of all homicides, 60 per cent were carried out with a sharp instrument",
        NONE,
        "",
        Verdict.UNSOURCED,
    ),
    # a series statement with no number, in a place the table does not have
    Case(
        "a-record-in-a-place-the-table-lacks",
        {
            "crime.csv": "Knife crime, England and Wales\n"
            'Year,Knife crime offences\n2021,"40,000"\n2022,"45,000"\n2023,"50,850"\n'
        },
        "Knife crime in Merseyside hit a record high.",
        "Knife crime in Merseyside hit a record high",
        NONE,
        f"{NO_LINE} Merseyside",
        Verdict.UNSOURCED,
    ),
    # 2. a rate said in words links to the rate's line
    Case(
        "children-each-is-the-fertility-rate",
        {"births.csv": FERTILITY},
        "In 2021 women had an average of 1.61 children each.",
        "In 2021 women had an average of 1.61 children each",
        {"figure": "births.total_fertility_rate[2021]"},
        "1.61 is births.total_fertility_rate[2021]",
        Verdict.SUPPORTED,
    ),
    Case(
        "babies-per-woman-is-the-fertility-rate",
        {"births.csv": FERTILITY},
        "The number of babies per woman fell to 1.44 in 2023.",
        "The number of babies per woman fell to 1.44 in 2023",
        {"from": "births.total_fertility_rate[2022]", "to": "births.total_fertility_rate[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-change-of-a-rate-on-the-rate-line",
        {"births.csv": FERTILITY},
        "The number of babies born per woman fell by 3.4 per cent in 2023.",
        "The number of babies born per woman fell by 3.4 per cent in 2023",
        {"from": "births.total_fertility_rate[2022]", "to": "births.total_fertility_rate[2023]"},
        "change along",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-rate-against-counts-only",
        {"births.csv": BIRTHS_ONLY},
        "The number of babies born per woman fell by 2.4 per cent in 2023.",
        "The number of babies born per woman fell by 2.4 per cent in 2023",
        NONE,
        "no table line is named by these words",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-birth-rate-against-counts-only",
        {"births.csv": BIRTHS_ONLY},
        "The birth rate fell by 2.4 per cent in 2023.",
        "The birth rate fell by 2.4 per cent in 2023",
        NONE,
        "no table line is named by these words",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-rate-per-1000-people",
        {"deaths.csv": DEATHS},
        "There was a death rate of 11.2 per 1,000 people in 2023.",
        "There was a death rate of 11.2 per 1,000 people in 2023",
        {"figure": "deaths.death_rate_per_1000_population[2023]"},
        "11.2 is",
        Verdict.SUPPORTED,
    ),
    Case(
        "an-exclusion-rate-in-per-cent",
        {"exclusions.csv": EXCLUSIONS},
        "Schools had an exclusion rate of 0.12 per cent in 2023/24.",
        "Schools had an exclusion rate of 0.12 per cent in 2023/24",
        {"figure": "exclusions.permanent_exclusion_rate[2023/24]"},
        "0.12 per cent is",
        Verdict.SUPPORTED,
    ),
    # 3. derived figures the sentence states
    Case(
        "a-net-revision-over-two-months",
        {"revisions.csv": REVISIONS},
        "Payrolls for May and June were revised down by a combined 142,000.",
        "Payrolls for May and June were revised down by a combined 142,000",
        {
            "from": "worked_out.as_previously_published_may_2024_to_jun_2024",
            "to": "worked_out.as_revised_may_2024_to_jun_2024",
        },
        "revisions.as_revised[May 2024] + revisions.as_revised[Jun. 2024]",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-net-revision-with-no-direction-the-check-reads",
        {"revisions.csv": REVISIONS},
        "Together, the revisions to May and June took 142,000 jobs off the earlier estimates.",
        "Together, the revisions to May and June took 142,000 jobs off the earlier estimates",
        NONE,
        "a net revision with no direction word the check can read",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-net-revision-stated-wrongly",
        {"revisions.csv": REVISIONS},
        "Together, the revisions to May and June added 10,000 jobs.",
        "Together, the revisions to May and June added 10,000 jobs",
        {
            "from": "worked_out.as_previously_published_may_2024_to_jun_2024",
            "to": "worked_out.as_revised_may_2024_to_jun_2024",
        },
        "a net revision over May 2024, Jun. 2024",
        None,
    ),
    Case(
        "a-total-without-a-part",
        {"regions.csv": REGIONS},
        "Excluding London, offences rose 1.5% in 2023.",
        "Excluding London, offences rose 1.5% in 2023",
        {
            "from": "worked_out.england_without_london_2022",
            "to": "worked_out.england_without_london_2023",
        },
        "regions.england[2023] - regions.london[2023]",
        Verdict.SUPPORTED,
    ),
    Case(
        "outside-a-part-said-wrongly",
        {"regions.csv": REGIONS},
        "Offences outside London fell 3%.",
        "Offences outside London fell 3%",
        {
            "from": "worked_out.england_without_london_2022",
            "to": "worked_out.england_without_london_2023",
        },
        "the total less London",
        Verdict.CONTRADICTED,
    ),
    # a place of origin names a category of its own, not the total less a part
    Case(
        "born-outside-is-a-category",
        {"births.csv": ORIGIN},
        "In 2024, mothers born outside the UK accounted for 31.4% of live births.",
        "In 2024, mothers born outside the UK accounted for 31.4% of live births",
        {"figure": "births.live_births_to_non_uk_born_mothers[2024]"},
        "",
        Verdict.SUPPORTED,
    ),
    Case(
        "elsewhere-after-a-part",
        {"regions.csv": REGIONS},
        "Offences in London rose 14 per cent in 2023. Elsewhere, offences rose 1.5 per cent.",
        "Elsewhere, offences rose 1.5 per cent",
        {
            "from": "worked_out.england_without_london_2022",
            "to": "worked_out.england_without_london_2023",
        },
        "the total less London",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-rate-without-a-part",
        {"fertility.csv": "Region,2022,2023\nEngland,1.49,1.44\nLondon,1.42,1.36\n"},
        "Outside London, the fertility rate fell 4.6 per cent.",
        "Outside London, the fertility rate fell 4.6 per cent",
        NONE,
        "a rate less a rate is no rate of the rest",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-part-with-no-total-line",
        {"regions.csv": REGIONS_NO_TOTAL},
        "Outside London, offences rose by 1.5 per cent.",
        "Outside London, offences rose by 1.5 per cent",
        NONE,
        "the table has no total line",
        Verdict.UNSOURCED,
    ),
    # 4. comparisons between two groups
    Case(
        "as-likely-as-another-group",
        {"pupils.csv": PUPILS},
        "Black pupils were three times as likely to be excluded as white pupils in 2023/24.",
        "Black pupils were three times as likely to be excluded as white pupils in 2023/24",
        {"from": "pupils.white[2023/24]", "to": "pupils.black[2023/24]"},
        "two groups the words name",
        Verdict.SUPPORTED,
    ),
    Case(
        "times-the-rate-of-another-group",
        {"pupils.csv": PUPILS},
        "Black pupils were excluded at three times the rate of white pupils.",
        "Black pupils were excluded at three times the rate of white pupils",
        {"from": "pupils.white[2023/24]", "to": "pupils.black[2023/24]"},
        "two groups the words name",
        Verdict.SUPPORTED,
    ),
    Case(
        "per-cent-more-than-another-group",
        {"pay.csv": PAY},
        "Men earned 17% more than women in 2024.",
        "Men earned 17% more than women in 2024",
        {"from": "pay.women[2024]", "to": "pay.men[2024]"},
        "two groups the words name",
        Verdict.SUPPORTED,
    ),
    Case(
        "a-group-the-table-lacks",
        {"pay.csv": PAY},
        "Men earned 17% more than apprentices in 2024.",
        "Men earned 17% more than apprentices in 2024",
        NONE,
        "a comparison between two groups",
        Verdict.UNSOURCED,
    ),
    Case(
        "than-an-average-no-line-names",
        {"pay.csv": PAY},
        "Men earned 17% more than the national average in 2024.",
        "Men earned 17% more than the national average in 2024",
        NONE,
        "a comparison between two groups",
        Verdict.UNSOURCED,
    ),
    # in a table of groups with a count and a rate column, a likelihood compares the rates
    Case(
        "as-likely-in-a-table-of-counts-and-rates",
        {"groups.csv": BY_CHARACTERISTIC},
        "Black Caribbean pupils were more than twice as likely to be excluded as White "
        "British pupils.",
        "Black Caribbean pupils were more than twice as likely to be excluded as White "
        "British pupils",
        {
            "from": "groups.white_british[Exclusion rate 2022/23 (%)]",
            "to": "groups.black_caribbean[Exclusion rate 2022/23 (%)]",
        },
        "two groups the words name",
        Verdict.SUPPORTED,
    ),
    # two columns of one period are no change: "up 5%" beside a count is not count to rate
    Case(
        "two-columns-of-one-period-are-no-change",
        {"groups.csv": BY_CHARACTERISTIC},
        "Boys were excluded 6,900 times in 2022/23, up 5 per cent.",
        "up 5 per cent",
        NONE,
        "the tables hold no earlier figure of it",
        Verdict.UNSOURCED,
    ),
    Case(
        "a-likelihood-is-no-change",
        {"roads.csv": BY_ROAD_USER},
        "Motorcyclists were twice as likely to die as drivers.",
        "Motorcyclists were twice as likely to die as drivers",
        NONE,
        "a comparison between two groups",
        Verdict.UNSOURCED,
    ),
    # ... a comparison with a period is a change over time
    Case(
        "more-than-a-year-earlier",
        {"pay.csv": PAY},
        "Men earned 5.2% more than a year earlier.",
        "Men earned 5.2% more than a year earlier",
        {"from": "pay.men[2023]", "to": "pay.men[2024]"},
        "change along",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_linking_by_meaning(tmp_path: Path, case: Case) -> None:
    assert_case(tmp_path, case)


def test_a_derivation_the_sources_cannot_declare_is_named(tmp_path: Path) -> None:
    """Sources copied from a claim file cannot declare derived figures: the comment names
    the expressions to declare."""
    import claimcheck
    from claimcheck.article.drafting.compose import draft

    (tmp_path / "regions.csv").write_text(REGIONS, encoding="utf-8")
    (tmp_path / "s.yaml").write_text(
        "sources:\n  regions:\n    table: regions.csv\nclaims: []\n", encoding="utf-8"
    )
    sources = claimcheck.load(tmp_path / "s.yaml")
    text = draft("Excluding London, offences rose 1.5% in 2023.", sources, output_dir=tmp_path)
    assert "declare derived figures regions.england[2022] - regions.london[2022]" in text


def test_the_phrases_table_is_documented() -> None:
    from claimcheck.article.drafting.link_words import PHRASES

    doc = (Path(__file__).resolve().parents[2] / "docs" / "drafting.md").read_text("utf-8")
    section = doc.split("### Newsroom phrases", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| (\w+) \|", section, re.MULTILINE)) - {"Concept"}
    assert documented == {concept for concept, _ in PHRASES}
