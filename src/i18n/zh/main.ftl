# forceplan 的中文消息。每条消息与 en/ 下的文件一一对应、参数相同（由测试保证）；
# 用词以 docs/glossary.md 为准。

## 计数

days = { $n } 天

## 预警：问题、越过的阈值及依据

flag = { $what }；{ $side }{ $severity }线 { $limit }（依据：{ $basis }）
severity-alarm = 告警
severity-warn = 预警
side-above = 超过
side-below = 低于

limit-hours = { $n } 小时
limit-days = { $n } 天
limit-households = { $n } 户
limit-number = { $n }

basis-avg_weekly_hours = 每周 40 小时标准工时加每月加班不超过 36 小时，约合每周 48 小时
basis-max_weekly_hours = 单周工时远超每周 40 小时标准工时
basis-monthly_overtime = 《劳动法》第四十一条：每月加班不超过 36 小时
basis-work_streak = 每周至少休息一天
basis-comp_days_owed = 休息日加班应安排补休或支付 200% 加班费
basis-households_per_officer = 每名社区民警约服务 3000 名居民
basis-load_ratio = 法定标准工时饱和度
basis-understaffed_days = 本单位每日最低在岗人数
basis-households_per_community_officer = 每名社区民警约服务 3000 名居民
basis-inspections_per_quarter = 基层单位反映一个季度迎检六次
basis-stacked_inspections = 基层单位反映一天迎接四个检查组
basis-meetings_per_week = 基层单位反映一周参加六个会议
basis-leave_coverage = 每年至少 80% 的民警休年休假

what-avg_weekly_hours = 在岗 { $days } 天，平均每周工作 { $hours } 小时（标准工时每周 { $std } 小时）
what-max_weekly_hours = { $week } 起的一周工作 { $hours } 小时
what-monthly_overtime = { $month } 加班 { $hours } 小时
what-work_streak = 连续工作 { $n } 天未休息（{ $start } 至 { $end }）
what-comp_days_owed = 休息日加班 { $hours } 小时既未支付加班费也未补休，应补休 { $days } 天
what-households_per_officer = 管辖 { $areas } 个警务区，共 { $households } 户
what-load_ratio = { $n } 名民警平均工作量为每周 { $std } 小时标准工时的 { $ratio } 倍（人均每周 { $hours } 小时）
what-load_ratio-moving = 民警（期内折合 { $equivalents } 人，期末 { $n } 人）平均工作量为每周 { $std } 小时标准工时的 { $ratio } 倍（人均每周 { $hours } 小时）
what-understaffed_days = { $days } 天中有 { $n } 天在岗人数少于 { $min } 人
what-households_per_community_officer = 社区民警人均管辖 { $per } 户（共 { $households } 户，{ $officers } 名社区民警）
what-inspections_per_quarter = { $year }年第{ $quarter }季度接受检查 { $n } 次
what-stacked_inspections = { $days } 天有两个及以上检查组到访
what-stacked_inspections-busiest = { $days } 天有两个及以上检查组到访（最多一天 { $most } 个检查组，{ $day }）
what-meetings_per_week = { $week } 起的一周参加会议 { $n } 次
what-leave_coverage = 应休年休假的 { $entitled } 名民警中仅 { $takers } 人休假（{ $percent }）
flag-no-community-officer = { $households } 户无社区民警管辖；有户无社区民警即告警（依据：{ $basis }）

## check --format table

check-summary = { $dir }  { $from } 至 { $to }（{ $days } 天）  { $units } 个单位  { $officers } 名民警  { $alarms }  { $warnings }
check-alarms = 告警 { $n } 项
check-warnings = 预警 { $n } 项
check-units = 各单位（问题最重的在前）
check-officers = 有告警的民警（{ $n } 名）
check-why = 告警依据
check-why-line = { $side }告警线 { $limit }；{ $basis }
check-warned-only = 另有 { $n } 名民警仅有预警。每项预警的完整说明：--format json 或 --format csv。
badge-alarm = 告警
badge-warn = 预警
badge-ok = 正常

col-unit = 单位
col-name = 名称
col-kind = 类型
col-officers = 人数
col-load = 负荷
col-short = 缺员
col-households-per-community = 户/民警
col-inspections-per-quarter = 季检查
col-stacked = 同日
col-meetings-per-week = 周会议
col-leave = 休假
col-officer = 警号
col-officer-name = 姓名
col-role = 岗位
col-hours-per-week = 周均
col-max-week = 最长周
col-streak = 连续
col-comp = 欠休
col-households = 户数
col-alarms = 告警

## 单位类型与民警岗位（数据格式中的代码，供人阅读）

kind-station = 派出所
kind-criminal = 刑侦
kind-patrol = 巡特警
kind-traffic = 交警
kind-special = 特警
kind-office = 机关
kind-other = 其他
role-leader = 领导
role-instructor = 教导员
role-community = 社区民警
role-patrol = 巡逻民警
role-investigator = 侦查员
role-traffic = 交警
role-staff = 内勤

## Rules by name (English keeps the ids)

rule-avg_weekly_hours = 平均周工时
rule-max_weekly_hours = 单周最长工时
rule-monthly_overtime = 月加班时长
rule-work_streak = 连续工作天数
rule-comp_days_owed = 欠补休天数
rule-households_per_officer = 民警管辖户数
rule-load_ratio = 标准工时饱和度
rule-understaffed_days = 缺员天数
rule-households_per_community_officer = 社区民警人均户数
rule-inspections_per_quarter = 季度迎检次数
rule-stacked_inspections = 同日多组检查
rule-meetings_per_week = 每周会议次数
rule-leave_coverage = 年休假休假率

## A scenario in one line

summary-line = 调动民警 { $moved } 名；告警 { $before } -> { $after }（消除 { $cleared } 项，新增 { $created } 项）；负荷最重单位 { $worst_before } { $load_before } -> { $worst_after } { $load_after }；安排年休假 { $leave } 天，补休 { $comp } 天

## Scenario edits in one line

edit-from = （自 { $date } 起）
edit-at = （{ $unit }）
edit-everywhere = （全局）
edit-move-officer = 调动 { $officer } 至 { $to }{ $from }
edit-move-officers = 从 { $unit } 调动 { $count } 名{ $role }至 { $to }{ $from }
edit-add-officers = 为 { $unit } 新增 { $count } 名{ $role }{ $from }
edit-remove-officer = { $officer } 调离{ $from }
edit-min-on-duty = { $unit }：最低在岗 { $min } 人
edit-area-to = 警务区 { $area } 改由 { $officer } 管辖
edit-area-unassigned = 警务区 { $area } 无人管辖
edit-threshold = 规则 { $rule }：{ $warn }{ $alarm }
edit-threshold-warn = 预警线 { $value } 
edit-threshold-alarm = 告警线 { $value }
edit-merge-inspections = 检查合并为联合检查{ $at }
edit-cap-inspections = 每季度最多检查 { $n } 次{ $at }
edit-cancel-meetings = 取消 { $convener } 召集的会议{ $at }
edit-merge-meetings = { $convener } 召集的会议每周合并{ $at }
edit-plan-leave = 安排轮休 { $from } 至 { $to }（每名领导最多顶岗 { $cover } 天）
edit-no-leave = { $officer }：不安排休假
edit-leave-block = { $officer }：自 { $start } 起休假 { $days } 天

## The settings file

config-refused = 设置文件无法使用：{ $why }

## Why an edit does not apply, and why an officer moves

problem-no-officer = 没有警号为 { $officer } 的民警
problem-no-unit = 没有编号为 { $unit } 的单位
problem-no-area = 没有编号为 { $area } 的警务区
problem-no-rule = 没有名为 { $rule } 的规则
problem-rules = { $why }
problem-owed-nothing = { $officer } 没有待休的年休假或补休
problem-owed-fewer = { $officer } 待休 { $owed } 天，不是 { $days } 天
problem-outside-window = { $date } 不在时段 { $from } 至 { $to } 之内
problem-not-serving = { $officer } 在时段 { $from } 至 { $to } 内不在岗
problem-blackout = { $date } 不安排休假
problem-batch-full = { $unit } 在 { $date } 已有 { $n } 人休假
problem-below-minimum = { $unit } 在 { $date } 的在岗人数将低于 { $min } 人
problem-too-few-days = 从 { $start } 到时段结束只有 { $n } 个工作日
problem-window-backwards = 时段的结束日（{ $to }）早于开始日（{ $from }）
problem-window-outside = 时段 { $from } 至 { $to } 不在排班表的时段 { $first } 至 { $last } 之内
problem-no-leave-plan = 这项调整之前没有轮休计划
problem-move-none = 至少调动 1 名民警
problem-add-none = 至少新增 1 名民警
problem-batch-zero = 每批至少 1 人（或留空：不限）
problem-cover-too-long = 领导最多顶岗时段内的 { $days } 天，不能是 { $cover } 天
problem-block-too-long = 最短连休不能超过时段的 { $days } 天
problem-outside-period = { $date } 不在时段 { $from } 至 { $to } 之内
problem-out-of-bureau = { $officer } 在 { $date } 已不在本局
problem-already-there = { $officer } 已在 { $unit }
problem-too-few-to-move = { $unit } 在 { $date } 只有 { $n } 名可调动（未锁定）的{ $role }
problem-too-many-recruits = 一个方案最多新增 { $max } 名民警（已有 { $have } 名）
problem-minimum-too-high = 最低在岗 { $min } 人超过了全局 { $staff } 名民警
problem-not-at-unit = { $officer } 在时段最后一天不在 { $unit }
reason-planner = 规划人员指定
reason-given = { $text }
reason-recruit = 新增警力
reason-leaves = 调离本局
reason-picked = 工作 { $years } 年，{ $unit } { $role }
reason-picked-near = 家住 { $home }（调入单位辖区）；工作 { $years } 年，{ $unit } { $role }

## Why a move is suggested

reason-suggested = 工作 { $years } 年；{ $to } 是可缓解的负荷最重单位，{ $from } 在保证最低在岗之外尚有富余
reason-suggested-near = 家住 { $home }（调入单位辖区）；{ $rest }

## Why a unit's officers cannot all take their leave

range = { $from } 至 { $to }
shortfall-more = {" "}等 { $n } 个时段
shortfall-tight = 无富余人手的日子：{ $days }{ $more }
shortfall-blackouts = 每天都有富余人手，但不安排休假的日期（{ $days }{ $more }）把时段隔断，没有足够长的连续工作日
shortfall-batch = 每天都有富余人手，但同时休假的不得超过 { $m } 人，{ $days }{ $more } 已达上限
shortfall-own-days = 每天都有富余人手，但他们在时段内的工作日少于应休天数
shortfall-fix = 约再增加 { $n } 名民警，或将最低在岗人数由 { $min } 降至 { $lower }，即可让所有人休满
shortfall-fix-more = 约再增加 { $n } 名民警即可让所有人休满（降低最低在岗人数也不行）
shortfall-fix-block = 允许分段休假、每段至少 { $m } 天，即可让所有人休满
shortfall-fix-batch = 同时休假上限放宽到 { $m } 人，即可让所有人休满
shortfall-fix-none = 缩短每段休假或放宽同时休假人数都不足以让所有人休满，需要延长时段或增加在岗民警
shortfall-fix-window = 只有延长时段才能让所有人休满
shortfall = { $unit } { $name }，{ $from } 至 { $to }：{ $n } 名民警不能休满（共差 { $short } 天）；{ $why }；{ $fix }

## Errors of the core said in the reader's language

period-empty-roster = 排班表（局文件夹中的 roster.csv、.xlsx 或 .parquet）没有任何行，无从确定时段；请给出 --from 和 --to
period-reversed = 时段的结束日（{ $end }）早于开始日（{ $start }）
store-exists = { $path } 已存在且不为空；请换一个新文件夹，或加 --force 予以替换
store-input = { $path } 是输入的文件或文件夹之一；请写到别处
store-io = 无法写入 { $path }：{ $why }
sample-too-big = --officers 须在 1 至 100000 之间，--days 须在 1 至 3660 之间

## Exports and scenario files

export-edit-fails = 方案的第 { $n } 项调整未能生效：{ $why }
export-no-workbook = 无法生成工作簿：{ $why }
export-no-roster = 无法生成 { $unit } 的排班表：{ $why }
scenario-syntax = { $why }
scenario-newer = 方案文件格式版本 { $found } 比本程序能读的（{ $schema }）新；请更新 forceplan

## The settings file

config-syntax = { $why }
config-lang = lang = "{ $value }"：应为 "zh" 或 "en"
config-not-utf8 = { $path } 不是 UTF-8 文本
config-in = { $path }：{ $why }
config-unreadable = 无法读取 { $path }：{ $why }
