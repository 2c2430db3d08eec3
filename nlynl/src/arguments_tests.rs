use super::*;

fn run(words: &[&str]) -> Options {
    match parse(words) {
        Ok(Command::Run(o)) => o,
        other => panic!("{words:?}: {other:?}"),
    }
}

fn error(words: &[&str]) -> String {
    match parse(words) {
        Err(e) => e.to_string(),
        other => panic!("{words:?} should fail: {other:?}"),
    }
}

#[test]
fn every_option_is_read() {
    let o = run(&[
        "--family",
        "ethtool",
        "--schema",
        "x.yaml",
        "--no-schema",
        "--json",
        r#"{"header": {"dev-name": "v0"}}"#,
        "--do",
        "linkinfo-get",
        "--sleep",
        "2",
        "--subscribe",
        "monitor",
        "--replace",
        "--excl",
        "--create",
        "--append",
        "--process-unknown",
        "--output-json",
        "--dbg-small-recv",
    ]);
    assert_eq!(o.source, SpecSource::Family("ethtool".into()));
    assert_eq!(o.schema.as_deref(), Some("x.yaml"));
    assert!(o.no_schema);
    assert_eq!(o.json.as_deref(), Some(r#"{"header": {"dev-name": "v0"}}"#));
    assert_eq!(o.action, Some(Action::Do("linkinfo-get".into())));
    assert_eq!(o.sleep, 2);
    assert_eq!(o.subscribe.as_deref(), Some("monitor"));
    assert_eq!(
        o.flags,
        Flags::REPLACE | Flags::EXCL | Flags::CREATE | Flags::APPEND
    );
    assert_eq!(o.process_unknown, Some(true));
    assert!(o.output_json);
    assert_eq!(o.dbg_small_recv, Some(4000));
}

#[test]
fn values_inline_prefixes_and_the_other_actions() {
    let o = run(&["--spec=x.yaml", "--dum", "dev-get", "--no-process-unknown"]);
    assert_eq!(o.source, SpecSource::File("x.yaml".into()));
    assert_eq!(o.action, Some(Action::Dump("dev-get".into())));
    assert_eq!(o.process_unknown, Some(false));
    assert_eq!(o.flags, Flags::NONE);
    assert_eq!(o.sleep, 0);
    let o = run(&[
        "--spec",
        "x",
        "--multi",
        "a",
        "{}",
        "--multi",
        "b",
        "-1",
        "--dbg-small-recv",
        "8000",
    ]);
    let pairs = vec![("a".into(), "{}".into()), ("b".into(), "-1".into())];
    assert_eq!(o.action, Some(Action::Multi(pairs)));
    assert_eq!(o.dbg_small_recv, Some(8000));
    assert_eq!(
        run(&["--spec", "x", "--list-ops"]).action,
        Some(Action::ListOps)
    );
    assert_eq!(
        run(&["--spec", "x", "--list-m"]).action,
        Some(Action::ListMsgs)
    );
    assert_eq!(run(&["--spec", "x"]).action, None);
    // The same option again: the last one wins, no conflict.
    let o = run(&["--spec", "x", "--do", "a", "--do", "b", "--sleep", " 3 "]);
    assert_eq!(o.action, Some(Action::Do("b".into())));
    assert_eq!(o.sleep, 3);
    assert_eq!(
        run(&["--family", "f", "--json", "-"]).json.as_deref(),
        Some("-")
    );
}

#[test]
fn help_anywhere() {
    assert_eq!(parse(&["-h"]), Ok(Command::Help));
    assert_eq!(parse(&["--spec", "x", "--help"]), Ok(Command::Help));
    assert_eq!(parse(&["--he"]), Ok(Command::Help));
    assert!(HELP.starts_with("usage: nlynl [-h] (--family NAME | --spec FILE)"));
    for (name, _) in OPTIONS {
        assert!(HELP.contains(name), "--help lists {name}");
    }
}

#[test]
fn argparse_errors() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "one of the arguments --family --spec is required"),
        (
            &["--do", "x"],
            "one of the arguments --family --spec is required",
        ),
        (
            &["--spec", "x", "--family", "y"],
            "argument --family: not allowed with argument --spec",
        ),
        (
            &["--spec", "x", "--do", "a", "--dump", "b"],
            "argument --dump: not allowed with argument --do",
        ),
        (
            &["--spec", "x", "--list-ops", "--multi", "a", "{}"],
            "argument --multi: not allowed with argument --list-ops",
        ),
        (&["--spec"], "argument --spec: expected one argument"),
        (
            &["--spec", "x", "--do", "--dump", "y"],
            "argument --do: expected one argument",
        ),
        (
            &["--spec", "x", "--multi", "a"],
            "argument --multi: expected 2 arguments",
        ),
        (
            &["--spec", "x", "--multi=a", "b"],
            "argument --multi: expected 2 arguments",
        ),
        (
            &["--spec", "x", "--sleep", "soon"],
            "argument --sleep: invalid int value: 'soon'",
        ),
        (
            &["--spec", "x", "--sleep", "-1"],
            "argument --sleep: must not be negative",
        ),
        (
            &["--spec", "x", "--dbg-small-recv=big"],
            "argument --dbg-small-recv: invalid int value: 'big'",
        ),
        (
            &["--spec", "x", "--create=1"],
            "argument --create: ignored explicit argument '1'",
        ),
        (
            &["--spec", "x", "--no", "y"],
            "ambiguous option: --no could match --no-schema, --no-process-unknown",
        ),
        (
            &["--spec", "x", "--s", "y"],
            "ambiguous option: --s could match --spec, --schema, --sleep, --subscribe",
        ),
        (
            &["--spec", "x", "--nope", "extra"],
            "unrecognized arguments: --nope extra",
        ),
        (&["--spec", "x", "-x"], "unrecognized arguments: -x"),
        (
            &["--spec", "x", "--", "--do", "y"],
            "unrecognized arguments: --do y",
        ),
    ];
    for (words, want) in cases {
        assert_eq!(error(words), format!("nlynl: error: {want}"), "{words:?}");
    }
}

#[test]
fn negative_numbers_are_values() {
    assert!(is_negative_number("-1"));
    assert!(is_negative_number("-0.5"));
    assert!(is_negative_number("-.5"));
    assert!(!is_negative_number("-"));
    assert!(!is_negative_number("-x"));
    assert!(!is_negative_number("--1"));
    assert!(is_option_like("--do"));
    assert!(!is_option_like("-1"));
    assert!(!is_option_like("- x"));
}
