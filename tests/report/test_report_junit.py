"""JUnit XML: one test case per claim, checked against the structure of the common JUnit
schema (the Jenkins/Ant junit-10 XSD that CI services read)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from _report_samples import sample_report

from claimcheck.model import Finding, Report, Verdict
from claimcheck.report.junit import render

# Element → (allowed attributes, required attributes, allowed children), after junit-10.xsd.
SCHEMA: dict[str, tuple[set[str], set[str], set[str]]] = {
    "testsuites": (
        {"name", "time", "tests", "failures", "disabled", "errors"},
        set(),
        {"testsuite"},
    ),
    "testsuite": (
        {
            "name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp",
            "hostname", "id", "package", "file", "log", "url", "version", "group",
        },
        {"name", "tests"},
        {"properties", "testcase", "system-out", "system-err"},
    ),
    "testcase": (
        {"name", "assertions", "time", "classname", "status"},
        {"name"},
        {"skipped", "error", "failure", "system-out", "system-err"},
    ),
    "failure": ({"message", "type"}, set(), set()),
    "error": ({"message", "type"}, set(), set()),
    "skipped": ({"message"}, set(), set()),
    "system-out": (set(), set(), set()),
    "system-err": (set(), set(), set()),
}  # fmt: skip
_NUMBERS = {"tests", "failures", "errors", "skipped", "disabled"}


def _validate(element: ET.Element) -> None:
    allowed, required, children = SCHEMA[element.tag]
    assert set(element.attrib) <= allowed, (element.tag, element.attrib)
    assert required <= set(element.attrib), (element.tag, element.attrib)
    for name in _NUMBERS & set(element.attrib):
        assert element.attrib[name].isdigit()
    if "time" in element.attrib:
        float(element.attrib["time"])
    for child in element:
        assert child.tag in children, (element.tag, child.tag)
        _validate(child)


def _parse(report: Report) -> ET.Element:
    return ET.fromstring(render(report).encode("utf-8"))


def test_valid_against_the_junit_schema_structure() -> None:
    root = _parse(sample_report())
    assert root.tag == "testsuites"
    _validate(root)


def test_one_testcase_per_claim_with_counts() -> None:
    root = _parse(sample_report())
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("name") == "claims/sample.yaml"
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == [f.id for f in sample_report().claims]
    assert {case.get("classname") for case in cases} == {"claims.sample"}
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "1", "0")
    # One claim needs review and two are unsourced: three skipped.
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("6", "1", "3")


def test_contradicted_fails_needs_review_and_unsourced_skip_supported_passes() -> None:
    cases = {case.get("name"): case for case in _parse(sample_report()).iter("testcase")}
    failure = cases["arrests-halved"].find("failure")
    assert failure is not None
    assert failure.get("type") == "contradicted"
    assert failure.get("message", "").startswith("fell by half: 358 → 691")
    skipped = cases["possession-share"].find("skipped")
    assert skipped is not None
    assert skipped.get("message", "").startswith("needs review: some 7 in 10")
    assert cases["crimes-quadrupled"].find("failure") is None
    assert cases["crimes-quadrupled"].find("skipped") is None
    unsourced = cases["team-officers"].find("skipped")
    assert unsourced is not None
    assert unsourced.get("message", "").startswith("unsourced: ")
    assert cases["team-officers"].find("failure") is None
    out = cases["team-officers"].findtext("system-out") or ""
    assert out.startswith("unsourced: “A team of 25 officers”")


def test_one_suite_per_claim_file() -> None:
    findings = [
        Finding(id=f"c{n}", file=file, quote="q", verdict=Verdict.SUPPORTED, explanation="ok")
        for n, file in enumerate(["a.yaml", "b.yml", "a.yaml"])
    ]
    root = _parse(Report.of(findings))
    assert [(s.get("name"), s.get("tests")) for s in root] == [("a.yaml", "2"), ("b.yml", "1")]
    assert [c.get("classname") for c in root.iter("testcase")] == ["a", "a", "b"]


def test_characters_xml_cannot_hold_are_replaced_and_markup_escaped() -> None:
    finding = Finding(
        id="bad\x00id",
        quote="<b>&\x1b",
        verdict=Verdict.CONTRADICTED,
        explanation="wrong\x0c",
    )
    root = _parse(Report.of([finding]))
    case = root.find("testsuite/testcase")
    assert case is not None
    assert case.get("name") == "bad\ufffdid"
    assert "“<b>&\ufffd”" in (case.findtext("system-out") or "")
    _validate(root)
