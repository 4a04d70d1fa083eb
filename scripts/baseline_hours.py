#!/usr/bin/env python3
"""The plain-Python baseline of the district-scale benchmark (scripts/bench-scale.sh).

Computes the hours-and-share part of the phase-1 check over a dataset folder's CSV files with the
csv module only: per assessed (not exempt) member, total and collective study hours (present,
make-up and home rows count; a row's own hours win over the session's; every form but self-study
is collective), then how many members are under the minimum hours and how many under two thirds
collective (compared exactly, in hundredths of an hour: 3 * collective < 2 * total).
Enum values are accepted in the Chinese and English forms the checker reads.

Usage: scripts/baseline_hours.py DIR [MIN_HOURS]     (prints one line: seconds and counts)
"""
import csv
import os
import sys
import time

ATTENDED = {"出席", "出勤", "到", "补课", "送学上门", "送课上门", "present", "makeup", "home"}
SELF_STUDY = {"自学", "self"}


def centi(text):
    """'2.5' -> 250: hours in hundredths, exactly."""
    whole, _, part = text.strip().partition(".")
    return int(whole or "0") * 100 + int((part + "00")[:2])


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def main():
    folder = sys.argv[1]
    min_hours = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    start = time.perf_counter()
    sessions = {}
    for s in rows(os.path.join(folder, "sessions.csv")):
        sessions[s["id"]] = (centi(s["hours"]), s["kind"].strip() not in SELF_STUDY)
    total = {}
    collective = {}
    for m in rows(os.path.join(folder, "members.csv")):
        if not (m.get("exempt_reason") or "").strip():
            total[m["id"]] = 0
            collective[m["id"]] = 0
    with open(os.path.join(folder, "attendance.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        i_session, i_member = header.index("session"), header.index("member")
        i_status, i_hours = header.index("status"), header.index("hours")
        for row in reader:
            if row[i_status] not in ATTENDED:
                continue
            session = sessions.get(row[i_session])
            member = row[i_member]
            if session is None or member not in total:
                continue
            hours = centi(row[i_hours]) if row[i_hours] else session[0]
            total[member] += hours
            if session[1]:
                collective[member] += hours
    short = sum(1 for t in total.values() if t < min_hours * 100)
    under = sum(1 for m, t in total.items() if t > 0 and 3 * collective[m] < 2 * t)
    seconds = time.perf_counter() - start
    print(f"python seconds={seconds:.3f} members={len(total)} short_of_hours={short} "
          f"under_two_thirds={under}")


if __name__ == "__main__":
    main()
