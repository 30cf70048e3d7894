<#
.SYNOPSIS
    Builds the Windows installer of Desktop CRM: dist\desktop-crm-VERSION-windows-x64-setup.exe.

.DESCRIPTION
    Run on 64-bit Windows, from any directory:

        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

    1. creates .venv when there is none, and installs the app and PyInstaller into it;
    2. builds the Qt translation catalogues (.qm) from resources\translations\*.ts;
    3. draws the icon: packaging\icons.py renders resources\icons\app.svg with Qt, and
       packaging\windows\make_ico.py packs the sizes into build\icons\desktop-crm.ico;
    4. builds the one-folder bundle dist\desktop-crm with PyInstaller and packaging\desktop-crm.spec,
       the same spec as the Linux build (it picks up the .ico and the version information);
    5. checks the bundle: --version, a demo profile, an offscreen start, an export;
    6. compiles packaging\windows\desktop-crm.iss with Inno Setup's ISCC.exe, passing the version.

    Needs Python 3.11 or newer and Inno Setup 6.5 or newer. Nothing is code-signed.

.PARAMETER Python
    The Python that creates .venv when it is missing (3.11 or newer). Default: python on PATH.

.PARAMETER Iscc
    The path of ISCC.exe. Default: ISCC.exe on PATH, else the usual Inno Setup 6 folders.
#>
[CmdletBinding()]
param(
    [string]$Python = "python",
    [string]$Iscc = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Native {
    # Runs a program and stops the build when it fails (native programs do not throw).
    param([Parameter(Mandatory = $true)][string]$FilePath, [string[]]$ArgumentList = @())
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "failed (exit code $LASTEXITCODE): $FilePath $($ArgumentList -join ' ')"
    }
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if (-not $base) { continue }
        $candidate = Join-Path $base "Inno Setup 6\ISCC.exe"
        if (Test-Path $candidate) { return $candidate }
    }
    throw "ISCC.exe not found: install Inno Setup 6.5 or newer (https://jrsoftware.org/isdl.php) or pass -Iscc"
}

# 1. The virtual environment.
$VenvPython = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    Invoke-Native $Python @("-c", "import sys; sys.exit(sys.version_info < (3, 11))")
    Invoke-Native $Python @("-m", "venv", ".venv")
}
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "-e", ".", "pyinstaller>=6.10")
$Version = (& $VenvPython -c "import desktop_crm; print(desktop_crm.__version__)" | Out-String).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read desktop_crm.__version__" }
# Windows file versions are up to four numbers: 0.2.0.dev1 -> 0.2.0.
if (-not ($Version -match '^\d+(\.\d+){0,3}')) { throw "version '$Version' does not start with a number" }
$FileVersion = $Matches[0]
Write-Host "building Desktop CRM $Version"

# 2. The translation catalogues.
$Catalogues = @(Get-ChildItem "resources\translations\*.ts" | ForEach-Object { $_.FullName })
Invoke-Native (Join-Path $Root ".venv\Scripts\pyside6-lrelease.exe") (@("-silent") + $Catalogues)

# 3. The icon (the spec and the .iss both read build\icons\desktop-crm.ico).
if (Test-Path "build\icons") { Remove-Item -Recurse -Force "build\icons" }
Invoke-Native $VenvPython @("packaging\icons.py", "build\icons")
Invoke-Native $VenvPython @("packaging\windows\make_ico.py", "build\icons", "build\icons\desktop-crm.ico")

# 4. The bundle.
foreach ($old in @("build\pyinstaller", "dist\desktop-crm")) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
Invoke-Native (Join-Path $Root ".venv\Scripts\pyinstaller.exe") @(
    "--noconfirm", "--log-level", "WARN", "--workpath", "build\pyinstaller", "--distpath", "dist",
    "packaging\desktop-crm.spec"
)

# 5. The smoke test, in a scratch profile.
$Exe = Join-Path $Root "dist\desktop-crm\desktop-crm.exe"
$Smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("desktop-crm-smoke-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Smoke | Out-Null
try {
    $Shown = (& $Exe --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or -not $Shown.EndsWith($Version)) { throw "--version printed '$Shown'" }
    Invoke-Native $Exe @("--profile", "$Smoke\p", "demo", "--customers", "50")
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:DESKTOP_CRM_SMOKE_EXIT = "1"
    try {
        Invoke-Native $Exe @("--profile", "$Smoke\p")
    } finally {
        Remove-Item "Env:QT_QPA_PLATFORM", "Env:DESKTOP_CRM_SMOKE_EXIT" -ErrorAction SilentlyContinue
    }
    Invoke-Native $Exe @("--profile", "$Smoke\p", "export", "$Smoke\c.xlsx")
} finally {
    Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
}

# 6. The installer.
Invoke-Native (Find-Iscc) @(
    "/Qp", "/DAppVersion=$Version", "/DFileVersion=$FileVersion", "packaging\windows\desktop-crm.iss"
)
Write-Host "built dist\desktop-crm and dist\desktop-crm-$Version-windows-x64-setup.exe"
