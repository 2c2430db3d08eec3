#!/usr/bin/env python3
"""Turns the hex dumps of `strace -e trace=recvmsg -e read=FD` (or sendmsg with -e write=FD)
into raw bytes: every dumped datagram, concatenated, keeping only the netlink messages whose
type is not NLMSG_DONE (3) or NLMSG_ERROR (2) unless --all is given.

    ip netns exec NS strace -qq -e trace=recvmsg -e read=3 genl ctrl list 2>trace >/dev/null
    tools/strace-to-bin.py < trace > fixture.bin

Used to capture the byte fixtures of the library's tests."""

import re
import struct
import sys

LINE = re.compile(r"^ \| [0-9a-f]{5}  ((?:[0-9a-f]{2} {1,2}){1,16})")


def datagrams(lines):
    current = None
    for line in lines:
        if line.startswith(" * ") and "bytes in buffer" in line:
            if current:
                yield bytes(current)
            current = bytearray()
            continue
        m = LINE.match(line)
        if m and current is not None:
            current.extend(bytes.fromhex(m.group(1).replace(" ", "")))
    if current:
        yield bytes(current)


def messages(data):
    at = 0
    while at + 16 <= len(data):
        length, mtype = struct.unpack_from("=IH", data, at)
        if length < 16 or at + length > len(data):
            break
        yield mtype, data[at : at + length]
        at += (length + 3) & ~3


def main():
    keep_all = "--all" in sys.argv
    out = bytearray()
    for d in datagrams(sys.stdin):
        for mtype, msg in messages(d):
            if keep_all or mtype not in (2, 3):
                out.extend(msg)
                out.extend(b"\0" * (-len(msg) % 4))
    sys.stdout.buffer.write(bytes(out))


if __name__ == "__main__":
    main()
