# The report (HTML and Markdown) and the workbook: sheet names, headings,
# columns. The same messages as zh/report.ftl.
