use super::*;
use serde_json::json;

#[test]
fn json_as_python_dumps_it() {
    // What python3 -c 'import json; print(json.dumps(v))' prints for the same values.
    let v = json!({"ifindex": 1, "xdp-features": [], "flags": ["up", "lower-up"],
        "nest": {"a": null, "b": true, "c": false, "d": -5, "e": 18446744073709551615u64},
        "empty": {}});
    assert_eq!(
        python_json(&v),
        r#"{"ifindex": 1, "xdp-features": [], "flags": ["up", "lower-up"], "nest": {"a": null, "b": true, "c": false, "d": -5, "e": 18446744073709551615}, "empty": {}}"#
    );
    assert_eq!(python_json(&json!([])), "[]");
    assert_eq!(python_json(&json!([{}, [1, [2]]])), "[{}, [1, [2]]]");
    assert_eq!(python_json(&Value::Null), "null");
}

#[test]
fn json_escapes_as_python_does() {
    // json.dumps('a"b\\c\n\r\t\b\f\x01\x1f\x7f/é€😀') in Python 3.11.
    let s = "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}/é€😀";
    assert_eq!(
        python_json(&json!(s)),
        r#""a\"b\\c\n\r\t\b\f\u0001\u001f\u007f/\u00e9\u20ac\ud83d\ude00""#
    );
    assert_eq!(
        python_json(&json!({"ключ": "ü"})),
        r#"{"\u043a\u043b\u044e\u0447": "\u00fc"}"#
    );
    assert_eq!(python_json(&json!("plain ~ text")), r#""plain ~ text""#);
}

#[test]
fn keys_keep_their_order() {
    let v: Value = serde_json::from_str(r#"{"z": 1, "a": 2, "m": 3}"#).unwrap();
    assert_eq!(python_json(&v), r#"{"z": 1, "a": 2, "m": 3}"#);
}

#[test]
fn text_of_a_linkinfo_reply() {
    let v: Value = serde_json::from_str(
        r#"{"header": {"dev-index": 2, "dev-name": "v0"}, "port": "other",
            "transceiver": "internal", "flags": [], "modes": ["a", "b"]}"#,
    )
    .unwrap();
    assert_eq!(
        text(&v),
        "header:\n  dev-index: 2\n  dev-name: v0\nport: other\ntransceiver: internal\n\
         flags: []\nmodes: [a, b]\n"
    );
}

#[test]
fn text_of_lists_of_objects() {
    let v: Value = serde_json::from_str(
        r#"{"family-name": "nlctrl", "ops": [{"id": 3, "flags": ["cmd-cap-do"]},
            {"id": 10, "nest": {"x": 1}}], "mcast-groups": [{"name": "notify"}],
            "deep": [[1, 2], [{"a": 1}]], "blank": "", "spaced": " x"}"#,
    )
    .unwrap();
    let want = "\
family-name: nlctrl
ops:
  - id: 3
    flags: [cmd-cap-do]
  - id: 10
    nest:
      x: 1
mcast-groups:
  - name: notify
deep:
  - [1, 2]
  - - a: 1
blank: \"\"
spaced: \" x\"
";
    assert_eq!(text(&v), want);
}

#[test]
fn text_of_replies_and_of_none() {
    let replies = [json!({"ifindex": 1}), json!({"ifindex": 2})];
    assert_eq!(text_replies(&replies), "ifindex: 1\n\nifindex: 2\n");
    assert_eq!(text_replies(&[]), "");
    assert_eq!(text(&Value::Null), "None\n");
    assert_eq!(text(&json!({})), "{}\n");
    assert_eq!(
        text_replies(&[Value::Null, json!({"a": 1})]),
        "None\n\na: 1\n"
    );
}

#[test]
fn python_reprs() {
    assert_eq!(py_str("abc"), "'abc'");
    assert_eq!(py_str("it's"), "\"it's\"");
    assert_eq!(py_str("a'b\"c"), "'a\\'b\"c'");
    assert_eq!(py_str("tab\there\\\n\u{1}é"), "'tab\\there\\\\\\n\\x01é'");
    let d = [
        (
            "msg".to_owned(),
            PyValue::Str("no device matches name".into()),
        ),
        ("bad-attr-offs".to_owned(), PyValue::Int(24)),
        (
            "policy".to_owned(),
            PyValue::Dict(vec![("type".into(), PyValue::Str("u32".into()))]),
        ),
    ];
    assert_eq!(
        py_dict(&d),
        "{'msg': 'no device matches name', 'bad-attr-offs': 24, 'policy': {'type': 'u32'}}"
    );
}
