#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a Suiji draw bundle (draw.json) with nothing but Python 3's standard library: the record
# chain, the freeze, the seeds tried, the selection of every pool, months, joint marking and the
# inspector teams (draw-spec v2), and the ledger events. Prints PASS and exits 0, or FAIL and the
# first mismatch and exits 1. A special campaign's bundle (kind "campaign") is checked the same way:
# its chain, seeds, sample, months, teams, targets' ledger and procedure.    python3 verify.py [draw.json]
import hashlib
import json
import os
import sys


def H(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(keys):
    return H("".join(k + "\n" for k in keys))


def by_bytes(items):
    return sorted(items, key=lambda s: s.encode("utf-8"))


class Mismatch(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Mismatch(what)


def read_chain(bundle):
    prev = "0" * 64
    records = []
    for i, r in enumerate(bundle["chain"], 1):
        check(r["seq"] == i, "chain record %d is missing" % i)
        check(r["prev_hash"] == prev, "record %d does not link to the record before it" % i)
        check(H(prev + "\n" + r["canonical_json"]) == r["record_hash"], "record %d: its hash does not match its contents" % i)
        f = json.loads(r["canonical_json"])
        records.append((r["record_hash"], f))
        prev = r["record_hash"]
    return records, dict(records)


def committed(bundle, records, by_hash, quarter, bureau):
    # The commit, its freeze, and the seeds tried: the first one, or a reason.
    commit_hash = bundle["commit_hash"]
    check(commit_hash in by_hash, "the commit record is not in the chain")
    commit = by_hash[commit_hash]
    check(commit["kind"] == "commit" and commit["quarter"] == quarter and commit["bureau"] == bureau, "the commit record is not this quarter's")
    freeze_hash = commit["freeze"]
    check(freeze_hash in by_hash and by_hash[freeze_hash]["kind"] == "freeze", "the commit names no freeze in the chain")
    freeze = by_hash[freeze_hash]
    attempts = [f for h, f in records if f["kind"] == "attempt" and f["freeze"] == freeze_hash]
    check(not any(f["kind"] == "void" and f["freeze"] == freeze_hash for h, f in records), "the committed freeze was voided")
    check(commit["attempt"] in by_hash and by_hash[commit["attempt"]]["seed"] == commit["seed"], "the commit names no attempt with its seed")
    seed = commit["seed"]
    check(attempts and (attempts[0]["seed"] == seed or (commit.get("reason") or "").strip()),
          "the seed %s is not the first one tried (%s) and the commit gives no reason" % (seed, attempts[0]["seed"] if attempts else "-"))
    return commit, freeze, seed


def match_teams(tasks, roster, freeze, seed, mcontext):
    # Teams: per task, the t inspectors with the lowest H(seed|context|key|badge), leaving out
    # conflicts and those at the cap ceil(t × tasks / inspectors) + cap_slack.
    team_size, slack = freeze["team_size"], freeze["cap_slack"]
    check(roster or not tasks, "no inspector takes part")
    cap = -(-team_size * len(tasks) // len(roster)) + slack if roster else 0
    load = {p["badge"]: 0 for p in roster}
    conflicts = {p["badge"]: set(p["conflicts"]) for p in roster}
    for n, t in enumerate(tasks, 1):
        scores = sorted((H(seed + "|" + mcontext + "|" + t["key"] + "|" + p["badge"]), p["badge"].encode("utf-8"), p["badge"])
                        for p in roster if t["key"] not in conflicts[p["badge"]] and load[p["badge"]] < cap)
        check(len(scores) >= team_size, "task %d (%s) cannot be staffed" % (n, t["key"]))
        t["team"] = [s[2] for s in scores[:team_size]]
        for b in t["team"]:
            load[b] += 1


def roster_of(lists, freeze):
    roster = sorted(lists["roster"], key=lambda p: p["badge"].encode("utf-8"))
    roster_lines = [p["badge"] + "|" + ",".join(by_bytes(p["conflicts"])) for p in roster]
    check(fingerprint(roster_lines) == freeze["roster_fp"], "the roster does not give the freeze's roster_fp")
    return roster


def last_events(records, quarter):
    last = {}
    for h, f in records:
        if f["kind"] == "ledger" and f["quarter"] == quarter:
            if f["task"] in last:
                check(f["created_at"] >= last[f["task"]]["created_at"], "the ledger event of %s dated %s is earlier than the one before it" % (f["task"], f["created_at"]))
            last[f["task"]] = f
    return last


def verify_campaign(bundle):
    # A special campaign's targets (专项): the chain, the seeds tried, the sample of its one pool,
    # the months over its period, the teams, each target's ledger state, its procedure.
    cid, bureau = bundle["campaign"], bundle["bureau"]
    lists = bundle["lists"]
    records, by_hash = read_chain(bundle)
    commit, freeze, seed = committed(bundle, records, by_hash, cid, bureau)
    roster = roster_of(lists, freeze)
    check(len(freeze["pools"]) == 1 and freeze["pools"][0]["pool"] == "campaign", "the freeze is not a campaign's")
    fp = freeze["pools"][0]
    context = "suiji-campaign-v1|%s|%s" % (cid, bureau)
    check(fp["context"] == context, "the campaign's pool has the wrong context")
    check(fingerprint(by_bytes(lists["pool_keys"])) == fp["pool_fp"], "its keys do not give the freeze's pool_fp")
    check(fp["must_fp"] == fingerprint([]), "a campaign has no must-checks")
    ranked = sorted(lists["pool_keys"], key=lambda key: (H(seed + "|" + context + "|" + key), key.encode("utf-8")))
    selected = ranked[:min(fp["k"], len(ranked))]
    check(commit["results"] == [{"pool": "campaign", "result_fp": fingerprint(selected)}],
          "recomputing the sample gives another result than the commit's")
    months, n = bundle["months"], len(selected)
    tasks = [{"key": key, "month": j * months // n + 1, "team": []} for j, key in enumerate(selected)]
    match_teams(tasks, roster, freeze, seed, "suiji-match-v1|%s|%s" % (cid, bureau))
    mode = "offsite" if bundle.get("offsite") else "onsite"
    lines = ["campaign|%s|%d|%s|0||%s" % (t["key"], t["month"], mode, ",".join(by_bytes(t["team"]))) for t in tasks]
    check(fingerprint(lines) == commit["tasks_fp"] and commit["tasks"] == n, "recomputing months and teams gives other targets than the commit's tasks_fp")
    stored = bundle["tasks"]
    check(len(stored) == n, "the bundle lists %d targets, the draw gives %d" % (len(stored), n))
    last = last_events(records, cid)
    for i, (s, t) in enumerate(zip(stored, tasks), 1):
        check(s["mode"] == mode, "target %d (%s): mode %s, the campaign's is %s" % (i, s["key"], s["mode"], mode))
        check(s["key"] == t["key"] and s["month"] == t["month"], "target %d is %s in month %s, the draw gives %s in %s" % (i, s["key"], s["month"], t["key"], t["month"]))
        check(by_bytes(s["inspectors"]) == by_bytes(t["team"]), "target %d (%s): team %s, the draw gives %s" % (i, s["key"], ",".join(s["inspectors"]), ",".join(t["team"])))
        ev = last.get("campaign|%s|%d" % (s["key"], s["month"]))
        state = (s["status"], s.get("inspection_date"), s.get("result"))
        expected = (ev["status"], ev["inspection_date"], ev["result"]) if ev else ("planned", None, None)
        check(state == expected, "target %s stands as %s, its last ledger event says %s" % (s["key"], state, expected))
    steps = [f for h, f in records if f["kind"] == "campaign" and f["campaign"] == cid]
    check(steps, "the chain holds no procedure record of the campaign")
    procedure = {k: v for k, v in steps[-1].items() if k not in ("kind", "campaign", "step", "operator", "created_at")}
    check(procedure == bundle["procedure"], "the campaign's procedure differs from its last record")
    return selected, tasks


def verify(bundle):
    quarter, bureau = bundle["quarter"], bundle["bureau"]
    year, q = int(quarter[:4]), int(quarter[5])
    rules = bundle["rules"]
    lists = bundle["lists"]

    # 1. The chain: every record links to the one before and hashes to its record_hash.
    records, by_hash = read_chain(bundle)
    commit, freeze, seed = committed(bundle, records, by_hash, quarter, bureau)

    # 3. The frozen lists are the ones the freeze fingerprints.
    roster = roster_of(lists, freeze)
    check(len(freeze["pools"]) == len(lists["pools"]), "the bundle's pools are not the freeze's")
    def split_pool(name):
        # The mobile-source division names a district's pool "district/pool"; its context is the district's.
        return tuple(name.split("/", 1)) if "/" in name else (bureau, name)
    for fp, lp in zip(freeze["pools"], lists["pools"]):
        check(fp["pool"] == lp["pool"], "pool %s is out of order" % lp["pool"])
        check(fp["context"] == "suiji-draw-v1|%dQ%d|%s|%s" % ((year, q) + split_pool(fp["pool"])), "pool %s: wrong context" % fp["pool"])
        check(fingerprint(by_bytes(lp["pool_keys"])) == fp["pool_fp"], "pool %s: its keys do not give the freeze's pool_fp" % fp["pool"])
        check(fingerprint(by_bytes(lp["must_check"])) == fp["must_fp"], "pool %s: its must-checks do not give the freeze's must_fp" % fp["pool"])

    # 4. Selection: ticket = H(seed|context|key), ordered by (ticket, key), the first k.
    results = []
    tasks = []
    pool_ok = {}
    for fp, lp in zip(freeze["pools"], lists["pools"]):
        pool, context, k = fp["pool"], fp["context"], fp["k"]
        rule = split_pool(pool)[1]
        ranked = sorted(lp["pool_keys"], key=lambda key: (H(seed + "|" + context + "|" + key), key.encode("utf-8")))
        selected = ranked[:min(k, len(ranked))]
        results.append({"pool": pool, "result_fp": fingerprint(selected)})
        members = lp.get("members", {})

        def task(key, origin, month):
            m = members.get(key, {})
            return {"pool": pool, "rule": rule, "key": key, "origin": origin, "month": month, "offsite": bool(m.get("offsite")),
                    "industry": m.get("industry", ""), "joint": False, "partners": [], "team": []}
        for key in by_bytes(lp["must_check"]):
            tasks.append(task(key, "must", 1))
        if lp.get("every_month"):
            for key in by_bytes(selected):
                for month in (1, 2, 3):
                    tasks.append(task(key, "all", month))
        else:
            for key in selected:
                tasks.append(task(key, "random", 1))
    recorded = {r["pool"]: r["result_fp"] for r in commit["results"]}
    for r in results:
        pool_ok[r["pool"]] = recorded.get(r["pool"]) == r["result_fp"]
        check(pool_ok[r["pool"]], "pool %s: recomputing the selection gives another result than the commit's" % r["pool"])

    # 5. Joint marking: among random tasks matching a row of the joint plan (on-site ones only unless
    # the profile lets off-site tasks be joint), the lowest H(seed|context|pool|key); the number
    # marked is joint_pct of the base: the random tasks, or (joint_base "daily") every task.
    jcontext = "suiji-joint-v1|%dQ%d|%s" % (year, q, bureau)
    random_tasks = [t for t in tasks if t["origin"] == "random"]
    base = tasks if rules.get("joint_base", "random") == "daily" else random_tasks
    candidates = []
    for t in random_tasks:
        if t["offsite"] and not rules.get("joint_offsite", True):
            continue
        match = None
        for row in rules["joint_plan"]:
            if t["rule"] in row["pools"]:
                match = row
                break
            if t["industry"] and any(s in t["industry"] for s in row["industries"]):
                match = row
                break
        if match is not None:
            candidates.append((H(seed + "|" + jcontext + "|" + t["rule"] + "|" + t["key"]), t["rule"].encode("utf-8"), t["key"].encode("utf-8"), t, match))
    candidates.sort(key=lambda c: c[:3])
    wanted = (rules["joint_pct"] * len(base) + 99) // 100
    for c in candidates[:min(wanted, len(candidates))]:
        c[3]["joint"] = True
        c[3]["partners"] = list(c[4]["partners"])

    # 6. Months: per pool (a district's pool in the division's quarter), ceil(n/3), then ceil((n - m1)/2), then the rest; plots one a month; Q4 joint in October.
    i = 0
    while i < len(tasks):
        j = i
        while j < len(tasks) and tasks[j]["pool"] == tasks[i]["pool"]:
            j += 1
        if tasks[i]["rule"] != rules["plot_pool"]:
            n = j - i
            m1 = (n + 2) // 3
            m2 = (n - m1 + 1) // 2
            split = [m1, m2, n - m1 - m2]
            t = i
            for month in range(3):
                for _ in range(split[month]):
                    tasks[t]["month"] = month + 1
                    t += 1
        i = j
    if q == 4:
        for t in tasks:
            if t["joint"]:
                t["month"] = 1

    # 7. Teams: per task, the t inspectors with the lowest H(seed|context|key|badge), leaving out
    # conflicts and those at the cap ceil(t × tasks / inspectors) + cap_slack.
    match_teams(tasks, roster, freeze, seed, "suiji-match-v1|%dQ%d|%s" % (year, q, bureau))

    def line(t, team):
        return "|".join([t["pool"], t["key"], str(t["month"]), "offsite" if t["offsite"] else "onsite", "1" if t["joint"] else "0",
                         ",".join(t["partners"]), ",".join(by_bytes(team))])
    lines = [line(t, t["team"]) for t in tasks]
    check(fingerprint(lines) == commit["tasks_fp"] and commit["tasks"] == len(tasks),
          "recomputing months, joint marking and teams gives other tasks than the commit's tasks_fp")

    # 8. The tasks as published: each one as drawn, and its ledger state that of its last event.
    stored = bundle["tasks"]
    check(len(stored) == len(tasks), "the bundle lists %d tasks, the draw gives %d" % (len(stored), len(tasks)))
    team_ok = []
    for n, (s, t) in enumerate(zip(stored, tasks), 1):
        same = s["pool"] == t["pool"] and s["key"] == t["key"]
        check(same, "task %d is %s, the draw gives %s" % (n, s["key"], t["key"]))
        check(s["month"] == t["month"], "task %d (%s): month %s, the draw gives %s" % (n, s["key"], s["month"], t["month"]))
        check(s["mode"] == ("offsite" if t["offsite"] else "onsite"), "task %d (%s): mode %s differs from the draw" % (n, s["key"], s["mode"]))
        check(s["joint"] == t["joint"] and s["partners"] == t["partners"], "task %d (%s): joint flag differs from the draw" % (n, s["key"]))
        ok = by_bytes(s["inspectors"]) == by_bytes(t["team"])
        team_ok.append(ok)
        check(ok, "task %d (%s): team %s, the draw gives %s" % (n, s["key"], ",".join(s["inspectors"]), ",".join(t["team"])))
    last = last_events(records, quarter)
    for s in stored:
        tid = "%s|%s|%d" % (s["pool"], s["key"], s["month"])
        state = (s["status"], s.get("inspection_date"), s.get("result"), s.get("published_date"))
        ev = last.get(tid)
        expected = (ev["status"], ev["inspection_date"], ev["result"], ev["published_date"]) if ev else ("planned", None, None, None)
        check(state == expected, "task %s stands as %s, its last ledger event says %s" % (tid, state, expected))
    return results, pool_ok, team_ok


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw.json")
    try:
        with open(path, encoding="utf-8") as f:
            bundle = json.load(f)
        if bundle.get("kind") == "campaign":
            selected, _ = verify_campaign(bundle)
            print("PASS %s %s: %d targets, their teams, the seeds tried, the procedure and the record chain check out (commit %s)" % (
                bundle["bureau"], bundle["campaign"], len(selected), bundle["commit_hash"]))
            return 0
        results, _, team_ok = verify(bundle)
    except Mismatch as e:
        print("FAIL " + str(e))
        return 1
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        print("FAIL the bundle cannot be read: %r" % (e,))
        return 1
    print("PASS %s %s: %d pools, %d tasks and the record chain check out (commit %s)" % (
        bundle["bureau"], bundle["quarter"], len(results), len(team_ok), bundle["commit_hash"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
