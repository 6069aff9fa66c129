# 报告（HTML 和 Markdown）与工作簿：工作表名、标题、列名。与 en/report.ftl 一一对应。

## The report

report-title = forceplan 报告：{ $name }
report-intro = 时段 { $from } 至 { $to }。调整前：本局现有数据的各项指标。调整后：方案所提出的局的各项指标（民警按方案安排到各单位，有变动的单位在其民警间重新排班，见 docs/model.md），计算方法与 `forceplan check` 完全相同。
report-sentence = { $text }。
report-summary = 摘要
report-load = 各单位负荷
report-units = 各单位，调整前 -> 调整后
report-alarms = 调整后的告警：{ $n } 项
report-moves = 调动：{ $n } 人
report-leave = 轮休计划 { $from } 至 { $to }：安排 { $granted } 天/应休 { $needed } 天，领导顶岗 { $covers } 次
report-exported = 由 forceplan { $version } 于 { $at }（UTC）导出。
report-audit = 审计记录
report-new = （新增）
report-leaves = （调离）
report-col-unit = 单位
report-col-name = 名称
report-col-officers = 人数
report-col-load = 负荷
report-col-hours = 周工时
report-col-households = 社区民警人均户数
report-col-understaffed = 缺员天数
report-col-meetings = 人均会议时长
report-col-leave = 休假率（%）
report-col-alarms = 告警
report-col-who = 对象
report-col-rule = 规则
report-col-why = 原因
report-col-officer = 警号
report-col-from = 调出单位
report-col-to = 调入单位
report-col-from-date = 生效日期
report-col-reason = 理由
report-col-days-granted = 已排天数 / 应休天数
report-col-officers-in-full = 休满人数
report-col-shortfall = 未能安排的人员及原因
report-col-edit = 调整
report-col-input = 输入文件
report-chart-label = 各单位调整前后的负荷
report-chart-before = 调整前 { $value }
report-chart-after = 调整后 { $value }
report-chart-standard = 1.00 标准工时
report-chart-alarm = 1.30 告警线

## The workbook

sheet-cover = 封面
sheet-summary = 汇总
sheet-units = 单位
sheet-officers = 民警
sheet-roster = 排班
sheet-households = 警务区
sheet-overtime = 加班
sheet-inspections = 检查
sheet-meetings = 会议
sheet-holidays = 节假日
sheet-assignments = 调动
cover-export = forceplan 导出
cover-exported-at = 导出时间（UTC）
cover-period = 时段
cover-figures = 指标
cover-figures-what = 调整后：方案所提出的局（见 docs/model.md），计算方法与 forceplan check 相同
cover-edits = 调整（按顺序）
summary-unit = 单位编号
summary-name = 单位名称
summary-officers-before = 调整前人数
summary-officers-after = 调整后人数
summary-load-before = 调整前负荷
summary-load-after = 调整后负荷
summary-hours-before = 调整前周工时
summary-hours-after = 调整后周工时
summary-households-after = 调整后社区民警人均户数
summary-understaffed-before = 调整前缺员天数
summary-understaffed-after = 调整后缺员天数
summary-meetings-after = 调整后人均会议时长
summary-leave-after = 调整后休假率
summary-alarms-after = 调整后告警数

## The stations' roster workbooks

roster-id = 警号
roster-name = 姓名
roster-weekday = 星期
roster-total-work-days = 出勤天数
roster-total-nights = 夜班
roster-total-duties = 24小时值班
roster-total-hours = 工时
roster-on-duty = 在岗人数
roster-minimum = 最低在岗
roster-title = { $unit } { $year }年{ $m }月排班表
roster-sheet = { $year }年{ $m }月
roster-legend = 说明：绿色为轮休安排的年休、调休；蓝色为领导顶岗；灰色为当日不在本单位；红色为在岗人数低于最低在岗；日期栏橙色为法定节假日，浅蓝为调休上班日。工时为排班工时，不含加班。
roster-weekday-1 = 一
roster-weekday-2 = 二
roster-weekday-3 = 三
roster-weekday-4 = 四
roster-weekday-5 = 五
roster-weekday-6 = 六
roster-weekday-7 = 日

## Staffing need (check, the report)

staffing-title = 警力需求
staffing-sentence = 警力需求（按工作量除以标准工时与出勤率 { $availability } 之积测算）：各单位负荷比都在 { $warn } 以内需 { $need_warn } 人，都在 1.0 以内需 { $need_standard } 人，现有 { $has } 人。低于需求的单位共缺 { $short_warn } 人（1.0 以内：{ $short_standard } 人）；仅靠调配可补 { $moves_warn } 人（{ $moves_standard } 人），其余需新招 { $recruits_warn } 人（{ $recruits_standard } 人）。
staffing-col-unit = 单位
staffing-col-name = 名称
staffing-col-has = 现有
staffing-col-need-warn = 需（预警内）
staffing-col-need-standard = 需（1.0 内）
staffing-col-floor = 最低配备
