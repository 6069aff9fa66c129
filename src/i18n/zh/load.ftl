# 数据文件的拒收说明：位置（文件、行、列或单元格）、值和期望。与 en/load.ftl 一一对应。

## Where a problem is, and its value

problem-cell = ，{ $cell }
problem-line = ，第 { $line } 行
problem-column = ，{ $column } 列
problem-empty = ：为空；{ $expected }
problem-value = ：“{ $value }”；{ $expected }
problem-whole = ：{ $expected }
problems-more = { $file }：另有 { $n } 处问题未列出
did-you-mean = ；是否是“{ $name }”？

## Tables and cells

load-header-twice = 表头中此列出现了两次；请只保留一个
load-header-times = 表头中此列出现了 { $n } 次（{ $names }）；请只保留一个
load-header-has = ；表头中有“{ $name }”，是否就是此列？
load-header-missing = 缺少此列：表头中没有名为 { $column } 的列{ $near }
load-expected = 应为：{ $what }
load-date-range = 应为 1900-01-01 至 2100-12-31 之间的日期（是否输错？）
load-date = 应为 YYYY-MM-DD 格式的日期
load-empty = 空
load-one-of = 应为以下之一：{ $codes }{ $near }

## What a cell holds (after "expected")

what-unit-id = 单位编号
what-unit-name = 单位名称
what-officers-count = 不小于 0 的整数人数
what-officer-id = 警号
what-officer-name = 民警姓名
what-hours-0-24 = 0 至 24 之间的小时数
what-area-id = 警务区编号
what-households = 不小于 0 的整数户数
what-residents = 不小于 0 的整数人口
what-hours-overtime = 大于 0 且不超过 24 的小时数
what-inspector = 检查单位（局机关科室、省厅……）
what-hours-positive = 大于 0 的小时数
what-convener = 会议的召集单位
what-attendees = 不小于 1 的整数参会人数
what-id-of = { $table }中的编号
table-units = 单位表
table-officers = 民警表

## Tables

load-no-such-id = { $table }中没有这个编号
load-not-unique = { $what } 不能重复；第 { $first } 行已有相同的
load-second-row = 同一民警同一天的第二行；第一行{ $first }
load-at-cell = 在 { $cell }
load-on-line = 在第 { $line } 行
load-hours-said = 应为 { $said }：班次单元格写的是 { $said } 小时
load-rest-hours = 应为 0：{ $shift } 是休息班次
load-no-hours = { $shift } 的时长应大于 0
load-area-officer-elsewhere = 应为时段最后一天（{ $end }）在本警务区所属单位的民警；该民警届时在 { $unit }
load-area-officer-away = 应为时段最后一天（{ $end }）在本警务区所属单位的民警；该民警{ $why }
load-second-assignment = 同一民警同一生效日期的第二条调动；第一条在第 { $first } 行
load-not-yet-serving = 尚未参加工作（{ $start } 参加工作）
load-out-of-bureau = 已不在本局（调动表：自 { $from } 起调离）
load-not-serving = 应为该民警在岗的日子；{ $officer } 在 { $date } { $why }

## rules.toml

rules-at-key = `{ $key }`：{ $why }
rules-at-plain = { $key }：{ $why }
rules-syntax = { $why }
rules-standard-week = 应为大于 0 且不超过 168 的小时数，实为 { $found }
rules-unknown-rule = 没有这条规则{ $near }
rules-expected-table = 应为形如 [{ $key }] 的表，含 warn 和 alarm，实为 { $found }
rules-unknown-key = 没有这个键{ $near }
rules-value = 应为不小于 0 的数，实为 { $found }
rules-order-above = warn = { $warn } 高于 alarm = { $alarm }；预警线不能高于告警线
rules-order-below = warn = { $warn } 低于 alarm = { $alarm }；此规则在低于阈值时触发，所以 warn 不能低于 alarm

## shifts.toml and shift cells

shifts-syntax = { $why }
shifts-code = 班次“{ $name }”：代码“{ $code }”；应为以下之一：{ $codes }
shifts-no-name = 班次需要名称
shifts-digits = 班次“{ $name }”：名称中不能有数字（名称后的数字是时长）
shifts-hours = 班次“{ $name }”：时长应在 0 至 24 之间，实为 { $found }
shifts-rest = 班次“{ $name }”：{ $shift } 的时长为 0
shifts-not-rest = 班次“{ $name }”：{ $shift } 的时长应大于 0
shifts-cell-hours = { $name } 后应为 0 至 24 的小时数，实为 { $found }
shifts-cell = 应为班次代码（{ $codes }）或班次名称（{ $names }）{ $near }

## Files

load-not-utf8 = 不是 UTF-8 文本；请另存为 UTF-8
load-unreadable = 无法读取：{ $why }

## Encodings and CSV

text-utf32 = 文件是 UTF-32 编码；请另存为 UTF-8：Excel 中“另存为 > CSV UTF-8（逗号分隔）”；WPS 中“另存为 > CSV”并选择 UTF-8 编码
text-utf16 = 文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为 UTF-8：Excel 中“另存为 > CSV UTF-8（逗号分隔）”；WPS 中“另存为 > CSV”并选择 UTF-8 编码
text-not-gbk = 文件既不是 UTF-8 也不是 GBK 编码（第 { $line } 行的字节 { $byte } 不是有效文字）；请另存为 UTF-8：Excel 中“另存为 > CSV UTF-8（逗号分隔）”；WPS 中“另存为 > CSV”并选择 UTF-8 编码
text-lone-cr = 有的行只以 CR 结尾（旧 Mac 的行尾），其他行以 LF 结尾；请另存为“CSV UTF-8（逗号分隔）”
text-after-quote = 字段的右引号后还有文字；请把整个字段放在引号内
text-stray-quote = 不以引号开头的字段中有引号；请把整个字段放在引号内，并把其中的引号写成两个（""）
text-open-quote = 有一个引号字段没有闭合

## Files and sheets

source-no-roster = 缺少排班表：{ $dir } 中应有 roster.csv、roster.xlsx 或 roster.parquet（长表，或按日一列的排班表），或存放各单位排班表的文件夹 roster/（或 排班表/）
source-no-table = 缺少 { $table } 表：{ $dir } 中应有 { $table }.csv、{ $table }.xlsx 或 { $table }.parquet
source-several = { $table } 表有不止一个文件（{ $files }）；请只保留一个
source-folder = 是文件夹，不是表
source-type = 有一列的类型本程序不能读取（{ $kind }）；请存为文本、数字或日期
source-damaged = 无法读取：文件已损坏，或与扩展名不符
source-empty = 是空的：应有表头行
source-blank-first = 第一行是空的：第 1 行应为表头
source-fields = 有 { $n } 个字段，而表头有 { $header } 个
source-bad-csv = 不是可读取的 CSV 文件：{ $why }
source-part-size = 不予读取：其中的 { $part } 解压后有 { $size } MB，超过本程序读取的上限 { $limit } MB
source-part-run = 不予读取：其中的 { $part } 在两个标记之间有超过 { $limit } MB 的连续文字或空格（{ $run } 字节）
source-bad-xlsx = 不是可读取的 .xlsx 工作簿：{ $why }
source-bad-sheet = 工作表 { $sheet } 无法读取：{ $why }
source-formula-error = 应为数值，而不是公式错误
source-cell-far = 不予读取：单元格 { $cell } 超出了本程序读取的 { $rows } 行、{ $columns } 列
source-cell-long = 不予读取：单元格 { $cell } 超过 { $limit } 个字符
source-cells = 不予读取：有内容的单元格超过 { $limit } 个
source-empty-sheet = 工作表 { $sheet } 是空的：应有表头行
source-no-sheet = 没有工作表
source-empty-folder = 没有排班表：应有各单位的排班表（.xlsx 或 .csv 文件）
source-long-in-folder = 是长表排班表（officer_id、date、shift、hours）：排班表文件夹中应为按日一列的排班表；长表排班表是一个文件 roster.csv，与其他表放在一起
source-bad-parquet = 无法作为表读取（{ $why }）；本程序读取文本、数字和日期列
source-bad-column = 有一列无法作为文本读取：{ $why }

## Wide rosters (排班表)

wide-no-header = 工作表 { $sheet } 没有表头行：前 { $rows } 行中应有一行写明 警号（或 工号、officer_id）或 姓名，以及各天（1、2……或日期）
wide-neither = 既不是长表排班表（officer_id、date、shift、hours），也不是按日一列的排班表：没有哪个工作表有一行写明 警号 或 姓名 以及各天
wide-day = 应为某一天：日期、某月某日（10/1、10月1日），或该月有的日号 1-31
wide-needs-year = 排班表的日期需要年份：请把工作表命名为 2025年10月 这样的形式，或在表头上方的标题行写上 2025年10月
wide-needs-month = 排班表的日期需要年月：请把工作表命名为 2025年10月 这样的形式，或在表头上方的标题行写上 2025年10月
wide-day-twice = { $date } 也是 { $column } 列的日期；每天只能有一列
wide-no-such-day = 应为 { $year }年{ $month }月 有的日子
wide-weekday = { $date } 是{ $weekday }：本表的年月对吗？
wide-no-day = 这个值不在任何一天之下：请在表头行为这一列写上日期
wide-unknown-id = 民警表中没有这个警号
wide-other-name = 民警表中 { $officer } 是 { $name }：这一行是否是另一名民警的？
wide-same-name = 有 { $n } 名民警同名（{ $ids }）：请在 警号 列中写明警号
wide-unknown-name = 民警表中没有这个姓名
wide-whose = 这一行班次没有 警号 或 姓名：是谁的？

## A bureau refused

load-not-a-folder = { $path } 不是文件夹（一个局的数据是一个文件夹，内有单位、民警、排班表和警务区等表）
load-folder-unreadable = 无法读取 { $path }：{ $why }
load-refused-head = { $dir } 中的数据未能载入：发现 { $n } 处问题

## Notes said when a bureau loads

note-and = { $a }；{ $b }
note-gbk = { $file } 不是 UTF-8 编码；已按中文版 Excel 保存的 GBK（GB18030）编码读取
note-cr = { $file } 的行尾只有 CR（“CSV（Macintosh）”）；已逐行读取
note-sheets-more = { $first }，……{ $last }（另有 { $n } 个）
note-files = （{ $n } 个文件）
note-wide = { $file }{ $files }已按排班表（按日一列）读取：{ $n } 个工作表（{ $sheets }）；{ $officers } 名民警，{ $days } 天
note-skipped-sheets = 未读取的工作表（名称不像月份或没有表头行）：{ $sheets }
note-skipped-columns = 跳过的列：{ $columns }
note-statutory = 没有节假日表：已使用内置的 { $years } 年国家法定节假日和调休上班日（据国务院办公厅通知；节假日表可覆盖，空表表示没有节假日）
note-calendar-missing = 注意：内置日历涵盖 { $from }-{ $to } 年，不含 { $years } 年：这 { $n } 年的节假日未知，按普通日计算；请提供含这些年份的节假日表
