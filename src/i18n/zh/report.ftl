# 报告（HTML 和 Markdown）与工作簿：工作表名、标题、列名。与 en/report.ftl 一一对应。
