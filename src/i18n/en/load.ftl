# Refusals of a bureau's files: where (file, line, column or cell), the
# value, and what was expected. The same messages as zh/load.ftl.

## Where a problem is, and its value

problem-cell = {", "}{ $cell }
problem-line = {", "}line { $line }
problem-column = {", "}column { $column }
problem-empty = : empty; { $expected }
problem-value = : "{ $value }"; { $expected }
problem-whole = : { $expected }
problems-more = { $file }: { $n } more problems not listed
did-you-mean = ; did you mean `{ $name }`?

## Tables and cells

load-header-twice = the header names this column twice; keep one
load-header-times = the header names this column { $n } times ({ $names }); keep one
load-header-has = ; the header has `{ $name }`?
load-header-missing = missing: the header has no column named { $column }{ $near }
load-expected = expected { $what }
load-date-range = expected a date between 1900-01-01 and 2100-12-31 (a typing error?)
load-date = expected a date as YYYY-MM-DD
load-empty = empty
load-one-of = expected one of { $codes }{ $near }

## What a cell holds (after "expected")

what-unit-id = a unit id
what-unit-name = the unit's name
what-officers-count = a whole number of officers, 0 or more
what-officer-id = an officer id
what-officer-name = the officer's name
what-hours-0-24 = a number of hours from 0 to 24
what-area-id = an area id
what-households = a whole number of households, 0 or more
what-residents = a whole number of residents, 0 or more
what-hours-overtime = a number of hours above 0 and at most 24
what-inspector = who inspected (a bureau office, the provincial department, ...)
what-hours-positive = a number of hours above 0
what-convener = who convened the meeting
what-attendees = a whole number of attending officers, 1 or more
what-id-of = the id of one of the { $table }
table-units = units
table-officers = officers

## Tables

load-no-such-id = no such id in the { $table } table
load-not-unique = { $what } must be unique; the same is on line { $first }
load-second-row = a second row for this officer and day; the first is { $first }
load-at-cell = at { $cell }
load-on-line = on line { $line }
load-hours-said = expected { $said }: the shift cell says { $said } h
load-rest-hours = expected 0: { $shift } is a rest code
load-no-hours = expected more than 0 hours for { $shift }
load-area-officer-elsewhere = expected an officer of this area's unit on the period's last day ({ $end }); this officer serves at { $unit } then
load-area-officer-away = expected an officer of this area's unit on the period's last day ({ $end }); this officer { $why }
load-second-assignment = a second assignment of this officer from this date; the first is on line { $first }
load-not-yet-serving = is not yet in service (service starts { $start })
load-out-of-bureau = is out of the bureau (assignments: leaves from { $from })
load-not-serving = expected a day the officer serves; { $officer } { $why } on { $date }

## rules.toml

rules-at-key = `{ $key }`: { $why }
rules-at-plain = { $key }: { $why }
rules-syntax = { $why }
rules-standard-week = expected a number of hours above 0 and at most 168, found { $found }
rules-unknown-rule = unknown rule{ $near }
rules-expected-table = expected a table such as [{ $key }] with warn and alarm, found { $found }
rules-unknown-key = unknown key{ $near }
rules-value = expected a number 0 or above, found { $found }
rules-order-above = warn = { $warn } is above alarm = { $alarm }; the warning must come at or before the alarm
rules-order-below = warn = { $warn } is below alarm = { $alarm }; this rule fires below its thresholds, so warn must be at least alarm

## shifts.toml and shift cells

shifts-syntax = { $why }
shifts-code = shift "{ $name }": code "{ $code }"; expected one of { $codes }
shifts-no-name = a shift needs a name
shifts-digits = shift "{ $name }": a name without digits (digits after a name are its hours)
shifts-hours = shift "{ $name }": hours from 0 to 24, found { $found }
shifts-rest = shift "{ $name }": { $shift } takes 0 hours
shifts-not-rest = shift "{ $name }": { $shift } takes more than 0 hours
shifts-cell-hours = expected hours from 0 to 24 after { $name }, found { $found }
shifts-cell = expected a shift code ({ $codes }) or a shift name ({ $names }){ $near }

## Files

load-not-utf8 = is not UTF-8 text; save it as UTF-8
load-unreadable = could not be read: { $why }

## Encodings and CSV

text-utf32 = the file is UTF-32; save it again as UTF-8: in Excel, Save As > "CSV UTF-8 (Comma delimited)"; in WPS, Save As > CSV and choose UTF-8 encoding
text-utf16 = the file is UTF-16 (Excel's "Unicode Text"); save it again as UTF-8: in Excel, Save As > "CSV UTF-8 (Comma delimited)"; in WPS, Save As > CSV and choose UTF-8 encoding
text-not-gbk = the file is neither UTF-8 nor GBK (byte { $byte } on line { $line } is not valid text); save it again as UTF-8: in Excel, Save As > "CSV UTF-8 (Comma delimited)"; in WPS, Save As > CSV and choose UTF-8 encoding
text-lone-cr = ends a line with CR alone (an old Mac line end) where other lines end with LF; save it again as "CSV UTF-8 (Comma delimited)"
text-after-quote = has text after the closing quote of a field; put the whole field in quotes
text-stray-quote = has a quote inside a field that does not start with one; put the whole field in quotes and double the quote ("")
text-open-quote = opens a quoted field that is never closed

## Files and sheets

source-no-roster = missing: a bureau needs a roster: roster.csv, roster.xlsx or roster.parquet (long, or a wide 排班表), or a folder roster/ (or 排班表/) of the stations' 排班表, in { $dir }
source-no-table = missing: a bureau needs a { $table } table ({ $table }.csv, { $table }.xlsx or { $table }.parquet) in { $dir }
source-several = more than one file for the { $table } table ({ $files }); keep exactly one
source-folder = is a folder, not a table
source-type = has a column of a type forceplan does not read ({ $kind }); store it as text, a number or a date
source-damaged = could not be read: the file is damaged or not what its extension says
source-empty = is empty: expected a header row
source-blank-first = has an empty first line: expected the header row on line 1
source-fields = has { $n } fields but the header has { $header }
source-bad-csv = is not a readable CSV file: { $why }
source-part-size = is refused: its part { $part } unpacks to { $size } MB, more than the { $limit } MB forceplan reads
source-part-run = is refused: its part { $part } holds a run of more than { $limit } MB of text or spaces between two tags ({ $run } bytes)
source-bad-xlsx = is not a readable .xlsx workbook: { $why }
source-bad-sheet = its sheet { $sheet } could not be read: { $why }
source-formula-error = a value, not a formula error
source-cell-far = is refused: cell { $cell } is beyond the { $rows } rows and { $columns } columns forceplan reads
source-cell-long = is refused: cell { $cell } holds more than { $limit } characters
source-cells = is refused: it has more than { $limit } cells with content
source-empty-sheet = its sheet { $sheet } is empty: expected a header row
source-no-sheet = has no sheet
source-empty-folder = holds no roster: expected the stations' 排班表 as .xlsx or .csv files
source-long-in-folder = is a long roster (officer_id, date, shift, hours): a folder of rosters holds wide 排班表; a long roster is one file, roster.csv, beside the other tables
source-bad-parquet = could not be read as a table ({ $why }); forceplan reads columns of text, numbers and dates
source-bad-column = has a column that cannot be read as text: { $why }

## Wide rosters (排班表)

wide-no-header = sheet { $sheet } has no header row: expected, in its first { $rows } rows, a row naming 警号 (or 工号, officer_id) or 姓名 and the days (1, 2... or dates)
wide-neither = is neither a long roster (officer_id, date, shift, hours) nor a wide 排班表: no sheet has a row naming 警号 or 姓名 and the days
wide-day = expected a day: a date, a day of a month (10/1, 10月1日) or a day number 1-31 that the month has
wide-needs-year = a day of the roster needs its year: name the sheet like 2025年10月 or write 2025年10月 in a title row above the header
wide-needs-month = a day of the roster needs its month and year: name the sheet like 2025年10月 or write 2025年10月 in a title row above the header
wide-day-twice = { $date } is also the day of column { $column }; each day once
wide-no-such-day = expected a day that { $year }年{ $month }月 has
wide-weekday = { $date } is a { $weekday }: is the month or the year of this sheet right?
wide-no-day = a value under no day: give its column a day in the header row
wide-unknown-id = no officer has this 警号 in the officers table
wide-other-name = the officers table names { $officer } { $name }: is this row another officer's?
wide-same-name = { $n } officers have this name ({ $ids }): give the 警号 in a 警号 column
wide-unknown-name = no officer has this name in the officers table
wide-whose = a row of shifts without 警号 or 姓名: whose are they?

## A bureau refused

load-not-a-folder = { $path } is not a folder (a bureau is a folder holding units, officers, roster and households tables)
load-folder-unreadable = { $path } could not be read: { $why }
load-refused-head =
    the bureau in { $dir } was refused: { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    } found

## Notes said when a bureau loads

note-and = { $a }; { $b }
note-gbk = { $file } is not UTF-8; it was read as GBK (GB18030), as Chinese Excel saves it
note-cr = { $file } ends its lines with CR alone ("CSV (Macintosh)"); it was read line by line
note-sheets-more = { $first }, ... { $last } (and { $n } more)
note-files = {" "}({ $n } files)
note-wide =
    { $file }{ $files } was read as a wide 排班表 (one column per day): { $n ->
        [one] { $n } sheet
       *[other] { $n } sheets
    } ({ $sheets }); { $officers } officers, { $days } days
note-skipped-sheets = sheets not read (not named like a month or without a header row): { $sheets }
note-skipped-columns = columns skipped: { $columns }
note-statutory = no holidays table: the PRC statutory holidays and adjusted working days of { $years } were used (built in, from the State Council's notices; a holidays table overrides them, an empty one means none)
note-calendar-missing =
    warning: the built-in calendar covers { $from }-{ $to }, not { $years }: holidays of { $n ->
        [one] that year
       *[other] those years
    } are not known and count as ordinary days; give a holidays table with them
