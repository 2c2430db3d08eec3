//! A spec that breaks its schema, or names what it does not define, gets an error that
//! names the file, the line, the path and what was expected.

const BASE: &str = "name: t
doc: A test.
attribute-sets:
  -
    name: main
    attributes:
      - name: a
        type: u32
      - name: b
        type: TYPE
operations:
  list:
    - name: get
      doc: Get.
      attribute-set: main
      do:
        request:
          attributes: [ a ]
";

fn error_of(text: &str) -> String {
    nlkit_ynl::read_spec("t.yaml", text)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_wrong_attribute_type_names_the_place_and_the_choices() {
    let e = error_of(&BASE.replace("TYPE", "u24"));
    assert_eq!(
        e,
        "t.yaml:10: attribute-sets[0].attributes[1].type: expected one of unused, pad, flag, \
         binary, uint, sint, u8, u16, u32, u64, s32, s64, string, nest, indexed-array, \
         nest-type-value, found `u24`"
    );
}

#[test]
fn a_type_of_another_level_says_where_it_is_allowed() {
    let e = error_of(&BASE.replace("TYPE", "bitfield32"));
    assert_eq!(
        e,
        "t.yaml:10: attribute-sets[0].attributes[1].type: `bitfield32` is not allowed in a \
         genetlink spec (only in genetlink-legacy, netlink-raw)"
    );
    let legacy = format!(
        "protocol: genetlink-legacy\n{}",
        BASE.replace("TYPE", "bitfield32")
    );
    assert!(nlkit_ynl::read_spec("t.yaml", &legacy).is_ok());
}

#[test]
fn an_unknown_key_lists_the_known_ones() {
    let e = error_of(&BASE.replace("TYPE", "u8\n        colour: red"));
    assert!(
        e.starts_with("t.yaml:11: attribute-sets[0].attributes[1].colour: unknown key `colour` (expected one of name, type, doc,"),
        "{e}"
    );
}

#[test]
fn a_missing_key_and_a_wrong_kind_of_value() {
    let e = error_of(&BASE.replace("doc: A test.\n", ""));
    assert_eq!(e, "t.yaml:1: missing required key `doc`");
    let e = error_of(&BASE.replace("TYPE", "u8\n        multi-attr: 3"));
    assert_eq!(e, "t.yaml:11: attribute-sets[0].attributes[1].multi-attr: expected a boolean, found an integer");
}

#[test]
fn references_must_name_what_the_spec_defines() {
    let e = error_of(&BASE.replace("TYPE", "nest\n        nested-attributes: other"));
    assert_eq!(e, "t.yaml:11: attribute-sets[0].attributes[1].nested-attributes: no attribute set named `other`");
    let e = error_of(&BASE.replace("TYPE", "nest"));
    assert_eq!(
        e,
        "t.yaml:9: attribute-sets[0].attributes[1]: a nest attribute needs `nested-attributes`"
    );
    let e = error_of(
        &BASE
            .replace("TYPE", "u8")
            .replace("attribute-set: main", "attribute-set: nope"),
    );
    assert_eq!(
        e,
        "t.yaml:15: operations.list[0].attribute-set: no attribute set named `nope`"
    );
}

#[test]
fn unknown_names_in_attribute_lists_are_warnings() {
    let spec = nlkit_ynl::read_spec(
        "t.yaml",
        &BASE.replace("TYPE", "u8").replace("[ a ]", "[ a, zz ]"),
    )
    .unwrap();
    let w: Vec<_> = spec.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(w, ["t.yaml:18: operations.list[0].do.request.attributes[1]: no attribute named `zz` in `main`"]);
}

#[test]
fn broken_yaml_says_so() {
    let e = error_of("name: [unclosed\n");
    assert!(e.starts_with("t.yaml:"), "{e}");
    assert!(e.contains("not valid YAML"), "{e}");
}
