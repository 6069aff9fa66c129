# The planner: screens, titles, columns, prompts and messages. The same
# messages as zh/planner.ftl, with the same arguments (a test holds them to
# it).

## Screens

screen-overview = Overview
screen-events = Inspections & meetings
screen-flags = Flags
screen-scenario = Scenario
screen-leave = Leave rotation
screen-compare = Compare
tab-overview = Overview
tab-events = Events
tab-flags = Flags
tab-scenario = Scenario
tab-leave = Leave
tab-compare = Compare

## Loading

source-sample = built-in sample
load-refused = The bureau in { $dir } was refused: { $n } problems
load-failed = The bureau could not be opened
load-no-period = No period to show
load-bug = forceplan failed while loading (a bug: please report it)
planner-needs-terminal = the planner needs a terminal; for scripts use `forceplan check DIR`
storage-nowhere = no place to keep scenarios (set FORCEPLAN_DATA_DIR or HOME)

## Messages of the scenario

msg-draft-kept = "{ $name }" has unsaved work, kept as a draft: { $key } opens it
msg-drafts-kept = { $n } scenarios have unsaved work, kept as drafts: { $key } opens them
msg-recovered = recovered { $name } ({ $n } edits)
msg-nothing-to-undo = nothing to undo
msg-nothing-to-redo = nothing to redo
msg-exporting = exporting { $name } ...
msg-not-changed = not changed: { $why }
msg-unpinned = { $officer } unpinned
msg-pinned = { $officer } pinned: suggestions will not move them

## The title bar and tables

title-bar = forceplan  !! { $alarms } alarms  ! { $warnings } warnings  { $units } units  { $officers } officers  { $from } to { $to }  { $source }
col-rest = rest
col-visits = visits
col-max-per-quarter = max/q
col-inspection-hours = insp h
col-meetings = mtgs
col-max-per-week = max/wk
col-meeting-hours-per-officer = h/off
col-severity = sev
col-who = who
col-rule = rule
col-value = value
col-limit = limit

## Compare and presentation

baseline = baseline
figure-load = load ratio
figure-weekly-hours = hours a week per officer
figure-households = households per community officer
figure-understaffed = days below the minimum on duty
figure-inspections = most inspection visits in a quarter
figure-meetings = meeting hours per officer
figure-leave = leave coverage (%)
figure-alarms = alarms
explain-load = The hours the unit's officers work, compared with the legal { $week }-hour week: 1.00 means each officer works { $week } hours a week on average; 2.00 means { $double }. Above { $warn } is a warning and above { $alarm } an alarm. A scenario shares the unit's same work among the officers it would have.
explain-weekly-hours = How many hours a week each officer of the unit works on average (the unit's work shared evenly). The legal week is { $week } hours; above { $warn } is a warning, above { $alarm } an alarm.
explain-households = How many registered households each community officer of the unit looks after. Above { $warn } is a warning and above { $alarm } an alarm; households with no community officer at all are an alarm.
explain-understaffed = On how many days of the period fewer officers were on duty than the unit's own minimum. More than { $warn } such days is a warning; more than { $alarm } an alarm. A scenario deals the unit's shifts among the officers it would have: with too few of them, days fall short.
explain-inspections = The most inspection visits the unit received in one quarter of the year. Above { $warn } is a warning and above { $alarm } an alarm: grassroots units report six inspection teams a quarter.
explain-meetings = Hours each officer of the unit spent in meetings called from above, over the period. Merging or cancelling meetings gives these hours back to the unit's own work.
explain-leave = Of the unit's officers entitled to annual leave, the share who took some. At least { $warn }% should; below { $alarm }% is an alarm.
explain-alarms = How many alarms the unit would have: each a figure past its alarm threshold.
mark-standard-week = the standard week: { $value }
mark-standard-week-hours = the standard week: { $value } h
mark-warning = warning above { $value }
chart-scale = full width { $value }: the largest of every unit and scenario
chart-mark-past = { $mark }: past every bar
pick-current = { $name } (current)
pick-at-most = at most { $n } scenarios side by side: uncheck one first
pick-at-least-one = check at least one scenario (Space)

## Frame, help and tables

status-loading = loading
status-refused = refused
loading = Loading { $source } ...
rows-of = rows { $first }-{ $last } of { $n }
help-title = Keys (any key closes)
shown-of = { $shown } of { $n }

## Overview, events and flags

overview-units = Units, worst first (alarms, then warnings, then load)
overview-rules = Flags by rule
overview-load = Load ratio (1.00 = the { $week } h standard week)
col-warnings = warns
scope-units = units
scope-officers = officers
rule-scope-basis = {" "}({ $who }): { $basis }
events-units = Inspections and meetings per unit
events-by-body = By inspecting body
events-visits = visits
events-hours-tied-up = h tied up
events-by-convener = By convener
events-meetings = meetings
events-officer-hours = officer-h
events-stacked-days = Days with two or more teams
events-units-count = units
events-who = who
none = none
all = all
flags-title = Flags  rule: { $rule }  severity: { $severity }  unit: { $unit }
flags-why = Why

## A unit

staff =
    { $n ->
        [one] { $n } officer
       *[other] { $n } officers
    }
staff-moving = officers ({ $equivalents } officer-equivalents over the period, { $n } at its end)
unit-officers = Officers
unit-per-community = { $n } per community officer
unit-no-community = no community officer
unit-no-areas = no areas
unit-head = { $kind }  { $staff }  min on duty { $min }
projected-by = projected by "{ $name }"
unit-as-it-is =
    as it is: { $staff }  load { $load } ({ $hours } h/wk)  short { $short ->
        [one] { $short } day
       *[other] { $short } days
    }  { $flags } flags
unit-load =
    load { $load } ({ $hours } h/wk)  short { $short ->
        [one] { $short } day
       *[other] { $short } days
    }  { $households } households ({ $per })  leave { $leave }
unit-events =
    { $visits ->
        [one] { $visits } visit
       *[other] { $visits } visits
    } (max { $max_quarter }/quarter, { $stacked } stacked)  { $meetings ->
        [one] { $meetings } meeting
       *[other] { $meetings } meetings
    } (max { $max_week }/week, { $per_officer } h/officer)
no-flags = no flags
unit-more-flags = +{ $n } more: every flag with its reason on the Flags screen (Tab)
unit-on-duty = On duty per day: lowest { $lowest }, minimum { $min },
unit-short-on = short on { $n } days
unit-spread = Officers by average weekly hours
unit-visits = Inspection visits
unit-visit = { $by } ({ $hours } h)
unit-meetings-by-week = Meetings by week
unit-week-of = week of { $monday }: { $n }
unit-visits-and-meetings = Visits and meetings

## An officer

officer-lives-in = lives in { $district }
officer-head = { $role }  { $unit }  since { $since } ({ $years } y)
officer-worked =
    worked { $worked } h, { $avg } h/wk avg, max week { $max } h, run of { $run ->
        [one] { $run } day
       *[other] { $run } days
    }, { $rest } rest days
officer-overtime = overtime { $total } h: extension { $extension } (150%), rest day { $rest_day } (200%), holiday { $holiday } (300%)
officer-owed =
    owed { $hours } h = { $comp } comp { $comp ->
        [one] day
       *[other] days
    }  leave { $taken } of { $entitled ->
        [one] { $entitled } day
       *[other] { $entitled } days
    }  { $households } households in { $areas } areas
officer-as-it-is = as it is: { $avg } h/wk avg, max week { $max } h, owed { $owed } h, { $flags } flags
officer-recruit = a recruit of the scenario
officer-weeks = weeks { $first }-{ $last } of { $n } (←/→)
officer-roster = Roster
officer-hours-per-week = Hours per week: most { $most }, standard { $standard }
officer-areas = Areas
officer-area = { $id }: { $households } households, { $residents } residents
officer-flags-and-areas = Flags and areas
legend-overtime = overtime
legend-DUTY24 = 24h duty
legend-DAY = day
legend-NIGHT = night
legend-TRAIN = training
legend-OFF = off
legend-LEAVE = leave
legend-COMP = comp
legend-SICK = sick
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
weekday-1 = Mo
weekday-2 = Tu
weekday-3 = We
weekday-4 = Th
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = Su

## Leave rotation

leave-none-yet = No leave plan in this scenario yet.
leave-how-1 = plans everyone's remaining annual leave and comp days over a window,
leave-how-2 = keeping every unit's minimum on duty every day; leaders may cover.
leave-how-3 = The plan is an edit of the scenario: undo, save and autosave as any other.
leave-table = Officers owed leave: [ ] move, - + length, x none
leave-window = Leave { $from } to { $to }
leave-summary = { $granted } of { $needed } days (at most { $bound })  { $served } of { $needing } officers in full  { $covers } covers
edit-not-applied = edit { $n } not applied: { $why }
leave-grid-key = spare staff: digits, 0 none spare, ! below the minimum, # blackout; H/L scroll
leave-grid = Spare staff per day, { $from } to { $to }

## The scenario screen

scenario-units = Units: before > after
recover-title = Recover?
recover-text = Unsaved work was left when the planner last stopped without quitting: "{ $name }", { $n } edits.
confirm-title = Write over it?
confirm-text = Saving "{ $name }": { $why }.
naming-new = New scenario: its name
naming-rename = Rename the scenario
naming-save-as = Save the scenario as
naming-name = name:
state-read-only = read-only
state-saved = saved
state-unsaved = unsaved: kept as a draft
state-new = new
scenario-head = { $edits } edits  { $moves } moves  { $pinned } pinned  alarms { $alarms_before } > { $alarms_after }  worst load { $load_before } > { $load_after }
scenario-problems = { $n } edits do not apply (marked in the list)
scenario-keys = { $add } add an edit, { $suggest } suggest moves, { $edits } the list of edits, { $save } save, { $export } export
scenario-no-edits = no edits yet: { $add } adds one, { $suggest } suggests moves
scenario-edits = Edits, in order
form-title = New edit ({ $keys })
preview-head = Up to { $max } moves: worst load { $load_before } > { $load_after }, alarms { $alarms_before } > { $alarms_after }
preview-reaches = reaches it
preview-above = is { $gap } above it
preview-bound = Load model: the best any allocation could reach is { $integer } (whole officers), { $continuous } (divisible); the search { $search }
preview-none = No move would lower the worst load.
preview-why = why: { $reason }
preview-title = Suggested moves ({ $keys })

## The form of a new edit

form-kind-move-officer = move an officer
form-kind-move-officers = move N officers of a role
form-kind-add-officers = add new officers
form-kind-remove-officer = an officer leaves
form-kind-min-on-duty = change min on duty
form-kind-reassign-area = reassign an area
form-kind-threshold = change a rule's thresholds
form-kind-merge-inspections = merge inspections into joint visits
form-kind-cap-inspections = cap inspections a quarter
form-kind-cancel-meetings = cancel a convener's meetings
form-kind-merge-meetings = merge a convener's meetings weekly
form-kind-plan-leave = plan leave in a window
field-officer = officer
field-to-unit = to unit
field-from-unit = from unit
field-from = from
field-unit = unit
field-role = role
field-count = count
field-min-on-duty = min on duty
field-area = area
field-rule = rule
field-warn = warn
field-alarm = alarm
field-per-quarter = per quarter
field-convener = convener
field-to = to
field-leaders-cover = leaders cover
field-min-block = min block
field-batch = batch
field-blackout = blackout
hint-field-officer = officer id, e.g. P0123
hint-field-unit = unit id, e.g. U09
hint-field-from = YYYY-MM-DD, empty: the period start
hint-field-any-unit = unit id, empty: every unit
hint-field-role = patrol, community, investigator, ...
hint-field-count = how many
hint-field-min-on-duty = officers on duty every day
hint-field-area = area id, e.g. A012
hint-field-area-officer = officer id of the area's unit, empty: nobody
hint-field-rule = e.g. load_ratio, or standard_weekly_hours
hint-field-unchanged = empty: unchanged
hint-field-per-quarter = visits kept a quarter
hint-field-convener = as in meetings, e.g. 县公安局党委
hint-field-first-day = first day, YYYY-MM-DD
hint-field-last-day = last day, YYYY-MM-DD
hint-field-leaders-cover = rest days each leader may cover, empty: none
hint-field-min-block = blocks of at least N days, empty: one block each
hint-field-batch = at most M of a unit away at once, empty: no limit
hint-field-blackout = dates or ranges: 2025-10-01..2025-10-07, 2025-11-11
form-needed = { $field }: needed
form-expected-date = { $field }: expected YYYY-MM-DD
form-expected-dates = { $field }: "{ $value }" is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD
form-expected-count = { $field }: expected a whole number
form-expected-number = { $field }: expected a number of 0 or more, found { $value }
form-expected-role = { $field }: one of { $roles }

## Scenario messages

col-owed = owed
col-given = given
col-blocks = blocks
col-officers-long = officers
col-meeting-hours = mtg h/off
col-flags = flags
msg-no-other-scenario = no other scenario yet
msg-opened = opened { $name }
name-already = that is its name already
name-exists = a scenario called "{ $name }" exists: choose another name
msg-new-scenario = new scenario: { $name }
msg-renamed = renamed "{ $from }" to "{ $to }"
msg-saving-as = saving as "{ $name }" ...
msg-not-saved = not saved: { $why }
msg-not-saved-yet = not saved yet: { $why }
msg-not-saved-choose = not saved: rename it ({ $rename }) or save it as another ({ $save_as })
leave-no-plan = no leave plan yet: { $key } plans leave over a window
leave-no-officer = no officer selected
leave-nothing-to-change = { $officer } has no leave to change
leave-at-first-day = the block starts on the window's first day
leave-nothing-to-shorten = no leave to shorten
msg-undone = undone
msg-redone = redone
msg-added = added: { $edit }
msg-removed = removed: { $edit }
outside-the-bureau = outside the bureau
preview-move = move { $officer } ({ $role }) from { $from } to { $to }
msg-no-move-accepted = no move accepted
msg-moves-added = { $n } suggested moves added
scenario-default-name = scenario { $n }
name-empty = a scenario needs a name
name-too-long = a name of at most 60 characters
name-control = a name without control characters

## Storage

storage-locked = the scenarios of this bureau are open in another planner: read-only
storage-locked-by = the scenarios of this bureau are open in another planner (process { $pid }): read-only
storage-other-scenario = { $file } holds another scenario, "{ $name }": saving would replace it
storage-changed = { $file } was changed on disk since this planner read it
storage-appeared = { $file } appeared on disk since this planner opened the bureau
storage-saved = saved to { $path }
storage-exported = exported to { $path }
storage-read-only = read-only: the scenarios of this bureau are open in another planner
storage-draft-failed = unsaved work not kept: { $why }

## Compare and presentation screens

compare-title = Compare: { $figure }
compare-units = Units: { $figure }
pick-head = baseline: always the first column
pick-title = Scenarios to compare
more = +{ $n } more
more-scenarios = +{ $n } more scenarios
legend-scenario = scenario
present-scenario-of =
    { $at } of { $n ->
        [one] { $n } scenario
       *[other] { $n } scenarios
    }
present-unit-of = { $at } of { $n } units
present-summary = { $moved } officers moved   alarms { $cleared } cleared, { $created } new   worst unit { $before } > { $after }
present-joins = joins { $unit }
present-leaves = leaves { $unit }
present-moves-here = Moves here: { $n }

## Counts of what is not shown

more-n = { $n } more

## The planner's own short column names

col-hh-co = hh/co
col-mtg-wk = mtg/wk

## The scenario's state

scenario-state = ({ $state })

## Lists

list-separator = {", "}

## A label before what it labels

labelled = { $label }:{" "}
