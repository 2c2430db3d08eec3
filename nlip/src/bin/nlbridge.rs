//! `nlbridge`: the `bridge` command (iproute2 6.1 compatible).

fn main() -> std::process::ExitCode {
    nlip::bridge::main()
}
