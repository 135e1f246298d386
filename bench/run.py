"""`make bench`: build synthetic data, measure, print each figure beside its budget."""

from __future__ import annotations

import compileall
import dataclasses
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = int(os.environ.get("BENCH_RUNS", "11"))
#: The probes' environment: the window's settings (size, last step) in a folder of their own,
#: never the learner's.
PROBE_ENV = {**os.environ, "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="studytracker-bench-config-")}


def _probe(*args: str) -> dict[str, tuple[float, int]]:
    """For each moment a probe reports (READY, ATTACHED): seconds from launch, and the child's
    peak memory (KiB) by then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.probes", *args], stdout=subprocess.PIPE, text=True, env=PROBE_ENV
    )
    assert process.stdout is not None
    moments: dict[str, tuple[float, int]] = {}
    for line in process.stdout:
        moment, memory_kb = line.split()
        moments.setdefault(moment, (time.perf_counter() - started, int(memory_kb)))
    if process.wait(timeout=60) != 0 or "READY" not in moments:
        raise RuntimeError(f"probe {args} failed (exit {process.returncode}, reported {sorted(moments)})")
    return moments


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _latency_row(name: str, times: list[float], budget_ms: float) -> tuple[str, str, str, bool]:
    """A table row of median and 95th percentile against a p95 budget."""
    p95 = _percentile(times, 0.95) * 1000
    measured = f"{statistics.median(times) * 1000:.1f} / {p95:.1f} ms"
    return name, measured, f"p95 ≤ {budget_ms:g} ms", p95 <= budget_ms


def _time(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    from PySide6.QtCore import QSettings

    from bench.synthetic import big_readme, with_big_roadmap, years_of_sessions
    from studytracker.report.pdf import write_report
    from studytracker.report.stats import compute_statistics
    from studytracker.roadmap.files import read_roadmap_file
    from studytracker.store.database import DATABASE_NAME
    from studytracker.store.tracker import Tracker
    from studytracker.ui.shell.app import make_application, use_flat_scroll_bars
    from studytracker.ui.shell.main_window import MainWindow

    # Byte-compiled first, as an installed or packaged app is (PYTHONDONTWRITEBYTECODE may be set).
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "studytracker", quiet=1)
    scratch = Path(tempfile.mkdtemp(prefix="studytracker-bench-"))
    years_dir, big_dir = scratch / "years", scratch / "big"
    print(f"building synthetic data in {scratch} …", flush=True)
    years = years_of_sessions(years_dir)
    big = with_big_roadmap(big_dir)
    sessions = len(years.reads.sessions.log())
    rows: list[tuple[str, str, str, bool]] = []

    # start-up: interleaved runs, the ratio of each pair, then the median
    ratios, memory_ratios, attached_memory_ratios = [], [], []
    app_times, attached_times, bare_times = [], [], []
    _probe("bare")  # warm the disk cache for both
    _probe("app", str(years_dir))
    for _ in range(RUNS):
        bare_time, bare_memory = _probe("bare")["READY"]
        moments = _probe("app", str(years_dir))
        (app_time, app_memory), (attached_time, attached_memory) = moments["READY"], moments["ATTACHED"]
        ratios.append(app_time / bare_time)
        memory_ratios.append(app_memory / bare_memory)
        attached_memory_ratios.append(attached_memory / bare_memory)
        app_times.append(app_time)
        attached_times.append(attached_time)
        bare_times.append(bare_time)
    ratio = statistics.median(ratios)
    app_ms, bare_ms = statistics.median(app_times) * 1000, statistics.median(bare_times) * 1000
    rows.append(
        (
            "start-up to a populated window / bare window",
            f"{ratio:.2f}× ({app_ms:.0f} ms vs {bare_ms:.0f} ms)",
            "≤ 2.0×",
            ratio <= 2.0,
        )
    )
    rows.append(
        (
            "… until the full store is attached",
            f"{statistics.median(attached_times) * 1000:.0f} ms",
            "—",
            True,
        )
    )
    memory_ratio = statistics.median(memory_ratios)
    rows.append(
        ("peak memory at the populated window / bare", f"{memory_ratio:.2f}×", "≤ 1.6×", memory_ratio <= 1.6)
    )
    attached_ratio = statistics.median(attached_memory_ratios)
    rows.append(("peak memory with the full store attached / bare", f"{attached_ratio:.2f}×", "—", True))

    app = make_application()
    use_flat_scroll_bars(app)  # as the running window has them once it is on screen
    settings = QSettings(str(scratch / "window.ini"), QSettings.Format.IniFormat)

    # step switching on the 2,000-topic roadmap
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    window.resize(1280, 800)
    window.attach(big, interactive=False)
    window.show()
    app.processEvents()
    step_ids = [s.id for s in big.reads.progress.status().steps]
    switch_times = []
    for index in range(200):
        started = time.perf_counter()
        window.select_step(step_ids[(index * 7 + 1) % len(step_ids)])
        app.processEvents()
        switch_times.append(time.perf_counter() - started)
    rows.append(_latency_row("step switch, 2,000 topics (median / p95)", switch_times, 16))
    window.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    window.close()

    # topic toggles with three years of sessions
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    window.resize(1280, 800)
    window.attach(years, interactive=False)
    window.show()
    app.processEvents()
    window.select_step("statistical-machine-learning")
    topics = [
        "statistical-machine-learning/supervised-learning/gradient-boosting-xgboost-lightgbm-catboost/xgboost",
        "statistical-machine-learning/unsupervised-learning/clustering-k-means-dbscan/dbscan",
    ]
    toggle_times = []
    for index in range(100):
        started = time.perf_counter()
        window.set_topic_status(topics[index % 2], "done" if index % 4 < 2 else "todo")
        app.processEvents()
        toggle_times.append(time.perf_counter() - started)
    rows.append(_latency_row("topic toggle (median / p95)", toggle_times, 30))

    # the statistics tab: figures and a full repaint
    canvas = window.viewer.statistics.canvas
    window.viewer.show_view("statistics")

    def refresh_statistics() -> None:
        window.viewer.statistics.set_statistics(compute_statistics(years.reads))
        canvas.repaint()

    stats_time = statistics.median(_time(refresh_statistics, 10)) * 1000
    rows.append(("statistics refresh", f"{stats_time:.0f} ms", "≤ 100 ms", stats_time <= 100))

    # step switching with the Notes tab shown: three years of notes, each with its revisions
    window.viewer.show_view("notes")
    years_steps = [s.id for s in years.reads.progress.status().steps]
    note_times = []
    for index in range(60):
        started = time.perf_counter()
        window.select_step(years_steps[index % len(years_steps)])
        window.checklist.setCurrentIndex(window.topic_model.index(0, 0))
        app.processEvents()
        note_times.append(time.perf_counter() - started)
    rows.append(_latency_row("step switch with notes shown (median / p95)", note_times, 16))
    window.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    window.close()

    # the report: three years, the whole history
    report_times = _time(lambda: write_report(years.reads, scratch / "report.pdf"), 3)
    report_time = statistics.median(report_times)
    rows.append(
        (
            f"report export ({sessions} sessions, 3 years)",
            f"{report_time:.2f} s",
            "≤ 1.5 s",
            report_time <= 1.5,
        )
    )

    # a 1 MB README: read and parsed into a roadmap, then written to the database
    readme = big_readme(scratch / "readme")
    readme_store = Tracker.open(scratch / "readme-data")
    read_roadmap_file(readme)  # the parser's first use builds its rules: not part of an import
    read_times, store_times = [], []
    for index in range(5):
        started = time.perf_counter()
        found = read_roadmap_file(readme)
        read_times.append(time.perf_counter() - started)
        roadmap = dataclasses.replace(found.roadmap, id=f"readme-{index}")
        store_times.extend(_time(lambda: readme_store.roadmaps.import_roadmap(roadmap), 1))  # noqa: B023
    readme_store.close()
    read_time, store_time = statistics.median(read_times), statistics.median(store_times)
    readme_mb = readme.stat().st_size / 1_000_000
    step_count, topic_count, link_count = found.roadmap.counts()
    import_times = [read + store for read, store in zip(read_times, store_times, strict=True)]
    import_time = statistics.median(import_times)
    rows.append(
        (
            f"import a {readme_mb:.1f} MB README ({step_count} steps, {topic_count} topics, "
            f"{link_count} links): read {read_time:.2f} s + store {store_time:.2f} s",
            f"{import_time:.2f} s",
            "≤ 2 s",
            import_time <= 2.0,
        )
    )

    # the command line
    years.close()
    command = [sys.executable, "-m", "studytracker", "--data-dir", str(years_dir), "status", "--json"]
    status_times = _time(lambda: subprocess.run(command, capture_output=True, check=True), 5)
    rows.append(
        ("status --json (a whole process)", f"{statistics.median(status_times) * 1000:.0f} ms", "—", True)
    )
    size = (years_dir / DATABASE_NAME).stat().st_size
    rows.append(("database size, 3 years", f"{size / 1048576:.1f} MB", "—", True))
    big.close()
    app.quit()

    width = max(len(r[0]) for r in rows)
    print(
        f"\nStudyTracker benchmark on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} ({RUNS} interleaved start-up runs)\n"
    )
    print(f"{'figure':<{width}}  {'measured':<36} {'budget':<12} ok")
    for name, measured, budget, ok in rows:
        print(f"{name:<{width}}  {measured:<36} {budget:<12} {'yes' if ok else 'NO'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
