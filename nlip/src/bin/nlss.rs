//! `nlss`: the `ss` command (iproute2 6.1 compatible).

fn main() -> std::process::ExitCode {
    nlip::ss::main()
}
