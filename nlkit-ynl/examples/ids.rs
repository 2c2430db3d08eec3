//! Prints the resolved ids of a spec (attribute ids, command numbers, enum values), one a
//! line, to compare with other readers.
fn main() {
    let path = std::env::args().nth(1).expect("a spec file");
    let s = nlkit_ynl::load(std::path::Path::new(&path)).unwrap();
    for set in &s.attribute_sets {
        for a in &set.attributes {
            println!("attr {} {} {} {}", set.name, a.name, a.id, a.ty.name());
        }
    }
    for o in &s.operations.list {
        println!("op {} {:?} {:?}", o.name, o.request_value, o.reply_value);
    }
    for d in &s.definitions {
        if let nlkit_ynl::spec::DefinitionKind::Enum(e)
        | nlkit_ynl::spec::DefinitionKind::Flags(e) = &d.kind
        {
            for x in &e.entries {
                println!("enum {} {} {}", d.name, x.name, x.user_value(e.is_flags));
            }
        }
    }
}
