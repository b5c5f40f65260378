# Oracle for TestAgainstMLIR: parses MLIR text files with jaxlib's MLIR Python
# bindings (the real MLIR parser) and writes each "// -----" chunk back in the
# generic op form, one output file per input, named after its path under
# shared/ with "/" replaced by "__". Usage (any Python with jaxlib installed):
#
#   python mlir_oracle.py [--pretty] [--debug] OUTDIR shared/conformance/stablehlo-testdata/*.mlir ...
#
# then HLOVM_MLIR_ORACLE=OUTDIR go test -run TestAgainstMLIR ./stablehlo/mlirtext/
# (--pretty writes MLIR's own pretty printout instead; point
# HLOVM_MLIR_ORACLE_PRETTY at that folder to also parse MLIR's pretty forms;
# with --debug on both, the locations of the two readings are compared too).
# To check the printer as MLIR reads it: HLOVM_WRITE_PRINTED=P go test -run
# TestWritePrinted, then (cd P && python mlir_oracle.py OUT2 shared/...) and set
# HLOVM_MLIR_ORACLE_PRINTED=OUT2 beside HLOVM_MLIR_ORACLE.
# Chunks MLIR rejects (its verifier is stricter or older than the tests) are
# written as "// ORACLE-ERROR ..." and skipped by the test.
import sys, os, glob, re
from jaxlib.mlir import ir
from jaxlib.mlir._mlir_libs import _jax_mlir_ext
from jaxlib.mlir.dialects import stablehlo, chlo, sdy

def ctx():
    c = ir.Context()
    reg = ir.DialectRegistry()
    _jax_mlir_ext.register_dialects(reg)
    c.append_dialect_registry(reg)
    c.load_all_available_dialects()
    stablehlo.register_dialect(c)
    chlo.register_dialect(c)
    sdy.register_dialect(c)
    c.allow_unregistered_dialects = True
    return c

# The check and interpreter dialects of the StableHLO interpret tests are not in
# jaxlib: their pretty ops are rewritten into generic form first (unregistered
# generic ops are allowed), so MLIR can read the rest of those tests. The
# attribute types follow the check dialect (tolerance f64, ulp differences ui64,
# iteration ui32).
def balanced(s):
    d = 0
    instr = False
    i = 0
    while i < len(s):
        c = s[i]
        if instr:
            if c == '\\': i += 1
            elif c == '"': instr = False
        elif c == '"': instr = True
        elif c in '<([{': d += 1
        elif c in '>)]}':
            if not (c == '>' and i > 0 and s[i-1] == '-'):
                d -= 1
        i += 1
    return d == 0

def split_top(s, sep=','):
    parts, d, cur, instr = [], 0, '', False
    i = 0
    while i < len(s):
        c = s[i]
        if instr:
            cur += c
            if c == '\\': cur += s[i+1]; i += 1
            elif c == '"': instr = False
        elif c == '"': instr = True; cur += c
        elif c in '<([{': d += 1; cur += c
        elif c in '>)]}' and not (c == '>' and cur.endswith('-')): d -= 1; cur += c
        elif c == sep and d == 0: parts.append(cur.strip()); cur = ''
        else: cur += c
        i += 1
    parts.append(cur.strip())
    return parts

def last_top_colon(s):
    d, instr = 0, False
    pos = -1
    for i, c in enumerate(s):
        if instr:
            if c == '"' and s[i-1] != '\\': instr = False
            continue
        if c == '"': instr = True
        elif c in '<([{': d += 1
        elif c in '>)]}' and not (c == '>' and s[i-1] == '-'): d -= 1
        elif c == ':' and d == 0: pos = i
    return pos

def rewrite(stmt):
    m = re.match(r'^(\s*)(%[\w#.]+ = )?(check|interpreter)\.(\w+) (.*)$', stmt, re.S)
    if not m: return stmt
    ind, res, dia, name, rest = m.groups()
    res = res or ''
    rest = ' '.join(rest.split())
    opname = '"%s.%s"' % (dia, name)
    if name.endswith('_const'):
        # %x, ATTR [{dict}]
        items = split_top(rest)
        x = items[0]
        tail = ', '.join(items[1:])
        extra = ''
        if tail.endswith('}') and ' {' in tail:
            j = tail.rindex(' {')
            extra = tail[j+2:-1]
            tail = tail[:j]
        c = last_top_colon(tail)
        ty = tail[c+1:].strip()
        attrs = 'value = ' + tail + (', ' + extra if extra else '')
        return '%s%s%s(%s) {%s} : (%s) -> ()' % (ind, res, opname, x, attrs, ty)
    c = last_top_colon(rest)
    head, tys = rest[:c].strip(), rest[c+1:].strip()
    extra = ''
    if head.endswith('}') and ' {' in head:
        j = head.rindex(' {')
        extra = head[j+2:-1]
        head = head[:j]
    items = split_top(head)
    ops = [i for i in items if i.startswith('%')]
    kws = [i for i in items if not i.startswith('%')]
    attrs = []
    for kw in kws:
        k, v = [t.strip() for t in kw.split('=', 1)]
        if k == 'tolerance': v += ' : f64'
        elif k in ('max_ulp_difference', 'min_ulp_difference'): v += ' : ui64'
        elif k == 'iter': k, v = 'iteration', v + ' : ui32'
        attrs.append('%s = %s' % (k, v))
    if extra: attrs.append(extra)
    tl = split_top(tys)
    if len(tl) == 1 and len(ops) > 1: tl = tl * len(ops)
    out = '()' if not res else tl[0]
    a = (' {' + ', '.join(attrs) + '}') if attrs else ''
    return '%s%s%s(%s)%s : (%s) -> %s' % (ind, res, opname, ', '.join(ops), a, ', '.join(tl), out)


def rewrite_checks(text):
    src = text.split('\n')
    out, i = [], 0
    while i < len(src):
        line = src[i]
        if re.match(r'^\s*(%[\w#.]+ = )?(check|interpreter)\.\w+ ', line):
            stmt = line
            while not balanced(stmt) and i + 1 < len(src):
                i += 1
                stmt += '\n' + src[i]
            out.append(rewrite(stmt))
            out.extend([''] * stmt.count('\n'))  # keep line numbers
        else:
            out.append(line)
        i += 1
    return '\n'.join(out)

C = ctx()
args = sys.argv[1:]
generic, debug = True, False
while args and args[0].startswith("--"):
    if args[0] == "--pretty":
        generic = False
    elif args[0] == "--debug":
        debug = True  # print locations too (MLIR gives unlocated ops "-":line:col)
    args = args[1:]
outdir = args[0]
for f in args[1:]:
    src = rewrite_checks(open(f).read())
    chunks, cur = [], []
    for line in src.split("\n"):
        if line.strip() == "// -----":
            chunks.append("\n".join(cur)); cur = []
        else:
            cur.append(line)
    chunks.append("\n".join(cur))
    out = []
    for ch in chunks:
        try:
            m = ir.Module.parse(ch, context=C)
            out.append(m.operation.get_asm(print_generic_op_form=generic, enable_debug_info=debug, assume_verified=True))
        except Exception as e:
            out.append("// ORACLE-ERROR " + str(e).replace("\n", " ")[:300])
    name = f.split("shared/", 1)[-1].replace("/", "__")
    open(os.path.join(outdir, name), "w").write("\n// -----\n".join(out))
