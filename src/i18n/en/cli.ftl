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
leave-plan-head = Leave { $from } to { $to }: { $granted } of { $needed } days granted (at most { $bound } possible); { $served } of { $needing } officers get all their days; { $covers } covers by leaders; leave coverage { $coverage_before } -> { $coverage_after }; alarms { $alarms_before } -> { $alarms_after }
leave-col-unit = unit
leave-col-name = name
leave-col-officers = officers
leave-col-days = days
leave-col-coverage = leave cover
leave-who-cannot-go = Who cannot go, and why:

## simulate, suggest, apply

simulate-head = Scenario { $name }: { $moves } moves; alarms { $alarms_before } -> { $alarms_after }; worst load { $load_before } -> { $load_after }
simulate-move = { $officer } { $from_unit } -> { $to_unit } from { $date }: { $reason }
simulate-uncovered = { $hours } h of the unit's work could not be covered within 24 h a day
suggest-head = Suggested { $n } moves: worst load { $load_before } -> { $load_after }; alarms { $alarms_before } -> { $alarms_after }
suggest-optimal = {" "}(optimal)
suggest-above = , { $gap } above it
suggest-bound = In the load model (each unit's work shared by its officers): the best any allocation of the same officers could reach is { $integer } (whole officers), { $continuous } (divisible); { $searched } moves reach { $model }{ $reach }
suggest-note = suggested: worst load { $load_before } -> { $load_after } (bound { $integer } whole officers, { $continuous } divisible)
edit-problem = edit { $n }: { $why }
edits-do-not-apply = { $path } has edits that do not apply:
apply-wrote = wrote { $dir }: { $n } moves applied; check it with `forceplan check { $dir }`

## errors

error-prefix = error:
