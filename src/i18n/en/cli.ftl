# The command line: --help of every command, and the tables and messages
# of simulate, suggest, apply, leave-plan, holidays, sample and export.
# The same messages as zh/cli.ftl.
