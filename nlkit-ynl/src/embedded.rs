//! The vendored specs, built in: what a tool such as `nlynl --family NAME` reads when it is
//! given no spec file. Looked up by the file's stem (`rt_link`, `rt-neigh`) or by the
//! family name the spec declares (`ethtool`, `net-shaper`).

use crate::{read_spec, Spec, SpecError};

/// Every vendored spec: its file stem and its text.
pub const SPECS: [(&str, &str); 27] = [
    ("conntrack", include_str!("../specs/conntrack.yaml")),
    ("devlink", include_str!("../specs/devlink.yaml")),
    ("dpll", include_str!("../specs/dpll.yaml")),
    ("ethtool", include_str!("../specs/ethtool.yaml")),
    ("fou", include_str!("../specs/fou.yaml")),
    ("handshake", include_str!("../specs/handshake.yaml")),
    ("lockd", include_str!("../specs/lockd.yaml")),
    ("mptcp_pm", include_str!("../specs/mptcp_pm.yaml")),
    ("net_shaper", include_str!("../specs/net_shaper.yaml")),
    ("netdev", include_str!("../specs/netdev.yaml")),
    ("nfsd", include_str!("../specs/nfsd.yaml")),
    ("nftables", include_str!("../specs/nftables.yaml")),
    ("nl80211", include_str!("../specs/nl80211.yaml")),
    ("nlctrl", include_str!("../specs/nlctrl.yaml")),
    ("ovpn", include_str!("../specs/ovpn.yaml")),
    ("ovs_datapath", include_str!("../specs/ovs_datapath.yaml")),
    ("ovs_flow", include_str!("../specs/ovs_flow.yaml")),
    ("ovs_vport", include_str!("../specs/ovs_vport.yaml")),
    ("rt-neigh", include_str!("../specs/rt-neigh.yaml")),
    ("rt-rule", include_str!("../specs/rt-rule.yaml")),
    ("rt_addr", include_str!("../specs/rt_addr.yaml")),
    ("rt_link", include_str!("../specs/rt_link.yaml")),
    ("rt_route", include_str!("../specs/rt_route.yaml")),
    ("tc", include_str!("../specs/tc.yaml")),
    ("tcp_metrics", include_str!("../specs/tcp_metrics.yaml")),
    ("team", include_str!("../specs/team.yaml")),
    ("wireguard", include_str!("../specs/wireguard.yaml")),
];

/// The text of the spec named `name` (a file stem, or the family name the spec declares).
pub fn text(name: &str) -> Option<&'static str> {
    SPECS
        .iter()
        .find(|(stem, text)| *stem == name || declared_name(text) == Some(name))
        .map(|(_, text)| *text)
}

/// The spec named `name`, read; `None` when no vendored spec has that name.
pub fn load(name: &str) -> Option<Result<Spec, SpecError>> {
    let (stem, text) = SPECS
        .iter()
        .find(|(stem, text)| *stem == name || declared_name(text) == Some(name))?;
    Some(read_spec(&format!("{stem}.yaml"), text))
}

/// The family name a spec declares on its `name:` line.
fn declared_name(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|l| l.strip_prefix("name: "))
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vendored_spec_is_built_in_and_found_by_both_names() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
        let files = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "yaml")
            })
            .count();
        assert_eq!(files, SPECS.len());
        assert_eq!(load("ethtool").unwrap().unwrap().name, "ethtool");
        assert_eq!(load("net_shaper").unwrap().unwrap().name, "net-shaper");
        assert_eq!(load("net-shaper").unwrap().unwrap().name, "net-shaper");
        assert!(text("rt_link").is_some());
        assert!(load("nope").is_none());
    }
}
