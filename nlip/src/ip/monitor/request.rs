//! What `ip monitor` is asked for: its words, and the objects nlip follows.

use crate::args::{matches, Args};
use crate::diag::Failure;
use nlkit::rtnl::Kind;

pub(super) const HELP: &str = "Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]
                  [ dev DEVICE ]
OBJECTS :=  address | link | mroute | neigh | netconf |
            nexthop | nsid | prefix | route | rule | stats
FILE := file FILENAME";

/// The objects `ip monitor` knows, in its matching order.
pub(super) const OBJECTS: [&str; 11] = [
    "link", "address", "route", "mroute", "prefix", "neigh", "netconf", "rule", "nsid", "nexthop",
    "stats",
];

/// An object nlip follows.
pub(super) struct Watched {
    /// ip's word for it (also the `"object"` of a JSON line).
    pub(super) word: &'static str,
    /// Its kind.
    pub(super) kind: Kind,
    /// The label `ip monitor label` leads its lines with.
    pub(super) label: &'static str,
}

/// The objects nlip follows.
pub(super) const SUPPORTED: [Watched; 8] = [
    Watched {
        word: "link",
        kind: Kind::Link,
        label: "[LINK]",
    },
    Watched {
        word: "address",
        kind: Kind::Address,
        label: "[ADDR]",
    },
    Watched {
        word: "route",
        kind: Kind::Route,
        label: "[ROUTE]",
    },
    Watched {
        word: "neigh",
        kind: Kind::Neighbour,
        label: "[NEIGH]",
    },
    Watched {
        word: "netconf",
        kind: Kind::Netconf,
        label: "[NETCONF]",
    },
    Watched {
        word: "rule",
        kind: Kind::Rule,
        label: "[RULE]",
    },
    Watched {
        word: "nsid",
        kind: Kind::Nsid,
        label: "[NSID]",
    },
    Watched {
        word: "nexthop",
        kind: Kind::Nexthop,
        label: "[NEXTHOP]",
    },
];

/// The followed object of `kind` (`None`: one nlip does not print).
pub(super) fn watched(kind: Kind) -> Option<&'static Watched> {
    SUPPORTED.iter().find(|w| w.kind == kind)
}

/// What `monitor` was asked for.
pub(super) struct Request<'a> {
    /// The objects, by ip's word.
    pub(super) wanted: Vec<&'a str>,
    pub(super) label: bool,
    pub(super) dev: Option<&'a str>,
    pub(super) resync: bool,
    pub(super) all_nsid: bool,
}

pub(super) fn parse<'a>(args: &mut Args<'a>) -> Result<Request<'a>, Failure> {
    let mut r = Request {
        wanted: Vec::new(),
        label: false,
        dev: None,
        resync: false,
        all_nsid: false,
    };
    let mut all = false;
    while let Some(w) = args.next() {
        if matches(w, "help") {
            return Err(Failure::usage(HELP));
        } else if w == "all" {
            all = true;
            r.label = true;
        } else if matches(w, "label") {
            r.label = true;
        } else if w == "dev" {
            r.dev = Some(args.value(w)?);
        } else if w == "resync" {
            r.resync = true;
        } else if w == "all-nsid" {
            r.all_nsid = true;
        } else if let Some(o) = OBJECTS.iter().find(|o| matches(w, o)) {
            r.wanted.push(o);
        } else {
            return Err(Failure::usage(format!(
                "Argument \"{w}\" is unknown, try \"ip monitor help\"."
            )));
        }
    }
    // Without objects: all of them, without the labels (ip 6.1 prints them only for `all`
    // or `label`).
    if all || r.wanted.is_empty() {
        r.wanted = SUPPORTED.iter().map(|w| w.word).collect();
    }
    if let Some(o) = r.wanted.iter().find(|o| watched_word(o).is_none()) {
        let supported: Vec<&str> = SUPPORTED.iter().map(|w| w.word).collect();
        return Err(Failure::usage(format!(
            "nlip: monitor of \"{o}\" is not implemented yet ({})",
            supported.join(", ")
        )));
    }
    Ok(r)
}

/// The followed object ip calls `word`.
pub(super) fn watched_word(word: &str) -> Option<&'static Watched> {
    SUPPORTED.iter().find(|w| w.word == word)
}
