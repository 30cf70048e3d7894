"""The Windows and macOS packaging files, checked on Linux where neither can be built: the Inno
Setup script parsed section by section, Info.plist with plistlib, the shell scripts with ``bash -n``,
the spec's Windows and macOS steps run against stand-ins for PyInstaller's build targets, and the
icon helpers run for real. None of this proves an installer works; it catches the mistakes that
would only show on a Windows or macOS machine: a misspelt directive, a path that does not match
the bundle, a profile folder in a delete list, a version placeholder left in place."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "desktop-crm.spec"
ISS = PACKAGING / "windows" / "desktop-crm.iss"
BUILD_PS1 = PACKAGING / "windows" / "build.ps1"
MACOS = PACKAGING / "macos"
INFO_PLIST = MACOS / "Info.plist"
APP_ID = "io.github.desktop_crm.DesktopCRM"

# --- Inno Setup ------------------------------------------------------------------------------
# Names from Inno Setup 6's documentation (jrsoftware.org/ishelp): the sections, the [Setup]
# directives, each section's parameters and flags. A name outside these lists is a typo, or a
# directive to look up and add here.
SECTIONS = frozenset({
    "Setup", "Types", "Components", "Tasks", "Dirs", "Files", "Icons", "INI", "InstallDelete", "Languages",
    "Messages", "CustomMessages", "LangOptions", "Registry", "Run", "UninstallDelete", "UninstallRun", "Code",
    "ISSigKeys",
})  # fmt: skip
SETUP_DIRECTIVES = frozenset({
    "AllowCancelDuringInstall", "AllowNetworkDrive", "AllowNoIcons", "AllowRootDirectory", "AllowUNCPath",
    "AlwaysRestart", "AlwaysShowComponentsList", "AlwaysShowDirOnReadyPage", "AlwaysShowGroupOnReadyPage",
    "AlwaysUsePersonalGroup", "AppComments", "AppContact", "AppCopyright", "AppendDefaultDirName",
    "AppendDefaultGroupName", "AppId", "AppModifyPath", "AppMutex", "AppName", "AppPublisher", "AppPublisherURL",
    "AppReadmeFile", "AppSupportPhone", "AppSupportURL", "AppUpdatesURL", "AppVerName", "AppVersion",
    "ArchitecturesAllowed", "ArchitecturesInstallIn64BitMode", "ASLRCompatible", "ChangesAssociations",
    "ChangesEnvironment", "CloseApplications", "CloseApplicationsFilter", "Compression", "CompressionThreads",
    "CreateAppDir", "CreateUninstallRegKey", "DefaultDirName", "DefaultGroupName", "DEPCompatible",
    "DirExistsWarning", "DisableDirPage", "DisableFinishedPage", "DisableProgramGroupPage", "DisableReadyMemo",
    "DisableReadyPage", "DisableStartupPrompt", "DisableWelcomePage", "InfoAfterFile", "InfoBeforeFile",
    "LanguageDetectionMethod", "LicenseFile", "MinVersion", "OnlyBelowVersion", "OutputBaseFilename",
    "OutputDir", "PrivilegesRequired", "PrivilegesRequiredOverridesAllowed", "RestartApplications",
    "SetupIconFile", "SetupLogging", "SetupMutex", "ShowLanguageDialog", "SolidCompression", "SourceDir",
    "Uninstallable", "UninstallDisplayIcon", "UninstallDisplayName", "UninstallFilesDir", "UsePreviousAppDir",
    "UsePreviousLanguage", "UsePreviousPrivileges", "UsePreviousTasks", "VersionInfoCompany",
    "VersionInfoCopyright", "VersionInfoDescription", "VersionInfoProductName", "VersionInfoProductVersion",
    "VersionInfoVersion", "WizardStyle",
})  # fmt: skip
# fmt: off
COMMON = frozenset({"Languages", "MinVersion", "OnlyBelowVersion", "Components", "Tasks", "Check"})
PARAMETERS = {
    "Languages": frozenset({"Name", "MessagesFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile"}),
    "Tasks": frozenset({"Name", "Description", "GroupDescription", "Flags"}) | COMMON,
    "Files": frozenset({
        "Source", "DestDir", "DestName", "Excludes", "ExternalSize", "Flags", "Attribs", "Permissions",
        "FontInstall", "StrongAssemblyName", "BeforeInstall", "AfterInstall",
    }) | COMMON,
    "Icons": frozenset({
        "Name", "Filename", "Parameters", "WorkingDir", "HotKey", "Comment", "IconFilename", "IconIndex",
        "AppUserModelID", "Flags", "BeforeInstall", "AfterInstall",
    }) | COMMON,
    "Run": frozenset({
        "Filename", "Description", "Parameters", "WorkingDir", "StatusMsg", "RunOnceId", "Verb", "Flags",
        "BeforeInstall", "AfterInstall",
    }) | COMMON,
    "InstallDelete": frozenset({"Type", "Name", "BeforeInstall", "AfterInstall"}) | COMMON,
    "UninstallDelete": frozenset({"Type", "Name", "BeforeInstall", "AfterInstall"}) | COMMON,
}
FLAGS = {
    "Tasks": frozenset({"checkablealone", "checkedonce", "dontinheritcheck", "exclusive", "restart", "unchecked"}),
    "Files": frozenset({
        "32bit", "64bit", "allowunsafefiles", "comparetimestamp", "confirmoverwrite", "createallsubdirs",
        "deleteafterinstall", "dontcopy", "dontverifychecksum", "external", "ignoreversion", "isreadme",
        "nocompression", "noencryption", "onlyifdestfileexists", "onlyifdoesntexist", "overwritereadonly",
        "promptifolder", "recursesubdirs", "replacesameversion", "restartreplace", "sharedfile",
        "skipifsourcedoesntexist", "solidbreak", "touch", "uninsneveruninstall", "uninsremovereadonly",
        "uninsrestartdelete",
    }),
    "Icons": frozenset({
        "closeonexit", "createonlyiffileexists", "dontcloseonexit", "excludefromshowinnewinstall",
        "foldershortcut", "preventpinning", "runmaximized", "runminimized", "uninsneveruninstall", "useapppaths",
    }),
    "Run": frozenset({
        "32bit", "64bit", "hidewizard", "nowait", "postinstall", "runascurrentuser", "runasoriginaluser",
        "runhidden", "runmaximized", "runminimized", "shellexec", "skipifdoesntexist", "skipifnotsilent",
        "skipifsilent", "unchecked", "waituntilidle", "waituntilterminated",
    }),
}
# fmt: on
DELETE_TYPES = frozenset({"files", "filesandordirs", "dirifempty"})
# {cm:...} messages every translation shipped with Inno Setup defines (Default.isl's [CustomMessages]).
STANDARD_CUSTOM_MESSAGES = frozenset({
    "NameAndVersion", "AdditionalIcons", "CreateDesktopIcon", "CreateQuickLaunchIcon", "ProgramOnTheWeb",
    "UninstallProgram", "LaunchProgram", "AssocFileExtension", "AssocingFileExtension",
    "AutoStartProgramGroupDescription", "AutoStartProgram", "AddonHostProgramNotFound",
})  # fmt: skip
# Message files that come with Inno Setup 6.5 and later ("compiler:" = Inno Setup's own folder).
COMPILER_MESSAGE_FILES = frozenset({"Default.isl", r"Languages\ChineseSimplified.isl"})
# Where per-user data lives on Windows: nothing the installer deletes may point there.
USER_DATA = ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}", "{%localappdata", "{%appdata",
             "{%userprofile", "{sd}", "{%temp")  # fmt: skip


@dataclass
class Iss:
    """An Inno Setup script after the preprocessor's simple #define substitutions."""

    defines: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[str]] = field(default_factory=dict)

    def setup(self) -> dict[str, str]:
        directives: dict[str, str] = {}
        for line in self.sections["Setup"]:
            match = re.fullmatch(r"(\w+)\s*=\s*(.*)", line)
            assert match, f"[Setup]: not a directive: {line!r}"
            name, value = match[1], match[2].strip()
            assert name not in directives, f"[Setup]: {name} twice"
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            directives[name] = value
        return directives

    def entries(self, section: str) -> list[dict[str, str]]:
        return [parse_parameters(section, line) for line in self.sections.get(section, [])]

    def custom_messages(self) -> dict[str, dict[str, str]]:
        """Message name -> {language: text}."""
        messages: dict[str, dict[str, str]] = {}
        for line in self.sections.get("CustomMessages", []):
            match = re.fullmatch(r"(\w+)\.(\w+)=(.*)", line)
            assert match, f"[CustomMessages]: not language.Name=text: {line!r}"
            messages.setdefault(match[2], {})[match[1]] = match[3]
        return messages


def parse_iss(text: str) -> Iss:
    iss = Iss()
    current = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "//")):
            continue
        if line.startswith("#"):  # the preprocessor: #define NAME "text" is kept, conditions are checked
            define = re.fullmatch(r'#define\s+(\w+)\s+"([^"]*)"', line)
            if define:
                iss.defines.setdefault(define[1], define[2])
            elif not re.match(r"#(ifndef|ifdef|if|elif|else|endif|error)\b", line):
                raise AssertionError(f"line {number}: preprocessor line not understood: {line!r}")
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header[1]
            assert current in SECTIONS, f"line {number}: unknown section [{current}]"
            assert current not in iss.sections, f"line {number}: [{current}] twice"
            iss.sections[current] = []
            continue
        assert current is not None, f"line {number}: text before the first section: {line!r}"

        def define(match: re.Match[str], number: int = number) -> str:
            assert match[1] in iss.defines, f"line {number}: {{#{match[1]}}} is not #defined"
            return iss.defines[match[1]]

        iss.sections[current].append(re.sub(r"\{#(\w+)\}", define, line))
    return iss


def parse_parameters(section: str, line: str) -> dict[str, str]:
    """``Name: "value"; Flags: a b`` -> {"Name": "value", "Flags": "a b"}; quotes double to escape."""
    parts, current, quoted = [], "", False
    for char in line:
        if char == '"':
            quoted = not quoted  # a doubled quote toggles twice: stays literal below
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    assert not quoted, f"[{section}]: unclosed quote in {line!r}"
    parts.append(current)
    parameters: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in parts)):
        match = re.fullmatch(r"(\w+)\s*:\s*(.*)", part)
        assert match, f"[{section}]: not Name: value: {part!r}"
        name, value = match[1], match[2].strip()
        assert name in PARAMETERS[section], f"[{section}]: unknown parameter {name}"
        assert name not in parameters, f"[{section}]: {name} twice in {line!r}"
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('""', '"')
        parameters[name] = value
    for flag in parameters.get("Flags", "").split():
        assert flag in FLAGS[section], f"[{section}]: unknown flag {flag}"
    return parameters


@pytest.fixture(scope="module")
def iss() -> Iss:
    return parse_iss(ISS.read_text(encoding="utf-8-sig"))


def test_iss_has_the_sections_and_directives_an_installer_needs(iss: Iss) -> None:
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Run", "InstallDelete"} <= iss.sections.keys()
    setup = iss.setup()
    unknown = setup.keys() - SETUP_DIRECTIVES
    assert not unknown, f"[Setup]: unknown directives {unknown}"
    for required in ("AppId", "AppName", "AppVersion", "DefaultDirName", "OutputDir", "OutputBaseFilename",
                     "SourceDir", "SetupIconFile", "PrivilegesRequired", "PrivilegesRequiredOverridesAllowed",
                     "ArchitecturesInstallIn64BitMode", "UninstallDisplayIcon"):  # fmt: skip
        assert setup.get(required), f"[Setup]: {required} missing"
    # A stable GUID, written {{...} (the doubled brace is a literal one).
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppName"] == "Desktop CRM"
    assert setup["DefaultDirName"] == r"{autopf}\Desktop CRM"
    assert setup["PrivilegesRequired"] == "lowest"  # per user without administrator rights...
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"].split()  # ...or for all users
    assert set(setup["ArchitecturesInstallIn64BitMode"].split()) <= {"x64compatible", "x64os", "arm64"}
    for name in ("SolidCompression", "DisableProgramGroupPage", "CloseApplications", "RestartApplications"):
        assert setup.get(name, "yes") in {"yes", "no"}, f"[Setup]: {name}={setup[name]}"


def test_iss_version_comes_from_the_command_line(iss: Iss) -> None:
    raw = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#define AppVersion \"[\d.]+\"\s*\n\s*#endif", raw, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", raw, re.M)
    # VersionInfoVersion takes up to four numbers, nothing else.
    assert re.fullmatch(r"\d+(\.\d+){0,3}", iss.defines["FileVersion"])
    script = BUILD_PS1.read_text(encoding="utf-8")
    assert '"/DAppVersion=$Version"' in script and '"/DFileVersion=$FileVersion"' in script
    assert r"packaging\windows\desktop-crm.iss" in script


def test_iss_installs_the_bundle_the_spec_builds(iss: Iss, spec_targets: dict[str, dict]) -> None:
    setup = iss.setup()
    linux = spec_targets["linux"]
    bundle = linux["COLLECT"][0]["kwargs"]["name"]  # dist/<name>: PyInstaller's --distpath dist
    exe = linux["EXE"][0]["kwargs"]["name"] + ".exe"
    # SourceDir is relative to the script: the repository's root; OutputDir is under it.
    assert (ISS.parent / PureWindowsPath(setup["SourceDir"]).as_posix()).resolve() == ROOT
    assert setup["OutputDir"] == "dist"
    assert "--distpath" in BUILD_PS1.read_text(encoding="utf-8")
    files = iss.entries("Files")
    assert files, "[Files] is empty"
    for entry in files:
        source = PureWindowsPath(entry["Source"])
        assert not source.is_absolute() and source.parts[:2] == ("dist", bundle), (
            f"{source} is not in dist\\{bundle}"
        )
        assert entry["DestDir"].startswith("{app}")
        if "*" in source.name:
            assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(entry["Flags"].split())
    target = rf"{{app}}\{exe}"
    assert setup["UninstallDisplayIcon"] == target
    icons = iss.entries("Icons")
    assert {entry["Name"].split("\\")[0] for entry in icons} >= {"{autoprograms}", "{autodesktop}"}
    assert all(entry["Filename"] == target for entry in icons)
    desktop = [entry for entry in icons if entry["Name"].startswith("{autodesktop}")]
    tasks = {entry["Name"]: entry for entry in iss.entries("Tasks")}
    assert desktop and all(entry.get("Tasks") in tasks for entry in desktop), "the desktop icon is optional"
    assert "unchecked" in tasks[desktop[0]["Tasks"]].get("Flags", "")
    assert [entry["Filename"] for entry in iss.entries("Run")] == [target]


def test_iss_languages_and_messages_resolve(iss: Iss) -> None:
    languages = iss.entries("Languages")
    names = [entry["Name"] for entry in languages]
    assert len(names) == len(set(names))
    files = {entry["MessagesFile"] for entry in languages}
    assert files == {"compiler:Default.isl", r"compiler:Languages\ChineseSimplified.isl"}
    for messages in files:
        if messages.startswith("compiler:"):
            assert messages.removeprefix("compiler:") in COMPILER_MESSAGE_FILES
        else:  # a file of ours: relative to SourceDir, the repository's root
            assert (ROOT / PureWindowsPath(messages).as_posix()).is_file(), f"{messages} is missing"
    custom = iss.custom_messages()
    for message, texts in custom.items():
        assert texts.keys() == set(names), f"{message} is not translated into every language: {sorted(texts)}"
    used = set()
    for section, lines in iss.sections.items():
        if section != "CustomMessages":
            used |= {m[1] for line in lines for m in re.finditer(r"\{cm:(\w+)", line)}
    assert used, "no {cm:...} message used"
    undefined = used - custom.keys() - STANDARD_CUSTOM_MESSAGES
    assert not undefined, f"{{cm:...}} messages defined nowhere: {undefined}"
    # The Chinese name the Linux menu entry shows.
    assert custom["ShortcutName"]["chinesesimplified"] == "桌面客户管理"


def test_iss_icon_is_the_one_the_build_draws(iss: Iss) -> None:
    icon = PureWindowsPath(iss.setup()["SetupIconFile"])
    if icon.parts[0] == "build":  # made by build.ps1, not kept in the repository
        assert str(icon) in BUILD_PS1.read_text(encoding="utf-8")
        assert 'ICONS / "desktop-crm.ico"' in SPEC.read_text(encoding="utf-8")
        assert icon.as_posix() == "build/icons/desktop-crm.ico"
    else:
        assert (ROOT / icon.as_posix()).is_file()


def test_iss_never_deletes_the_profile(iss: Iss, spec_targets: dict[str, dict]) -> None:
    deletes = iss.entries("InstallDelete") + iss.entries("UninstallDelete")
    for entry in deletes:
        assert entry["Type"] in DELETE_TYPES
        name = entry["Name"]
        assert name.startswith("{app}\\") and len(name) > len("{app}\\"), (
            f"deletes outside the install folder: {name}"
        )
        assert ".." not in PureWindowsPath(name).parts, name
    for section, lines in iss.sections.items():  # nor any other entry, wherever it is
        for line in lines:
            assert not any(place in line.lower() for place in USER_DATA), (
                f"[{section}] names user data: {line}"
            )
    # Upgrades: PyInstaller's contents folder (the spec keeps the default, _internal) is emptied first.
    assert "contents_directory" not in spec_targets["win32"]["EXE"][0]["kwargs"]
    assert {"Type": "filesandordirs", "Name": r"{app}\_internal"} in iss.entries("InstallDelete")


def test_the_profile_is_where_the_readmes_say(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import macos, windows

    from desktop_crm.storage.profile import APP_NAME

    asked = []

    def folder(csidl: str) -> str:
        asked.append(csidl)
        return "/LOCALAPPDATA"

    monkeypatch.setattr(windows, "get_win_folder", folder)
    assert Path(windows.Windows(APP_NAME, appauthor=False).user_data_dir) == Path("/LOCALAPPDATA/desktop-crm")
    assert asked == ["CSIDL_LOCAL_APPDATA"]  # %LOCALAPPDATA%, not the roaming %APPDATA%
    assert r"%LOCALAPPDATA%\desktop-crm" in (PACKAGING / "windows" / "README.md").read_text(encoding="utf-8")
    assert r"%LOCALAPPDATA%\desktop-crm" in ISS.read_text(encoding="utf-8-sig")
    mac = macos.MacOS(APP_NAME, appauthor=False).user_data_dir
    assert mac == os.path.expanduser("~/Library/Application Support/desktop-crm")
    assert "~/Library/Application Support/desktop-crm" in (MACOS / "README.md").read_text(encoding="utf-8")


# --- The spec's platform steps -----------------------------------------------------------------
# The spec runs in a child Python with sys.platform set to each platform and PyInstaller's build
# targets (Analysis, EXE, COLLECT, BUNDLE...) replaced by recorders; the versioninfo stand-ins
# take the same arguments as PyInstaller 6's classes.
DRIVER = r"""
import json, sys, types
spec, platform = sys.argv[1], sys.argv[2]
import desktop_crm, desktop_crm.licences  # imported as on this machine, before the platform changes

calls = {}

class Target:
    def __init__(self, kind, args, kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []

def recorder(kind):
    def record(*args, **kwargs):
        calls.setdefault(kind, []).append({"args": args, "kwargs": kwargs})
        return Target(kind, args, kwargs)
    return record

class Stub:
    def __init__(self, **fields):
        self.__dict__.update(fields)

class VSVersionInfo(Stub):
    def __init__(self, ffi=None, kids=None): super().__init__(ffi=ffi, kids=kids or [])
class FixedFileInfo(Stub):
    def __init__(self, filevers=(0, 0, 0, 0), prodvers=(0, 0, 0, 0), mask=0x3F, flags=0x0, OS=0x40004,
                 fileType=0x1, subtype=0x0, date=(0, 0)):
        super().__init__(filevers=filevers, prodvers=prodvers)
class StringFileInfo(Stub):
    def __init__(self, kids=None): super().__init__(kids=kids or [])
class StringTable(Stub):
    def __init__(self, name=None, kids=None): super().__init__(name=name, kids=kids or [])
class StringStruct(Stub):
    def __init__(self, name=None, val=None): super().__init__(name=name, val=val)
class VarFileInfo(Stub):
    def __init__(self, kids=None): super().__init__(kids=kids or [])
class VarStruct(Stub):
    def __init__(self, name=None, kids=None): super().__init__(name=name, kids=kids or [])

modules = {name: types.ModuleType(name) for name in (
    "PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks", "PyInstaller.utils.win32",
    "PyInstaller.utils.win32.versioninfo")}
modules["PyInstaller.utils.hooks"].collect_data_files = lambda *a, **k: []
modules["PyInstaller.utils.hooks"].copy_metadata = lambda *a, **k: []
versioninfo = modules["PyInstaller.utils.win32.versioninfo"]
for cls in (VSVersionInfo, FixedFileInfo, StringFileInfo, StringTable, StringStruct, VarFileInfo, VarStruct):
    setattr(versioninfo, cls.__name__, cls)
modules["PyInstaller.utils.win32"].versioninfo = versioninfo
modules["PyInstaller.utils"].hooks = modules["PyInstaller.utils.hooks"]
modules["PyInstaller.utils"].win32 = modules["PyInstaller.utils.win32"]
modules["PyInstaller"].utils = modules["PyInstaller.utils"]
sys.modules.update(modules)

sys.platform = platform
namespace = {"SPECPATH": spec.rsplit("/", 1)[0], "__name__": "__main__"}
for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
    namespace[kind] = recorder(kind)
with open(spec, encoding="utf-8") as source:
    exec(compile(source.read(), spec, "exec"), namespace)

def plain(value):
    if isinstance(value, Target):
        return {"target": value.kind}
    if isinstance(value, Stub):
        return {"class": type(value).__name__, **value.__dict__}
    raise TypeError(type(value))

print(json.dumps({"calls": calls, "version": desktop_crm.__version__}, default=plain))
"""


@pytest.fixture(scope="module")
def spec_targets() -> dict[str, dict]:
    targets = {}
    for platform in ("linux", "win32", "darwin"):
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, SPEC.as_posix(), platform],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"the spec failed as {platform}:\n{done.stderr}"
        result = json.loads(done.stdout.strip().splitlines()[-1])
        targets[platform] = {**result["calls"], "version": result["version"]}
    return targets


def numbers(version: str, count: int) -> list[int]:
    found = [int(n) for n in re.match(r"\d+(?:\.\d+)*", version).group().split(".")]  # type: ignore[union-attr]
    return (found + [0] * count)[:count]


def test_spec_builds_linux_as_before(spec_targets: dict[str, dict]) -> None:
    linux = spec_targets["linux"]
    assert "BUNDLE" not in linux
    [exe] = linux["EXE"]
    assert exe["kwargs"] == {
        "exclude_binaries": True, "name": "desktop-crm", "console": True,
        "icon": str(ROOT / "resources" / "icons" / "app.svg"),
    }  # fmt: skip
    assert [c["kwargs"]["name"] for c in linux["COLLECT"]] == ["desktop-crm"]


def test_spec_windows_exe_has_version_information(spec_targets: dict[str, dict]) -> None:
    windows = spec_targets["win32"]
    version = windows["version"]
    assert "BUNDLE" not in windows
    [exe] = windows["EXE"]
    options = exe["kwargs"]
    assert options["name"] == "desktop-crm" and options["console"] is True
    assert options["hide_console"] in {"hide-early", "minimize-early", "hide-late", "minimize-late"}
    ico = ROOT / "build" / "icons" / "desktop-crm.ico"
    assert options["icon"] == (str(ico) if ico.is_file() else None)
    info = options["version"]
    assert info["class"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == numbers(version, 4)
    assert all(0 <= n < 2**16 for n in info["ffi"]["filevers"])
    [string_file_info, var_file_info] = info["kids"]
    [table] = string_file_info["kids"]
    assert re.fullmatch(r"[0-9A-F]{8}", table["name"])
    strings = {s["name"]: s["val"] for s in table["kids"]}
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == options["name"] + ".exe"
    assert strings["ProductName"] == "Desktop CRM"
    [translation] = var_file_info["kids"]
    assert translation["name"] == "Translation" and translation["kids"] == [int(table["name"][:4], 16), 1200]


def test_spec_macos_bundle_uses_info_plist(spec_targets: dict[str, dict]) -> None:
    mac = spec_targets["darwin"]
    version = mac["version"]
    [exe] = mac["EXE"]
    [bundle] = mac["BUNDLE"]
    options = bundle["kwargs"]
    assert bundle["args"][0] == {"target": "COLLECT"}
    assert options["name"] == "Desktop CRM.app"
    assert options["bundle_identifier"] == APP_ID
    short = ".".join(map(str, numbers(version, 3)))
    assert options["version"] == short
    info = options["info_plist"]
    with INFO_PLIST.open("rb") as source:
        original = plistlib.load(source)
    assert info.keys() - {"CFBundleIconFile"} == original.keys() - {"CFBundleIconFile"}
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == short
    assert "@VERSION@" not in json.dumps(info), "a version placeholder was left in Info.plist"
    assert info["CFBundleExecutable"] == exe["kwargs"]["name"]  # Contents/MacOS/desktop-crm
    assert info["CFBundleIdentifier"] == options["bundle_identifier"]
    icns = ROOT / "build" / "icons" / "desktop-crm.icns"
    if icns.is_file():
        assert options["icon"] == str(icns) and info["CFBundleIconFile"] == icns.name
    else:  # PyInstaller's default icon, which BUNDLE names itself
        assert options["icon"] is None and "CFBundleIconFile" not in info
    # The console bootloader would make PyInstaller mark the app background-only.
    assert exe["kwargs"]["console"] is False or info["LSBackgroundOnly"] is False
    localized = bundle["args"][1]
    expected = sorted(
        [f"{path.parent.name}/{path.name}", str(path), "DATA"] for path in MACOS.glob("*.lproj/*")
    )  # fmt: skip
    assert localized == expected and localized


# --- macOS Info.plist --------------------------------------------------------------------------
def test_info_plist_has_the_keys_macos_needs() -> None:
    with INFO_PLIST.open("rb") as source:
        info = plistlib.load(source)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "Desktop CRM"
    assert len(info["CFBundleName"]) <= 15  # the menu bar's short name
    assert info["CFBundleExecutable"] == "desktop-crm"
    assert info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == "@VERSION@"  # the spec fills them
    assert info["CFBundleIconFile"] == "desktop-crm.icns"
    assert "build/icons/desktop-crm.icns" in (MACOS / "build.sh").read_text(encoding="utf-8")
    assert info["LSMinimumSystemVersion"] == "11.0"
    assert info["NSHighResolutionCapable"] is True
    assert info["LSBackgroundOnly"] is False
    assert info["CFBundleDevelopmentRegion"] == "en"
    assert info["CFBundleLocalizations"][0] == "en" and "zh-Hans" in info["CFBundleLocalizations"]
    assert info["LSApplicationCategoryType"] == "public.app-category.business"
    camera = info["NSCameraUsageDescription"]
    assert "camera" in camera and "QR" in camera


def parse_strings(text: str) -> dict[str, str]:
    """An InfoPlist.strings file: /* comments */ and ``Key = "value";`` lines."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    entries: dict[str, str] = {}
    for line in filter(None, (line.strip() for line in text.splitlines())):
        match = re.fullmatch(r'"?(\w+)"?\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', line)
        assert match, f'not Key = "value"; : {line!r}'
        assert match[1] not in entries, f"{match[1]} twice"
        entries[match[1]] = match[2]
    return entries


def test_localized_info_plist_strings_match_info_plist() -> None:
    with INFO_PLIST.open("rb") as source:
        info = plistlib.load(source)
    folders = sorted(MACOS.glob("*.lproj"))
    assert [folder.name for folder in folders] == ["zh-Hans.lproj"]
    for folder in folders:
        assert folder.name.removesuffix(".lproj") in info["CFBundleLocalizations"]
        assert [path.name for path in folder.iterdir()] == ["InfoPlist.strings"]
        strings = parse_strings((folder / "InfoPlist.strings").read_text(encoding="utf-8"))
        assert strings.keys() <= info.keys(), f"keys Info.plist does not have: {strings.keys() - info.keys()}"
        assert {"CFBundleDisplayName", "NSCameraUsageDescription"} <= strings.keys()
    chinese = parse_strings((MACOS / "zh-Hans.lproj" / "InfoPlist.strings").read_text(encoding="utf-8"))
    assert chinese["CFBundleDisplayName"] == "桌面客户管理"


# --- Scripts -------------------------------------------------------------------------------------
SHELL_SCRIPTS = sorted(PACKAGING.rglob("*.sh"))


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.relative_to(PACKAGING).as_posix())
def test_shell_scripts_parse(script: Path) -> None:
    first = script.read_text(encoding="utf-8").splitlines()[0]
    shell = "sh" if first.rstrip().endswith(("/sh", " sh")) else "bash"
    done = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert os.access(script, os.X_OK), f"{script} is not executable"


def test_macos_build_script_makes_the_app_and_the_image() -> None:
    script = (MACOS / "build.sh").read_text(encoding="utf-8")
    for needed in ("set -euo pipefail", "packaging/desktop-crm.spec", "packaging/icons.py",
                   "packaging/macos/iconset.py", "iconutil --convert icns", 'APP="dist/Desktop CRM.app"',
                   "codesign --force --deep --sign -", "hdiutil create"):  # fmt: skip
        assert needed in script, needed


def powershell_brackets(text: str) -> None:
    """Without pwsh: the brackets balance outside comments and strings (a cut or mangled script)."""
    stack: list[tuple[str, int]] = []
    pairs = {")": "(", "}": "{", "]": "["}
    i, line = 0, 1
    while i < len(text):
        char = text[i]
        if text.startswith("<#", i):
            end = text.index("#>", i)
            line += text.count("\n", i, end)
            i = end + 2
            continue
        if char == "#":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
            continue
        if char in "'\"":
            j = i + 1
            while True:
                assert j < len(text), f"line {line}: string never closed"
                if char == '"' and text[j] == "`":
                    j += 2
                    continue
                if text[j] == char:
                    if text[j + 1 : j + 2] == char:  # a doubled quote
                        j += 2
                        continue
                    break
                j += 1
            line += text.count("\n", i, j)
            i = j + 1
            continue
        if char == "\n":
            line += 1
        elif char in "({[":
            stack.append((char, line))
        elif char in ")}]":
            assert stack and stack[-1][0] == pairs[char], f"line {line}: unbalanced {char!r}"
            stack.pop()
        i += 1
    assert not stack, f"unclosed {stack[-1][0]!r} from line {stack[-1][1]}"


def test_powershell_build_script() -> None:
    text = BUILD_PS1.read_text(encoding="utf-8")
    assert text.strip()
    assert text.isascii(), "Windows PowerShell 5.1 reads a script without a BOM as ANSI: keep it ASCII"
    for needed in (r"packaging\desktop-crm.spec", r"packaging\icons.py", r"packaging\windows\make_ico.py",
                   r"build\icons\desktop-crm.ico", r"packaging\windows\desktop-crm.iss", "--distpath"):  # fmt: skip
        assert needed in text, needed
    pwsh = shutil.which("pwsh")
    if pwsh is None:
        powershell_brackets(text)
        return
    check = (
        "$errors = $null; [System.Management.Automation.Language.Parser]::ParseFile("
        f"'{BUILD_PS1}', [ref]$null, [ref]$errors) | Out-Null; "
        "$errors | ForEach-Object { $_.ToString() }; exit $errors.Count"
    )
    done = subprocess.run([pwsh, "-NoProfile", "-Command", check], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_powershell_bracket_check_catches_breakage() -> None:
    powershell_brackets(BUILD_PS1.read_text(encoding="utf-8"))
    with pytest.raises(AssertionError):
        powershell_brackets('if ($a) { Write-Host "x" ')
    with pytest.raises(AssertionError):
        powershell_brackets("Write-Host 'never closed")


# --- The icon helpers, run for real ------------------------------------------------------------
@pytest.fixture(scope="module")
def drawn_icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "icons.py"), str(out)], capture_output=True, text=True, env=env, timeout=120
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


def load_helper(path: Path) -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_ico_holds_every_size(drawn_icons: Path, tmp_path: Path) -> None:
    from PIL import Image

    make_ico = load_helper(PACKAGING / "windows" / "make_ico.py")
    assert {16, 24, 32, 48, 256} <= set(make_ico.SIZES)  # Explorer's and the taskbar's sizes
    ico = tmp_path / "desktop-crm.ico"
    make_ico.main(drawn_icons, ico)
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert image.info["sizes"] == {(s, s) for s in make_ico.SIZES}
        for size in make_ico.SIZES:  # each size is the drawing made for it, not a scaled copy
            frame = image.ico.getimage((size, size)).convert("RGBA")
            with Image.open(make_ico.png(drawn_icons, size)) as png:
                assert frame.tobytes() == png.convert("RGBA").tobytes(), size


def test_macos_iconset_names_match_pixel_sizes(drawn_icons: Path, tmp_path: Path) -> None:
    from PIL import Image

    iconset = load_helper(MACOS / "iconset.py")
    out = tmp_path / "desktop-crm.iconset"
    written = iconset.main(drawn_icons, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(written)
    for points in (16, 32, 128, 256, 512):
        assert f"icon_{points}x{points}.png" in written
    for points in (16, 32, 128, 256):
        assert f"icon_{points}x{points}@2x.png" in written
    for name in written:
        match = re.fullmatch(r"icon_(\d+)x(\d+)(@2x)?\.png", name)
        assert match and match[1] == match[2], name
        pixels = int(match[1]) * (2 if match[3] else 1)
        with Image.open(out / name) as image:
            assert image.size == (pixels, pixels), name
