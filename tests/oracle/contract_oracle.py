#!/usr/bin/env python3
"""Independent reference implementation ("test oracle") of the forceplan data
contract v2 (../shared/spec/data-contract.md), written from the contract's
words only, with the Python 3.11 standard library.

v2: the optional `assignments` table (officer_id, unit_id, from) moves officers
between units or out of the bureau from a date, and service counts from
`service_start`. An officer's unit on day d is the unit_id of their assignment
row with the latest `from` <= d, else officers.unit_id; they are in service on
d when d >= service_start and that unit is not empty. Unit figures are over
the officer-days at the unit; new keys: unit `officer_days`, `headcount`,
officer `service_days`.

Usage:
    python3 tests/oracle/contract_oracle.py DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--rules FILE]

Reads the CSV tables of a bureau folder and prints the JSON report of
section 4 (`forceplan check DIR --format json`) on stdout.

The data is assumed valid (no validation is done). Cells are trimmed; empty
cells are empty strings. Where the contract is silent, the choice made is
written in a comment marked "CHOICE".
"""

import argparse
import csv
import datetime as dt
import json
import math
import sys
import tomllib
from pathlib import Path

DUTY_CODES = {"DAY", "NIGHT", "DUTY24"}
REST_CODES = {"OFF", "LEAVE", "COMP", "SICK"}

# Section 3, in the order of the rules table (flags are emitted in this order).
# (rule, applies_to, value key, warn, alarm, below, basis)
RULES = [
    ("avg_weekly_hours", "officer", "avg_weekly_hours", 48, 60, False,
     "40 h + the 36 h/month overtime cap is about 48 h"),
    ("max_weekly_hours", "officer", "max_weekly_hours", 60, 72, False, ""),
    ("monthly_overtime", "officer", "max_monthly_overtime", 36, 72, False,
     "Labour Law Art. 41: 36 h/month"),
    ("work_streak", "officer", "longest_work_streak", 6, 13, False,
     "one rest day a week"),
    ("comp_days_owed", "officer", "comp_days_owed", 3, 10, False, ""),
    ("households_per_officer", "officer", "households", 1000, 2000, False,
     "one area officer per about 3,000 residents"),
    ("load_ratio", "unit", "load_ratio", 1.10, 1.30, False,
     "saturation of the legal standard week"),
    ("understaffed_days", "unit", "understaffed_days", 0, 7, False, ""),
    ("households_per_community_officer", "unit", "households_per_community_officer",
     1000, 2000, False, ""),
    ("inspections_per_quarter", "unit", "max_inspections_per_quarter", 3, 6, False,
     "six inspection teams every quarter"),
    ("stacked_inspections", "unit", "stacked_inspection_days", 0, 2, False,
     "four inspection teams in one day"),
    ("meetings_per_week", "unit", "max_meetings_per_week", 2, 4, False,
     "six meetings in one week"),
    ("leave_coverage", "unit", "leave_coverage", 0.80, 0.50, True,
     "at least 80% of officers take leave each year"),
]
DEFAULT_STANDARD_WEEKLY_HOURS = 40


# ---------------------------------------------------------------- loading

def read_table(folder, name, required):
    """Rows of DIR/name.csv as dicts with lower-cased, trimmed column names
    and trimmed string values (missing/empty cells -> "")."""
    path = Path(folder) / f"{name}.csv"
    if not path.exists():
        if required:
            sys.exit(f"missing required table {path}")
        return []
    # CHOICE: a UTF-8 byte-order mark at the start of a file is tolerated.
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return []
        cols = [h.strip().lower() for h in header]
        rows = []
        for rec in reader:
            # CHOICE: completely blank lines are skipped.
            if not rec or all(c.strip() == "" for c in rec):
                continue
            row = {}
            for i, c in enumerate(cols):
                row[c] = rec[i].strip() if i < len(rec) else ""
            rows.append(row)
        return rows


def parse_date(s):
    return dt.date.fromisoformat(s.strip())


def num(s):
    return float(s) if s != "" else 0.0


def load_rules(folder, rules_file):
    """Defaults of section 3, overridden by --rules FILE, else DIR/rules.toml."""
    rules = {r[0]: {"warn": r[3], "alarm": r[4]} for r in RULES}
    swh = DEFAULT_STANDARD_WEEKLY_HOURS
    path = Path(rules_file) if rules_file else Path(folder) / "rules.toml"
    if rules_file or path.exists():
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for key, val in data.items():
            if key == "standard_weekly_hours":
                swh = val
            elif key in rules and isinstance(val, dict):
                for k in ("warn", "alarm"):
                    if k in val:
                        rules[key][k] = val[k]
            # CHOICE: the contract says an unknown key is an error; the data is
            # assumed valid here, so unknown keys are simply ignored.
    return swh, rules


def load_assignments(rows):
    """{officer_id: [(from, unit_id), ...] sorted by from}; unit_id "" means
    the officer is out of the bureau from that date."""
    out = {}
    for r in rows:
        out.setdefault(r["officer_id"], []).append(
            (parse_date(r["from"]), r.get("unit_id", "")))
    # CHOICE: the contract allows one row per (officer_id, from); the data is
    # assumed valid, and should two rows share a date the later line wins.
    for oid in out:
        out[oid].sort(key=lambda t: t[0])
    return out


# ---------------------------------------------------------------- helpers

def date_range(start, end):
    d = start
    one = dt.timedelta(days=1)
    while d <= end:
        yield d
        d += one


def completed_years(since, at):
    """Completed years of service from `since` to `at` (negative -> < 1)."""
    years = at.year - since.year
    # CHOICE: an anniversary is completed on the same month/day; a 29 Feb
    # start completes its anniversary on 1 Mar in non-leap years.
    if (at.month, at.day) < (since.month, since.day):
        years -= 1
    return years


def unit_on(officer, moves, d):
    """The officer's unit on day d ("" = out of the bureau): the unit_id of
    the assignment row with the latest `from` <= d, else officers.unit_id."""
    unit = officer["unit_id"]
    for frm, uid in moves:
        if frm <= d:
            unit = uid
        else:
            break
    return unit


def service_timeline(officer, moves, start, end):
    """Per day of the period: the unit the officer is at, in service, that
    day, or None when not in service (before service_start, or out of the
    bureau)."""
    service_start = parse_date(officer["service_start"])
    out = []
    for d in date_range(start, end):
        unit = unit_on(officer, moves, d)
        out.append(unit if d >= service_start and unit != "" else None)
    return out


def reported_unit(officer, moves, end):
    """Output `unit_id` of an officer: their unit on the period's last day,
    or, if they are out of the bureau then, the last unit they were at before
    leaving."""
    # CHOICE: this follows the assignment state only (not service_start): an
    # officer not (yet) in service on the last day, e.g. one whose
    # service_start is after the period, reports their unit on the last day
    # when it is not empty. When it is empty, the last non-empty unit in the
    # chain officers.unit_id, then the assignment rows dated <= the last day
    # in date order, is reported, even if the officer left before the period
    # or was never in service while there. officers.unit_id is never empty,
    # so there always is one.
    chain = [officer["unit_id"]] + [uid for frm, uid in moves if frm <= end]
    for uid in reversed(chain):
        if uid != "":
            return uid
    return officer["unit_id"]


def leave_entitlement(years):
    if years < 1:
        return 0
    if years < 10:
        return 5
    if years < 20:
        return 10
    return 15


def clean(x):
    """Plain JSON number: ints stay ints, floats are rounded to 6 decimals
    to hide binary noise (the contract compares to 0.01)."""
    if x is None:
        return None
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, int):
        return x
    return round(x, 6)


# ---------------------------------------------------------------- figures

def officer_figures(officers, roster, overtime, holidays, areas, assignments,
                    start, end):
    days = (end - start).days + 1
    period_days = list(date_range(start, end))
    # ISO weeks wholly inside the period: Mondays m with start <= m and m+6 <= end.
    full_weeks = [i for i, d in enumerate(period_days)
                  if d.weekday() == 0 and i + 6 < days]

    # roster[(oid)] -> {date: (shift, hours)}, period only
    ros = {}
    for r in roster:
        d = parse_date(r["date"])
        if start <= d <= end:
            ros.setdefault(r["officer_id"], {})[d] = (r["shift"], num(r["hours"]))
    # overtime entries in the period, per officer
    ot = {}
    for r in overtime:
        d = parse_date(r["date"])
        if start <= d <= end:
            ot.setdefault(r["officer_id"], []).append(
                (d, num(r["hours"]), r.get("compensated", "")))
    hh = {}
    for a in areas:
        if a.get("officer_id", ""):
            h, res = hh.get(a["officer_id"], (0, 0))
            hh[a["officer_id"]] = (h + int(a["households"]), res + int(a["residents"]))

    result = {}
    for o in officers:
        oid = o["officer_id"]
        my_ros = ros.get(oid, {})
        my_ot = ot.get(oid, [])
        moves = assignments.get(oid, [])
        timeline = service_timeline(o, moves, start, end)
        service_days = sum(1 for u in timeline if u is not None)

        daily = [0.0] * days
        daily_ot = [0.0] * days
        for d, (shift, hours) in my_ros.items():
            daily[(d - start).days] += hours
        ot_hours = 0.0
        outstanding = 0.0
        outstanding_rest_day = 0.0
        monthly = {}
        for d, hours, comp in my_ot:
            daily[(d - start).days] += hours
            daily_ot[(d - start).days] += hours
            ot_hours += hours
            monthly[(d.year, d.month)] = monthly.get((d.year, d.month), 0.0) + hours
            if d in holidays:
                cls = "holiday"
            elif d not in my_ros or my_ros[d][0] in REST_CODES:
                cls = "rest_day"
            else:
                cls = "extension"
            if comp == "":
                outstanding += hours
                if cls == "rest_day":
                    outstanding_rest_day += hours

        worked = sum(daily)
        max_week = max((sum(daily[i:i + 7]) for i in full_weeks), default=0.0)
        # The work streak runs over all the period's days (a day out of
        # service has no roster or overtime, so it is a rest day and breaks a
        # streak).
        streak = best = 0
        for h in daily:
            if h > 0:
                streak += 1
                best = max(best, streak)
            else:
                streak = 0
        rest_days = sum(1 for h, u in zip(daily, timeline)
                        if u is not None and not h > 0)
        service_start = parse_date(o["service_start"])
        h, res = hh.get(oid, (0, 0))
        result[oid] = {
            "officer_id": oid,
            "unit_id": reported_unit(o, moves, end),
            "service_days": service_days,
            "worked_hours": worked,
            "avg_weekly_hours": worked * 7 / service_days if service_days else 0.0,
            "max_weekly_hours": max_week,
            "overtime_hours": ot_hours,
            # CHOICE: 0 when the officer has no overtime in the period.
            "max_monthly_overtime": max(monthly.values(), default=0.0),
            "longest_work_streak": best,
            "rest_days": rest_days,
            "outstanding_overtime_hours": outstanding,
            # CHOICE: a 1e-9 tolerance so that binary noise (e.g. 23.9999999)
            # does not drop a whole day.
            "comp_days_owed": math.floor(outstanding_rest_day / 8 + 1e-9),
            "leave_entitlement_days": leave_entitlement(completed_years(service_start, start)),
            "leave_taken_days": sum(1 for s, _ in my_ros.values() if s == "LEAVE"),
            "households": h,
            "residents": res,
            # private helpers for the unit figures
            "_on_duty": {d for d, (s, _) in my_ros.items() if s in DUTY_CODES},
            "_daily": daily,
            "_daily_ot": daily_ot,
            "_timeline": timeline,
        }
    return result


def unit_figures(units, officers, off_figs, areas, inspections, meetings,
                 start, end, swh):
    days = (end - start).days + 1
    period_days = list(date_range(start, end))
    # Officer-days: (officer figures, day index) at each unit, in service.
    # Every roster / overtime hour counts at the unit the officer is at on
    # its date.
    # CHOICE: roster / overtime rows on a day the officer is not in service
    # are refused by the contract; the data is assumed valid, and were there
    # any, their hours would count for the officer but at no unit.
    od = {}
    last_day = {}  # unit -> officers in service there on the period's last day
    for o in officers:
        f = off_figs[o["officer_id"]]
        for i, uid in enumerate(f["_timeline"]):
            if uid is not None:
                od.setdefault(uid, []).append((f, i))
        if f["_timeline"] and f["_timeline"][-1] is not None:
            last_day.setdefault(f["_timeline"][-1], []).append((o, f))

    insp = {}
    for r in inspections:
        d = parse_date(r["date"])
        if start <= d <= end:
            insp.setdefault(r["unit_id"], []).append((d, num(r["hours"])))
    meet = {}
    for r in meetings:
        d = parse_date(r["date"])
        if start <= d <= end:
            meet.setdefault(r["unit_id"], []).append(
                (d, num(r["hours"]), int(float(r["attendees"]))))
    uhh = {}
    for a in areas:
        h, res = uhh.get(a["unit_id"], (0, 0))
        uhh[a["unit_id"]] = (h + int(a["households"]), res + int(a["residents"]))

    result = {}
    for u in units:
        uid = u["unit_id"]
        mine = od.get(uid, [])
        officer_days = len(mine)
        # CHOICE: `officers` is printed as an integer when officer_days is a
        # multiple of days (as v1's head count), else as a number with
        # decimals; the value is officer_days / days either way.
        n = officer_days // days if officer_days % days == 0 else officer_days / days
        at_end = last_day.get(uid, [])
        worked = sum((f["_daily"][i] for f, i in mine), 0.0)
        ot_hours = sum((f["_daily_ot"][i] for f, i in mine), 0.0)
        load = worked / (officer_days * swh / 7) if officer_days else 0.0

        min_on_duty = int(float(u["min_on_duty"])) if u.get("min_on_duty", "") else 0
        on_duty_count = {}
        for f, i in mine:
            d = period_days[i]
            if d in f["_on_duty"]:
                on_duty_count[d] = on_duty_count.get(d, 0) + 1
        # A unit without officers (that day) has 0 on duty.
        understaffed = sum(1 for d in period_days
                           if on_duty_count.get(d, 0) < min_on_duty)

        h, res = uhh.get(uid, (0, 0))
        community = sum(1 for o, _ in at_end if o["role"] == "community")
        hpco = h / community if community else None

        my_insp = insp.get(uid, [])
        per_quarter, per_day = {}, {}
        for d, _ in my_insp:
            q = (d.year, (d.month - 1) // 3)
            per_quarter[q] = per_quarter.get(q, 0) + 1
            per_day[d] = per_day.get(d, 0) + 1

        my_meet = meet.get(uid, [])
        per_week = {}
        for d, _, _ in my_meet:
            w = d.isocalendar()[:2]
            per_week[w] = per_week.get(w, 0) + 1
        meet_person_hours = sum((hrs * att for _, hrs, att in my_meet), 0.0)

        # leave_taken_days counts LEAVE days anywhere in the period, at
        # whatever unit the officer was then.
        entitled = [f for _, f in at_end if f["leave_entitlement_days"] > 0]
        coverage = (sum(1 for f in entitled if f["leave_taken_days"] >= 1) / len(entitled)
                    if entitled else None)

        result[uid] = {
            "unit_id": uid,
            "name": u["name"],
            "officers": n,
            "officer_days": officer_days,
            "headcount": len(at_end),
            "worked_hours": worked,
            "overtime_hours": ot_hours,
            "load_ratio": load,
            "understaffed_days": understaffed,
            "households": h,
            "residents": res,
            "community_officers": community,
            "households_per_community_officer": hpco,
            "inspections": len(my_insp),
            # CHOICE: 0 when there are no inspections / meetings in the period.
            "max_inspections_per_quarter": max(per_quarter.values(), default=0),
            "stacked_inspection_days": sum(1 for c in per_day.values() if c >= 2),
            "inspection_hours": sum((hrs for _, hrs in my_insp), 0.0),
            "meetings": len(my_meet),
            "max_meetings_per_week": max(per_week.values(), default=0),
            # sum(hours * attendees) / officers (officer-equivalents).
            "meeting_hours_per_officer": meet_person_hours / n if officer_days else 0.0,
            "leave_coverage": coverage,
        }
    return result


# ---------------------------------------------------------------- flags

def flags_for(kind, fig, rules):
    out = []
    for name, applies, key, _, _, below, basis in RULES:
        if applies != kind:
            continue
        warn, alarm = rules[name]["warn"], rules[name]["alarm"]
        value = fig[key]
        if name == "households_per_community_officer" and fig["community_officers"] == 0:
            if fig["households"] > 0:
                out.append(make_flag(name, "alarm", fig["households"], 0,
                                     "a unit with households but no community officer; alarm at",
                                     basis))
            continue
        if value is None:
            continue
        # CHOICE: comparisons are on the unrounded value.
        if below:
            if value < alarm:
                out.append(make_flag(name, "alarm", value, alarm, "below alarm", basis))
            elif value < warn:
                out.append(make_flag(name, "warn", value, warn, "below warn", basis))
        else:
            if value > alarm:
                out.append(make_flag(name, "alarm", value, alarm, "above alarm", basis))
            elif value > warn:
                out.append(make_flag(name, "warn", value, warn, "above warn", basis))
    return out


def make_flag(rule, severity, value, threshold, what, basis):
    msg = f"{rule} = {clean(value)}: {what} threshold {threshold}"
    if basis:
        msg += f" ({basis})"
    return {"rule": rule, "severity": severity, "value": clean(value),
            "threshold": clean(threshold), "message": msg}


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--rules")
    args = ap.parse_args(argv)
    folder = args.dir

    units = read_table(folder, "units", True)
    officers = read_table(folder, "officers", True)
    roster = read_table(folder, "roster", True)
    areas = read_table(folder, "households", True)
    overtime = read_table(folder, "overtime", False)
    inspections = read_table(folder, "inspections", False)
    meetings = read_table(folder, "meetings", False)
    holiday_rows = read_table(folder, "holidays", False)
    assignments = load_assignments(read_table(folder, "assignments", False))
    swh, rules = load_rules(folder, args.rules)

    # Period: first to last roster date; --from / --to each replace their end.
    # CHOICE: giving only one of --from/--to keeps the roster's other end.
    roster_dates = [parse_date(r["date"]) for r in roster]
    start = parse_date(args.date_from) if args.date_from else min(roster_dates)
    end = parse_date(args.date_to) if args.date_to else max(roster_dates)
    days = (end - start).days + 1

    # Only `holiday` entries make an overtime entry a holiday one;
    # `workday` entries (adjusted working days) have no effect on any figure.
    holidays = {parse_date(r["date"]) for r in holiday_rows
                if r.get("kind", "") == "holiday"}
    # CHOICE (docs/data-format.md, "The statutory calendar"): a bureau
    # without a holidays table keeps the PRC statutory calendar of its
    # roster's years, from the project's data file.
    if not (Path(folder) / "holidays.csv").exists():
        years = {d.year for d in roster_dates}
        data = Path(__file__).resolve().parents[2] / "data" / "cn-statutory-calendar.csv"
        with open(data, newline="", encoding="utf-8") as fh:
            holidays = {parse_date(r["date"]) for r in csv.DictReader(fh)
                        if r["kind"] == "holiday" and parse_date(r["date"]).year in years}

    off_figs = officer_figures(officers, roster, overtime, holidays, areas, assignments,
                               start, end)
    unit_figs = unit_figures(units, officers, off_figs, areas, inspections, meetings,
                             start, end, swh)

    out_units = []
    for uid in sorted(unit_figs):
        f = unit_figs[uid]
        row = {k: clean(v) if k != "name" and k != "unit_id" else v for k, v in f.items()}
        row["flags"] = flags_for("unit", f, rules)
        out_units.append(row)
    out_officers = []
    for oid in sorted(off_figs):
        f = off_figs[oid]
        row = {k: (v if k in ("officer_id", "unit_id") else clean(v))
               for k, v in f.items() if not k.startswith("_")}
        row["flags"] = flags_for("officer", f, rules)
        out_officers.append(row)

    report = {
        "period": {"start": start.isoformat(), "end": end.isoformat(), "days": days},
        "units": out_units,
        "officers": out_officers,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
