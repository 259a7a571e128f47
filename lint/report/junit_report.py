"""JUnit XML: one test suite per file, one failing test case per finding.

The totals open the document, so the suites are written to a temporary
file (in memory up to SPOOL bytes) as the files come and copied out after
them: the reporter holds one file's suite and the counts, not the run."""
import tempfile
from xml.etree import ElementTree as ET

SPOOL = 1 << 20


def suite(path: str, found: list) -> str:
    """The file's <testsuite>, indented as the second level of the document."""
    element = ET.Element("testsuite", name=path, tests=str(len(found) or 1),
                         failures=str(len(found)), errors="0", skipped="0")
    if not found:
        ET.SubElement(element, "testcase", name="newslint", classname=path)
    for d in found:
        case = ET.SubElement(element, "testcase", classname=path,
                             name=f"{d.rule} {d.name} at {d.start.line}:{d.start.column}")
        failure = ET.SubElement(case, "failure", message=d.message, type=d.severity)
        failure.text = f"{path}:{d.start.line}:{d.start.column}: {d.rule} {d.message}"
    ET.indent(element, level=1)
    return ET.tostring(element, encoding="unicode")


def chunks(files, context):
    """``files`` in path order (as check gives them); unreadable files are left out."""
    findings = suites = 0
    with tempfile.SpooledTemporaryFile(SPOOL, mode="w+", encoding="utf-8") as spool:
        for file in files:
            if not file.checked:
                continue
            suites += 1
            findings += len(file.diagnostics)
            spool.write("\n  " + suite(file.path, file.diagnostics))
        root = ET.Element("testsuites", name="newslint", tests=str(findings or suites), failures=str(findings))
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        if not suites:
            yield ET.tostring(root, encoding="unicode") + "\n"
            return
        root.text = "\0"
        head, tail = ET.tostring(root, encoding="unicode").split("\0")
        yield head
        spool.seek(0)
        while block := spool.read(SPOOL):
            yield block
        yield "\n" + tail + "\n"
