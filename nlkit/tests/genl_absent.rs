//! The typed wireguard, nl80211 and devlink APIs against the real kernel, each in a fresh
//! network namespace: this kernel has none of those families (no wireguard module, no
//! cfg80211, no devlink), so each resolves to the typed `Error::FamilyNotFound` with its
//! text, through the resolver and through every typed operation. A family that is there
//! after all is reported and that part skipped. Skipped with a printed reason without
//! privileges; failing instead when NLKIT_REQUIRE_NETNS=1.
#![cfg(all(
    feature = "ynl-wireguard",
    feature = "ynl-nl80211",
    feature = "ynl-devlink"
))]

use nlkit::engine::{Conn, Error};
use nlkit::genl::wireguard::{self, DeviceConfig, DeviceKey};
use nlkit::genl::{devlink, nl80211, Families};
use nlkit::sys::{errno::ENOENT, Protocol};
use nltestns::Netns;

/// True when `family` is missing (checked through the resolver, with its error's text);
/// false, with a line saying so, when this kernel has it.
fn absent(conn: &mut Conn, families: &Families, family: &str) -> bool {
    match families.resolve(conn, family) {
        Ok(f) => {
            eprintln!(
                "skipped: family {family} exists here (id {}); not checking its absence",
                f.id
            );
            false
        }
        Err(e) => {
            assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
            assert_eq!(e.to_string(), not_found(family));
            assert_eq!(e.errno(), Some(ENOENT));
            true
        }
    }
}

fn not_found(family: &str) -> String {
    format!("family {family} not found; is its module loaded?")
}

/// Checks that an operation failed with the typed not-found error of `family`.
fn check<T: std::fmt::Debug>(family: &str, r: Result<T, Error>) {
    let e = r.unwrap_err();
    assert!(matches!(e, Error::FamilyNotFound { .. }), "{e:?}");
    assert_eq!(e.to_string(), not_found(family));
}

#[test]
fn wireguard_is_family_not_found() {
    let Some(ns) = Netns::new("genl-absent-wg") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    if !absent(&mut conn, &families, "wireguard") {
        return;
    }
    check(
        "wireguard",
        wireguard::get_device(&mut conn, &families, &DeviceKey::from("wg0")),
    );
    check(
        "wireguard",
        wireguard::get_device(&mut conn, &families, &DeviceKey::Index(1)),
    );
    let config = DeviceConfig::new(DeviceKey::from("wg0"));
    check(
        "wireguard",
        wireguard::set_device(&mut conn, &families, &config),
    );
    // Nothing was cached: each resolution asked again.
    assert!(families.cached("wireguard").is_none());
    assert_eq!(families.lookups(), 4);
}

#[test]
fn nl80211_is_family_not_found() {
    let Some(ns) = Netns::new("genl-absent-wifi") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    if !absent(&mut conn, &families, "nl80211") {
        return;
    }
    check("nl80211", nl80211::interfaces(&mut conn, &families));
    check("nl80211", nl80211::interface(&mut conn, &families, "wlan0"));
    check("nl80211", nl80211::wiphys(&mut conn, &families));
    check("nl80211", nl80211::scan_results(&mut conn, &families, 1));
    check("nl80211", nl80211::stations(&mut conn, &families, 1));
    check(
        "nl80211",
        nl80211::station(&mut conn, &families, 1, [2, 0, 0, 0, 0, 1]),
    );
}

#[test]
fn devlink_is_family_not_found() {
    let Some(ns) = Netns::new("genl-absent-devlink") else {
        return;
    };
    let mut conn = ns.conn_of(Protocol::Generic);
    let families = Families::new();
    if !absent(&mut conn, &families, "devlink") {
        return;
    }
    let h = devlink::Handle::new("pci", "0000:01:00.0");
    check("devlink", devlink::devices(&mut conn, &families));
    check("devlink", devlink::info(&mut conn, &families, &h));
    check("devlink", devlink::infos(&mut conn, &families));
    check("devlink", devlink::ports(&mut conn, &families, Some(&h)));
    check("devlink", devlink::port(&mut conn, &families, &h, 0));
}
