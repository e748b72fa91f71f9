#!/usr/bin/env python3
"""Side-by-side measurement for bench/run: median wall time and peak RSS (from wait4) of openapi-auth,
Redocly CLI and Spectral (OWASP ruleset) on the five largest corpus documents and a synthetic one,
then openapi-auth's scaling on 1/8, 1/4, 1/2 and all of the synthetic document. Prints Markdown."""
import os, statistics, subprocess, sys, time

RUNS = 5
# Spectral is stopped after this many seconds (SPECTRAL_TIMEOUT in the environment; it never finished the
# synthetic document within 30 minutes, and the table then shows the lower bound of its ratio).
SPECTRAL_TIMEOUT = int(os.environ.get("SPECTRAL_TIMEOUT", "1800"))


def measure(command, timeout=None):
    """(wall seconds, peak RSS in MB, exit code) of one run; output discarded."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            return None, None, "timeout"
        time.sleep(0.005)
    wall = time.monotonic() - start
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def median_of(command):
    walls, rss = [], []
    for _ in range(RUNS):
        wall, peak, _ = measure(command)
        walls.append(wall)
        rss.append(peak)
    return statistics.median(walls), statistics.median(rss)


def main():
    ours, redocly, spectral, node_dir, synthetic_dir = sys.argv[1:6]
    documents = sys.argv[6:]
    rows = []
    for document in documents:
        name = os.path.basename(document)
        ours_cmd = [ours, "lint", "--fail-on", "never", "--format", "json", document]
        redocly_cmd = [redocly, "lint", "--format=json", "--max-problems=10000000", document]
        measure(ours_cmd)
        measure(redocly_cmd)
        ours_walls, ours_rss, red_walls, red_rss = [], [], [], []
        for _ in range(RUNS):  # alternating, so drifts in the machine hit both alike
            wall, peak, _ = measure(ours_cmd)
            ours_walls.append(wall); ours_rss.append(peak)
            wall, peak, _ = measure(redocly_cmd)
            red_walls.append(wall); red_rss.append(peak)
        swagger2 = document_is_swagger2(document)
        ruleset = os.path.join(node_dir, "spectral-owasp-swagger2.yaml" if swagger2 else "spectral-owasp.yaml")
        spectral_wall, spectral_rss, spectral_exit = measure([spectral, "lint", "--ruleset", ruleset, "--format", "json",
                                                               "--quiet", document], SPECTRAL_TIMEOUT)
        row = (name, statistics.median(ours_walls), statistics.median(ours_rss), statistics.median(red_walls),
               statistics.median(red_rss), spectral_wall, spectral_rss, spectral_exit)
        rows.append(row)
        print("measured", row, file=sys.stderr, flush=True)
    print("| document | openapi-auth s | RSS MB | Redocly s | RSS MB | Spectral+OWASP s | RSS MB | ours/Redocly time | ours/Redocly RSS | Spectral/ours time |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, ow, orss, rw, rrss, sw, srss, sexit in rows:
        spectral_text = ("timeout > %d s" % SPECTRAL_TIMEOUT, "", "> %.0f×" % (SPECTRAL_TIMEOUT / ow)) if sw is None else (
            "%.1f" % sw, "%.0f" % srss, "%.0f×" % (sw / ow))
        print("| %s | %.2f | %.0f | %.2f | %.0f | %s | %s | %.2f | %.2f | %s |" % (
            name, ow, orss, rw, rrss, spectral_text[0], spectral_text[1], ow / rw, orss / rrss, spectral_text[2]))
    print()
    print("Scaling (openapi-auth, -Xmx1g, median of %d):" % RUNS)
    print()
    print("| synthetic document | operations | MB | s | RSS MB | time vs half the size |")
    print("|---|---:|---:|---:|---:|---:|")
    previous = None
    sizes = sorted((f for f in os.listdir(synthetic_dir) if f.startswith("synthetic-")),
                   key=lambda f: int(f.split("-")[1].split(".")[0]))
    for file in sizes:
        path = os.path.join(synthetic_dir, file)
        env_cmd = ["env", "OPENAPI_AUTH_JAVA_OPTS=-Xmx1g", ours, "lint", "--fail-on", "never", "--format", "json", path]
        wall, rss = median_of(env_cmd)
        operations = int(file.split("-")[1].split(".")[0])
        ratio = "" if previous is None else "%.2f" % (wall / previous)
        print("| %s | %d | %.1f | %.2f | %.0f | %s |" % (file, operations, os.path.getsize(path) / 1e6, wall, rss, ratio))
        previous = wall


def document_is_swagger2(path):
    with open(path, "rb") as f:
        head = f.read(4096)
    return b'"swagger"' in head or b"swagger:" in head


if __name__ == "__main__":
    main()
