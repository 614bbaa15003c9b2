#!/usr/bin/env python3
"""Writes a synthetic investments CSV for benchmarks (not committed anywhere).

Usage: bench-gen-csv.py OUT.csv [ROWS]   (ROWS defaults to 100000: about 10 MB)

The rows follow the README's public contract and are all valid: 400 companies
(so 400 distinct sources), 8 sectors, every one of the 51 state codes, a mix of
single states, full state names, even splits (`KY;TN`) and explicit shares
(`KY=0.6;TN=0.4`), and every amount form (`$3.45B`, `850 million`,
`"3,870,000,000"`, `850M`, plain dollars). The same formula is used by the
Swift benchmark package (Benchmarks/TradeBriefBenchmarks/SyntheticCSV.swift),
so both make the same bytes.
"""
import sys

STATES = [
    ("AK", "Alaska"), ("AL", "Alabama"), ("AR", "Arkansas"), ("AZ", "Arizona"), ("CA", "California"),
    ("CO", "Colorado"), ("CT", "Connecticut"), ("DC", "District of Columbia"), ("DE", "Delaware"),
    ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("IA", "Iowa"), ("ID", "Idaho"),
    ("IL", "Illinois"), ("IN", "Indiana"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
    ("MA", "Massachusetts"), ("MD", "Maryland"), ("ME", "Maine"), ("MI", "Michigan"), ("MN", "Minnesota"),
    ("MO", "Missouri"), ("MS", "Mississippi"), ("MT", "Montana"), ("NC", "North Carolina"),
    ("ND", "North Dakota"), ("NE", "Nebraska"), ("NH", "New Hampshire"), ("NJ", "New Jersey"),
    ("NM", "New Mexico"), ("NV", "Nevada"), ("NY", "New York"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
    ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VA", "Virginia"),
    ("VT", "Vermont"), ("WA", "Washington"), ("WI", "Wisconsin"), ("WV", "West Virginia"), ("WY", "Wyoming"),
]
SECTORS = ["Batteries", "Semiconductors", "Electric vehicles", "Solar", "Shipbuilding", "Steel",
           "Biotechnology", "Chemicals"]
HEADER = "company,project,sector,states,amount_usd,year,source,url\n"


def row(i):
    c = i % 400
    company = f"Korea Co {c:03d}"
    s1, s2 = STATES[(i * 7) % 51], STATES[(i * 7 + 19) % 51]
    k = i % 10
    if k == 0:
        states = f"{s1[0]}=0.6;{s2[0]}=0.4"
    elif k == 1:
        states = f"{s1[0]};{s2[0]}"
    elif k == 2:
        states = s1[1]
    else:
        states = s1[0]
    a = i % 5
    if a == 0:
        amount = f"${1 + i % 9}.{i % 100:02d}B"
    elif a == 1:
        amount = f"{50 + i % 900} million"
    elif a == 2:
        amount = f'"{1 + i % 9},{i % 1000:03d},000,000"'
    elif a == 3:
        amount = f"{10 + i % 990}M"
    else:
        amount = str((1 + i % 50) * 10_000_000)
    return (f"{company},Plant {i},{SECTORS[i % 8]},{states},{amount},{1990 + i % 35},"
            f"{company} news,https://example.com/kc{c:03d}\n")


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help") or sys.argv[1].startswith("-"):
        print(__doc__.strip().split("\n\n")[1] if len(sys.argv) >= 2 else __doc__, file=sys.stderr)
        sys.exit(0 if len(sys.argv) >= 2 and sys.argv[1] in ("-h", "--help") else 2)
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        f.writelines(row(i) for i in range(rows))


if __name__ == "__main__":
    main()
