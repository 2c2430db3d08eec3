"""What the sweep normalises before comparing, and nothing else (the README lists each rule).

Outputs (stdout, stderr) of both tools: only timing values (seconds counters that tick between
two runs). The program name is not touched: nlip prints `ip` in its usage and errors, as ip.
Outputs of lines run in the twins: also the twins' own namespace names.
State snapshots of the twins (taken with the real ip): the same, plus what differs between two
namespaces built alike without either tool being at fault: random MACs of links a line created
(and link-local addresses made from them or at random), neighbour states that timers move,
and ifindex numbers (see `snapshot_key`).
"""

import re

_T = "<T>"

# (pattern, replacement): timing values in text and JSON output.
TIMING = [
    # address lifetimes: valid_lft 2999sec preferred_lft 1999sec
    (re.compile(r"\b(valid_lft|preferred_lft) \d+sec"), r"\1 <T>sec"),
    (re.compile(r'"(valid_life_time|preferred_life_time)":(\s?)\d+'), r'"\1":\2<T>'),
    # route expiry: expires 2999sec
    (re.compile(r"\bexpires \d+sec"), "expires <T>sec"),
    (re.compile(r'"expires":(\s?)\d+'), r'"expires":\1<T>'),
    # neighbour ages with -s: used 12/12/3
    (re.compile(r"\bused \d+/\d+/\d+"), "used <T>/<T>/<T>"),
    (re.compile(r'"(used|confirmed|updated)":(\s?)\d+'), r'"\1":\2<T>'),
    # route cache age
    (re.compile(r"\bage \d+(\.\d+)?sec"), "age <T>sec"),
    # bridge and bridge port timers with -d: gc_timer  123.45
    (re.compile(r"\b(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer\s+[\d.]+"),
     r"\1_timer <T>"),
    (re.compile(r'"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer":(\s?)[\d.]+'),
     r'"\1_timer":\2<T>'),
    # nexthop buckets and resilient groups: idle_time 12.34, unbalanced_time 5
    (re.compile(r"\b(idle_time|unbalanced_time) [\d.]+"), r"\1 <T>"),
    (re.compile(r'"(idle_time|unbalanced_time)":(\s?)[\d.]+'), r'"\1":\2<T>'),
]


def timing(text):
    for pat, rep in TIMING:
        text = pat.sub(rep, text)
    return text


def decode(data):
    """Text of an output, or None when it is binary (save files: compared byte for byte)."""
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


DUMP_MAGICS = {0x45311224, 0x47361222, 0x71706986}  # route, address, rule save files


def dump_file(data):
    """A `save` file (a magic, then netlink messages) with each message's nlmsg_seq and
    nlmsg_pid zeroed: ip numbers its dump request with the time and the kernel copies that and
    the socket's port id into every message. Anything else is returned as it is."""
    if len(data) < 4 or int.from_bytes(data[:4], "little") not in DUMP_MAGICS:
        return data
    out = bytearray(data)
    off = 4
    while off + 16 <= len(out):
        length = int.from_bytes(out[off:off + 4], "little")
        if length < 16 or off + length > len(out):
            break
        out[off + 8:off + 16] = bytes(8)
        off += (length + 3) & ~3
    return bytes(out)


def output(data, twin_names=(), addresses=None):
    """The normalised form of one stdout or stderr (bytes in, str or bytes out). For lines run
    in the twins, `twin_names` (their namespace names) and `addresses` (a SnapshotNormaliser:
    random MACs and link-locals) are given too."""
    text = decode(data)
    if text is None:
        return dump_file(data)
    text = timing(text)
    for name in twin_names:
        text = text.replace(name, "<twin>")
    if addresses is not None:
        text = addresses.random_addresses(text)
    return text


# ---------------------------------------------------------------------------- snapshots

MAC = re.compile(r"\b[0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5}\b")
LL6 = re.compile(r"\bfe80::[0-9a-f:]+")
NUD_RS = re.compile(r"\b(REACHABLE|STALE)\b")
NUD_PF = re.compile(r"\b(DELAY|PROBE|INCOMPLETE|FAILED)\b")
IFINDEX = re.compile(r"^\d+: ", re.M)
IFREF = re.compile(r"@if\d+\b")


def _canon_mac(m):
    return ":".join("%02x" % int(x, 16) for x in m.split(":"))


def eui64(mac):
    b = [int(x, 16) for x in mac.split(":")]
    b[0] ^= 2
    w = [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, (0xfe << 8) | b[3], (b[4] << 8) | b[5]]
    return "fe80::" + ":".join("%x" % x for x in w)


class SnapshotNormaliser:
    def __init__(self, known_macs):
        self.known = {_canon_mac(m) for m in known_macs}
        self.known_ll = {eui64(m) for m in self.known}

    def random_addresses(self, text):
        """MACs the topology and grammar never give (random ones of links a line made) and
        link-local addresses not made from a known MAC, as placeholders."""
        text = MAC.sub(lambda m: m.group(0) if _canon_mac(m.group(0)) in self.known
                       else "<mac>", text)
        return LL6.sub(lambda m: m.group(0) if m.group(0) in self.known_ll
                       or m.group(0).count(":") < 4 else "fe80::<ll>", text)

    def __call__(self, text, twin_names=()):
        text = timing(text)
        for name in twin_names:
            text = text.replace(name, "<twin>")
        text = self.random_addresses(text)
        text = NUD_RS.sub("<REACHABLE|STALE>", text)
        text = NUD_PF.sub("<DELAY|PROBE|INCOMPLETE|FAILED>", text)
        return text


_RTYPES = {"unicast", "local", "broadcast", "multicast", "throw", "unreachable", "prohibit",
           "blackhole", "nat", "anycast"}


def _is_v6_route(line):
    words = line.split()
    if words and words[0] in _RTYPES:
        words = words[1:]
    return bool(words) and ":" in words[0]


def order_routes(text):
    """A route section with its IPv6 routes sorted (each with its indented nexthop lines) after
    the IPv4 ones, whose order is kept. The kernel adds the fe80::/64 and ff00::/8 routes of a
    link when linkwatch reports its carrier, in no fixed order between two namespaces."""
    entries = []
    for line in text.splitlines():
        if line[:1].isspace() and entries:
            entries[-1].append(line)
        else:
            entries.append([line])
    v4 = [e for e in entries if not _is_v6_route(e[0])]
    v6 = sorted((e for e in entries if _is_v6_route(e[0])), key=lambda e: e[0])
    return "\n".join(line for e in v4 + v6 for line in e)


def snapshot_key(text):
    """A normalised snapshot without ifindex numbers: twins whose snapshots differ only there
    drifted (a failed link creation can use up an index in one twin) and are rebuilt quietly."""
    return IFREF.sub("@if<N>", IFINDEX.sub("<N>: ", text))


# ---------------------------------------------------------------------------- group keys

_DQ = re.compile(r'"[^"\n]*"')
_SQ = re.compile(r"'[^'\n]*'")
_V6 = re.compile(r"\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:/\d+)?")
_V4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){1,3}(?:/\d+)?\b")
_NUM = re.compile(r"\b(?:0x[0-9a-f]+|\d+)\b")


def template(line, names=(), quoted=True):
    """A line with its specifics replaced by placeholders (for grouping differences); with
    `quoted`, also every quoted word (error messages quote the offending argument)."""
    if line is None:
        return "(nothing)"
    s = line.rstrip("\n")
    body = s.rstrip(" ")
    s = body + "␠" * (len(s) - len(body))  # trailing blanks differ often: keep them visible
    s = s.replace("\t", "\\t")
    if quoted:
        s = _SQ.sub("'X'", _DQ.sub('"X"', s))
    s = MAC.sub("MAC", s)
    s = _V6.sub("ADDR6", s)
    s = _V4.sub("ADDR", s)
    for n in sorted(names, key=len, reverse=True):
        s = re.sub(r"(?<![\w-])%s(?![\w-])" % re.escape(n), "NAME", s)
    s = _NUM.sub("N", s)
    return s[:140]
