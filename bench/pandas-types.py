#!/usr/bin/python3
"""bench/pandas-types.py EXPORT.jsonl: reads a vnnews export with pandas (read_json, lines=True)
and prints, for every column (and every field of `source`, flattened with json_normalize), the
pandas dtype and the Python types of its non-null values; exits 1 when a column holds values of
more than one type. Timestamps must parse with pd.to_datetime(utc=True), dates with
format='%Y-%m-%d'.

pandas is not in the build (PyPI is out of reach here); Debian's python3-pandas is:
    apt-get install python3-pandas && /usr/bin/python3 bench/pandas-types.py /tmp/dev.jsonl
"""
import sys

import pandas as pd

path = sys.argv[1]
df = pd.read_json(path, lines=True)
src = pd.json_normalize(df["source"].tolist()).add_prefix("source.")
bad = []
print(f"pandas {pd.__version__}: {len(df)} rows from {path}")
print(f"{'column':<22} {'dtype':<16} value types")
for frame in (df.drop(columns=["source"]), src):
    for col in frame.columns:
        values = frame[col].dropna()
        types = sorted({type(v).__name__ for v in values})
        print(f"{col:<22} {str(frame[col].dtype):<16} {', '.join(types) or '(all null)'}")
        if len(types) > 1:
            bad.append(col)
for col in ("publishedAt", "modifiedAt", "pageClock"):
    pd.to_datetime(df[col].dropna(), utc=True)
for col in ("publishedDate", "modifiedDate", "pageClockDate"):
    pd.to_datetime(df[col].dropna(), format="%Y-%m-%d")
pd.to_datetime(src["source.fetchedAt"].dropna(), utc=True)
print("timestamps and dates parse: yes")
if bad:
    print("columns with more than one type:", ", ".join(bad))
    sys.exit(1)
print("every column has one type")
