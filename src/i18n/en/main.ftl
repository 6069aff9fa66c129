# forceplan's messages in English. Every message here is also in zh/,
# with the same arguments (a test holds them to it). Words follow
# docs/glossary.md.

## Counts

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}

## A flag: what is wrong, the threshold crossed, and its basis.

flag = { $what }; { $severity } { $side } { $limit } ({ $basis })
severity-alarm = alarm
severity-warn = warn
side-above = above
side-below = below

limit-hours = { $n } h
limit-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
limit-households = { $n } households
limit-number = { $n }

basis-avg_weekly_hours = the 40 h standard week plus the 36 h a month overtime cap is about 48 h
basis-max_weekly_hours = a single week far beyond the 40 h standard week
basis-monthly_overtime = Labour Law Art. 41: overtime at most 36 h a month
basis-work_streak = at least one rest day a week
basis-comp_days_owed = rest-day overtime is owed time off or 200% pay
basis-households_per_officer = one area officer per about 3,000 residents
basis-load_ratio = saturation of the legal standard week
basis-understaffed_days = the unit's own minimum on duty every day
basis-households_per_community_officer = one area officer per about 3,000 residents
basis-inspections_per_quarter = grassroots units report six inspection teams a quarter
basis-stacked_inspections = grassroots units report four inspection teams in one day
basis-meetings_per_week = grassroots units report six meetings in one week
basis-leave_coverage = at least 80% of officers take leave each year

what-avg_weekly_hours = averaged { $hours } h a week over { $days ->
    [one] { $days } day
   *[other] { $days } days
} of service (standard week { $std } h)
what-max_weekly_hours = worked { $hours } h in the week of { $week }
what-monthly_overtime = { $hours } h of overtime in { $month }
what-work_streak = worked { $n } days in a row without a rest day ({ $start } to { $end })
what-comp_days_owed = owed { $days ->
    [one] { $days } comp day
   *[other] { $days } comp days
} for { $hours } h of rest-day overtime neither paid nor given back
what-households_per_officer = holds { $households } households in { $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
}
what-load_ratio = its { $n ->
    [one] { $n } officer
   *[other] { $n } officers
} worked { $ratio } times the { $std } h standard week on average ({ $hours } h a week each)
what-load_ratio-moving = its officers ({ $equivalents } officer-equivalents over the period, { $n } at its end) worked { $ratio } times the { $std } h standard week on average ({ $hours } h a week each)
what-understaffed_days = fewer than { $min } on duty on { $n } of { $days } days
what-households_per_community_officer = { $per } households per community officer ({ $households } households, { $officers ->
    [one] { $officers } community officer
   *[other] { $officers } community officers
})
what-inspections_per_quarter = received { $n ->
    [one] { $n } inspection visit
   *[other] { $n } inspection visits
} in { $year } Q{ $quarter }
what-stacked_inspections = { $days ->
    [one] { $days } day
   *[other] { $days } days
} with two or more inspection teams
what-stacked_inspections-busiest = { $days ->
    [one] { $days } day
   *[other] { $days } days
} with two or more inspection teams (the most: { $most } teams on { $day })
what-meetings_per_week = { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
} in the week of { $week }
what-leave_coverage = only { $takers } of { $entitled } officers entitled to annual leave took any ({ $percent })
flag-no-community-officer = { $households } households and no community officer to hold them; alarm whenever households have no community officer ({ $basis })

## check --format table

check-summary = { $dir }  { $from } to { $to } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})  { $units } units  { $officers } officers  { $alarms }  { $warnings }
check-alarms = { $n } alarms
check-warnings = { $n } warnings
check-units = Units, worst first
check-officers = Officers with alarms ({ $n })
check-why = Why these are alarms
check-why-line = alarm { $side } { $limit }; { $basis }
check-warned-only = { $n } more officers have warnings only. Every flag with its full explanation: --format json or --format csv.
badge-alarm = ALARM
badge-warn = warn
badge-ok = ok

col-unit = unit
col-name = name
col-kind = kind
col-officers = off
col-load = load
col-short = short
col-households-per-community = hh/comm
col-inspections-per-quarter = insp/q
col-stacked = stack
col-meetings-per-week = meet/wk
col-leave = leave
col-officer = officer
col-officer-name = name
col-role = role
col-hours-per-week = h/wk
col-max-week = max wk
col-streak = streak
col-comp = comp
col-households = hh
col-alarms = alarms

## Unit kinds and officers' roles (the data format's codes, for people)

kind-station = station
kind-criminal = criminal
kind-patrol = patrol
kind-traffic = traffic
kind-special = special
kind-office = office
kind-other = other
role-leader = leader
role-instructor = instructor
role-community = community
role-patrol = patrol
role-investigator = investigator
role-traffic = traffic
role-staff = staff

## Rules by name (English keeps the ids)

rule-avg_weekly_hours = avg_weekly_hours
rule-max_weekly_hours = max_weekly_hours
rule-monthly_overtime = monthly_overtime
rule-work_streak = work_streak
rule-comp_days_owed = comp_days_owed
rule-households_per_officer = households_per_officer
rule-load_ratio = load_ratio
rule-understaffed_days = understaffed_days
rule-households_per_community_officer = households_per_community_officer
rule-inspections_per_quarter = inspections_per_quarter
rule-stacked_inspections = stacked_inspections
rule-meetings_per_week = meetings_per_week
rule-leave_coverage = leave_coverage

## A scenario in one line

summary-line = { $moved } officers moved; alarms { $before } -> { $after } ({ $cleared } cleared, { $created } created); worst unit { $worst_before } { $load_before } -> { $worst_after } { $load_after }; leave { $leave } days, comp { $comp } days

## Scenario edits in one line

edit-from = {" "}from { $date }
edit-at = {" "}at { $unit }
edit-everywhere = {" "}everywhere
edit-move-officer = move { $officer } to { $to }{ $from }
edit-move-officers = move { $count } { $role } from { $unit } to { $to }{ $from }
edit-add-officers = add { $count } new { $role } to { $unit }{ $from }
edit-remove-officer = { $officer } leaves{ $from }
edit-min-on-duty = { $unit }: min on duty { $min }
edit-area-to = area { $area } to { $officer }
edit-area-unassigned = area { $area } unassigned
edit-threshold = rule { $rule }:{ $warn }{ $alarm }
edit-threshold-warn = {" "}warn { $value }
edit-threshold-alarm = {" "}alarm { $value }
edit-merge-inspections = joint inspection visits{ $at }
edit-cap-inspections = at most { $n } visits a quarter{ $at }
edit-cancel-meetings = cancel { $convener }'s meetings{ $at }
edit-merge-meetings = merge { $convener }'s meetings weekly{ $at }
edit-plan-leave = plan leave { $from } to { $to } (leaders cover up to { $cover })
edit-no-leave = { $officer }: no leave
edit-leave-block = { $officer }: leave from { $start }, { $days } days

## The settings file

config-refused = the settings file is refused: { $why }

## Why an edit does not apply, and why an officer moves

problem-no-officer = no officer { $officer }
problem-no-unit = no unit { $unit }
problem-no-area = no area { $area }
problem-no-rule = no rule { $rule }
problem-rules = { $why }
problem-owed-nothing = { $officer } is owed no leave or comp days
problem-owed-fewer = { $officer } is owed { $owed } days, not { $days }
problem-outside-window = { $date } is outside the window { $from } to { $to }
problem-not-serving = { $officer } does not serve in the window { $from } to { $to }
problem-blackout = { $date } is a blackout date
problem-batch-full = { $n } of { $unit } are already away on { $date }
problem-below-minimum = { $unit } would fall below { $min } on duty on { $date }
problem-too-few-days = only { $n } work days from { $start } to the window's end
problem-window-backwards = the window ends ({ $to }) before it starts ({ $from })
problem-window-outside = the window { $from } to { $to } is not inside the roster's period { $first } to { $last }
problem-no-leave-plan = no leave plan comes before this edit
problem-move-none = move at least 1 officer
problem-add-none = add at least 1 recruit
problem-batch-zero = a batch of at least 1 officer (or none: no limit)
problem-cover-too-long = leaders can cover at most the window's { $days } days, not { $cover }
problem-block-too-long = a shortest block of at most the window's { $days } days
problem-outside-period = { $date } is outside the period { $from } to { $to }
problem-out-of-bureau = { $officer } is out of the bureau on { $date }
problem-already-there = { $officer } is already at { $unit }
problem-too-few-to-move = { $unit } has only { $n } { $role } officers that can move (not pinned) on { $date }
problem-too-many-recruits = at most { $max } recruits in one scenario ({ $have } already)
problem-minimum-too-high = a minimum of { $min } on duty is more than the bureau's { $staff } officers
problem-not-at-unit = { $officer } does not serve at { $unit } on the period's last day
reason-planner = chosen by the planner
reason-given = { $text }
reason-recruit = new recruit
reason-leaves = leaves the bureau
reason-picked = { $years } years of service, { $role } at { $unit }
reason-picked-near = lives in { $home } (the receiving unit's area); { $years } years of service, { $role } at { $unit }

## Why a move is suggested

reason-suggested =
    { $years ->
        [one] { $years } year
       *[other] { $years } years
    } of service; { $to } has the highest load that can be relieved, { $from } can spare an officer above its staffing floor
reason-suggested-near = lives in { $home } (the receiving unit's area); { $rest }

## Why a unit's officers cannot all take their leave

range = { $from } to { $to }
shortfall-more = {" "}and { $n } more periods
shortfall-tight = no one spare on { $days }{ $more }
shortfall-blackouts = someone is spare every day, but the blackouts ({ $days }{ $more }) leave no run of work days long enough
shortfall-batch = someone is spare every day, but at most { $m } may be away at once, and that many are away on { $days }{ $more }
shortfall-own-days = someone is spare every day, but they have fewer work days in the window than they are owed
shortfall-fix =
    about { $n ->
        [one] { $n } more officer
       *[other] { $n } more officers
    }, or min_on_duty { $min } -> { $lower }, would fit everyone
shortfall-fix-more =
    about { $n ->
        [one] { $n } more officer
       *[other] { $n } more officers
    } would fit everyone (no lower minimum on duty would)
shortfall-fix-block =
    leave in blocks of at least { $m ->
        [one] { $m } day
       *[other] { $m } days
    } would fit everyone
shortfall-fix-batch = { $m } away at once would fit everyone
shortfall-fix-none = neither shorter blocks nor more away at once would fit everyone: it needs a longer window or more officers on duty
shortfall-fix-window = only a longer window would fit everyone
shortfall =
    { $unit } { $name }, { $from } to { $to }: { $n ->
        [one] { $n } officer
       *[other] { $n } officers
    } cannot take all their days ({ $short ->
        [one] { $short } day
       *[other] { $short } days
    } short); { $why }; { $fix }

## Errors of the core said in the reader's language

period-empty-roster = the roster table (roster.csv, .xlsx or .parquet in the bureau's folder) has no rows, so there is no period to check; give --from and --to
period-reversed = the period would end ({ $end }) before it starts ({ $start })
store-exists = { $path } already exists and is not empty; choose a new folder or pass --force to replace it
store-input = { $path } is one of the input files or folders; write somewhere else
store-io = could not write { $path }: { $why }
sample-too-big = --officers must be from 1 to 100000 and --days from 1 to 3660

## Exports and scenario files

export-edit-fails = edit { $n } of the scenario does not apply: { $why }
export-no-workbook = could not make the workbook: { $why }
export-no-roster = could not make the roster of { $unit }: { $why }
scenario-syntax = { $why }
scenario-newer = scenario schema { $found } is newer than this forceplan reads ({ $schema }); update forceplan

## The settings file

config-syntax = { $why }
config-lang = lang = "{ $value }": expected "zh" or "en"
config-not-utf8 = { $path } is not UTF-8 text
config-in = { $path }: { $why }
config-unreadable = { $path } could not be read: { $why }
