# 命令行：各命令的 --help，以及 simulate、suggest、apply、leave-plan、holidays、sample、export 的表格和消息。与 en/cli.ftl 一一对应。

## export

export-wrote = 已写入 { $dir }：各表（CSV）、workbook.xlsx、各单位排班表（{ $rosters }/）、report.md、report.html、audit.json

## holidays

holidays-not-covered = 内置日历涵盖 { $first } 至 { $last } 年（国务院办公厅通知）；{ $year } 年请为本局提供自己的节假日表
holidays-holiday = 法定节假日
holidays-workday = 调休上班
weekday-long-1 = 周一
weekday-long-2 = 周二
weekday-long-3 = 周三
weekday-long-4 = 周四
weekday-long-5 = 周五
weekday-long-6 = 周六
weekday-long-7 = 周日

## leave-plan

could-not-read = 无法读取 { $path }
blackout-bad-line = { $path }，第 { $line } 行：“{ $value }”；应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD
from-after-to = --from { $from } 晚于 --to { $to }
leave-plan-head = 轮休 { $from } 至 { $to }：安排 { $granted } 天/应休 { $needed } 天（最多可安排 { $bound } 天）；{ $served }/{ $needing } 名民警休满；领导顶岗 { $covers } 次；休假率 { $coverage_before } -> { $coverage_after }；告警 { $alarms_before } -> { $alarms_after }；{ $optimal }/{ $units } 个单位的方案已证明最优
leave-col-unit = 单位
leave-col-name = 名称
leave-col-officers = 休满/人数
leave-col-days = 已排/应休
leave-col-coverage = 休假率
leave-col-plan = 方案
leave-optimal = 最优
leave-bounded = 已找到的最好方案；至多 { $officers } 人休满、{ $days } 天
leave-who-cannot-go = 未能安排的人员及原因：

## simulate, suggest, apply

simulate-head = 方案 { $name }：调动 { $moves } 人；告警 { $alarms_before } -> { $alarms_after }；最重负荷 { $load_before } -> { $load_after }
simulate-move = { $officer } { $from_unit } -> { $to_unit }，自 { $date } 起：{ $reason }
simulate-staffing = 警力需求（负荷比 { $level } 以内）：低于需求的单位共缺 { $short_before } -> { $short_after } 人，调配之后仍需新招 { $recruits_before } -> { $recruits_after } 人（1.0 以内：缺 { $standard_before } -> { $standard_after } 人）
simulate-uncovered = 本单位有 { $hours } 小时的工作无法在每天 24 小时内安排
suggest-head = 建议调动 { $n } 人{ $recruits }：最重负荷 { $load_before } -> { $load_after }；告警 { $alarms_before } -> { $alarms_after }
suggest-optimal = ：{ $k } 次调动内最优，且告警最少
suggest-recruits = ，新增 { $n } 名新警
suggest-heuristic = ：{ $k } 次调动内最好，由启发式算法得出（单位数乘调动数太大，无法精确求告警最少）
suggest-above = ，比 { $k } 次调动内最好的高 { $gap }（启发式算法得出）
suggest-bound = 按负荷模型（各单位工作量由其民警分担）：至多 { $k } 次调动{ $recruits }，最重负荷最好为 { $best }；调动次数不限，最好为 { $integer }（按整人计），{ $continuous }（可分计）。本方案达到 { $model }{ $reach }
suggest-note = 建议：最重负荷 { $load_before } -> { $load_after }（下界：按整人计 { $integer }，可分计 { $continuous }）
edit-problem = 第 { $n } 项调整：{ $why }
edits-do-not-apply = { $path } 中有未能生效的调整：
apply-wrote = 已写入 { $dir }：已应用 { $n } 项调动；可用 `forceplan check { $dir }` 检查

## errors

error-prefix = 错误：

## --help: headings and flags

help-usage = 用法：
help-commands = 命令
help-arguments = 参数
help-options = 选项
help-help = 显示帮助
help-version = 显示版本
help-subcommand = 显示本帮助，或指定命令的帮助

## --help: commands

cmd-forceplan = 公安局政治处（人事）的工作量测算与警力调配规划工具
cmd-forceplan-after = 不带命令时，在 ./sample-data（或内置示例）上打开规划界面。
cmd-check = 载入一个局的数据，计算各项工作量指标，标出超负荷之处
cmd-sample = 生成一个局的数据（示例，或用于性能测试的大规模数据）
cmd-tui = 在一个局的数据上打开规划界面（默认命令）
cmd-simulate = 推算一个方案：各单位调整前 -> 调整后
cmd-suggest = 建议能缓解负荷最重单位的调动，并给出可能达到的最优下界
cmd-apply = 把方案所提出的局写入一个新文件夹
cmd-leave-plan = 在一个时段内为每名民警安排剩余休假，保持各单位最低在岗人数
cmd-export = 把局（或方案所提出的局）导出为 CSV、Excel 工作簿和报告
cmd-holidays = 列出某年的国家法定节假日和调休上班日（节假日表格式）
cmd-help = 显示本帮助，或指定命令的帮助

## --help: arguments

arg-lang = 界面和输出的语言：zh（中文）或 en（英文）。不指定时按设置文件，否则按系统区域设置（LC_ALL、LC_MESSAGES、LANG：zh 开头为中文）。导出的各单位排班表除非指定 --lang en，否则为中文
arg-dir = 局的数据文件夹
arg-check-dir = 局的数据文件夹（单位、民警、排班表、警务区……）
arg-tui-dir = 局的数据文件夹（默认：./sample-data，否则为内置示例）
arg-export-dir = 局的数据文件夹（导出其排班表的整个时段）
arg-from = 时段的第一天（默认：排班表的第一天）
arg-to = 时段的最后一天（默认：排班表的最后一天）
arg-rules = 使用此规则文件，而不用 DIR/rules.toml
arg-format = 输出格式：table（供人阅读：摘要、问题最重的单位在前、有告警的民警；默认）、json（数据约定的 JSON）或 csv（每项告警/预警一行）
arg-encoding = 写出的 CSV 文件的编码：utf-8（带 BOM，Excel 和 WPS 可直接打开；默认）或 gb18030（GBK 的超集，供旧系统使用）
arg-sample-out = 要写入的文件夹（须不存在或为空）
arg-sample-officers = 民警人数（默认：360）
arg-sample-days = 排班天数，从 2025-01-01 起（默认：365）
arg-sample-seed = 生成器的种子：同样的种子生成同样的局（默认：2025）
arg-sample-movements = 期内调动、新入职或离开的民警人数（生成调动表，以及期内开始的参加工作时间；默认：0）
arg-sample-force = OUT 中已有文件时予以替换
arg-sample-format = 局的写出方式：station（按政治处的保存方式：中文表头的 CSV，排班表为 排班表/ 下各单位的工作簿；默认）或 long（数据约定的长表：英文表头和代码、roster.csv，供脚本和性能测试使用）
arg-tui-ascii = 用 ASCII 字符画边框和条形（适用于把制表符显示为两列宽的字体；也可在设置文件中写 `ascii_borders = true`）
arg-simulate-scenario = 方案文件（TOML）
arg-suggest-max_moves = 最多调动这么多人（默认：10）
arg-suggest-recruits = 另外安排这么多名新警，放在最能降低最重负荷的单位（默认：0）
arg-suggest-scenario = 在此方案的基础上提出建议（方案中锁定的民警不动）
arg-suggest-pins = 不得调动的民警（可重复给出）
arg-suggest-allow_leaders = 领导和教导员也可调动
arg-suggest-out = 把建议写成方案文件
arg-suggest-force = --out 已存在时予以替换
arg-apply-scenario = 方案文件（TOML）
arg-apply-out = 写入方案所提出的局的文件夹（不能是输入文件夹）
arg-apply-force = NEWDIR 中已有文件时予以替换
arg-leave-plan-window_from = 安排休假的时段的第一天
arg-leave-plan-window_to = 时段的最后一天
arg-leave-plan-blackout = 除法定节假日外不安排休假的日期：每行一个日期（YYYY-MM-DD）或日期段（YYYY-MM-DD..YYYY-MM-DD），# 后为注释
arg-leave-plan-min_block = 每次至少连休 N 天（默认：每人一次休完）
arg-leave-plan-leaders_cover = 每名领导可顶岗的休息日天数（默认：0）
arg-leave-plan-batch = 同一单位同时休假最多 M 人
arg-leave-plan-out = 把安排后的局（含休假的排班表和 covers.csv）写到这里
arg-leave-plan-force = --out 中已有文件时予以替换
arg-export-scenario = 要导出的方案（默认：局的现状）
arg-export-to = 要写入的文件夹：CSV 各表、workbook.xlsx、rosters/（各单位的排班表）、report.md、report.html、audit.json
arg-export-force = OUT 中已有文件时予以替换
arg-holidays-year = 年份（内置日历涵盖已收录的国务院办公厅通知的年份）
arg-holidays-format = csv（数据约定的节假日表：date、kind、name；默认）或 table（供人阅读的列表）

## clap's refusals of a command line (Chinese; English uses clap's own)

arg-error-date-format = 应为 YYYY-MM-DD 格式的日期
arg-error-date-range = 应为 1900-01-01 至 2100-12-31 之间的日期（是否输错？）
arg-error-missing = 缺少必填参数：{ $arg }
arg-error-unknown = 无法识别的参数“{ $arg }”
arg-error-command = 无法识别的命令“{ $command }”
arg-error-value = 参数“{ $arg }”的值“{ $value }”无效；可选值：{ $valid }
arg-error-invalid = 参数“{ $arg }”的值“{ $value }”无效：{ $why }
arg-error-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
arg-error-no-command = 需要指定一个命令
arg-error-tip = 提示：是否要用“{ $tip }”？
arg-error-more = 详见 '--help'。

## sample

sample-wrote = 已写入 { $dir }：{ $units } 个单位，{ $officers } 名民警，排班 { $rows } 行

## check

note-prefix = 说明：
print-failed = 无法输出结果
