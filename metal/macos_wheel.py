"""Writes the macOS (Apple silicon) wheel of jax-hlovm around a cross-built
plugin library: python/setup.py builds the host's library, so on Linux the
darwin/arm64 wheel is assembled here instead, from the same package files
and the metadata of python/pyproject.toml.

    python metal/macos_wheel.py dist/libhlovm_pjrt.dylib dist
"""
import base64
import hashlib
import os
import sys
import tomllib
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.path.join(os.path.dirname(HERE), "python")
# macOS 11 is the first release on Apple silicon, and Go's floor there.
PLATFORM = "macosx_11_0_arm64"
# The name jax_hlovm/__init__.py loads; dlopen does not care about the suffix.
LIB = "libhlovm_pjrt.so"


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def main(dylib, out_dir):
    with open(os.path.join(PY, "pyproject.toml"), "rb") as f:
        project = tomllib.load(f)["project"]
    name, version = project["name"], project["version"]
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    files = {}
    pkg = os.path.join(PY, "jax_hlovm")
    for fn in sorted(os.listdir(pkg)):
        if fn.endswith(".py"):
            with open(os.path.join(pkg, fn), "rb") as f:
                files[f"jax_hlovm/{fn}"] = f.read()
    with open(dylib, "rb") as f:
        files[f"jax_hlovm/{LIB}"] = f.read()
    meta = [f"Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}",
            f"Summary: {project.get('description', '')}",
            f"Requires-Python: {project.get('requires-python', '')}"]
    meta += [f"Requires-Dist: {d}" for d in project.get("dependencies", [])]
    files[f"{info}/METADATA"] = ("\n".join(meta) + "\n").encode()
    files[f"{info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: hlovm metal/macos_wheel.py\n"
        f"Root-Is-Purelib: false\nTag: py3-none-{PLATFORM}\n").encode()
    eps = project.get("entry-points", {})
    files[f"{info}/entry_points.txt"] = "".join(
        f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in items.items()) + "\n"
        for group, items in eps.items()).encode()
    record = [record_line(n, d) for n, d in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    os.makedirs(out_dir, exist_ok=True)
    wheel = os.path.join(out_dir, f"{dist}-{version}-py3-none-{PLATFORM}.whl")
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.external_attr = (0o755 if n.endswith(LIB) else 0o644) << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    print(wheel)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
