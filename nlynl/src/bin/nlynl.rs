//! `nlynl`: the kernel's YNL command line (`cli.py`) on nlkit; see the `nlynl` crate.

fn main() -> std::process::ExitCode {
    nlynl::main()
}
