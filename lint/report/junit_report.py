"""JUnit XML: one test suite per file, one failing test case per finding."""
from collections import defaultdict
from xml.etree import ElementTree as ET


def chunks(diagnostics, context):
    by_path = defaultdict(list)
    for d in diagnostics:
        by_path[d.path].append(d)
    for path in context.sources:
        by_path.setdefault(path, [])
    root = ET.Element("testsuites", name="newslint", tests=str(len(diagnostics) or len(by_path)),
                      failures=str(len(diagnostics)))
    for path in sorted(by_path):
        found = by_path[path]
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(len(found) or 1),
                              failures=str(len(found)), errors="0", skipped="0")
        if not found:
            ET.SubElement(suite, "testcase", name="newslint", classname=path)
        for d in found:
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{d.rule} {d.name} at {d.start.line}:{d.start.column}")
            failure = ET.SubElement(case, "failure", message=d.message, type=d.severity)
            failure.text = f"{path}:{d.start.line}:{d.start.column}: {d.rule} {d.message}"
    ET.indent(root)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
