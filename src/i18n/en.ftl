# forceplan's messages in English. Every message here is also in zh.ftl,
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
