#!/usr/bin/env python3
"""Differential sweep: random ip command lines run with iproute2's `ip` and with nlip, each
inside network namespaces this tool makes (never the host's), and the lines whose stdout,
stderr, exit code or resulting state differ, grouped. See README.md beside this file.

  python3 tools/sweep/sweep.py --nlip PATH [--ip /usr/bin/ip] [--seed N] [--lines N]
      [--report FILE.md] [--jsonl FILE] [--exclude REGEX ...] [--objects route,addr,...]
"""

import argparse
import atexit
import base64
import collections
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import grammar  # noqa: E402
import normalize  # noqa: E402
import topology  # noqa: E402

SNAPSHOT = ["-d addr", "-d route show table all", "-6 route show table all", "rule", "-6 rule",
            "nexthop", "neigh", "neigh show proxy", "link", "netns list-id"]
RESOLV = "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n"
ETC_NETNS = "/etc/netns"


# ---------------------------------------------------------------------------- processes

class Result:
    __slots__ = ("rc", "out", "err", "timeout", "seconds")

    def __init__(self, rc, out, err, timeout, seconds):
        self.rc, self.out, self.err, self.timeout, self.seconds = rc, out, err, timeout, seconds

    def as_json(self):
        d = {"rc": self.rc, "stdout": self.out.decode("utf-8", "backslashreplace"),
             "stderr": self.err.decode("utf-8", "backslashreplace"),
             "timeout": self.timeout, "seconds": round(self.seconds, 4)}
        if normalize.decode(self.out) is None:
            d["stdout_base64"] = base64.b64encode(self.out).decode()
        return d


class Procs:
    """Runs commands in their own process group, with a timeout; remembers the running ones
    so that an interrupted sweep can end them (by their ids)."""

    def __init__(self, timeout):
        self.timeout = timeout
        self.running = {}
        self.env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
                    "LC_ALL": "C", "HOME": "/root", "TERM": "dumb"}

    def run(self, argv, stdin=None, timeout=None):
        t0 = time.monotonic()
        p = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True, env=self.env)
        self.running[p.pid] = p
        timed_out = False
        try:
            out, err = p.communicate(stdin, timeout=timeout or self.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            self.kill(p)
            out, err = p.communicate()
        finally:
            self.running.pop(p.pid, None)
        return Result(None if timed_out else p.returncode, out, err, timed_out,
                      time.monotonic() - t0)

    @staticmethod
    def kill(p):
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def kill_all(self):
        for p in list(self.running.values()):
            self.kill(p)


# ---------------------------------------------------------------------------- namespaces

class Namespaces:
    """The sweep's namespaces (all named sweep-<pid>-...): made with `ip netns add`, deleted at
    exit, also on Ctrl-C, exceptions and SIGTERM."""

    def __init__(self, ip, procs):
        self.ip, self.procs = ip, procs
        self.prefix = "sweep-%d-" % os.getpid()
        self.created = []
        self.etc_dirs = []
        self.made_etc_netns = False
        self.optional_failed = {}

    def name(self, suffix):
        return self.prefix + suffix

    def add(self, name):
        if name in self.created:
            self.delete(name)
        r = self.procs.run([self.ip, "netns", "add", name], timeout=20)
        if r.rc != 0:
            raise RuntimeError("ip netns add %s: %s" % (name, r.err.decode(errors="replace")))
        self.created.append(name)

    def delete(self, name):
        if not name.startswith(self.prefix):
            raise RuntimeError("refusing to delete namespace %s" % name)
        self.procs.run([self.ip, "netns", "delete", name], timeout=20)
        if name in self.created:
            self.created.remove(name)

    def resolv(self, name):
        """/etc/netns/NAME/resolv.conf: `ip netns exec` mounts it over /etc/resolv.conf, so
        that -r lookups fail at once on lo instead of waiting for the host's resolver."""
        if not os.path.isdir(ETC_NETNS):
            os.makedirs(ETC_NETNS)
            self.made_etc_netns = True
        d = os.path.join(ETC_NETNS, name)
        if d not in self.etc_dirs:
            os.makedirs(d, exist_ok=True)
            self.etc_dirs.append(d)
        with open(os.path.join(d, "resolv.conf"), "w") as f:
            f.write(RESOLV)

    def exec_argv(self, ns, argv):
        return [self.ip, "netns", "exec", ns] + argv

    def build(self, ns, xns, p0, p1):
        """Makes ns (and xns, which holds the far end of vp0) with the sweep topology."""
        for n in (xns, ns):
            self.add(n)
        self.resolv(ns)
        script = "; ".join("echo %s > /proc/sys/%s" % (v, k) for k, v in topology.SYSCTLS)
        for n in (ns, xns):
            r = self.procs.run(self.exec_argv(n, ["sh", "-c", script]), timeout=20)
            if r.rc != 0:
                raise RuntimeError("sysctls in %s: %s" % (n, r.err.decode(errors="replace")))
        segment = []
        for line in topology.setup_lines(xns, p0, p1) + ["#end"]:
            if not line.startswith("#"):
                segment.append(line)
                continue
            self.batch(ns, segment)
            segment = []
            if line == "#peer":
                self.batch(xns, topology.PEER_SETUP)
            elif line.startswith("#wait "):
                self.wait_links(ns, line.split()[1:])
        for line in topology.optional_lines(xns, p0, p1):
            r = self.procs.run(self.exec_argv(ns, [self.ip] + shlex.split(line)), timeout=20)
            if r.rc != 0:
                self.optional_failed[line] = r.err.decode(errors="replace").strip()

    def batch(self, ns, lines):
        """Runs setup lines in ns with `ip -batch -`, runs of lines led by -6 with `ip -6`."""
        groups = []
        for line in lines:
            opts = ["-6"] if line.startswith("-6 ") else []
            text = line[3:] if opts else line
            if groups and groups[-1][0] == opts:
                groups[-1][1].append(text)
            else:
                groups.append((opts, [text]))
        for opts, part in groups:
            r = self.procs.run(self.exec_argv(ns, [self.ip] + opts + ["-batch", "-"]),
                               stdin="".join(x + "\n" for x in part).encode(), timeout=60)
            if r.rc != 0:
                raise RuntimeError("topology of %s failed:\n%s" % (
                    ns, r.err.decode(errors="replace")))

    def wait_links(self, ns, devs, limit=5.0):
        """Waits until each of devs has its carrier and its ff00::/8 route (or `limit` s)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            r = self.procs.run(self.exec_argv(ns, ["sh", "-c", "%s -o link show up; "
                                                   "%s -6 route show table local type multicast"
                                                   % (self.ip, self.ip)]), timeout=10)
            text = r.out.decode(errors="replace")
            ok = True
            for d in devs:
                link = re.search(r"^\d+: %s[@:].*$" % re.escape(d), text, re.M)
                if not link or "NO-CARRIER" in link.group(0) or not re.search(
                        r"^multicast ff00::/8 dev %s " % re.escape(d), text, re.M):
                    ok = False
            if ok:
                return
            time.sleep(0.02)
        raise RuntimeError("links %s of %s not ready after %.0f s" % (devs, ns, limit))

    def cleanup(self):
        for name in reversed(list(self.created)):
            try:
                self.delete(name)
            except Exception:  # keep deleting the rest
                pass
        for d in self.etc_dirs:
            shutil.rmtree(d, ignore_errors=True)
        self.etc_dirs = []
        if self.made_etc_netns:
            try:
                os.rmdir(ETC_NETNS)
            except OSError:
                pass
            self.made_etc_netns = False


# ---------------------------------------------------------------------------- runs

class Run:
    def __init__(self, idx, opts, lines, batch, force=False, extra=None):
        self.idx, self.opts, self.lines, self.batch, self.force = idx, opts, lines, batch, force
        self.extra = extra or []  # raw lines (blank, comment) put into a batch input
        kinds = {ln.kind for ln in lines}
        self.kind = "change" if "change" in kinds else "read"
        if batch:
            self.obj, self.verb = "batch", ("force" if force else "-")
            self.mutation = ",".join(sorted({ln.mutation for ln in lines}))
        else:
            ln = lines[0]
            self.obj, self.verb, self.mutation = ln.obj, ln.verb, ln.mutation

    def argv(self):
        if self.batch:
            return self.opts + (["-force"] if self.force else []) + ["-batch", "-"]
        return self.opts + self.lines[0].args

    def stdin(self):
        if not self.batch:
            return None
        text = grammar.batch_text(self.lines)
        if self.extra:
            rows = text.splitlines(True)
            for pos, raw in self.extra:
                rows.insert(min(pos, len(rows)), raw + "\n")
            text = "".join(rows)
        return text

    def command(self):
        s = "ip " + shlex.join(self.argv())
        if self.batch:
            s += " <<EOF\n" + self.stdin() + "EOF"
        return s


def generate(seed, pools, objects, n):
    """The runs of a sweep: a function of the seed (and --objects) only."""
    g = grammar.Gen(seed, pools, objects)
    runs = []
    for idx in range(1, n + 1):
        if g.rng.random() < 0.08:
            k = g.rng.randint(2, 5)
            lines = [g.line()[0] for _ in range(k)]
            if any(ln.kind == "change" for ln in lines):
                # netns list/list-id/identify print the namespace's own nsids and name, which
                # differ between the twins: a batch run there has none
                for i, ln in enumerate(lines):
                    while ln.obj == "netns" and ln.kind == "read":
                        ln = g.line()[0]
                    lines[i] = ln
            opts = grammar.global_options(g, lines[0].obj, lines[0].verb, "read") \
                if g.rng.random() < 0.3 else []
            extra = []
            if g.rng.random() < 0.25:
                extra.append((g.rng.randint(0, k), g.rng.choice(
                    ["", "# a comment", "   ", "-4 route show", "route show \\"])))
            runs.append(Run(idx, opts, lines, True, force=g.rng.random() < 0.3, extra=extra))
        else:
            line, cmd = g.line("read" if g.rng.random() < 0.55 else "change")
            opts = grammar.global_options(g, line.obj, line.verb, line.kind)
            runs.append(Run(idx, opts, [line], False))
    return runs


def check_safe(run, safe_ns):
    """Last guard before anything runs: the options and every line, as ip reads them."""
    opts, args = grammar.split_options(run.opts + ["route"])  # raises on a forbidden option
    for ln in run.lines:
        why = grammar.unsafe(ln.args, safe_ns)
        if why:
            raise ValueError(why)
    if not run.batch:
        o, a = grammar.split_options(run.argv())
        why = grammar.unsafe(a, safe_ns)
        if why:
            raise ValueError(why)


# ---------------------------------------------------------------------------- comparing

def first_diff(a_lines, b_lines):
    for i in range(max(len(a_lines), len(b_lines))):
        a = a_lines[i] if i < len(a_lines) else None
        b = b_lines[i] if i < len(b_lines) else None
        if a != b:
            return i, a, b
    return None


def parse_snapshot(text):
    sections = collections.OrderedDict()
    cur = None
    for line in text.splitlines():
        if line.startswith("@@ "):
            cur = line[3:]
            sections[cur] = []
        elif cur is not None:
            sections[cur].append(line)
    return sections


class Sweep:
    def __init__(self, args):
        self.args = args
        self.ip = os.path.abspath(args.ip)
        self.nlip = os.path.abspath(args.nlip)
        self.procs = Procs(args.timeout)
        self.ns = Namespaces(self.ip, self.procs)
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        self.norm_snap = normalize.SnapshotNormaliser(topology.KNOWN_MACS)
        n = self.ns.name
        self.names = {"read": n("read"), "read_x": n("read-x"), "ip": n("ip"), "ip_x": n("ip-x"),
                      "nlip": n("nlip"), "nlip_x": n("nlip-x"), "p0": n("p0"), "p1": n("p1"),
                      "nosuch": n("nosuch")}
        self.pools = topology.pools({"xns": self.names["read_x"], "p0": self.names["p0"],
                                     "p1": self.names["p1"], "nosuch": self.names["nosuch"]})
        self.safe_ns = set(self.pools["nsname_safe"])
        self.twin_names = [self.names["nlip"], self.names["ip"]]  # -x names contain these
        self.template_names = sorted(set(
            self.pools["dev_any"] + self.pools["dev_new"] + self.pools["altname_new"]
            + self.pools["label"] + ["peer0", "peer1", "vnew1"]
            + [v for k, v in self.names.items()]))
        self.events = []
        self.rebuilds = collections.Counter()
        self.changes_since_build = 0

    # namespaces
    def build_read(self):
        self.ns.build(self.names["read"], self.names["read_x"], self.names["p0"], self.names["p1"])
        time.sleep(0.5)
        self.read_base = self.snapshot(self.names["read"])

    def build_twins(self, reason=None):
        for t in ("ip", "nlip"):
            for suffix in ("", "_x"):
                if self.names[t + suffix] in self.ns.created:
                    self.ns.delete(self.names[t + suffix])
        for t in ("ip", "nlip"):
            self.ns.build(self.names[t], self.names[t + "_x"], self.names["p0"], self.names["p1"])
        if reason:
            self.rebuilds[reason] += 1
        self.changes_since_build = 0

    def snapshot(self, ns, twin=False):
        script = "; ".join('echo "@@ %s"; %s %s 2>&1' % (c, shlex.quote(self.ip), c)
                           for c in SNAPSHOT)
        r = self.procs.run(self.ns.exec_argv(ns, ["sh", "-c", script]), timeout=30)
        raw = r.out.decode("utf-8", "backslashreplace")
        text = self.norm_snap(raw, self.twin_names if twin else ())
        out = []
        for sec, lines in parse_snapshot(text).items():
            body = "\n".join(lines)
            if "route" in sec:
                body = normalize.order_routes(body)
            elif sec.startswith("neigh"):
                body = "\n".join(sorted(lines))  # hash-table order, differs per namespace
            out.append("@@ %s\n%s" % (sec, body))
        return "\n".join(out) + "\n"

    # running
    def exec_pair(self, ns_ip, ns_nlip, run):
        argv, stdin = run.argv(), run.stdin()
        data = stdin.encode() if stdin is not None else None
        f1 = self.pool.submit(self.procs.run, self.ns.exec_argv(ns_ip, [self.ip] + argv), data)
        f2 = self.pool.submit(self.procs.run, self.ns.exec_argv(ns_nlip, [self.nlip] + argv), data)
        return f1.result(), f2.result()

    def norm(self, res, twin_names):
        addr = self.norm_snap if twin_names else None
        return (res.timeout, res.rc, normalize.output(res.out, twin_names, addr),
                normalize.output(res.err, twin_names, addr))

    def group_key(self, run, a, b, state, twin_names=()):
        head = "%s %s" % (run.obj, run.verb)
        names = self.template_names
        if a.timeout or b.timeout:
            return "%s | timeout: ip %s, nlip %s" % (
                head, "timed out" if a.timeout else "ok", "timed out" if b.timeout else "ok")
        na, nb = self.norm(a, twin_names), self.norm(b, twin_names)
        for idx, what in ((3, "stderr"), (2, "stdout")):
            x, y = na[idx], nb[idx]
            if x != y:
                if isinstance(x, bytes) or isinstance(y, bytes):
                    if isinstance(x, bytes) and isinstance(y, bytes):
                        return "%s | %s: binary output differs" % (head, what)
                    x = x if isinstance(x, str) else "(binary)"
                    y = y if isinstance(y, str) else "(binary)"
                d = first_diff(x.splitlines(), y.splitlines())
                if d is None:  # only a trailing newline
                    return "%s | %s: trailing newline differs" % (head, what)
                sa, sb = window(d[1], d[2])
                quoted = what == "stderr"
                return "%s | %s: ip «%s» / nlip «%s»" % (
                    head, what, normalize.template(sa, names, quoted),
                    normalize.template(sb, names, quoted))
        if a.rc != b.rc:
            return "%s | exit: ip %s, nlip %s" % (head, a.rc, b.rc)
        if state:
            sa, sb = window(state["ip"], state["nlip"])
            return "%s | state [%s]: ip «%s» / nlip «%s»" % (
                head, state["section"], normalize.template(sa, names, False),
                normalize.template(sb, names, False))
        return "%s | ?" % head

    @staticmethod
    def state_diff(sa, sb):
        pa, pb = parse_snapshot(sa), parse_snapshot(sb)
        for sec in list(pa.keys()) + [k for k in pb if k not in pa]:
            la, lb = pa.get(sec, []), pb.get(sec, [])
            if la != lb:
                sm = difflib.SequenceMatcher(a=la, b=lb, autojunk=False)
                for op, i1, i2, j1, j2 in sm.get_opcodes():
                    if op != "equal":
                        return {"section": sec, "ip": la[i1] if i1 < i2 else None,
                                "nlip": lb[j1] if j1 < j2 else None,
                                "diff": "\n".join(list(difflib.unified_diff(
                                    la, lb, "ip", "nlip", lineterm="", n=1))[:40])}
        return None

    def do_read(self, run):
        ns = self.names["read"]
        tries = 0
        while True:
            a, b = self.exec_pair(ns, ns, run)
            same = not a.timeout and not b.timeout and self.norm(a, ()) == self.norm(b, ())
            if same or a.timeout or b.timeout or tries >= 2:
                return a, b, same, tries, None, ns, ns
            tries += 1  # seconds counters can tick between the two runs: try again

    def do_change(self, run):
        if self.changes_since_build >= self.args.rebuild_every:
            self.build_twins("periodic")
        self.changes_since_build += 1
        nsa, nsb = self.names["ip"], self.names["nlip"]
        a, b = self.exec_pair(nsa, nsb, run)
        sa, sb = self.snapshot_pair(nsa, nsb)
        for pause in (0.2, 0.5):
            # a difference may be passing: a carrier that linkwatch reports a moment later,
            # or an error of ip's name lookup while some other program removes a namespace
            if normalize.snapshot_key(sa) == normalize.snapshot_key(sb):
                break
            time.sleep(pause)
            sa, sb = self.snapshot_pair(nsa, nsb)
        state = None
        if normalize.snapshot_key(sa) != normalize.snapshot_key(sb):
            state = self.state_diff(sa, sb)
        same_out = (not a.timeout and not b.timeout
                    and self.norm(a, self.twin_names) == self.norm(b, self.twin_names))
        if state:
            self.build_twins("state difference")
        elif a.timeout or b.timeout:
            self.build_twins("timeout")
        elif sa != sb:
            self.build_twins("ifindex drift only")
        return a, b, same_out and state is None, 0, state, nsa, nsb

    def snapshot_pair(self, nsa, nsb):
        fa = self.pool.submit(self.snapshot, nsa, True)
        fb = self.pool.submit(self.snapshot, nsb, True)
        return fa.result(), fb.result()

    def check_read_ns(self, upto):
        now = self.snapshot(self.names["read"])
        if normalize.snapshot_key(now) != normalize.snapshot_key(self.read_base):
            time.sleep(0.5)
            now = self.snapshot(self.names["read"])
        if normalize.snapshot_key(now) != normalize.snapshot_key(self.read_base):
            d = self.state_diff(self.read_base, now)
            self.events.append("the read namespace changed by line %d (%s: «%s» → «%s»); "
                               "it was rebuilt" % (upto, d and d["section"], d and d["ip"],
                                                   d and d["nlip"]))
            self.ns.delete(self.names["read"])
            self.ns.delete(self.names["read_x"])
            self.build_read()

    def main(self):
        a = self.args
        objects = None
        if a.objects:
            objects = set()
            for o in a.objects.split(","):
                o = o.strip()
                if o not in grammar.OBJECT_ALIASES:
                    raise SystemExit("unknown object %r (known: %s)" % (
                        o, ", ".join(sorted(set(grammar.OBJECT_ALIASES.values())))))
                objects.add(grammar.OBJECT_ALIASES[o])
        runs = generate(a.seed, self.pools, objects, a.lines)
        excludes = [re.compile(x) for x in a.exclude]
        for run in runs:
            check_safe(run, self.safe_ns)

        t0 = time.monotonic()
        for n in ("p0", "p1"):
            self.ns.add(self.names[n])
        self.build_read()
        self.build_twins()
        records = []
        jsonl = open(a.jsonl, "w") if a.jsonl else None
        reads_done = 0
        try:
            for run in runs:
                cmd = run.command()
                rec = {"n": run.idx, "kind": run.kind, "object": run.obj, "verb": run.verb,
                       "mutation": run.mutation, "batch": run.batch, "argv": run.argv(),
                       "stdin": run.stdin(), "command": cmd}
                if any(x.search(cmd) for x in excludes):
                    rec["excluded"] = True
                    records.append((run, rec, None, None))
                    if jsonl:
                        jsonl.write(json.dumps(rec) + "\n")
                    continue
                if run.kind == "read":
                    r_a, r_b, same, tries, state, nsa, nsb = self.do_read(run)
                    reads_done += 1
                    if reads_done % 100 == 0:
                        self.check_read_ns(run.idx)
                else:
                    r_a, r_b, same, tries, state, nsa, nsb = self.do_change(run)
                rec.update({"ns": [nsa, nsb], "ip": r_a.as_json(), "nlip": r_b.as_json(),
                            "identical": same, "retries": tries,
                            "state": state, "excluded": False})
                rec["group"] = None if same else self.group_key(
                    run, r_a, r_b, state, self.twin_names if run.kind == "change" else ())
                records.append((run, rec, r_a, r_b))
                if jsonl:
                    jsonl.write(json.dumps(rec) + "\n")
                if a.verbose:
                    print("%4d %-6s %s %s" % (run.idx, run.kind, "same" if same else "DIFF",
                                              cmd.splitlines()[0]), file=sys.stderr)
            self.check_read_ns(len(runs))
        finally:
            if jsonl:
                jsonl.close()
        elapsed = time.monotonic() - t0
        report = self.report(records, elapsed)
        if a.report:
            with open(a.report, "w") as f:
                f.write(report)
        summary = report.split("\n## Groups")[0]
        print(summary)
        if a.report:
            print("report: %s" % a.report)

    # report
    def report(self, records, elapsed):
        a = self.args
        ran = [r for r in records if not r[1].get("excluded")]
        excluded = len(records) - len(ran)

        def share(rs):
            n = len(rs)
            same = sum(1 for r in rs if r[1]["identical"])
            return n, same, ("%.1f%%" % (100.0 * same / n) if n else "-")

        out = ["# nlip differential sweep", ""]
        out.append("- ip: `%s` (%s)" % (self.ip, self.version(self.ip)))
        out.append("- nlip: `%s` (%s)" % (self.nlip, self.version(self.nlip)))
        out.append("- seed %d, %d lines generated, %d excluded, objects: %s" % (
            a.seed, len(records), excluded, a.objects or "all"))
        out.append("- run time %.1f s; twins rebuilt %d times (%s)" % (
            elapsed, sum(self.rebuilds.values()),
            ", ".join("%s %d" % kv for kv in sorted(self.rebuilds.items())) or "-"))
        if self.ns.optional_failed:
            for line, err in self.ns.optional_failed.items():
                out.append("- topology line skipped (kernel): `%s`: %s" % (line, err))
        for e in self.events:
            out.append("- " + e)
        out += ["", "## Totals", "", "| lines | run | identical | share |", "|---|---|---|---|"]
        for label, rs in (("overall", ran), ("reads", [r for r in ran if r[1]["kind"] == "read"]),
                          ("changes", [r for r in ran if r[1]["kind"] == "change"]),
                          ("batch runs", [r for r in ran if r[1]["batch"]]),
                          ("valid lines", [r for r in ran if r[1]["mutation"] == "valid"
                                           and not r[1]["batch"]]),
                          ("near-valid lines", [r for r in ran if r[1]["mutation"] != "valid"
                                                and not r[1]["batch"]])):
            n, same, pct = share(rs)
            out.append("| %s | %d | %d | %s |" % (label, n, same, pct))
        diffs = [r for r in ran if not r[1]["identical"]]
        timeouts = sum(1 for r in ran if r[1]["ip"]["timeout"] or r[1]["nlip"]["timeout"])
        state_d = sum(1 for r in ran if r[1]["state"])
        retried = sum(1 for r in ran if r[1]["identical"] and r[1]["retries"])
        groups = collections.OrderedDict()
        for r in diffs:
            groups.setdefault(r[1]["group"], []).append(r)
        order = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        out += ["", "%d lines differ in %d groups; %d with a state difference, %d timed out; "
                "%d reads were identical only on a second or third try." % (
                    len(diffs), len(groups), state_d, timeouts, retried)]
        per_obj = collections.Counter((r[1]["object"], r[1]["verb"]) for r in diffs)
        if per_obj:
            out += ["", "Differences by object and verb: " + ", ".join(
                "%s %s %d" % (o, v, c) for (o, v), c in per_obj.most_common())]
        out += ["", "## Groups", ""]
        for i, (key, rs) in enumerate(order, 1):
            run, rec, ra, rb = rs[0]
            out.append("### %d. %s (%d)" % (i, key.replace("|", "—", 1), len(rs)))
            out.append("")
            out.append("Example (line %d, %s, %s):" % (rec["n"], rec["kind"], rec["mutation"]))
            out.append("")
            out.append(fence(rec["command"]))
            for who, res in (("ip", ra), ("nlip", rb)):
                out.append("%s: exit %s%s" % (who, "timeout" if res.timeout else res.rc,
                                              ", %d B stdout" % len(res.out) if res.out else ""))
                if res.out:
                    out.append(fence(show_bytes(res.out, 25), "stdout"))
                if res.err:
                    out.append(fence(show_bytes(res.err, 15), "stderr"))
            ta, tb = normalize.decode(ra.out), normalize.decode(rb.out)
            if ta and tb and ta != tb and max(ta.count("\n"), tb.count("\n")) > 3:
                d = list(difflib.unified_diff(ta.splitlines(), tb.splitlines(), "ip", "nlip",
                                              lineterm="", n=1))
                out.append("stdout difference:")
                out.append(fence("\n".join(d[:30]) + ("\n..." if len(d) > 30 else ""), "diff"))
            if rec["state"]:
                out.append("state after the line, first difference [%s]:" % rec["state"]["section"])
                out.append(fence(rec["state"]["diff"], "diff"))
            others = []
            for r in rs[1:]:
                c = r[1]["command"].splitlines()[0]
                if c != rec["command"].splitlines()[0] and c not in others:
                    others.append(c)
            if others:
                out.append("Also: " + "; ".join("`%s`" % c for c in others[:5])
                           + ("; ..." if len(others) > 5 else ""))
            out.append("")
        return "\n".join(out) + "\n"

    def version(self, tool):
        r = self.procs.run([tool, "-V"], timeout=5)
        return r.out.decode(errors="replace").strip()

    def cleanup(self):
        self.procs.kill_all()
        self.ns.cleanup()
        self.pool.shutdown(wait=False, cancel_futures=True)


def window(a, b, before=30, after=50):
    """The parts of two differing lines around their first difference (long JSON lines)."""
    if a is None or b is None:
        return a, b
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    if max(len(a), len(b)) <= before + after:
        return a, b
    start = max(0, p - before)
    while start > 0 and a[start - 1] not in " ,{[":
        start -= 1
    lead = "…" if start else ""
    return lead + a[start:p + after], lead + b[start:p + after]


def show_bytes(data, max_lines):
    text = normalize.decode(data)
    if text is None:
        return "(binary, %d bytes) %s..." % (len(data), data[:48].hex())
    lines = text.splitlines()
    s = "\n".join(lines[:max_lines])
    if len(lines) > max_lines:
        s += "\n... (%d more lines)" % (len(lines) - max_lines)
    return s


def fence(text, label=""):
    tick = "```"
    while tick in text:
        tick += "`"
    return "%s%s\n%s\n%s" % (tick, label, text, tick)


def parse_args(argv):
    p = argparse.ArgumentParser(description="ip vs nlip differential sweep (runs as root, in "
                                            "its own network namespaces only)")
    p.add_argument("--nlip", required=True, help="the nlip binary")
    p.add_argument("--ip", default=shutil.which("ip") or "/usr/bin/ip", help="iproute2's ip")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--lines", type=int, default=300, help="runs to generate (a batch is one)")
    p.add_argument("--report", help="write the markdown report here")
    p.add_argument("--jsonl", help="write one JSON record per run here")
    p.add_argument("--exclude", action="append", default=[], metavar="REGEX",
                   help="skip runs whose command (as shown in the report) matches")
    p.add_argument("--objects", help="comma-separated: route,addr,link,neigh,rule,nexthop,"
                                     "netconf,netns")
    p.add_argument("--timeout", type=float, default=5.0, help="seconds per command")
    p.add_argument("--rebuild-every", type=int, default=100,
                   help="rebuild the twins after this many changes even when they agree")
    p.add_argument("--dry-run", action="store_true", help="print the generated lines, run nothing")
    p.add_argument("-v", "--verbose", action="store_true", help="one line per run on stderr")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.dry_run:
        pools = topology.pools({"xns": "sweep-PID-read-x", "p0": "sweep-PID-p0",
                                "p1": "sweep-PID-p1", "nosuch": "sweep-PID-nosuch"})
        objects = None
        if args.objects:
            objects = {grammar.OBJECT_ALIASES[o.strip()] for o in args.objects.split(",")}
        try:
            for run in generate(args.seed, pools, objects, args.lines):
                check_safe(run, set(pools["nsname_safe"]))
                print("%4d %-6s %-22s %s" % (run.idx, run.kind, run.mutation[:22], run.command()))
        except BrokenPipeError:
            pass
        return 0
    if os.geteuid() != 0:
        raise SystemExit("the sweep needs root (it makes network namespaces)")
    for tool in (args.ip, args.nlip):
        if not os.access(tool, os.X_OK):
            raise SystemExit("not executable: %s" % tool)
    sweep = Sweep(args)
    atexit.register(sweep.cleanup)

    def on_signal(signum, frame):
        raise KeyboardInterrupt("signal %d" % signum)

    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, on_signal)
    try:
        sweep.main()
    except KeyboardInterrupt:
        print("interrupted; namespaces deleted", file=sys.stderr)
        return 130
    finally:
        sweep.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
