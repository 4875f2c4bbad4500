"""The bookkeeping of the Python test scripts: `check` records one assertion (and prints it when
it fails), `finish` prints the count and gives the exit code.

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from checks import check, finish
"""

_passed = 0
_failures = []


def check(condition, what):
    global _passed
    if condition:
        _passed += 1
    else:
        _failures.append(what)
        print("FAIL:", what)
    return bool(condition)


def finish():
    print(f"{_passed} checks passed, {len(_failures)} failed")
    return 1 if _failures else 0
