; NSIS installer for 委託セキュリティ台帳 (Itaku Daicho), per-machine, 64-bit.
;
; Input: the one-folder PyInstaller bundle (packaging/pyinstaller/itaku-daicho.spec), i.e.
;   <BUNDLE>\itaku-daicho.exe   GUI
;   <BUNDLE>\daicho.exe         CLI
;   <BUNDLE>\_internal\...      shared runtime (includes itaku-daicho.ico)
;
; Build (NSIS 3.08+, Windows or Linux; from the repository root):
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\itaku-daicho /DOUTDIR=dist packaging\windows\installer.nsi
; Optional: /DSIGNCMD="signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /n ""Your Org"""
;   signs the installer and the uninstaller with that command (%1 = the file).
;
; Installs to "C:\Program Files\Itaku Daicho", adds a Start-menu shortcut and an entry in
; "Apps & features". Uninstalling removes exactly what was installed; the user's vault
; (%LOCALAPPDATA%\itaku-daicho\daicho.vault and .keys), settings and logs are never touched,
; and neither are the terminal keys in Windows Credential Manager.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (desktop/__init__.py __version__)"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\itaku-daicho"
!endif
!ifndef OUTDIR
  !define OUTDIR "."
!endif

!define APPNAME "Itaku Daicho"
!define APPNAME_JA "委託セキュリティ台帳"
!define PUBLISHER "Itaku Daicho"
!define GUIEXE "itaku-daicho.exe"
!define CLIEXE "daicho.exe"
!define UNINSTEXE "uninstall.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ItakuDaicho"
!define ICON "${BUNDLE}\_internal\itaku-daicho.ico"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APPNAME_JA} ${VERSION}"
OutFile "${OUTDIR}\itaku-daicho-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME_JA} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME_JA}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME_JA} セットアップ"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!ifdef SIGNCMD
  !finalize '${SIGNCMD} "%1"'
  !uninstfinalize '${SIGNCMD} "%1"'
!endif

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUIEXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "このアプリは 64 ビット版 Windows が必要です。$\nThis app needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole runtime: no stale modules from the previous version.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\${GUIEXE}"
  File "${BUNDLE}\${CLIEXE}"
  File /r "${BUNDLE}\_internal"

  WriteUninstaller "$INSTDIR\${UNINSTEXE}"

  CreateShortcut "$SMPROGRAMS\${APPNAME_JA}.lnk" "$INSTDIR\${GUIEXE}" "" "$INSTDIR\${GUIEXE}" 0 \
    SW_SHOWNORMAL "" "${APPNAME_JA}"

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME_JA} (${APPNAME})"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${GUIEXE},0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\${UNINSTEXE}"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTEXE}" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME_JA}.lnk"
  ; Only what the installer put there: never RMDir /r "$INSTDIR" itself (the user may have
  ; chosen a folder that holds other things).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUIEXE}"
  Delete "$INSTDIR\${CLIEXE}"
  Delete "$INSTDIR\${UNINSTEXE}"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
