"""End-to-end fixtures: a private Xvfb display and a way to run main.py on it as a person would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DISPLAYS = range(90, 100)
IMPORT = "/usr/bin/import"  # ImageMagick's; another "import" may be on PATH


def stop(proc: subprocess.Popen[bytes]) -> None:
    """End a process politely, then firmly."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def missing(what: str) -> None:
    """Fail on CI (the machine should have been set up), skip on a developer's machine."""
    message = f"{what}; install it with .ci/run or apt-get"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _tool(name: str, path: str | None = None) -> str:
    found = path if path and os.access(path, os.X_OK) else shutil.which(name)
    if found is None:
        missing(f"{name} is not installed")
    assert found is not None
    return found


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start Xvfb on the first free display in :90..:99, yield e.g. ":90", stop it after."""
    exe = _tool("Xvfb")
    for number in DISPLAYS:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        if socket.exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(
            [exe, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while proc.poll() is None and not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None and socket.exists():
            try:
                yield f":{number}"
            finally:
                stop(proc)
            return
        proc.kill()
        proc.wait()  # another server took this number first; try the next
    pytest.fail(f"Could not start Xvfb on any display {DISPLAYS.start}..{DISPLAYS.stop - 1}")


class XSession:
    """Runs commands against one X display: find windows, send keys, take screenshots."""

    def __init__(self, display: str, env: dict[str, str]) -> None:
        self.display = display
        self.env = env
        self.xdotool = _tool("xdotool")
        self.import_ = _tool("import", IMPORT)

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def find_window(self, title: str, proc: subprocess.Popen[bytes], timeout: float = 20) -> str:
        """Wait until a visible window named ``title`` exists; return its id."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"the app exited early with {proc.returncode}")
            found = self.run(self.xdotool, "search", "--onlyvisible", "--name", title)
            ids = found.stdout.split()
            if found.returncode == 0 and ids:
                return ids[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window named {title!r} appeared within {timeout:.0f} s")

    def focus(self, window: str) -> None:
        # No window manager runs on Xvfb, so give the window the keyboard directly.
        self.run(self.xdotool, "windowfocus", "--sync", window, timeout=5)

    def key(self, window: str, keys: str) -> None:
        self.focus(window)
        done = self.run(self.xdotool, "key", "--clearmodifiers", keys)
        assert done.returncode == 0, done.stderr

    def screenshot(self, target: Path) -> Path:
        done = self.run(self.import_, "-window", "root", str(target), timeout=20)
        assert done.returncode == 0, done.stderr
        assert target.is_file(), f"import wrote no {target.name}"
        return target

    def colours(self, image: Path) -> int:
        """How many distinct colours a picture has; a blank screen has one."""
        done = self.run("/usr/bin/identify", "-format", "%k", str(image))
        assert done.returncode == 0, done.stderr
        return int(done.stdout.strip() or 0)

    def differing_pixels(self, a: Path, b: Path) -> int:
        done = self.run("/usr/bin/compare", "-metric", "AE", str(a), str(b), "null:")
        # compare exits 1 when the pictures differ; the count is printed on stderr.
        assert done.returncode in (0, 1), done.stderr
        return int(float(done.stderr.split()[0]))


@pytest.fixture
def app_env(xvfb_display: str, tmp_path: Path) -> dict[str, str]:
    """Environment for the app and X tools: the Xvfb display, user folders under tmp_path."""
    env = dict(os.environ)
    env["DISPLAY"] = xvfb_display
    for name in (
        "QT_QPA_PLATFORM",
        "PLANNER_EXIT_AFTER_PAINT",
        "PLANNER_DATA_DIR",
        "WAYLAND_DISPLAY",
    ):
        env.pop(name, None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / "xdg" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    runtime = tmp_path / "xdg" / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["PLANNER_NO_FIRST_START"] = "1"  # new profiles skip the guided first start
    return env


@pytest.fixture
def x_session(xvfb_display: str, app_env: dict[str, str]) -> XSession:
    return XSession(xvfb_display, app_env)


class AppRunner:
    """Starts ``main.py`` as its own process and makes sure none is left running."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env = env
        self.logs = logs
        self._procs: list[subprocess.Popen[bytes]] = []

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        n = len(self._procs) + 1
        with (
            (self.logs / f"app-{n}.out").open("wb") as out,
            (self.logs / f"app-{n}.err").open("wb") as err,
        ):
            proc = subprocess.Popen(
                [sys.executable, "main.py", *args],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        self._procs.append(proc)
        return proc

    def output(self, proc: subprocess.Popen[bytes]) -> str:
        n = self._procs.index(proc) + 1
        return (self.logs / f"app-{n}.err").read_text(errors="replace")[-3000:]

    def wait(self, proc: subprocess.Popen[bytes], timeout: float = 10, doing: str = "") -> int:
        """Wait for the app to exit; terminate it (and fail) when it does not."""
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            stop(proc)
            why = f" ({doing})" if doing else ""
            raise AssertionError(
                f"the app did not quit within {timeout:.0f} s{why}\n{self.output(proc)}"
            ) from None

    def cli(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def close(self) -> None:
        for proc in self._procs:
            stop(proc)


@pytest.fixture
def app_runner(app_env: dict[str, str], tmp_path: Path) -> Iterator[AppRunner]:
    logs = tmp_path / "logs"
    logs.mkdir()
    runner = AppRunner(app_env, logs)
    try:
        yield runner
    finally:
        runner.close()
