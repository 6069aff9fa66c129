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
leave-plan-head = 轮休 { $from } 至 { $to }：安排 { $granted } 天/应休 { $needed } 天（最多可安排 { $bound } 天）；{ $served }/{ $needing } 名民警休满；领导顶岗 { $covers } 次；休假率 { $coverage_before } -> { $coverage_after }；告警 { $alarms_before } -> { $alarms_after }
leave-col-unit = 单位
leave-col-name = 名称
leave-col-officers = 休满/人数
leave-col-days = 已排/应休
leave-col-coverage = 休假率
leave-who-cannot-go = 未能安排的人员及原因：

## simulate, suggest, apply

simulate-head = 方案 { $name }：调动 { $moves } 人；告警 { $alarms_before } -> { $alarms_after }；最重负荷 { $load_before } -> { $load_after }
simulate-move = { $officer } { $from_unit } -> { $to_unit }，自 { $date } 起：{ $reason }
simulate-uncovered = 本单位有 { $hours } 小时的工作无法在每天 24 小时内安排
suggest-head = 建议调动 { $n } 人：最重负荷 { $load_before } -> { $load_after }；告警 { $alarms_before } -> { $alarms_after }
suggest-optimal = （最优）
suggest-above = ，比下界高 { $gap }
suggest-bound = 按负荷模型（各单位工作量由其民警分担）：同样的民警无论如何调配，最好能达到 { $integer }（按整人计），{ $continuous }（可分计）；{ $searched } 次调动达到 { $model }{ $reach }
suggest-note = 建议：最重负荷 { $load_before } -> { $load_after }（下界：按整人计 { $integer }，可分计 { $continuous }）
edit-problem = 第 { $n } 项调整：{ $why }
edits-do-not-apply = { $path } 中有未能生效的调整：
apply-wrote = 已写入 { $dir }：已应用 { $n } 项调动；可用 `forceplan check { $dir }` 检查

## errors

error-prefix = 错误：
