#!/usr/bin/env python3
"""Build the judged relevance set's splits, blind pool and assessor files (Python 3 stdlib only).

Run from the repository root. Subcommands (details in datasets/judged/DATA_CARD.md):

  split                      assign dev/test per ESCO group (seeded) and rewrite learners.jsonl
  check  --url URL           every learner is accepted by POST /v1/recommendations
  collect --url URL --catalog FILE
                             run every pooling system and write runs/*.tsv and runs/queries.tsv
  pool   --catalog FILE      union of the runs -> pool.jsonl, assess/slice-N.md, assess/slices.tsv
  validate                   check judgments/slice-N.jsonl against the pool (grades, coverage)
  files                      print the DATA_CARD "Shipped files" table (rows, bytes, sha256)

The API key is read from the environment variable CREDPATH_KEY (an admin key: collect reloads the
serving model through POST /v1/models/reload). Progress goes to stderr.
"""
import argparse
import json
import math
import os
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.dirname(HERE)
LEARNERS = os.path.join(JUDGED, "learners.jsonl")
RUNS = os.path.join(JUDGED, "runs")
POOL = os.path.join(JUDGED, "pool.jsonl")
ASSESS = os.path.join(JUDGED, "assess")
JUDGMENTS = os.path.join(JUDGED, "judgments")

SPLIT_SEED = 20261204
SLICES = 4
MAX_LABELS = 20  # skill labels shown per credential in the assessor files
# system name -> depth pooled
SYSTEMS = {
    "served-ranker-default": 20,   # POST /v1/recommendations, models/ranker-default (DL4J)
    "served-gap-coverage": 20,     # POST /v1/recommendations, built-in gap-coverage
    "bm25-occupation": 20,         # plain BM25 (below) on the occupation's preferred label
    "hybrid-scenario": 10,         # GET /v1/credentials?q= (BM25 + KNN, RRF) on scenario keywords
    "hybrid-occupation": 10,       # GET /v1/credentials?q= on the occupation's preferred label
    "served-semantic-gap": 20,     # POST /v1/recommendations, built-in semantic-gap (added by collect-served)
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_lines(path, lines):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    os.replace(tmp, path)


# ---------------------------------------------------------------- split

def cmd_split(_args):
    rows = read_jsonl(LEARNERS)
    by_group = defaultdict(list)
    for r in rows:
        by_group[r["group"]].append(r["id"])
    rng = random.Random(SPLIT_SEED)
    split = {}
    extra_to_dev = True
    for group in sorted(by_group):
        ids = sorted(by_group[group])
        rng.shuffle(ids)
        n_dev = len(ids) // 2
        if len(ids) % 2:
            n_dev += 1 if extra_to_dev else 0
            extra_to_dev = not extra_to_dev
        for i, lid in enumerate(ids):
            split[lid] = "dev" if i < n_dev else "test"
    out = []
    for r in rows:
        ordered = {"id": r["id"], "split": split[r["id"]], "group": r["group"],
                   "scenario": r["scenario"], "learner": r["learner"]}
        out.append(json.dumps(ordered, ensure_ascii=False, separators=(",", ":")))
    write_lines(LEARNERS, out)
    counts = Counter((r["group"], split[r["id"]]) for r in rows)
    for group in sorted(by_group):
        log(f"{group}: dev {counts[(group, 'dev')]}, test {counts[(group, 'test')]}")
    log(f"total: dev {sum(1 for v in split.values() if v == 'dev')}, "
        f"test {sum(1 for v in split.values() if v == 'test')}")


# ---------------------------------------------------------------- HTTP

class Api:
    def __init__(self, url):
        self.url = url.rstrip("/")
        self.key = os.environ.get("CREDPATH_KEY")
        if not self.key:
            sys.exit("set CREDPATH_KEY to the server's admin key (printed by ./credpath serve)")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"X-API-Key": self.key, "Content-Type": "application/json"})
        for _attempt in range(20):
            try:
                with urllib.request.urlopen(req, timeout=120) as resp:
                    return json.load(resp)
            except urllib.error.HTTPError as e:
                detail = e.read().decode("utf-8", "replace")
                if e.code == 429:  # the key's rate limit: wait as told and retry
                    time.sleep(float(e.headers.get("Retry-After", "1")))
                    continue
                raise RuntimeError(f"{method} {path}: HTTP {e.code}: {detail[:400]}") from None
        raise RuntimeError(f"{method} {path}: still rate-limited after 20 attempts")

    def recommend(self, learner, k):
        return self.call("POST", "/v1/recommendations", {"learner": learner, "k": k})

    def search(self, text, k):
        q = urllib.parse.urlencode({"q": text, "k": k})
        return [h["credential"]["id"] for h in self.call("GET", "/v1/credentials?" + q)["items"]]

    def reload(self, source):
        self.call("POST", "/v1/models/reload", {"source": source})
        current = self.call("GET", "/v1/models/current")
        log(f"serving model now: {current.get('id')} {current.get('version')}")
        return current

    def occupation_label(self, text):
        """The preferred label of an occupation given as URI, code or free text."""
        try:
            return self.call("GET", "/v1/occupations/" + urllib.parse.quote(text, safe=""))["label"]
        except RuntimeError:
            items = self.call("GET", "/v1/occupations?" + urllib.parse.urlencode({"q": text, "k": 1}))["items"]
            if not items:
                raise RuntimeError(f"occupation '{text}' resolves to nothing")
            return items[0]["label"]


def cmd_check(args):
    api = Api(args.url)
    bad = 0
    for r in read_jsonl(LEARNERS):
        try:
            ans = api.recommend(r["learner"], 20)
            log(f"{r['id']}: {len(ans['items'])} items, warnings {ans['warnings']}")
        except RuntimeError as e:
            bad += 1
            log(f"{r['id']}: REFUSED {e}")
    print(f"{bad} learner(s) refused")
    sys.exit(1 if bad else 0)


# ---------------------------------------------------------------- plain BM25

STOP = set("""a an and are as at be by for from has have in into is it its of on or that the their this to
with who what wants want no not but only own same job role current target them they she he his her
be become becoming moving move moves get getting back do does more better using use""".split())
SCENARIO_STOP = STOP | set("""budget usd week weeks h deadline prefers prefer preferring language courses
course english spanish portuguese french italian japanese reads read acceptable fine limited effort money
spare time plenty types typed writes calls himself herself uk us au australian british colombia mexico madrid
tokyo florence brazil france spain rioja la from working done under must stay within months interest
degrees promotion review already holds hold took did two first not basics again""".split())


def tokens(text, stop=STOP):
    out = []
    for t in re.findall(r"[a-z0-9]+", text.lower()):
        if t in stop or t.isdigit():
            continue
        if len(t) > 4 and t.endswith("ies"):
            t = t[:-3] + "y"
        elif len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


class Bm25:
    """Okapi BM25 (k1 1.2, b 0.75) over weighted fields: title x3, skillLabels x2, description x1,
    syllabus x0.5 (weighted term frequencies, one length normalisation)."""
    FIELDS = (("title", 3.0), ("skillLabels", 2.0), ("description", 1.0), ("syllabus", 0.5))

    def __init__(self, credentials, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.docs = []
        df = Counter()
        for c in credentials:
            tf = Counter()
            for field, w in self.FIELDS:
                v = c.get(field)
                text = " ".join(v) if isinstance(v, list) else (v or "")
                for t in tokens(text):
                    tf[t] += w
            self.docs.append((c["id"], tf, sum(tf.values())))
            df.update(tf.keys())
        n = len(self.docs)
        self.avg = sum(d[2] for d in self.docs) / n
        self.idf = {t: math.log(1 + (n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def search(self, text, k):
        q = set(tokens(text))
        scored = []
        for cid, tf, length in self.docs:
            s = 0.0
            for t in q:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * length / self.avg))
            if s > 0:
                scored.append((-s, cid))
        scored.sort()
        return [cid for _, cid in scored[:k]]


def scenario_keywords(scenario):
    seen = []
    for t in re.findall(r"[A-Za-z][A-Za-z+#-]*", scenario):
        low = t.lower().strip("-")
        if low and low not in SCENARIO_STOP and len(low) > 1 and low not in seen:
            seen.append(low)
    return " ".join(seen)


# ---------------------------------------------------------------- collect

def cmd_collect(args):
    api = Api(args.url)
    learners = read_jsonl(LEARNERS)
    catalog = read_jsonl(args.catalog)
    os.makedirs(RUNS, exist_ok=True)
    runs = {s: [] for s in SYSTEMS}
    queries = []
    for source, system in (("models/ranker-default", "served-ranker-default"),
                           ("gap-coverage", "served-gap-coverage")):
        model = api.reload(source)
        expected = "gap-coverage" if source == "gap-coverage" else "ranker-default"
        if model.get("id") != expected:
            sys.exit(f"reload {source}: server reports model {model.get('id')}, expected {expected}")
        for i, r in enumerate(learners, 1):
            ans = api.recommend(r["learner"], SYSTEMS[system])
            runs[system] += [(r["id"], it["credentialId"], rank) for rank, it in enumerate(ans["items"], 1)]
            if i % 10 == 0:
                log(f"{system}: {i}/{len(learners)} learners")
    api.reload("models/ranker-default")
    bm25 = Bm25(catalog)
    for i, r in enumerate(learners, 1):
        lr = r["learner"]
        occupation = lr.get("targetOccupation") or lr["currentOccupation"]
        label = api.occupation_label(occupation)
        keywords = scenario_keywords(r["scenario"])
        queries += [(r["id"], "bm25-occupation", label), (r["id"], "hybrid-occupation", label),
                    (r["id"], "hybrid-scenario", keywords)]
        for system, text in (("bm25-occupation", label), ("hybrid-occupation", label), ("hybrid-scenario", keywords)):
            ids = bm25.search(text, SYSTEMS[system]) if system.startswith("bm25") else api.search(text, SYSTEMS[system])
            runs[system] += [(r["id"], cid, rank) for rank, cid in enumerate(ids, 1)]
        if i % 10 == 0:
            log(f"search systems: {i}/{len(learners)} learners")
    for system, rows in runs.items():
        write_lines(os.path.join(RUNS, system + ".tsv"),
                    ["learnerId\tcredentialId\trank\tsystem"] + [f"{l}\t{c}\t{k}\t{system}" for l, c, k in rows])
        log(f"{system}: {len(rows)} rows")
    write_lines(os.path.join(RUNS, "queries.tsv"),
                ["learnerId\tsystem\tquery"] + [f"{l}\t{s}\t{q}" for l, s, q in queries])


def cmd_collect_served(args):
    """One served model's run, added to runs/ beside the others (a model added after the first collection)."""
    api = Api(args.url)
    model = api.reload(args.model)
    if model.get("id") != args.model.rstrip("/").split("/")[-1]:
        sys.exit(f"reload {args.model}: server reports model {model.get('id')}")
    rows = []
    learners = read_jsonl(LEARNERS)
    for i, r in enumerate(learners, 1):
        ans = api.recommend(r["learner"], SYSTEMS[args.system])
        rows += [(r["id"], it["credentialId"], rank) for rank, it in enumerate(ans["items"], 1)]
        if i % 10 == 0:
            log(f"{args.system}: {i}/{len(learners)} learners")
    write_lines(os.path.join(RUNS, args.system + ".tsv"),
                ["learnerId\tcredentialId\trank\tsystem"] + [f"{l}\t{c}\t{k}\t{args.system}" for l, c, k in rows])
    log(f"{args.system}: {len(rows)} rows")


# ---------------------------------------------------------------- pool and assessor files

def read_runs(depth=None):
    """(learner, credential) pairs of every system's run, each cut at depth when given."""
    pairs = set()
    for system in SYSTEMS:
        with open(os.path.join(RUNS, system + ".tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                learner, cid, rank, _system = line.rstrip("\n").split("\t")
                if depth is None or int(rank) <= depth:
                    pairs.add((learner, cid))
    return pairs


def fmt_hours(c):
    return f"{c['hours']:g} h" if c.get("hours") is not None else "unknown"


def fmt_cost(c):
    if c.get("costUsd") is None:
        return "unknown"
    return "0 USD (free)" if c["costUsd"] == 0 else f"{c['costUsd']:g} USD"


def credential_block(c):
    desc = (c.get("description") or "").replace("\n", " ").strip()
    if len(desc) > 400:
        desc = desc[:400].rstrip() + " ..."
    all_labels = c.get("skillLabels", [])
    labels = ", ".join(all_labels[:MAX_LABELS]) or "none listed"
    if len(all_labels) > MAX_LABELS:
        labels += f" (+{len(all_labels) - MAX_LABELS} more)"
    return "\n".join([
        f"#### `{c['id']}`",
        f"- title: {c['title']}",
        f"- provider: {c.get('provider') or 'unknown'}; type: {c.get('credentialType') or 'unknown'}; "
        f"level: {c.get('level') or 'unknown'}",
        f"- hours: {fmt_hours(c)}; cost: {fmt_cost(c)}; language: {c.get('language') or 'unknown'}; "
        f"delivery: {c.get('delivery') or 'unknown'}",
        f"- description: {desc or 'none'}",
        f"- skill labels: {labels}",
        "",
    ])


def learner_block(r, catalog, n_items):
    lr = r["learner"]
    held = [f"`{h}` ({catalog[h]['title']})" if h in catalog else f"`{h}` (not in catalogue)"
            for h in lr.get("heldCredentials", [])]
    avail = ""
    if lr.get("hoursPerWeek") and lr.get("deadlineWeeks"):
        avail = f" (= {lr['hoursPerWeek'] * lr['deadlineWeeks']:g} study hours before the deadline)"
    lines = [
        f"## Learner {r['id']} ({r['group']})",
        "",
        f"**Scenario:** {r['scenario']}",
        "",
        f"- current occupation: {lr.get('currentOccupation') or 'none given'}",
        f"- target occupation: {lr.get('targetOccupation') or 'none (upskilling for the current job)'}",
        f"- skills: {', '.join(lr.get('skills', [])) or 'none given'}",
        f"- held credentials: {'; '.join(held) or 'none'}",
        f"- budget: {str(lr['budgetUsd']) + ' USD' if lr.get('budgetUsd') is not None else 'no limit given'}",
        f"- hours per week: {lr.get('hoursPerWeek', 'not given')}; deadline: "
        f"{str(lr['deadlineWeeks']) + ' weeks' if lr.get('deadlineWeeks') else 'none'}{avail}",
        f"- accepted delivery: {', '.join(lr.get('delivery', [])) or 'any'}",
        f"- profile as JSON: `{json.dumps(lr, ensure_ascii=False)}`",
        "",
        f"### {n_items} credentials to grade (sorted by id)",
        "",
    ]
    return "\n".join(lines)


def assign_slices(counts):
    """Greedy: learners with the most pairs first, each to the slice with the fewest pairs so far."""
    load = [0] * SLICES
    slice_of = {}
    for lid in sorted(counts, key=lambda l: (-counts[l], l)):
        s = min(range(SLICES), key=lambda i: (load[i], i))
        slice_of[lid] = s + 1
        load[s] += counts[lid]
    return slice_of


def cmd_pool(args):
    learners = {r["id"]: r for r in read_jsonl(LEARNERS)}
    catalog = {c["id"]: c for c in read_jsonl(args.catalog)}
    pairs = sorted(read_runs(args.depth))
    missing = [c for _, c in pairs if c not in catalog]
    if missing:
        sys.exit(f"{len(missing)} pooled ids are not in {args.catalog}, e.g. {missing[:3]}")
    write_lines(POOL, [json.dumps({"learnerId": l, "credentialId": c}, ensure_ascii=False, separators=(",", ":"))
                       for l, c in pairs])
    per_learner = defaultdict(list)
    for l, c in pairs:
        per_learner[l].append(c)
    counts = {l: len(per_learner.get(l, [])) for l in learners}
    slice_of = assign_slices(counts)
    os.makedirs(ASSESS, exist_ok=True)
    for s in range(1, SLICES + 1):
        ids = sorted(l for l in learners if slice_of[l] == s)
        n = sum(counts[l] for l in ids)
        parts = [f"# Assessment slice {s}: {len(ids)} learners, {n} credentials to grade", "",
                 "Read `../RUBRIC.md` first. Write one line per credential below into "
                 f"`../judgments/slice-{s}.jsonl`:", "",
                 '`{"learnerId":"...","credentialId":"...","grade":0,"rationale":"one line","assessor":"your-name"}`',
                 "", "Do not open `../runs/` (it says which system proposed what).", "",
                 "Reading the entries: `cost: unknown` means the catalogue has no price (every Coursera item): it is "
                 "**not** free. Hours are total study time (Coursera: estimates at about 6 h a week). "
                 "`language: unknown` means the catalogue does not say: judge it from the title and description. "
                 f"At most {MAX_LABELS} skill labels are shown per credential.", ""]
        for lid in ids:
            parts.append(learner_block(learners[lid], catalog, counts[lid]))
            parts += [credential_block(catalog[c]) for c in per_learner.get(lid, [])]
        write_lines(os.path.join(ASSESS, f"slice-{s}.md"), parts)
        log(f"slice {s}: {len(ids)} learners, {n} pairs")
    write_lines(os.path.join(ASSESS, "slices.tsv"),
                ["learnerId\tslice\tpairs"] + [f"{l}\t{slice_of[l]}\t{counts[l]}" for l in sorted(learners)])
    print(f"pool: {len(pairs)} pairs over {len(per_learner)} learners "
          f"(min {min(counts.values())}, max {max(counts.values())} per learner)")


# ---------------------------------------------------------------- validate

def cmd_validate(_args):
    pool = {(r["learnerId"], r["credentialId"]) for r in read_jsonl(POOL)}
    slice_of = {}
    with open(os.path.join(ASSESS, "slices.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            lid, s, _n = line.rstrip("\n").split("\t")
            slice_of[lid] = int(s)
    problems, seen = [], {}
    for s in range(1, SLICES + 1):
        path = os.path.join(JUDGMENTS, f"slice-{s}.jsonl")
        if not os.path.exists(path):
            problems.append(f"slice-{s}.jsonl: missing")
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"slice-{s}.jsonl:{n}"
                try:
                    j = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: not JSON ({e})")
                    continue
                key = (j.get("learnerId"), j.get("credentialId"))
                if key not in pool:
                    problems.append(f"{where}: {key} is not in the pool")
                elif slice_of.get(key[0]) != s:
                    problems.append(f"{where}: learner {key[0]} belongs to slice {slice_of.get(key[0])}")
                if not isinstance(j.get("grade"), int) or isinstance(j.get("grade"), bool) or not 0 <= j["grade"] <= 3:
                    problems.append(f"{where}: grade must be an integer 0-3, got {j.get('grade')!r}")
                for field in ("rationale", "assessor"):
                    v = j.get(field)
                    if not isinstance(v, str) or not v.strip() or "\n" in v:
                        problems.append(f"{where}: {field} must be one non-blank line")
                if key in seen:
                    problems.append(f"{where}: duplicate of {seen[key]}")
                seen[key] = where
    missing = sorted(pool - set(seen))
    for p in problems[:50]:
        print(p)
    print(f"{len(pool & set(seen))} of {len(pool)} pooled pairs judged, {len(missing)} missing, "
          f"{len(problems)} problem(s)")
    if missing:
        print("first missing: " + ", ".join(f"{l} {c}" for l, c in missing[:5]))
    sys.exit(1 if problems or missing else 0)


def cmd_files(_args):
    import hashlib
    print("| file | rows | bytes | sha256 |")
    print("|---|---:|---:|---|")
    paths = []
    for root, _dirs, files in os.walk(JUDGED):
        paths += [os.path.join(root, f) for f in files if f not in ("DATA_CARD.md", "README.md")]
    for path in sorted(paths, key=lambda p: os.path.relpath(p, JUDGED)):
        data = open(path, "rb").read()
        rel = os.path.relpath(path, JUDGED).replace(os.sep, "/")
        rows = "\u2013"
        if rel.endswith(".jsonl"):
            rows = f"{sum(1 for line in data.decode('utf-8').splitlines() if line.strip()):,}"
        elif rel.endswith(".tsv"):
            rows = f"{len(data.decode('utf-8').splitlines()) - 1:,}"
        print(f"| `{rel}` | {rows} | {len(data):,} | `{hashlib.sha256(data).hexdigest()}` |")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("split")
    c = sub.add_parser("check")
    c.add_argument("--url", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--url", required=True)
    c.add_argument("--catalog", required=True, help="./credpath catalog export --out FILE")
    c = sub.add_parser("collect-served")
    c.add_argument("--url", required=True)
    c.add_argument("--model", required=True, help="model source to reload, e.g. semantic-gap")
    c.add_argument("--system", required=True, choices=sorted(SYSTEMS))
    c = sub.add_parser("pool")
    c.add_argument("--catalog", required=True)
    c.add_argument("--depth", type=int, default=None, help="pool only each run's top DEPTH (default: all)")
    sub.add_parser("validate")
    sub.add_parser("files")
    args = p.parse_args()
    {"split": cmd_split, "check": cmd_check, "collect": cmd_collect, "collect-served": cmd_collect_served,
     "pool": cmd_pool,
     "validate": cmd_validate, "files": cmd_files}[args.cmd](args)


if __name__ == "__main__":
    main()
