@REM Maven wrapper for this project (Windows).
@REM Uses the installed Maven when it is 3.6.3 or newer. Otherwise downloads the pinned
@REM Maven distribution from the repository named in MVNW_REPOURL into %USERPROFILE%\.m2\wrapper.
@REM No download address is written in this repository.
@echo off
setlocal
set MAVEN_VERSION=3.9.11

where mvn >nul 2>nul
if %ERRORLEVEL% equ 0 (
  for /f "tokens=3" %%v in ('mvn -v ^| findstr /b /c:"Apache Maven"') do set FOUND=%%v
)
if defined FOUND (
  for /f "tokens=1,2,3 delims=." %%a in ("%FOUND%") do (
    if %%a gtr 3 goto useInstalled
    if %%a equ 3 if %%b gtr 6 goto useInstalled
    if %%a equ 3 if %%b equ 6 if %%c geq 3 goto useInstalled
  )
)

set MAVEN_HOME_DIR=%USERPROFILE%\.m2\wrapper\apache-maven-%MAVEN_VERSION%
if exist "%MAVEN_HOME_DIR%\bin\mvn.cmd" goto useWrapper
if "%MVNW_REPOURL%"=="" (
  echo mvnw: Maven 3.6.3 or newer was not found on the PATH. 1>&2
  echo mvnw: Install Maven, or set MVNW_REPOURL to a Maven repository to download Maven %MAVEN_VERSION% from. 1>&2
  exit /b 1
)
set ZIP=%TEMP%\apache-maven-%MAVEN_VERSION%-bin.zip
powershell -NoProfile -Command "Invoke-WebRequest -UseBasicParsing -OutFile '%ZIP%' -Uri '%MVNW_REPOURL%/org/apache/maven/apache-maven/%MAVEN_VERSION%/apache-maven-%MAVEN_VERSION%-bin.zip'" || exit /b 1
powershell -NoProfile -Command "Expand-Archive -Force -Path '%ZIP%' -DestinationPath '%USERPROFILE%\.m2\wrapper'" || exit /b 1
del "%ZIP%"

:useWrapper
"%MAVEN_HOME_DIR%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%

:useInstalled
mvn %*
exit /b %ERRORLEVEL%
