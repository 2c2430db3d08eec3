//! The monitor's lines against what `ip mptcp monitor` printed for the same events.
//!
//! `mptcp_monitor.bin`: the events of an MPTCP connection over lo (a signal and a subflow
//! endpoint; Linux 6.18), captured with `ip netns exec NS strace -qq -e trace=recvmsg -e
//! read=4 ip mptcp monitor` and `tools/strace-to-bin.py` (nlctrl's answers left out);
//! strace dumped 16 of the 24 events ip printed, the lines below are ip's for those 16.

use super::event;
use nlkit::genl::mptcp::Event;
use nlkit::wire::MessageIter;

const EVENTS: &[u8] = include_bytes!("../../../../tests/golden/mptcp_monitor.bin");

const IP: &str = "\
[UNKNOWN 15]
[       CREATED] token=f1b8f37d remid=0 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.1 sport=38564 dport=6000
[       CREATED] token=0b332dca remid=0 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.1 sport=6000 dport=38564 flags=2
[   ESTABLISHED] token=0b332dca remid=0 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.1 sport=6000 dport=38564 flags=2
[   ESTABLISHED] token=f1b8f37d remid=0 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.1 sport=38564 dport=6000
[     ANNOUNCED] token=f1b8f37d remid=1 daddr4=10.9.0.2 dport=6000
[     SF_CLOSED] token=0b332dca remid=0 locid=2 saddr4=10.9.0.3 daddr4=10.9.0.1 sport=52961 dport=38564 backup=0 error=111 ifindex=1
[SF_ESTABLISHED] token=f1b8f37d remid=1 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.2 sport=35089 dport=6000 backup=0
[     SF_CLOSED] token=f1b8f37d remid=1 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.2 sport=35089 dport=6000 backup=0
[       REMOVED] token=0b332dca remid=1
[       REMOVED] token=0b332dca remid=2
[     SF_CLOSED] token=f1b8f37d remid=0 locid=2 saddr4=10.9.0.3 daddr4=10.9.0.1 sport=56035 dport=6000 backup=0 ifindex=1
[     SF_CLOSED] token=0b332dca remid=2 locid=0 saddr4=10.9.0.1 daddr4=10.9.0.3 sport=6000 dport=56035 backup=1
[        CLOSED] token=f1b8f37d
[        CLOSED] token=0b332dca
[UNKNOWN 16]
";

#[test]
fn monitor_lines_are_ips() {
    let mut out = Vec::new();
    for m in MessageIter::new(EVENTS) {
        event(&mut out, &Event::parse(&m.unwrap()).unwrap()).unwrap();
    }
    assert_eq!(String::from_utf8(out).unwrap(), IP);
}
