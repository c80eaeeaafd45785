"""Ships the data folders kept at the top of the repository inside the
package, so that a wheel (pip install ., pipx, a packager) has them:
resources/ becomes safeguard_desktop/_resources, db/ safeguard_desktop/_db
and ui/ safeguard_desktop/_ui (safeguard_desktop/paths.py looks there).

Everything else is declared in pyproject.toml; the package list is made here
because pyproject.toml cannot add mapped folders to the packages it finds.
"""

from setuptools import find_namespace_packages, setup

PACKAGE = "safeguard_desktop"
DATA_FOLDERS = ("resources", "db", "ui")
DATA_ROOTS = {f"{PACKAGE}._{folder}": folder for folder in DATA_FOLDERS}
# Each folder inside a data folder (resources/demo, db/versions) is a package
# of its own to setuptools, which warns about any it is not told of.
DATA_PACKAGES = [
    *DATA_ROOTS,
    *(f"{root}.{sub}" for root, folder in DATA_ROOTS.items()
      for sub in find_namespace_packages(where=folder, exclude=["*__pycache__*"])),
]

setup(
    # Namespace-aware: a folder such as store/ has no __init__.py.
    packages=[*find_namespace_packages(include=[PACKAGE, f"{PACKAGE}.*"], exclude=["*.__pycache__"]),
              *DATA_PACKAGES],
    package_dir=DATA_ROOTS,
    package_data={PACKAGE: ["py.typed"], **{name: ["*"] for name in DATA_PACKAGES}},
    # What running the program or its tests leaves in a checkout is not data.
    exclude_package_data={name: ["*.pyc", "*.sqlite*", "*.lock"] for name in DATA_PACKAGES},
)
