fn main() -> std::process::ExitCode {
    forceplan::cli::main()
}
