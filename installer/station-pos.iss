; Inno Setup script: packs the PyInstaller bundle dist\StationPOS (build.spec) into
; dist\StationPOS-<version>-setup.exe.
;   pyinstaller --noconfirm build.spec
;   iscc installer\station-pos.iss
; The version is read from StationPOS.exe's version resource, itself generated from
; station_app\__init__.py (scripts\gen_versioninfo.py): one place. /DAppVersion=x.y.z overrides.
;
; Data: the app keeps the database, settings, logs and backups in the user's
; %LOCALAPPDATA%\StationPOS. This installer never writes there and the uninstaller never
; deletes there: uninstalling or upgrading keeps the station's data. On an upgrade the new
; version backs the database up and migrates it at its first start.
;
; Saved as UTF-8 with a byte-order mark: Inno Setup reads the Chinese text as UTF-8 only then.

#define AppName "Station POS"
#define AppExe "StationPOS.exe"
#define ConsoleExe "station-app.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\StationPOS"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#define NumericVersion GetVersionNumbersString(Bundle + "\" + AppExe)
; Inno Setup 6.4+ ships a Simplified Chinese translation; older compilers build English only.
#define HaveChinese FileExists(CompilerPath + "Languages\ChineseSimplified.isl")

[Setup]
; Fixed forever: Windows knows the installed app (upgrade in place, uninstall) by this id.
AppId={{6DFF0368-7EBF-466F-BD6D-6A2EE7C9CCA8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=StationPOS
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; Per machine, in Program Files: every Windows user of the PC (counter clerk, kiosk user)
; starts the same program, each with their own data folder.
PrivilegesRequired=admin
DefaultDirName={autopf}\StationPOS
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=StationPOS-{#AppVersion}-setup
SetupIconFile=..\resources\icons\station.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Station POS (Windows Restart Manager asks first).
CloseApplications=yes
RestartApplications=no

[Languages]
#if HaveChinese
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.CounterShortcut=Station POS
english.KioskShortcut=Station POS kiosk
english.ConsoleShortcut=Station POS troubleshooting (selfcheck)
english.StartGroup=Start automatically:
english.AutoStart=Start Station POS when a user signs in to Windows
english.AutoStartKiosk=... in kiosk mode (full screen, for the self-service terminal)
english.DesktopIcon=Create a desktop shortcut
english.LaunchNow=Start Station POS now
#if HaveChinese
chinesesimplified.CounterShortcut=社区服务站收银
chinesesimplified.KioskShortcut=社区服务站自助终端
chinesesimplified.ConsoleShortcut=社区服务站收银 故障排查（自检）
chinesesimplified.StartGroup=自动启动：
chinesesimplified.AutoStart=用户登录 Windows 时自动启动
chinesesimplified.AutoStartKiosk=……以自助终端模式（全屏）启动
chinesesimplified.DesktopIcon=在桌面创建快捷方式
chinesesimplified.LaunchNow=立即启动
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "autostart"; Description: "{cm:AutoStart}"; GroupDescription: "{cm:StartGroup}"; Flags: unchecked
Name: "autostart\kiosk"; Description: "{cm:AutoStartKiosk}"; GroupDescription: "{cm:StartGroup}"; Flags: unchecked dontinheritcheck

[InstallDelete]
; An upgrade replaces the whole bundle: a Qt plugin or library left from an older version
; could be loaded by the new one. Only the program folder; never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}\{cm:CounterShortcut}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName}\{cm:KioskShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"
; cmd /k keeps the window open so the technician can read the JSON report.
Name: "{autoprograms}\{#AppName}\{cm:ConsoleShortcut}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#ConsoleExe}"" selfcheck"""; WorkingDir: "{app}"; IconFilename: "{app}\{#ConsoleExe}"
Name: "{autodesktop}\{cm:CounterShortcut}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{commonstartup}\{cm:CounterShortcut}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: autostart and not autostart\kiosk
Name: "{commonstartup}\{cm:KioskShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: autostart\kiosk

[Run]
; As the signed-in user, not as the administrator running Setup: the data folder is theirs.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete]: the uninstaller removes only what it installed, so every user's
; %LOCALAPPDATA%\StationPOS (database, backups, logs) stays.
