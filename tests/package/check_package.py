#!/usr/bin/env python3
"""The Debian package: `cpack` builds papi_<version>_amd64.deb with the binary, the schemas, the
man page and the docs, and a Depends line worked out from the linked libraries (dpkg-shlibdeps).
The package is built into a temporary folder and unpacked there; nothing is installed.

usage: check_package.py CPACK BUILD_DIR REPO_ROOT VERSION
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402


def output(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def main():
    cpack, build, root, version = sys.argv[1:5]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cpack, "--config", os.path.join(build, "CPackConfig.cmake"), "-B", tmp],
                       check=True, capture_output=True)
        deb = os.path.join(tmp, f"papi_{version}_amd64.deb")
        check(os.path.isfile(deb), f"cpack writes {os.path.basename(deb)}")
        if not os.path.isfile(deb):
            return

        # dpkg-deb -c: "-rwxr-xr-x root/root 1778952 2026-12-01 06:51 ./usr/bin/papi"
        listing = {}
        for line in output("dpkg-deb", "-c", deb).splitlines():
            fields = line.split(None, 5)
            listing[fields[5].removeprefix(".")] = fields[0]
        check(listing.get("/usr/bin/papi") == "-rwxr-xr-x", "/usr/bin/papi, executable")
        check(listing.get("/usr/share/man/man1/papi.1.gz") == "-rw-r--r--",
              "/usr/share/man/man1/papi.1.gz")
        schemas = sorted(name for name in os.listdir(os.path.join(root, "schemas"))
                         if name.endswith(".schema.json"))
        for name in schemas:
            check(f"/usr/share/papi/schemas/{name}" in listing, f"/usr/share/papi/schemas/{name}")
        for name in ("README.md", "data-format.md", "errors.md", "reports.md", "workflows.md"):
            check(f"/usr/share/doc/papi/{name}" in listing, f"/usr/share/doc/papi/{name}")
        outside = [path for path in listing if not path.startswith("/usr/")]
        check(not outside, f"every file under /usr/ (outside: {outside})")

        control = output("dpkg-deb", "-I", deb)
        fields = dict(re.findall(r"^ (\w[\w-]*): (.*)$", control, re.M))
        check(fields.get("Package") == "papi", "Package: papi")
        check(fields.get("Version") == version, f"Version: {version}")
        check(fields.get("Architecture") == "amd64", "Architecture: amd64")
        depends = [d.split()[0] for d in fields.get("Depends", "").split(", ") if d]
        # The libraries papi links, named by dpkg-shlibdeps with their Debian package names.
        for library in ("libc6", "libstdc++6", "libyaml-cpp", "libfmt", "libicu"):
            check(any(d.startswith(library) for d in depends), f"Depends names {library}: {depends}")

        unpacked = os.path.join(tmp, "root")
        subprocess.run(["dpkg-deb", "-x", deb, unpacked], check=True)
        papi = os.path.join(unpacked, "usr/bin/papi")
        check(output(papi, "--version").strip() == f"papi {version}", "the packaged binary runs")
        for name in schemas:
            with open(os.path.join(root, "schemas", name), "rb") as source, \
                 open(os.path.join(unpacked, "usr/share/papi/schemas", name), "rb") as packaged:
                check(source.read() == packaged.read(), f"{name} is the repository's")
        with gzip.open(os.path.join(unpacked, "usr/share/man/man1/papi.1.gz"), "rt") as man:
            first = next(line for line in man if line.startswith(".TH"))
        check(first.startswith(f'.TH PAPI 1 "" "papi {version}"'), f"man page of version {version}: {first}")


main()
sys.exit(finish())
