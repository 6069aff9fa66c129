# 规划界面：各界面的标题、列名、提示和消息。与 en/planner.ftl 一一对应、
# 参数相同（由测试保证）；用词以 docs/glossary.md 为准。

## Screens

screen-overview = 总览
screen-events = 检查与会议
screen-flags = 告警与预警
screen-scenario = 调整方案
screen-leave = 轮休计划
screen-compare = 方案对比
tab-overview = 总览
tab-events = 检查会议
tab-flags = 告警
tab-scenario = 方案
tab-leave = 轮休
tab-compare = 对比

## Loading

source-sample = 内置示例
load-refused = { $dir } 中的数据未能载入：{ $n } 处问题
load-failed = 无法打开该局的数据
load-no-period = 没有可显示的时段
load-bug = forceplan 载入时出错（程序缺陷，请报告）
planner-needs-terminal = 规划界面需要在终端中运行；脚本请用 `forceplan check 目录`
storage-nowhere = 没有保存方案的位置（请设置 FORCEPLAN_DATA_DIR 或 HOME）

## Messages of the scenario

msg-draft-kept = “{ $name }”有未保存的改动，已留作草稿：按 { $key } 打开
msg-drafts-kept = { $n } 个方案有未保存的改动，已留作草稿：按 { $key } 打开
msg-recovered = 已恢复 { $name }（{ $n } 项调整）
msg-nothing-to-undo = 没有可撤销的操作
msg-nothing-to-redo = 没有可重做的操作
msg-exporting = 正在导出 { $name } ……
msg-not-changed = 未改动：{ $why }
msg-unpinned = 已解除锁定 { $officer }
msg-pinned = 已锁定 { $officer }：建议调整不会调动其人

## The title bar and tables

title-bar = forceplan  !! 告警 { $alarms } 项  ! 预警 { $warnings } 项  { $units } 个单位  { $officers } 名民警  { $from } 至 { $to }  { $source }
col-rest = 休息
col-visits = 检查
col-max-per-quarter = 季最多
col-inspection-hours = 迎检时
col-meetings = 会议
col-max-per-week = 周最多
col-meeting-hours-per-officer = 人均时
col-severity = 级别
col-who = 对象
col-rule = 规则
col-value = 数值
col-limit = 阈值

## Compare and presentation

baseline = 现状
figure-load = 负荷（标准工时饱和度）
figure-weekly-hours = 人均周工时
figure-households = 社区民警人均户数
figure-understaffed = 在岗人数低于最低在岗的天数
figure-inspections = 单季度最多迎检次数
figure-meetings = 人均会议时长
figure-leave = 年休假休假率（%）
figure-alarms = 告警数
explain-load = 本单位民警的工作时长与每周 { $week } 小时法定标准工时之比：1.00 表示民警平均每周工作 { $week } 小时，2.00 表示 { $double } 小时。超过 { $warn } 为预警，超过 { $alarm } 为告警。方案把本单位同样的工作量分摊给调整后的民警。
explain-weekly-hours = 本单位民警平均每人每周工作多少小时（按本单位工作量平均分摊）。法定标准工时为每周 { $week } 小时；超过 { $warn } 小时为预警，超过 { $alarm } 小时为告警。
explain-households = 本单位每名社区民警平均管辖多少户。超过 { $warn } 户为预警，超过 { $alarm } 户为告警；有户而无社区民警管辖即为告警。
explain-understaffed = 期内有多少天在岗人数少于本单位的最低在岗人数。超过 { $warn } 天为预警，超过 { $alarm } 天为告警。方案把本单位的班次分配给调整后的民警：人手太少，就会有缺员的日子。
explain-inspections = 本单位一个季度内最多接受了多少次检查。超过 { $warn } 次为预警，超过 { $alarm } 次为告警：基层单位反映一个季度迎检六次。
explain-meetings = 期内本单位民警人均参加上级会议的小时数。合并或取消会议，可把这些时间还给本单位的工作。
explain-leave = 本单位应休年休假的民警中，实际休了假的比例。应不低于 { $warn }%；低于 { $alarm }% 为告警。
explain-alarms = 本单位会有多少项告警：每项都是一个超过告警线的指标。
mark-standard-week = 标准工时：{ $value }
mark-standard-week-hours = 标准工时：每周 { $value } 小时
mark-warning = 超过 { $value } 为预警
chart-scale = 满格 { $value }：所有单位和方案中的最大值
chart-mark-past = { $mark }：超出所有条形
pick-current = { $name }（当前）
pick-at-most = 最多并排对比 { $n } 个方案：请先取消一个
pick-at-least-one = 请至少选择一个方案（空格）

## Frame, help and tables

status-loading = 载入中
status-refused = 未能载入
loading = 正在载入 { $source } ……
rows-of = 第 { $first }-{ $last } 行，共 { $n } 行
help-title = 按键（按任意键关闭）
shown-of = { $shown } / { $n }

## Overview, events and flags

overview-units = 各单位，问题最重的在前（先按告警，再按预警，再按负荷）
overview-rules = 各规则的告警与预警
overview-load = 负荷（1.00 = 每周 { $week } 小时标准工时）
col-warnings = 预警
scope-units = 单位
scope-officers = 民警
rule-scope-basis = （{ $who }）：{ $basis }
events-units = 各单位的检查与会议
events-by-body = 按检查单位
events-visits = 检查次数
events-hours-tied-up = 占用小时
events-by-convener = 按召集单位
events-meetings = 会议次数
events-officer-hours = 人·小时
events-stacked-days = 同日两个及以上检查组
events-units-count = 单位
events-who = 检查/召集单位
none = 无
all = 全部
flags-title = 告警与预警  规则：{ $rule }  级别：{ $severity }  单位：{ $unit }
flags-why = 原因

## A unit

staff = { $n } 名民警
staff-moving = 民警（期内折合 { $equivalents } 人，期末 { $n } 人）
unit-officers = 民警
unit-per-community = 社区民警人均 { $n } 户
unit-no-community = 无社区民警
unit-no-areas = 无警务区
unit-head = { $kind }  { $staff }  最低在岗 { $min } 人
projected-by = 按方案“{ $name }”推算
unit-as-it-is = 现状：{ $staff }  负荷 { $load }（每周 { $hours } 小时）  缺员 { $short } 天  问题 { $flags } 项
unit-load = 负荷 { $load }（每周 { $hours } 小时）  缺员 { $short } 天  { $households } 户（{ $per }）  休假率 { $leave }
unit-events = 迎检 { $visits } 次（单季最多 { $max_quarter } 次，同日多组 { $stacked } 天）  会议 { $meetings } 次（单周最多 { $max_week } 次，人均 { $per_officer } 小时）
no-flags = 无告警或预警
unit-more-flags = 另有 { $n } 项：每项及其原因见“告警”界面（Tab）
unit-on-duty = 每日在岗：最少 { $lowest } 人，最低要求 { $min } 人，
unit-short-on = 缺员 { $n } 天
unit-spread = 按平均周工时分布的民警人数
unit-visits = 迎检
unit-visit = { $by }（{ $hours } 小时）
unit-meetings-by-week = 每周会议
unit-week-of = { $monday } 起的一周：{ $n } 次
unit-visits-and-meetings = 检查与会议

## An officer

officer-lives-in = 家住 { $district }
officer-head = { $role }  { $unit }  { $since } 参加工作（{ $years } 年）
officer-worked = 工作 { $worked } 小时，平均每周 { $avg } 小时，最长一周 { $max } 小时，最长连续工作 { $run } 天，休息 { $rest } 天
officer-overtime = 加班 { $total } 小时：工作日延时 { $extension }（150%），休息日 { $rest_day }（200%），法定节假日 { $holiday }（300%）
officer-owed = 未补 { $hours } 小时 = 欠补休 { $comp } 天  年休假已休 { $taken } 天/应休 { $entitled } 天  { $areas } 个警务区共 { $households } 户
officer-as-it-is = 现状：平均每周 { $avg } 小时，最长一周 { $max } 小时，未补 { $owed } 小时，问题 { $flags } 项
officer-recruit = 方案新增的民警
officer-weeks = 第 { $first }-{ $last } 周，共 { $n } 周（←/→）
officer-roster = 排班
officer-hours-per-week = 每周工时：最多 { $most }，标准 { $standard }
officer-areas = 警务区
officer-area = { $id }：{ $households } 户，常住人口 { $residents } 人
officer-flags-and-areas = 告警、预警与警务区
legend-overtime = 加班
legend-DUTY24 = 值班
legend-DAY = 白班
legend-NIGHT = 夜班
legend-TRAIN = 学习
legend-OFF = 休
legend-LEAVE = 年休
legend-COMP = 调休
legend-SICK = 病假
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 一
weekday-2 = 二
weekday-3 = 三
weekday-4 = 四
weekday-5 = 五
weekday-6 = 六
weekday-7 = 日

## Leave rotation

leave-none-yet = 本方案还没有轮休计划。
leave-how-1 = 在一个时段内为全体民警安排尚未休的年休假和补休，
leave-how-2 = 每个单位每天都保持最低在岗人数；可由领导顶岗。
leave-how-3 = 轮休计划是方案中的一项调整：与其他调整一样可撤销、保存和自动保存。
leave-table = 待休假民警：[ ] 挪动，- + 长短，x 不安排
leave-window = 轮休 { $from } 至 { $to }
leave-summary = 安排 { $granted } 天/应休 { $needed } 天（最多 { $bound } 天）  { $served }/{ $needing } 名民警休满  领导顶岗 { $covers } 次
edit-not-applied = 第 { $n } 项调整未生效：{ $why }
leave-grid-key = 富余人数：数字为富余人数，0 无富余，! 低于最低在岗，# 不安排休假；H/L 翻动
leave-grid = 每日富余人数，{ $from } 至 { $to }

## The scenario screen

scenario-units = 各单位：调整前 > 调整后
recover-title = 恢复草稿？
recover-text = 规划界面上次未正常退出，留下了未保存的改动：“{ $name }”，{ $n } 项调整。
confirm-title = 覆盖吗？
confirm-text = 保存“{ $name }”：{ $why }。
naming-new = 新建方案：名称
naming-rename = 重命名方案
naming-save-as = 方案另存为
naming-name = 名称：
state-read-only = 只读
state-saved = 已保存
state-unsaved = 未保存：已留作草稿
state-new = 新建
scenario-head = 调整 { $edits } 项  调动 { $moves } 人  锁定 { $pinned } 人  告警 { $alarms_before } > { $alarms_after }  最重负荷 { $load_before } > { $load_after }
scenario-problems = { $n } 项调整未生效（已在清单中标出）
scenario-keys = { $add } 新增调整，{ $suggest } 建议调动，{ $edits } 调整清单，{ $save } 保存，{ $export } 导出
scenario-no-edits = 还没有调整：按 { $add } 新增，按 { $suggest } 获取调动建议
scenario-edits = 调整清单（按顺序）
form-title = 新增调整（{ $keys }）
preview-head = 最多调动 { $max } 人：最重负荷 { $load_before } > { $load_after }，告警 { $alarms_before } > { $alarms_after }
preview-reaches = 已达到该值
preview-above = 比该值高 { $gap }
preview-bound = 负荷模型：任何调配方式最好能达到 { $integer }（按整人计），{ $continuous }（可分计）；本次搜索{ $search }
preview-none = 没有能降低最重负荷的调动。
preview-why = 理由：{ $reason }
preview-title = 建议的调动（{ $keys }）

## The form of a new edit

form-kind-move-officer = 调动一名民警
form-kind-move-officers = 调动某岗位 N 名民警
form-kind-add-officers = 新增警力
form-kind-remove-officer = 民警调离
form-kind-min-on-duty = 修改最低在岗人数
form-kind-reassign-area = 调整警务区
form-kind-threshold = 修改规则阈值
form-kind-merge-inspections = 检查合并为联合检查
form-kind-cap-inspections = 限定每季度检查次数
form-kind-cancel-meetings = 取消某单位召集的会议
form-kind-merge-meetings = 某单位召集的会议每周合并
form-kind-plan-leave = 在一个时段内安排轮休
field-officer = 警号
field-to-unit = 调入单位
field-from-unit = 调出单位
field-from = 起始日期
field-unit = 单位
field-role = 岗位
field-count = 人数
field-min-on-duty = 最低在岗
field-area = 警务区
field-rule = 规则
field-warn = 预警线
field-alarm = 告警线
field-per-quarter = 每季度
field-convener = 召集单位
field-to = 结束日期
field-leaders-cover = 领导顶岗
field-min-block = 最短连休
field-batch = 每批人数
field-blackout = 不安排休假
hint-field-officer = 警号，如 P0123
hint-field-unit = 单位编号，如 U09
hint-field-from = YYYY-MM-DD，留空：从时段第一天起
hint-field-any-unit = 单位编号，留空：所有单位
hint-field-role = patrol（巡逻民警）、community（社区民警）、investigator（侦查员）……
hint-field-count = 多少人
hint-field-min-on-duty = 每天在岗的民警人数
hint-field-area = 警务区编号，如 A012
hint-field-area-officer = 该警务区所属单位民警的警号，留空：无人管辖
hint-field-rule = 如 load_ratio，或 standard_weekly_hours
hint-field-unchanged = 留空：不变
hint-field-per-quarter = 每季度保留的检查次数
hint-field-convener = 与会议表中一致，如 县公安局党委
hint-field-first-day = 第一天，YYYY-MM-DD
hint-field-last-day = 最后一天，YYYY-MM-DD
hint-field-leaders-cover = 每名领导可顶岗的休息日天数，留空：不顶岗
hint-field-min-block = 每次至少连休 N 天，留空：每人一次休完
hint-field-batch = 同一单位同时休假最多 M 人，留空：不限
hint-field-blackout = 日期或日期段：2025-10-01..2025-10-07, 2025-11-11
form-needed = { $field }：必填
form-expected-date = { $field }：应为 YYYY-MM-DD 格式的日期
form-expected-dates = { $field }：“{ $value }”不是 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD
form-expected-count = { $field }：应为整数
form-expected-number = { $field }：应为不小于 0 的数，实为 { $value }
form-expected-role = { $field }：应为 { $roles } 之一

## Scenario messages

col-owed = 应休
col-given = 已排
col-blocks = 休假安排
col-officers-long = 人数
col-meeting-hours = 人均会议时
col-flags = 告警与预警变化
msg-no-other-scenario = 还没有其他方案
msg-opened = 已打开 { $name }
name-already = 方案已是这个名称
name-exists = 已有名为“{ $name }”的方案：请另取名称
msg-new-scenario = 新建方案：{ $name }
msg-renamed = 已将“{ $from }”重命名为“{ $to }”
msg-saving-as = 正在另存为“{ $name }”……
msg-not-saved = 未保存：{ $why }
msg-not-saved-yet = 尚未保存：{ $why }
msg-not-saved-choose = 未保存：可重命名（{ $rename }）或另存为（{ $save_as }）
leave-no-plan = 还没有轮休计划：按 { $key } 在一个时段内安排休假
leave-no-officer = 未选中民警
leave-nothing-to-change = { $officer } 没有可调整的休假
leave-at-first-day = 这段休假已从时段第一天开始
leave-nothing-to-shorten = 没有可缩短的休假
msg-undone = 已撤销
msg-redone = 已重做
msg-added = 已加入：{ $edit }
msg-removed = 已删除：{ $edit }
outside-the-bureau = 局外
preview-move = 调动 { $officer }（{ $role }）：{ $from } → { $to }
msg-no-move-accepted = 没有采纳任何调动
msg-moves-added = 已加入 { $n } 项建议的调动
scenario-default-name = 方案 { $n }
name-empty = 方案需要一个名称
name-too-long = 名称最多 60 个字符
name-control = 名称不能含控制字符

## Storage

storage-locked = 本局的方案已在另一个规划界面中打开：只读
storage-locked-by = 本局的方案已在另一个规划界面中打开（进程 { $pid }）：只读
storage-other-scenario = { $file } 中保存的是另一个方案“{ $name }”：保存会将其替换
storage-changed = { $file } 在本规划界面读取后已在磁盘上被改动
storage-appeared = { $file } 是本规划界面打开该局之后才出现在磁盘上的
storage-saved = 已保存到 { $path }
storage-exported = 已导出到 { $path }
storage-read-only = 只读：本局的方案已在另一个规划界面中打开
storage-draft-failed = 未能保留未保存的改动：{ $why }

## Compare and presentation screens

compare-title = 方案对比：{ $figure }
compare-units = 各单位：{ $figure }
pick-head = 现状：总在第一列
pick-title = 要对比的方案
more = 另有 { $n } 项
more-scenarios = 另有 { $n } 个方案
legend-scenario = 方案
present-scenario-of = 第 { $at } 个方案，共 { $n } 个
present-unit-of = 第 { $at } 个单位，共 { $n } 个
present-summary = 调动民警 { $moved } 名   告警消除 { $cleared } 项，新增 { $created } 项   最重单位负荷 { $before } > { $after }
present-joins = 加入 { $unit }
present-leaves = 离开 { $unit }
present-moves-here = 本单位调动：{ $n } 人

## Counts of what is not shown

more-n = 另有 { $n } 项

## The planner's own short column names

col-hh-co = 户/民警
col-mtg-wk = 周会议

## The scenario's state

scenario-state = （{ $state }）

## Lists

list-separator = ，

## A label before what it labels

labelled = { $label }：
