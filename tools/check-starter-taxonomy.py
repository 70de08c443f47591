#!/usr/bin/env python3
"""Checks the built-in starter taxonomy: src/Reference/Labor.Reference/Vocabulary/Starter/*.csv (ADR 6).

    python3 tools/check-starter-taxonomy.py [--dir DIR] [--esco DIR] [--require-esco]

File format: UTF-8 without BOM, LF line endings, the exact header, RFC 4180 quoting only where needed, '|' between
the values of a list with no spaces around it. References: every skill, group and broader concept exists, the
broader relation has no cycles, every group is used. ESCO: occupations copy URI, ISCO code and Dutch label from a
real row of occupations_nl.csv; ESCO skill URIs come only from the transversal, language and ICT collections (with
their type, reuse level and English label); groups come from skillsHierarchy_nl.csv with its labels and parents;
nothing else uses an ESCO URI. Counts and career moves as the brief for the starter taxonomy asks.

The ESCO files are read from --esco, else $LABOR_ESCO_DIR, else ../shared/esco next to the repository. Without them
the ESCO checks are skipped with a warning (an error with --require-esco). Exit code 0 when everything passes.
"""
import argparse
import csv
import io
import os
import re
import sys
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(REPO, 'src', 'Reference', 'Labor.Reference', 'Vocabulary', 'Starter')

HEADERS = {
    'skill-groups.csv': ['uri', 'labelNl', 'labelEn', 'broaderUri'],
    'skills.csv': ['uri', 'skillType', 'reuseLevel', 'broaderUri', 'labelNl', 'labelEn', 'altLabelsNl', 'altLabelsEn'],
    'occupations.csv': ['uri', 'iscoCode', 'labelNl', 'labelEn', 'sectorTables', 'essentialSkills', 'optionalSkills',
                        'altLabelsNl', 'altLabelsEn'],
    'courses.csv': ['id', 'titleNl', 'titleEn', 'provider', 'educationLevel', 'durationHours', 'voucher', 'sectorTables',
                    'skills', 'descriptionNl', 'descriptionEn'],
}
OPTIONAL = {'skill-groups.csv': {'broaderUri'}, 'skills.csv': {'altLabelsNl', 'altLabelsEn'},
            'occupations.csv': {'altLabelsNl', 'altLabelsEn'}, 'courses.csv': set()}
LISTS = {'skills.csv': ['altLabelsNl', 'altLabelsEn'],
         'occupations.csv': ['sectorTables', 'essentialSkills', 'optionalSkills', 'altLabelsNl', 'altLabelsEn'],
         'courses.csv': ['sectorTables', 'skills']}

SECTOR_TABLES = ['Agri & Food', 'Bouw', 'Creatieve industrie', 'E-commerce & IT', 'Onderwijs',
                 'Techniek & Energietransitie', 'Transport & Logistiek', 'Zorg & Welzijn', 'Vrijetijdseconomie']
LEVELS = ['none', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'ad', 'hbo', 'wo-bachelor', 'wo-master']
SKILL_TYPES = {'skill/competence', 'knowledge'}
REUSE_LEVELS = {'transversal', 'cross-sector', 'sector-specific', 'occupation-specific'}
ESCO_PREFIX = 'http://data.europa.eu/esco/'
ESCO_SKILL = re.compile(r'^http://data\.europa\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
URN_SKILL = re.compile(r'^urn:labor:skill:[a-z0-9]+(-[a-z0-9]+)*$')
KEBAB = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
COLLECTIONS = ['transversalSkillsCollection_en.csv', 'languageSkillsCollection_en.csv', 'ictSkillsCollection_en.csv']

TOPCENTRUM = 'Topcentrum E-commerce'
TOPCENTRUM_AREAS = ['ict', 'marketing-sales', 'logistics', 'design', 'business']
TOPCENTRUM_VARIANTS = ['main', 'light', 'excellence']

MIN_SKILLS, MIN_OCCUPATIONS, MIN_PER_TABLE, MIN_COURSES = 320, 90, 9, 45
ESCO_SKILLS_RANGE = (60, 90)
ESSENTIAL_RANGE, OPTIONAL_RANGE, TRANSVERSAL_RANGE, COURSE_SKILLS_RANGE = (4, 9), (2, 6), (1, 3), (2, 8)
MAX_ALT_LABELS = 3
MIN_USED_SHARE, MIN_MULTI_TABLE_SKILLS = 0.70, 60
MIN_SHARED_FOR_MOVE = 3

# Career moves the programme reports name (source occupation -> target occupation, Dutch ESCO labels).
CAREER_MOVES = [
    ('orderpicker', 'logistiek medewerker', 'warehouse order picker -> e-commerce fulfilment employee'),
    ('magazijnmedewerker', 'logistiek medewerker', 'warehouse worker -> e-commerce fulfilment employee'),
    ('verkoopmedewerker', 'vakdocent verkoop en marketing beroepsonderwijs', 'sales assistant -> vocational teacher'),
    ('commercieel vertegenwoordiger', 'vakdocent verkoop en marketing beroepsonderwijs', 'sales consultant -> vocational teacher'),
    ('grafisch ontwerper', 'dronepiloot', 'graphic designer -> drone pilot'),
    ('technisch tekenaar', 'CAD-tekenaar', '2D draughtsperson -> 3D CAD draughtsperson'),
    ('vrachtwagenchauffeur', 'buschauffeur', 'truck driver -> bus driver (public transport)'),
    ('auto- en bestelwagenkoerier', 'taxichauffeur', 'delivery driver -> taxi driver'),
    ('vrachtwagenchauffeur', 'dispatcher goederenvervoer', 'truck driver -> transport planner'),
    ('kok', 'medewerker voedselproductie', 'cook -> food production operator'),
    ('zorghulp', 'medewerker kinderdagverblijf', 'care assistant -> childcare worker'),
    ('productiemedewerker', 'monteur zonnepanelen', 'production worker -> solar panel installer'),
    ('productiemedewerker', 'verwarmingsmonteur', 'production worker -> heating/installation fitter'),
    ('administratief medewerker', 'vertegenwoordiger klantenservice', 'administrative assistant -> customer service (e-commerce)'),
]


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def error(self, where, message):
        self.errors.append(f'{where}: {message}')

    def warn(self, message):
        self.warnings.append(message)


def read_starter(path, name, rep):
    """Reads one starter file, checking encoding, line endings, header and quoting. Returns a list of dict rows."""
    where = name
    try:
        raw = open(path, 'rb').read()
    except OSError as e:
        rep.error(where, f'cannot read: {e}')
        return []
    if raw.startswith(b'\xef\xbb\xbf'):
        rep.error(where, 'starts with a byte order mark')
        raw = raw[3:]
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        rep.error(where, f'not UTF-8: {e}')
        return []
    if '\r' in text:
        rep.error(where, 'contains CR characters (line endings must be LF)')
    if not text.endswith('\n'):
        rep.error(where, 'does not end with a line feed')
    records = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    if not records:
        rep.error(where, 'empty file')
        return []
    header = HEADERS[name]
    if records[0] != header:
        rep.error(where, f'header is {records[0]}, expected {header}')
        return []
    # Quoting must be exactly what RFC 4180 needs: re-writing the parsed records minimally gives the same bytes.
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator='\n', quoting=csv.QUOTE_MINIMAL).writerows(records)
    lf_text = text.replace('\r\n', '\n')  # CR line endings are reported above; compare the quoting only
    if buffer.getvalue() != lf_text:
        original, rewritten = lf_text.split('\n'), buffer.getvalue().split('\n')
        for number, (a, b) in enumerate(zip(original, rewritten), start=1):
            if a != b:
                rep.error(f'{where}:{number}', f'quoting is not minimal RFC 4180 (expected {b!r})')
                break
    rows = []
    for number, record in enumerate(records[1:], start=2):
        at = f'{where}:{number}'
        if len(record) != len(header):
            rep.error(at, f'{len(record)} fields, header has {len(header)}')
            continue
        row = dict(zip(header, record))
        row['_at'] = at
        for column, value in row.items():
            if column == '_at':
                continue
            if value != value.strip():
                rep.error(at, f'{column} has leading or trailing whitespace')
            if not value and column not in OPTIONAL[name]:
                rep.error(at, f'{column} is required')
        for column in LISTS.get(name, []):
            value = row[column]
            if value and any(part == '' or part != part.strip() for part in value.split('|')):
                rep.error(at, f'{column}: list values must be separated by "|" without spaces or empty values')
        rows.append(row)
    return rows


def split(value):
    return [part for part in value.split('|') if part] if value else []


def load_esco(esco_dir):
    """The ESCO reference files, or None when absent."""
    needed = ['occupations_nl.csv', 'skillsHierarchy_nl.csv', 'v1.0.x-en/occupations_en.csv',
              'v1.0.x-en/skillsHierarchy_en.csv'] + [f'v1.0.x-en/{c}' for c in COLLECTIONS]
    if not esco_dir or not all(os.path.isfile(os.path.join(esco_dir, f)) for f in needed):
        return None
    def dict_rows(f):
        return list(csv.DictReader(open(os.path.join(esco_dir, f), encoding='utf-8', newline='')))
    esco = {'occ_nl': {}, 'occ_en': {}, 'groups': {}, 'code2uri': {}, 'group_en': {}, 'collection': {}}
    for r in dict_rows('occupations_nl.csv'):
        esco['occ_nl'][r['conceptUri']] = r
    for r in dict_rows('v1.0.x-en/occupations_en.csv'):
        esco['occ_en'][r['conceptUri']] = r
    records = list(csv.reader(open(os.path.join(esco_dir, 'skillsHierarchy_nl.csv'), encoding='utf-8', newline='')))
    for r in records[1:]:
        r = r + [''] * (14 - len(r))
        for level in (3, 2, 1, 0):
            if r[2 * level]:
                uri = r[2 * level]
                esco['groups'][uri] = {'label': r[2 * level + 1], 'code': r[10 + level],
                                       'parent': r[2 * (level - 1)] if level else '', 'level': level}
                esco['code2uri'][r[10 + level]] = uri
                break
    records = list(csv.reader(open(os.path.join(esco_dir, 'v1.0.x-en/skillsHierarchy_en.csv'), encoding='utf-8', newline='')))
    for r in records[1:]:
        r = r + [''] * (10 - len(r))
        for level in (3, 2, 1, 0):
            if r[2 * level]:
                esco['group_en'][r[2 * level].rsplit('/', 1)[1]] = r[2 * level + 1]
                break
    for name in COLLECTIONS:
        for r in dict_rows(f'v1.0.x-en/{name}'):
            esco['collection'][r['conceptUri']] = r
    return esco


def multi_labels(value, separator):
    return [v.strip() for v in value.split(separator) if v.strip()] if value else []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--dir', default=DEFAULT_DIR, help='folder with the starter CSV files')
    parser.add_argument('--esco', default=os.environ.get('LABOR_ESCO_DIR') or os.path.join(os.path.dirname(REPO), 'shared', 'esco'))
    parser.add_argument('--require-esco', action='store_true', help='fail when the ESCO reference files are missing')
    args = parser.parse_args()

    rep = Report()
    data = {name: read_starter(os.path.join(args.dir, name), name, rep) for name in HEADERS}
    esco = load_esco(args.esco)
    if esco is None:
        (rep.error if args.require_esco else lambda w, m: rep.warn(m))('esco', f'ESCO files not found in {args.esco}; ESCO checks skipped')

    groups = {}
    for row in data['skill-groups.csv']:
        if row['uri'] in groups:
            rep.error(row['_at'], f'duplicate group {row["uri"]}')
        groups[row['uri']] = row
    skills = {}
    for row in data['skills.csv']:
        if row['uri'] in skills or row['uri'] in groups:
            rep.error(row['_at'], f'duplicate skill or group {row["uri"]}')
        skills[row['uri']] = row

    # ---------------------------------------------------------------- skill groups
    for uri, g in groups.items():
        at = g['_at']
        if not uri.startswith(ESCO_PREFIX):
            rep.error(at, 'a skill group must be an ESCO skill-hierarchy concept')
        if g['broaderUri'] and g['broaderUri'] not in groups:
            rep.error(at, f'broaderUri {g["broaderUri"]} is not a group in skill-groups.csv')
        if esco:
            h = esco['groups'].get(uri)
            if not h:
                rep.error(at, f'{uri} is not in skillsHierarchy_nl.csv')
                continue
            if g['labelNl'] != h['label']:
                rep.error(at, f'labelNl {g["labelNl"]!r} differs from the hierarchy {h["label"]!r}')
            if g['broaderUri'] != h['parent']:
                rep.error(at, f'broaderUri should be {h["parent"] or "empty (level 0)"}')

    # ---------------------------------------------------------------- skills
    labels = {'labelNl': Counter(), 'labelEn': Counter()}
    esco_skill_count = 0
    for uri, s in skills.items():
        at = s['_at']
        if s['skillType'] not in SKILL_TYPES:
            rep.error(at, f'skillType {s["skillType"]!r}')
        if s['reuseLevel'] not in REUSE_LEVELS:
            rep.error(at, f'reuseLevel {s["reuseLevel"]!r}')
        for column in ('labelNl', 'labelEn'):
            labels[column][s[column].casefold()] += 1
        for column, own in (('altLabelsNl', 'labelNl'), ('altLabelsEn', 'labelEn')):
            values = split(s[column])
            if len(values) > MAX_ALT_LABELS:
                rep.error(at, f'{column}: {len(values)} alternative labels, at most {MAX_ALT_LABELS}')
            if len({v.casefold() for v in values}) != len(values) or s[own].casefold() in {v.casefold() for v in values}:
                rep.error(at, f'{column} repeats a label')
        broader = s['broaderUri']
        if broader == uri:
            rep.error(at, 'a skill cannot be its own broader concept')
        elif broader not in skills and broader not in groups:
            rep.error(at, f'broaderUri {broader} is neither a skill nor a group')
        if uri.startswith(ESCO_PREFIX):
            esco_skill_count += 1
            if not ESCO_SKILL.match(uri):
                rep.error(at, f'{uri} is not an ESCO skill URI')
            if esco:
                c = esco['collection'].get(uri)
                if not c:
                    rep.error(at, f'{uri} is not in the ESCO transversal, language or ICT collection')
                    continue
                for column in ('skillType', 'reuseLevel'):
                    if s[column] != c[column]:
                        rep.error(at, f'{column} {s[column]!r} differs from ESCO {c[column]!r}')
                if s['labelEn'] != c['preferredLabel']:
                    rep.error(at, f'labelEn {s["labelEn"]!r} differs from ESCO {c["preferredLabel"]!r}')
                real_alts = set(multi_labels(c['altLabels'], '|'))
                for alt in split(s['altLabelsEn']):
                    if alt not in real_alts:
                        rep.error(at, f'English alt label {alt!r} is not one of ESCO\'s')
                # The broader concept is ESCO's own where the Dutch hierarchy (or this file) holds it.
                candidates = set()
                for b in multi_labels(c['broaderConceptUri'], '|'):
                    if b in skills:
                        candidates.add(b)
                    tail = b.rsplit('/', 1)[1]
                    if b in esco['groups']:
                        candidates.add(b)
                    elif tail in esco['code2uri']:
                        candidates.add(esco['code2uri'][tail])
                if candidates and broader not in candidates:
                    rep.error(at, f'broaderUri should be one of ESCO\'s broader concepts present here: {sorted(candidates)}')
        elif not URN_SKILL.match(uri):
            rep.error(at, f'{uri} is neither an ESCO collection URI nor urn:labor:skill:<english-kebab-case>')
    for column, counter in labels.items():
        for label, n in counter.items():
            if n > 1:
                rep.error('skills.csv', f'{n} skills share the preferred {column} {label!r}')
    if not ESCO_SKILLS_RANGE[0] <= esco_skill_count <= ESCO_SKILLS_RANGE[1]:
        rep.error('skills.csv', f'{esco_skill_count} ESCO collection skills, expected {ESCO_SKILLS_RANGE[0]}-{ESCO_SKILLS_RANGE[1]}')
    if len(skills) < MIN_SKILLS:
        rep.error('skills.csv', f'{len(skills)} skills, at least {MIN_SKILLS} required')

    # No cycles in the broader relation over skills and groups together.
    parent = {u: s['broaderUri'] for u, s in skills.items()}
    parent.update({u: g['broaderUri'] for u, g in groups.items()})
    for start in parent:
        seen, node = set(), start
        while node:
            if node in seen:
                rep.error('broaderUri', f'cycle through {start}')
                break
            seen.add(node)
            node = parent.get(node, '')
    # Every group is used by a skill, directly or as an ancestor of a used group. (A skill whose broader concept is
    # another skill reaches its group through that skill, which is walked on its own.)
    used_groups = set()
    for s in skills.values():
        node = s['broaderUri']
        while node in groups and node not in used_groups:
            used_groups.add(node)
            node = parent[node]
    for uri, g in groups.items():
        if uri not in used_groups:
            rep.error(g['_at'], f'group {g["labelNl"]!r} is used by no skill')

    # ---------------------------------------------------------------- occupations
    occupations, by_label = {}, {}
    per_table = Counter()
    usage_tables = defaultdict(set)
    used_skills = set()
    for o in data['occupations.csv']:
        at = o['_at']
        uri = o['uri']
        if uri in occupations:
            rep.error(at, f'duplicate occupation {uri}')
        occupations[uri] = o
        by_label[o['labelNl']] = o
        if not uri.startswith('http://data.europa.eu/esco/occupation/'):
            rep.error(at, f'{uri} is not an ESCO occupation URI')
        if not re.fullmatch(r'\d{4}', o['iscoCode']):
            rep.error(at, f'iscoCode {o["iscoCode"]!r} is not a 4-digit ISCO-08 unit group')
        tables = split(o['sectorTables'])
        for t in tables:
            if t not in SECTOR_TABLES:
                rep.error(at, f'unknown sector table {t!r}')
        if len(set(tables)) != len(tables):
            rep.error(at, 'a sector table is listed twice')
        essential, optional = split(o['essentialSkills']), split(o['optionalSkills'])
        if not ESSENTIAL_RANGE[0] <= len(essential) <= ESSENTIAL_RANGE[1]:
            rep.error(at, f'{len(essential)} essential skills, expected {ESSENTIAL_RANGE[0]}-{ESSENTIAL_RANGE[1]}')
        if not OPTIONAL_RANGE[0] <= len(optional) <= OPTIONAL_RANGE[1]:
            rep.error(at, f'{len(optional)} optional skills, expected {OPTIONAL_RANGE[0]}-{OPTIONAL_RANGE[1]}')
        every = essential + optional
        if len(set(every)) != len(every):
            rep.error(at, 'a skill is listed twice')
        for s in every:
            if s not in skills:
                rep.error(at, f'unknown skill {s}')
        transversal = sum(1 for s in set(every) if s in skills and skills[s]['reuseLevel'] == 'transversal')
        if not TRANSVERSAL_RANGE[0] <= transversal <= TRANSVERSAL_RANGE[1]:
            rep.error(at, f'{transversal} transversal skills, expected {TRANSVERSAL_RANGE[0]}-{TRANSVERSAL_RANGE[1]}')
        for t in set(tables):
            per_table[t] += 1
        for s in every:
            used_skills.add(s)
            usage_tables[s].update(tables)
        for column in ('altLabelsNl', 'altLabelsEn'):
            values = split(o[column])
            if len(values) > MAX_ALT_LABELS:
                rep.error(at, f'{column}: {len(values)} alternative labels, at most {MAX_ALT_LABELS}')
        if esco:
            real = esco['occ_nl'].get(uri)
            if not real:
                rep.error(at, f'{uri} is not in occupations_nl.csv')
                continue
            if o['iscoCode'] != real['iscoGroup']:
                rep.error(at, f'iscoCode {o["iscoCode"]} differs from ESCO {real["iscoGroup"]}')
            if o['labelNl'] != real['preferredLabel']:
                rep.error(at, f'labelNl {o["labelNl"]!r} differs from ESCO {real["preferredLabel"]!r}')
            real_nl = set(multi_labels(real['altLabels'], '\n'))
            for alt in split(o['altLabelsNl']):
                if alt not in real_nl:
                    rep.error(at, f'Dutch alt label {alt!r} is not one of ESCO\'s')
            en = esco['occ_en'].get(uri)
            if en:
                if o['labelEn'] != en['preferredLabel']:
                    rep.error(at, f'labelEn {o["labelEn"]!r} differs from ESCO {en["preferredLabel"]!r}')
                real_en = set(multi_labels(en['altLabels'], '\n'))
                for alt in split(o['altLabelsEn']):
                    if alt not in real_en:
                        rep.error(at, f'English alt label {alt!r} is not one of ESCO\'s')
            elif o['altLabelsEn']:
                rep.error(at, 'no English ESCO concept, so English alt labels cannot be ESCO\'s')
    if len(occupations) < MIN_OCCUPATIONS:
        rep.error('occupations.csv', f'{len(occupations)} occupations, at least {MIN_OCCUPATIONS} required')
    for t in SECTOR_TABLES:
        if per_table[t] < MIN_PER_TABLE:
            rep.error('occupations.csv', f'{per_table[t]} occupations in {t!r}, at least {MIN_PER_TABLE} required')
    used_share = len(used_skills & set(skills)) / max(1, len(skills))
    if used_share < MIN_USED_SHARE:
        rep.error('occupations.csv', f'{used_share:.0%} of skills are used by an occupation, at least {MIN_USED_SHARE:.0%} required')
    multi_table = {s for s, t in usage_tables.items() if len(t) >= 2 and s in skills}
    if len(multi_table) < MIN_MULTI_TABLE_SKILLS:
        rep.error('occupations.csv', f'{len(multi_table)} skills used in two or more sector tables, at least {MIN_MULTI_TABLE_SKILLS} required')

    # ---------------------------------------------------------------- courses
    courses = {}
    course_tables = Counter()
    taught = defaultdict(list)
    for c in data['courses.csv']:
        at = c['_at']
        if not KEBAB.match(c['id']):
            rep.error(at, f'id {c["id"]!r} is not kebab-case')
        if c['id'] in courses:
            rep.error(at, f'duplicate course id {c["id"]}')
        courses[c['id']] = c
        if c['educationLevel'] not in LEVELS:
            rep.error(at, f'educationLevel {c["educationLevel"]!r}, expected one of {",".join(LEVELS)}')
        if not re.fullmatch(r'[1-9]\d*', c['durationHours']):
            rep.error(at, f'durationHours {c["durationHours"]!r} is not a positive whole number')
        if c['voucher'] not in ('true', 'false'):
            rep.error(at, f'voucher {c["voucher"]!r}, expected true or false')
        tables = split(c['sectorTables'])
        for t in tables:
            if t not in SECTOR_TABLES:
                rep.error(at, f'unknown sector table {t!r}')
            course_tables[t] += 1
        if len(set(tables)) != len(tables):
            rep.error(at, 'a sector table is listed twice')
        course_skills = split(c['skills'])
        if not COURSE_SKILLS_RANGE[0] <= len(course_skills) <= COURSE_SKILLS_RANGE[1]:
            rep.error(at, f'{len(course_skills)} skills, expected {COURSE_SKILLS_RANGE[0]}-{COURSE_SKILLS_RANGE[1]}')
        if len(set(course_skills)) != len(course_skills):
            rep.error(at, 'a skill is listed twice')
        for s in course_skills:
            if s not in skills:
                rep.error(at, f'unknown skill {s}')
            taught[s].append(c['id'])
    if len(courses) < MIN_COURSES:
        rep.error('courses.csv', f'{len(courses)} courses, at least {MIN_COURSES} required')
    for t in SECTOR_TABLES:
        if not course_tables[t]:
            rep.error('courses.csv', f'no course for sector table {t!r}')
    top = {i: c for i, c in courses.items() if c['provider'] == TOPCENTRUM}
    expected = {f'topcentrum-{a}-{v}' for a in TOPCENTRUM_AREAS for v in TOPCENTRUM_VARIANTS}
    if set(top) != expected:
        rep.error('courses.csv', f'Topcentrum E-commerce offer must be exactly {sorted(expected)}; '
                                 f'missing {sorted(expected - set(top))}, extra {sorted(set(top) - expected)}')
    for i in expected - set(top):
        if i in courses:
            rep.error(courses[i]['_at'], f'provider must be {TOPCENTRUM!r}')
    for area in TOPCENTRUM_AREAS:
        main_, light, excellence = (courses.get(f'topcentrum-{area}-{v}') for v in TOPCENTRUM_VARIANTS)
        if not (main_ and light and excellence):
            continue
        try:
            if int(light['durationHours']) >= int(main_['durationHours']):
                rep.error(light['_at'], 'a light module must be shorter than its main module')
        except ValueError:
            pass
        if main_['educationLevel'] in LEVELS and excellence['educationLevel'] in LEVELS and \
                LEVELS.index(excellence['educationLevel']) <= LEVELS.index(main_['educationLevel']):
            rep.error(excellence['_at'], 'an excellence module must be at a higher level than its main module')

    # ---------------------------------------------------------------- career moves
    moves = []
    for source, target, description in CAREER_MOVES:
        s, t = by_label.get(source), by_label.get(target)
        if not s or not t:
            rep.error('career moves', f'{source!r} or {target!r} is not in occupations.csv')
            continue
        source_skills = set(split(s['essentialSkills']) + split(s['optionalSkills']))
        target_essential = split(t['essentialSkills'])
        shared = [x for x in target_essential if x in source_skills]
        missing = [x for x in target_essential if x not in source_skills]
        if len(shared) < MIN_SHARED_FOR_MOVE:
            rep.error('career moves', f'{source} -> {target}: {len(shared)} essential skills of the target in the source, '
                                      f'at least {MIN_SHARED_FOR_MOVE} required')
        for x in missing:
            # Transversal skills (teamwork, coping with pressure, languages at work) grow on the job; every other
            # missing skill needs a course that teaches it.
            if not taught.get(x) and skills[x]['reuseLevel'] != 'transversal':
                rep.error('career moves', f'{source} -> {target}: the missing skill {x} is taught by no course')
        moves.append((source, target, description, shared, missing))

    # ---------------------------------------------------------------- report
    def label(uri):
        return skills[uri]['labelNl'] if uri in skills else uri
    print('Starter taxonomy:', args.dir)
    print(f'ESCO reference files: {args.esco if esco else "not found (ESCO checks skipped)"}')
    print()
    print(f'Skill groups: {len(groups)} ({sum(1 for g in groups.values() if not g["broaderUri"])} roots, '
          f'{sum(1 for s in skills.values() if s["broaderUri"] in groups)} skills directly under a group)')
    print(f'Skills: {len(skills)} total = {esco_skill_count} ESCO collection skills + {len(skills) - esco_skill_count} platform URNs')
    print('  by type:', ', '.join(f'{k} {v}' for k, v in sorted(Counter(s['skillType'] for s in skills.values()).items())))
    print('  by reuse level:', ', '.join(f'{k} {v}' for k, v in sorted(Counter(s['reuseLevel'] for s in skills.values()).items())))
    print(f'  used by at least one occupation: {len(used_skills & set(skills))} ({used_share:.0%})')
    print(f'  used by occupations in two or more sector tables: {len(multi_table)}')
    print(f'  taught by at least one course: {len(set(taught) & set(skills))}')
    print(f'Occupations: {len(occupations)}')
    for t in SECTOR_TABLES:
        print(f'  {t:<30} {per_table[t]:>3}')
    print(f'  in more than one sector table: {sum(1 for o in occupations.values() if len(split(o["sectorTables"])) > 1)}')
    print(f'Courses: {len(courses)} ({sum(1 for c in courses.values() if c["voucher"] == "true")} with voucher), '
          f'Topcentrum E-commerce: {len(top)}')
    for t in SECTOR_TABLES:
        print(f'  {t:<30} {course_tables[t]:>3}')
    print('  by provider:', ', '.join(f'{p} {n}' for p, n in Counter(c['provider'] for c in courses.values()).most_common()))
    print()
    print('Career moves (shared = essential skills of the target that the source already has):')
    for source, target, description, shared, missing in moves:
        print(f'  {source} -> {target}  [{description}]')
        print(f'    shared {len(shared)}: {", ".join(label(x) for x in shared)}')
        print(f'    to learn {len(missing)}: {", ".join(label(x) for x in missing)}')
        coverage = Counter(c for x in missing for c in taught.get(x, []))
        best = [f'{c} ({n})' for c, n in sorted(coverage.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
        print(f'    best courses (missing skills taught): {", ".join(best) or "-"}')
    print()
    for w in rep.warnings:
        print('WARNING:', w)
    if rep.errors:
        print(f'FAILED: {len(rep.errors)} problem(s)')
        for e in rep.errors:
            print('  ' + e)
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
