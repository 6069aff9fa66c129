# forceplan 的中文消息。每条消息与 en.ftl 一一对应、参数相同（由测试保证）；
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
