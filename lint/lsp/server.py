"""The language server: diagnostics for text, Markdown and HTML buffers on
open, change and save; quick fixes from newslint's fix edits (safe ones
preferred); "add to house words" for spelling findings. Positions go out in
the encoding the client negotiated (pygls picks it; UTF-16 by default). Each
file is checked with the config found from its own folder."""
from __future__ import annotations

import re
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lint import __version__

ADD_WORD = "newslint.addWord"
SUFFIXES = {"markdown": ".md", "html": ".html"}  # languageId -> the format newslint reads
FORMATS = {".txt", ".md", ".markdown", ".html", ".htm"}
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
NEWLINE = re.compile(r"\r\n|\r|\n")  # LSP's line ends


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", __version__)
        self.linters: dict = {}  # config path -> linter
        self.found: dict[str, list] = {}  # uri -> [(newslint Diagnostic, LSP Diagnostic)]

    def linter_for(self, path: Path):
        from lint import make_linter
        from lint.config import load_config

        config = load_config(None, search_from=path)
        key = str(config.path)
        if key not in self.linters:
            self.linters[key] = make_linter(config)
        return self.linters[key]

    def lint(self, uri: str) -> None:
        from lint import check_text
        from lint.errors import NewslintError

        document = self.workspace.get_text_document(uri)
        path = Path(document.path) if uri.startswith("file:") else Path.cwd() / "untitled"
        suffix = path.suffix.lower() if path.suffix.lower() in FORMATS else SUFFIXES.get(document.language_id, ".txt")
        try:
            diagnostics = check_text(document.source, self.linter_for(path), path=str(path.with_suffix(suffix)))
        except NewslintError as exc:
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"newslint: {exc}"))
            diagnostics = []
        spans = Spans(document.source, document.lines, self.workspace.position_codec)
        found = [(d, types.Diagnostic(
            range=spans.range(d.start.offset, d.end.offset), message=d.message,
            severity=SEVERITY[d.severity], code=d.rule, source="newslint",
            data={"name": d.name}))
            for d in diagnostics]
        self.found[uri] = found
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=document.version, diagnostics=[lsp for _, lsp in found]))

    def code_actions(self, uri: str, wanted: types.Range) -> list[types.CodeAction]:
        document = self.workspace.get_text_document(uri)
        spans = Spans(document.source, document.lines, self.workspace.position_codec)
        actions, words = [], []
        for d, lsp in self.found.get(uri, []):
            if not overlaps(lsp.range, wanted):
                continue
            if d.fix:
                edits = [types.TextEdit(spans.range(e.start, e.end), e.replacement) for e in d.fix.edits]
                shown = d.fix.edits[0].replacement if len(d.fix.edits) == 1 else ""
                title = (f"Replace with '{shown}'" if shown.strip() else "Apply newslint's fix") + \
                    ("" if d.fix.applicability == "safe" else " (check it)")
                actions.append(types.CodeAction(
                    title=f"{title} [{d.rule}]", kind=types.CodeActionKind.QuickFix, diagnostics=[lsp],
                    is_preferred=d.fix.applicability == "safe",
                    edit=types.WorkspaceEdit(changes={uri: edits})))
            word = document.source[d.start.offset:d.end.offset]
            if d.category == "spelling" and word not in words:
                words.append(word)
                actions.append(types.CodeAction(
                    title=f"Add '{word}' to house words", kind=types.CodeActionKind.QuickFix, diagnostics=[lsp],
                    is_preferred=False,
                    command=types.Command(title="Add to house words", command=ADD_WORD, arguments=[uri, word])))
        return actions

    def add_word(self, uri: str, word: str) -> str:
        from lint.cli.words import add_words, configured_word_file
        from lint.config import load_config
        from lint.errors import NewslintError

        path = Path(self.workspace.get_text_document(uri).path)
        try:
            words = configured_word_file(load_config(None, search_from=path))
            add_words(words, [word])
        except (NewslintError, OSError) as exc:
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"newslint: {exc}"))
            return ""
        self.linters.clear()  # the house words are read when a linter is made
        for open_uri in list(self.found):
            if open_uri in self.workspace.text_documents:
                self.lint(open_uri)
        return str(words)


class Spans:
    """newslint's code-point offsets -> LSP ranges in the client's units."""

    def __init__(self, text: str, lines, codec) -> None:
        self.starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
        self.lines, self.codec = lines, codec

    def position(self, offset: int) -> types.Position:
        import bisect

        line = bisect.bisect_right(self.starts, offset) - 1
        return self.codec.position_to_client_units(
            self.lines, types.Position(line=line, character=offset - self.starts[line]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))


def overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p):
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def make_server() -> NewslintServer:
    server = NewslintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams):
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams):
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams):
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams):
        ls.found.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                            diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: NewslintServer, params: types.CodeActionParams):
        return ls.code_actions(params.text_document.uri, params.range)

    @server.command(ADD_WORD)
    def add_word(ls: NewslintServer, uri: str, word: str):
        return ls.add_word(uri, word)

    return server
