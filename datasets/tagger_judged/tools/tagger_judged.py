#!/usr/bin/env python3
"""The blind judged tagger sample: draw it, pool two taggers' top 5 without names, score judgments.

  sample  --catalogue RUN.jsonl --out sample.jsonl [--n 120 --seed 12]
      RUN.jsonl is any `./credpath eval tagger --out` file over the whole bundled catalogue.
      Stratified by provider: the platform (Coursera, edX) gets its catalogue share of n; inside a platform the
      credentials are shuffled with the seed and taken in order, at most --per-provider of one provider (the
      partner: Google, Harvard, ...), so large partners do not fill the sample. Alternate picks of each platform go
      to the dev and test halves.
  pool    --sample sample.jsonl --run A.jsonl --run B.jsonl --out pool.jsonl --key key.jsonl [--seed 12]
      One line per (credential, distinct skill) over the runs' top 5, shuffled with the seed, with the credential
      text, the skill's ESCO preferred label and description, and no mark of which run proposed the skill. The key
      saying who proposed what is written apart (assessors must not open it).
  score   --sample sample.jsonl --judgments judgments.jsonl --run NAME=RUN.jsonl ... [--split test]
      precision@5 per run: judged-correct share of each run's top 5 (unjudged counted as not correct, and
      reported), with a 95 % bootstrap interval over credentials (seeded).
"""
import argparse
import collections
import csv
import gzip
import json
import random
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def platform(cid):
    return cid.split(":", 1)[0]


def cmd_sample(a):
    rows = read_jsonl(a.catalogue)
    by_platform = collections.defaultdict(list)
    for r in sorted(rows, key=lambda r: r["id"]):
        by_platform[platform(r["id"])].append(r)
    rnd = random.Random(a.seed)
    out = []
    for p in sorted(by_platform):
        items = by_platform[p]
        quota = round(a.n * len(items) / len(rows))
        rnd.shuffle(items)
        per = collections.Counter()
        picked = []
        for r in items:
            if len(picked) == quota:
                break
            if per[r["provider"]] < a.per_provider:
                per[r["provider"]] += 1
                picked.append(r)
        for i, r in enumerate(picked):
            out.append({"id": r["id"], "platform": p, "provider": r["provider"], "split": "dev" if i % 2 == 0 else "test"})
        print(f"sample: {p}: {len(picked)} of {len(items)} credentials, {len(per)} providers", file=sys.stderr)
    write_jsonl(a.out, out)
    print(f"sample: wrote {len(out)} credentials to {a.out}", file=sys.stderr)


def credential_text(r):
    parts = [f"Title: {r['title']}", f"Provider: {r['provider']}"]
    if r.get("description"):
        parts.append("Description: " + r["description"])
    if r.get("syllabus"):
        parts.append("Syllabus: " + r["syllabus"])
    if r.get("skillLabels"):
        parts.append("Skill tags listed by the source: " + ", ".join(r["skillLabels"]))
    return "\n".join(parts)


def esco_skills(path):
    """ESCO skill URI -> (preferred label, description), so every pooled skill reads alike whoever proposed it."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["conceptUri"]: (r["preferredLabel"], r.get("description") or "") for r in csv.DictReader(f)}


def cmd_pool(a):
    esco = esco_skills(a.esco)
    sample = {s["id"]: s for s in read_jsonl(a.sample)}
    runs = [{r["id"]: r for r in read_jsonl(p)} for p in a.run]
    lines, key = [], []
    for cid in sorted(sample):
        text = None
        proposed = collections.OrderedDict()
        for i, run in enumerate(runs):
            r = run.get(cid)
            if r is None:
                sys.exit(f"pool: {cid} is missing from {a.run[i]}")
            text = text or credential_text(r)
            for s in r["skills"][:5]:
                proposed.setdefault(s["uri"], {"label": s["label"], "by": []})["by"].append(i)
        for uri, p in proposed.items():
            label, description = esco.get(uri, (p["label"], ""))
            lines.append({"credentialId": cid, "credentialText": text, "skillUri": uri, "skillLabel": label,
                          "skillDescription": description})
            key.append({"credentialId": cid, "skillUri": uri, "proposedBy": [a.run[i] for i in p["by"]]})
    rnd = random.Random(a.seed)
    rnd.shuffle(lines)
    for n, l in enumerate(lines):
        l["item"] = f"t-{n + 1:04d}"
    write_jsonl(a.out, lines)
    write_jsonl(a.key, sorted(key, key=lambda k: (k["credentialId"], k["skillUri"])))
    print(f"pool: {len(lines)} (credential, skill) items over {len(sample)} credentials -> {a.out}", file=sys.stderr)


def bootstrap(values, seed, reps=2000):
    rnd = random.Random(seed)
    means = sorted(sum(rnd.choice(values) for _ in values) / len(values) for _ in range(reps))
    return means[int(0.025 * reps)], means[int(0.975 * reps) - 1]


def cmd_score(a):
    sample = {s["id"]: s for s in read_jsonl(a.sample) if a.split in ("all", s["split"])}
    judged = {}
    for j in read_jsonl(a.judgments):
        judged[(j["credentialId"], j["skillUri"])] = bool(j["correct"])
    result = {"split": a.split, "credentials": len(sample), "runs": {}}
    for spec in a.run:
        name, path = spec.split("=", 1)
        run = {r["id"]: r for r in read_jsonl(path)}
        per_cred, first, total, correct, unjudged, empty = [], [], 0, 0, 0, 0
        for cid in sorted(sample):
            top = run[cid]["skills"][:5]
            if not top:
                empty += 1
                continue
            hits = 0
            for s in top:
                j = judged.get((cid, s["uri"]))
                unjudged += j is None
                hits += bool(j)
            per_cred.append(hits / len(top))
            first.append(float(bool(judged.get((cid, top[0]["uri"])))))
            total += len(top)
            correct += hits
        lo, hi = bootstrap(per_cred, a.seed) if per_cred else (0, 0)
        result["runs"][name] = {
            "precisionAt5": round(correct / total, 3) if total else None,
            "meanPerCredential": round(sum(per_cred) / len(per_cred), 3) if per_cred else None,
            "ci95": [round(lo, 3), round(hi, 3)],
            "precisionOfFirst": round(sum(first) / len(first), 3) if first else None,
            "predictions": total, "correct": correct, "unjudged": unjudged,
            "credentialsWithoutSkills": empty}
    print(json.dumps(result, indent=2))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--catalogue", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--n", type=int, default=120)
    s.add_argument("--per-provider", type=int, default=2)
    s.add_argument("--seed", type=int, default=12)
    p = sub.add_parser("pool")
    p.add_argument("--sample", required=True)
    p.add_argument("--run", action="append", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--esco", default="datasets/esco_v1.1.1/skills_en.csv.gz")
    p.add_argument("--seed", type=int, default=12)
    c = sub.add_parser("score")
    c.add_argument("--sample", required=True)
    c.add_argument("--judgments", required=True)
    c.add_argument("--run", action="append", required=True)
    c.add_argument("--split", default="test", choices=["dev", "test", "all"])
    c.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    {"sample": cmd_sample, "pool": cmd_pool, "score": cmd_score}[a.cmd](a)


if __name__ == "__main__":
    main()
