"""Builds the Go PJRT library (libhlovm_pjrt.so) into the package.

The library is the Go package ../pjrt built with `go build -buildmode=c-shared`;
Go (the version go.mod names, or GOTOOLCHAIN=auto) must be on PATH.
"""
import os
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LIB = "libhlovm_pjrt.so"


def build_library(dest_dir):
    go = shutil.which("go")
    if go is None:
        raise SystemExit(
            "jax-hlovm: building the PJRT plugin needs the Go toolchain "
            "(https://go.dev/dl/), and `go` was not found on PATH.")
    if not os.path.exists(os.path.join(REPO, "go.mod")):
        raise SystemExit(
            f"jax-hlovm: the Go sources (go.mod, pjrt/) were not found in {REPO}; "
            "build from a checkout of the hlovm repository.")
    os.makedirs(dest_dir, exist_ok=True)
    out = os.path.join(dest_dir, LIB)
    subprocess.check_call(
        [go, "build", "-buildmode=c-shared", "-trimpath", "-o", out, "./pjrt"],
        cwd=REPO)
    header = out[:-3] + ".h"
    if os.path.exists(header):
        os.remove(header)


class BuildPy(build_py):
    def run(self):
        build_library(os.path.join(HERE, "jax_hlovm"))
        super().run()


setup(cmdclass={"build_py": BuildPy})
