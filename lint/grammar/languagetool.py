"""LanguageTool as newslint runs it.

The jars come from Maven Central (LanguageTool's own download site is not
always reachable) into ``~/.cache/newslint/languagetool/VERSION/lib``. A run
uses, in this order: the server URL in config, a background server started by
``newslint languagetool start`` (reused until it has been idle too long), or a
private server it starts on a free port of 127.0.0.1 and stops when it exits.
"""
from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from lint.errors import NewslintError
from lint.user_cache import cache_root

VERSION = "6.8"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
# The server's language identifier looks up Spanish, Catalan and Portuguese
# when it starts, so those modules must be on the classpath beside English.
MODULES = ("en", "es", "ca", "pt")
MIN_JAVA = 17
START_TIMEOUT = 120.0  # seconds for the JVM to load and answer
DEFAULT_IDLE_MINUTES = 30.0
STATE_FILE = "server.json"


class LanguageToolError(NewslintError):
    """LanguageTool could not be installed, started or reached."""


# -- where things live ----------------------------------------------------------
def home(version: str = VERSION) -> Path:
    return cache_root() / "languagetool" / version


def lib_dir(version: str = VERSION) -> Path:
    return home(version) / "lib"


def is_installed(version: str = VERSION) -> bool:
    return (home(version) / "installed").is_file()


def classpath(version: str = VERSION) -> str:
    if not is_installed(version):
        raise LanguageToolError(
            f"LanguageTool {version} is not installed in {home(version)}; "
            "run `newslint languagetool install` (needs Maven and Java 17)"
        )
    return os.pathsep.join(str(p) for p in sorted(lib_dir(version).glob("*.jar")))


# -- Java and Maven -------------------------------------------------------------
def java_executable() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise LanguageToolError(
            f"LanguageTool needs Java {MIN_JAVA} or newer, and no `java` was found "
            "(install a JRE, e.g. `apt-get install openjdk-17-jre-headless`, or set JAVA_HOME)"
        )
    return found


def java_major(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


def require_java() -> str:
    java = java_executable()
    major = java_major(java)
    if major is None or major < MIN_JAVA:
        have = f"Java {major}" if major else "a Java whose version could not be read"
        raise LanguageToolError(f"LanguageTool needs Java {MIN_JAVA} or newer; {java} is {have}")
    return java


def pom(version: str = VERSION) -> str:
    """A Maven project whose runtime dependencies are the server and the modules.
    ``language-all`` (every language, ~300 MB) is excluded."""
    modules = "".join(
        f"    <dependency><groupId>org.languagetool</groupId><artifactId>language-{m}</artifactId>"
        f"<version>{version}</version></dependency>\n" for m in MODULES
    )
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newslint</groupId>
  <artifactId>languagetool-runtime</artifactId>
  <version>{version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.languagetool</groupId><artifactId>languagetool-server</artifactId><version>{version}</version>
      <exclusions><exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId></exclusion></exclusions>
    </dependency>
{modules}  </dependencies>
</project>
"""


def install(version: str = VERSION, *, force: bool = False, echo=print) -> Path:
    """Fetch the jars with Maven into the cache folder; returns the folder."""
    require_java()
    if is_installed(version) and not force:
        echo(f"LanguageTool {version} is already installed in {home(version)}")
        return home(version)
    mvn = shutil.which("mvn")
    if not mvn:
        raise LanguageToolError("`mvn` (Apache Maven) is needed to fetch LanguageTool from Maven Central; "
                                "install it (e.g. `apt-get install maven`)")
    folder = home(version)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pom.xml").write_text(pom(version), encoding="utf-8")
    staging = folder / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    echo(f"Fetching LanguageTool {version} ({', '.join(MODULES)}) from Maven Central into {folder} ...")
    command = [mvn, "-B", "-q", "-f", str(folder / "pom.xml"), "dependency:copy-dependencies",
               f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        detail = [line for line in (done.stdout + done.stderr).splitlines() if "ERROR" in line][:3]
        raise LanguageToolError(f"Maven could not fetch LanguageTool {version}: "
                                + (" | ".join(detail) or f"mvn exited {done.returncode}"))
    shutil.rmtree(lib_dir(version), ignore_errors=True)
    staging.rename(lib_dir(version))
    jars = sorted(p.name for p in lib_dir(version).glob("*.jar"))
    (folder / "installed").write_text("\n".join(jars) + "\n", encoding="utf-8")
    echo(f"Installed {len(jars)} jars.")
    return folder


# -- one server process ---------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/v2/languages", timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):
        return False


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def last_log_line(self) -> str:
        try:
            lines = [l for l in self.log.read_text(encoding="utf-8", errors="replace").splitlines() if l.strip()]
        except OSError:
            return ""
        errors = [l for l in lines if "Exception" in l or "Error" in l]
        return (errors or lines or [""])[-1].strip()[:300]


def start_server(version: str = VERSION, *, log: Path | None = None,
                 timeout: float = START_TIMEOUT) -> Server:
    """Start HTTPServer on a free port of 127.0.0.1 and wait until it answers."""
    java = require_java()
    cp = classpath(version)
    log = log or home(version) / f"server-{os.getpid()}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    # Without --public the server accepts connections from this machine only.
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [java, "-Xss2m", "-cp", cp, MAIN_CLASS, "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
        )
    server = Server(process, port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.alive():
            raise LanguageToolError(
                f"LanguageTool server exited at start (code {process.returncode}): "
                f"{server.last_log_line() or 'no output'} (log: {log})"
            )
        if answers(server.url, timeout=1.0):
            return server
        time.sleep(0.2)
    server.stop()
    raise LanguageToolError(f"LanguageTool server did not answer within {timeout:.0f} s (log: {log})")


def warm_up(url: str) -> None:
    data = urllib.parse.urlencode({"language": "en-US", "text": "The talks was held in Moscow."}).encode()
    try:
        urllib.request.urlopen(url + "/v2/check", data, timeout=START_TIMEOUT).close()
    except OSError:
        pass  # a real run will report the problem


# -- the server of this process: configured, background or private --------------
_private: Server | None = None
_start_error: LanguageToolError | None = None


def server_url(configured: str | None = None, version: str = VERSION) -> str:
    """The URL of the LanguageTool server this run talks to."""
    global _private, _start_error
    if configured:
        return configured.rstrip("/")
    background = background_url(version)
    if background:
        return background
    if _private is not None and _private.alive():
        return _private.url
    if _private is not None:
        raise LanguageToolError(
            f"LanguageTool server stopped during the run (exit code {_private.process.returncode}): "
            f"{_private.last_log_line() or 'no output'}"
        )
    if _start_error is not None:
        raise _start_error
    try:
        _private = start_server(version)
    except LanguageToolError as exc:
        _start_error = exc  # do not pay the start-up again for every file
        raise
    atexit.register(stop_private)
    return _private.url


def private_server() -> Server | None:
    return _private


def stop_private() -> None:
    global _private
    if _private is not None:
        _private.stop()
        try:
            _private.log.unlink()
        except OSError:
            pass
        _private = None


# -- the background server ------------------------------------------------------
def state_path(version: str = VERSION) -> Path:
    return home(version) / STATE_FILE


def used_path(version: str = VERSION) -> Path:
    return home(version) / "last-used"


def read_state(version: str = VERSION) -> dict | None:
    try:
        return json.loads(state_path(version).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def pid_alive(pid: int) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:  # reap it first if it is our own child (the supervisor, in tests)
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def background_url(version: str = VERSION) -> str | None:
    """The running background server's URL (marking it used), or None."""
    state = read_state(version)
    if not state or not pid_alive(state.get("pid", -1)) or not answers(state["url"], timeout=1.0):
        return None
    touch(used_path(version))
    return state["url"]


def touch(path: Path) -> None:
    try:
        path.touch()
    except OSError:
        pass


def start_background(version: str = VERSION, idle_minutes: float = DEFAULT_IDLE_MINUTES) -> dict:
    """Start the supervisor (``python -m lint.grammar.languagetool serve``) detached and
    wait for its server; returns the state it wrote."""
    state = read_state(version)
    if state and pid_alive(state.get("pid", -1)) and answers(state["url"]):
        return state
    require_java()
    classpath(version)
    log = home(version) / "background.log"
    with open(log, "wb") as out:
        supervisor = subprocess.Popen(
            [sys.executable, "-m", "lint.grammar.languagetool", "serve", version, str(idle_minutes)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    deadline = time.monotonic() + START_TIMEOUT + 10
    while time.monotonic() < deadline:
        state = read_state(version)
        if state and state.get("pid") == supervisor.pid:
            return state
        if supervisor.poll() is not None:
            detail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise LanguageToolError("background LanguageTool server failed to start: "
                                    + (detail[-1] if detail else f"exit code {supervisor.returncode}"))
        time.sleep(0.2)
    raise LanguageToolError(f"background LanguageTool server did not start (log: {log})")


def stop_background(version: str = VERSION) -> bool:
    """Stop the background server; False when none was running."""
    state = read_state(version)
    if not state or not pid_alive(state.get("pid", -1)):
        remove(state_path(version))
        return False
    os.kill(state["pid"], signal.SIGTERM)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and pid_alive(state["pid"]):
        time.sleep(0.1)
    if pid_alive(state.get("java_pid", -1)):
        os.kill(state["java_pid"], signal.SIGKILL)
    remove(state_path(version))
    return True


def remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def serve(version: str, idle_minutes: float) -> int:
    """The supervisor: run the server until it has been idle ``idle_minutes``
    (no run used it) or until SIGTERM."""
    try:
        server = start_server(version, log=home(version) / "background-server.log")
    except LanguageToolError as exc:
        print(exc, flush=True)
        return 1
    warm_up(server.url)  # the first check loads the rules (seconds): pay it here, not in a hook
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    touch(used_path(version))
    state = {"pid": os.getpid(), "java_pid": server.process.pid, "url": server.url,
             "port": server.port, "version": version, "idle_minutes": idle_minutes,
             "started": time.time()}
    temp = state_path(version).with_suffix(".tmp")
    temp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temp, state_path(version))
    print(f"LanguageTool {version} at {server.url}", flush=True)
    code = 0
    try:
        while not stopping:
            if not server.alive():
                print(f"server exited (code {server.process.returncode})", flush=True)
                code = 1
                break
            try:
                idle = time.time() - used_path(version).stat().st_mtime
            except OSError:
                idle = 0.0
            if idle > idle_minutes * 60:
                print(f"idle for {idle:.0f} s; stopping", flush=True)
                break
            time.sleep(min(1.0, max(0.1, idle_minutes * 60 / 10)))
    finally:
        server.stop()
        if (read_state(version) or {}).get("pid") == os.getpid():
            remove(state_path(version))
    return code


if __name__ == "__main__":  # the background supervisor
    if len(sys.argv) == 4 and sys.argv[1] == "serve":
        sys.exit(serve(sys.argv[2], float(sys.argv[3])))
    sys.exit("usage: python -m lint.grammar.languagetool serve VERSION IDLE_MINUTES")
