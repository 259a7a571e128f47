"""`newslint lsp` with pytest-lsp as the client: a real subprocess on stdio."""
import asyncio
import sys
from typing import Union

import pytest

from conftest import SEED, need

need("pytest_lsp", "the language server", "test")
need("pygls", "the language server", "lsp")

import pytest_lsp  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

EMOJI = "Great news 🎉🎉 the goverment said.\n"


def capabilities(encodings=None):
    caps = client_capabilities("visual-studio-code")
    caps.general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    return caps


async def start(client: LanguageClient, root, encodings=None):
    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(encodings), root_uri=root.as_uri()))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "lint", "lsp"]))
async def client(lsp_client: LanguageClient):
    # lsprotocol's client side reads any code action with a "command" as a bare
    # Command (its _code_action_hook); a CodeAction's command is an object, a Command's a string
    converter = lsp_client.protocol._converter

    def code_action_or_command(obj, _):
        bare = isinstance(obj.get("command"), str)
        return converter.structure(obj, types.Command if bare else types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], code_action_or_command)
    yield
    await lsp_client.shutdown_session()


async def published(client):
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30)


async def opened(client, path, text, language="plaintext", version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id=language, version=version, text=text)))
    await published(client)
    return client.diagnostics[path.as_uri()]


@pytest.mark.asyncio
async def test_diagnostics_on_open_change_and_save(client, tmp_path):
    await start(client, tmp_path)
    path = tmp_path / "story.txt"
    found = await opened(client, path, SEED.read_text(encoding="utf-8"))
    assert [d.code for d in found][:4] == ["NL101", "NL320", "NL301", "NL201"]
    first = found[0]
    assert (first.range.start.line, first.range.start.character, first.range.end.character) == (0, 19, 29)
    assert first.source == "newslint" and first.severity == types.DiagnosticSeverity.Error
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="All clean here.\n")]))
    await published(client)
    assert list(client.diagnostics[path.as_uri()]) == []
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="The goverment said.\n")]))
    await published(client)
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri())))
    await published(client)
    assert [d.code for d in client.diagnostics[path.as_uri()]] == ["NL102"]


@pytest.mark.asyncio
async def test_markdown_and_html_buffers(client, tmp_path):
    await start(client, tmp_path)
    md = await opened(client, tmp_path / "a.md", "# Title\n\nThe goverment said `recieve`.\n", "markdown")
    assert [(d.code, d.range.start.line, d.range.start.character) for d in md] == [("NL102", 2, 4)]
    html = await opened(client, tmp_path / "b.html", "<p>The <b>goverment</b> said.</p>\n", "html")
    assert [(d.code, d.range.start.character, d.range.end.character) for d in html] == [("NL102", 10, 19)]


@pytest.mark.asyncio
@pytest.mark.parametrize("encodings, column", [(None, 20), ([types.PositionEncodingKind.Utf16], 20),
                                               ([types.PositionEncodingKind.Utf32], 18),
                                               ([types.PositionEncodingKind.Utf8], 24)])
async def test_positions_in_the_negotiated_encoding(client, tmp_path, encodings, column):
    result = await start(client, tmp_path, encodings)
    expected = encodings[0] if encodings else types.PositionEncodingKind.Utf16
    assert result.capabilities.position_encoding in (expected, None if expected == "utf-16" else expected)
    found = await opened(client, tmp_path / "e.txt", EMOJI)
    assert [(d.code, d.range.start.character) for d in found] == [("NL102", column)]


async def code_actions(client, path, found):
    """The actions offered at the first finding."""
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), range=found[0].range,
        context=types.CodeActionContext(diagnostics=found)))


@pytest.mark.asyncio
@pytest.mark.parametrize("text, word, title, preferred", [
    ("Algeria and Russia strengtens military ties.\n", "strengtens", "Replace with 'strengthens' [NL101]", True),
    ("A flumpery began.\n", "flumpery", "Replace with 'flummery' (check it) [NL101]", False),  # an unsafe fix
])
async def test_quick_fixes_safe_ones_preferred(client, tmp_path, text, word, title, preferred):
    await start(client, tmp_path)
    path = tmp_path / "story.txt"
    found = await opened(client, path, text)
    fix, add = await code_actions(client, path, found)
    assert (fix.title, fix.is_preferred, fix.kind) == (title, preferred, types.CodeActionKind.QuickFix)
    edit, = fix.edit.changes[path.as_uri()]
    start_at = text.index(word)
    assert (edit.range.start.character, edit.range.end.character) == (start_at, start_at + len(word))
    assert edit.new_text == title.split("'")[1]
    assert add.title == f"Add '{word}' to house words" and not add.is_preferred


@pytest.mark.asyncio
async def test_add_to_house_words_uses_the_files_config(client, tmp_path):
    project = tmp_path / "desk"
    (project / "stories").mkdir(parents=True)
    (project / "newslint.toml").write_text('word-files = ["house-words.txt"]\n', encoding="utf-8")
    (project / "house-words.txt").write_text("", encoding="utf-8")
    await start(client, tmp_path)
    path = project / "stories" / "story.txt"
    found = await opened(client, path, "The Zorbatron said.\nA flumpery began.\n")
    assert [d.code for d in found] == ["NL101"]
    actions = await code_actions(client, path, found)
    add = next(a for a in actions if a.command)
    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=add.command.command, arguments=add.command.arguments))
    assert (project / "house-words.txt").read_text(encoding="utf-8") == "flumpery\n"
    # the server checked the file again before it answered the command
    assert list(client.diagnostics[path.as_uri()]) == []
