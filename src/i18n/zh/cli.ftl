# 命令行：各命令的 --help，以及 simulate、suggest、apply、leave-plan、holidays、sample、export 的表格和消息。与 en/cli.ftl 一一对应。
