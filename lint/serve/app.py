"""The ASGI app: LanguageTool's HTTP API v2 at /v2/, the web page at / and its
JSON API at /api/. One linter is built at start-up and shared by every request
(checks run in worker threads); a request never names a file to read."""
from __future__ import annotations

import asyncio
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse
from starlette.routing import Route

from lint.serve import ltformat, upstream

PAGE = Path(__file__).with_name("page.html")
FORMATS = {".txt", ".md", ".markdown", ".html", ".htm"}  # what the page may open


@dataclass
class Settings:
    max_bytes: int = 1 << 20  # a request body over this is refused (413)
    timeout: float = 30.0  # seconds a check may take (503 past it)
    languagetool: str | None = None  # a LanguageTool server whose matches are merged in


class TooLarge(Exception):
    pass


class Service:
    """What the requests share: the linter, its rules, the limits."""

    def __init__(self, config, settings: Settings) -> None:
        from lint import make_linter

        self.config = config
        self.settings = settings
        self.linter = make_linter(config, ignore=["grammar"])  # LanguageTool's matches come from upstream
        self.rules = {r.id: r for r in self.linter.all_rules}
        self._everything = None
        self.check_text("Warm up: lazily loaded data is loaded before requests share it.")

    def everything(self):
        """A linter of every rule, for requests that enable rules off by default."""
        if self._everything is None:
            from lint import make_linter

            self._everything = make_linter(self.config, select=["ALL"], ignore=["grammar"])
        return self._everything

    def check_text(self, text: str, path: str = "<text>", linter=None):
        from lint import check_text

        return check_text(text, linter or self.linter, path=path)

    def fix_text(self, text: str, path: str):
        from lint import fix_text

        return fix_text(text, self.linter, path=path)

    async def limited(self, work, *args):
        try:
            return await asyncio.wait_for(run_in_threadpool(work, *args), self.settings.timeout)
        except asyncio.TimeoutError:
            raise TimeoutError from None


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


async def read_form(request: Request, limit: int) -> dict:
    """Query and body as form fields, whatever the Content-Type says (clients differ)."""
    form = dict(request.query_params)
    body = await read_body(request, limit)
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ltformat.BadRequest("Error: the request body is not UTF-8 form data") from None
    form.update(urllib.parse.parse_qsl(decoded, keep_blank_values=True))
    return form


def selected(diagnostics, form: dict, service: Service):
    """enabledRules / disabledRules / enabledOnly / enabledCategories /
    disabledCategories: newslint rule ids, names or categories, in any case."""
    from lint.engine import selector_matches

    def listed(name):
        return [s.strip() for s in form.get(name, "").split(",") if s.strip()]

    enabled, disabled = listed("enabledRules"), listed("disabledRules")
    enabled_categories = [c.lower() for c in listed("enabledCategories")]
    disabled_categories = [c.lower() for c in listed("disabledCategories")]
    only = form.get("enabledOnly", "").lower() == "true"

    def keep(d) -> bool:
        rule = service.rules.get(d.rule)
        if rule is None:
            return True
        if any(selector_matches(s, rule) for s in disabled) or rule.category in disabled_categories:
            return False
        if only:
            return any(selector_matches(s, rule) for s in enabled) or rule.category in enabled_categories
        return True

    return [d for d in diagnostics if keep(d)]


def needs_everything(form: dict, service: Service) -> bool:
    from lint.engine import selector_matches

    wanted = [s.strip() for s in form.get("enabledRules", "").split(",") if s.strip()]
    active = service.linter.rules
    return any(selector_matches(s, r) and r not in active and r.category != "grammar"
               for s in wanted for r in service.rules.values())


async def v2_check(request: Request):
    service: Service = request.app.state.service
    form = await read_form(request, service.settings.max_bytes)
    language = ltformat.language_of(form.get("language", "auto"), service.config.language)
    if "text" in form:
        text, source_of, source_text = form["text"], None, None
    elif "data" in form:
        text, source_of = ltformat.annotated_text(form["data"])
        source_text = _annotated_source(form["data"])
    else:
        raise ltformat.BadRequest("Error: Missing 'text' or 'data' parameter")
    linter = service.everything() if needs_everything(form, service) else None
    theirs_task = None
    if service.settings.languagetool:
        theirs_task = asyncio.create_task(run_in_threadpool(
            upstream.check, service.settings.languagetool, form, service.settings.timeout))
    diagnostics = await service.limited(service.check_text, text, "<text>", linter)
    ours = ltformat.to_matches(selected(diagnostics, form, service), text, service.rules,
                               source_of, source_text)
    incomplete = False
    if theirs_task is not None:
        theirs, problem = await theirs_task
        incomplete = problem is not None
        ours = upstream.merge(ours, theirs)
    return JSONResponse({"software": ltformat.SOFTWARE, "warnings": {"incompleteResults": incomplete},
                         "language": language, "matches": ours})


def _annotated_source(data: str) -> str:
    """The annotated text as LanguageTool counts its offsets: text and markup in order."""
    import json

    return "".join(p.get("text", p.get("markup", "")) for p in json.loads(data)["annotation"])


async def v2_languages(request: Request):
    return JSONResponse(ltformat.LANGUAGES)


async def v2_info(request: Request):
    return JSONResponse({"software": ltformat.SOFTWARE})


async def v2_healthcheck(request: Request):
    return PlainTextResponse("OK")


async def page(request: Request):
    return HTMLResponse(request.app.state.page)


def _page_input(body: dict) -> tuple[str, str]:
    text, name = body.get("text"), body.get("name") or "story.txt"
    if not isinstance(text, str) or not isinstance(name, str):
        raise ltformat.BadRequest("Error: send JSON {\"text\": \"...\", \"name\": \"story.md\"}")
    suffix = Path(name).suffix.lower()  # the name picks the format, nothing more
    return text, "story" + (suffix if suffix in FORMATS else ".txt")


async def _json_body(request: Request, limit: int) -> dict:
    import json

    try:
        body = json.loads(await read_body(request, limit) or b"{}")
    except ValueError:
        raise ltformat.BadRequest("Error: the body is not JSON") from None
    if not isinstance(body, dict):
        raise ltformat.BadRequest("Error: the body must be a JSON object")
    return body


async def api_check(request: Request):
    """Findings in newslint's JSON contract, plus UTF-16 offsets for the page's JavaScript."""
    service: Service = request.app.state.service
    text, path = _page_input(await _json_body(request, service.settings.max_bytes))
    diagnostics = await service.limited(service.check_text, text, path)
    units = ltformat.UTF16(text)
    out = []
    for d in diagnostics:
        item = d.to_json()
        item["path"] = path
        item["utf16"] = {"start": units(d.start.offset), "end": units(d.end.offset)}
        if d.fix:
            item["fix"]["utf16"] = [{"start": units(e.start), "end": units(e.end), "replacement": e.replacement}
                                    for e in d.fix.edits]
        out.append(item)
    return JSONResponse({"diagnostics": out})


async def api_fix(request: Request):
    """The text with every safe fix applied (as `newslint fix` does)."""
    service: Service = request.app.state.service
    text, path = _page_input(await _json_body(request, service.settings.max_bytes))
    return JSONResponse({"text": await service.limited(service.fix_text, text, path)})


async def bad_request(request, exc):
    return PlainTextResponse(str(exc), status_code=400)


async def too_large(request, exc):
    limit = request.app.state.service.settings.max_bytes
    return PlainTextResponse(f"Error: Your request exceeds the limit of {limit} bytes", status_code=413)


async def too_slow(request, exc):
    limit = request.app.state.service.settings.timeout
    return PlainTextResponse(f"Error: Checking took longer than {limit:g} seconds", status_code=503)


async def failed(request, exc):
    from lint.errors import NewslintError

    status = 400 if isinstance(exc, NewslintError) else 500
    return PlainTextResponse(f"Error: {exc}", status_code=status)


def make_app(config, settings: Settings | None = None) -> Starlette:
    from lint.errors import NewslintError

    routes = [
        Route("/", page),
        Route("/v2/check", v2_check, methods=["GET", "POST"]),
        Route("/v2/languages", v2_languages),
        Route("/v2/info", v2_info),
        Route("/v2/healthcheck", v2_healthcheck),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/fix", api_fix, methods=["POST"]),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["*"])]
    handlers = {ltformat.BadRequest: bad_request, TooLarge: too_large, TimeoutError: too_slow,
                NewslintError: failed}
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)
    app.state.service = Service(config, settings or Settings())
    app.state.page = PAGE.read_text(encoding="utf-8")  # read once: requests touch no files
    return app
