//! SEG6 and IOAM6 (`nlkit::genl::seg6`, `nlkit::genl::ioam6`) against the kernel, each test
//! in fresh network namespaces (their state is per namespace: a second namespace is
//! checked to be untouched), cross-checked with what `ip` shows. Skips (printing why)
//! without privileges, unless NLKIT_REQUIRE_NETNS=1.
#![cfg(all(feature = "seg6", feature = "ioam6"))]

use nlkit::engine::{Conn, Error};
use nlkit::genl::ioam6::{
    AddNamespace, AddSchema, DelNamespace, DelSchema, DumpNamespaces, DumpSchemas, Namespace,
    Schema, SetNamespaceSchema, IOAM6_GENL_EV_GRP_NAME, IOAM6_GENL_NAME,
};
use nlkit::genl::seg6::{
    DumpHmac, GetTunnelSource, HmacAlgorithm, HmacKey, SetHmac, SetTunnelSource,
};
use nlkit::genl::{self, Families, Request};
use nlkit::sys::errno::{EEXIST, EINVAL, ENOENT};
use nlkit::sys::Protocol;
use nltestns::Netns;
use std::net::Ipv6Addr;

fn errno<T: std::fmt::Debug>(r: Result<T, Error>) -> i32 {
    match r {
        Err(Error::Kernel(k)) => k.errno,
        other => panic!("not a kernel error: {other:?}"),
    }
}

fn run<R: Request>(conn: &mut Conn, families: &Families, r: &R) -> Result<(), Error> {
    genl::execute(conn, families, r).map(|_| ())
}

fn keys(conn: &mut Conn, families: &Families) -> Vec<HmacKey> {
    let mut k: Vec<HmacKey> = genl::dump(conn, families, &DumpHmac)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    k.sort_by_key(|k| k.key_id);
    k
}

#[test]
fn the_tunnel_source_is_per_namespace() {
    let (Some(a), Some(b)) = (Netns::new("seg6-tunsrc"), Netns::new("seg6-tunsrc")) else {
        return;
    };
    let families = Families::new();
    let mut conn = a.conn_of(Protocol::Generic);
    let t = genl::get(&mut conn, &families, &GetTunnelSource).unwrap();
    assert_eq!(t.address, Some(Ipv6Addr::UNSPECIFIED));
    let address: Ipv6Addr = "fc00::1".parse().unwrap();
    run(&mut conn, &families, &SetTunnelSource { address }).unwrap();
    let t = genl::get(&mut conn, &families, &GetTunnelSource).unwrap();
    assert_eq!(t.address, Some(address));
    assert_eq!(a.ip_ok(&["sr", "tunsrc", "show"]), "tunsrc addr fc00::1\n");
    let mut other = b.conn_of(Protocol::Generic);
    let t = genl::get(&mut other, &families, &GetTunnelSource).unwrap();
    assert_eq!(
        t.address,
        Some(Ipv6Addr::UNSPECIFIED),
        "the other namespace's"
    );
    let cleared = SetTunnelSource {
        address: Ipv6Addr::UNSPECIFIED,
    };
    run(&mut conn, &families, &cleared).unwrap();
    assert_eq!(a.ip_ok(&["sr", "tunsrc", "show"]), "tunsrc addr ::\n");
}

#[test]
fn hmac_keys_set_replaced_and_deleted() {
    let (Some(a), Some(b)) = (Netns::new("seg6-hmac"), Netns::new("seg6-hmac")) else {
        return;
    };
    let families = Families::new();
    let mut conn = a.conn_of(Protocol::Generic);
    assert!(keys(&mut conn, &families).is_empty());
    let one = SetHmac::new(1, HmacAlgorithm::Sha1, b"secret1".to_vec());
    let max = SetHmac::new(u32::MAX, HmacAlgorithm::Sha256, vec![b'k'; 64]);
    run(&mut conn, &families, &one).unwrap();
    run(&mut conn, &families, &max).unwrap();
    let k = keys(&mut conn, &families);
    let brief: Vec<_> = k
        .iter()
        .map(|k| (k.key_id, k.algorithm, k.secret.len()))
        .collect();
    assert_eq!(
        brief,
        [
            (1, Some(HmacAlgorithm::Sha1), 7),
            (u32::MAX, Some(HmacAlgorithm::Sha256), 64)
        ]
    );
    assert_eq!(k[0].secret, b"secret1");
    let shown = a.ip_ok(&["sr", "hmac", "show"]);
    assert!(
        shown.contains("hmac 1 algo sha1 secret \"secret1\"\n"),
        "{shown}"
    );
    // Replaced, then deleted; a missing key, key 0 and a long secret are refused.
    let again = SetHmac::new(1, HmacAlgorithm::Sha256, b"new".to_vec());
    run(&mut conn, &families, &again).unwrap();
    assert_eq!(keys(&mut conn, &families)[0].secret, b"new");
    run(&mut conn, &families, &SetHmac::delete(1)).unwrap();
    assert_eq!(
        errno(run(&mut conn, &families, &SetHmac::delete(1))),
        ENOENT
    );
    let zero = SetHmac::new(0, HmacAlgorithm::Sha1, b"x".to_vec());
    assert_eq!(errno(run(&mut conn, &families, &zero)), EINVAL);
    let long = SetHmac::new(2, HmacAlgorithm::Sha1, vec![b'k'; 65]);
    assert_eq!(errno(run(&mut conn, &families, &long)), EINVAL);
    let longer = SetHmac::new(3, HmacAlgorithm::Sha1, vec![b'k'; 300]);
    assert_eq!(errno(run(&mut conn, &families, &longer)), EINVAL);
    let bad_algo = SetHmac::new(4, HmacAlgorithm::Other(9), b"x".to_vec());
    assert!(run(&mut conn, &families, &bad_algo).is_err());
    assert_eq!(keys(&mut conn, &families).len(), 1);
    let mut other = b.conn_of(Protocol::Generic);
    assert!(
        keys(&mut other, &families).is_empty(),
        "the other namespace's"
    );
}

fn namespaces(conn: &mut Conn, families: &Families) -> Vec<Namespace> {
    let mut n: Vec<Namespace> = genl::dump(conn, families, &DumpNamespaces)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    n.sort_by_key(|n| n.id);
    n
}

fn schemas(conn: &mut Conn, families: &Families) -> Vec<Schema> {
    let mut s: Vec<Schema> = genl::dump(conn, families, &DumpSchemas)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    s.sort_by_key(|s| s.id);
    s
}

#[test]
fn ioam_namespaces_and_schemas() {
    let (Some(a), Some(b)) = (Netns::new("ioam6"), Netns::new("ioam6")) else {
        return;
    };
    let families = Families::new();
    let mut conn = a.conn_of(Protocol::Generic);
    let add = |id, data, wide| AddNamespace { id, data, wide };
    run(&mut conn, &families, &add(1, None, None)).unwrap();
    run(
        &mut conn,
        &families,
        &add(2, Some(0xdeadbeef), Some(0xcafe)),
    )
    .unwrap();
    run(&mut conn, &families, &add(3, None, Some(0))).unwrap();
    assert_eq!(
        errno(run(&mut conn, &families, &add(1, None, None))),
        EEXIST
    );
    let schema = AddSchema {
        id: 7,
        data: b"abcde".to_vec(),
    };
    run(&mut conn, &families, &schema).unwrap();
    assert_eq!(errno(run(&mut conn, &families, &schema)), EEXIST);
    let link = SetNamespaceSchema {
        namespace: 2,
        schema: Some(7),
    };
    run(&mut conn, &families, &link).unwrap();
    let n = namespaces(&mut conn, &families);
    let brief: Vec<_> = n.iter().map(|n| (n.id, n.data, n.wide, n.schema)).collect();
    assert_eq!(
        brief,
        [
            (1, None, None, None),
            (2, Some(0xdeadbeef), Some(0xcafe), Some(7)),
            (3, None, Some(0), None)
        ]
    );
    let s = schemas(&mut conn, &families);
    assert_eq!((s[0].id, s[0].namespace), (7, Some(2)));
    assert_eq!(s[0].data, b"abcde\0\0\0", "padded to 4 bytes");
    let shown = a.ip_ok(&["ioam", "schema", "show"]);
    assert_eq!(
        shown,
        "schema 7 [namespace 2], data: 61 62 63 64 65 00 00 00\n"
    );
    // Links to what is not there, unlinking, deleting.
    let missing = SetNamespaceSchema {
        namespace: 9,
        schema: Some(7),
    };
    assert_eq!(errno(run(&mut conn, &families, &missing)), ENOENT);
    let unlink = SetNamespaceSchema {
        namespace: 2,
        schema: None,
    };
    run(&mut conn, &families, &unlink).unwrap();
    assert_eq!(schemas(&mut conn, &families)[0].namespace, None);
    run(&mut conn, &families, &DelSchema { id: 7 }).unwrap();
    assert_eq!(
        errno(run(&mut conn, &families, &DelSchema { id: 7 })),
        ENOENT
    );
    run(&mut conn, &families, &DelNamespace { id: 3 }).unwrap();
    assert_eq!(
        errno(run(&mut conn, &families, &DelNamespace { id: 3 })),
        ENOENT
    );
    assert_eq!(namespaces(&mut conn, &families).len(), 2);
    let mut other = b.conn_of(Protocol::Generic);
    assert!(
        namespaces(&mut other, &families).is_empty(),
        "the other namespace's"
    );
    assert!(schemas(&mut other, &families).is_empty());
}

#[test]
fn the_trace_events_group_is_joined_by_name() {
    let Some(ns) = Netns::new("ioam6-events") else {
        return;
    };
    let families = Families::new();
    let mut conn = ns.conn_of(Protocol::Generic);
    let groups = [IOAM6_GENL_EV_GRP_NAME];
    let mut sub = families
        .subscribe_in(ns.handle(), &mut conn, IOAM6_GENL_NAME, &groups)
        .unwrap();
    // No IOAM traffic: nothing comes.
    let n = sub
        .next_notification(Some(std::time::Duration::from_millis(50)))
        .unwrap();
    assert!(n.is_none(), "{n:?}");
}

#[cfg(feature = "tokio")]
#[test]
fn the_same_requests_on_tokio() {
    let Some(ns) = Netns::new("seg6-ioam6-tokio") else {
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        use nlkit::genl::tokio as gt;
        let conn = nlkit::tokio::Connection::new_in(ns.handle(), Protocol::Generic).unwrap();
        let families = Families::new();
        let address: Ipv6Addr = "fc00::7".parse().unwrap();
        gt::execute(&conn, &families, &SetTunnelSource { address })
            .await
            .unwrap();
        let t = gt::get(&conn, &families, &GetTunnelSource).await.unwrap();
        assert_eq!(t.address, Some(address));
        let ns_add = AddNamespace {
            id: 9,
            data: Some(1),
            wide: None,
        };
        gt::execute(&conn, &families, &ns_add).await.unwrap();
        let all = gt::dump(&conn, &families, &DumpNamespaces)
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(
            all.iter().map(|n| (n.id, n.data)).collect::<Vec<_>>(),
            [(9, Some(1))]
        );
    });
}

/// A namespace add whose data is 2 bytes (the policy says 4).
struct ShortData;

impl Request for ShortData {
    type Family = nlkit::genl::ioam6::Ioam6;
    type Reply = nlkit::genl::ioam6::Ioam6Attrs;
    const CMD: u8 = nlkit::genl::ioam6::cmd::IOAM6_CMD_ADD_NAMESPACE;

    fn attribute_names() -> Option<&'static nlkit::wire::names::SetNames> {
        Some(&nlkit::genl::ioam6::ATTRIBUTE_NAMES)
    }

    fn emit(&self, b: &mut nlkit::wire::MessageBuilder) {
        b.attr_u16_ne(1, 5).attr_bytes(2, &[1, 2]);
    }
}

#[test]
fn a_policy_error_names_the_attribute() {
    let Some(ns) = Netns::new("ioam6-extack") else {
        return;
    };
    let families = Families::new();
    let mut conn = ns.conn_of(Protocol::Generic);
    match run(&mut conn, &families, &ShortData) {
        Err(Error::Kernel(k)) => {
            // ERANGE: "attribute has wrong length", pointing at the attribute.
            assert_eq!(k.errno, 34, "{k}");
            assert_eq!(k.named_attribute(), Some("ns-data"), "{k}");
        }
        other => panic!("{other:?}"),
    }
}
