//! Bridge VLANs: the per-port VLAN lists of a link dump (`IFLA_AF_SPEC` with
//! `RTEXT_FILTER_BRVLAN`), the changes `bridge vlan add|del` sends (`RTM_SETLINK` /
//! `RTM_DELLINK`), and the per-VLAN database (`RTM_GETVLAN` dumps of `struct br_vlan_msg`,
//! `RTM_NEWVLAN` option changes).
//!
//! Replies are read through checked views and kept leniently: attributes nlkit does not
//! know are skipped, a known attribute of the wrong size is a [`DecodeError`]. Requests are
//! built in the order bridge 6.1 builds them, so that they are byte for byte its own.
//!
//! ```
//! use nlkit::rtnl::bridge::vlan::{PortVlans, VlanChange, VlanFlags};
//! let add = VlanChange { index: 4, vid: 10, vid_end: Some(20), ..Default::default() };
//! let bytes = add.request().finish().unwrap();
//! assert_eq!(bytes.len(), 44 + 8);
//! assert!(PortVlans::parse(&bytes[..8]).is_err());
//! let _ = VlanFlags::PVID;
//! ```

pub mod db;
pub mod stats;

pub use db::{
    GlobalOption, GlobalOptions, VlanDbDump, VlanDbEntry, VlanDbItem, VlanDbMessage, VlanOption,
    VlanOptionSet, VlanStats,
};
pub use stats::{PortVlanStats, VlanStatsDump, VlanXstats};

use crate::engine::{Conn, Error};
use crate::rtnl::link::attrs::{IFLA_AF_SPEC, IFLA_EXT_MASK};
use crate::rtnl::message_type::{RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK, RTM_SETLINK};
use crate::wire::rtnl::IfInfoMsg;
use crate::wire::{AttrView, DecodeError, FamilyMessage, Flags, MessageBuilder, MessageView};

/// `AF_BRIDGE` (`PF_BRIDGE`).
pub const AF_BRIDGE: u8 = 7;

/// `IFLA_BRIDGE_FLAGS` (u16, `BRIDGE_FLAGS_*`) inside `IFLA_AF_SPEC`.
pub const IFLA_BRIDGE_FLAGS: u16 = 0;
/// `IFLA_BRIDGE_MODE` inside `IFLA_AF_SPEC`.
pub const IFLA_BRIDGE_MODE: u16 = 1;
/// `IFLA_BRIDGE_VLAN_INFO` (`struct bridge_vlan_info`) inside `IFLA_AF_SPEC`.
pub const IFLA_BRIDGE_VLAN_INFO: u16 = 2;
/// `IFLA_BRIDGE_VLAN_TUNNEL_INFO` (nested) inside `IFLA_AF_SPEC`.
pub const IFLA_BRIDGE_VLAN_TUNNEL_INFO: u16 = 3;
/// `IFLA_BRIDGE_VLAN_TUNNEL_ID` (u32) inside `IFLA_BRIDGE_VLAN_TUNNEL_INFO`.
pub const IFLA_BRIDGE_VLAN_TUNNEL_ID: u16 = 1;
/// `IFLA_BRIDGE_VLAN_TUNNEL_VID` (u16).
pub const IFLA_BRIDGE_VLAN_TUNNEL_VID: u16 = 2;
/// `IFLA_BRIDGE_VLAN_TUNNEL_FLAGS` (u16, `BRIDGE_VLAN_INFO_*`).
pub const IFLA_BRIDGE_VLAN_TUNNEL_FLAGS: u16 = 3;
/// `RTEXT_FILTER_BRVLAN`: link dumps carry each port's VLANs one by one.
pub const RTEXT_FILTER_BRVLAN: u32 = 1 << 1;
/// `RTEXT_FILTER_BRVLAN_COMPRESSED`: link dumps carry VLAN ranges as begin/end pairs.
pub const RTEXT_FILTER_BRVLAN_COMPRESSED: u32 = 1 << 2;

crate::flag_set! {
    /// `struct bridge_vlan_info`'s flags (`BRIDGE_VLAN_INFO_*`).
    pub struct VlanFlags: u16 {
        /// `BRIDGE_VLAN_INFO_MASTER`: also on the bridge device.
        const MASTER = 1 << 0;
        /// `BRIDGE_VLAN_INFO_PVID`: the port's VLAN for untagged ingress.
        const PVID = 1 << 1;
        /// `BRIDGE_VLAN_INFO_UNTAGGED`: egresses untagged.
        const UNTAGGED = 1 << 2;
        /// `BRIDGE_VLAN_INFO_RANGE_BEGIN`: the first VLAN of a range.
        const RANGE_BEGIN = 1 << 3;
        /// `BRIDGE_VLAN_INFO_RANGE_END`: the last VLAN of a range.
        const RANGE_END = 1 << 4;
        /// `BRIDGE_VLAN_INFO_BRENTRY`: the bridge's own (global) entry.
        const BRENTRY = 1 << 5;
        /// `BRIDGE_VLAN_INFO_ONLY_OPTS`: change options only (no create, delete or flags).
        const ONLY_OPTS = 1 << 6;
    }
}

crate::flag_set! {
    /// `IFLA_BRIDGE_FLAGS` (`BRIDGE_FLAGS_*`): where a change applies.
    pub struct BridgeFlags: u16 {
        /// `BRIDGE_FLAGS_MASTER`: the bridge the port belongs to.
        const MASTER = 1;
        /// `BRIDGE_FLAGS_SELF`: the device itself (its driver).
        const SELF = 2;
    }
}

crate::fixed_struct! {
    /// `struct bridge_vlan_info`.
    pub struct BridgeVlanInfo("bridge_vlan_info") {
        /// `flags` (`BRIDGE_VLAN_INFO_*`).
        pub flags: u16,
        /// `vid`.
        pub vid: u16,
    }
}

/// One `IFLA_BRIDGE_VLAN_INFO` of a port, as the kernel sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanInfo {
    /// The VLAN id.
    pub vid: u16,
    /// Its flags.
    pub flags: VlanFlags,
}

/// One `IFLA_BRIDGE_VLAN_TUNNEL_INFO` of a port: a VLAN mapped to a tunnel id (a VNI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TunnelInfo {
    /// `IFLA_BRIDGE_VLAN_TUNNEL_VID`.
    pub vid: u16,
    /// `IFLA_BRIDGE_VLAN_TUNNEL_ID` (0 when absent).
    pub tunnel_id: u32,
    /// `IFLA_BRIDGE_VLAN_TUNNEL_FLAGS` (range begin/end).
    pub flags: VlanFlags,
}

/// A VLAN or a range of VLANs as `bridge vlan show` prints it (ranges folded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanRange {
    /// The first VLAN.
    pub start: u16,
    /// The last VLAN (`start` for a single one).
    pub end: u16,
    /// The flags of the entry that closed the range.
    pub flags: VlanFlags,
}

/// A tunnel mapping or a range of them as `bridge vlan tunnelshow` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TunnelRange {
    /// The first VLAN.
    pub vid_start: u16,
    /// The last VLAN.
    pub vid_end: u16,
    /// The first tunnel id.
    pub id_start: u32,
    /// The last tunnel id.
    pub id_end: u32,
}

/// The VLANs of one link of an `AF_BRIDGE` link dump (`RTM_NEWLINK`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PortVlans {
    /// `ifi_family` (`AF_BRIDGE` in the answers of a bridge dump).
    pub family: u8,
    /// `ifi_index`.
    pub index: u32,
    /// True when the message had `IFLA_AF_SPEC` (bridge skips links without it).
    pub has_af_spec: bool,
    /// `IFLA_BRIDGE_VLAN_INFO` entries in order.
    pub vlans: Vec<VlanInfo>,
    /// `IFLA_BRIDGE_VLAN_TUNNEL_INFO` entries in order (those with a VLAN id).
    pub tunnels: Vec<TunnelInfo>,
}

/// bridge's `filter_vlan_check`: `Some(true)` print, `Some(false)` skip, `None` stop.
fn vlan_check(filter: u32, vid: u16, flags: VlanFlags) -> Option<bool> {
    let vid = u32::from(vid);
    if filter != 0 && vid > filter && !flags.contains(VlanFlags::RANGE_END) {
        return None;
    }
    Some(!(flags.contains(VlanFlags::RANGE_BEGIN) || vid < filter))
}

impl PortVlans {
    /// Reads a whole message (`nlmsghdr` first). Messages that are not `RTM_NEWLINK` give
    /// `Ok(None)`.
    pub fn parse(message: &[u8]) -> Result<Option<PortVlans>, DecodeError> {
        let m = MessageView::new_checked(message)?;
        if m.message_type() != RTM_NEWLINK {
            return Ok(None);
        }
        let fm = FamilyMessage::<IfInfoMsg>::parse(m.payload())?;
        let mut p = PortVlans {
            family: fm.header.family,
            index: fm.header.index,
            ..Default::default()
        };
        for a in fm.attrs() {
            let a = a?;
            if a.attr_type() == IFLA_AF_SPEC {
                p.has_af_spec = true;
                p.read_af_spec(&a)?;
            }
        }
        Ok(Some(p))
    }

    fn read_af_spec(&mut self, spec: &AttrView<&[u8]>) -> Result<(), DecodeError> {
        for a in spec.nested() {
            let a = a?;
            match a.attr_type() {
                IFLA_BRIDGE_VLAN_INFO => {
                    let v: BridgeVlanInfo = a.fixed()?;
                    self.vlans.push(VlanInfo {
                        vid: v.vid,
                        flags: VlanFlags(v.flags),
                    });
                }
                IFLA_BRIDGE_VLAN_TUNNEL_INFO => {
                    if let Some(t) = tunnel_info(&a)? {
                        self.tunnels.push(t);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The VLANs as `bridge vlan show [vid FILTER]` lists them (0: no filter): a range's
    /// begin entry is folded into its end, and with a filter, entries before it are
    /// skipped and the list stops after it.
    pub fn ranges(&self, filter: u32) -> Vec<VlanRange> {
        let mut out = Vec::new();
        let mut start = 0;
        for v in &self.vlans {
            if !v.flags.contains(VlanFlags::RANGE_END) {
                start = v.vid;
            }
            match vlan_check(filter, v.vid, v.flags) {
                None => break,
                Some(false) => continue,
                Some(true) => out.push(VlanRange {
                    start,
                    end: v.vid,
                    flags: v.flags,
                }),
            }
        }
        out
    }

    /// The tunnel mappings as `bridge vlan tunnelshow [vid FILTER]` lists them.
    pub fn tunnel_ranges(&self, filter: u32) -> Vec<TunnelRange> {
        let mut out = Vec::new();
        let (mut vid_start, mut id_start) = (0, 0);
        for t in &self.tunnels {
            if !t.flags.contains(VlanFlags::RANGE_END) {
                vid_start = t.vid;
                id_start = t.tunnel_id;
            }
            match vlan_check(filter, t.vid, t.flags) {
                None => break,
                Some(false) => continue,
                Some(true) => out.push(TunnelRange {
                    vid_start,
                    vid_end: t.vid,
                    id_start,
                    id_end: t.tunnel_id,
                }),
            }
        }
        out
    }
}

/// One `IFLA_BRIDGE_VLAN_TUNNEL_INFO`; `None` without a VLAN id (bridge skips those).
fn tunnel_info(a: &AttrView<&[u8]>) -> Result<Option<TunnelInfo>, DecodeError> {
    let mut t = TunnelInfo::default();
    let mut vid = None;
    for x in a.nested() {
        let x = x?;
        match x.attr_type() {
            IFLA_BRIDGE_VLAN_TUNNEL_ID => t.tunnel_id = x.u32_ne()?,
            IFLA_BRIDGE_VLAN_TUNNEL_VID => vid = Some(x.u16_ne()?),
            IFLA_BRIDGE_VLAN_TUNNEL_FLAGS => t.flags = VlanFlags(x.u16_ne()?),
            _ => {}
        }
    }
    Ok(vid.map(|vid| TunnelInfo { vid, ..t }))
}

/// The link dump of `bridge vlan show` / `tunnelshow`: `AF_BRIDGE` links with their VLANs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortVlanDump {
    /// `RTEXT_FILTER_BRVLAN_COMPRESSED` instead of `RTEXT_FILTER_BRVLAN` (`bridge -c`).
    pub compressed: bool,
}

impl PortVlanDump {
    /// The dump request (`RTM_GETLINK`, `ifinfomsg` of `AF_BRIDGE`, `IFLA_EXT_MASK`).
    pub fn request(&self) -> MessageBuilder {
        let mut b = MessageBuilder::new(RTM_GETLINK, Flags::NONE);
        b.push_struct(&IfInfoMsg {
            family: AF_BRIDGE,
            ..Default::default()
        });
        let mask = if self.compressed {
            RTEXT_FILTER_BRVLAN_COMPRESSED
        } else {
            RTEXT_FILTER_BRVLAN
        };
        b.attr_u32_ne(IFLA_EXT_MASK, mask);
        b
    }

    /// Runs the dump: every `RTM_NEWLINK` answer, in the kernel's order. A message that
    /// does not decode fails the call.
    pub fn run(&self, conn: &mut Conn) -> Result<Vec<PortVlans>, Error> {
        let mut dump = conn.dump(&self.request())?;
        let mut out = Vec::new();
        while let Some(m) = dump.next_message() {
            let m = m?;
            if let Some(p) = PortVlans::parse(m.as_bytes()).map_err(Error::Decode)? {
                out.push(p);
            }
        }
        Ok(out)
    }
}

/// `bridge vlan add|del`: one VLAN or a range on a port (`RTM_SETLINK` / `RTM_DELLINK` of
/// `AF_BRIDGE` with `IFLA_AF_SPEC`), or a VLAN-to-tunnel mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VlanChange {
    /// True for `del` (`RTM_DELLINK`), false for `add` (`RTM_SETLINK`).
    pub delete: bool,
    /// The device's index.
    pub index: u32,
    /// `IFLA_BRIDGE_FLAGS` (not sent when empty).
    pub bridge_flags: BridgeFlags,
    /// The VLAN, or the first of the range.
    pub vid: u16,
    /// The last VLAN of a range: sent as a `RANGE_BEGIN`/`RANGE_END` pair.
    pub vid_end: Option<u16>,
    /// `PVID` / `UNTAGGED` (range flags are added here).
    pub flags: VlanFlags,
    /// A tunnel mapping instead of VLAN flags: (first tunnel id, last tunnel id of a range;
    /// bridge sends 0 when the range's end id is not given).
    pub tunnel: Option<(u32, u32)>,
}

impl VlanChange {
    /// The request, as bridge 6.1 builds it.
    pub fn request(&self) -> MessageBuilder {
        let ty = if self.delete {
            RTM_DELLINK
        } else {
            RTM_SETLINK
        };
        let mut b = MessageBuilder::new(ty, Flags::NONE);
        b.push_struct(&IfInfoMsg {
            family: AF_BRIDGE,
            index: self.index,
            ..Default::default()
        });
        // bridge's nests carry no NLA_F_NESTED.
        let spec = b.nest_start_flags(IFLA_AF_SPEC);
        if self.bridge_flags.bits() != 0 {
            b.attr_u16_ne(IFLA_BRIDGE_FLAGS, self.bridge_flags.bits());
        }
        match self.tunnel {
            Some((id_start, id_end)) => self.tunnel_attrs(&mut b, id_start, id_end),
            None => self.vlan_attrs(&mut b),
        }
        b.nest_end(spec);
        b
    }

    fn vlan_attrs(&self, b: &mut MessageBuilder) {
        let mut flags = self.flags.bits();
        if let Some(end) = self.vid_end {
            flags |= VlanFlags::RANGE_BEGIN.bits();
            b.attr_struct(
                IFLA_BRIDGE_VLAN_INFO,
                &BridgeVlanInfo {
                    flags,
                    vid: self.vid,
                },
            );
            flags = (flags & !VlanFlags::RANGE_BEGIN.bits()) | VlanFlags::RANGE_END.bits();
            b.attr_struct(IFLA_BRIDGE_VLAN_INFO, &BridgeVlanInfo { flags, vid: end });
        } else {
            b.attr_struct(
                IFLA_BRIDGE_VLAN_INFO,
                &BridgeVlanInfo {
                    flags,
                    vid: self.vid,
                },
            );
        }
    }

    fn tunnel_attrs(&self, b: &mut MessageBuilder, id_start: u32, id_end: u32) {
        let one = |b: &mut MessageBuilder, vid: u16, id: u32, flags: VlanFlags| {
            let n = b.nest_start_flags(IFLA_BRIDGE_VLAN_TUNNEL_INFO);
            b.attr_u32_ne(IFLA_BRIDGE_VLAN_TUNNEL_ID, id);
            b.attr_u16_ne(IFLA_BRIDGE_VLAN_TUNNEL_VID, vid);
            b.attr_u16_ne(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS, flags.bits());
            b.nest_end(n);
        };
        match self.vid_end.filter(|e| *e > self.vid) {
            Some(end) => {
                one(b, self.vid, id_start, VlanFlags::RANGE_BEGIN);
                one(b, end, id_end, VlanFlags::RANGE_END);
            }
            None => one(b, self.vid, id_start, VlanFlags::EMPTY),
        }
    }

    /// Sends the change and waits for the kernel's answer.
    pub fn apply(&self, conn: &mut Conn) -> Result<(), Error> {
        conn.execute(&self.request()).map(|_| ())
    }
}

#[cfg(test)]
mod tests;
