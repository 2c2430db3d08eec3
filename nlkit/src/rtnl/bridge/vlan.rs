//! Bridge VLANs (`IFLA_AF_SPEC` vlan info, `RTM_*VLAN`): in progress.
