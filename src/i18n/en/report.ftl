# The report (HTML and Markdown) and the workbook: sheet names, headings,
# columns. The same messages as zh/report.ftl.

## The report

report-title = forceplan report: { $name }
report-intro = Period { $from } to { $to }. Before: the bureau's own figures. After: the figures of the bureau the scenario proposes (its officers where the scenario puts them, each changed unit's roster dealt again among them, docs/model.md), worked out exactly as `forceplan check` works them out.
report-sentence = { $text }.
report-summary = Summary
report-load = Load ratio by unit
report-units = Units, before -> after
report-alarms = Alarms after: { $n }
report-moves = Moves: { $n }
report-leave = Leave plan { $from } to { $to }: { $granted } of { $needed } days, { $covers } covers by leaders
report-exported = Exported at { $at } UTC by forceplan { $version }.
report-audit = Audit trail
report-new = (new)
report-leaves = (leaves)
report-col-unit = unit
report-col-name = name
report-col-officers = officers
report-col-load = load
report-col-hours = h/week
report-col-households = households per community officer
report-col-understaffed = understaffed days
report-col-meetings = meeting h/officer
report-col-leave = leave coverage
report-col-alarms = alarms
report-col-who = who
report-col-rule = rule
report-col-why = why
report-col-officer = officer
report-col-from = from
report-col-to = to
report-col-from-date = from date
report-col-reason = reason
report-col-days-granted = days granted / owed
report-col-officers-in-full = officers in full
report-col-shortfall = who cannot go, and why
report-col-edit = edit
report-col-input = input file
report-chart-label = load ratio by unit, before and after
report-chart-before = before { $value }
report-chart-after = after { $value }
report-chart-standard = 1.00 standard week
report-chart-alarm = 1.30 alarm

## The workbook

sheet-cover = Cover
sheet-summary = Summary
sheet-units = units
sheet-officers = officers
sheet-roster = roster
sheet-households = households
sheet-overtime = overtime
sheet-inspections = inspections
sheet-meetings = meetings
sheet-holidays = holidays
sheet-assignments = assignments
cover-export = forceplan export
cover-exported-at = exported at (UTC)
cover-period = period
cover-figures = figures
cover-figures-what = after: the bureau the scenario proposes (docs/model.md), worked out as forceplan check does
cover-edits = edits, in order
summary-unit = unit_id
summary-name = name
summary-officers-before = officers before
summary-officers-after = officers after
summary-load-before = load before
summary-load-after = load after
summary-hours-before = h/wk before
summary-hours-after = h/wk after
summary-households-after = hh per community officer after
summary-understaffed-before = understaffed days before
summary-understaffed-after = understaffed days after
summary-meetings-after = meeting h/officer after
summary-leave-after = leave coverage after
summary-alarms-after = alarms after

## The stations' roster workbooks

roster-id = officer_id
roster-name = name
roster-weekday = weekday
roster-total-work-days = work days
roster-total-nights = nights
roster-total-duties = 24h duties
roster-total-hours = hours
roster-on-duty = on duty
roster-minimum = minimum
roster-title = { $unit } roster, { $year }-{ $month }
roster-sheet = { $year }-{ $month }
roster-legend = Legend: green, leave or comp granted by the leave rotation; blue, a leader covering; grey, not at this unit that day; red, fewer on duty than the minimum; orange date, a statutory holiday; light blue date, an adjusted working day. Hours are rostered hours, overtime not included.
roster-weekday-1 = Mon
roster-weekday-2 = Tue
roster-weekday-3 = Wed
roster-weekday-4 = Thu
roster-weekday-5 = Fri
roster-weekday-6 = Sat
roster-weekday-7 = Sun

## Staffing need (check, the report)

staffing-title = Staffing need
staffing-sentence = Staffing need, by workload / (standard hours x availability { $availability }): { $need_warn } officers for every unit's load ratio to be within { $warn }, { $need_standard } within 1.0, against { $has } now. The units below their need lack { $short_warn } (within 1.0: { $short_standard }); moving officers alone can close { $moves_warn } of it ({ $moves_standard }), and the rest needs { $recruits_warn } recruits ({ $recruits_standard }).
staffing-col-unit = unit
staffing-col-name = name
staffing-col-has = has
staffing-col-need-warn = need (warn)
staffing-col-need-standard = need (1.0)
staffing-col-floor = floor
