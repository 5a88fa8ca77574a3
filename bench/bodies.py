#!/usr/bin/env python3
"""Writes one file of request bodies per operation, with realistic variables drawn from the running service:
owners weighted by how many actions they own, inspections and recommendations of the graph, due dates across
the range, search words from the vocabulary. Usage: bodies.py BASE_URL OUT_DIR [SEED]"""
import json, os, random, sys, urllib.request

base, out = sys.argv[1], sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
os.makedirs(out, exist_ok=True)

def gql(query, variables=None):
    req = urllib.request.Request(base + "/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=600).read())["data"]

contract = urllib.request.urlopen(base + "/contract.graphql").read().decode()
bench_ops = open(os.path.join(os.path.dirname(__file__), "operations.graphql")).read()

owners = gql("{ stats { topOwners(limit: 300) { owner { name } actionCount } } }")["stats"]["topOwners"]
owner_names = [o["owner"]["name"] for o in owners]
owner_weights = [o["actionCount"] for o in owners]
inspections = [i["id"] for i in gql("{ inspections { id } }")["inspections"]]
recs = gql("{ recommendations(first: 500, orderBy: NUMBER) { edges { node { number inspection { id } } } } }")["recommendations"]["edges"]
programmes = [p["name"] for p in gql("{ programmes { name } }")["programmes"]]
words = ["domestic abuse", "OASys", "recall", "accommodation", "unpaid work", "safeguarding", "electronic monitoring",
         "training", "nDelius", "accredited programmes", "HDC Policy Framework", "pre-sentence reports", "substance misuse"]
searches = ["public protection", "regional probation director", "deputy director", "policy", "programme director",
            "contract management", "courts", "head of"]

def body(op, variables, document=contract):
    return json.dumps({"query": document, "operationName": op, "variables": variables})

def date():
    return "%d-%02d-%02d" % (rnd.randint(2019, 2026), rnd.randint(1, 12), rnd.randint(1, 28))

N = int(os.environ.get("BODIES_PER_OPERATION", "400"))  # fewer for the 10,000-plan corpus: each is explained once
ops = {
    "Inspections": lambda: {},
    "ActionsByOwner": lambda: {"owner": rnd.choices(owner_names, owner_weights)[0], "first": 50},
    "Owners": lambda: {"search": rnd.choice(searches)},
    "Owner": lambda: {"name": rnd.choices(owner_names, owner_weights)[0]},
    "Dashboard": lambda: {},
    "Recommendation": lambda: (lambda e: {"inspection": e["node"]["inspection"]["id"], "number": e["node"]["number"]})(rnd.choice(recs)),
    "Recommendations": lambda: {"where": rnd.choice([{"agreement": "PARTLY_AGREED"}, {"agreement": "NOT_AGREED"},
                                                     {"programme": rnd.choice(programmes)}, {"inspection": rnd.choice(inspections)}])},
    "Programme": lambda: {"name": rnd.choice(programmes)},
    "Related": lambda: {"id": rnd.choice(inspections)},
    "Search": lambda: {"text": rnd.choice(words), "first": 10},
    "DueActions": lambda: {"dueBefore": date(), "status": ["SCHEDULED"], "first": 50},
    "Stats": lambda: {},
}
for op, variables in ops.items():
    with open(os.path.join(out, op + ".jsonl"), "w") as f:
        for _ in range(1 if op in ("Inspections", "Dashboard", "Stats") else N):
            f.write(body(op, variables()) + "\n")
with open(os.path.join(out, "DashboardOne.jsonl"), "w") as f:
    for _ in range(N):
        f.write(body("DashboardOne", {"id": rnd.choice(inspections)}, bench_ops) + "\n")
with open(os.path.join(out, "Accountability.jsonl"), "w") as f:
    for _ in range(N):
        e = rnd.choice(recs)
        f.write(body("Accountability", {"inspection": e["node"]["inspection"]["id"], "number": e["node"]["number"]}, bench_ops) + "\n")
with open(os.path.join(out, "InspectionDelivery.jsonl"), "w") as f:
    for _ in range(N):
        f.write(body("InspectionDelivery", {"id": rnd.choice(inspections)}, bench_ops) + "\n")
# The Cypher each body runs (the service started with inspection-graph.explain=true tells it on request):
# RawCypherBench replays exactly these queries through the driver, the GraphQL layer's equivalent raw Cypher.
for name in sorted(os.listdir(out)):
    if not name.endswith(".jsonl") or name.startswith("raw-"):
        continue
    with open(os.path.join(out, name)) as f, open(os.path.join(out, "raw-" + name), "w") as raw:
        for line in f:
            req = urllib.request.Request(base + "/graphql", data=line.encode(),
                                         headers={"Content-Type": "application/json", "X-Explain": "cypher"})
            answer = json.loads(urllib.request.urlopen(req, timeout=600).read())
            queries = (answer.get("extensions") or {}).get("cypher")
            if queries is None:
                sys.exit("the service did not explain its Cypher: start it with --inspection-graph.explain=true")
            raw.write(json.dumps({"queries": queries}) + "\n")
print("bodies for %d operations in %s (%d owners, %d inspections)" % (len(ops) + 3, out, len(owner_names), len(inspections)))
