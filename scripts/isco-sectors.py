#!/usr/bin/env python3
"""Lists what the sector table file decides for the ESCO occupations, for reviewing it (ADR 12).

For every ISCO-08 unit group the ESCO v1.1.1 occupations use: its code, how many occupations, the tables
src/Reference/Labor.Reference/Vocabulary/isco-sector-tables.csv gives it ('-' for none), the English and Dutch
group labels, the note, and a few of its occupations; then how many unit groups and occupations each table claims.
The starter taxonomy's own tables (it overrides per occupation) are not counted.

Usage: scripts/isco-sectors.py [--totals]
"""
import collections
import csv
import io
import pathlib
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
ESCO = ROOT / 'data/esco/v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip'
DUTCH_GROUPS = ROOT / 'data/esco/v1.2.0-nl/ISCOGroups_nl.csv'
TABLES = ROOT / 'src/Reference/Labor.Reference/Vocabulary/isco-sector-tables.csv'


def read(stream):
    return list(csv.DictReader(io.TextIOWrapper(stream, 'utf-8')))


def main():
    with zipfile.ZipFile(ESCO) as archive:
        occupations = read(archive.open('occupations_en.csv'))
        english = {row['code']: row['preferredLabel'] for row in read(archive.open('ISCOGroups_en.csv'))}
    dutch = {row['code']: row['preferredLabel'] for row in read(DUTCH_GROUPS.open('rb'))}
    decided = {row['isco']: row for row in read(TABLES.open('rb'))}

    members = collections.defaultdict(list)
    for occupation in occupations:
        members[occupation['iscoGroup']].append(occupation['preferredLabel'])

    groups, claimed = collections.Counter(), collections.Counter()
    outside = [0, 0]
    for code in sorted(members):
        row = decided.get(code)
        tables = [t for t in row['tables'].split(';') if t] if row else []
        for table in tables:
            groups[table] += 1
            claimed[table] += len(members[code])
        if not tables:
            outside[0] += 1
            outside[1] += len(members[code])
        if '--totals' not in sys.argv:
            shown = ';'.join(tables) or ('-' if row else 'MISSING')
            print(f"{code}\t{len(members[code])}\t{shown}\t{english.get(code)} | {dutch.get(code)}")
            print(f"\t\t{row['note'] if row else ''}\n\t\t{'; '.join(sorted(members[code])[:8])}")

    print(f"\n{len(members)} unit groups, {len(occupations)} occupations")
    for table in sorted(groups):
        print(f"{table}: {groups[table]} unit groups, {claimed[table]} occupations")
    print(f"outside every table: {outside[0]} unit groups, {outside[1]} occupations")


if __name__ == '__main__':
    main()
