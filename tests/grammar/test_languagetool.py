"""Installing LanguageTool from Maven Central and running its server:
private per run, or in the background with an idle timeout that runs reuse."""
import os
import time

import pytest

from conftest import run_cli
from lint.grammar import languagetool as lt


def test_pom_pins_one_version_and_leaves_out_language_all():
    pom = lt.pom("6.8")
    assert pom.count("<version>6.8</version>") == 2 + len(lt.MODULES)  # the project and the server
    assert "<artifactId>languagetool-server</artifactId>" in pom
    assert "<artifactId>language-en</artifactId>" in pom
    assert "<exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId>" in pom


def test_missing_java_and_missing_jars_are_clear(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(lt.LanguageToolError, match="Java 17"):
        lt.require_java()
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    with pytest.raises(lt.LanguageToolError, match="newslint languagetool install"):
        lt.classpath()


def test_old_java_is_refused(tmp_path, monkeypatch):
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    fake.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(lt.LanguageToolError, match="needs Java 17 or newer.*Java 11"):
        lt.require_java()


@pytest.fixture
def own_cache(languagetool_url, tmp_path, monkeypatch):
    """A cache folder of its own (for the background server's state) that
    shares the installed jars."""
    folder = tmp_path / "cache"
    target = folder / "languagetool" / lt.VERSION
    target.mkdir(parents=True)
    (target / "lib").symlink_to(lt.lib_dir())
    (target / "installed").symlink_to(lt.home() / "installed")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    yield {"NEWSLINT_CACHE_DIR": str(folder)}
    lt.stop_background()


def test_install_is_idempotent(own_cache):
    result = run_cli("languagetool", "install", env=own_cache)
    assert result.returncode == 0 and b"already installed" in result.stdout


def test_private_server_binds_loopback_only(languagetool_url):
    assert languagetool_url.startswith("http://127.0.0.1:")
    assert lt.answers(languagetool_url)


def test_background_server_start_reuse_status_stop(own_cache):
    assert run_cli("languagetool", "status", env=own_cache).returncode == 1
    started = run_cli("languagetool", "start", env=own_cache)
    assert started.returncode == 0, started.stderr
    state = lt.read_state()
    assert state["url"].startswith("http://127.0.0.1:") and lt.answers(state["url"])
    status = run_cli("languagetool", "status", env=own_cache)
    assert status.returncode == 0 and state["url"].encode() in status.stdout
    # A run reuses it rather than starting its own server.
    assert lt.server_url() == state["url"]
    again = run_cli("languagetool", "start", env=own_cache)
    assert again.returncode == 0 and lt.read_state()["pid"] == state["pid"]
    stopped = run_cli("languagetool", "stop", env=own_cache)
    assert stopped.returncode == 0 and b"stopped" in stopped.stdout
    assert not lt.pid_alive(state["pid"]) and not lt.answers(state["url"])
    assert run_cli("languagetool", "status", env=own_cache).returncode == 1


def test_background_server_stops_itself_when_idle(own_cache):
    state = lt.start_background(idle_minutes=0.05)  # three seconds
    assert lt.answers(state["url"])
    for _ in range(3):  # runs that use it keep it alive
        time.sleep(1.5)
        assert lt.background_url() == state["url"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and lt.pid_alive(state["pid"]):
        time.sleep(0.5)
    assert not lt.pid_alive(state["pid"])
    assert not lt.answers(state["url"]) and lt.read_state() is None
    assert not os.path.exists(lt.state_path())
