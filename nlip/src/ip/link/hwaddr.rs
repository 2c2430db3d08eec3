//! Hardware types and addresses as ip prints them: the `link/TYPE` name of an `ARPHRD_*`
//! value, and an address as colon-separated hex (an IP address for IP tunnels).

/// Hardware types (`ARPHRD_*`, linux/if_arp.h) as iproute2 names them.
pub(super) fn link_type(t: u16) -> Option<&'static str> {
    Some(match t {
        0 => "netrom",
        1 => "ether",
        2 => "eether",
        3 => "ax25",
        4 => "pronet",
        5 => "chaos",
        6 => "ieee802",
        7 => "arcnet",
        8 => "atalk",
        15 => "dlci",
        19 => "atm",
        23 => "metricom",
        24 => "ieee1394",
        27 => "eui64",
        32 => "infiniband",
        256 => "slip",
        257 => "cslip",
        258 => "slip6",
        259 => "cslip6",
        260 => "rsrvd",
        264 => "adapt",
        270 => "rose",
        271 => "x25",
        272 => "hwx25",
        280 => "can",
        512 => "ppp",
        513 => "hdlc",
        516 => "lapb",
        517 => "ddcmp",
        518 => "rawhdlc",
        519 => "rawip",
        768 => "ipip",
        769 => "tunnel6",
        770 => "frad",
        771 => "skip",
        772 => "loopback",
        773 => "localtlk",
        774 => "fddi",
        775 => "bif",
        776 => "sit",
        777 => "ip6ip",
        778 => "gre",
        779 => "pimreg",
        780 => "hippi",
        781 => "ash",
        782 => "econet",
        783 => "irda",
        784 => "fcpp",
        785 => "fcal",
        786 => "fcpl",
        787 => "fcfb",
        800 => "tr",
        801 => "tr+rif",
        802 => "wlan",
        803 => "wlan_prism",
        804 => "wlan_radiotap",
        805 => "ieee802.15.4",
        806 => "ieee802.15.4_monitor",
        820 => "phonet",
        821 => "phonet_pipe",
        822 => "caif",
        823 => "ip6gre",
        824 => "netlink",
        825 => "6lowpan",
        826 => "vsockmon",
        0xfffe => "none",
        0xffff => "void",
        _ => return None,
    })
}

/// A hardware address: colon-separated hex, or an IP address for IP tunnels.
pub(super) fn lladdr(t: u16, a: &[u8]) -> String {
    match (t, a.len()) {
        (768 | 776 | 778, 4) => std::net::Ipv4Addr::new(a[0], a[1], a[2], a[3]).to_string(),
        (769 | 823, 16) => <[u8; 16]>::try_from(a)
            .map(|b| std::net::Ipv6Addr::from(b).to_string())
            .unwrap_or_default(),
        _ => {
            let mut s = String::with_capacity(a.len() * 3);
            for (i, b) in a.iter().enumerate() {
                if i > 0 {
                    s.push(':');
                }
                s.push_str(&format!("{b:02x}"));
            }
            s
        }
    }
}
