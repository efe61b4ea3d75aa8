#!/usr/bin/env python3
"""Lists methods and constructors longer than a limit (default 60 lines, declaration to closing brace).

Usage: tools/long-methods.py [--max N] [DIR...]   (default DIR: src/main/java); exit 1 when any is found.
A plain brace count over the source with strings, text blocks, chars and comments blanked out first.
"""
import re
import sys
from pathlib import Path

DECL = re.compile(r'^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default|native)\s+)*'
                  r'(?:<[^>]+>\s+)?(?:[\w.<>\[\], ?]+\s+)?(\w+)\s*\([^;{]*$|^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*'
                  r'(?:<[^>]+>\s+)?(?:[\w.<>\[\], ?]+\s+)?(\w+)\s*\(.*\)\s*(?:throws [\w., ]+)?\s*\{\s*$')
KEYWORDS = {'if', 'for', 'while', 'switch', 'catch', 'try', 'synchronized', 'return', 'new', 'else', 'do'}


def blank(src):
    """Replaces the contents of comments, strings, text blocks and char literals by spaces, keeping newlines."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r'[^\n]', ' ', src[i:j])); i = j
        elif src.startswith('//', i):
            j = src.find('\n', i); j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', src[i:j])); i = j
        elif src[i] in '"\'':
            q, j = src[i], i + 1
            while j < n and src[j] != q:
                j += 2 if src[j] == '\\' else 1
            out.append(' ' * (j + 1 - i)); i = j + 1
        else:
            out.append(src[i]); i += 1
    return ''.join(out)


def methods(path):
    lines = blank(path.read_text(encoding='utf-8')).split('\n')
    for k, line in enumerate(lines):
        m = DECL.match(line)
        name = m and (m.group(1) or m.group(2))
        if not name or name in KEYWORDS or line.strip().startswith(('return', 'new ', 'else')) \
                or re.search(r'\b(record|class|enum|interface)\s', line):
            continue
        # the body starts at the first '{' at or after the declaration, before any ';'
        depth, start, end = 0, None, None
        for j in range(k, len(lines)):
            for ch in lines[j]:
                if start is None and ch == ';':
                    break
                if ch == '{':
                    depth += 1
                    start = j if start is None else start
                elif ch == '}' and start is not None:
                    depth -= 1
                    if depth == 0:
                        end = j
                        break
            if end is not None or (start is None and ';' in lines[j]):
                break
        if start is not None and end is not None:
            yield name, k + 1, end - k + 1


def main(argv):
    limit = 60
    if argv[:1] == ['--max']:
        limit, argv = int(argv[1]), argv[2:]
    found = 0
    for root in argv or ['src/main/java']:
        for f in sorted(Path(root).rglob('*.java')):
            for name, line, length in methods(f):
                if length > limit:
                    print(f'{f}:{line}: {name} {length} lines')
                    found += 1
    print(f'{found} method(s) over {limit} lines', file=sys.stderr)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
