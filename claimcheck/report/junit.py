"""The report as JUnit XML for CI: one test case per claim.

A contradicted claim is a failure; a claim that needs review, and an unsourced claim (nothing
to check it against), are skipped with the reason, so a CI job shows all three without a
separate parser. Supported claims pass. One test suite per claim file.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

from claimcheck.model import Finding, Report, Verdict
from claimcheck.report._common import Out, location, working
from claimcheck.text.lazy import lazy_pattern
from claimcheck.text.safe import visible

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = lazy_pattern("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


_SKIPPED = (Verdict.NEEDS_REVIEW, Verdict.UNSOURCED)


def _safe(text: str) -> str:
    """Text XML can hold, with control characters and bidirectional overrides made visible."""
    return visible(_NOT_XML.sub("\ufffd", text))


def render(report: Report) -> str:
    """The report as a ``<testsuites>`` document."""
    out = io.StringIO()
    write(report, out)
    return out.getvalue()


def write(report: Report, out: Out) -> None:
    """``render``'s document written to ``out`` a test suite (a claim file) at a time: each
    suite is built, indented as it would be inside the whole tree, and let go."""
    suites: dict[str, list[Finding]] = {}
    for finding in report.claims:
        suites.setdefault(finding.file or "claims", []).append(finding)
    root = ET.Element("testsuites", _counts("claimcheck", report.claims))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if not suites:
        out.write(ET.tostring(root, "unicode") + "\n")
        return
    ET.SubElement(root, "x")
    start = ET.tostring(root, "unicode")
    out.write(start[: start.rindex("<x />")] + "\n  ")
    last = len(suites) - 1
    for number, (name, findings) in enumerate(suites.items()):
        suite = ET.Element("testsuite", _counts(name, findings, suite=True))
        for finding in findings:
            _testcase(suite, name, finding)
        ET.indent(suite, level=1)
        suite.tail = "\n" if number == last else "\n  "
        out.write(ET.tostring(suite, "unicode"))
    out.write("</testsuites>\n")


def _counts(name: str, findings: list[Finding], *, suite: bool = False) -> dict[str, str]:
    def count(verdict: Verdict) -> str:
        return str(sum(finding.verdict is verdict for finding in findings))

    counts = {
        "name": _safe(name),
        "tests": str(len(findings)),
        "failures": count(Verdict.CONTRADICTED),
        "errors": "0",
    }
    if suite:
        skipped = sum(finding.verdict in _SKIPPED for finding in findings)
        counts["skipped"] = str(skipped)
    counts["time"] = "0"
    return counts


def _classname(file: str) -> str:
    """'claims/west-midlands-2016.yaml' → 'claims.west-midlands-2016', as CI tools group it."""
    stem = re.sub(r"\.ya?ml$", "", file)
    return stem.replace("\\", ".").replace("/", ".").strip(".") or "claims"


def _testcase(suite: ET.Element, file: str, finding: Finding) -> None:
    case = ET.SubElement(
        suite, "testcase", {"name": _safe(finding.id), "classname": _safe(_classname(file))}
    )
    case.set("time", "0")
    message = _safe(finding.explanation or finding.verdict.words)
    if finding.verdict is Verdict.CONTRADICTED:
        failure = ET.SubElement(case, "failure", {"message": message, "type": "contradicted"})
        failure.text = _safe("\n".join(working(finding)))
    elif finding.verdict in _SKIPPED:
        ET.SubElement(case, "skipped", {"message": f"{finding.verdict.words}: {message}"})
    out = ET.SubElement(case, "system-out")
    out.text = _safe(_output(finding))


def _output(finding: Finding) -> str:
    lines = [f"{finding.verdict.words}: “{finding.quote}”"]
    where = location(finding)
    if where:
        lines.append(f"claim at {where}")
    lines += working(finding)
    lines += [
        f"{use.ref} = {use.value}" + (f" ({use.cell})" if use.cell else "")
        for use in finding.sources
    ]
    lines += [f"note: {note}" for note in finding.notes]
    if finding.note:
        lines.append(f"reporter's note: {finding.note}")
    return "\n".join(lines)
