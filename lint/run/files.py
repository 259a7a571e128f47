"""Reading files into Documents, walking folders, and writing files back."""
from __future__ import annotations

import codecs
import os
import stat
import signal
from contextlib import contextmanager
from operator import itemgetter
from dataclasses import dataclass, field
from pathlib import Path

from lint.config import DEFAULT_EXCLUDE, Config
from lint.document import Document
from lint.errors import InputError
from lint.formats import format_for, load

BINARY_SNIFF = 8192
HELD_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


def decode(data: bytes, path: str) -> tuple[str, str, bool]:
    """Decoded text, encoding name and whether a BOM was present."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: not valid {encoding.upper()} (byte {exc.start + len(bom)})") from None
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError(f"{path}: binary file (contains NUL bytes); skipped")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); skipped"
        ) from None


def encode(text: str, encoding: str, bom: bool) -> bytes:
    prefix = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
              "utf-16-be": codecs.BOM_UTF16_BE}[encoding] if bom else b""
    return prefix + text.encode(encoding)


@dataclass
class SourceFile:
    """One file (or standard input): its decoded text and the Documents cut from it."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each

    def reload(self, text: str, config: Config | None = None) -> "SourceFile":
        """The same file with new text (after fixes)."""
        return make_source(self.path, text, config, encoding=self.encoding, bom=self.bom)


def make_source(path: str, text: str, config: Config | None = None, *,
                encoding: str = "utf-8", bom: bool = False) -> SourceFile:
    """The file ``path`` holding ``text``, cut into Documents by its format."""
    documents, problems = load(path, text, config=config, encoding=encoding, bom=bom)
    return SourceFile(path, text, encoding, bom, documents, problems)


def read_bytes(path: str, max_bytes: int | None = None) -> bytes:
    """The file's bytes; a file over ``max_bytes`` is refused before it is read."""
    try:
        if max_bytes is not None:
            size = os.stat(path).st_size
            if size > max_bytes:
                raise InputError(f"{path}: {size / 2**20:.0f} MB is over the "
                                 f"{max_bytes / 2**20:.0f} MB limit (max-file-size-mb); skipped")
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_source(path: str, config: Config | None = None) -> SourceFile:
    limit = config.max_file_bytes if config is not None else None
    text, encoding, bom = decode(read_bytes(path, limit), path)
    return make_source(path, text, config, encoding=encoding, bom=bom)


def read_documents(paths: list[str], config: Config, errors: list[str]) -> list[Document]:
    """Every document of the files under ``paths``; problems go to ``errors``."""
    return list(iter_documents(paths, config, errors))


def iter_documents(paths: list[str], config: Config, errors: list[str]):
    """The documents of the files under ``paths``, one file read at a time."""
    for path in iter_files(paths, config, errors):
        try:
            source = read_source(path, config)
        except InputError as exc:
            errors.append(str(exc))
            continue
        errors.extend(source.problems)
        yield from source.documents


def make_document(path: str, text: str, *, encoding: str = "utf-8", bom: bool = False) -> Document:
    """The Document of a one-document file (plain text, Markdown, HTML);
    JSON Lines files hold many: use ``make_source``."""
    if format_for(path) == "jsonl":
        raise ValueError(f"{path}: a JSON Lines file holds many documents; use make_source")
    source = make_source(path, text, encoding=encoding, bom=bom)
    if not source.documents:
        raise InputError("; ".join(source.problems))
    return source.documents[0]


def read_document(path: str) -> Document:
    text, encoding, bom = decode(read_bytes(path), path)
    return make_document(path, text, encoding=encoding, bom=bom)


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path``'s content with ``data``: temp file in the same folder,
    fsync, rename, fsync the folder. The file's mode (and, where allowed, its
    owner and group) is kept; a symlink's target is written."""
    import tempfile  # only fix writes files: kept off the start-up path

    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    before = os.stat(target)
    mode = before.st_mode & 0o7777
    with signals_held():
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".newslint-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            _keep_owner(temp, before)
            os.chmod(temp, mode)
            os.replace(temp, target)
            _sync_folder(folder)
        except BaseException:
            try:
                os.unlink(temp)
            except FileNotFoundError:
                pass
            raise


@contextmanager
def signals_held():
    """Ctrl-C (or TERM, HUP) arriving inside is held and delivered on leaving,
    so a write is never interrupted half-way and never strands a temp file.
    Python runs signal handlers in the main thread only (whichever thread the
    signal reaches), so there the handlers are swapped; elsewhere nothing is."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {number: signal.signal(number, lambda signum, frame: caught.append(signum))
                for number in HELD_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        if caught:
            signal.raise_signal(caught[0])  # now, to the handler that was there before


def _keep_owner(path: str, before: os.stat_result) -> None:
    if (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.chown(path, before.st_uid, before.st_gid)
        except (PermissionError, AttributeError):
            pass  # only root (or the owner, for the group) may; the mode is still kept


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (a power cut after it keeps the new file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def iter_files(paths: list[str], config: Config, errors: list[str]):
    """The files to check: given files as they are, folders walked for files
    matching ``include`` and not ``exclude`` (gitignore syntax)."""
    seen: set[str] = set()
    specs = _Specs(config)
    for raw in paths:
        yield from _argument(raw, lambda path: _walk(path, *specs.get(), config, errors),
                             lambda file: _first(file, seen), config, errors)


class _Specs:
    """The include and exclude patterns, made on first use: pathspec is imported only for folder walks."""

    def __init__(self, config: Config) -> None:
        self.config, self.specs = config, None

    def get(self):
        if self.specs is None:
            import pathspec

            self.specs = (pathspec.GitIgnoreSpec.from_lines(self.config.include),
                          pathspec.GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDE, *self.config.exclude]))
        return self.specs


def _argument(raw: str, walk, keep, config: Config, errors: list[str]):
    """The files of one argument that ``keep`` keeps: itself, or its folder's ``walk``."""
    path = Path(raw)
    if path.is_dir():
        found = False
        for file in walk(path):
            if keep(file):
                found = True
                yield str(file)
        if not found:
            errors.append(f"{raw}: no files to check (include: {', '.join(config.include)})")
    elif path.exists() and not path.is_file():
        errors.append(f"{raw}: not a regular file; skipped")
    elif path.exists() or path.is_symlink():
        if keep(raw):
            yield raw
    else:
        errors.append(f"{raw}: no such file or directory")


def _relative(path: Path, config: Config, real: str | None = None) -> str:
    """``path`` relative to the config's root, resolved (``real``: its real path, when known)."""
    if real is None:
        try:
            real = os.path.realpath(path)
        except (OSError, RuntimeError):  # a symlink loop
            return path.as_posix()
    # Path.relative_to, as strings: a real path is normalised, and so is the root Path's text.
    prefix = os.path.join(str(config.root), "")
    if not real.startswith(prefix):
        return path.as_posix()  # outside the root
    return real[len(prefix):].replace(os.sep, "/")


def _wanted(file: Path, entry, real: str, root: str, include, exclude, config: Config,
            errors: list[str]) -> bool:
    """Whether a file met in a folder walk (its ``entry``; ``real`` path) is checked; a
    problem goes to ``errors``."""
    if not include.match_file(file.name) or exclude.match_file(_relative(file, config, real)):
        return False
    try:
        regular = entry.is_file(follow_symlinks=False) or stat.S_ISREG(os.stat(file).st_mode)
    except OSError as exc:
        errors.append(f"{file}: cannot read: {exc.strerror or exc}; skipped")
        return False
    if not regular:
        errors.append(f"{file}: not a regular file; skipped")
        return False
    return os.path.commonpath([root, real]) == root


def iter_sorted_files(paths: list[str], config: Config, errors: list[str]):
    """The files of ``iter_files`` in path order (the order of a report), one
    at a time: each folder is walked in path order and the arguments' walks
    are merged, so nothing is held per file. A file is checked once even when
    reached twice (by two arguments, or through a symlink); only then are
    the files seen kept, in a tree that holds a symlink or under arguments
    that overlap."""
    import heapq

    specs = _Specs(config)
    # In path-part order a folder's arguments come right after it: neighbours tell an overlap.
    reals = sorted(Path(os.path.realpath(raw)).parts for raw in paths)
    overlap = any(b[:len(a)] == a for a, b in zip(reals, reals[1:]))
    seen: set[str] | None = set() if overlap or any(map(_has_links, paths)) else None

    def walk(path: Path):
        return _walk(path, *specs.get(), config, errors)

    merged = heapq.merge(*(_argument(raw, walk, lambda file: True, config, errors) for raw in paths))
    yield from merged if seen is None else (file for file in merged if _first(file, seen))


def _first(file, seen: set[str]) -> bool:
    key = os.path.realpath(file)
    if key in seen:
        return False
    seen.add(key)
    return True


def _has_links(raw: str) -> bool:
    """Whether the folder ``raw`` holds a symlink anywhere (not followed)."""
    folders = [raw] if os.path.isdir(raw) else []
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_symlink():
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
        except OSError:
            continue
    return False


def _is_dir(entry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a symlink loop is a file, and reading it fails later
        return False


def _walk(folder: Path, include, exclude, config: Config, errors: list[str]):
    """Regular files under ``folder`` in path order: a folder's files and
    subfolders by name, a subfolder's name read as ending in "/" (as its
    files' paths go on). A symlink to a file outside the folder is not
    followed, so ``fix`` never writes outside the checked tree."""
    root, visited = os.path.realpath(folder), set()

    def walk(folder: Path):
        real = os.path.realpath(folder)
        if real in visited:  # a symlink loop
            return
        visited.add(real)
        try:
            with os.scandir(folder) as found:
                entries = [(entry.name + "/", True, entry) if _is_dir(entry) else (entry.name, False, entry)
                           for entry in found]
        except OSError:
            return  # an unreadable folder is passed over
        for name, is_dir, entry in sorted(entries, key=itemgetter(0)):
            if is_dir:
                sub = Path(folder, name[:-1])
                if not exclude.match_file(_relative(sub, config) + "/"):
                    yield from walk(sub)
            else:
                file = Path(folder, name)
                # Not a link: its real path is its name in this folder's (no lstat per part).
                file_real = os.path.realpath(file) if entry.is_symlink() else os.path.join(real, name)
                if _wanted(file, entry, file_real, root, include, exclude, config, errors):
                    yield file

    return walk(folder)
