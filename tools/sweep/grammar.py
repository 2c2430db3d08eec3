"""The command-line grammar of the sweep, as data, and the generator that walks it.

A production is a tree of small nodes:
  "word"        a keyword (a plain string inside S/A/P)
  K(a, b, ...)  a keyword spelled one of several ways (the first is the usual one)
  V(pool)       a value drawn from a topology pool (topology.pools)
  C(kw, ...)    a clause: a keyword and its values (the unit mutations move and repeat)
  S(...)        a sequence
  A(...)        one of (weights with w=[...])
  O(node, p)    optional
  P(..., lo, hi) a subset of the options, in random order (ip takes most options in any order)
  R(node, lo, hi) repeated

COMMANDS lists every object and verb the sweep runs, with its weight and production. Then
near-valid variants are made from a valid line by one mutation (MUTATIONS), and global options
are put in front (global_options). `classify` resolves the object and verb as ip 6.1 does
(first match in ip's order, `matches()` prefix rules), so a mutated line is run where its real
meaning belongs (a change in the twins), and `unsafe` rejects any line that could reach outside
the sweep's namespaces.
"""

import random
import re


# ---------------------------------------------------------------------------- nodes

class Tok:
    __slots__ = ("text", "role", "vtype", "clause")

    def __init__(self, text, role, vtype=None, clause=None):
        self.text, self.role, self.vtype, self.clause = text, role, vtype, clause

    def copy(self, **kw):
        t = Tok(self.text, self.role, self.vtype, self.clause)
        for k, v in kw.items():
            setattr(t, k, v)
        return t


def _node(x):
    return K(x) if isinstance(x, str) else x


class K:
    def __init__(self, *words, w=None):
        self.words, self.w = words, w

    def gen(self, g):
        if self.w:
            word = g.rng.choices(self.words, weights=self.w)[0]
        elif len(self.words) > 1 and g.rng.random() < 0.3:
            word = g.rng.choice(self.words[1:])
        else:
            word = self.words[0]
        return [Tok(word, "kw")] if word else []


class V:
    def __init__(self, pool):
        self.pool = pool

    def gen(self, g):
        return [Tok(g.rng.choice(g.pools[self.pool]), "val", self.pool)]


class CV:
    """Values that belong together, from a pool of space-separated tuples: with keywords
    (kw1 v1) (kw2 v2) as two clauses; a keyword None puts the value bare."""

    def __init__(self, pool, *kws):
        self.pool, self.kws = pool, kws

    def gen(self, g):
        vals = g.rng.choice(g.pools[self.pool]).split()
        out = []
        for kw, v in zip(self.kws, vals):
            g.clauses += 1
            vt = self.pool + ":" + str(len(out))
            if kw is None:
                out.append(Tok(v, "val", vt, g.clauses))
            else:
                out += [Tok(kw, "kw", None, g.clauses), Tok(v, "val", vt, g.clauses)]
        return out


class C:
    def __init__(self, kw, *vals):
        self.kw, self.vals = _node(kw), [_node(v) for v in vals]

    def gen(self, g):
        g.clauses += 1
        cid = g.clauses
        toks = self.kw.gen(g)
        for v in self.vals:
            toks += v.gen(g)
        for t in toks:
            t.clause = cid
        return toks


class S:
    def __init__(self, *items):
        self.items = [_node(i) for i in items]

    def gen(self, g):
        out = []
        for i in self.items:
            out += i.gen(g)
        return out


class A:
    def __init__(self, *items, w=None):
        self.items, self.w = [_node(i) for i in items], w

    def gen(self, g):
        item = g.rng.choices(self.items, weights=self.w)[0] if self.w else g.rng.choice(self.items)
        return item.gen(g)


class O:
    def __init__(self, item, p=0.5):
        self.item, self.p = _node(item), p

    def gen(self, g):
        return self.item.gen(g) if g.rng.random() < self.p else []


class P:
    def __init__(self, *items, lo=0, hi=3):
        self.items, self.lo, self.hi = [_node(i) for i in items], lo, hi

    def gen(self, g):
        k = g.rng.randint(self.lo, min(self.hi, len(self.items)))
        out = []
        for i in g.rng.sample(self.items, k):
            out += i.gen(g)
        return out


class R:
    def __init__(self, item, lo, hi):
        self.item, self.lo, self.hi = _node(item), lo, hi

    def gen(self, g):
        out = []
        for _ in range(g.rng.randint(self.lo, self.hi)):
            out += self.item.gen(g)
        return out


E = S()  # nothing


# ---------------------------------------------------------------------------- productions

DEV = C("dev", V("dev"))

# route
RT_SEL = P(C("table", V("table_show")), C("proto", V("proto")), C("type", V("rtype")),
           C("scope", V("scope")), C("dev", V("dev")), C("via", V("gw4")),
           C("src", V("addr4_local")), C("root", V("prefix4")), C("match", V("prefix4")),
           C("exact", V("prefix4")), C("tos", V("tos")), C("metric", V("metric")),
           C("realm", V("realm")), C("iif", V("dev")), C("from", V("src_prefix4")),
           V("prefix4"), C("vrf", V("dev")), "cloned", "cached", hi=3)
RT_SEL6 = P(C("table", V("table_show")), C("proto", V("proto")), C("type", V("rtype")),
            C("dev", V("dev")), C("via", V("gw6")), C("root", V("prefix6")),
            C("match", V("prefix6")), C("exact", V("prefix6")), C("from", V("src_prefix6")),
            V("prefix6"), C("metric", V("metric")), C("src", V("addr6_local")), hi=3)
RT_METRICS = P(C("mtu", O("lock", 0.3), V("mtu")), C("advmss", V("small")), C("rtt", V("time")),
               C("rttvar", V("time")), C("reordering", V("small")), C("window", V("small")),
               C("cwnd", V("small")), C("initcwnd", V("small")), C("initrwnd", V("small")),
               C("ssthresh", V("small")), C("realms", V("realm")), C("rto_min", V("time")),
               C("hoplimit", V("small")), C("features", "ecn"), C("quickack", A("0", "1")),
               C("congctl", O("lock", 0.3), A("cubic", "reno")), C("fastopen_no_cookie", A("0", "1")),
               "onlink", hi=2)
RT_NODE4 = P(C("tos", V("tos")), C("table", V("table")), C("proto", V("proto")),
             C("scope", V("scope")), C(K("metric", "preference", "priority"), V("metric")),
             C("ttl-propagate", A("enabled", "disabled")), hi=2)
RT_NODE6 = P(C("table", V("table")), C("proto", V("proto")), C("metric", V("metric")),
             C("pref", A("low", "medium", "high")), C("expires", V("expires")), hi=2)
RT_INFO4 = A(
    CV("via4_dev", "via", "dev"),
    S(C("via", O(K("inet"), 0.1), V("gw4")), O(DEV, 0.5)),
    DEV,
    C("nhid", V("nhid")),
    R(S("nexthop", CV("via4_dev", "via", "dev"), O(C("weight", V("weight")), 0.5)), 2, 3),
    S(C("encap", "mpls", V("mpls_label")), C("via", V("gw4")), DEV),
    S(C("via", "inet6", V("gw6")), DEV),
    w=[30, 10, 20, 12, 12, 4, 3])
RT_INFO6 = A(
    CV("via6_dev", "via", "dev"),
    S(C("via", V("gw6")), O(DEV, 0.6)),
    DEV,
    C("nhid", A("4", "5", "3", "1")),
    R(S("nexthop", CV("via6_dev", "via", "dev"), O(C("weight", V("weight")), 0.3)), 2, 2),
    w=[30, 15, 25, 10, 10])
RT_SPEC4 = A(
    S(A(V("prefix4_new"), V("prefix4"), w=[3, 2]), RT_NODE4, RT_INFO4,
      O(C("src", V("addr4_local")), 0.15), O(RT_METRICS, 0.3)),
    S(V("rtype_nogw"), A(V("prefix4_new"), V("prefix4")), RT_NODE4),
    S(V("rtype"), V("prefix4_new"), RT_NODE4, O(DEV, 0.5)),
    w=[70, 20, 10])
RT_SPEC6 = A(
    S(A(V("prefix6_new"), V("prefix6"), w=[3, 2]), RT_NODE6, RT_INFO6,
      O(C("from", V("src_prefix6")), 0.1), O(C("src", V("addr6_local")), 0.1), O(RT_METRICS, 0.2)),
    S(V("rtype_nogw"), A(V("prefix6_new"), V("prefix6")), RT_NODE6),
    w=[80, 20])
RT_SPEC = A(RT_SPEC4, RT_SPEC6, w=[65, 35])
RT_GET = S(O("fibmatch", 0.15), O("to", 0.15),
           A(S(V("dst4"), P(C("from", V("addr4_local")), C("iif", V("dev_l3")), C("oif", V("dev")),
                            C("tos", V("tos")), C("mark", V("mark")), C("uid", V("uid")),
                            C("ipproto", V("ipproto")), C("sport", V("port")),
                            C("dport", V("port")), "connected", C("vrf", V("dev")),
                            C("as", V("addr4_local")), hi=3)),
             S(V("dst6"), P(C("from", V("addr6_local")), C("oif", V("dev")), C("mark", V("mark")),
                            C("iif", V("dev_l3")), C("uid", V("uid")), C("ipproto", V("ipproto")),
                            C("dport", V("port")), hi=2)),
             w=[70, 30]))

# address
AD_FLAGS = K("permanent", "dynamic", "secondary", "primary", "tentative", "-tentative",
             "deprecated", "-deprecated", "dadfailed", "temporary", "home", "nodad",
             "mngtmpaddr", "noprefixroute", "autojoin")
AD_SEL = P(DEV, C("scope", V("scope")), C("to", A(V("src_prefix4"), V("src_prefix6"))),
           AD_FLAGS, C("label", V("label")), "up", C("master", V("bridge")), "nomaster",
           C("type", V("linktype")), C("vrf", V("dev")), hi=3)
AD_LFT = P(C("valid_lft", V("lft")), C("preferred_lft", V("lft")), lo=0, hi=2)
AD_CONF = P("home", "nodad", "mngtmpaddr", "noprefixroute", "autojoin", hi=2)
AD_SPEC4 = S(A(V("ifaddr4_new"), V("ifaddr4"),
               S(V("addr4_local"), C("peer", V("peer4"))), w=[5, 3, 1]),
             C("dev", V("dev_l3")),
             P(C(K("broadcast", "brd"), V("brd4")), C("label", V("label")),
               C("scope", V("scope")), C("metric", V("metric")), C("anycast", V("gw4")), hi=2))
AD_SPEC6 = S(A(V("ifaddr6_new"), V("ifaddr6"), w=[5, 3]), C("dev", V("dev_l3")),
             P(C("scope", V("scope")), C("metric", V("metric")), hi=1))
AD_CHANGE = S(A(AD_SPEC4, AD_SPEC6, w=[60, 40]), O(AD_LFT, 0.3), O(AD_CONF, 0.3))
AD_DEL = A(S(CV("ifaddr_dev", None, "dev"), O("mngtmpaddr", 0.05)),
           S(A(V("ifaddr4"), V("ifaddr4_new"), V("ifaddr6"), V("ifaddr6_new")),
             C("dev", V("dev_l3")), O("mngtmpaddr", 0.05)),
           S(V("addr4_local"), C("dev", V("dev_l3"))),
           S(C("dev", V("dev_l3"))), w=[50, 30, 15, 5])
AD_FLUSH = P(DEV, C("scope", V("scope")), C("to", A(V("src_prefix4"), V("src_prefix6"))),
             AD_FLAGS, C("label", V("label")), "up", lo=1, hi=2)

# link
LK_SHOW = S(O(A(V("dev_any"), DEV, C("group", V("group")), w=[5, 4, 1]), 0.6),
            P("up", C("master", V("bridge")), C("type", V("linktype")), "nomaster",
              C("vrf", V("dev")), hi=1))
ON_OFF = A("on", "off")
LK_SET_OPTS = P(A("up", "down"), C("arp", ON_OFF), C("multicast", ON_OFF),
                C("allmulticast", ON_OFF), C("promisc", ON_OFF), C("trailers", ON_OFF),
                C("carrier", ON_OFF), C(K("txqueuelen", "txqlen", "qlen"), V("qlen")),
                C("name", V("dev_new")), C("address", V("mac")), C("broadcast", V("mac")),
                C("mtu", V("mtu")), C("alias", V("alias")), C("master", V("bridge")), "nomaster",
                C("addrgenmode", V("addrgenmode")), C("protodown", ON_OFF),
                C("gso_max_size", A("65536", "16000", "0")), C("gso_max_segs", A("100", "65535")),
                C("gro_max_size", A("65536", "32000")), C("netns", V("nsname_safe")),
                C("xdp", "off"), C("group", V("group")), lo=1, hi=3)
LK_SET = A(
    S(A(V("dev_eth"), C("dev", V("dev_eth")), w=[1, 2]), LK_SET_OPTS),
    S(C("dev", A("vb1")), "type", "bridge_slave",
      P(C("cost", V("small")), C("priority", V("small")), C("learning", ON_OFF),
        C("flood", ON_OFF), C("hairpin", ON_OFF), C("state", A("0", "3")), lo=1, hi=2)),
    S(C("dev", "br0"), "type", "bridge",
      P(C("stp_state", A("0", "1")), C("forward_delay", A("400", "1500")),
        C("vlan_filtering", A("0", "1")), C("ageing_time", A("3000", "30000")),
        C("mcast_snooping", A("0", "1")), lo=1, hi=2)),
    S(C("group", V("group")), A("up", "down", C("mtu", V("mtu")))),
    w=[80, 8, 8, 4])
LK_ADD_COMMON = P(C(K("txqueuelen", "txqlen"), V("qlen")), C("address", V("mac")),
                  C("mtu", V("mtu")), C("index", A("50", "51", "1", "1000")),
                  C("numtxqueues", A("1", "2", "4")), C("numrxqueues", A("1", "2")),
                  C("group", V("group")), hi=2)
LK_ADD = A(
    S(O("name", 0.3), V("dev_new"), LK_ADD_COMMON, "type", "veth",
      O(S("peer", C("name", A("peer0", "peer1", "vnew1")), O(C("address", V("mac")), 0.3)), 0.6)),
    S(O("name", 0.3), V("dev_new"), LK_ADD_COMMON, "type", "bridge",
      P(C("stp_state", A("0", "1")), C("forward_delay", A("400", "1500")),
        C("vlan_filtering", A("0", "1")), C("mcast_snooping", A("0", "1")), hi=2)),
    S(C("link", V("dev_veth")), O("name", 0.5), V("dev_new"), LK_ADD_COMMON, "type",
      A("macvlan", "macvtap", w=[9, 1]), O(C("mode", V("macvlan_mode")), 0.7)),
    S(V("dev_new"), LK_ADD_COMMON, "type", "vxlan", C("id", V("vni")),
      P(C("dstport", A("4789", "8472", "0")), C("local", V("addr4_local")),
        C("remote", A("10.0.0.10", "10.2.0.10")), C("group", A("239.1.1.1")),
        C("dev", V("dev_l3")), C("ttl", A("10", "inherit")), "nolearning", hi=3)),
    S(V("dev_new"), LK_ADD_COMMON, "type", "ifb"),
    S(V("dev_new"), "type", V("linktype_missing"),
      O(A(S(C("link", "va0"), C("id", "5")), C("table", "10"), C("remote", "10.0.0.10")), 0.5)),
    w=[30, 20, 15, 15, 12, 8])
LK_DEL = S(A(V("dev_eth"), C("dev", A(V("dev_eth"), V("dev_new"))), C("group", V("group")),
             w=[4, 5, 1]),
           O(C("type", V("linktype")), 0.2))
LK_PROP = S(A("add", "del", K("delete")), C("dev", V("dev_eth")),
            R(C("altname", A(V("altname_new"), V("altname"))), 1, 2))

# neigh
NB_SEL = P("proxy", C("to", A(V("neigh4"), V("src_prefix4"), V("src_prefix6"), V("neigh6"))),
           DEV, C("nud", V("nud_show")), "nomaster", C("vrf", V("dev")), hi=2)
NB_FLAGS = P("router", "use", "managed", "extern_learn", C("protocol", V("neigh_proto")), hi=1)
NB_CHANGE = A(
    S(CV("neigh4_dev", None, "dev"), C("lladdr", V("mac")), O(C("nud", V("nud")), 0.6), NB_FLAGS),
    S(CV("neigh6_dev", None, "dev"), C("lladdr", V("mac")), O(C("nud", V("nud")), 0.6), NB_FLAGS),
    S(A(V("neigh4_new"), V("neigh4")), C("lladdr", V("mac")), C("dev", V("dev_eth")),
      O(C("nud", V("nud")), 0.6), NB_FLAGS),
    S(C("proxy", A(V("proxy4"), V("proxy6"), V("neigh4_new"))), C("dev", V("dev_l3"))),
    S(A(V("neigh4_new"), V("neigh4")), C("dev", V("dev_eth")), C("nud", V("nud"))),
    w=[30, 20, 10, 15, 15])
NB_DEL = A(CV("neigh4_dev", None, "dev"), CV("neigh6_dev", None, "dev"),
           S(A(V("neigh4"), V("neigh6"), V("neigh4_new")), C("dev", V("dev_l3"))),
           S(C("proxy", A(V("proxy4"), V("proxy6"))), C("dev", V("dev_l3"))), w=[35, 20, 25, 20])
NB_GET = A(CV("neigh4_dev", None, "dev"), CV("neigh6_dev", None, "dev"),
           S(A(V("neigh4"), V("neigh6"), V("neigh4_new")), C("dev", V("dev_l3"))),
           S(C("proxy", A(V("proxy4"), V("proxy6"))), C("dev", V("dev_l3"))),
           V("neigh4"), w=[35, 20, 20, 15, 10])

# rule
RU_SEL = P(O("not", 0.2), C("from", A(V("src_prefix4"), "all")), C("to", V("src_prefix4")),
           C("tos", V("tos")), C("fwmark", V("fwmark")), C("iif", V("dev")),
           C("oif", V("dev")), C(K("pref", "priority", "preference", "order"), V("pref_rule")),
           C("uidrange", V("uidrange")), C("ipproto", V("ipproto")),
           C("sport", V("portrange")), C("dport", V("portrange")), "l3mdev", hi=3)
RU_ACT = A(C(K("table", "lookup"), V("table")), C("goto", V("goto")),
           A("blackhole", "unreachable", "prohibit"), C("nat", "10.0.0.99"), w=[70, 10, 15, 5])
RU_ADD = S(P(O("not", 0.2), C("from", V("src_prefix4")), C("to", V("src_prefix4")),
             C("tos", V("tos")), C("fwmark", V("fwmark")), C("iif", V("dev")),
             C("oif", V("dev")), C(K("pref", "priority"), A(V("pref_rule_new"), V("pref_rule"))),
             C("uidrange", V("uidrange")), C("ipproto", V("ipproto")),
             C("sport", V("portrange")), C("dport", V("portrange")), lo=1, hi=3),
           RU_ACT,
           P(C("protocol", V("proto")), C("realms", V("realm")),
             C("suppress_prefixlength", V("suppress")), C("suppress_ifgroup", V("group")), hi=1))
RU_ADD6 = S(P(C("from", V("src_prefix6")), C("to", V("src_prefix6")), C("fwmark", V("fwmark")),
              C("iif", V("dev")), C("pref", A(V("pref_rule_new"), V("pref_rule"))), lo=1, hi=2),
            RU_ACT)
RU_DEL = A(S(C(K("pref", "priority"), V("pref_rule"))), RU_ADD, w=[50, 50])

# nexthop
NH_SEL = P(C("id", V("nhid")), DEV, "groups", "fdb", C("protocol", V("proto")),
           C("master", V("bridge")), C("vrf", V("dev")), hi=2)
NH_SPEC = A(
    S(CV("via4_dev", "via", "dev"), O("onlink", 0.1)),
    S(C("via", V("gw4")), C("dev", V("dev_l3")), O("onlink", 0.2)),
    CV("via6_dev", "via", "dev"),
    S(C("via", V("gw6")), C("dev", V("dev_l3"))),
    C("dev", V("dev_l3")),
    K("blackhole"),
    S(C("group", V("nh_group")),
      O(A(S("type", "mpath"),
          S("type", "resilient", P(C("buckets", V("buckets")), C("idle_timer", V("small")),
                                   C("unbalanced_timer", V("small")), hi=3))), 0.4)),
    S(C("via", V("gw4")), "fdb"),
    S(C("encap", "mpls", V("mpls_label")), C("via", V("gw4")), C("dev", V("dev_l3"))),
    w=[25, 8, 10, 4, 10, 8, 25, 5, 3])
NH_ADD = S(C("id", A(V("nhid_new"), V("nhid"), w=[3, 1])), NH_SPEC,
           O(C("protocol", V("proto")), 0.2))
NH_BUCKET = A(
    S(K("show", "list", ""), P(C("id", A("12", "10", "1")), C("nhid", A("1", "2", "3")), DEV, hi=2)),
    S("get", C("id", A("12", "10", "99")), C("index", V("bucket_index"))),
    w=[70, 30])

# netns
NS_LISTID = P(C("target-nsid", V("nsid")), C("nsid", V("nsid")), hi=2)


class Cmd:
    def __init__(self, obj, verb, words, kind, weight, body):
        self.obj, self.verb, self.words, self.kind, self.weight = obj, verb, words, kind, weight
        self.body = _node(body)


# (object, canonical verb, verb spellings (K; "" = omitted), read|change, weight, arguments)
COMMANDS = [
    Cmd("route", "show", K("show", "list", "lst", "", "s", "sh", "li"), "read", 14, RT_SEL),
    Cmd("route", "show6", K("show", "list"), "read", 5, RT_SEL6),
    Cmd("route", "get", K("get", "g"), "read", 9, RT_GET),
    Cmd("route", "save", K("save"), "read", 1, O(RT_SEL, 0.5)),
    Cmd("route", "add", K("add", "a"), "change", 9, RT_SPEC),
    Cmd("route", "del", K("del", "delete", "d"), "change", 5, RT_SPEC),
    Cmd("route", "replace", K("replace", "r"), "change", 4, RT_SPEC),
    Cmd("route", "change", K("change", "chg"), "change", 3, RT_SPEC),
    Cmd("route", "append", K("append"), "change", 2, RT_SPEC),
    Cmd("route", "prepend", K("prepend"), "change", 2, RT_SPEC),
    Cmd("route", "test", K("test"), "change", 1, RT_SPEC),
    Cmd("route", "flush", K("flush"), "change", 3, P(C("table", V("table")), C("proto", V("proto")),
                                                      DEV, C("type", V("rtype")), V("prefix4"),
                                                      C("root", V("prefix4")), lo=1, hi=2)),
    Cmd("address", "show", K("show", "list", "lst", "", "s"), "read", 14, AD_SEL),
    Cmd("address", "save", K("save"), "read", 1, O(DEV, 0.5)),
    Cmd("address", "add", K("add", "a"), "change", 8, AD_CHANGE),
    Cmd("address", "del", K("del", "delete", "d"), "change", 5, AD_DEL),
    Cmd("address", "replace", K("replace"), "change", 3, AD_CHANGE),
    Cmd("address", "change", K("change", "chg"), "change", 3, AD_CHANGE),
    Cmd("address", "flush", K("flush", "f"), "change", 3, AD_FLUSH),
    Cmd("link", "show", K("show", "list", "lst", ""), "read", 14, LK_SHOW),
    Cmd("link", "add", K("add"), "change", 7, LK_ADD),
    Cmd("link", "set", K("set", "change", "s"), "change", 10, LK_SET),
    Cmd("link", "del", K("del", "delete"), "change", 4, LK_DEL),
    Cmd("link", "property", K("property", "prop"), "change", 3, LK_PROP),
    Cmd("neigh", "show", K("show", "list", ""), "read", 9, NB_SEL),
    Cmd("neigh", "get", K("get"), "read", 3, NB_GET),
    Cmd("neigh", "add", K("add"), "change", 5, NB_CHANGE),
    Cmd("neigh", "replace", K("replace"), "change", 3, NB_CHANGE),
    Cmd("neigh", "change", K("change", "chg"), "change", 2, NB_CHANGE),
    Cmd("neigh", "del", K("del", "delete"), "change", 3, NB_DEL),
    Cmd("neigh", "flush", K("flush"), "change", 2, S(DEV, O(C("nud", V("nud_show")), 0.4),
                                                     O("proxy", 0.2))),
    Cmd("rule", "show", K("show", "list", "lst", ""), "read", 8, O(RU_SEL, 0.6)),
    Cmd("rule", "add", K("add"), "change", 6, A(RU_ADD, RU_ADD6, w=[75, 25])),
    Cmd("rule", "del", K("del", "delete"), "change", 4, RU_DEL),
    Cmd("rule", "flush", K("flush"), "change", 1, O(RU_SEL, 0.5)),
    Cmd("nexthop", "show", K("show", "list", ""), "read", 8, NH_SEL),
    Cmd("nexthop", "get", K("get"), "read", 3, C("id", V("nhid"))),
    Cmd("nexthop", "bucket", K("bucket"), "read", 3, NH_BUCKET),
    Cmd("nexthop", "add", K("add"), "change", 6, NH_ADD),
    Cmd("nexthop", "replace", K("replace"), "change", 3, NH_ADD),
    Cmd("nexthop", "del", K("del", "delete"), "change", 3, C("id", A(V("nhid"), V("nhid_new")))),
    Cmd("nexthop", "flush", K("flush"), "change", 1, O(NH_SEL, 0.5)),
    Cmd("netconf", "show", K("show", "list", ""), "read", 5, O(C("dev", V("dev_any")), 0.6)),
    Cmd("netns", "list", K("list", "show", "lst", ""), "read", 2, E),
    Cmd("netns", "list-id", K("list-id"), "read", 2, NS_LISTID),
    Cmd("netns", "identify", K("identify"), "read", 1, O(V("pid"), 0.6)),
    Cmd("netns", "set", K("set"), "change", 2, S(V("nsname"), V("nsid"))),
]

OBJECT_WORDS = {
    "route": K("route", "r", "ro", "rou"),
    "address": K("address", "a", "addr", "ad"),
    "link": K("link", "l", "li"),
    "neigh": K("neigh", "n", "neighbor", "neighbour", "nei"),
    "rule": K("rule", "ru"),
    "nexthop": K("nexthop", "nexth", "nex"),
    "netconf": K("netconf", "netc"),
    "netns": K("netns", "netn"),
}
OBJECT_ALIASES = {"addr": "address", "a": "address", "address": "address", "r": "route",
                  "route": "route", "link": "link", "l": "link", "neigh": "neigh",
                  "neighbor": "neigh", "neighbour": "neigh", "rule": "rule", "nexthop": "nexthop",
                  "nh": "nexthop", "netconf": "netconf", "netns": "netns"}

# Families of lines for -4/-6 and friends.
SHOW_VERBS = {"show", "show6", "get", "bucket", "list", "list-id", "identify", "save"}


# ---------------------------------------------------------------------------- ip's matching

# ip.c's object table in its order (prefix matching, first match wins).
IP_OBJECTS = ["address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour",
              "ntable", "ntbl", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tunl",
              "tuntap", "tap", "token", "tcpmetrics", "tcp_metrics", "monitor", "xfrm",
              "mroute", "mrule", "netns", "netconf", "vrf", "sr", "nexthop", "mptcp", "ioam",
              "help", "stats"]
OBJ_CANON = {"address": "address", "route": "route", "rule": "rule", "neighbor": "neigh",
             "neighbour": "neigh", "link": "link", "netns": "netns", "netconf": "netconf",
             "nexthop": "nexthop", "help": "help"}

# Each object's verbs in ip 6.1's order: (spelling, canonical verb, exact-only).
IP_VERBS = {
    "address": [("add", "add", 0), ("change", "change", 0), ("chg", "change", 1),
                ("replace", "replace", 0), ("delete", "del", 0), ("list", "show", 0),
                ("show", "show", 0), ("lst", "show", 0), ("flush", "flush", 0),
                ("save", "save", 0), ("showdump", "showdump", 0), ("restore", "restore", 0),
                ("help", "help", 0)],
    "route": [("add", "add", 0), ("change", "change", 0), ("chg", "change", 1),
              ("replace", "replace", 0), ("prepend", "prepend", 0), ("append", "append", 0),
              ("test", "test", 0), ("delete", "del", 0), ("list", "show", 0),
              ("show", "show", 0), ("lst", "show", 0), ("get", "get", 0),
              ("flush", "flush", 0), ("save", "save", 0), ("restore", "restore", 0),
              ("showdump", "showdump", 0), ("help", "help", 0)],
    "link": [("add", "add", 0), ("set", "set", 0), ("change", "set", 0),
             ("replace", "replace", 0), ("delete", "del", 0), ("show", "show", 0),
             ("lst", "show", 0), ("list", "show", 0), ("xstats", "xstats", 0),
             ("afstats", "afstats", 0), ("property", "property", 0), ("help", "help", 0)],
    "neigh": [("add", "add", 0), ("change", "change", 0), ("chg", "change", 1),
              ("replace", "replace", 0), ("delete", "del", 0), ("get", "get", 0),
              ("show", "show", 0), ("lst", "show", 0), ("list", "show", 0),
              ("flush", "flush", 0), ("help", "help", 0)],
    "rule": [("list", "show", 0), ("lst", "show", 0), ("show", "show", 0), ("save", "save", 0),
             ("restore", "restore", 0), ("add", "add", 0), ("delete", "del", 0),
             ("flush", "flush", 0), ("help", "help", 0)],
    "nexthop": [("add", "add", 0), ("replace", "replace", 0), ("delete", "del", 0),
                ("list", "show", 0), ("show", "show", 0), ("lst", "show", 0), ("get", "get", 0),
                ("flush", "flush", 0), ("bucket", "bucket", 0), ("help", "help", 0)],
    "netconf": [("show", "show", 0), ("lst", "show", 0), ("list", "show", 0),
                ("help", "help", 0)],
    "netns": [("list", "list", 0), ("show", "list", 0), ("lst", "list", 0),
              ("list-id", "list-id", 0), ("help", "help", 0), ("add", "add", 0),
              ("set", "set", 0), ("delete", "del", 0), ("identify", "identify", 0),
              ("pids", "pids", 0), ("exec", "exec", 0), ("monitor", "monitor", 0),
              ("attach", "attach", 0)],
}
CHANGE_VERBS = {"add", "change", "replace", "prepend", "append", "test", "del", "flush", "set",
                "property"}
# Verbs the sweep never runs (they read stdin, leave the namespaces or are not nlip's).
FORBIDDEN_VERBS = {"restore", "showdump", "xstats", "afstats", "add@netns", "del@netns",
                   "pids", "exec", "monitor", "attach"}


def matches(prefix, word):
    """ip's matches(): true when `prefix` is a non-empty prefix of `word`."""
    return bool(prefix) and word.startswith(prefix)


def resolve_object(word):
    for o in IP_OBJECTS:
        if matches(word, o):
            return OBJ_CANON.get(o, "other:" + o)
    return None  # unknown: ip prints its error


def resolve_verb(obj, word):
    if word is None:
        return "list" if obj == "netns" else "show"
    for spelling, canon, exact in IP_VERBS.get(obj, []):
        if (word == spelling) if exact else matches(word, spelling):
            return canon
    return None


def classify(args):
    """(object, verb, kind) of a line's arguments (global options removed), as ip 6.1 reads
    them; kind is read, change, or forbidden."""
    if not args:
        return ("none", "usage", "read")
    obj = resolve_object(args[0])
    if obj is None:
        return ("unknown", "-", "read")
    if obj == "help":
        return ("help", "-", "read")
    if obj.startswith("other:"):
        return (obj, "-", "forbidden")
    verb = resolve_verb(obj, args[1] if len(args) > 1 else None)
    if verb is None:
        return (obj, "unknown", "read")
    if verb in FORBIDDEN_VERBS or (obj == "netns" and verb in ("add", "del")):
        return (obj, verb, "forbidden")
    if obj == "nexthop" and verb == "bucket":
        return (obj, verb, "read")
    return (obj, verb, "change" if verb in CHANGE_VERBS else "read")


# ip.c's global options in its order: (name, takes a value, exact-only, allowed).
IP_OPTIONS = [("-loops", 1, 0, False), ("-family", 1, 0, True), ("-4", 0, 1, True),
              ("-6", 0, 1, True), ("-0", 0, 1, True), ("-M", 0, 1, True), ("-B", 0, 1, True),
              ("-human", 0, 0, True), ("-human-readable", 0, 0, True), ("-iec", 0, 0, True),
              ("-stats", 0, 0, True), ("-statistics", 0, 0, True), ("-details", 0, 0, True),
              ("-resolve", 0, 0, True), ("-oneline", 0, 0, True), ("-timestamp", 0, 0, True),
              ("-tshort", 0, 0, True), ("-Version", 0, 0, False), ("-force", 0, 0, False),
              ("-batch", 1, 0, False), ("-brief", 0, 0, True), ("-json", 0, 0, True),
              ("-pretty", 0, 0, True), ("-rcvbuf", 1, 0, True), ("-color", 0, 0, True),
              ("-help", 0, 0, True), ("-netns", 1, 0, False), ("-Numeric", 0, 0, True),
              ("-all", 0, 0, False), ("-echo", 0, 1, False)]


def split_options(argv):
    """(options, arguments) of an ip command line, split as ip.c does, or raises ValueError
    when an option is one the sweep must never pass (-netns, -all, -batch, -force, -Version)."""
    i = 0
    opts = []
    while i < len(argv):
        a = argv[i]
        if a == "--":
            return opts + [a], argv[i + 1:]
        if not a.startswith("-"):
            break
        o = a[1:] if a.startswith("--") else a
        name = o.split("=", 1)[0] if matches(o.split("=", 1)[0], "-color") else o
        for opt, takes, exact, allowed in IP_OPTIONS:
            if (name == opt) if exact else matches(name, opt):
                if not allowed:
                    raise ValueError("option %s (%s)" % (a, opt))
                opts.append(a)
                if takes:
                    if i + 1 < len(argv):
                        opts.append(argv[i + 1])
                    i += 1
                break
        else:
            opts.append(a)  # unknown: ip prints its error and exits
        i += 1
    return opts, argv[i:]


NETNS_KWS = ("netns", "link-netns", "link-netnsid")


def unsafe(args, safe_ns):
    """Why the arguments (options removed) may reach outside the sweep's namespaces, or None.
    A `netns`-like keyword (any prefix of `netns` too) must be followed by a safe name."""
    obj, verb, kind = classify(args)
    if kind == "forbidden":
        return "forbidden %s %s" % (obj, verb)
    for i, a in enumerate(args):
        if a in NETNS_KWS or (obj == "link" and matches(a, "netns")):
            if i + 1 < len(args) and args[i + 1] not in safe_ns:
                return "netns value %r" % args[i + 1]
    return None


# ---------------------------------------------------------------------------- mutations

BAD = {
    "dev": ["nosuch0", "averyveryverylongname0", "va0:0"],
    "addr": ["10.0.0.256", "foo", "10.0.0.1.1", "2001:db8::zz", "::1", "10.0.0.0/33"],
    "prefix": ["10.0.0.0/33", "foo/24", "2001:db8::/129", "10.0.0.0/", "256.0.0.0/8"],
    "num": ["foo", "-1", "4294967296", "0x", "1e3", "99999999999"],
    "mac": ["02:00:00", "zz:00:00:00:00:00", "02:00:00:00:00:00:00", "foo"],
    "table": ["nosuch", "4294967296", "-1"],
    "proto": ["nosuchproto", "256", "-1"],
    "scope": ["nosuch", "256"],
    "nud": ["bogus", "perm"],
    "tos": ["zz", "0x100", "256"],
    "word": ["foo", "on", "off", "0", "all"],
    "netns": ["sweep-nosuch"],
    "lft": ["never", "-5", "foo"],
}
VTYPE_BAD = {
    "dev": "dev", "dev_l3": "dev", "dev_eth": "dev", "dev_veth": "dev", "dev_any": "dev",
    "bridge": "dev", "dev_new": "dev",
    "addr4_local": "addr", "addr6_local": "addr", "gw4": "addr", "gw6": "addr", "dst4": "addr",
    "dst6": "addr", "neigh4": "addr", "neigh6": "addr", "neigh4_new": "addr",
    "neigh6_new": "addr", "proxy4": "addr", "proxy6": "addr",
    "ifaddr4": "prefix", "ifaddr4_new": "prefix", "ifaddr6": "prefix", "ifaddr6_new": "prefix",
    "prefix4": "prefix", "prefix4_new": "prefix", "prefix6": "prefix", "prefix6_new": "prefix",
    "src_prefix4": "prefix", "src_prefix6": "prefix", "peer4": "prefix",
    "mac": "mac", "table": "table", "table_show": "table", "proto": "proto",
    "neigh_proto": "proto", "scope": "scope", "nud": "nud", "nud_show": "nud", "tos": "tos",
    "nsname_safe": "netns", "nsname": "netns", "lft": "lft",
}


PAIR_BAD = {"via4_dev:0": "addr", "via4_dev:1": "dev", "via6_dev:0": "addr",
            "via6_dev:1": "dev", "neigh4_dev:0": "addr", "neigh4_dev:1": "dev",
            "neigh6_dev:0": "addr", "neigh6_dev:1": "dev", "ifaddr_dev:0": "prefix",
            "ifaddr_dev:1": "dev"}


def bad_value(g, vtype):
    kind = VTYPE_BAD.get(vtype) or PAIR_BAD.get(vtype, "num")
    return g.rng.choice(BAD[kind])


def _clauses(toks):
    """Index ranges [start, end) of the clauses among the argument tokens."""
    spans, i = [], 0
    while i < len(toks):
        c = toks[i].clause
        if c is None:
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].clause == c:
            j += 1
        spans.append((i, j))
        i = j
    return spans


def mut_abbreviate(g, toks):
    cand = [i for i, t in enumerate(toks) if t.role in ("obj", "verb", "kw") and len(t.text) >= 3]
    if not cand:
        return None
    i = g.rng.choice(cand)
    w = toks[i].text
    n = g.rng.choice([1, 2, len(w) - 1, g.rng.randint(1, len(w) - 1)])
    toks[i] = toks[i].copy(text=w[:n])
    return "abbreviate %s as %s" % (w, w[:n])


def mut_bad_value(g, toks):
    cand = [i for i, t in enumerate(toks) if t.role == "val"]
    if not cand:
        return None
    i = g.rng.choice(cand)
    old = toks[i].text
    toks[i] = toks[i].copy(text=bad_value(g, toks[i].vtype))
    return "bad value %s for %s" % (toks[i].text, old)


def mut_missing(g, toks):
    spans = [(a, b) for a, b in _clauses(toks) if b - a >= 2]
    if spans and g.rng.random() < 0.7:
        a, b = g.rng.choice(spans)
        kw = toks[a].text
        # the keyword without its value, at the end of the line (its value missing) ...
        clause = toks[a:b]
        del toks[a:b]
        toks.append(clause[0])
        return "missing value of %s" % kw
    # ... or the line cut after the verb / its first argument
    cut = [i for i, t in enumerate(toks) if t.role in ("verb", "kw")]
    if not cut:
        return None
    i = g.rng.choice(cut)
    del toks[i + 1:]
    return "line cut after %s" % toks[i].text


def mut_duplicate(g, toks):
    spans = _clauses(toks)
    if not spans:
        return None
    a, b = g.rng.choice(spans)
    dup = [t.copy() for t in toks[a:b]]
    for t in dup:
        if t.role == "val" and t.vtype in g.pools and g.rng.random() < 0.5:
            t.text = g.rng.choice(g.pools[t.vtype])
    pos = g.rng.choice([b, len(toks)])
    toks[pos:pos] = dup
    return "duplicate %s" % toks[a].text


def mut_odd_place(g, toks):
    spans = _clauses(toks)
    verb = next((i for i, t in enumerate(toks) if t.role == "verb"), None)
    if not spans:
        return None
    a, b = g.rng.choice(spans)
    clause = toks[a:b]
    del toks[a:b]
    starts = [0 if verb is None else verb + 1, len(toks)]
    # between another clause's keyword and its value
    inner = [x + 1 for x, y in _clauses(toks) if y - x >= 2]
    pos = g.rng.choice(starts + inner)
    pos = max(pos, 1)
    toks[pos:pos] = clause
    return "%s moved" % clause[0].text


def mut_help(g, toks):
    where = g.rng.choice(["end", "verb", "middle"])
    verb = next((i for i, t in enumerate(toks) if t.role == "verb"), None)
    if where == "verb" and verb is not None:
        toks[verb] = toks[verb].copy(text="help")
        del toks[verb + 1:]
    elif where == "middle" and len(toks) > 2:
        toks.insert(g.rng.randint(2, len(toks)), Tok("help", "kw"))
    else:
        toks.append(Tok("help", "kw"))
    return "help (%s)" % where


def mut_unknown(g, toks):
    toks.insert(g.rng.randint(1, len(toks)), Tok(g.rng.choice(["frobnicate", "foo", "dev0"]), "kw"))
    return "unknown word"


MUTATIONS = [(mut_abbreviate, 25), (mut_bad_value, 25), (mut_missing, 15), (mut_duplicate, 12),
             (mut_odd_place, 12), (mut_help, 6), (mut_unknown, 5)]


# ---------------------------------------------------------------------------- options

def global_options(g, obj, verb, kind):
    """Global options for a line (a list of strings, maybe empty)."""
    r = g.rng
    if kind == "read":
        if r.random() > 0.5:
            return []
        choices = [(["-j"], 15), (["-j", "-p"], 6), (["-d"], 10), (["-o"], 5), (["-N"], 4),
                   (["-c=never"], 3), (["-4"], 8), (["-6"], 8), (["-r"], 3),
                   (["-rc", "1048576"], 2), (["-d", "-j"], 3), (["-p"], 1), (["-c"], 1)]
        if obj in ("link", "address", "neigh"):
            choices += [(["-s"], 10), (["-s", "-s"], 3)]
        else:
            choices += [(["-s"], 2)]
        if obj in ("link", "address"):
            choices += [(["-br"], 8), (["-br", "-4"], 2), (["-br", "-j"], 2)]
        choices += [(["-f", f], 1) for f in ("inet", "inet6", "link", "mpls", "bridge")]
        n = 1 if r.random() < 0.75 else 2
    else:
        if r.random() > 0.22:
            return []
        choices = [(["-4"], 8), (["-6"], 8), (["-j"], 3), (["-d"], 2), (["-s"], 4), (["-o"], 1),
                   (["-f", "inet"], 2), (["-f", "inet6"], 2), (["-N"], 1)]
        n = 1
    opts = []
    for _ in range(n):
        o = r.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]
        for x in o:
            if x not in opts or x in ("-s",):
                opts.append(x)
    # near-valid options now and then
    if r.random() < 0.06:
        m = r.choice(["long", "badfam", "badrc", "unknown"])
        if m == "long":
            longer = {"-d": "-details", "-s": "-stats", "-o": "-oneline", "-j": "-json",
                      "-p": "-pretty", "-br": "-brief", "-N": "-Numeric", "-r": "-resolve",
                      "-c=never": "-color=never", "-6": "--family"}
            opts = [longer.get(x, x) for x in opts] or ["-details"]
            if "--family" in opts:
                opts.insert(opts.index("--family") + 1, "inet6")
        elif m == "badfam":
            opts += ["-f", r.choice(["foo", "help", "inet4"])]
        elif m == "badrc":
            opts += ["-rc", r.choice(["abc", "-5", "0"])]
        else:
            opts += [r.choice(["-x", "-jx", "-4j", "-c=bogus"])]
    return opts


# ---------------------------------------------------------------------------- lines

class Line:
    """One command line: its arguments (without global options), what it is, how it was made."""

    def __init__(self, args, obj, verb, kind, mutation):
        self.args, self.obj, self.verb, self.kind, self.mutation = args, obj, verb, kind, mutation


class Gen:
    def __init__(self, seed, pools, objects=None, near_valid=0.3):
        self.rng = random.Random(seed)
        self.pools = pools
        self.clauses = 0
        self.near_valid = near_valid
        self.cmds = [c for c in COMMANDS if objects is None or c.obj in objects]
        if not self.cmds:
            raise ValueError("no commands for objects %s" % objects)
        self.safe_ns = set(pools["nsname_safe"])

    def line(self, kind=None):
        """A random line (kind None: any; 'read' or 'change': of that kind as ip reads it)."""
        for _ in range(200):
            cmds = [c for c in self.cmds if kind is None or c.kind == kind] or self.cmds
            cmd = self.rng.choices(cmds, weights=[c.weight for c in cmds])[0]
            toks = [t.copy(role="obj") for t in OBJECT_WORDS[cmd.obj].gen(self)]
            toks += [t.copy(role="verb") for t in cmd.words.gen(self)]
            toks += cmd.body.gen(self)
            mutation = None
            if self.rng.random() < self.near_valid:
                fn = self.rng.choices([m for m, _ in MUTATIONS],
                                      weights=[w for _, w in MUTATIONS])[0]
                mutation = fn(self, toks)
            args = [t.text for t in toks]
            obj, verb, k = classify(args)
            if k == "forbidden" or unsafe(args, self.safe_ns):
                continue
            if kind is not None and k != kind:
                continue
            return Line(args, obj, verb, k, mutation or "valid"), cmd
        raise RuntimeError("could not generate a line")


def batch_text(lines):
    """The -batch input for lines (words with spaces or quotes quoted as ip's makeargs reads)."""
    out = []
    for ln in lines:
        words = []
        for w in ln.args:
            if w == "" or re.search(r"[\s\"'#\\]", w):
                words.append('"%s"' % w.replace('"', ""))
            else:
                words.append(w)
        out.append(" ".join(words))
    return "".join(x + "\n" for x in out)
