//! The generic netlink header (`struct genlmsghdr`, `<linux/genetlink.h>`): the fixed
//! header of every generic netlink message, after the netlink header.

crate::fixed_struct! {
    /// `struct genlmsghdr`: the command and the family's interface version.
    pub struct GenlMsgHdr("genlmsghdr") {
        /// `cmd`: the family's command (`CTRL_CMD_*` for nlctrl).
        pub cmd: u8,
        /// `version`: the family's interface version.
        pub version: u8,
        /// `reserved`.
        pub reserved: u16,
    }
}

/// The id of the generic netlink controller family, nlctrl (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 0x10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::FixedStruct;

    #[test]
    fn genlmsghdr_is_four_bytes() {
        let h = GenlMsgHdr {
            cmd: 3,
            version: 2,
            reserved: 0,
        };
        let b = h.to_vec();
        assert_eq!(b, [3, 2, 0, 0]);
        assert_eq!(GenlMsgHdr::parse(&b).unwrap(), h);
    }
}
