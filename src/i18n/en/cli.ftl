# The command line: --help of every command, and the tables and messages
# of simulate, suggest, apply, leave-plan, holidays, sample and export.
# The same messages as zh/cli.ftl.

## export

export-wrote = wrote { $dir }: tables (CSV), workbook.xlsx, each unit's roster ({ $rosters }/), report.md, report.html, audit.json

## holidays

holidays-not-covered = the built-in calendar covers { $first } to { $last } (the State Council's notices); for { $year } give the bureau a holidays table of its own
holidays-holiday = holiday
holidays-workday = worked (调休上班)
weekday-long-1 = Mon
weekday-long-2 = Tue
weekday-long-3 = Wed
weekday-long-4 = Thu
weekday-long-5 = Fri
weekday-long-6 = Sat
weekday-long-7 = Sun

## leave-plan

could-not-read = could not read { $path }
blackout-bad-line = { $path }, line { $line }: "{ $value }"; expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD
from-after-to = --from { $from } is after --to { $to }
leave-plan-head = Leave { $from } to { $to }: { $granted } of { $needed } days granted (at most { $bound } possible); { $served } of { $needing } officers get all their days; { $covers } covers by leaders; leave coverage { $coverage_before } -> { $coverage_after }; alarms { $alarms_before } -> { $alarms_after }; { $optimal } of { $units } units' plans proven optimal
leave-col-unit = unit
leave-col-name = name
leave-col-officers = officers
leave-col-days = days
leave-col-coverage = leave cover
leave-col-plan = plan
leave-optimal = optimal
leave-bounded = best found; at most { $officers } in full, { $days } days
leave-who-cannot-go = Who cannot go, and why:

## simulate, suggest, apply

simulate-head = Scenario { $name }: { $moves } moves; alarms { $alarms_before } -> { $alarms_after }; worst load { $load_before } -> { $load_after }
simulate-move = { $officer } { $from_unit } -> { $to_unit } from { $date }: { $reason }
simulate-staffing = Staffing need within { $level }: the units below their need lack { $short_before } -> { $short_after } officers, { $recruits_before } -> { $recruits_after } of them recruits once officers are moved (within 1.0: { $standard_before } -> { $standard_after })
simulate-uncovered = { $hours } h of the unit's work could not be covered within 24 h a day
suggest-head = Suggested { $n } moves{ $recruits }: worst load { $load_before } -> { $load_after }; alarms { $alarms_before } -> { $alarms_after }
suggest-optimal = : optimal for { $k } moves, with the fewest alarms of any such plan
suggest-recruits = {" "}and { $n } recruits
suggest-heuristic = : the best for { $k } moves, found by the heuristic (too many units times moves to choose the fewest alarms exactly)
suggest-above = , { $gap } above the best for { $k } moves (found by the heuristic)
suggest-bound = In the load model (each unit's work shared by its officers): the best worst load with at most { $k } moves{ $recruits } is { $best }; with unlimited moves, { $integer } (whole officers), { $continuous } (divisible). The plan reaches { $model }{ $reach }
suggest-note = suggested: worst load { $load_before } -> { $load_after } (bound { $integer } whole officers, { $continuous } divisible)
edit-problem = edit { $n }: { $why }
edits-do-not-apply = { $path } has edits that do not apply:
apply-wrote = wrote { $dir }: { $n } moves applied; check it with `forceplan check { $dir }`

## errors

error-prefix = error:

## --help: headings and flags

help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-help = Print help
help-version = Print version
help-subcommand = Print this message or the help of the given subcommand(s)

## --help: commands

cmd-forceplan = Workload and force-allocation planner for a public-security bureau's personnel office
cmd-forceplan-after = With no command, opens the planner on ./sample-data (or the built-in sample).
cmd-check = Load a bureau, compute every workload figure and flag what is overloaded
cmd-sample = Write a generated bureau (the sample, or a large one for benchmarks)
cmd-tui = Open the planner on a bureau (the default command)
cmd-simulate = Project a scenario: every unit before -> after
cmd-suggest = Suggest moves that relieve the worst units, with the bound on the best possible
cmd-apply = Write the bureau a scenario proposes to a new folder
cmd-leave-plan = Place every officer's remaining leave in a window, keeping each unit's minimum on duty
cmd-export = Write the bureau (or a scenario's proposal) as CSV, an Excel workbook and a report
cmd-holidays = Print a year's PRC statutory holidays and adjusted working days (as a holidays table)
cmd-help = Print this message or the help of the given subcommand(s)

## --help: arguments

arg-lang = Language of what people read: zh (中文) or en. Without it, the settings file's, else the locale's (LC_ALL, LC_MESSAGES, LANG: zh* is Chinese). Export's stations' rosters are in Chinese unless --lang en is given
arg-dir = The bureau folder
arg-check-dir = The bureau folder (units, officers, roster, households, ...)
arg-tui-dir = The bureau folder (default: ./sample-data, else the built-in sample)
arg-export-dir = The bureau folder (its whole roster period is exported)
arg-from = First day of the period (default: the roster's first date)
arg-to = Last day of the period (default: the roster's last date)
arg-rules = Rules file to use instead of DIR/rules.toml
arg-format = How to print the result: table (for people: summary, units worst first, officers with alarms; the default), json (the data contract's JSON) or csv (one row per flag)
arg-encoding = Encoding of the CSV files written: utf-8 (with a byte-order mark, as Excel and WPS open it; the default) or gb18030 (a superset of GBK, for older systems)
arg-sample-out = Folder to write (must not exist, or be empty)
arg-sample-officers = Number of officers (default: 360)
arg-sample-days = Number of days of roster, from 2025-01-01 (default: 365)
arg-sample-seed = Seed of the generator: the same seed gives the same bureau (default: 2025)
arg-sample-movements = Officers who move, join or leave during the period (an assignments table and service starts inside the period; default: 0)
arg-sample-force = Replace OUT if it already has files
arg-sample-format = How the bureau is written: station (as a personnel office keeps it: CSV with Chinese headers, the roster as each unit's 排班表 workbook in 排班表/; the default) or long (the contract's long tables: English headers and codes, roster.csv, for scripts and benchmarks)
arg-tui-ascii = Draw borders and bars in ASCII (for fonts that draw box characters two columns wide; also `ascii_borders = true` in the settings file)
arg-simulate-scenario = The scenario file (TOML)
arg-suggest-max_moves = At most this many moves (default: 10)
arg-suggest-recruits = New officers to place as well, where they cut the worst load most (default: 0)
arg-suggest-scenario = Suggest on top of this scenario (its pinned officers stay)
arg-suggest-pins = Officers that must not move (repeatable)
arg-suggest-allow_leaders = Leaders and instructors may move too
arg-suggest-out = Write the suggestion as a scenario file
arg-suggest-force = Replace --out if it exists
arg-apply-scenario = The scenario file (TOML)
arg-apply-out = The folder to write the proposed bureau to (never the input)
arg-apply-force = Replace NEWDIR if it has files
arg-leave-plan-window_from = First day of the window to place leave in
arg-leave-plan-window_to = Last day of the window
arg-leave-plan-blackout = Dates nobody may be away, besides the statutory holidays: one date (YYYY-MM-DD) or range (YYYY-MM-DD..YYYY-MM-DD) a line, # comments
arg-leave-plan-min_block = Blocks of at least N days (default: one block per officer)
arg-leave-plan-leaders_cover = Each leader may cover this many rest days (default: 0)
arg-leave-plan-batch = At most M of a unit away at once
arg-leave-plan-out = Write the proposed bureau (roster with the leave, and covers.csv) here
arg-leave-plan-force = Replace --out if it has files
arg-export-scenario = The scenario to export (default: the bureau as it is)
arg-export-to = The folder to write: CSV tables, workbook.xlsx, rosters/ (a 排班表 per unit), report.md, report.html, audit.json
arg-export-force = Replace OUT if it has files
arg-holidays-year = The year (the calendar covers the years of the State Council's notices built in)
arg-holidays-format = csv (the contract's holidays table: date, kind, name; the default) or table (a list for people)

## clap's refusals of a command line (Chinese; English uses clap's own)

arg-error-date-format = expected a date as YYYY-MM-DD
arg-error-date-range = expected a date between 1900-01-01 and 2100-12-31 (a typing error?)
arg-error-missing = the following required arguments were not provided: { $arg }
arg-error-unknown = unexpected argument '{ $arg }' found
arg-error-command = unrecognized subcommand '{ $command }'
arg-error-value = invalid value '{ $value }' for '{ $arg }'; possible values: { $valid }
arg-error-invalid = invalid value '{ $value }' for '{ $arg }': { $why }
arg-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
arg-error-no-command = a command is needed
arg-error-tip = tip: { $tip }
arg-error-more = For more information, try '--help'.

## sample

sample-wrote = wrote { $dir }: { $units } units, { $officers } officers, { $rows } roster rows

## check

note-prefix = note:
print-failed = could not print the report
