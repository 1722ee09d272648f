#!/usr/bin/env python3
"""Where a JFR recording's CPU samples and pauses went: the top methods by own samples (the frame on top)
and by samples anywhere in the stack, and the garbage collector's pauses.

    jfr print --json --events jdk.ExecutionSample,jdk.GCPhasePause recording.jfr | bench/jfr-top.py
"""
import collections
import json
import sys

events = json.load(sys.stdin)["recording"]["events"]
own = collections.Counter()
anywhere = collections.Counter()
samples = 0
pauses = []


def name(frame):
    method = frame["method"]
    return method["type"]["name"] + "." + method["name"]


for event in events:
    if event["type"] == "jdk.ExecutionSample":
        frames = (event["values"].get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        samples += 1
        own[name(frames[0])] += 1
        for method in {name(frame) for frame in frames}:
            anywhere[method] += 1
    elif event["type"] == "jdk.GCPhasePause":
        duration = event["values"]["duration"]  # ISO-8601, e.g. PT0.0123S
        pauses.append(float(duration[2:-1]) * 1000 if duration.startswith("PT") and duration.endswith("S") else 0.0)

print(f"{samples} execution samples")
print("top by own samples:")
for method, count in own.most_common(15):
    print(f"  {100 * count / max(samples, 1):5.1f}%  {method}")
print("top by samples anywhere in the stack (com.jobboard and the request path):")
shown = 0
for method, count in anywhere.most_common(400):
    if method.startswith(("com.jobboard.", "org.apache.catalina.", "org.apache.coyote.", "org.springframework.web.")):
        print(f"  {100 * count / max(samples, 1):5.1f}%  {method}")
        shown += 1
        if shown == 20:
            break
if pauses:
    pauses.sort()
    print(f"GC pauses: {len(pauses)}, total {sum(pauses):.1f} ms, median {pauses[len(pauses) // 2]:.2f} ms, "
          f"max {pauses[-1]:.2f} ms")
