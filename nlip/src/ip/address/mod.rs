//! `nlip address`: `show` (each link as `link show` prints it, without `mode`, followed by
//! its addresses), with `dev`, `up`, `label`, `scope`, `to`, flags and the family options;
//! `add`, `change`, `replace`, `del` and `flush`, with ip's grammar, warnings and errors.
//!
//! - `select`: the selectors `show`, `flush` and `save` share;
//! - `show`: the listing (links with their addresses);
//! - `change`: `add`, `change`, `replace`, `del` (and their requests for `-batch -force`);
//! - `flush`: the rounds of deletion and their `-s` report;
//! - `save`: `save`, `restore` and `showdump` (ip's binary dump file);
//! - `print`: the address printers shared by show, monitor and `-echo`.

mod change;
mod flush;
mod print;
mod save;
mod select;
mod show;

pub use change::change_request;
pub use print::print_address;
pub(crate) use print::print_address_event;

use crate::args::{matches, Args};
use crate::diag::Failure;
use crate::ip::context::Context;

const HELP: &str = "Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]
                                                      [ CONFFLAG-LIST ]
       ip address del IFADDR dev IFNAME [mngtmpaddr]
       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]
                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]
       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]
                         [ nomaster ]
                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]
                         [ label LABEL ] [up] [ vrf NAME ] ]
       ip address {showdump|restore}
IFADDR := PREFIX | ADDR peer PREFIX
          [ broadcast ADDR ] [ anycast ADDR ]
          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]
SCOPE-ID := [ host | link | global | NUMBER ]
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ permanent | dynamic | secondary | primary |
           [-]tentative | [-]deprecated | [-]dadfailed | temporary |
           CONFFLAG-LIST ]
CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG
CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]
LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]
LFT := forever | SECONDS
TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |
          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |
          ip6erspan | ip6gre | ip6gretap | ip6tnl |
          ipip | ipoib | ipvlan | ipvtap |
          macsec | macvlan | macvtap |
          netdevsim | nlmon | rmnet | sit | team | team_slave |
          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |
          xfrm | virt_wifi }";

/// `nlip address ...`.
pub fn run(ctx: &mut Context, args: &mut Args) -> Result<(), Failure> {
    let Some(cmd) = args.next() else {
        return show::show(ctx, args);
    };
    if matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst") {
        return show::show(ctx, args);
    }
    if matches(cmd, "help") {
        return Err(Failure::usage(HELP));
    }
    if let Some(change) = change::change_kind(cmd) {
        return change::modify(ctx, args, change);
    }
    if matches(cmd, "flush") {
        return flush::flush(ctx, args);
    }
    if matches(cmd, "save") {
        return save::save(ctx, args);
    }
    if matches(cmd, "restore") {
        return save::restore(ctx);
    }
    if matches(cmd, "showdump") {
        return save::showdump();
    }
    Err(Failure::usage(format!(
        "Command \"{cmd}\" is unknown, try \"ip address help\"."
    )))
}
