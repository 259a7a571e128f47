"""Print one of the README's two commands: `python3 .ci/readme_commands.py setup|test`.

Each command is the ```sh block right after its marker line
(<!-- command: setup --> or <!-- command: test -->), so CI runs exactly what
a newcomer reads.
"""
import sys
from pathlib import Path

name = sys.argv[1]
lines = Path(sys.argv[2] if len(sys.argv) > 2 else "README.md").read_text(encoding="utf-8").splitlines()
marker = f"<!-- command: {name} -->"
if marker not in lines:
    sys.exit(f"README.md: no line '{marker}' (CI reads the README's commands from it)")
start = lines.index(marker)
if start + 1 >= len(lines) or lines[start + 1] != "```sh" or "```" not in lines[start + 2:]:
    sys.exit(f"README.md: the line after '<!-- command: {name} -->' must open a ```sh block")
end = lines.index("```", start + 2)
print("\n".join(lines[start + 2:end]))
