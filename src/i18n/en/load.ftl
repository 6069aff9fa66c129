# Refusals of a bureau's files: where (file, line, column or cell), the
# value, and what was expected. The same messages as zh/load.ftl.
