"""Build Frontdesk for the current OS: freeze with PyInstaller, then wrap it the way users install it.

    .venv/bin/python packaging/build.py [--clean] [--skip-freeze]

Linux   -> dist/frontdesk-<version>-linux-<arch>.tar.gz   (unpack anywhere, run ./frontdesk)
Windows -> dist/frontdesk-<version>-windows-<arch>-setup.exe   (Inno Setup 6's ISCC must be installed)
macOS   -> dist/frontdesk-<version>-macos-<arch>.dmg   (Frontdesk.app; made with hdiutil)

Before freezing it compiles translations/*.ts to .qm with pyside6-lrelease and renders the app icons
if they are missing. Outputs go under build/ and dist/ (both gitignored).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules as rules
import make_icons

ROOT = rules.ROOT
PACKAGING_DIR = ROOT / "packaging"
SPEC = PACKAGING_DIR / "frontdesk.spec"
INNO_SCRIPT = PACKAGING_DIR / "frontdesk.iss"
BUNDLE_DIR_NAME = "frontdesk"  # COLLECT's name in the spec


@dataclass(frozen=True)
class BuildPaths:
    """Where the build writes: PyInstaller's work folder, the dist folder and the frozen one-folder app."""

    build: Path
    dist: Path

    @property
    def pyinstaller_work(self) -> Path:
        return self.build / "pyinstaller"

    @property
    def bundle(self) -> Path:
        return self.dist / BUNDLE_DIR_NAME


def run(command: list[str], cwd: Path | None = None) -> None:
    """Run `command`, echoing it; stop the build when it fails."""
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=cwd)  # noqa: S603  (our own fixed commands)


def machine_arch() -> str:
    """The CPU architecture in the names users expect (x86_64/arm64; x64 for Windows)."""
    machine = platform.machine().lower()
    if machine in {"amd64", "x86_64"}:
        return "x64" if sys.platform == "win32" else "x86_64"
    if machine in {"arm64", "aarch64"}:
        return "arm64" if sys.platform in {"win32", "darwin"} else "aarch64"
    return machine


def tree_size(path: Path) -> int:
    """Bytes of the regular files under `path` (symlinks not followed)."""
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def megabytes(size: int) -> str:
    """`size` bytes in MB with one decimal."""
    return f"{size / 1_000_000:.1f} MB"


def find_lrelease() -> str | None:
    """pyside6-lrelease from this venv, then PATH, then the binary inside PySide6."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    try:
        import PySide6  # noqa: PLC0415  (only to locate its bundled tools)
    except ImportError:
        return None
    pyside_dir = Path(PySide6.__file__).parent
    for candidate in (pyside_dir / "lrelease", pyside_dir / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    return None


def compile_translations(translations_dir: Path = rules.TRANSLATIONS_DIR) -> list[Path]:
    """Compile each translations/*.ts to a .qm beside it (the spec ships translations/*.qm)."""
    sources = sorted(translations_dir.glob("*.ts"))
    if not sources:
        print("translations: no .ts files, nothing to compile")
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit("translations: pyside6-lrelease not found (install PySide6-Essentials)")
    compiled = []
    for source in sources:
        target = source.with_suffix(".qm")
        run([lrelease, str(source), "-qm", str(target)])
        compiled.append(target)
    return compiled


def ensure_icons() -> None:
    """Render the icons from their SVG when any is missing."""
    if make_icons.outputs_exist():
        return
    for written in make_icons.make_icons():
        print(f"icons: wrote {written.relative_to(ROOT)}")


def freeze(paths: BuildPaths, *, clean: bool) -> None:
    """Run PyInstaller on the spec into dist/frontdesk (and dist/Frontdesk.app on macOS)."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(paths.dist),
        "--workpath",
        str(paths.pyinstaller_work),
    ]
    if clean:
        command.append("--clean")
    run(command, cwd=ROOT)


def package_linux(paths: BuildPaths, version: str) -> Path:
    """Tar the one-folder app as frontdesk-<version>-linux-<arch>/ in a .tar.gz."""
    stem = f"frontdesk-{version}-linux-{machine_arch()}"
    archive = paths.dist / f"{stem}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # The archive should not carry the build machine's user names.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(paths.bundle, arcname=stem, filter=normalise)
    return archive


def find_iscc() -> str:
    """Inno Setup's command-line compiler."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it or put it on PATH")


def package_windows(paths: BuildPaths, version: str) -> Path:
    """Compile packaging/frontdesk.iss into dist/frontdesk-<version>-windows-<arch>-setup.exe."""
    base_name = f"frontdesk-{version}-windows-{machine_arch()}-setup"
    numeric = ".".join(str(number) for number in rules.numeric_version(version))
    run(
        [
            find_iscc(),
            f"/DAppVersion={version}",
            f"/DAppNumericVersion={numeric}",
            f"/DBundleDir={paths.bundle}",
            f"/DIconFile={rules.ICON_DIR / 'frontdesk.ico'}",
            f"/DOutputDir={paths.dist}",
            f"/DOutputBaseFilename={base_name}",
            f"/DAppPublisher={rules.PUBLISHER}",
            f"/DAppCopyright={rules.copyright_notice()}",
            str(INNO_SCRIPT),
        ]
    )
    return paths.dist / f"{base_name}.exe"


def package_macos(paths: BuildPaths, version: str) -> Path:
    """Put Frontdesk.app and an /Applications link on a compressed disk image."""
    app_bundle = paths.dist / f"{rules.APP_NAME}.app"
    staging = paths.build / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # ditto keeps the symlinks, extended attributes and code signatures inside the .app.
    run(["ditto", str(app_bundle), str(staging / app_bundle.name)])
    (staging / "Applications").symlink_to("/Applications")
    image = paths.dist / f"frontdesk-{version}-macos-{machine_arch()}.dmg"
    run(
        [
            "hdiutil",
            "create",
            "-volname",
            f"{rules.APP_NAME} {version}",
            "-srcfolder",
            str(staging),
            "-fs",
            "HFS+",
            "-format",
            "UDZO",
            "-imagekey",
            "zlib-level=9",
            "-ov",
            str(image),
        ]
    )
    return image


def build(paths: BuildPaths, *, clean: bool = False, skip_freeze: bool = False) -> Path:
    """Build the current OS's installable artifact and return its path."""
    version = rules.read_version()
    print(f"Frontdesk {version} for {sys.platform} ({machine_arch()})")
    if not skip_freeze:
        compile_translations()
        ensure_icons()
        freeze(paths, clean=clean)
    if not paths.bundle.is_dir():
        raise SystemExit(f"{paths.bundle} does not exist: build without --skip-freeze first")
    print(f"bundle: {paths.bundle} ({megabytes(tree_size(paths.bundle))} unpacked)")
    if sys.platform == "win32":
        artifact = package_windows(paths, version)
    elif sys.platform == "darwin":
        artifact = package_macos(paths, version)
    else:
        artifact = package_linux(paths, version)
    print(f"artifact: {artifact} ({megabytes(artifact.stat().st_size)})")
    return artifact


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and build."""
    parser = argparse.ArgumentParser(description="Build the Frontdesk bundle for this OS.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--skip-freeze", action="store_true", help="reuse dist/frontdesk and only make the installer/archive"
    )
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist", help="default: dist/")
    args = parser.parse_args(argv)
    paths = BuildPaths(build=args.build_dir.resolve(), dist=args.dist_dir.resolve())
    build(paths, clean=args.clean, skip_freeze=args.skip_freeze)
    return 0


if __name__ == "__main__":
    sys.exit(main())
